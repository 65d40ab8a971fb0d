//! One policy for every folder and file of `content/`, originals included, in build, check,
//! serve and archive (they all load through here): folders and regular files are content; a
//! symbolic link is never followed (it could lead out of the site, to a published /etc/passwd,
//! or round in a loop) and a special file (a pipe, a socket, a device) never read (reading one
//! can hang); each is named in a warning. Hidden files and editor leftovers are skipped without
//! a word. What the walk lists is then read with [`crate::regular_file`], which refuses a file
//! swapped for a link in between.

use crate::diagnostics::Diagnostic;
use crate::load::display_path;
use crate::messages::io_error;
use crate::msg;
use std::fs;
use std::path::{Path, PathBuf};

/// A folder or a regular file of `content/`.
pub struct Entry {
    pub path: PathBuf,
    /// The name as shown (lossy: a name that is not UTF-8 shows U+FFFD and is no slug).
    pub name: String,
    pub is_dir: bool,
}

/// The content entries of `dir`, sorted by name; links and special files are reported and left
/// out. A folder that cannot be read is an error.
pub fn entries(root: &Path, dir: &Path, diagnostics: &mut Vec<Diagnostic>) -> Vec<Entry> {
    let listing = match fs::read_dir(dir) {
        Ok(listing) => listing,
        Err(err) => {
            diagnostics.push(
                Diagnostic::error(msg!("load-cannot-read-folder", why = io_error(&err)))
                    .at_path(display_path(root, dir), 1, 1)
                    .hint(msg!("load-cannot-read-folder-hint")),
            );
            return Vec::new();
        }
    };
    let mut listing: Vec<_> = listing.filter_map(Result::ok).collect();
    listing.sort_by_key(|e| e.file_name());
    let mut entries = Vec::with_capacity(listing.len());
    for entry in listing {
        let name = entry.file_name().to_string_lossy().into_owned();
        if ignored(&name) {
            continue;
        }
        let path = entry.path();
        // The entry's own type: a link is a link, whatever it points to.
        match entry.file_type() {
            Ok(t) if t.is_dir() || t.is_file() => entries.push(Entry {
                is_dir: t.is_dir(),
                path,
                name,
            }),
            Ok(t) if t.is_symlink() => diagnostics.push(link_ignored(root, &path, &name)),
            _ => diagnostics.push(special_file_ignored(root, &path, &name)),
        }
    }
    entries
}

fn link_ignored(root: &Path, path: &Path, name: &str) -> Diagnostic {
    Diagnostic::warning(msg!("load-link-ignored", name = name))
        .at_path(display_path(root, path), 1, 1)
        .hint(msg!("load-link-ignored-hint"))
}

fn special_file_ignored(root: &Path, path: &Path, name: &str) -> Diagnostic {
    Diagnostic::warning(msg!("load-special-file-ignored", name = name))
        .at_path(display_path(root, path), 1, 1)
        .hint(msg!("load-special-file-ignored-hint"))
}

/// Hidden files and editor leftovers are not content.
pub fn ignored(name: &str) -> bool {
    name.starts_with('.')
        || name.starts_with('#')
        || name.ends_with('~')
        || name.ends_with(".swp")
        || name.ends_with(".bak")
}
