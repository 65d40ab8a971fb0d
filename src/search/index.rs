//! One shard through pagefind, in process: records in, the files of its index out.

use crate::messages::{Message, io_error};
use crate::msg;
use crate::search::record::Record;
use pagefind::api::PagefindIndex;
use pagefind::options::PagefindServiceConfig;
use std::collections::BTreeMap;
use std::panic::AssertUnwindSafe;
use tokio::runtime::Runtime;

/// The language the index is built for. Every site's content is Vietnamese, and folded words
/// need no stemmer: pagefind has none for Vietnamese and uses its generic search module.
const LANGUAGE: &str = "vi";

/// Fragments (each result's stored data) per file: the build writes a few files instead of one
/// per record, and a result costs the search page one small file of its neighbours.
const FRAGMENTS_PER_FILE: usize = 8;

/// The files of one shard's index, paths relative to the shard's folder: `pagefind.js`,
/// `wasm.unknown.pagefind`, `pagefind-entry.json`, `pagefind.vi_….pf_meta`, `index/…`,
/// `fragment/…`. pagefind's own interfaces (`pagefind-ui.js`, its CSS, the web worker) are
/// left out: the search page has its own, and searches without a worker.
pub fn index(runtime: &Runtime, records: Vec<Record>) -> Result<Vec<(String, Vec<u8>)>, Message> {
    // pagefind reads the current folder when it starts (and cannot do without one).
    std::env::current_dir()
        .map_err(|e| msg!("render-search-no-current-folder", why = io_error(&e)))?;
    let max_fragments = records.len().div_ceil(FRAGMENTS_PER_FILE);
    let config = PagefindServiceConfig::builder()
        .keep_index_url(true)
        .force_language(LANGUAGE.to_owned())
        .max_fragments(u32::try_from(max_fragments).unwrap_or(u32::MAX))
        .build();
    // A fault of pagefind's becomes this build's error, not the end of the program.
    let indexed = std::panic::catch_unwind(AssertUnwindSafe(|| {
        runtime.block_on(async move {
            let mut index = PagefindIndex::new(Some(config)).map_err(|e| e.to_string())?;
            for record in records {
                let meta = BTreeMap::from([("title".to_owned(), record.title)]);
                let filters = record
                    .shown
                    .into_iter()
                    .map(|(name, values)| (name.into_owned(), values))
                    .collect();
                index
                    .add_custom_record(
                        record.url,
                        record.words,
                        LANGUAGE.to_owned(),
                        Some(meta),
                        Some(filters),
                        None,
                    )
                    .await
                    .map_err(|e| e.to_string())?;
            }
            index.get_files().await.map_err(|e| e.to_string())
        })
    }));
    let files = indexed
        .map_err(|_| msg!("render-search-pagefind-stopped"))?
        .map_err(|detail| msg!("render-search-pagefind-failed", detail = detail))?;
    Ok(files
        .into_iter()
        .filter_map(|file| {
            let path = file.filename.to_string_lossy().replace('\\', "/");
            needed(&path).then_some((path, file.contents))
        })
        .collect())
}

/// The files the search page loads. Not `filter/`: the filters only carry what a result shows,
/// and the page never filters, so their own index would never be asked for.
fn needed(path: &str) -> bool {
    path == "pagefind.js"
        || path == "pagefind-entry.json"
        || (path.starts_with("wasm.") && path.ends_with(".pagefind"))
        || path.ends_with(".pf_meta")
        || ["index/", "fragment/"]
            .iter()
            .any(|folder| path.starts_with(folder))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_record_becomes_an_index_with_only_the_files_the_page_loads() {
        let runtime = tokio::runtime::Builder::new_current_thread()
            .build()
            .unwrap();
        let record = Record {
            url: "dang-bo/index.html".into(),
            words: "dang bo thu nghiem dang vien".into(),
            word_count: 5,
            title: "dang bo thu nghiem".into(),
            shown: vec![("heading".into(), vec!["Đảng bộ Thử nghiệm".into()])],
        };
        let files = index(&runtime, vec![record]).unwrap();
        let paths: Vec<&str> = files.iter().map(|(p, _)| p.as_str()).collect();
        for expected in [
            "pagefind.js",
            "pagefind-entry.json",
            "wasm.unknown.pagefind",
        ] {
            assert!(paths.contains(&expected), "{expected} in {paths:?}");
        }
        for prefix in ["index/", "fragment/", "pagefind.vi_"] {
            assert!(paths.iter().any(|p| p.starts_with(prefix)), "{prefix}…");
        }
        assert!(paths.iter().all(|p| needed(p)), "{paths:?}");
        assert!(!paths.contains(&"pagefind-ui.js"));
        assert!(!paths.iter().any(|p| p.starts_with("filter/")), "{paths:?}");
    }
}
