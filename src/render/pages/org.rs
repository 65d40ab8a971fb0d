//! An organisation's pages: its own, each term's, a term's embed and its dashboard.

use super::{Filling, PageFrame, PageRenderer};
use crate::diagnostics::Diagnostic;
use crate::model::term::Term;
use crate::plan::DataFormat;
use crate::plan::route::Route;
use crate::plan::{has_dashboard, has_figures};
use crate::render::charts::OrgCharts;
use crate::render::data_export::DownloadLink;
use crate::render::metadata::Image;
use serde::Serialize;
use std::collections::BTreeMap;

impl PageRenderer<'_> {
    /// An organisation's page: its terms and its indicators.
    pub(super) fn org_page(
        &self,
        f: &mut Filling,
        org: usize,
    ) -> Result<PageFrame, Vec<Diagnostic>> {
        let site = self.site;
        let org = &site.orgs[org];
        let terms: Vec<_> = org
            .terms
            .iter()
            .rev()
            .map(|t| f.views.term_card(org, t.term))
            .collect();
        let indicators: Vec<_> = org
            .indicators
            .iter()
            .map(|i| {
                f.views
                    .link(i.name.clone(), &Route::indicator(&org.slug, &i.id))
            })
            .collect();
        f.context.insert("org", &f.views.org(org));
        f.context.insert("terms", &terms);
        f.context.insert("indicators", &indicators);
        let description = org
            .description
            .clone()
            .unwrap_or_else(|| format!("{} — {}", org.name, self.i18n.text("org_description")));
        Ok((
            "org.html",
            org.name.clone(),
            description,
            "org",
            vec![f.home.clone()],
            false,
        ))
    }

    /// A term's page: its charts, tables, originals, downloads and embed code.
    pub(super) fn term_page(
        &self,
        f: &mut Filling,
        org: usize,
        term: Term,
        charts: Option<&OrgCharts>,
    ) -> Result<PageFrame, Vec<Diagnostic>> {
        let site = self.site;
        let org = &site.orgs[org];
        let card = f.views.term_card(org, term);
        let title = format!("{} {} — {}", self.i18n.text("term"), card.display, org.name);
        let org_charts = charts.expect("organisation outputs render with their charts");
        let term_charts = org_charts.for_term(term, f.links).map_err(|d| vec![d])?;
        f.image = term_charts.first().map(|c| Image {
            url: f.links.canonical(&Route::chart_png(&org.slug, &c.id)),
            alt: c.title.clone(),
        });
        f.context.insert("charts", &term_charts);
        f.context.insert(
            "dashboard",
            &has_dashboard(org, term).then(|| f.links.to(&Route::dashboard(&org.slug, term))),
        );
        if has_figures(org, term) {
            let src = f.links.canonical(&Route::embed(&org.slug, term));
            f.context.insert(
                "embeds",
                &[EmbedSnippet::new(
                    self.i18n.text("embed_term"),
                    &src,
                    &title,
                    600,
                    f.links.to(&Route::embed(&org.slug, term)),
                )],
            );
        }
        f.context.insert(
            "downloads",
            &has_figures(org, term).then(|| {
                DataFormat::ALL.map(|format| DownloadLink {
                    format: format.extension(),
                    url: f.links.to(&Route::term_data(&org.slug, term, format)),
                    file: format!("{}-{term}-chi-tieu.{}", org.slug, format.extension()),
                })
            }),
        );
        f.context.insert("org", &f.views.org(org));
        f.context.insert("term", &card);
        let originals: Vec<_> = org
            .originals_of(term)
            .map(|o| f.views.original(org, o))
            .collect();
        f.context.insert("originals", &originals);
        let view = if card.results > 0 {
            "results"
        } else {
            "targets"
        };
        f.context
            .insert(view, &f.views.table(org, term, view, None));
        let description = format!("{} — {}", title, self.i18n.text("term_description"));
        Ok((
            "term.html",
            title,
            description,
            "term",
            vec![
                f.home.clone(),
                f.views.link(org.name.clone(), &Route::org(&org.slug)),
            ],
            false,
        ))
    }

    /// A term's figures for other sites to embed.
    pub(super) fn embed_page(
        &self,
        f: &mut Filling,
        org: usize,
        term: Term,
        charts: Option<&OrgCharts>,
    ) -> Result<PageFrame, Vec<Diagnostic>> {
        let site = self.site;
        let org = &site.orgs[org];
        let org_charts = charts.expect("organisation outputs render with their charts");
        let display = term.display(&site.config.locale.term_display);
        let mut pinned = BTreeMap::new();
        for (index, indicator) in org.indicators.iter().enumerate() {
            if let Some(chart) = org_charts.pinned(index, term, f.links) {
                pinned.insert(indicator.id.clone(), chart.map_err(|d| vec![d])?);
            }
        }
        f.context.insert("org", &f.views.org(org));
        f.context.insert(
            "term",
            &f.views.link(display.clone(), &Route::term(&org.slug, term)),
        );
        f.context.insert("charts", &pinned);
        f.context
            .insert("table", &f.views.table(org, term, "results", None));
        let title = format!("{} {display} — {}", self.i18n.text("term"), org.name);
        let description = format!("{title} — {}", self.i18n.text("term_description"));
        Ok(("embed.html", title, description, "embed", vec![], false))
    }

    /// A term's printable dashboard of small multiples.
    pub(super) fn dashboard_page(
        &self,
        f: &mut Filling,
        org: usize,
        term: Term,
        charts: Option<&OrgCharts>,
    ) -> Result<PageFrame, Vec<Diagnostic>> {
        let site = self.site;
        let org = &site.orgs[org];
        let org_charts = charts.expect("organisation outputs render with their charts");
        let display = term.display(&site.config.locale.term_display);
        let title = format!(
            "{} — {} {display}",
            self.i18n.text("dashboard"),
            self.i18n.text("term")
        );
        f.context.insert("org", &f.views.org(org));
        f.context.insert(
            "term",
            &f.views.link(display, &Route::term(&org.slug, term)),
        );
        f.context.insert(
            "cells",
            &org_charts.dashboard(term, f.links).map_err(|d| vec![d])?,
        );
        let description = format!("{title} — {}", org.name);
        Ok((
            "dashboard.html",
            title,
            description,
            "dashboard",
            vec![
                f.home.clone(),
                f.views.link(org.name.clone(), &Route::org(&org.slug)),
                f.views.link(
                    term.display(&site.config.locale.term_display),
                    &Route::term(&org.slug, term),
                ),
            ],
            false,
        ))
    }
}

/// A copyable `<iframe>` for another site's article, shown under a label (the term).
#[derive(Serialize)]
pub(super) struct EmbedSnippet {
    label: String,
    code: String,
    /// The frame's page, to look at before copying.
    preview: String,
}

impl EmbedSnippet {
    pub(super) fn new(
        label: String,
        src: &str,
        title: &str,
        height: u32,
        preview: String,
    ) -> EmbedSnippet {
        EmbedSnippet {
            label,
            preview,
            code: format!(
                "<iframe src=\"{}\" title=\"{}\" width=\"100%\" height=\"{height}\" style=\"border:0\" loading=\"lazy\"></iframe>",
                crate::html::escape(src),
                crate::html::escape(title)
            ),
        }
    }
}
