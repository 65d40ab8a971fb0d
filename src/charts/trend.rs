//! Trend: values over time. A line joins two points only when no period lies between them;
//! targets are drawn as a floor line (or a band) over their term, up to their deadline.

use crate::charts::backend::ChartBackend;
use crate::charts::canvas::{
    Anchor, Canvas, Look, MARGIN, Result, draw_header, draw_legend, header_height, legend_height,
    right,
};
use crate::charts::font;
use crate::charts::palette;
use crate::charts::spec::{Bound, Chart, Trend, Words};

const PLOT_HEIGHT: i32 = 190;
const LEFT: i32 = 60;

struct Frame {
    left: i32,
    right: i32,
    top: i32,
    bottom: i32,
}

fn frame(chart: &Chart) -> Frame {
    let top = header_height(chart) + 28;
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
            Look {
                px: 12.0,
                colour: palette::MUTED,
                bold: false,
            },
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
    // Labels are placed where they cover no marker and no other label: the values first,
    // then the targets' captions.
    let mut taken = Taken {
        boxes: at.iter().map(|&(x, y)| Rect::around((x, y), 9)).collect(),
        top: header_height(chart),
        bottom: f.bottom - 1,
    };
    for target in &trend.targets {
        let (x0, x1) = (x_of(target.from_x), x_of(target.to_x));
        for edge in target.high.iter().chain([&target.low]) {
            let y = y_of(*edge);
            taken.boxes.push(Rect::new((x0, y - 2), (x1, y + 2)));
        }
    }
    let mut last_axis_end = i32::MIN;
    for (p, &(x, y)) in trend.points.iter().zip(&at) {
        let colour = p.verdict.map_or(palette::RESULT, palette::verdict);
        if p.baseline {
            canvas.diamond((x, y), colour)?;
        } else {
            canvas.dot((x, y), 5, colour, !p.derived)?;
        }
        match p.bound {
            Bound::Lower => {
                canvas.bound_mark((x, y), colour)?;
                taken.boxes.push(Rect::new((x - 6, y - 22), (x + 6, y)));
            }
            Bound::About => canvas.approx_mark((x, y), colour)?,
            _ => {}
        }
        // The value as stated, above the point (below it when that is taken).
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
        let label_width =
            (font::text_width(&p.label, 13.0, true) + gap + font::text_width(&verdict, 13.0, true))
                .ceil() as i32;
        let left = (x - label_width / 2).clamp(MARGIN, right(chart) - label_width);
        let above = y - if p.bound == Bound::Lower { 41 } else { 28 };
        let below = y + 11;
        let (left, label_y) = taken.place(
            label_width,
            17,
            &[
                (left, above),
                (left, below),
                (left, above - 18),
                (left, below + 18),
            ],
        );
        canvas.text(
            &p.label,
            (left, label_y),
            Look {
                px: 13.0,
                colour: palette::INK,
                bold: true,
            },
            Anchor::Left,
        )?;
        if p.verdict.is_some() {
            let after = left + (font::text_width(&p.label, 13.0, true) + gap).round() as i32;
            canvas.text(
                &verdict,
                (after, label_y),
                Look {
                    px: 13.0,
                    colour,
                    bold: true,
                },
                Anchor::Left,
            )?;
        }
        // The period under the axis, skipped when it would overlap the previous one.
        let axis_width = font::text_width(&p.x_label, 12.0, false) as i32;
        if x - axis_width / 2 > last_axis_end + 4 {
            canvas.text(
                &p.x_label,
                (x, f.bottom + 6),
                Look {
                    px: 12.0,
                    colour: palette::MUTED,
                    bold: false,
                },
                Anchor::Center,
            )?;
            last_axis_end = x + axis_width / 2;
        }
    }
    for target in &trend.targets {
        let (x0, x1) = (x_of(target.from_x), x_of(target.to_x).min(f.right));
        let y = y_of(target.low);
        let width = font::text_width(&target.label, 12.0, false).ceil() as i32;
        // Under the line at its start, else at its end, else above it.
        let at_end = (x1 - 4 - width).max(MARGIN);
        let (x, label_y) = taken.place(
            width,
            15,
            &[
                (x0 + 4, y + 3),
                (at_end, y + 3),
                (x0 + 4, y - 18),
                (at_end, y - 18),
            ],
        );
        canvas.text(
            &target.label,
            (x, label_y),
            Look {
                px: 12.0,
                colour: palette::TARGET,
                bold: false,
            },
            Anchor::Left,
        )?;
    }
    draw_legend(canvas, chart, words, f.bottom + 30)
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
