//! Load: walk `content/`, read every file once (in parallel), parse front matter and TOML with
//! spans, and collect diagnostics instead of stopping at the first problem.
//!
//! Layout: `content/<org>/_org.toml`, `content/<org>/<term>/<slug>.md`,
//! `content/<org>/<term>/data.toml`, `content/<org>/<term>/files/` (originals).

pub mod alias;
mod assemble;
pub mod data_file;
pub mod document;
pub mod front_matter;
pub mod org_file;
pub mod originals;
pub mod theme;
pub mod walk;

pub use assemble::{build_org, build_site, check_parents};

use crate::config::Config;
use crate::diagnostics::Diagnostic;
use crate::diagnostics::source::SourceFile;
use crate::messages::Message;
use crate::model::document::Document;
use crate::model::org::Org;
use crate::model::original::Original;
use crate::model::term::Term;
use crate::msg;
use data_file::{DATA_FILE, DataContext, DataFile, parse_data_file};
use org_file::{ORG_FILE, parse_org};
pub use originals::FILES_DIR;
use originals::load_originals;
use rayon::prelude::*;
use std::collections::BTreeSet;
use std::path::{Path, PathBuf};
use toml::Spanned;
use toml::value::Datetime;

pub const CONTENT_DIR: &str = "content";

/// Everything read from `content/`, before the model joins it: one entry per organisation
/// folder, in sorted order.
#[derive(Debug, Default)]
pub struct Loaded {
    pub orgs: Vec<OrgInputs>,
}

/// What one organisation folder holds, parsed. An organisation is loaded (and, when serving,
/// reloaded) as a whole: nothing in one folder depends on another's files.
#[derive(Debug, Default)]
pub struct OrgInputs {
    /// The folder's name (the organisation's slug when its `_org.toml` agrees).
    pub folder: String,
    /// `None` when `_org.toml` is missing or broken.
    pub org: Option<Org>,
    /// Term folders that exist.
    pub term_folders: BTreeSet<Term>,
    pub documents: Vec<Document>,
    pub data_files: Vec<DataFile>,
    /// The terms' originals, by term and file name.
    pub originals: Vec<Original>,
    /// A data file failed: the indicators are incomplete.
    pub data_errors: bool,
}

enum Found {
    Org {
        path: PathBuf,
    },
    Document {
        path: PathBuf,
        term: Term,
    },
    Data {
        path: PathBuf,
        term: Term,
    },
    /// A term's `files/` folder.
    Originals {
        path: PathBuf,
        term: Term,
    },
}

/// Walks and parses the content folder. Output order never depends on the file system.
pub fn load_content(root: &Path, config: &Config) -> (Loaded, Vec<Diagnostic>) {
    let mut diagnostics = Vec::new();
    let content = root.join(CONTENT_DIR);
    if !content.is_dir() {
        diagnostics.push(
            Diagnostic::error(msg!(
                "load-no-content-folder",
                folder = format!("{CONTENT_DIR}/"),
                root = root
            ))
            .hint(msg!("load-no-content-folder-hint")),
        );
        return (Loaded::default(), diagnostics);
    }
    let folders = org_folders(root, &mut diagnostics);
    let loaded: Vec<(OrgInputs, Vec<Diagnostic>)> = folders
        .par_iter()
        .map(|folder| load_org(root, folder, config))
        .collect();
    let mut orgs = Vec::with_capacity(loaded.len());
    for (inputs, org_diagnostics) in loaded {
        diagnostics.extend(org_diagnostics);
        orgs.push(inputs);
    }
    (Loaded { orgs }, diagnostics)
}

/// The organisation folders of `content/`, sorted; anything else there is reported.
pub fn org_folders(root: &Path, diagnostics: &mut Vec<Diagnostic>) -> Vec<String> {
    let content = root.join(CONTENT_DIR);
    let mut folders = Vec::new();
    for entry in walk::entries(root, &content, diagnostics) {
        if entry.is_dir {
            folders.push(entry.name);
        } else {
            diagnostics.push(
                Diagnostic::warning(msg!("load-not-in-org-folder", name = &entry.name))
                    .at_path(display_path(root, &entry.path), 1, 1)
                    .hint(msg!("load-not-in-org-folder-hint")),
            );
        }
    }
    folders
}

