//! Renders one planned page: builds its views, then lays them out with its template.

use crate::charts::GlyphCache;
use crate::diagnostics::Diagnostic;
use crate::diagnostics::source::SourceFile;
use crate::i18n::I18n;
use crate::load::front_matter::split;
use crate::markdown::plain::PlainText;
use crate::markdown::{self, RawHtml, Rendered};
use crate::model::Site;
use crate::model::document::{Document, Status};
use crate::model::org::Org;
use crate::plan::DataFormat;
use crate::plan::route::Route;
use crate::plan::{Moved, Output, Page, has_dashboard, has_figures};
use crate::render::charts::OrgCharts;
use crate::render::data_export::{DownloadLink, Selection};
use crate::render::links::Links;
use crate::render::metadata::{Image, Metadata};
use crate::render::shortcodes::PageShortcodes;
use crate::render::site_paths::SitePaths;
use crate::render::templates::Templates;
use crate::render::views::{LinkView, Views};
use crate::render::{feeds, sitemap};
use crate::search::BUNDLE_DIR;
use jiff::civil::Date;
use serde::Serialize;
use std::collections::BTreeMap;
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
    /// Link previews (og:image: a chart's PNG), Dublin Core and JSON-LD.
    meta: Metadata,
    /// Atom feeds for `rel=alternate`: the site's, and the organisation's on its pages.
    feeds: Vec<LinkView>,
    /// Link to the search page; absent when search is turned off.
    search: Option<String>,
    /// The archive's stamp; only pages of an archive (`nhiemky archive`) carry one.
    archive: Option<ArchiveView>,
}

/// "Lưu trữ ngày 01/06/2025" and the page's permanent address.
#[derive(Serialize)]
struct ArchiveView {
    stamp: String,
    url: String,
}

/// What each kind of page sets before the frame renders: template, title, description, kind
/// (the body's class), breadcrumbs, and whether it is a draft.
type PageFrame = (
    &'static str,
    String,
    String,
    &'static str,
    Vec<LinkView>,
    bool,
);

pub struct PageRenderer<'a> {
    pub site: &'a Site,
    pub templates: &'a Templates,
    pub i18n: &'a I18n,
    /// The day of the archive, for pages written into one; `None` for the site itself.
    pub archived_on: Option<Date>,
    /// Every file of the build, to check documents' relative links; `None` leaves them unchecked
    /// (the preview server renders one organisation at a time).
    pub paths: Option<&'a SitePaths>,
}

/// One rendered output: its bytes, a document's words without markup (for the search index,
/// which then needs no second reading of the file), and what is worth a warning.
pub struct RenderedOutput {
    pub bytes: Vec<u8>,
    pub text: Option<PlainText>,
    pub warnings: Vec<Diagnostic>,
}

