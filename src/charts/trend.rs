//! Trend: values over time. A line joins two points only when no period lies between them;
//! targets are drawn as a floor line (or a band) over their term, up to their deadline.

use crate::charts::backend::ChartBackend;
use crate::charts::canvas::{
    Anchor, Canvas, Look, MARGIN, Result, draw_header, draw_legend, header_height, legend_height,
    right,
};
use crate::charts::font;
use crate::charts::palette;
use crate::charts::spec::{Bound, Chart, Point, Trend, Words};
use plotters::style::RGBColor;

const PLOT_HEIGHT: i32 = 190;
const LEFT: i32 = 60;
/// Past this many points, a trend labels only its judged results.
const MOST_VALUE_LABELS: usize = 50;

struct Frame {
    left: i32,
    right: i32,
    top: i32,
    bottom: i32,
}

fn frame(chart: &Chart) -> Frame {
    // Room above the 100% line for a value's label and its lower-bound mark.
    let top = header_height(chart) + 36;
    Frame {
        left: LEFT,
        right: right(chart) - 8,
        top,
        bottom: top + PLOT_HEIGHT,
    }
}

pub fn height(chart: &Chart, words: &Words) -> i32 {
    frame(chart).bottom + 30 + legend_height(chart, words) + 8
}

pub fn draw<DB: ChartBackend>(
    canvas: &Canvas<DB>,
    chart: &Chart,
    trend: &Trend,
    words: &Words,
) -> Result {
    draw_header(canvas, chart)?;
    let f = frame(chart);
    let scale = &chart.scale;
    let y_of = |v: f64| f.bottom - ((v / scale.max) * f64::from(f.bottom - f.top)).round() as i32;
    let span = (trend.x_max - trend.x_min).max(1.0);
    let x_of =
        |x: f64| f.left + (((x - trend.x_min) / span) * f64::from(f.right - f.left)).round() as i32;

    for tick in scale.ticks() {
        let y = y_of(tick);
        canvas.line(&[(f.left, y), (f.right, y)], palette::GRID, 1, false)?;
        canvas.text(
            &scale.tick(tick),
            (f.left - 8, y - 7),
            Look::regular(12.0, palette::MUTED),
            Anchor::Right,
        )?;
    }
    canvas.line(
        &[(f.left, f.bottom), (f.right, f.bottom)],
        palette::MUTED,
        1,
        false,
    )?;

    for target in &trend.targets {
        let (x0, x1) = (x_of(target.from_x), x_of(target.to_x));
        let edge = |y: i32| {
            if target.derived {
                canvas.dotted(&[(x0, y), (x1, y)], palette::TARGET)
            } else {
                canvas.line(&[(x0, y), (x1, y)], palette::TARGET, 2, true)
            }
        };
        if let Some(high) = target.high {
            canvas.rect(
                (x0, y_of(high)),
                (x1, y_of(target.low)),
                palette::TARGET_BAND,
            )?;
            edge(y_of(high))?;
        }
        edge(y_of(target.low))?;
    }

    let at: Vec<(i32, i32)> = trend
        .points
        .iter()
        .map(|p| (x_of(p.x), y_of(p.y)))
        .collect();
    for (n, p) in trend.points.iter().enumerate().skip(1) {
        if p.joined {
            let dashed = p.derived || trend.points[n - 1].derived;
            canvas.line(&[at[n - 1], at[n]], palette::RESULT, 2, dashed)?;
        }
    }
    // Labels go where they cover no marker, line or other label: the targets' captions first
    // (long, with few places to go), then the values, which may move around their point.
    let mut taken = Taken {
        boxes: Vec::new(),
        top: header_height(chart),
        bottom: f.bottom - 1,
    };
    for (p, &(x, y)) in trend.points.iter().zip(&at) {
        taken.boxes.push(Rect::around((x, y), 9));
        if p.bound == Bound::Lower {
            taken.boxes.push(Rect::new((x - 6, y - 22), (x + 6, y)));
        }
    }
    for (n, p) in trend.points.iter().enumerate().skip(1) {
        if p.joined {
            taken.cover_line(at[n - 1], at[n]);
        }
    }
    for target in &trend.targets {
        let (x0, x1) = (x_of(target.from_x), x_of(target.to_x));
        for edge in target.high.iter().chain([&target.low]) {
            let y = y_of(*edge);
            taken.boxes.push(Rect::new((x0, y - 2), (x1, y + 2)));
        }
    }
    for target in &trend.targets {
        let span = (x_of(target.from_x), x_of(target.to_x).min(f.right));
        target_label(
            canvas,
            chart,
            &mut taken,
            &target.label,
            span,
            y_of(target.low),
        )?;
    }
    // A long series has no room for a label per point (and placing each against all the others
    // grows with the square of their number): only the results judged against a target keep theirs.
    let crowded = trend.points.len() > MOST_VALUE_LABELS;
    for (p, &at) in trend.points.iter().zip(&at) {
        let colour = p.verdict.map_or(palette::RESULT, palette::verdict);
        marker(canvas, p, at, colour)?;
        if !crowded || p.verdict.is_some() {
            value_label(canvas, chart, &mut taken, p, at, colour, words)?;
        }
    }
    axis_labels(canvas, trend, &at, f.bottom)?;
    draw_legend(canvas, chart, words, f.bottom + 30)
}

fn marker<DB: ChartBackend>(
    canvas: &Canvas<DB>,
    p: &Point,
    at: (i32, i32),
    colour: RGBColor,
) -> Result {
    if p.baseline {
        canvas.diamond(at, colour)?;
    } else {
        canvas.dot(at, 5, colour, !p.derived)?;
    }
    match p.bound {
        Bound::Lower => canvas.bound_mark(at, colour),
        Bound::About => canvas.approx_mark(at, colour),
        _ => Ok(()),
    }
}

