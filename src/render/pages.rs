//! Renders one planned page: builds its views, then lays them out with its template.

use crate::diagnostics::Diagnostic;
use crate::load::front_matter::split;
use crate::markdown::{self, Rendered};
use crate::model::Site;
use crate::model::document::{Document, Status};
use crate::plan::{Output, Page, has_dashboard};
use crate::render::charts::OrgCharts;
use crate::render::i18n::I18n;
use crate::render::links::{Links, Route};
use crate::render::shortcodes::PageShortcodes;
use crate::render::templates::Templates;
use crate::render::views::{LinkView, Views};
use crate::search::BUNDLE_DIR;
use crate::source::SourceFile;
use serde::Serialize;
use tera::Context;

#[derive(Serialize)]
struct PageView {
    title: String,
    description: String,
    canonical: String,
    /// Relative path to the site root, for stylesheets and fonts.
    root: String,
    /// Link to the home page.
    home: String,
    kind: &'static str,
    breadcrumbs: Vec<LinkView>,
    draft: bool,
    /// Absolute address of a picture for link previews (og:image): a chart's PNG.
    image: Option<String>,
    /// Link to the search page; absent when search is turned off.
    search: Option<String>,
}

pub struct PageRenderer<'a> {
    pub site: &'a Site,
    pub templates: &'a Templates,
    pub i18n: &'a I18n,
}

