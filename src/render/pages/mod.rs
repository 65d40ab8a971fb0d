//! Renders one planned page: builds its views, then lays them out with its template.

mod document;
mod files;
mod indicator;
mod org;
mod site;

use crate::diagnostics::Diagnostic;
use crate::i18n::I18n;
use crate::markdown::plain::PlainText;
use crate::model::Site;
use crate::plan::route::Route;
use crate::plan::{Output, Page};
use crate::render::charts::OrgCharts;
use crate::render::links::Links;
use crate::render::metadata::{Image, Metadata};
use crate::render::site_paths::SitePaths;
use crate::render::templates::Templates;
use crate::render::views::{LinkView, Views};
use jiff::civil::Date;
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

/// What a page's kind fills in besides its frame: its template's values, and what the frame
/// then needs of it (a preview picture, a document's metadata, its words, its warnings).
struct Filling<'p> {
    views: &'p Views<'p>,
    links: &'p Links,
    /// The link to the home page, the first breadcrumb of most pages.
    home: LinkView,
    context: Context,
    image: Option<Image>,
    document_meta: Option<Metadata>,
    text: Option<PlainText>,
    warnings: Vec<Diagnostic>,
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
        let home = views.link(self.i18n.text("home"), &Route::home());
        let mut f = Filling {
            views: &views,
            links: &links,
            home,
            context: Context::new(),
            image: None,
            document_meta: None,
            text: None,
            warnings: Vec::new(),
        };
        let (template, title, description, kind, mut breadcrumbs, draft) = match output.page {
            Page::Home => self.home_page(&mut f)?,
            Page::NotFound => self.not_found_page(&mut f)?,
            Page::Search => self.search_page(&mut f)?,
            Page::Org { org } => self.org_page(&mut f, org)?,
            Page::Term { org, term } => self.term_page(&mut f, org, term, charts)?,
            Page::Redirect { org, doc, .. } => self.redirect_page(&mut f, org, doc)?,
            Page::Moved { org, old, to } => self.moved_page(&mut f, output, org, old, to)?,
            Page::Embed { org, term } => self.embed_page(&mut f, org, term, charts)?,
            Page::Dashboard { org, term } => self.dashboard_page(&mut f, org, term, charts)?,
            Page::Indicator {
                org,
                indicator: index,
            } => self.indicator_page(&mut f, output, org, index, charts)?,
            Page::Document { org, doc } => self.document_page(&mut f, output, org, doc, charts)?,
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
        };
        let Filling {
            mut context,
            image,
            document_meta,
            text,
            warnings,
            ..
        } = f;
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
}
