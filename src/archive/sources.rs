//! The sources an archive keeps beside the site, enough to rebuild it with nhiemky: the
//! configuration, the theme and the site's overrides, and the organisations' files — their
//! `_org.toml`, every `data.toml` (an indicator joins its terms), the archived terms' published
//! documents and originals. Drafts stay out: they were never published.

use super::selection::Selection;
use crate::config::CONFIG_FILE;
use crate::load::data_file::DATA_FILE;
use crate::load::org_file::ORG_FILE;
use crate::load::originals::{FILES_DIR, TITLES_FILE};
use crate::load::theme::{STATIC_DIR, TEMPLATES_DIR, THEMES_DIR};
use crate::load::{CONTENT_DIR, display_path};
use crate::model::Site;
use crate::regular_file;
use std::collections::BTreeSet;
use std::path::Path;
use walkdir::WalkDir;

/// The files to keep, as `/`-separated paths relative to the site root, sorted.
pub fn source_files(site: &Site, selection: &Selection) -> BTreeSet<String> {
    let root = &site.root;
    let mut files = BTreeSet::from([CONFIG_FILE.to_owned()]);
    for folder in [
        TEMPLATES_DIR.to_owned(),
        STATIC_DIR.to_owned(),
        format!("{THEMES_DIR}/{}", site.config.theme),
    ] {
        files.extend(files_under(root, &root.join(folder)));
    }
    for (o, org) in site.orgs.iter().enumerate() {
        let in_part = selection.org.is_none_or(|chosen| chosen == o);
        if !in_part && !is_ancestor(site, org.slug.as_str(), selection) {
            continue;
        }
        let folder = format!("{CONTENT_DIR}/{}", org.slug);
        files.insert(format!("{folder}/{ORG_FILE}"));
        if !in_part {
            continue; // a parent: named by the part, so a rebuild needs to know it
        }
        for term in org.terms.iter().filter(|t| t.has_folder) {
            let data = format!("{folder}/{}/{DATA_FILE}", term.term);
            if regular_file::exists(&root.join(&data)) {
                files.insert(data);
            }
            let titles = format!("{folder}/{}/{FILES_DIR}/{TITLES_FILE}", term.term);
            if selection.holds_term(o, term.term) && regular_file::exists(&root.join(&titles)) {
                files.insert(titles);
            }
        }
        files.extend(
            org.documents
                .iter()
                .filter(|d| selection.holds_term(o, d.term))
                .map(|d| d.display.clone()),
        );
        files.extend(
            org.originals
                .iter()
                .filter(|f| selection.holds_term(o, f.term))
                .map(|f| display_path(root, &f.path)),
        );
    }
    files
}

/// Whether `slug` is the parent (or a parent's parent…) of the archived organisation.
fn is_ancestor(site: &Site, slug: &str, selection: &Selection) -> bool {
    let mut current = selection.org.map(|o| &*site.orgs[o]);
    let mut steps = 0;
    while let Some(org) = current {
        if org.parent.as_deref() == Some(slug) {
            return true;
        }
        current = org.parent.as_deref().and_then(|p| site.org(p));
        steps += 1;
        if steps > site.orgs.len() {
            return false; // a cycle of parents
        }
    }
    false
}

/// Every file under `dir` (none when it does not exist), hidden ones left out.
fn files_under(root: &Path, dir: &Path) -> Vec<String> {
    if !dir.is_dir() {
        return Vec::new();
    }
    WalkDir::new(dir)
        .sort_by_file_name()
        .into_iter()
        .filter_entry(|e| e.depth() == 0 || !e.file_name().to_string_lossy().starts_with('.'))
        .filter_map(Result::ok)
        .filter(|e| e.file_type().is_file())
        .map(|e| display_path(root, e.path()))
        .collect()
}