impl PageRenderer<'_> {
    /// Renders one output. `charts` holds the charts of the output's organisation.
    pub fn render(
        &self,
        output: &Output,
        charts: Option<&OrgCharts>,
    ) -> Result<Vec<u8>, Vec<Diagnostic>> {
        let site = self.site;
        let chart_of = |indicator: usize| {
            charts
                .expect("organisation outputs render with their charts")
                .svg(indicator)
        };
        match output.page {
            Page::ChartSvg { indicator, .. } => {
                return match chart_of(indicator) {
                    Some(Ok(svg)) => Ok(svg.as_bytes().to_vec()),
                    Some(Err(d)) => Err(vec![d]),
                    None => Ok(Vec::new()),
                };
            }
            Page::ChartPng { indicator, .. } => {
                let charts = charts.expect("organisation outputs render with their charts");
                return match charts.png(indicator) {
                    Some(Ok(png)) => Ok(png),
                    Some(Err(d)) => Err(vec![d]),
                    None => Ok(Vec::new()),
                };
            }
            _ => {}
        }
        let links = match output.page {
            Page::NotFound => Links::absolute(site.config.base_path(), &site.config.base_url),
            _ => Links::relative(&output.route, &site.config.base_url),
        };
        let views = Views {
            site,
            i18n: self.i18n,
            links: &links,
        };
        let mut context = Context::new();
        let home = views.link(self.i18n.text("home"), &Route::home());
        let mut image = None;
        let (template, title, description, kind, mut breadcrumbs, draft) = match output.page {
            Page::Home => {
                let cards: Vec<_> = site.orgs.iter().map(|o| views.org_card(o)).collect();
                context.insert("orgs", &cards);
                (
                    "index.html",
                    site.config.title.clone(),
                    site.config.description.clone(),
                    "home",
                    vec![],
                    false,
                )
            }
            Page::NotFound => (
                "404.html",
                self.i18n.text("not_found_title"),
                self.i18n.text("not_found_text"),
                "404",
                vec![home],
                false,
            ),
            Page::Search => {
                context.insert("bundle", &format!("{}{BUNDLE_DIR}/", links.root()));
                (
                    "search.html",
                    self.i18n.text("search_title"),
                    self.i18n.text("search_description"),
                    "search",
                    vec![home],
                    false,
                )
            }
            Page::Org { org } => {
                let org = &site.orgs[org];
                let terms: Vec<_> = org
                    .terms
                    .iter()
                    .rev()
                    .map(|t| views.term_card(org, t.term))
                    .collect();
                let indicators: Vec<_> = org
                    .indicators
                    .iter()
                    .map(|i| views.link(i.name.clone(), &Route::indicator(&org.slug, &i.id)))
                    .collect();
                context.insert("org", &views.org(org));
                context.insert("terms", &terms);
                context.insert("indicators", &indicators);
                let description = org.description.clone().unwrap_or_else(|| {
                    format!("{} — {}", org.name, self.i18n.text("org_description"))
                });
                (
                    "org.html",
                    org.name.clone(),
                    description,
                    "org",
                    vec![home],
                    false,
                )
            }
            Page::Term { org, term } => {
                let org = &site.orgs[org];
                let card = views.term_card(org, term);
                let title = format!("{} {} — {}", self.i18n.text("term"), card.display, org.name);
                let org_charts = charts.expect("organisation outputs render with their charts");
                let term_charts = org_charts.for_term(term, &links).map_err(|d| vec![d])?;
                image = term_charts
                    .first()
                    .map(|c| links.canonical(&Route::chart_png(&org.slug, &c.id)));
                context.insert("charts", &term_charts);
                context.insert(
                    "dashboard",
                    &has_dashboard(org, term).then(|| links.to(&Route::dashboard(&org.slug, term))),
                );
                context.insert("org", &views.org(org));
                context.insert("term", &card);
                let view = if card.results > 0 {
                    "results"
                } else {
                    "targets"
                };
                context.insert(view, &views.table(org, term, view, None));
                let description = format!("{} — {}", title, self.i18n.text("term_description"));
                (
                    "term.html",
                    title,
                    description,
                    "term",
                    vec![home, views.link(org.name.clone(), &Route::org(&org.slug))],
                    false,
                )
            }
            Page::Dashboard { org, term } => {
                let org = &site.orgs[org];
                let org_charts = charts.expect("organisation outputs render with their charts");
                let display = term.display(&site.config.locale.term_display);
                let title = format!(
                    "{} — {} {display}",
                    self.i18n.text("dashboard"),
                    self.i18n.text("term")
                );
                context.insert("org", &views.org(org));
                context.insert("term", &views.link(display, &Route::term(&org.slug, term)));
                context.insert(
                    "cells",
                    &org_charts.dashboard(term, &links).map_err(|d| vec![d])?,
                );
                let description = format!("{title} — {}", org.name);
                (
                    "dashboard.html",
                    title,
                    description,
                    "dashboard",
                    vec![
                        home,
                        views.link(org.name.clone(), &Route::org(&org.slug)),
                        views.link(
                            term.display(&site.config.locale.term_display),
                            &Route::term(&org.slug, term),
                        ),
                    ],
                    false,
                )
            }
            Page::Indicator {
                org,
                indicator: index,
            } => {
                let org = &site.orgs[org];
                let indicator = &org.indicators[index];
                let org_charts = charts.expect("organisation outputs render with their charts");
                let chart = org_charts
                    .view(index, &links)
                    .transpose()
                    .map_err(|d| vec![d])?;
                image = chart
                    .as_ref()
                    .map(|c| links.canonical(&Route::chart_png(&org.slug, &c.id)));
                context.insert("chart", &chart);
                context.insert("org", &views.org(org));
                context.insert("indicator", &views.indicator(org, indicator));
                let description = format!("{} — {}", indicator.name, org.name);
                (
                    "indicator.html",
                    indicator.name.clone(),
                    description,
                    "indicator",
                    vec![home, views.link(org.name.clone(), &Route::org(&org.slug))],
                    false,
                )
            }
            Page::ChartSvg { .. } | Page::ChartPng { .. } => {
                unreachable!("chart files are returned before the page match")
            }
            Page::Document { org, doc } => {
                let org = &site.orgs[org];
                let doc = &org.documents[doc];
                let org_charts = charts.expect("organisation outputs render with their charts");
                let rendered = self.document_body(doc, org_charts, &views)?;
                context.insert("org", &views.org(org));
                context.insert(
                    "term",
                    &views.link(
                        views.term_display(doc.term),
                        &Route::term(&org.slug, doc.term),
                    ),
                );
                context.insert("document", &views.document(org, doc));
                context.insert("content", &rendered.html);
                context.insert("toc", &rendered.toc);
                let description = doc
                    .front
                    .summary
                    .clone()
                    .unwrap_or_else(|| doc.front.title.clone());
                (
                    "document.html",
                    doc.front.title.clone(),
                    description,
                    "document",
                    vec![
                        home,
                        views.link(org.name.clone(), &Route::org(&org.slug)),
                        views.link(
                            views.term_display(doc.term),
                            &Route::term(&org.slug, doc.term),
                        ),
                    ],
                    doc.front.status == Status::Draft,
                )
            }
        };
        if matches!(output.page, Page::Home) {
            breadcrumbs.clear();
        }
        context.insert(
            "page",
            &PageView {
                title,
                description,
                canonical: links.canonical(&output.route),
                root: links.root(),
                home: links.to(&Route::home()),
                kind,
                breadcrumbs,
                draft,
                image,
                search: site
                    .config
                    .search
                    .enabled
                    .then(|| links.to(&Route::search())),
            },
        );
        self.templates
            .render_bytes(template, &context)
            .map_err(|d| vec![d])
    }

    /// Reads the document again and renders its Markdown with the page's shortcodes.
    pub fn document_body(
        &self,
        doc: &Document,
        charts: &OrgCharts,
        views: &Views,
    ) -> Result<Rendered, Vec<Diagnostic>> {
        let org = charts.org;
        let mut diagnostics = Vec::new();
        let mut ignored_warnings = Vec::new();
        let file = SourceFile::read(&doc.path, doc.display.clone(), &mut ignored_warnings)
            .map_err(|d| vec![d])?;
        let split = split(&file).map_err(|d| vec![d])?;
        let shortcodes = PageShortcodes {
            views,
            templates: self.templates,
            charts,
            org,
            term: doc.term,
            data_incomplete: org.data_incomplete,
        };
        let rendered = markdown::render(&file, split.body, &shortcodes, &mut diagnostics);
        if diagnostics.iter().any(Diagnostic::is_error) {
            return Err(diagnostics);
        }
        Ok(rendered)
    }
}
