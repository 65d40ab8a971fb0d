//! Breakdown: a whole as one bar from zero, its parts stacked inside it, the rest marked as not
//! broken down, and a note whenever the parts do not add up to the whole.

use crate::charts::backend::ChartBackend;
use crate::charts::canvas::{
    Anchor, Canvas, Look, MARGIN, Result, bar_x, draw_header, header_height, right,
};
use crate::charts::font;
use crate::charts::palette;
use crate::charts::spec::{Chart, Stack, Words};

fn title_lines(chart: &Chart, stack: &Stack) -> Vec<String> {
    font::wrap(
        &format!("{} — {}", stack.label, stack.total_text),
        14.0,
        true,
        f64::from(right(chart) - MARGIN),
    )
}

fn note_lines(chart: &Chart, stack: &Stack) -> Vec<String> {
    stack.note.as_deref().map_or_else(Vec::new, |n| {
        font::wrap(n, 13.0, true, f64::from(right(chart) - MARGIN))
    })
}

fn row_height(chart: &Chart, stack: &Stack) -> i32 {
    let lines = title_lines(chart, stack).len() as i32;
    19 * lines
        + 36
        + 20 * (stack.parts.len() as i32 + i32::from(stack.has_rest()))
        + 18 * note_lines(chart, stack).len() as i32
        + 12
}

pub fn height(chart: &Chart, stacks: &[Stack]) -> i32 {
    header_height(chart) + 8 + stacks.iter().map(|s| row_height(chart, s)).sum::<i32>() + 26
}

pub fn draw<DB: ChartBackend>(
    canvas: &Canvas<DB>,
    chart: &Chart,
    stacks: &[Stack],
    words: &Words,
) -> Result {
    draw_header(canvas, chart)?;
    let left = MARGIN;
    let x_of = bar_x(chart);
    let mut y = header_height(chart) + 8;
    for stack in stacks {
        let mut line_y = y;
        for line in title_lines(chart, stack) {
            canvas.text(
                &line,
                (left, line_y),
                Look::bold(14.0, palette::INK),
                Anchor::Left,
            )?;
            line_y += 19;
        }
        let (top, bottom) = (line_y + 6, line_y + 28);
        canvas.rect((left, top), (x_of(stack.total), bottom), palette::TRACK)?;
        canvas.outline((left, top), (x_of(stack.total), bottom), palette::MUTED, 1)?;
        let mut from = 0.0;
        for (n, part) in stack.parts.iter().enumerate() {
            let colour = palette::PARTS[n % palette::PARTS.len()];
            canvas.rect((x_of(from), top), (x_of(from + part.value), bottom), colour)?;
            from += part.value;
        }
        let mut line = bottom + 10;
        for (n, part) in stack.parts.iter().enumerate() {
            let colour = palette::PARTS[n % palette::PARTS.len()];
            canvas.rect((left, line + 3), (left + 12, line + 15), colour)?;
            canvas.text(
                &format!("{}: {}", part.name, part.text),
                (left + 20, line),
                Look::regular(13.0, palette::INK),
                Anchor::Left,
            )?;
            line += 20;
        }
        if stack.has_rest() {
            canvas.outline((left, line + 3), (left + 12, line + 15), palette::MUTED, 1)?;
            canvas.text(
                &words.unclassified,
                (left + 20, line),
                Look::regular(13.0, palette::MUTED),
                Anchor::Left,
            )?;
            line += 20;
        }
        for note in note_lines(chart, stack) {
            canvas.text(
                &note,
                (left, line),
                Look::bold(13.0, palette::TARGET),
                Anchor::Left,
            )?;
            line += 18;
        }
        y += row_height(chart, stack);
    }
    // The scale: bars start at zero.
    for (v, anchor) in chart.scale.end_ticks() {
        canvas.text(
            &chart.scale.tick(v),
            (x_of(v), y),
            Look::regular(12.0, palette::MUTED),
            anchor,
        )?;
    }
    Ok(())
}
