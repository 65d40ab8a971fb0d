//! Search: a static index of the site (pagefind's, built in process) that the search page
//! (`tim-kiem.html`) queries in the browser; no server beyond static hosting.
//!
//! Vietnamese-aware: records are indexed folded ([`crate::vi::fold`]: "Đảng viên" → "dang
//! vien") and the page folds the query alike, so "dang vien", "đảng viên" and "Đảng viên" find
//! the same pages; results are shown from the records' unfolded meta.
//!
//! Layout under the site root: `pagefind/` holds pagefind's script, its search module and the
//! first shard's index; `pagefind/2/`, `pagefind/3/`… the other shards' (see `shard.rs`);
//! `pagefind/shards.json` lists those for the page to merge.

mod digest;
mod index;
mod record;
mod shard;
mod spill;

use crate::diagnostics::Diagnostic;
use crate::messages::{Message, io_error};
use crate::msg;
pub use record::{Record, document_record, org_record, records};
use shard::{SHARD_BUDGET, shards};
pub use spill::{Batch, Spill};
use std::io;

/// The index's folder, from the site root.
pub const BUNDLE_DIR: &str = "pagefind";

/// How many records, and the shards the search page merges into the first:
/// `{"records":15000,"merge":["2/","3/"]}`. A site without records has no index.
pub const MANIFEST: &str = "shards.json";

/// The index files of `records`, paths from the site root (`pagefind/index/vi_….pf_index`),
/// taken one shard at a time.
pub fn bundle(
    records: impl IntoIterator<Item = io::Result<Record>>,
) -> Result<Vec<(String, Vec<u8>)>, Diagnostic> {
    let failed = |why: Message| {
        Diagnostic::error(msg!("render-search-failed", why = why))
            .hint(msg!("render-search-failed-hint"))
    };
    let runtime = tokio::runtime::Builder::new_current_thread()
        .build()
        .map_err(|e| failed(msg!("render-search-no-runtime", why = io_error(&e))))?;
    let mut count = 0;
    let mut files = Vec::new();
    let mut merged = Vec::new();
    // One shard at a time: two at once were faster, but took half as much memory again.
    for (n, shard) in shards(records, SHARD_BUDGET).enumerate() {
        let shard = shard
            .map_err(|e| failed(msg!("render-search-record-unreadable", why = io_error(&e))))?;
        count += shard.len();
        // The first shard's folder is the bundle's: pagefind's script finds its index beside it.
        let folder = if n == 0 {
            format!("{BUNDLE_DIR}/")
        } else {
            let name = format!("{}/", n + 1);
            merged.push(format!("\"{name}\""));
            format!("{BUNDLE_DIR}/{name}")
        };
        for (path, bytes) in index::index(&runtime, shard).map_err(failed)? {
            let shared = path == "pagefind.js" || path.starts_with("wasm.");
            if n == 0 || !shared {
                files.push((format!("{folder}{path}"), bytes));
            }
        }
    }
    let manifest = format!("{{\"records\":{count},\"merge\":[{}]}}\n", merged.join(","));
    files.push((format!("{BUNDLE_DIR}/{MANIFEST}"), manifest.into_bytes()));
    files.sort();
    Ok(files)
}
