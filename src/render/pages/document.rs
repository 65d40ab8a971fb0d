//! A document's page, and its body: the Markdown with its shortcodes and its links checked.

use super::{Filling, PageFrame, PageRenderer};
use crate::diagnostics::Diagnostic;
use crate::diagnostics::source::SourceFile;
use crate::load::front_matter::split;
use crate::markdown::{self, RawHtml, Rendered};
use crate::model::document::{Document, Status};
use crate::plan::Output;
use crate::plan::route::Route;
use crate::render::charts::OrgCharts;
use crate::render::metadata::{Image, Metadata};
use crate::render::shortcodes::PageShortcodes;
use crate::render::views::Views;

impl PageRenderer<'_> {
    /// A document's page: its Markdown rendered with its shortcodes, its heading and metadata.
    pub(super) fn document_page(
        &self,
        f: &mut Filling,
        output: &Output,
        org: usize,
        doc: usize,
        charts: Option<&OrgCharts>,
    ) -> Result<PageFrame, Vec<Diagnostic>> {
        let site = self.site;
        let org = &site.orgs[org];
        let doc = &org.documents[doc];
        let org_charts = charts.expect("organisation outputs render with their charts");
        let (rendered, link_warnings) =
            self.document_body(doc, org_charts, f.views, &output.route)?;
        f.warnings = link_warnings;
        f.context.insert("org", &f.views.org(org));
        f.context.insert(
            "term",
            &f.views.link(
                f.views.term_display(doc.term),
                &Route::term(&org.slug, doc.term),
            ),
        );
        f.context.insert("document", &f.views.document(org, doc));
        f.context.insert("content", &rendered.html);
        f.context.insert("toc", &rendered.toc);
        f.text = Some(rendered.text);
        let description = doc
            .front
            .summary
            .clone()
            .unwrap_or_else(|| doc.front.title.clone());
        // Its preview picture: the chart of the first indicator it highlights.
        let image = doc.front.highlight_indicators.iter().find_map(|(id, _)| {
            let indicator = org.indicator(id).filter(|i| i.chart_kind.is_some())?;
            Some(Image {
                url: f
                    .links
                    .canonical(&Route::chart_png(&org.slug, &indicator.id)),
                alt: indicator.name.clone(),
            })
        });
        f.document_meta = Some(Metadata::document(
            site,
            org,
            doc,
            &f.links.canonical(&output.route),
            &self.i18n.label("doc_types", doc.front.doc_type.code()),
            image,
        ));
        Ok((
            "document.html",
            doc.front.title.clone(),
            description,
            "document",
            vec![
                f.home.clone(),
                f.views.link(org.name.clone(), &Route::org(&org.slug)),
                f.views.link(
                    f.views.term_display(doc.term),
                    &Route::term(&org.slug, doc.term),
                ),
            ],
            doc.front.status == Status::Draft,
        ))
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
