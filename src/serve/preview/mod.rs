//! The preview server's site: loaded once, then kept up to date folder by folder. Pages render
//! when asked for and are kept until a change they depend on; an edited organisation's pages
//! render at once, so its mistakes are known before anyone asks. A change with errors keeps
//! the last good version of what it broke in service, and the errors are shown on every page.

mod reload;
mod render;

use crate::charts::{GlyphCache, Words};
use crate::config::Config;
use crate::diagnostics::Diagnostic;
use crate::load::check_parents;
use crate::load::theme::Theme;
use crate::load::{CONTENT_DIR, org_folders};
use crate::messages::{Catalogue, Message};
use crate::model::Site;
use crate::msg;
use crate::plan::route::Route;
use crate::plan::{Output, Page};
use crate::progress::Progress;
use crate::render::templates::Templates;
use crate::serve::changes::Changes;
use crate::serve::lookup::{find_output, redirect_at};
use crate::serve::reply::{Body, Reply, content_type};
use crate::serve::search_index::SearchIndex;
use std::collections::{BTreeMap, HashMap};
use std::path::PathBuf;
use std::sync::{Arc, Mutex, PoisonError};
use std::time::Instant;

/// What a set of diagnostics came from, so that loading it again replaces exactly them.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord)]
enum Cause {
    Config,
    Theme,
    /// The list of organisation folders.
    ContentFolder,
    Parents,
    /// Addresses drafters chose that clash with the site's (`routes::check_addresses`).
    Addresses,
    Org(String),
}

pub struct Preview {
    root: PathBuf,
    /// The address pages are served at (`http://127.0.0.1:1111/`), in place of `base_url`.
    base_url: String,
    /// `None` until the configuration and the theme have loaded once.
    ready: Option<Ready>,
    problems: BTreeMap<Cause, Vec<Diagnostic>>,
    /// Rendered pages by site path, without the preview's script.
    cache: Mutex<HashMap<String, Body>>,
    /// Mistakes met while rendering a page on request, by site path.
    page_problems: Mutex<BTreeMap<String, Vec<Diagnostic>>>,
    glyphs: GlyphCache,
    /// The drafter's language, for the page the errors are shown over.
    catalogue: Arc<Catalogue>,
    /// Built when the search page first asks for it, dropped at every change.
    search_index: SearchIndex,
}

struct Ready {
    config: Config,
    look: Look,
    site: Site,
}

/// The theme and what is made from it.
struct Look {
    theme: Theme,
    templates: Templates,
    words: Words,
}

/// What a load did, for the terminal.
pub struct Applied {
    pub summary: Message,
    /// The diagnostics of what was loaded again.
    pub diagnostics: Vec<Diagnostic>,
}

impl Preview {
    /// Loads the whole site. It may fail: the server then shows the errors until they are fixed.
    pub fn load(
        root: PathBuf,
        base_url: String,
        catalogue: Arc<Catalogue>,
        progress: &Progress,
    ) -> (Preview, Applied) {
        let mut preview = Preview {
            root,
            base_url,
            ready: None,
            problems: BTreeMap::new(),
            cache: Mutex::default(),
            page_problems: Mutex::default(),
            glyphs: GlyphCache::default(),
            catalogue,
            search_index: SearchIndex::default(),
        };
        let applied = preview.reload_all(progress);
        (preview, applied)
    }

