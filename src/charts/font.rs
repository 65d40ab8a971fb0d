//! The chart font: Noto Sans (OFL, shipped with the theme), compiled in so that text is measured
//! and rasterised the same way on every machine, whatever fonts it has installed.

use ab_glyph::{Font, FontRef};
use std::sync::{LazyLock, Once};

/// The family written into SVG text: the bundled font first, then close fallbacks.
pub const FAMILY: &str = "Noto Sans, DejaVu Sans, Arial, sans-serif";

static REGULAR: &[u8] = include_bytes!("../../themes/default/static/fonts/NotoSans-Regular.ttf");
static BOLD: &[u8] = include_bytes!("../../themes/default/static/fonts/NotoSans-Bold.ttf");

static REGULAR_FONT: LazyLock<FontRef<'static>> = LazyLock::new(|| {
    FontRef::try_from_slice(REGULAR).expect("the bundled Noto Sans is a valid font")
});
static BOLD_FONT: LazyLock<FontRef<'static>> = LazyLock::new(|| {
    FontRef::try_from_slice(BOLD).expect("the bundled Noto Sans Bold is a valid font")
});

/// Registers the fonts with plotters, once. plotters keeps fonts in a process-wide table; this
/// is its only interface, and the table is written once with constant data.
pub fn register() {
    static ONCE: Once = Once::new();
    ONCE.call_once(|| {
        use plotters::style::{FontStyle, register_font};
        // Bold is a style of the same family, so SVG says font-weight="bold" and the page's
        // own Noto Sans Bold is used.
        for (name, style, bytes) in [
            (FAMILY, FontStyle::Normal, REGULAR),
            (FAMILY, FontStyle::Bold, BOLD),
            ("sans-serif", FontStyle::Normal, REGULAR),
        ] {
            if register_font(name, style, bytes).is_err() {
                unreachable!("the bundled Noto Sans is a valid font");
            }
        }
    });
}

/// Width in pixels of `text` set at `px` pixels per em.
pub fn text_width(text: &str, px: f64, bold: bool) -> f64 {
    let font: &FontRef<'static> = if bold { &BOLD_FONT } else { &REGULAR_FONT };
    let units = f64::from(font.units_per_em().unwrap_or(1000.0));
    let mut width = 0.0;
    let mut previous = None;
    for c in text.chars() {
        let glyph = font.glyph_id(c);
        width += f64::from(font.h_advance_unscaled(glyph));
        if let Some(p) = previous {
            width += f64::from(font.kern_unscaled(p, glyph));
        }
        previous = Some(glyph);
    }
    width / units * px
}

/// Rasterises `text` with its top at `top` (baseline 0.76 em below, as plotters' SVG text) and
/// its left edge at `left`, at fractional positions with kerning; `plot` receives each covered
/// pixel and its coverage (0–1).
pub fn rasterize(
    text: &str,
    px: f64,
    bold: bool,
    left: f64,
    top: f64,
    mut plot: impl FnMut(i32, i32, f32),
) {
    use ab_glyph::{PxScale, ScaleFont, point};
    let font: &FontRef<'static> = if bold { &BOLD_FONT } else { &REGULAR_FONT };
    let units = font.units_per_em().unwrap_or(1000.0);
    let scale = PxScale::from(px as f32 * font.height_unscaled() / units);
    let scaled = font.as_scaled(scale);
    let baseline = (top + 0.76 * px) as f32;
    let mut x = left as f32;
    let mut previous = None;
    for c in text.chars() {
        let id = font.glyph_id(c);
        if let Some(p) = previous {
            x += scaled.kern(p, id);
        }
        if let Some(outlined) =
            font.outline_glyph(id.with_scale_and_position(scale, point(x, baseline)))
        {
            let bounds = outlined.px_bounds();
            outlined.draw(|gx, gy, coverage| {
                if coverage > 0.0 {
                    plot(
                        bounds.min.x as i32 + gx as i32,
                        bounds.min.y as i32 + gy as i32,
                        coverage.min(1.0),
                    );
                }
            });
        }
        x += scaled.h_advance(id);
        previous = Some(id);
    }
}

/// Splits `text` into lines no wider than `max` pixels at `px`, breaking between words.
pub fn wrap(text: &str, px: f64, bold: bool, max: f64) -> Vec<String> {
    let mut lines: Vec<String> = Vec::new();
    let mut line = String::new();
    for word in text.split_whitespace() {
        let candidate = if line.is_empty() {
            word.to_owned()
        } else {
            format!("{line} {word}")
        };
        if !line.is_empty() && text_width(&candidate, px, bold) > max {
            lines.push(std::mem::replace(&mut line, word.to_owned()));
        } else {
            line = candidate;
        }
    }
    if !line.is_empty() {
        lines.push(line);
    }
    lines
}

/// The glyph size plotters is asked for so the text comes out at `px` pixels per em: its SVG
/// backend writes size / 1.24 as font-size, its rasteriser scales the font's full height
/// (ascender − descender, 1.362 em for Noto Sans) to the size.
pub fn plotters_size(px: f64, svg: bool) -> f64 {
    if svg { px * 1.24 } else { px * 1.362 }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn vietnamese_is_measured_by_glyphs_not_bytes() {
        let dang = text_width("Đảng bộ Sở GD&ĐT Lạng Sơn", 14.0, false);
        let ascii = text_width("Dang bo So GD&DT Lang Son", 14.0, false);
        // Same letters without marks: nearly the same width, although the UTF-8 is 11 bytes longer.
        assert!((dang - ascii).abs() < 6.0, "{dang} vs {ascii}");
        assert!(dang > 150.0 && dang < 200.0, "{dang}");
    }

    #[test]
    fn wrapping_keeps_words_whole() {
        let lines = wrap(
            "Tỷ lệ đảng viên hoàn thành tốt nhiệm vụ trở lên",
            15.0,
            true,
            180.0,
        );
        assert!(lines.len() >= 2);
        assert!(lines.iter().all(|l| text_width(l, 15.0, true) <= 180.0));
        assert_eq!(
            lines.join(" "),
            "Tỷ lệ đảng viên hoàn thành tốt nhiệm vụ trở lên"
        );
    }
}