/// The target's caption, under its line at its start if free, else at its end or middle,
/// else above the line, else further away.
fn target_label<DB: ChartBackend>(
    canvas: &Canvas<DB>,
    chart: &Chart,
    taken: &mut Taken,
    label: &str,
    (x0, x1): (i32, i32),
    y: i32,
) -> Result {
    let width = font::text_width(label, 12.0, false).ceil() as i32;
    // A label wider than the chart starts at the margin and runs past the right edge.
    let inside = |left: i32| left.clamp(MARGIN, (right(chart) - width).max(MARGIN));
    let columns = [x0 + 4, x1 - 4 - width, (x0 + x1 - width) / 2].map(inside);
    let rows = [y + 3, y - 18, y + 21, y - 36];
    let candidates: Vec<(i32, i32)> = rows
        .iter()
        .flat_map(|&top| columns.iter().map(move |&left| (left, top)))
        .collect();
    let at = taken.place(width, 15, &candidates);
    canvas.text(
        label,
        at,
        Look::regular(12.0, palette::TARGET),
        Anchor::Left,
    )
}

/// The value as stated and its verdict ("58,6% · Vượt"): centred above the point if free,
/// else below, else further out, else beside it.
fn value_label<DB: ChartBackend>(
    canvas: &Canvas<DB>,
    chart: &Chart,
    taken: &mut Taken,
    p: &Point,
    (x, y): (i32, i32),
    colour: RGBColor,
    words: &Words,
) -> Result {
    let verdict = p
        .verdict
        .map(|v| format!("· {}", words.verdict(v)))
        .unwrap_or_default();
    // SVG drops leading spaces in text, so the gap before "· Vượt" is measured, not typed.
    let gap = if verdict.is_empty() {
        0.0
    } else {
        font::text_width(" ", 13.0, true)
    };
    let value_width = font::text_width(&p.label, 13.0, true) + gap;
    let width = (value_width + font::text_width(&verdict, 13.0, true)).ceil() as i32;
    let clamp = |left: i32| left.clamp(MARGIN, (right(chart) - width).max(MARGIN));
    let above = y - if p.bound == Bound::Lower { 41 } else { 28 };
    let below = y + 11;
    let rows = [above, below, above - 18, below + 18, above - 36, below + 36];
    let columns = [x - width / 2, x - 10 - width, x + 10];
    let candidates: Vec<(i32, i32)> = columns
        .iter()
        .flat_map(|&left| rows.iter().map(move |&top| (clamp(left), top)))
        .collect();
    let (left, top) = taken.place(width, 17, &candidates);
    let look = Look::bold(13.0, palette::INK);
    canvas.text(&p.label, (left, top), look, Anchor::Left)?;
    if p.verdict.is_some() {
        let after = left + value_width.round() as i32;
        canvas.text(
            &verdict,
            (after, top),
            Look { colour, ..look },
            Anchor::Left,
        )?;
    }
    Ok(())
}

/// The periods under the axis, each skipped when it would overlap the one before.
fn axis_labels<DB: ChartBackend>(
    canvas: &Canvas<DB>,
    trend: &Trend,
    at: &[(i32, i32)],
    bottom: i32,
) -> Result {
    let mut last_end = i32::MIN;
    for (p, &(x, _)) in trend.points.iter().zip(at) {
        let width = font::text_width(&p.x_label, 12.0, false) as i32;
        if x - width / 2 > last_end + 4 {
            canvas.text(
                &p.x_label,
                (x, bottom + 6),
                Look::regular(12.0, palette::MUTED),
                Anchor::Center,
            )?;
            last_end = x + width / 2;
        }
    }
    Ok(())
}

/// A rectangle of the drawing: left, top, right, bottom.
#[derive(Clone, Copy)]
struct Rect(i32, i32, i32, i32);

impl Rect {
    fn new((left, top): (i32, i32), (right, bottom): (i32, i32)) -> Rect {
        Rect(left, top, right, bottom)
    }

    fn around((x, y): (i32, i32), radius: i32) -> Rect {
        Rect(x - radius, y - radius, x + radius, y + radius)
    }

    fn overlaps(&self, other: &Rect) -> bool {
        self.0 < other.2 && other.0 < self.2 && self.1 < other.3 && other.1 < self.3
    }
}

/// What the labels placed so far cover, and the band they must stay in.
struct Taken {
    boxes: Vec<Rect>,
    top: i32,
    bottom: i32,
}

impl Taken {
    /// Covers a drawn line with small boxes along it (its bounding box would block labels
    /// from the whole area a slanted line crosses).
    fn cover_line(&mut self, (x0, y0): (i32, i32), (x1, y1): (i32, i32)) {
        let steps = ((x1 - x0).abs().max((y1 - y0).abs()) / 4).max(1);
        for i in 0..=steps {
            let x = x0 + (x1 - x0) * i / steps;
            let y = y0 + (y1 - y0) * i / steps;
            self.boxes.push(Rect::around((x, y), 2));
        }
    }

    /// The first of `candidates` (top-left corners) where a `width` × `height` label is free
    /// and inside the band, else the first; the chosen box is taken.
    fn place(&mut self, width: i32, height: i32, candidates: &[(i32, i32)]) -> (i32, i32) {
        let fits = |&(x, y): &(i32, i32)| {
            let candidate = Rect(x, y, x + width, y + height);
            y >= self.top
                && y + height <= self.bottom
                && !self.boxes.iter().any(|b| b.overlaps(&candidate))
        };
        let (x, y) = candidates
            .iter()
            .copied()
            .find(fits)
            .unwrap_or(candidates[0]);
        self.boxes.push(Rect(x, y, x + width, y + height));
        (x, y)
    }
}
