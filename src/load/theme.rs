//! The theme: templates, static files and interface strings. Files in the site's own
//! `templates/` and `static/` override the theme's files of the same name. The default theme
//! is also compiled into the binary, so a site without `themes/default/` still builds.

use crate::config::Config;
use crate::diagnostics::Diagnostic;
use crate::diagnostics::source::SourceFile;
use crate::i18n::I18n;
use crate::load::display_path;
use crate::messages::io_error;
use crate::msg;
use include_dir::{Dir, include_dir};
use std::borrow::Cow;
use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use walkdir::WalkDir;

pub const THEMES_DIR: &str = "themes";
pub const TEMPLATES_DIR: &str = "templates";
pub const STATIC_DIR: &str = "static";
pub const I18N_DIR: &str = "i18n";
pub const DEFAULT_THEME: &str = "default";

static BUILTIN_THEME: Dir = include_dir!("$CARGO_MANIFEST_DIR/themes/default");

/// A theme file on disk, or one of the built-in default theme.
#[derive(Debug, Clone)]
pub enum ThemeFile {
    Disk(PathBuf),
    Builtin(&'static include_dir::File<'static>),
}

impl ThemeFile {
    pub fn bytes(&self) -> std::io::Result<Cow<'static, [u8]>> {
        match self {
            ThemeFile::Disk(path) => std::fs::read(path).map(Cow::Owned),
            ThemeFile::Builtin(file) => Ok(Cow::Borrowed(file.contents())),
        }
    }

    /// How diagnostics name it.
    pub fn display(&self, root: &Path) -> String {
        match self {
            ThemeFile::Disk(path) => display_path(root, path),
            ThemeFile::Builtin(file) => format!("(built-in theme)/{}", file.path().display()),
        }
    }

    /// Reads it as text, checked like any source file.
    pub fn source(
        &self,
        root: &Path,
        warnings: &mut Vec<Diagnostic>,
    ) -> Result<SourceFile, Diagnostic> {
        let display = self.display(root);
        let bytes = self.bytes().map_err(|err| {
            Diagnostic::error(msg!("load-cannot-read-file", why = io_error(&err)))
                .at_path(&display, 1, 1)
                .hint(msg!("load-theme-file-unreadable-hint"))
        })?;
        let path = match self {
            ThemeFile::Disk(path) => path.clone(),
            ThemeFile::Builtin(file) => file.path().to_path_buf(),
        };
        SourceFile::from_bytes(&path, display, &bytes, warnings)
    }
}

#[derive(Debug, Clone)]
pub struct Theme {
    /// Template name (`partials/x.html`) → its file, after overrides.
    pub templates: BTreeMap<String, ThemeFile>,
    /// Output path (`fonts/x.woff2`) → source file, after overrides.
    pub static_files: BTreeMap<String, ThemeFile>,
    pub i18n: I18n,
}

impl Theme {
    pub fn load(root: &Path, config: &Config) -> Result<Theme, Vec<Diagnostic>> {
        let dir = root.join(THEMES_DIR).join(&config.theme);
        let (mut templates, mut static_files, mut i18n_files) = if dir.is_dir() {
            (
                files_on_disk(&dir.join(TEMPLATES_DIR)),
                files_on_disk(&dir.join(STATIC_DIR)),
                files_on_disk(&dir.join(I18N_DIR)),
            )
        } else if config.theme == DEFAULT_THEME {
            (
                builtin_files(TEMPLATES_DIR),
                builtin_files(STATIC_DIR),
                builtin_files(I18N_DIR),
            )
        } else {
            return Err(vec![
                Diagnostic::error(msg!("load-theme-not-found", theme = &config.theme))
                    .at_path("config.toml", 1, 1)
                    .hint(msg!(
                        "load-theme-not-found-hint",
                        folder = display_path(root, &dir),
                        default = DEFAULT_THEME
                    )),
            ]);
        };
        templates.extend(files_on_disk(&root.join(TEMPLATES_DIR)));
        static_files.extend(files_on_disk(&root.join(STATIC_DIR)));
        let language = config.language.code();
        let Some(i18n_file) = i18n_files.remove(&format!("{language}.toml")) else {
            return Err(vec![
                Diagnostic::error(msg!("load-theme-no-language", language = language))
                    .at_path("config.toml", 1, 1)
                    .hint(msg!(
                        "load-theme-no-language-hint",
                        file = format!("{}/{I18N_DIR}/{language}.toml", display_path(root, &dir))
                    )),
            ]);
        };
        let i18n = I18n::load(
            &i18n_file
                .source(root, &mut Vec::new())
                .map_err(|d| vec![d])?,
        )?;
        Ok(Theme {
            templates,
            static_files,
            i18n,
        })
    }
}

/// The built-in theme's Vietnamese interface strings, for words needed without a site's own
/// theme (the fuzz targets draw charts with them).
pub fn builtin_i18n() -> I18n {
    let file = builtin_files(I18N_DIR)
        .remove("vi.toml")
        .expect("the built-in theme has vi.toml");
    let source = file
        .source(Path::new(""), &mut Vec::new())
        .expect("the built-in vi.toml is UTF-8");
    I18n::load(&source).expect("the built-in vi.toml is valid")
}

/// Files under `dir`, keyed by their `/`-separated path relative to it; hidden files skipped.
fn files_on_disk(dir: &Path) -> BTreeMap<String, ThemeFile> {
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
        files.insert(
            display_path(dir, entry.path()),
            ThemeFile::Disk(entry.into_path()),
        );
    }
    files
}

/// The built-in theme's files under `folder`, keyed like [`files_on_disk`].
fn builtin_files(folder: &str) -> BTreeMap<String, ThemeFile> {
    let mut files = BTreeMap::new();
    let mut stack: Vec<&'static Dir<'static>> = BUILTIN_THEME.get_dir(folder).into_iter().collect();
    while let Some(dir) = stack.pop() {
        stack.extend(dir.dirs());
        for file in dir.files() {
            let relative = file.path().strip_prefix(folder).unwrap_or(file.path());
            files.insert(
                relative
                    .components()
                    .map(|c| c.as_os_str().to_string_lossy())
                    .collect::<Vec<_>>()
                    .join("/"),
                ThemeFile::Builtin(file),
            );
        }
    }
    files
}
