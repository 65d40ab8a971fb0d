//! Charts of indicators, drawn with plotters at build time: SVG to inline in pages (readable
//! with JavaScript off) and to publish as files, PNG for social previews. The same drawing code
//! serves both backends, so the two always agree.

mod backend;
mod breakdown;
pub mod canvas;
pub mod card;
mod change;
pub mod font;
mod glyphs;
mod indexed;
pub mod palette;
mod progress;
pub mod shifts;
pub mod spec;
mod svg_backend;
mod trend;

use crate::html;
use crate::i18n::I18n;
use canvas::Canvas;
pub use glyphs::GlyphCache;
use plotters::prelude::*;
pub use spec::{Chart, Context, Words, build, choose_kind, dashboard_cell};

impl Words {
    /// The chart words of the theme's interface strings.
    pub fn from_i18n(i18n: &I18n) -> Words {
        let verdict = |code| i18n.label("verdicts", code);
        Words {
            result: i18n.text("chart_result"),
            derived: i18n.text("chart_derived"),
            baseline: i18n.text("chart_baseline"),
            lower_bound: i18n.text("chart_lower_bound"),
            approximate: i18n.text("chart_approximate"),
            target: i18n.text("chart_target"),
            derived_target: i18n.text("chart_derived_target"),
            derived_short: i18n.text("derived"),
            ambiguous: i18n.text("chart_ambiguous"),
            ambiguous_short: i18n.text("ambiguous"),
            no_result: i18n.text("chart_no_result"),
            unclassified: i18n.text("chart_unclassified"),
            parts_note: i18n.text("chart_parts_note"),
            term: i18n.text("term"),
            since: i18n.text("since"),
            period_unstated: i18n.text("period_unstated"),
            verdict: i18n.text("col_verdict"),
            verdicts: [
                verdict("vuot"),
                verdict("dat"),
                verdict("chua-dat"),
                verdict("chua-du-du-lieu"),
            ],
        }
    }
}

fn height(chart: &Chart, words: &Words) -> u32 {
    let h = match &chart.body {
        spec::Body::Trend(_) => trend::height(chart, words),
        spec::Body::Progress(bullets) => progress::height(chart, bullets, words),
        spec::Body::Breakdown(stacks) => breakdown::height(chart, stacks),
        spec::Body::Changes(shifts) => change::height(chart, shifts, words),
    };
    h.max(120) as u32
}

fn draw<DB: backend::ChartBackend>(
    area: &DrawingArea<DB, plotters::coord::Shift>,
    chart: &Chart,
    words: &Words,
) -> Result<(), String> {
    area.fill(&palette::BACKGROUND).map_err(|e| e.to_string())?;
    let canvas = Canvas::new(area);
    match &chart.body {
        spec::Body::Trend(t) => trend::draw(&canvas, chart, t, words)?,
        spec::Body::Progress(bullets) => progress::draw(&canvas, chart, bullets, words)?,
        spec::Body::Breakdown(stacks) => breakdown::draw(&canvas, chart, stacks, words)?,
        spec::Body::Changes(shifts) => change::draw(&canvas, chart, shifts, words)?,
    }
    area.present().map_err(|e| e.to_string())
}

/// The chart as an SVG document: `role="img"`, a `<title>` and a `<desc>` that states the values.
/// The font stack is said once, on the root, and inherited by every text.
pub fn svg(chart: &Chart, words: &Words) -> Result<String, String> {
    let (w, h) = (chart.width, height(chart, words));
    let mut out = String::with_capacity(4 * 1024);
    out.push_str(&format!(
        "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 {w} {h}\" width=\"{w}\" height=\"{h}\" role=\"img\" class=\"chart chart-{}\" font-family=\"{}\"><title>{}</title><desc>{}</desc>",
        chart.kind.code(),
        font::FAMILY,
        html::escape(&chart.title),
        html::escape(&chart.summary),
    ));
    draw(
        &svg_backend::SvgBackend::new(&mut out, (w, h)).into_drawing_area(),
        chart,
        words,
    )?;
    out.push_str("</svg>");
    Ok(out)
}

/// The chart as a PNG, rasterised with the bundled font (same picture on every machine).
/// `glyphs` keeps rasterised glyphs for the next chart.
pub fn png(chart: &Chart, words: &Words, glyphs: &GlyphCache) -> Result<Vec<u8>, String> {
    let mut picture = indexed::Indexed::new(chart.width, height(chart, words));
    draw(
        &indexed::IndexedBackend::new(&mut picture, glyphs).into_drawing_area(),
        chart,
        words,
    )?;
    picture.encode()
}
