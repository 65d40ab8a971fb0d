//! Outputs that are files, not pages: charts, downloads, feeds, the sitemap, robots.txt,
//! originals and the site's card.

use super::PageRenderer;
use crate::charts::GlyphCache;
use crate::diagnostics::Diagnostic;
use crate::i18n::I18n;
use crate::messages::io_error;
use crate::msg;
use crate::plan::DataFormat;
use crate::plan::route::Route;
use crate::plan::{Output, Page};
use crate::render::charts::OrgCharts;
use crate::render::data_export::Selection;
use crate::render::{feeds, sitemap};

impl PageRenderer<'_> {
    /// The outputs that are files rather than pages (charts, data, feeds, sitemap…); `None` for
    /// a page.
    pub(super) fn file(
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
                        Diagnostic::error(msg!("render-original-unreadable", why = io_error(&err)))
                            .at_path(crate::load::display_path(&site.root, &original.path), 1, 1)
                            .hint(msg!("render-original-unreadable-hint")),
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
                    Diagnostic::error(msg!("render-card-failed", detail = why))
                        .hint(msg!("render-card-failed-hint")),
                ]
            },
        )
    }
}

pub(super) fn download(selection: &Selection, format: DataFormat, i18n: &I18n) -> Vec<u8> {
    match format {
        DataFormat::Csv => selection.csv(i18n),
        DataFormat::Json => selection.json(),
    }
}
