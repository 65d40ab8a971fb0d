//! The preview's site loaded and kept current: the whole site at start or when the
//! configuration changes, then only what a change touched, keeping the last good version of
//! what a change with errors broke.

use super::{Applied, Cause, Look, Preview, Ready, lock, milliseconds};
use crate::config::Config;
use crate::diagnostics::Diagnostic;
use crate::load::{CONTENT_DIR, load_org, org_folders};
use crate::load::{build_org, check_parents};
use crate::model::Site;
use crate::msg;
use crate::plan::plan;
use crate::progress::{Progress, Stage};
use crate::routes::check_addresses;
use crate::serve::lookup::samples;
use rayon::prelude::*;
use std::sync::Arc;
use std::time::Instant;

impl Preview {
    pub(super) fn reload_all(&mut self, progress: &Progress) -> Applied {
        let started = Instant::now();
        self.problems.clear();
        self.search_index.forget();
        let loaded = self.load_everything(progress);
        if let Some(ready) = loaded {
            self.ready = Some(ready);
            lock(&self.cache).clear();
            lock(&self.page_problems).clear();
        }
        let orgs = self.ready.as_ref().map_or(0, |r| r.site.orgs.len());
        Applied {
            summary: msg!("serve-loaded", orgs = orgs, ms = milliseconds(started)),
            diagnostics: self.problems.values().flatten().cloned().collect(),
        }
    }

    /// Configuration, theme and every organisation; their pages are rendered once (and
    /// dropped) to find their mistakes. `None` when the configuration or the theme fails.
    fn load_everything(&mut self, progress: &Progress) -> Option<Ready> {
        progress.stage(Stage::Loading, None);
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
                Diagnostic::error(msg!(
                    "serve-no-content-folder",
                    folder = format!("{CONTENT_DIR}/"),
                    root = &self.root
                ))
                .hint(msg!("serve-no-content-folder-hint")),
            );
            Vec::new()
        };
        self.problems.insert(Cause::ContentFolder, folder_warnings);
        let root = &self.root;
        progress.stage(Stage::Loading, Some(folders.len() as u64));
        let built: Vec<_> = folders
            .par_iter()
            .inspect(|_| progress.advance(1))
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
        progress.stage(Stage::Rendering, Some(site.orgs.len() as u64));
        let rendered: Vec<(String, Vec<Diagnostic>)> = (0..site.orgs.len())
            .into_par_iter()
            .inspect(|_| progress.advance(1))
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
    pub(super) fn check_addresses(&mut self) {
        if let Some(ready) = &self.ready {
            let plan = plan(&ready.site, &ready.look.theme);
            self.problems
                .insert(Cause::Addresses, check_addresses(&ready.site, &plan));
        }
    }

    /// Templates, interface strings or static files changed: the new theme is tried on one
    /// page of each kind before it replaces the old one.
    pub(super) fn reload_look(&mut self) {
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
    pub(super) fn reload_org(&mut self, folder: &str) {
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
}
