//! `nhiemky new org|term|doc`: files that build at once, their comments in Vietnamese for the
//! drafters who fill them in, and the editor's help beside them (`schemas/`, `.taplo.toml`).
//! One file per concept: an organisation, a term, a document, the JSON Schemas and the
//! editor's files of a site; the templates are files of their own under `templates/`.

mod document;
mod editor;
mod org;
pub mod schemas;
mod term;

pub use document::{DOC_TYPES, new_doc};
pub use editor::{SCHEMAS_DIR, TAPLO_FILE, editor_files, write_editor_files};
pub use org::new_org;
pub use term::new_term;

use crate::load::org_file::ORG_FILE;
use crate::load::{CONTENT_DIR, valid_slug};
use crate::messages::{Message, io_error};
use crate::model::term::Term;
use crate::msg;
use std::fs;
use std::path::{Path, PathBuf};

/// `root/content/`, once `root` is known to be a site folder.
fn content_dir(root: &Path) -> Result<PathBuf, Message> {
    if !root.join(crate::config::CONFIG_FILE).is_file() {
        return Err(msg!("new-not-a-site", root = root));
    }
    Ok(root.join(CONTENT_DIR))
}

/// `content/<org>/` of an organisation that has its `_org.toml`.
fn org_dir(root: &Path, org: &str) -> Result<PathBuf, Message> {
    if !valid_slug(org) {
        return Err(msg!("new-not-an-org-slug", org = org));
    }
    let dir = content_dir(root)?.join(org);
    if !dir.join(ORG_FILE).is_file() {
        return Err(msg!(
            "new-no-org",
            org = org,
            expected = &dir.join(ORG_FILE)
        ));
    }
    Ok(dir)
}

/// The term before `term`: the one a congress report reviews.
fn previous(term: Term) -> Term {
    Term {
        start: term.start - Term::LENGTH,
        end: term.start,
    }
}

/// A value a drafter gave on the command line (a name, a title), to be written on one line.
fn one_line<'a>(text: &'a str, key: &str) -> Result<&'a str, Message> {
    let text = text.trim();
    if text.contains(['\n', '\r']) {
        return Err(msg!("new-line-break", key = key));
    }
    if let Some(found) = crate::vi::find_forbidden(text) {
        return Err(msg!(
            "new-control-character",
            key = key,
            code = found.code()
        ));
    }
    Ok(text)
}

/// A TOML template with the values of `keys` set by the TOML library (which quotes and escapes
/// them: a name cannot end its string and add keys), the template's comments kept.
fn with_values<'a>(
    template: &str,
    keys: impl IntoIterator<Item = (&'a str, toml_edit::Value)>,
) -> String {
    let mut document: toml_edit::DocumentMut = template.parse().expect("TOML template");
    for (key, mut value) in keys {
        let item = &mut document[key];
        let decor = item.as_value().map(|v| v.decor().clone());
        if let Some(decor) = decor {
            // The comment after the value stays where the template's comments start.
            let comment = decor
                .suffix()
                .and_then(|s| s.as_str())
                .map(str::trim_start)
                .filter(|c| c.starts_with('#'));
            let width = key.chars().count() + 3 + value.to_string().trim().chars().count();
            *value.decor_mut() = decor.clone();
            if let Some(comment) = comment {
                let pad = COMMENT_COLUMN.saturating_sub(width).max(1);
                value
                    .decor_mut()
                    .set_suffix(format!("{}{comment}", " ".repeat(pad)));
            }
        }
        *item = toml_edit::Item::Value(value);
    }
    document.to_string()
}

/// Where the comments after the values of the templates start.
const COMMENT_COLUMN: usize = 37;

/// Creates `dir` and its parents.
fn create_dir(dir: &Path) -> Result<(), Message> {
    fs::create_dir_all(dir).map_err(|e| msg!("new-cannot-create", path = dir, why = io_error(&e)))
}

/// Writes a new file; one that is already there is never replaced.
fn write_new(path: &Path, text: &str) -> Result<(), Message> {
    let mut file = fs::OpenOptions::new()
        .write(true)
        .create_new(true)
        .open(path)
        .map_err(|e| match e.kind() {
            std::io::ErrorKind::AlreadyExists => msg!("new-exists", path = path),
            _ => msg!("new-cannot-write", path = path, why = io_error(&e)),
        })?;
    std::io::Write::write_all(&mut file, text.as_bytes())
        .map_err(|e| msg!("new-cannot-write", path = path, why = io_error(&e)))
}

/// The editor's files of the site, refreshed after `created`: all the files written.
fn with_editor_files(root: &Path, mut created: Vec<PathBuf>) -> Result<Vec<PathBuf>, Message> {
    created.extend(write_editor_files(root)?);
    Ok(created)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn what_cannot_be_written_is_said_in_vietnamese() {
        let root = Path::new("/khong-co");
        assert_eq!(
            content_dir(root).unwrap_err().vi(),
            "/khong-co không phải thư mục trang web (không có config.toml): chạy lệnh trong thư mục trang web, hoặc thêm --root THƯ_MỤC"
        );
        assert_eq!(
            one_line("Chi bộ\nparent = \"x\"", "name").unwrap_err().vi(),
            "`name` có dấu xuống dòng: viết trên một dòng"
        );
    }

    #[test]
    fn comments_stay_in_their_column_whatever_the_value() {
        let template = "name = \"\"                            # tên hiển thị\n";
        let text = with_values(template, [("name", "Chi bộ Mới".into())]);
        assert_eq!(text.chars().position(|c| c == '#'), Some(COMMENT_COLUMN));
        let text = with_values(template, [("name", "Đảng bộ ".repeat(8).as_str().into())]);
        assert!(text.contains("\" # tên hiển thị"), "{text}");
    }
}
