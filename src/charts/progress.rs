//! Progress: one bar per term, from zero, with the result written as stated ("67/85 trường
//! (78,8%)") and the target as a tick (or a band) on the same scale.

use crate::charts::backend::ChartBackend;
use crate::charts::canvas::{
    Anchor, Canvas, Look, MARGIN, Result, bar_x, draw_header, draw_legend, header_height,
    legend_height, right,
};
use crate::charts::palette;
use crate::charts::spec::{Bound, Bullet, Chart, Words};

const ROW: i32 = 98;
const BASELINE_LINE: i32 = 18;

fn row_height(bullet: &Bullet) -> i32 {
    ROW + if bullet.baseline.is_some() {
        BASELINE_LINE
    } else {
        0
    }
}

pub fn height(chart: &Chart, bullets: &[Bullet], words: &Words) -> i32 {
    header_height(chart)
        + 8
        + bullets.iter().map(row_height).sum::<i32>()
        + 22
        + legend_height(chart, words)
        + 8
}

pub fn draw<DB: ChartBackend>(
    canvas: &Canvas<DB>,
    chart: &Chart,
    bullets: &[Bullet],
    words: &Words,
) -> Result {
    draw_header(canvas, chart)?;
    let (left, right) = (MARGIN, right(chart));
    let x_of = bar_x(chart);
    let mut y = header_height(chart) + 8;
    for bullet in bullets {
        canvas.text(
            &bullet.label,
            (left, y),
            Look::bold(14.0, palette::INK),
            Anchor::Left,
        )?;
        // A verdict needs a result: a target alone has nothing to judge yet.
        if let Some(verdict) = bullet.verdict.filter(|_| bullet.value.is_some()) {
            canvas.text(
                words.verdict(verdict),
                (right, y),
                Look::bold(13.0, palette::verdict(verdict)),
                Anchor::Right,
            )?;
        }
        let (bar_top, bar_bottom) = (y + 24, y + 44);
        canvas.rect((left, bar_top), (right, bar_bottom), palette::TRACK)?;
        if let Some(target) = &bullet.target
            && let Some(high) = target.high
        {
            canvas.rect(
                (x_of(target.low), bar_top - 4),
                (x_of(high), bar_bottom + 4),
                palette::TARGET_BAND,
            )?;
        }
        let colour = bullet
            .verdict
            .filter(|_| bullet.value.is_some())
            .map_or(palette::RESULT, palette::verdict);
        if let Some(value) = bullet.value {
            let end = x_of(value).max(left + 2);
            if bullet.derived {
                canvas.outline((left, bar_top + 1), (end, bar_bottom - 1), colour, 2)?;
            } else {
                canvas.rect((left, bar_top), (end, bar_bottom), colour)?;
            }
            match bullet.bound {
                // "trên 98%": the bar may run further; an arrow says so.
                Bound::Lower => canvas.polygon(
                    &[
                        (end + 2, bar_top + 2),
                        (end + 12, (bar_top + bar_bottom) / 2),
                        (end + 2, bar_bottom - 2),
                    ],
                    colour,
                )?,
                Bound::About => {
                    canvas.outline((end - 6, bar_top - 3), (end + 6, bar_bottom + 3), colour, 1)?
                }
                _ => {}
            }
        }
        if let Some(target) = &bullet.target {
            for v in std::iter::once(target.low).chain(target.high) {
                let x = x_of(v);
                let tick = [(x, bar_top - 6), (x, bar_bottom + 6)];
                if target.derived {
                    canvas.dotted(&tick, palette::TARGET)?;
                } else {
                    canvas.line(&tick, palette::TARGET, 3, false)?;
                }
            }
        }
        canvas.text(
            &bullet.text,
            (left, bar_bottom + 8),
            Look {
                px: 13.0,
                colour: if bullet.value.is_some() {
                    palette::INK
                } else {
                    palette::MUTED
                },
                bold: bullet.value.is_some(),
            },
            Anchor::Left,
        )?;
        let mut below = bar_bottom + 28;
        if let Some((value, label)) = &bullet.baseline {
            canvas.diamond((x_of(*value), (bar_top + bar_bottom) / 2), palette::RESULT)?;
            canvas.text(
                label,
                (left, below),
                Look::regular(13.0, palette::INK),
                Anchor::Left,
            )?;
            below += BASELINE_LINE;
        }
        if let Some(target) = &bullet.target {
            canvas.text(
                &target.label,
                (left, below),
                Look::regular(13.0, palette::TARGET),
                Anchor::Left,
            )?;
        }
        y += row_height(bullet);
    }
    // The scale under the bars: from zero, always.
    for (v, anchor) in chart.scale.end_ticks() {
        canvas.text(
            &chart.scale.tick(v),
            (x_of(v), y),
            Look::regular(12.0, palette::MUTED),
            anchor,
        )?;
    }
    draw_legend(canvas, chart, words, y + 22)
}
