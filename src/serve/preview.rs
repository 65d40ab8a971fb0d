//! The preview server's site: loaded once, then kept up to date folder by folder. Pages render
//! when asked for and are kept until a change they depend on; an edited organisation's pages
//! render at once, so its mistakes are known before anyone asks. A change with errors keeps
//! the last good version of what it broke in service, and the errors are shown on every page.

use crate::charts::{GlyphCache, Words};
use crate::config::Config;
use crate::diagnostics::Diagnostic;
use crate::i18n::I18n;
use crate::load::theme::{Theme, builtin_i18n};
use crate::load::{CONTENT_DIR, load_org, org_folders};
use crate::load::{build_org, check_parents};
use crate::model::Site;
use crate::plan::route::Route;
use crate::plan::{Output, Page, plan, plan_org};
use crate::render::charts::OrgCharts;
use crate::render::pages::PageRenderer;
use crate::render::templates::Templates;
use crate::routes::check_addresses;
use crate::serve::changes::Changes;
use crate::serve::lookup::{find_output, redirect_at, samples};
use crate::serve::reply::{Body, Reply, content_type};
use crate::serve::search_index::SearchIndex;
use rayon::prelude::*;
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
    fallback_i18n: I18n,
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
    pub summary: String,
    /// The diagnostics of what was loaded again.
    pub diagnostics: Vec<Diagnostic>,
}

impl Preview {
    /// Loads the whole site. It may fail: the server then shows the errors until they are fixed.
    pub fn load(root: PathBuf, base_url: String) -> (Preview, Applied) {
        let mut preview = Preview {
            root,
            base_url,
            ready: None,
            problems: BTreeMap::new(),
            cache: Mutex::default(),
            page_problems: Mutex::default(),
            glyphs: GlyphCache::default(),
            fallback_i18n: builtin_i18n(),
            search_index: SearchIndex::default(),
        };
        let applied = preview.reload_all();
        (preview, applied)
    }