    /// Brings the site up to date with changed files.
    pub fn apply(&mut self, changes: &Changes) -> Applied {
        if changes.config || self.ready.is_none() {
            return self.reload_all(&Progress::hidden());
        }
        let started = Instant::now();
        self.search_index.forget();
        let mut touched = Vec::new();
        if changes.theme || changes.static_files {
            self.reload_look();
            touched.push(Cause::Theme);
        }
        if changes.content_root {
            let mut warnings = Vec::new();
            org_folders(&self.root, &mut warnings);
            self.problems.insert(Cause::ContentFolder, warnings);
            touched.push(Cause::ContentFolder);
        }
        for folder in &changes.orgs {
            self.reload_org(folder);
            touched.push(Cause::Org(folder.clone()));
        }
        if !changes.orgs.is_empty()
            && let Some(ready) = &self.ready
        {
            self.problems
                .insert(Cause::Parents, check_parents(&ready.site));
            touched.push(Cause::Parents);
        }
        if !changes.orgs.is_empty() || changes.theme || changes.static_files {
            self.check_addresses();
            touched.push(Cause::Addresses);
        }
        let folders: Vec<String> = touched
            .iter()
            .filter_map(|cause| match cause {
                Cause::Org(folder) => Some(format!("{CONTENT_DIR}/{folder}")),
                Cause::ContentFolder => Some(format!("{CONTENT_DIR}/")),
                _ => None,
            })
            .collect();
        let ms = milliseconds(started);
        let folders = folders.join(", ");
        let summary = match (touched.contains(&Cause::Theme), folders.is_empty()) {
            (true, true) => msg!("serve-reloaded-theme", ms = ms),
            (true, false) => msg!("serve-reloaded-theme-and", folders = folders, ms = ms),
            (false, _) => msg!("serve-reloaded", folders = folders, ms = ms),
        };
        Applied {
            summary,
            diagnostics: touched
                .iter()
                .filter_map(|cause| self.problems.get(cause))
                .flatten()
                .cloned()
                .collect(),
        }
    }

    /// The page, chart or file at `path` (`index.html`, `org/2020-2025/index.html`).
    pub fn respond(&self, path: &str) -> Reply {
        if let Some(body) = lock(&self.cache).get(path) {
            return Reply::ok(path, body.clone());
        }
        let Some(ready) = &self.ready else {
            return self.error_page(503);
        };
        if ready.config.search.enabled && SearchIndex::holds(path) {
            return match self
                .search_index
                .file(&ready.site, &ready.look.theme.i18n, path)
            {
                Some(body) => Reply::ok(path, body),
                None => self.error_page(404),
            };
        }
        // A redirect is looked for last: one that clashes with a page or a file (an error
        // already) never takes its place.
        let static_file = || {
            let file = ready.look.theme.static_files.get(path)?;
            file.bytes().ok().map(|bytes| bytes.into_owned())
        };
        let output = match find_output(&ready.site, path) {
            Some(output) => Some(output),
            None => match static_file() {
                Some(bytes) => return Reply::ok(path, bytes.into()),
                None => redirect_at(&ready.site, path),
            },
        };
        if let Some(output) = output {
            return match self.render(ready, &output) {
                Ok(bytes) => {
                    lock(&self.page_problems).remove(path);
                    let body: Body = bytes.into();
                    lock(&self.cache).insert(path.to_owned(), body.clone());
                    Reply::ok(path, body)
                }
                Err(diagnostics) => {
                    lock(&self.page_problems).insert(path.to_owned(), diagnostics);
                    self.error_page(500)
                }
            };
        }
        let not_found = Output {
            route: Route::not_found(),
            page: Page::NotFound,
        };
        match self.render(ready, &not_found) {
            Ok(bytes) => Reply {
                status: 404,
                content_type: content_type("404.html"),
                body: bytes.into(),
            },
            Err(_) => self.error_page(404),
        }
    }

    /// Every error of the site as it is now: loading, checking, rendering.
    pub fn errors(&self) -> Vec<Diagnostic> {
        let pages = lock(&self.page_problems);
        self.problems
            .values()
            .chain(pages.values())
            .flatten()
            .filter(|d| d.is_error())
            .cloned()
            .collect()
    }
}

/// The time since `started`, for the terminal.
fn milliseconds(started: Instant) -> u64 {
    u64::try_from(started.elapsed().as_millis()).unwrap_or(u64::MAX)
}

fn lock<T>(mutex: &Mutex<T>) -> std::sync::MutexGuard<'_, T> {
    mutex.lock().unwrap_or_else(PoisonError::into_inner)
}