impl PageRenderer<'_> {
    /// Renders one output. `charts` holds the charts of the output's organisation.
    pub fn render(
        &self,
        output: &Output,
        charts: Option<&OrgCharts>,
    ) -> Result<Vec<u8>, Vec<Diagnostic>> {
        self.render_with_text(output, charts)
            .map(|rendered| rendered.bytes)
    }

    /// Renders one output, with a document's words and warnings.
    pub fn render_with_text(
        &self,
        output: &Output,
        charts: Option<&OrgCharts>,
    ) -> Result<RenderedOutput, Vec<Diagnostic>> {
        let site = self.site;
        if let Some(file) = self.file(output, charts) {
            return file.map(|bytes| RenderedOutput {
                bytes,
                text: None,
                warnings: Vec::new(),
            });
        }
        let links = match output.page {
            // Served at any address, it links from the base path; opened from an archive on
            // disk, where it is one file among the others, relatively.
            Page::NotFound if self.archived_on.is_none() => {
                Links::absolute(site.config.base_path(), &site.config.base_url)
            }
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
        let mut document_meta = None;
        let mut text = None;
        let mut warnings = Vec::new();
        let (template, title, description, kind, mut breadcrumbs, draft): PageFrame = match output
            .page
        {
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
                image = term_charts.first().map(|c| Image {
                    url: links.canonical(&Route::chart_png(&org.slug, &c.id)),
                    alt: c.title.clone(),
                });
                context.insert("charts", &term_charts);
                context.insert(
                    "dashboard",
                    &has_dashboard(org, term).then(|| links.to(&Route::dashboard(&org.slug, term))),
                );
                if has_figures(org, term) {
                    let src = links.canonical(&Route::embed(&org.slug, term));
                    context.insert(
                        "embeds",
                        &[EmbedSnippet::new(
                            self.i18n.text("embed_term"),
                            &src,
                            &title,
                            600,
                            links.to(&Route::embed(&org.slug, term)),
                        )],
                    );
                }
                context.insert(
                    "downloads",
                    &has_figures(org, term).then(|| {
                        DataFormat::ALL.map(|format| DownloadLink {
                            format: format.extension(),
                            url: links.to(&Route::term_data(&org.slug, term, format)),
                            file: format!("{}-{term}-chi-tieu.{}", org.slug, format.extension()),
                        })
                    }),
                );
                context.insert("org", &views.org(org));
                context.insert("term", &card);
                let originals: Vec<_> = org
                    .originals_of(term)
                    .map(|o| views.original(org, o))
                    .collect();
                context.insert("originals", &originals);
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
            Page::Redirect { org, doc, .. } => {
                let org = &site.orgs[org];
                let doc = &org.documents[doc];
                let route = Route::document(&org.slug, doc.term, &doc.slug);
                context.insert(
                    "target",
                    &RedirectTarget::new(&links, &doc.front.title, &route),
                );
                self.redirect(doc.front.title.clone())
            }
            Page::Moved { org, old, to } => {
                let org = &site.orgs[org];
                let route = output.route.from_old_slug(&org.old_slugs[old].0, &org.slug);
                let title = self.moved_title(org, to);
                context.insert("target", &RedirectTarget::new(&links, &title, &route));
                self.redirect(title)
            }
            Page::Embed { org, term } => {
                let org = &site.orgs[org];
                let org_charts = charts.expect("organisation outputs render with their charts");
                let display = term.display(&site.config.locale.term_display);
                let mut pinned = BTreeMap::new();
                for (index, indicator) in org.indicators.iter().enumerate() {
                    if let Some(chart) = org_charts.pinned(index, term, &links) {
                        pinned.insert(indicator.id.clone(), chart.map_err(|d| vec![d])?);
                    }
                }
                context.insert("org", &views.org(org));
                context.insert(
                    "term",
                    &views.link(display.clone(), &Route::term(&org.slug, term)),
                );
                context.insert("charts", &pinned);
                context.insert("table", &views.table(org, term, "results", None));
                let title = format!("{} {display} — {}", self.i18n.text("term"), org.name);
                let description = format!("{title} — {}", self.i18n.text("term_description"));
                ("embed.html", title, description, "embed", vec![], false)
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
                image = chart.as_ref().map(|c| Image {
                    url: links.canonical(&Route::chart_png(&org.slug, &c.id)),
                    alt: c.title.clone(),
                });
                context.insert("chart", &chart);
                let embeds: Vec<EmbedSnippet> = org
                    .terms
                    .iter()
                    .map(|t| t.term)
                    .filter(|&t| {
                        has_figures(org, t)
                            && (indicator.targets.iter().any(|target| target.term == t)
                                || indicator.latest_result_in(t).is_some())
                    })
                    .map(|t| {
                        let display = views.term_display(t);
                        let src = format!(
                            "{}#{}",
                            links.canonical(&Route::embed(&org.slug, t)),
                            indicator.id
                        );
                        let label = format!("{} {display}", self.i18n.text("term"));
                        let title = format!("{} — {}, {label}", indicator.name, org.name);
                        let preview =
                            format!("{}#{}", links.to(&Route::embed(&org.slug, t)), indicator.id);
                        EmbedSnippet::new(label, &src, &title, 520, preview)
                    })
                    .collect();
                context.insert("embeds", &embeds);
                // Inside the page (data: addresses): one file less per indicator and format,
                // which on a 10,000-term site is 100,000 files.
                let page = links.canonical(&output.route);
                let selection = Selection::indicator(org, indicator, page);
                context.insert(
                    "downloads",
                    &DataFormat::ALL.map(|format| {
                        DownloadLink::embedded(
                            format,
                            &format!("{}-{}", org.slug, indicator.id),
                            &download(&selection, format, self.i18n),
                        )
                    }),
                );
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
            Page::ChartSvg { .. }
            | Page::ChartPng { .. }
            | Page::TermData { .. }
            | Page::SiteFeed
            | Page::SiteCard
            | Page::Feed { .. }
            | Page::Sitemap
            | Page::SitemapPart { .. }
            | Page::Original { .. }
            | Page::Robots => {
                unreachable!("files other than pages are returned before the page match")
            }
            Page::Document { org, doc } => {
                let org = &site.orgs[org];
                let doc = &org.documents[doc];
                let org_charts = charts.expect("organisation outputs render with their charts");
                let (rendered, link_warnings) =
                    self.document_body(doc, org_charts, &views, &output.route)?;
                warnings = link_warnings;
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
                text = Some(rendered.text);
                let description = doc
                    .front
                    .summary
                    .clone()
                    .unwrap_or_else(|| doc.front.title.clone());
                // Its preview picture: the chart of the first indicator it highlights.
                let image = doc.front.highlight_indicators.iter().find_map(|(id, _)| {
                    let indicator = org.indicator(id).filter(|i| i.chart_kind.is_some())?;
                    Some(Image {
                        url: links.canonical(&Route::chart_png(&org.slug, &indicator.id)),
                        alt: indicator.name.clone(),
                    })
                });
                document_meta = Some(Metadata::document(
                    site,
                    org,
                    doc,
                    &links.canonical(&output.route),
                    &self.i18n.label("doc_types", doc.front.doc_type.code()),
                    image,
                ));
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
        // Pages without a chart of their own are previewed with the site's card.
        let card = || Image {
            url: links.canonical(&Route::site_card()),
            alt: site.config.title.clone(),
        };
        let meta = match document_meta {
            Some(mut meta) => {
                meta.image.get_or_insert_with(card);
                meta
            }
            None if matches!(output.page, Page::NotFound | Page::Embed { .. }) => {
                Metadata::page(site, image)
            }
            None => Metadata::page(site, image.or_else(|| Some(card()))),
        };
        let mut feeds = vec![views.link(site.config.title.clone(), &Route::site_feed())];
        if let Some(org) = output.page.org().map(|o| &site.orgs[o]) {
            feeds.push(views.link(org.name.clone(), &Route::feed(&org.slug)));
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
                meta,
                feeds,
                search: site
                    .config
                    .search
                    .enabled
                    .then(|| links.to(&Route::search())),
                archive: self.archived_on.map(|date| ArchiveView {
                    stamp: self
                        .i18n
                        .text("archived_on")
                        .replace("{date}", &crate::vi::format_date_short(date)),
                    url: links.canonical(&output.route),
                }),
            },
        );
        self.templates
            .render_bytes(template, &context)
            .map(|bytes| RenderedOutput {
                bytes,
                text,
                warnings,
            })
            .map_err(|d| vec![d])
    }

    /// The outputs that are files rather than pages (charts, data, feeds, sitemap…); `None` for
    /// a page.
    fn file(
        &self,
        output: &Output,
        charts: Option<&OrgCharts>,
    ) -> Option<Result<Vec<u8>, Vec<Diagnostic>>> {
        let site = self.site;
        let chart_of = |indicator: usize| {
            charts
                .expect("organisation outputs render with their charts")
                .svg(indicator)
        };
        let file = match output.page {
            Page::ChartSvg { indicator, .. } => match chart_of(indicator) {
                Some(Ok(svg)) => Ok(svg.as_bytes().to_vec()),
                Some(Err(d)) => Err(vec![d]),
                None => Ok(Vec::new()),
            },
            Page::TermData { org, term, format } => {
                let org = &site.orgs[org];
                let page = site.config.base_url.clone() + Route::term(&org.slug, term).as_str();
                Ok(download(
                    &Selection::term(org, term, page),
                    format,
                    self.i18n,
                ))
            }
            Page::SiteFeed => Ok(feeds::atom(site, None, self.i18n)),
            Page::SiteCard => self.site_card(),
            Page::Feed { org } => Ok(feeds::atom(site, Some(&site.orgs[org]), self.i18n)),
            Page::Sitemap => Ok(sitemap::sitemap(site, None)),
            Page::SitemapPart { part } => Ok(sitemap::sitemap(site, Some(part))),
            Page::Robots => Ok(sitemap::robots(site)),
            Page::Original { org, index } => {
                let original = &site.orgs[org].originals[index];
                crate::regular_file::read(&original.path).map_err(|err| {
                    vec![
                        Diagnostic::error(format!("cannot read file: {err}"))
                            .at_path(crate::load::display_path(&site.root, &original.path), 1, 1)
                            .hint("check that the file is still there and that you may read it"),
                    ]
                })
            }
            Page::ChartPng { indicator, .. } => {
                let charts = charts.expect("organisation outputs render with their charts");
                match charts.png(indicator) {
                    Some(Ok(png)) => Ok(png),
                    Some(Err(d)) => Err(vec![d]),
                    None => Ok(Vec::new()),
                }
            }
            _ => return None,
        };
        Some(file)
    }

    /// The site's link-preview card: its title, description and what it holds.
    fn site_card(&self) -> Result<Vec<u8>, Vec<Diagnostic>> {
        let site = self.site;
        let documents: usize = site.orgs.iter().map(|o| o.documents.len()).sum();
        let indicators: usize = site.orgs.iter().map(|o| o.indicators.len()).sum();
        let counts = format!(
            "{} {} · {documents} {} · {indicators} {}",
            site.orgs.len(),
            self.i18n.text("organisation_count"),
            self.i18n.text("document_count"),
            self.i18n.text("indicator_count"),
        );
        let lines = [site.config.description.clone(), counts];
        crate::charts::card::png(&site.config.title, &lines, &GlyphCache::default()).map_err(
            |why| {
                vec![
                    Diagnostic::error(format!("cannot draw the site's preview picture: {why}"))
                        .hint("this is a fault in nhiemky; please report it with config.toml"),
                ]
            },
        )
    }

    /// A redirect page's template, title, description, kind, breadcrumbs and draft flag.
    fn redirect(&self, title: String) -> PageFrame {
        (
            "redirect.html",
            title,
            self.i18n.text("redirect_text"),
            "redirect",
            vec![],
            false,
        )
    }

    /// The title of the page a redirect at an old slug leads to.
    fn moved_title(&self, org: &Org, to: Moved) -> String {
        match to {
            Moved::Org => org.name.clone(),
            Moved::Term(term) | Moved::Dashboard(term) | Moved::Embed(term) => format!(
                "{} {} — {}",
                self.i18n.text("term"),
                term.display(&self.site.config.locale.term_display),
                org.name
            ),
            Moved::Document(doc) => org.documents[doc].front.title.clone(),
            Moved::Indicator(indicator) => org.indicators[indicator].name.clone(),
        }
    }

    /// Reads the document again and renders its Markdown with the page's shortcodes; warns of
    /// relative links that lead nowhere.
    pub fn document_body(
        &self,
        doc: &Document,
        charts: &OrgCharts,
        views: &Views,
        page: &Route,
    ) -> Result<(Rendered, Vec<Diagnostic>), Vec<Diagnostic>> {
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
        };
        let raw_html = match self.site.config.safe_html {
            true => RawHtml::Sanitised,
            false => RawHtml::Trusted,
        };
        let rendered = markdown::render(&file, split.body, &shortcodes, raw_html, &mut diagnostics);
        if diagnostics.iter().any(Diagnostic::is_error) {
            return Err(diagnostics);
        }
        if let Some(paths) = self.paths {
            diagnostics.extend(paths.check(page, &rendered.links, &file));
        }
        Ok((rendered, diagnostics))
    }
}

fn download(selection: &Selection, format: DataFormat, i18n: &I18n) -> Vec<u8> {
    match format {
        DataFormat::Csv => selection.csv(i18n),
        DataFormat::Json => selection.json(),
    }
}

/// Where a redirect page sends the reader.
#[derive(Serialize)]
struct RedirectTarget {
    title: String,
    /// Relative, for the refresh and the link (works from disk).
    url: String,
    /// Absolute, for `rel=canonical`.
    canonical: String,
}

impl RedirectTarget {
    fn new(links: &Links, title: &str, route: &Route) -> RedirectTarget {
        RedirectTarget {
            title: title.to_owned(),
            url: links.to(route),
            canonical: links.canonical(route),
        }
    }
}

/// A copyable `<iframe>` for another site's article, shown under a label (the term).
#[derive(Serialize)]
struct EmbedSnippet {
    label: String,
    code: String,
    /// The frame's page, to look at before copying.
    preview: String,
}

impl EmbedSnippet {
    fn new(label: String, src: &str, title: &str, height: u32, preview: String) -> EmbedSnippet {
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