/// Walks and parses one organisation folder, `content/<folder>/`.
pub fn load_org(root: &Path, folder: &str, config: &Config) -> (OrgInputs, Vec<Diagnostic>) {
    let mut diagnostics = Vec::new();
    let mut inputs = OrgInputs {
        folder: folder.to_owned(),
        ..OrgInputs::default()
    };
    let found = walk_org(root, folder, &mut inputs.term_folders, &mut diagnostics);
    let results: Vec<(Parsed, Vec<Diagnostic>)> = found
        .par_iter()
        .map(|item| {
            let mut diagnostics = Vec::new();
            let parsed = parse_found(root, folder, item, config, &mut diagnostics);
            (parsed, diagnostics)
        })
        .collect();
    for ((parsed, found_diagnostics), item) in results.into_iter().zip(&found) {
        if matches!(item, Found::Data { .. }) && found_diagnostics.iter().any(Diagnostic::is_error)
        {
            inputs.data_errors = true;
        }
        diagnostics.extend(found_diagnostics);
        match parsed {
            Parsed::Org(org) => inputs.org = Some(*org),
            Parsed::Document(doc) => inputs.documents.push(*doc),
            Parsed::Data(data) => inputs.data_files.push(*data),
            Parsed::Originals(originals) => inputs.originals.extend(originals),
            Parsed::Nothing => {}
        }
    }
    (inputs, diagnostics)
}

enum Parsed {
    Org(Box<Org>),
    Document(Box<Document>),
    Data(Box<DataFile>),
    Originals(Vec<Original>),
    Nothing,
}

fn parse_found(
    root: &Path,
    folder: &str,
    item: &Found,
    config: &Config,
    diagnostics: &mut Vec<Diagnostic>,
) -> Parsed {
    let path = match item {
        Found::Originals { path, term } => {
            return Parsed::Originals(load_originals(root, path, *term, diagnostics));
        }
        Found::Org { path } | Found::Document { path, .. } | Found::Data { path, .. } => path,
    };
    let display = display_path(root, path);
    let file = match SourceFile::read(path, display, diagnostics) {
        Ok(file) => file,
        Err(d) => {
            diagnostics.push(d);
            return Parsed::Nothing;
        }
    };
    match item {
        Found::Org { .. } => parse_org(&file, folder, diagnostics)
            .map_or(Parsed::Nothing, |o| Parsed::Org(Box::new(o))),
        Found::Document { term, .. } => document::parse_document(&file, folder, *term, diagnostics)
            .map_or(Parsed::Nothing, |d| Parsed::Document(Box::new(d))),
        Found::Data { term, .. } => {
            let context = DataContext {
                org: folder,
                term: *term,
                config,
            };
            parse_data_file(&file, &context, diagnostics)
                .map_or(Parsed::Nothing, |d| Parsed::Data(Box::new(d)))
        }
        Found::Originals { .. } => unreachable!("returned above"),
    }
}

