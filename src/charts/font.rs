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

/// Coverage levels kept for bitmap text: few enough that a chart has a small palette of colours
/// (so its PNG can be indexed), many enough that text stays smooth.
const COVERAGE_LEVELS: f32 = 15.0;

/// Glyphs already rasterised: the charts of an organisation repeat the same few dozen.
#[derive(Default)]
pub struct GlyphCache {
    glyphs: std::collections::HashMap<u64, Option<Raster>, FastHash>,
}

/// A multiplicative hash for small integer keys (glyph ids, colours): these maps are looked up
/// per glyph and per pixel, where SipHash's strength against hostile keys costs for nothing.
#[derive(Default, Clone, Copy)]
pub struct FastHash;

impl std::hash::BuildHasher for FastHash {
    type Hasher = FastHasher;
    fn build_hasher(&self) -> FastHasher {
        FastHasher(0)
    }
}

#[derive(Default)]
pub struct FastHasher(u64);

impl std::hash::Hasher for FastHasher {
    fn write(&mut self, bytes: &[u8]) {
        for &b in bytes {
            self.write_u64(u64::from(b));
        }
    }
    fn write_u64(&mut self, n: u64) {
        self.0 = (self.0.rotate_left(5) ^ n).wrapping_mul(0x9E37_79B9_7F4A_7C15);
    }
    fn write_u32(&mut self, n: u32) {
        self.write_u64(u64::from(n));
    }
    fn finish(&self) -> u64 {
        self.0
    }
}

/// A glyph's coverage, placed relative to its pen position (rounded down).
struct Raster {
    left: i32,
    top: i32,
    width: u32,
    coverage: Vec<u8>,
}

impl GlyphCache {
    /// Rasterises `text` with its top at `top` (baseline 0.76 em below, as plotters' SVG text)
    /// and its left edge at `left`, with kerning and quarter-pixel positions; `plot` receives
    /// each covered pixel and its coverage (0–1).
    pub fn draw(
        &mut self,
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
        let baseline = (top + 0.76 * px).round() as i32;
        let mut x = left as f32;
        let mut previous = None;
        for c in text.chars() {
            let id = font.glyph_id(c);
            if let Some(p) = previous {
                x += scaled.kern(p, id);
            }
            let whole = x.floor();
            let quarter = ((x - whole) * 4.0).round() as u8;
            let key = (u64::from(id.0) << 40)
                | (u64::from(bold) << 39)
                | ((px * 16.0) as u64) << 8
                | u64::from(quarter);
            let raster = self.glyphs.entry(key).or_insert_with(|| {
                let glyph = id.with_scale_and_position(scale, point(f32::from(quarter) / 4.0, 0.0));
                font.outline_glyph(glyph).map(|outlined| {
                    let bounds = outlined.px_bounds();
                    let width = bounds.width() as u32;
                    let mut coverage = vec![0u8; (width * bounds.height() as u32) as usize];
                    outlined.draw(|gx, gy, c| {
                        let level = (c.clamp(0.0, 1.0) * COVERAGE_LEVELS).round() as u8;
                        coverage[(gy * width + gx) as usize] = level;
                    });
                    Raster {
                        left: bounds.min.x as i32,
                        top: bounds.min.y as i32,
                        width,
                        coverage,
                    }
                })
            });
            if let Some(r) = raster {
                let (ox, oy) = (whole as i32 + r.left, baseline + r.top);
                for (i, &level) in r.coverage.iter().enumerate() {
                    if level > 0 {
                        let (gx, gy) = (i as u32 % r.width, i as u32 / r.width);
                        plot(
                            ox + gx as i32,
                            oy + gy as i32,
                            f32::from(level) / COVERAGE_LEVELS,
                        );
                    }
                }
            }
            x += scaled.h_advance(id);
            previous = Some(id);
        }
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
