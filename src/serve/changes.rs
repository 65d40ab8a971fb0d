//! What a batch of changed files means for the site: which organisations to reload, whether
//! the theme, the static files or the configuration changed.

use crate::load::CONTENT_DIR;
use crate::load::theme::{STATIC_DIR, TEMPLATES_DIR, THEMES_DIR};
use std::collections::BTreeSet;
use std::path::Path;

#[derive(Debug, Default, PartialEq, Eq)]
pub struct Changes {
    /// `config.toml`: everything is reloaded.
    pub config: bool,
    /// Templates or interface strings (a theme's, or the site's own `templates/`).
    pub theme: bool,
    /// Files copied as they are (a theme's `static/`, the site's `static/`).
    pub static_files: bool,
    /// Organisation folders under `content/` with a changed, added or deleted file.
    pub orgs: BTreeSet<String>,
    /// A file directly in `content/`: the list of organisation folders is read again.
    pub content_root: bool,
}

impl Changes {
    pub fn of<'a>(root: &Path, paths: impl IntoIterator<Item = &'a Path>) -> Changes {
        let mut changes = Changes::default();
        for path in paths {
            changes.add(root, path);
        }
        changes
    }

    pub fn is_empty(&self) -> bool {
        *self == Changes::default()
    }

    fn add(&mut self, root: &Path, path: &Path) {
        let Ok(relative) = path.strip_prefix(root) else {
            return;
        };
        let parts: Vec<String> = relative
            .components()
            .map(|c| c.as_os_str().to_string_lossy().into_owned())
            .collect();
        // Editors' swap and backup files, hidden files: not content.
        let name = parts.last().map(String::as_str).unwrap_or_default();
        if name.starts_with('.') || name.ends_with('~') || name.ends_with(".swp") {
            return;
        }
        match parts
            .iter()
            .map(String::as_str)
            .collect::<Vec<_>>()
            .as_slice()
        {
            ["config.toml"] => self.config = true,
            [CONTENT_DIR] => self.content_root = true,
            [CONTENT_DIR, _] => {
                self.content_root = true;
                self.orgs.insert(parts[1].clone());
            }
            [CONTENT_DIR, org, ..] => {
                self.orgs.insert((*org).to_owned());
            }
            [THEMES_DIR, _, STATIC_DIR, ..] | [STATIC_DIR, ..] => self.static_files = true,
            [THEMES_DIR, ..] | [TEMPLATES_DIR, ..] => self.theme = true,
            _ => {}
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn changes(paths: &[&str]) -> Changes {
        let root = Path::new("/site");
        let paths: Vec<_> = paths.iter().map(|p| root.join(p)).collect();
        Changes::of(root, paths.iter().map(|p| p.as_path()))
    }

    #[test]
    fn files_are_sorted_by_what_they_change() {
        let c = changes(&[
            "content/dang-bo-a/2020-2025/bao-cao.md",
            "content/dang-bo-b/2020-2025/data.toml",
            "themes/default/templates/partials/value.html",
            "static/logo.png",
        ]);
        assert_eq!(
            c.orgs,
            BTreeSet::from(["dang-bo-a".to_owned(), "dang-bo-b".to_owned()])
        );
        assert!(c.theme && c.static_files && !c.config && !c.content_root);
        assert!(changes(&["config.toml"]).config);
        assert!(changes(&["themes/default/i18n/vi.toml"]).theme);
        assert!(changes(&["templates/term.html"]).theme);
        assert!(changes(&["themes/default/static/css/site.css"]).static_files);
    }

    #[test]
    fn an_organisation_folder_itself_changes_the_list() {
        let c = changes(&["content/dang-bo-moi"]);
        assert!(c.content_root);
        assert!(c.orgs.contains("dang-bo-moi"));
    }

    #[test]
    fn output_and_editor_files_change_nothing() {
        assert!(changes(&["public/index.html"]).is_empty());
        assert!(changes(&["content/a/2020-2025/.bao-cao.md.swp"]).is_empty());
        assert!(changes(&["content/a/2020-2025/bao-cao.md~"]).is_empty());
        assert!(changes(&[".git/index"]).is_empty());
    }
}
