//! The theme: templates, static files and interface strings. Files in the site's own
//! `templates/` and `static/` override the theme's files of the same name.

use crate::config::Config;
use crate::diagnostics::Diagnostic;
use crate::load::display_path;
use crate::render::i18n::I18n;
use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use walkdir::WalkDir;

pub const THEMES_DIR: &str = "themes";
pub const TEMPLATES_DIR: &str = "templates";
pub const STATIC_DIR: &str = "static";
pub const I18N_DIR: &str = "i18n";

#[derive(Debug, Clone)]
pub struct Theme {
    /// Template name (`partials/x.html`) → its file, after overrides.
    pub templates: BTreeMap<String, PathBuf>,
    /// Output path (`fonts/x.woff2`) → source file, after overrides.
    pub static_files: BTreeMap<String, PathBuf>,
    pub i18n: I18n,
    pub dir: PathBuf,
}

impl Theme {
    pub fn load(root: &Path, config: &Config) -> Result<Theme, Vec<Diagnostic>> {
        let dir = root.join(THEMES_DIR).join(&config.theme);
        if !dir.is_dir() {
            return Err(vec![
                Diagnostic::error(format!("theme \"{}\" not found", config.theme))
                    .at_path("config.toml", 1, 1)
                    .hint(format!(
                        "expected the folder {}; set theme = \"default\" and keep themes/default/",
                        display_path(root, &dir)
                    )),
            ]);
        }
        let mut templates = files_under(&dir.join(TEMPLATES_DIR));
        templates.extend(files_under(&root.join(TEMPLATES_DIR)));
        let mut static_files = files_under(&dir.join(STATIC_DIR));
        static_files.extend(files_under(&root.join(STATIC_DIR)));
        let language = config.language.code();
        let i18n_path = dir.join(I18N_DIR).join(format!("{language}.toml"));
        if !i18n_path.is_file() {
            return Err(vec![
                Diagnostic::error(format!(
                    "the theme has no interface strings for language \"{language}\""
                ))
                .at_path("config.toml", 1, 1)
                .hint(format!(
                    "add {} or choose another language",
                    display_path(root, &i18n_path)
                )),
            ]);
        }
        let i18n = I18n::load(&i18n_path, display_path(root, &i18n_path))?;
        Ok(Theme {
            templates,
            static_files,
            i18n,
            dir,
        })
    }
}

/// Files under `dir`, keyed by their `/`-separated path relative to it; hidden files skipped.
fn files_under(dir: &Path) -> BTreeMap<String, PathBuf> {
    let mut files = BTreeMap::new();
    if !dir.is_dir() {
        return files;
    }
    for entry in WalkDir::new(dir)
        .sort_by_file_name()
        .into_iter()
        .filter_entry(|e| e.depth() == 0 || !e.file_name().to_string_lossy().starts_with('.'))
        .filter_map(Result::ok)
        .filter(|e| e.file_type().is_file())
    {
        files.insert(display_path(dir, entry.path()), entry.into_path());
    }
    files
}
