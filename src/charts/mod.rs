//! Charts of indicators, drawn with plotters at build time: SVG to inline in pages (readable
//! with JavaScript off) and to publish as files, PNG for social previews. The same drawing code
//! serves both backends, so the two always agree.

mod breakdown;
pub mod canvas;
pub mod font;
mod indexed;
pub mod palette;
mod progress;
pub mod spec;
mod trend;

use crate::render::i18n::I18n;
use canvas::Canvas;
use plotters::prelude::*;
pub use spec::{Chart, Context, Kind, Words, build, choose_kind, dashboard_cell};

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
    };
    h.max(120) as u32
}

fn draw<DB: DrawingBackend>(
    area: &DrawingArea<DB, plotters::coord::Shift>,
    chart: &Chart,
    words: &Words,
    svg: bool,
    glyphs: &mut font::GlyphCache,
) -> Result<(), String> {
    if svg {
        area.fill(&palette::BACKGROUND).map_err(|e| e.to_string())?;
    }
    let canvas = Canvas::new(area, svg, glyphs);
    match &chart.body {
        spec::Body::Trend(t) => trend::draw(&canvas, chart, t, words)?,
        spec::Body::Progress(bullets) => progress::draw(&canvas, chart, bullets, words)?,
        spec::Body::Breakdown(stacks) => breakdown::draw(&canvas, chart, stacks, words)?,
    }
    area.present().map_err(|e| e.to_string())
}

/// The chart as an SVG document: `role="img"`, a `<title>` and a `<desc>` that states the values.
pub fn svg(chart: &Chart, words: &Words) -> Result<String, String> {
    font::register();
    let size = (chart.width, height(chart, words));
    let mut out = String::with_capacity(8 * 1024);
    draw(
        &SVGBackend::with_string(&mut out, size).into_drawing_area(),
        chart,
        words,
        true,
        &mut font::GlyphCache::default(),
    )?;
    Ok(accessible(&out, chart, size))
}

/// Gives plotters' SVG its accessible name and description, and drops attributes that only
/// repeat defaults (a site has tens of thousands of these).
fn accessible(svg: &str, chart: &Chart, (w, h): (u32, u32)) -> String {
    let body = match svg.find('>') {
        Some(end) if svg.starts_with("<svg") => &svg[end + 1..],
        _ => svg,
    };
    // The font stack is said once, on the root, and inherited by every text.
    let family = format!(" font-family=\"{}\"", font::FAMILY);
    let body = round_font_sizes(&body.replace(" opacity=\"1\"", "").replace(&family, ""));
    format!(
        "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 {w} {h}\" width=\"{w}\" height=\"{h}\" role=\"img\" class=\"chart chart-{}\"{family}><title>{}</title><desc>{}</desc>{}",
        chart.kind.code(),
        xml_escape(&chart.title),
        xml_escape(&chart.summary),
        body.trim_start()
    )
}

/// plotters writes sizes like `font-size="15.000000000000002"` (its 1/1.24 scaling); two
/// decimals are plenty.
fn round_font_sizes(svg: &str) -> String {
    const KEY: &str = "font-size=\"";
    let mut out = String::with_capacity(svg.len());
    let mut rest = svg;
    while let Some(at) = rest.find(KEY) {
        let (before, after) = rest.split_at(at + KEY.len());
        out.push_str(before);
        let end = after.find('"').unwrap_or(after.len());
        match after[..end].parse::<f64>() {
            Ok(size) => out.push_str(&format!("{}", (size * 100.0).round() / 100.0)),
            Err(_) => out.push_str(&after[..end]),
        }
        rest = &after[end..];
    }
    out.push_str(rest);
    out
}

fn xml_escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            c => out.push(c),
        }
    }
    out
}

/// The chart as a PNG, rasterised with the bundled font (same picture on every machine).
/// `glyphs` keeps rasterised glyphs for the next chart.
pub fn png(chart: &Chart, words: &Words, glyphs: &mut font::GlyphCache) -> Result<Vec<u8>, String> {
    font::register();
    let mut picture = indexed::Indexed::new(chart.width, height(chart, words));
    draw(
        &indexed::IndexedBackend::new(&mut picture).into_drawing_area(),
        chart,
        words,
        false,
        glyphs,
    )?;
    picture.encode()
}