/// Lists one organisation's files to parse, in sorted order, and reports what does not fit
/// the layout.
fn walk_org(
    root: &Path,
    name: &str,
    term_folders: &mut BTreeSet<Term>,
    diagnostics: &mut Vec<Diagnostic>,
) -> Vec<Found> {
    let mut found = Vec::new();
    let org_path = root.join(CONTENT_DIR).join(name);
    let mut has_org_file = false;
    for entry in walk::entries(root, &org_path, diagnostics) {
        if entry.name == ORG_FILE && !entry.is_dir {
            has_org_file = true;
            found.push(Found::Org { path: entry.path });
            continue;
        }
        let term = match Term::parse(&entry.name) {
            Ok(term) if entry.is_dir && term.to_string() == entry.name => term,
            result => {
                let error = Diagnostic::error(msg!("load-not-a-term-folder", name = &entry.name))
                    .at_path(display_path(root, &entry.path), 1, 1);
                diagnostics.push(match result {
                    Ok(term) if org_path.join(term.to_string()).exists() => error.hint(msg!(
                        "load-term-folder-exists-hint",
                        term = term.to_string()
                    )),
                    Ok(term) => error.hint(msg!(
                        "load-term-folder-rename-hint",
                        term = term.to_string()
                    )),
                    Err(why) if entry.is_dir => error.hint(why),
                    Err(_) => error.hint(msg!("load-file-outside-term-hint", org = name)),
                });
                continue;
            }
        };
        term_folders.insert(term);
        for file in walk::entries(root, &entry.path, diagnostics) {
            let path = file.path;
            if file.is_dir && file.name == FILES_DIR {
                found.push(Found::Originals { path, term });
            } else if !file.is_dir && file.name == DATA_FILE {
                found.push(Found::Data { path, term });
            } else if !file.is_dir && file.name.ends_with(".md") {
                found.push(Found::Document { path, term });
            } else {
                diagnostics.push(
                    Diagnostic::warning(msg!("load-ignored-in-term-folder", name = &file.name))
                        .at_path(display_path(root, &path), 1, 1)
                        .hint(msg!("load-ignored-in-term-folder-hint")),
                );
            }
        }
    }
    if !has_org_file {
        diagnostics.push(
            Diagnostic::error(msg!("load-no-org-file", folder = name, file = ORG_FILE))
                .at_path(display_path(root, &org_path), 1, 1)
                .hint(msg!(
                    "load-no-org-file-hint",
                    folder = name,
                    file = ORG_FILE
                )),
        );
    }
    // The organisation's file first, as before: diagnostics keep their order.
    found.sort_by_key(|f| !matches!(f, Found::Org { .. }));
    found
}

/// A path as diagnostics show it: relative to the site root, `/`-separated.
pub fn display_path(root: &Path, path: &Path) -> String {
    let relative = path.strip_prefix(root).unwrap_or(path);
    relative
        .components()
        .map(|c| c.as_os_str().to_string_lossy())
        .collect::<Vec<_>>()
        .join("/")
}

/// `[a-z0-9-]+`, not starting or ending with `-`: safe in a URL and stable.
pub fn valid_slug(s: &str) -> bool {
    !s.is_empty()
        && !s.starts_with('-')
        && !s.ends_with('-')
        && s.bytes()
            .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-')
}

/// A TOML local date (2020-05-12) as a calendar date; times and offsets are refused.
pub fn to_date(
    file: &SourceFile,
    value: &Spanned<Datetime>,
    diagnostics: &mut Vec<Diagnostic>,
) -> Option<jiff::civil::Date> {
    let datetime = value.get_ref();
    let error = |message: Message| {
        Diagnostic::error(message)
            .at(file, value.span())
            .hint(msg!("load-date-hint"))
    };
    match (datetime.date, datetime.time, datetime.offset) {
        (Some(d), None, None) => {
            match jiff::civil::Date::new(d.year as i16, d.month as i8, d.day as i8) {
                Ok(date) => Some(date),
                Err(_) => {
                    diagnostics.push(error(msg!("load-date-not-in-calendar")));
                    None
                }
            }
        }
        _ => {
            diagnostics.push(error(msg!("load-date-with-time")));
            None
        }
    }
}

#[cfg(test)]
mod tests {
    use super::valid_slug;

    #[test]
    fn slugs_are_lowercase_ascii_with_hyphens() {
        assert!(valid_slug("dang-bo-so-gd-dt-lang-son"));
        assert!(valid_slug("vb-01"));
        assert!(!valid_slug("Đảng-bộ"));
        assert!(!valid_slug("a b"));
        assert!(!valid_slug("-a"));
        assert!(!valid_slug(""));
    }
}
