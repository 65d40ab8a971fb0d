//! A thin drawing layer over plotters: pixel coordinates, text at true pixel sizes, and the
//! chart's common furniture (title block, legend).

use crate::charts::backend::{ChartBackend, Dashed, Label};
use crate::charts::font;
use crate::charts::palette;
use crate::charts::spec::{Chart, Legend, Words};
use plotters::coord::Shift;
use plotters::element::{Drawable, PointCollection};
use plotters::prelude::*;

pub const MARGIN: i32 = 16;

pub type Result = std::result::Result<(), String>;

pub struct Canvas<'a, DB: ChartBackend> {
    area: &'a DrawingArea<DB, Shift>,
}

/// How a piece of text looks: size in pixels per em, colour, weight.
#[derive(Clone, Copy)]
pub struct Look {
    pub px: f64,
    pub colour: RGBColor,
    pub bold: bool,
}

impl Look {
    pub const fn regular(px: f64, colour: RGBColor) -> Look {
        Look {
            px,
            colour,
            bold: false,
        }
    }

    pub const fn bold(px: f64, colour: RGBColor) -> Look {
        Look {
            px,
            colour,
            bold: true,
        }
    }
}

#[derive(Clone, Copy)]
pub enum Anchor {
    Left,
    Center,
    Right,
}

impl<'a, DB: ChartBackend> Canvas<'a, DB> {
    pub fn new(area: &'a DrawingArea<DB, Shift>) -> Self {
        Canvas { area }
    }

    fn draw<E>(&self, element: &E) -> Result
    where
        for<'b> &'b E: PointCollection<'b, (i32, i32)>,
        E: Drawable<DB>,
    {
        self.area.draw(element).map_err(|e| e.to_string())
    }

    /// Text with its top at `y`, anchored at `x`.
    pub fn text(&self, text: &str, at: (i32, i32), look: Look, anchor: Anchor) -> Result {
        self.draw(&Label {
            text: text.to_owned(),
            at,
            look,
            anchor,
        })
    }

    pub fn line(
        &self,
        points: &[(i32, i32)],
        colour: RGBColor,
        width: u32,
        dashed: bool,
    ) -> Result {
        if dashed {
            self.dashes(points, colour, width, (6, 4))
        } else {
            let style = ShapeStyle::from(&colour).stroke_width(width);
            self.draw(&PathElement::new(points.to_vec(), style))
        }
    }

    /// A dotted line: how derived targets are drawn.
    pub fn dotted(&self, points: &[(i32, i32)], colour: RGBColor) -> Result {
        self.dashes(points, colour, 2, (2, 3))
    }

    fn dashes(
        &self,
        points: &[(i32, i32)],
        colour: RGBColor,
        width: u32,
        (dash, gap): (u32, u32),
    ) -> Result {
        self.draw(&Dashed {
            points: points.to_vec(),
            colour,
            width,
            dash,
            gap,
        })
    }

    pub fn rect(&self, from: (i32, i32), to: (i32, i32), colour: RGBColor) -> Result {
        self.draw(&Rectangle::new([from, to], colour.filled()))
    }

    pub fn outline(
        &self,
        from: (i32, i32),
        to: (i32, i32),
        colour: RGBColor,
        width: u32,
    ) -> Result {
        self.draw(&Rectangle::new(
            [from, to],
            ShapeStyle::from(&colour).stroke_width(width),
        ))
    }

    pub fn dot(&self, at: (i32, i32), radius: i32, colour: RGBColor, filled: bool) -> Result {
        if filled {
            self.draw(&Circle::new(at, radius, colour.filled()))
        } else {
            self.draw(&Circle::new(at, radius, palette::BACKGROUND.filled()))?;
            self.draw(&Circle::new(
                at,
                radius,
                ShapeStyle::from(&colour).stroke_width(2),
            ))
        }
    }

    pub fn polygon(&self, points: &[(i32, i32)], colour: RGBColor) -> Result {
        self.draw(&Polygon::new(points.to_vec(), colour.filled()))
    }

    /// The upward mark of a lower bound ("trên", "từ … trở lên").
    pub fn bound_mark(&self, (x, y): (i32, i32), colour: RGBColor) -> Result {
        self.line(&[(x, y - 7), (x, y - 16)], colour, 2, false)?;
        self.polygon(&[(x - 5, y - 14), (x + 5, y - 14), (x, y - 21)], colour)
    }

    /// The ring around an approximate value ("gần", "khoảng").
    pub fn approx_mark(&self, (x, y): (i32, i32), colour: RGBColor) -> Result {
        self.draw(&Circle::new(
            (x, y),
            9,
            ShapeStyle::from(&colour).stroke_width(1),
        ))
    }

    pub fn diamond(&self, (x, y): (i32, i32), colour: RGBColor) -> Result {
        self.polygon(&[(x, y - 7), (x + 7, y), (x, y + 7), (x - 7, y)], colour)?;
        self.polygon(
            &[(x, y - 4), (x + 4, y), (x, y + 4), (x - 4, y)],
            palette::BACKGROUND,
        )
    }
}