    /// Brings the site up to date with changed files.
    pub fn apply(&mut self, changes: &Changes) -> Applied {
        if changes.config || self.ready.is_none() {
            return self.reload_all();
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
        let what: Vec<String> = touched
            .iter()
            .map(|cause| match cause {
                Cause::Org(folder) => format!("{CONTENT_DIR}/{folder}"),
                Cause::Theme => "theme".into(),
                Cause::ContentFolder => format!("{CONTENT_DIR}/"),
                Cause::Config | Cause::Parents | Cause::Addresses => String::new(),
            })
            .filter(|w| !w.is_empty())
            .collect();
        Applied {
            summary: format!(
                "reloaded {} in {} ms",
                what.join(", "),
                started.elapsed().as_millis()
            ),
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

    /// The interface strings for the preview's own messages: the site's theme's, or the
    /// built-in ones until the theme loads.
    pub fn text(&self, key: &str) -> String {
        match &self.ready {
            Some(ready) => ready.look.theme.i18n.text(key),
            None => self.fallback_i18n.text(key),
        }
    }

    fn reload_all(&mut self) -> Applied {
        let started = Instant::now();
        self.problems.clear();
        self.search_index.forget();
        let loaded = self.load_everything();
        if let Some(ready) = loaded {
            self.ready = Some(ready);
            lock(&self.cache).clear();
            lock(&self.page_problems).clear();
        }
        let pages = self.ready.as_ref().map_or(0, |r| r.site.orgs.len());
        Applied {
            summary: format!(
                "loaded the site ({pages} organisations) in {} ms",
                started.elapsed().as_millis()
            ),
            diagnostics: self.problems.values().flatten().cloned().collect(),
        }
    }

    /// Configuration, theme and every organisation; their pages are rendered once (and
    /// dropped) to find their mistakes. `None` when the configuration or the theme fails.
    fn load_everything(&mut self) -> Option<Ready> {
        let mut config = match Config::load(&self.root) {
            Ok((config, warnings)) => {
                self.problems.insert(Cause::Config, warnings);
                config
            }
            Err(errors) => {
                self.problems.insert(Cause::Config, errors);
                return None;
            }
        };
        config.base_url = self.base_url.clone();
        let look = match Look::load(&self.root, &config) {
            Ok(look) => look,
            Err(errors) => {
                self.problems.insert(Cause::Theme, errors);
                return None;
            }
        };
        let mut folder_warnings = Vec::new();
        let folders = if self.root.join(CONTENT_DIR).is_dir() {
            org_folders(&self.root, &mut folder_warnings)
        } else {
            folder_warnings.push(
                Diagnostic::error(format!(
                    "no {CONTENT_DIR}/ folder in {}",
                    self.root.display()
                ))
                .hint("create content/<org>/_org.toml, or run `nhiemky new org <slug>`"),
            );
            Vec::new()
        };
        self.problems.insert(Cause::ContentFolder, folder_warnings);
        let root = &self.root;
        let built: Vec<_> = folders
            .par_iter()
            .map(|folder| {
                let (inputs, mut diagnostics) = load_org(root, folder, &config);
                let (org, more) = build_org(root, &config, inputs, true);
                diagnostics.extend(more);
                (folder.clone(), org, diagnostics)
            })
            .collect();
        let mut orgs = Vec::new();
        for (folder, org, diagnostics) in built {
            self.problems.insert(Cause::Org(folder), diagnostics);
            orgs.extend(org.map(Arc::new));
        }
        let site = Site::new(root.clone(), config.clone(), orgs);
        self.problems.insert(Cause::Parents, check_parents(&site));
        let rendered: Vec<(String, Vec<Diagnostic>)> = (0..site.orgs.len())
            .into_par_iter()
            .map(|o| {
                let (_, diagnostics) = self.render_org(&site, &look, o);
                (site.orgs[o].slug.clone(), diagnostics)
            })
            .collect();
        for (folder, diagnostics) in rendered {
            self.problems
                .entry(Cause::Org(folder))
                .or_default()
                .extend(diagnostics);
        }
        let addresses = check_addresses(&site, &plan(&site, &look.theme));
        self.problems.insert(Cause::Addresses, addresses);
        Some(Ready { config, look, site })
    }

    /// The addresses drafters chose, checked against the whole site as a build does.
    fn check_addresses(&mut self) {
        if let Some(ready) = &self.ready {
            let plan = plan(&ready.site, &ready.look.theme);
            self.problems
                .insert(Cause::Addresses, check_addresses(&ready.site, &plan));
        }
    }

    /// Templates, interface strings or static files changed: the new theme is tried on one
    /// page of each kind before it replaces the old one.
    fn reload_look(&mut self) {
        let Some(ready) = &self.ready else { return };
        let look = match Look::load(&self.root, &ready.config) {
            Ok(look) => look,
            Err(errors) => {
                self.problems.insert(Cause::Theme, errors);
                return;
            }
        };
        let (site, samples) = samples(&ready.site);
        let trial: Vec<Diagnostic> = samples
            .par_iter()
            .filter_map(|output| self.render_with(&site, &look, output).err())
            .flatten()
            .collect();
        let broken = trial.iter().any(Diagnostic::is_error);
        self.problems.insert(Cause::Theme, trial);
        if broken {
            return;
        }
        if let Some(ready) = &mut self.ready {
            ready.look = look;
        }
        lock(&self.cache).clear();
        lock(&self.page_problems).clear();
    }

    /// Loads `content/<folder>/` again and renders its pages; with errors, the version
    /// served before stays (when there is one).
    fn reload_org(&mut self, folder: &str) {
        let Some(ready) = &self.ready else { return };
        self.forget_pages_of(folder, &ready.site);
        if !self.root.join(CONTENT_DIR).join(folder).is_dir() {
            let site = ready.site.without_org(folder);
            self.problems.remove(&Cause::Org(folder.to_owned()));
            self.ready.as_mut().expect("checked above").site = site;
            return;
        }
        let (inputs, mut diagnostics) = load_org(&self.root, folder, &ready.config);
        let (org, more) = build_org(&self.root, &ready.config, inputs, true);
        diagnostics.extend(more);
        let mut replacement = None;
        if let Some(org) = org {
            let candidate = ready.site.with_org(Arc::new(org));
            let o = candidate
                .org_position(folder)
                .expect("the organisation was just added");
            let (pages, rendered) = self.render_org(&candidate, &ready.look, o);
            diagnostics.extend(rendered);
            let broken = diagnostics.iter().any(Diagnostic::is_error);
            if !broken || ready.site.org(folder).is_none() {
                replacement = Some((candidate, pages));
            }
        }
        if let Some((site, pages)) = replacement {
            lock(&self.cache).extend(pages);
            self.ready.as_mut().expect("checked above").site = site;
        }
        self.problems
            .insert(Cause::Org(folder.to_owned()), diagnostics);
    }

    /// Drops the kept pages that show anything of organisation `folder`: its own, the site's
    /// lists (home page, feed, sitemap), and the pages of organisations that name it as their parent.
    fn forget_pages_of(&self, folder: &str, site: &Site) {
        let children: Vec<String> = site
            .orgs
            .iter()
            .filter(|o| o.parent.as_deref() == Some(folder))
            .map(|o| format!("{}/", o.slug))
            .collect();
        let own = format!("{folder}/");
        // Files at the root (home page, feed, sitemap) list every organisation.
        let affected = |path: &str| {
            !path.contains('/')
                || path.starts_with(&own)
                || children.iter().any(|c| path.starts_with(c.as_str()))
        };
        lock(&self.cache).retain(|path, _| !affected(path));
        lock(&self.page_problems).retain(|path, _| !affected(path));
    }

    /// Renders organisation `o`'s pages and SVG charts (PNGs wait to be asked for).
    fn render_org(
        &self,
        site: &Site,
        look: &Look,
        o: usize,
    ) -> (Vec<(String, Body)>, Vec<Diagnostic>) {
        let unit = plan_org(o, &site.orgs[o]);
        let charts = OrgCharts::new(site, &site.orgs[o], &look.words, &self.glyphs);
        let renderer = look.renderer(site);
        let results: Vec<_> = unit
            .outputs
            .par_iter()
            // PNGs wait to be asked for; redirects are never kept, so that one whose address
            // clashes (an error) cannot stand in for a page or file served before it.
            .filter(|output| !matches!(output.page, Page::ChartPng { .. }))
            .map(|output| {
                let rendered = renderer.render(output, Some(&charts));
                (
                    output.route.output_path(),
                    output.page.is_redirect(),
                    rendered,
                )
            })
            .collect();
        let mut pages = Vec::new();
        let mut diagnostics = Vec::new();
        for (path, redirect, rendered) in results {
            match rendered {
                Ok(_) if redirect => {}
                Ok(bytes) => pages.push((path, bytes.into())),
                Err(errors) => diagnostics.extend(errors),
            }
        }
        (pages, diagnostics)
    }

    fn render(&self, ready: &Ready, output: &Output) -> Result<Vec<u8>, Vec<Diagnostic>> {
        self.render_with(&ready.site, &ready.look, output)
    }

    fn render_with(
        &self,
        site: &Site,
        look: &Look,
        output: &Output,
    ) -> Result<Vec<u8>, Vec<Diagnostic>> {
        let charts = output
            .page
            .org()
            .map(|o| OrgCharts::new(site, &site.orgs[o], &look.words, &self.glyphs));
        look.renderer(site).render(output, charts.as_ref())
    }

    /// A page with no content of its own: the errors are shown over it.
    fn error_page(&self, status: u16) -> Reply {
        let title = crate::html::escape(&self.text("preview_errors"));
        let page = format!(
            "<!doctype html>\n<html lang=\"vi\"><head><meta charset=\"utf-8\"><meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"><title>{title}</title></head><body></body></html>\n"
        );
        Reply {
            status,
            content_type: content_type("index.html"),
            body: page.into_bytes().into(),
        }
    }
}

impl Look {
    fn load(root: &std::path::Path, config: &Config) -> Result<Look, Vec<Diagnostic>> {
        let theme = Theme::load(root, config)?;
        let templates = Templates::load(root, &theme, config)?;
        let words = Words::from_i18n(&theme.i18n);
        Ok(Look {
            theme,
            templates,
            words,
        })
    }

    fn renderer<'a>(&'a self, site: &'a Site) -> PageRenderer<'a> {
        PageRenderer {
            site,
            templates: &self.templates,
            i18n: &self.theme.i18n,
            archived_on: None,
            paths: None,
        }
    }
}

fn lock<T>(mutex: &Mutex<T>) -> std::sync::MutexGuard<'_, T> {
    mutex.lock().unwrap_or_else(PoisonError::into_inner)
}
