//! `content/<org>/<term>/files/`: the term's originals, read once to learn their size and
//! SHA-256, and their titles from `files/_files.toml` (`"file-name.pdf" = "Title"`).

use crate::diagnostics::Diagnostic;
use crate::diagnostics::source::SourceFile;
use crate::load::{display_path, walk};
use crate::messages::io_error;
use crate::model::original::Original;
use crate::model::term::Term;
use crate::msg;
use crate::toml_input::parse_table;
use sha2::{Digest, Sha256};
use std::collections::BTreeMap;
use std::path::Path;
use toml::de::DeValue;

/// Originals (PDF, scans) of a term, published as they are.
pub const FILES_DIR: &str = "files";
/// Titles of the originals, beside them: `"bao-cao.pdf" = "Báo cáo chính trị (bản ký)"`.
pub const TITLES_FILE: &str = "_files.toml";

/// Reads the originals in `dir` (a term's `files/`), in file-name order.
pub fn load_originals(
    root: &Path,
    dir: &Path,
    term: Term,
    diagnostics: &mut Vec<Diagnostic>,
) -> Vec<Original> {
    let mut originals = Vec::new();
    let mut titles_file = None;
    for entry in walk::entries(root, dir, diagnostics) {
        let walk::Entry { path, name, is_dir } = entry;
        if name == TITLES_FILE && !is_dir {
            titles_file = Some(path);
            continue;
        }
        let display = display_path(root, &path);
        if is_dir {
            diagnostics.push(
                Diagnostic::warning(msg!("load-originals-sub-folder", name = name))
                    .at_path(display, 1, 1)
                    .hint(msg!("load-originals-sub-folder-hint")),
            );
            continue;
        }
        if !valid_file_name(&name) {
            let example = suggested_name(&name, |n| crate::regular_file::exists(&dir.join(n)));
            diagnostics.push(
                Diagnostic::error(msg!("load-file-name-invalid", name = name))
                    .at_path(display, 1, 1)
                    .hint(msg!(
                        "load-original-name-hint",
                        example = example,
                        titles = format!("{FILES_DIR}/{TITLES_FILE}")
                    )),
            );
            continue;
        }
        match crate::regular_file::read(&path) {
            Ok(bytes) => originals.push(Original {
                term,
                name,
                title: None,
                size: bytes.len() as u64,
                sha256: format!("{:x}", Sha256::digest(&bytes)),
                path,
            }),
            Err(err) => diagnostics.push(
                Diagnostic::error(msg!("load-cannot-read-file", why = io_error(&err)))
                    .at_path(display, 1, 1)
                    .hint(msg!("load-original-unreadable-hint")),
            ),
        }
    }
    if let Some(path) = titles_file {
        let titles = read_titles(root, &path, &originals, diagnostics);
        for original in &mut originals {
            original.title = titles.get(&original.name).cloned();
        }
    }
    originals
}

/// `name = "title"` lines of `_files.toml`; a title for a file that is not there is an error.
fn read_titles(
    root: &Path,
    path: &Path,
    originals: &[Original],
    diagnostics: &mut Vec<Diagnostic>,
) -> BTreeMap<String, String> {
    let mut titles = BTreeMap::new();
    let file = match SourceFile::read(path, display_path(root, path), diagnostics) {
        Ok(file) => file,
        Err(d) => {
            diagnostics.push(d);
            return titles;
        }
    };
    let Some(table) = parse_table(&file, &file.text, diagnostics) else {
        return titles;
    };
    for (key, value) in table.get_ref() {
        let name = key.get_ref().as_ref();
        let DeValue::String(title) = value.get_ref() else {
            diagnostics.push(
                Diagnostic::error(msg!("load-original-title-not-text", name = name))
                    .at(&file, value.span())
                    .hint(msg!("load-original-title-not-text-hint", name = name)),
            );
            continue;
        };
        if !originals.iter().any(|o| o.name == name) {
            let known: Vec<&str> = originals.iter().map(|o| o.name.as_str()).collect();
            diagnostics.push(
                Diagnostic::error(msg!("load-original-title-no-file", name = name))
                    .at(&file, key.span())
                    .hint(if known.is_empty() {
                        msg!("load-original-title-no-originals-hint")
                    } else {
                        msg!("load-original-title-files-hint", names = known.join(", "))
                    }),
            );
            continue;
        }
        if title.trim().is_empty() {
            diagnostics.push(
                Diagnostic::error(msg!("load-original-title-empty", name = name))
                    .at(&file, value.span())
                    .hint(msg!("load-original-title-empty-hint")),
            );
            continue;
        }
        titles.insert(name.to_owned(), title.trim().to_owned());
    }
    titles
}

/// `[a-z0-9-]` words joined by `-`, `_` or `.`: a stable web address with its extension.
fn valid_file_name(name: &str) -> bool {
    !name.starts_with(['.', '-', '_'])
        && !name.ends_with(['.', '-', '_'])
        && name.contains('.')
        && name
            .bytes()
            .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b"-_.".contains(&b))
}

/// The name a drafter could rename a file to: its stem slugified, its extension lower case,
/// and a name no other file has (`taken`).
fn suggested_name(name: &str, taken: impl Fn(&str) -> bool) -> String {
    let (stem, ext) = name.rsplit_once('.').unwrap_or((name, ""));
    // A name without an extension is no web address of a file: a scan's is most likely .pdf.
    let ext = match ext.to_ascii_lowercase() {
        e if valid_file_name(&format!("a.{e}")) => format!(".{e}"),
        _ => ".pdf".to_owned(),
    };
    let stem = crate::vi::unused_slug(stem, "ban-goc", |s| taken(&format!("{s}{ext}")));
    format!("{stem}{ext}")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn file_names_are_web_addresses_with_an_extension() {
        assert!(valid_file_name("bao-cao-chinh-tri.pdf"));
        assert!(valid_file_name("scan_01.jpg"));
        assert!(!valid_file_name("Báo cáo.pdf"));
        assert!(!valid_file_name("bao cao.pdf"));
        assert!(!valid_file_name("README"));
        assert!(!valid_file_name("BAO-CAO.PDF"));
        assert_eq!(
            suggested_name("Báo cáo chính trị.PDF", |_| false),
            "bao-cao-chinh-tri.pdf"
        );
        let taken = |n: &str| n == "bao-cao.pdf";
        assert_eq!(suggested_name("Báo cáo.pdf", taken), "bao-cao-2.pdf");
        assert_eq!(suggested_name("Báo cáo", taken), "bao-cao-2.pdf");
        for name in ["Báo cáo.pdf", "Báo cáo", "ảnh.JPG", "!!.x y"] {
            assert!(valid_file_name(&suggested_name(name, taken)), "{name}");
        }
    }
}
