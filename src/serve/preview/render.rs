//! Rendering for the preview, with the theme it was given: an organisation's pages at once (to
//! find their mistakes and keep them), a page when it is asked for, and the bare page that
//! errors are shown over.

use super::{Look, Preview, Ready};
use crate::charts::Words;
use crate::config::Config;
use crate::diagnostics::Diagnostic;
use crate::load::theme::Theme;
use crate::model::Site;
use crate::msg;
use crate::plan::{Output, Page, plan_org};
use crate::render::charts::OrgCharts;
use crate::render::pages::PageRenderer;
use crate::render::templates::Templates;
use crate::serve::reply::{Body, Reply, content_type};
use rayon::prelude::*;

impl Preview {
    /// Renders organisation `o`'s pages and SVG charts (PNGs wait to be asked for).
    pub(super) fn render_org(
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

    pub(super) fn render(
        &self,
        ready: &Ready,
        output: &Output,
    ) -> Result<Vec<u8>, Vec<Diagnostic>> {
        self.render_with(&ready.site, &ready.look, output)
    }

    pub(super) fn render_with(
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

    /// A page with no content of its own: the errors are shown over it, in the drafter's
    /// language.
    pub(super) fn error_page(&self, status: u16) -> Reply {
        let title = crate::html::escape(&self.catalogue.text(&msg!("serve-error-page-title")));
        let lang = self.catalogue.lang().code();
        let page = format!(
            "<!doctype html>\n<html lang=\"{lang}\"><head><meta charset=\"utf-8\"><meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"><title>{title}</title></head><body></body></html>\n"
        );
        Reply {
            status,
            content_type: content_type("index.html"),
            body: page.into_bytes().into(),
        }
    }
}

impl Look {
    pub(super) fn load(root: &std::path::Path, config: &Config) -> Result<Look, Vec<Diagnostic>> {
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
