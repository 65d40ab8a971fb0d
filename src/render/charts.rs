//! The charts of one organisation while its pages render: each drawn once (SVG) and shared by
//! the indicator page, the term pages, the shortcodes and the standalone file.

use crate::charts::{self, Chart, GlyphCache, Words};
use crate::diagnostics::Diagnostic;
use crate::model::Site;
use crate::model::chart_kind::Kind;
use crate::model::org::Org;
use crate::model::term::Term;
use crate::msg;
use crate::plan::route::Route;
use crate::render::links::Links;
use serde::Serialize;
use std::sync::OnceLock;

/// A chart as templates receive it.
#[derive(Debug, Serialize)]
pub struct ChartView {
    pub id: String,
    pub title: String,
    /// The indicator's page.
    pub url: String,
    pub kind: &'static str,
    /// The inline SVG (trusted markup made by nhiemky).
    pub svg: String,
    pub svg_url: String,
    pub png_url: String,
    pub summary: String,
    /// The data beside the chart: period, value as stated, note.
    pub rows: Vec<[String; 3]>,
}

pub struct OrgCharts<'a> {
    pub org: &'a Org,
    site: &'a Site,
    words: &'a Words,
    svgs: Vec<OnceLock<Result<String, String>>>,
    /// Glyphs rasterised for PNGs, shared by the whole build.
    glyphs: &'a GlyphCache,
}

impl<'a> OrgCharts<'a> {
    pub fn new(site: &'a Site, org: &'a Org, words: &'a Words, glyphs: &'a GlyphCache) -> Self {
        OrgCharts {
            org,
            site,
            words,
            svgs: (0..org.indicators.len()).map(|_| OnceLock::new()).collect(),
            glyphs,
        }
    }

    fn context(&self) -> charts::Context<'_> {
        charts::Context {
            org: self.org,
            term_pattern: &self.site.config.locale.term_display,
            words: self.words,
            pad_small_counts: self.site.config.locale.pad_small_counts,
        }
    }

    /// The chart of indicator `index` of its preferred kind, or of `kind` if the data allows it.
    pub fn spec(&self, index: usize, kind: Option<Kind>) -> Option<Chart> {
        let indicator = &self.org.indicators[index];
        let kind = kind.or(indicator.chart_kind)?;
        Some(charts::build(indicator, kind, &self.context()))
    }

    /// The SVG of indicator `index`, drawn on first use.
    pub fn svg(&self, index: usize) -> Option<Result<&str, Diagnostic>> {
        self.org.indicators[index].chart_kind?;
        let drawn = self.svgs[index].get_or_init(|| {
            let chart = self
                .spec(index, None)
                .expect("the indicator has a chart kind");
            charts::svg(&chart, self.words)
        });
        Some(drawn.as_deref().map_err(|e| self.failure(index, e)))
    }

    pub fn png(&self, index: usize) -> Option<Result<Vec<u8>, Diagnostic>> {
        let chart = self.spec(index, None)?;
        Some(charts::png(&chart, self.words, self.glyphs).map_err(|e| self.failure(index, &e)))
    }

    fn failure(&self, index: usize, error: &str) -> Diagnostic {
        let indicator = &self.org.indicators[index];
        Diagnostic::error(msg!(
            "render-chart-failed",
            id = &indicator.id,
            detail = error
        ))
        .at_origin(&indicator.origin, &self.site.root)
        .hint(msg!("render-chart-failed-hint"))
    }

    /// The view of indicator `index`'s chart, `None` when it has none.
    pub fn view(&self, index: usize, links: &Links) -> Option<Result<ChartView, Diagnostic>> {
        let svg = match self.svg(index)? {
            Ok(svg) => svg.to_owned(),
            Err(d) => return Some(Err(d)),
        };
        let chart = self.spec(index, None)?;
        Some(Ok(self.view_of(chart, svg, links)))
    }

    /// The chart of indicator `index` as it stood at the end of `term` (for embeds in
    /// articles of that time, which must not change when later terms are added).
    pub fn pinned(
        &self,
        index: usize,
        term: Term,
        links: &Links,
    ) -> Option<Result<ChartView, Diagnostic>> {
        let indicator = &self.org.indicators[index];
        let kind = indicator.chart_kind?;
        let Some(pinned) = indicator.until(term) else {
            return self.view(index, links);
        };
        let chart = charts::build(&pinned, kind, &self.context());
        Some(
            charts::svg(&chart, self.words)
                .map(|svg| self.view_of(chart, svg, links))
                .map_err(|e| self.failure(index, &e)),
        )
    }

    /// A chart of another kind than the indicator's own (the `kind` argument of a shortcode).
    pub fn view_of_kind(
        &self,
        index: usize,
        kind: Kind,
        links: &Links,
    ) -> Result<ChartView, Diagnostic> {
        let chart = self.spec(index, Some(kind)).expect("a kind was given");
        let svg = charts::svg(&chart, self.words).map_err(|e| self.failure(index, &e))?;
        Ok(self.view_of(chart, svg, links))
    }

    fn view_of(&self, chart: Chart, svg: String, links: &Links) -> ChartView {
        let slug = &self.org.slug;
        ChartView {
            url: links.to(&Route::indicator(slug, &chart.id)),
            svg_url: links.to(&Route::chart_svg(slug, &chart.id)),
            png_url: links.to(&Route::chart_png(slug, &chart.id)),
            kind: chart.kind.code(),
            id: chart.id,
            title: chart.title,
            svg,
            summary: chart.summary,
            rows: chart.rows,
        }
    }

    /// The small multiples of a term's dashboard: the reviewed term's result beside the term's target.
    pub fn dashboard(&self, term: Term, links: &Links) -> Result<Vec<ChartView>, Diagnostic> {
        let reviewed = Term {
            start: term.start - Term::LENGTH,
            end: term.start,
        };
        let reviewed = self.org.term(reviewed).map(|t| t.term);
        let mut cells = Vec::new();
        for (index, indicator) in self.org.indicators.iter().enumerate() {
            if indicator.chart_kind.is_none() {
                continue;
            }
            let Some(chart) = charts::dashboard_cell(indicator, reviewed, term, &self.context())
            else {
                continue;
            };
            let svg = charts::svg(&chart, self.words).map_err(|e| self.failure(index, &e))?;
            cells.push(self.view_of(chart, svg, links));
        }
        Ok(cells)
    }

    /// Charts of the indicators a term page lists, in its table's order.
    pub fn for_term(&self, term: Term, links: &Links) -> Result<Vec<ChartView>, Diagnostic> {
        let mut views = Vec::new();
        for (index, indicator) in self.org.indicators.iter().enumerate() {
            let relevant = self.org.has_figures_in(indicator, term);
            if relevant && let Some(view) = self.view(index, links) {
                views.push(view?);
            }
        }
        Ok(views)
    }
}
