//! Changes: each stated change as a bar from a middle zero line, an arrowhead at its end, its
//! period above and its words below. Green when it went the indicator's way, red when not.

use crate::charts::backend::ChartBackend;
use crate::charts::canvas::{
    Anchor, Canvas, Look, MARGIN, Result, draw_header, draw_legend, header_height, legend_height,
    right,
};
use crate::charts::font;
use crate::charts::palette;
use crate::charts::shifts::Shift;
use crate::charts::spec::{Chart, Words};
use crate::model::verdict::Verdict;

/// The change's words, wrapped to the chart's width.
fn text_lines(chart: &Chart, shift: &Shift, words: &Words) -> Vec<String> {
    let text = if shift.unclear {
        format!("{} ({})", shift.text, words.ambiguous_short)
    } else {
        shift.text.clone()
    };
    font::wrap(&text, 13.0, true, f64::from(right(chart) - MARGIN))
}

fn row_height(chart: &Chart, shift: &Shift, words: &Words) -> i32 {
    52 + 18 * text_lines(chart, shift, words).len() as i32 + 8
}

pub fn height(chart: &Chart, shifts: &[Shift], words: &Words) -> i32 {
    header_height(chart)
        + 8
        + shifts
            .iter()
            .map(|s| row_height(chart, s, words))
            .sum::<i32>()
        + legend_height(chart, words)
        + 8
}

pub fn draw<DB: ChartBackend>(
    canvas: &Canvas<DB>,
    chart: &Chart,
    shifts: &[Shift],
    words: &Words,
) -> Result {
    draw_header(canvas, chart)?;
    let (left, right) = (MARGIN, right(chart));
    let middle = (left + right) / 2;
    let half = f64::from(middle - left - 14);
    let mut y = header_height(chart) + 8;
    for shift in shifts {
        canvas.text(
            &shift.label,
            (left, y),
            Look::bold(14.0, palette::INK),
            Anchor::Left,
        )?;
        let colour = match shift.good {
            Some(true) => palette::verdict(Verdict::Exceeded),
            Some(false) => palette::verdict(Verdict::NotAchieved),
            None => palette::RESULT,
        };
        let (top, bottom) = (y + 24, y + 44);
        canvas.rect((left, top), (right, bottom), palette::TRACK)?;
        let length = (shift.reach * half).round() as i32;
        let sign = if shift.value < 0.0 { -1 } else { 1 };
        let end = middle + sign * length.max(2);
        let (from, to) = if sign < 0 {
            (end, middle)
        } else {
            (middle, end)
        };
        if shift.derived {
            canvas.outline((from, top + 1), (to, bottom - 1), colour, 2)?;
        } else {
            canvas.rect((from, top), (to, bottom), colour)?;
        }
        if shift.value != 0.0 {
            canvas.polygon(
                &[
                    (end + sign * 2, top),
                    (end + sign * 12, (top + bottom) / 2),
                    (end + sign * 2, bottom),
                ],
                colour,
            )?;
        }
        canvas.line(
            &[(middle, top - 5), (middle, bottom + 5)],
            palette::INK,
            2,
            false,
        )?;
        let mut line_y = bottom + 8;
        for line in text_lines(chart, shift, words) {
            canvas.text(
                &line,
                (left, line_y),
                Look::bold(13.0, colour),
                Anchor::Left,
            )?;
            line_y += 18;
        }
        y += row_height(chart, shift, words);
    }
    draw_legend(canvas, chart, words, y)
}
