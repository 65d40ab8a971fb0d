//! The chart font: Noto Sans (OFL, shipped with the theme), compiled in so that text is measured
//! and rasterised the same way on every machine, whatever fonts it has installed.

use ab_glyph::{Font, FontRef};
use std::sync::LazyLock;

/// The family written into SVG text: the bundled font first, then close fallbacks.
pub const FAMILY: &str = "Noto Sans, DejaVu Sans, Arial, sans-serif";

static REGULAR: &[u8] = include_bytes!("../../themes/default/static/fonts/NotoSans-Regular.ttf");
static BOLD: &[u8] = include_bytes!("../../themes/default/static/fonts/NotoSans-Bold.ttf");

/// The bundled face of the given weight.
pub fn face(bold: bool) -> &'static FontRef<'static> {
    if bold { &BOLD_FONT } else { &REGULAR_FONT }
}

static REGULAR_FONT: LazyLock<FontRef<'static>> = LazyLock::new(|| {
    FontRef::try_from_slice(REGULAR).expect("the bundled Noto Sans is a valid font")
});
static BOLD_FONT: LazyLock<FontRef<'static>> = LazyLock::new(|| {
    FontRef::try_from_slice(BOLD).expect("the bundled Noto Sans Bold is a valid font")
});

/// Width in pixels of `text` set at `px` pixels per em.
pub fn text_width(text: &str, px: f64, bold: bool) -> f64 {
    let font = face(bold);
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