/// Title (the indicator, wrapped) and subtitle (the organisation); returns the height used.
pub fn header_height(chart: &Chart) -> i32 {
    if chart.compact {
        return 4;
    }
    let lines = font::wrap(
        &chart.title,
        16.0,
        true,
        f64::from(chart.width) - 2.0 * f64::from(MARGIN),
    )
    .len();
    12 + lines as i32 * 21 + 24
}

/// The right edge of the drawing.
/// Where value `v` falls on a horizontal bar from the left margin to `right(chart)`, from 0
/// to the chart's scale maximum (values beyond it stop at the end).
pub fn bar_x(chart: &Chart) -> impl Fn(f64) -> i32 + '_ {
    let (left, right) = (MARGIN, right(chart));
    move |v: f64| {
        left + ((v / chart.scale.max).clamp(0.0, 1.0) * f64::from(right - left)).round() as i32
    }
}

pub fn right(chart: &Chart) -> i32 {
    chart.width as i32 - MARGIN
}

pub fn draw_header<DB: ChartBackend>(canvas: &Canvas<DB>, chart: &Chart) -> Result {
    if chart.compact {
        return Ok(());
    }
    let mut y = 12;
    for line in font::wrap(
        &chart.title,
        16.0,
        true,
        f64::from(chart.width) - 2.0 * f64::from(MARGIN),
    ) {
        canvas.text(
            &line,
            (MARGIN, y),
            Look::bold(16.0, palette::INK),
            Anchor::Left,
        )?;
        y += 21;
    }
    canvas.text(
        &chart.subtitle,
        (MARGIN, y + 2),
        Look::regular(13.0, palette::MUTED),
        Anchor::Left,
    )
}

fn legend_text(item: Legend, words: &Words) -> &str {
    match item {
        Legend::Result => &words.result,
        Legend::Derived => &words.derived,
        Legend::Baseline => &words.baseline,
        Legend::LowerBound => &words.lower_bound,
        Legend::Approximate => &words.approximate,
        Legend::Target => &words.target,
        Legend::DerivedTarget => &words.derived_target,
        Legend::Ambiguous => &words.ambiguous,
    }
}

/// Legend items laid out in rows; returns their positions and the height used.
fn legend_layout(chart: &Chart, words: &Words) -> (Vec<(Legend, i32, i32)>, i32) {
    let mut placed = Vec::new();
    if chart.compact {
        return (placed, 0);
    }
    let (mut x, mut y) = (MARGIN, 0);
    for &item in &chart.legend {
        let width = 26 + font::text_width(legend_text(item, words), 13.0, false).ceil() as i32 + 18;
        if x + width > right(chart) && x > MARGIN {
            x = MARGIN;
            y += 22;
        }
        placed.push((item, x, y));
        x += width;
    }
    (placed, if chart.legend.is_empty() { 0 } else { y + 22 })
}

pub fn legend_height(chart: &Chart, words: &Words) -> i32 {
    legend_layout(chart, words).1
}

pub fn draw_legend<DB: ChartBackend>(
    canvas: &Canvas<DB>,
    chart: &Chart,
    words: &Words,
    top: i32,
) -> Result {
    for (item, x, y) in legend_layout(chart, words).0 {
        let (cx, cy) = (x + 10, top + y + 8);
        match item {
            Legend::Result => canvas.dot((cx, cy), 5, palette::RESULT, true)?,
            Legend::Derived => {
                canvas.line(&[(cx - 10, cy), (cx + 10, cy)], palette::RESULT, 2, true)?;
                canvas.dot((cx, cy), 5, palette::RESULT, false)?;
            }
            Legend::Baseline => canvas.diamond((cx, cy), palette::RESULT)?,
            Legend::LowerBound if chart.kind == crate::model::chart_kind::Kind::Progress => {
                canvas.rect((cx - 10, cy - 4), (cx + 2, cy + 4), palette::RESULT)?;
                canvas.polygon(
                    &[(cx + 3, cy - 4), (cx + 10, cy), (cx + 3, cy + 4)],
                    palette::RESULT,
                )?;
            }
            Legend::LowerBound => {
                canvas.dot((cx, cy + 4), 3, palette::RESULT, true)?;
                canvas.bound_mark((cx, cy + 11), palette::RESULT)?;
            }
            Legend::Approximate => {
                canvas.dot((cx, cy), 4, palette::RESULT, true)?;
                canvas.approx_mark((cx, cy), palette::RESULT)?;
            }
            Legend::Target => {
                canvas.line(&[(cx - 10, cy), (cx + 10, cy)], palette::TARGET, 2, true)?
            }
            Legend::DerivedTarget => {
                canvas.dotted(&[(cx - 10, cy), (cx + 10, cy)], palette::TARGET)?
            }
            // Ambiguous values are drawn as stated; the legend explains their "(chưa rõ)".
            Legend::Ambiguous => canvas.dot((cx, cy), 3, palette::MUTED, true)?,
        }
        canvas.text(
            legend_text(item, words),
            (x + 26, top + y),
            Look::regular(13.0, palette::INK),
            Anchor::Left,
        )?;
    }
    Ok(())
}
