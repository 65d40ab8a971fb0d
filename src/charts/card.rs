//! The site's link-preview picture for pages without a chart of their own (home, organisation
//! and document pages): 1200 × 630, the size social networks show large, drawn with the
//! bundled font like the charts (PNG only: previewers do not show SVG).

use crate::charts::canvas::{Anchor, Canvas, Look};
use crate::charts::font;
use crate::charts::glyphs::GlyphCache;
use crate::charts::indexed::{Indexed, IndexedBackend};
use crate::charts::palette;
use plotters::prelude::*;

pub const WIDTH: u32 = 1200;
pub const HEIGHT: u32 = 630;
const PAD: i32 = 72;
const BAND: i32 = 24;
const TITLE_PX: f64 = 68.0;
const LINE_PX: f64 = 34.0;

/// `title` (the site's) large, `lines` (its description, what it holds) below it.
pub fn png(title: &str, lines: &[String], glyphs: &GlyphCache) -> Result<Vec<u8>, String> {
    let mut picture = Indexed::new(WIDTH, HEIGHT);
    {
        let area = IndexedBackend::new(&mut picture, glyphs).into_drawing_area();
        let canvas = Canvas::new(&area);
        let (w, h) = (WIDTH as i32, HEIGHT as i32);
        canvas.rect((0, 0), (w, BAND), palette::TARGET)?;
        canvas.rect((0, h - BAND / 2), (w, h), palette::TARGET)?;
        let max = f64::from(WIDTH) - 2.0 * f64::from(PAD);
        let mut y = BAND + PAD;
        let title_look = Look::bold(TITLE_PX, palette::INK);
        for line in font::wrap(title, TITLE_PX, true, max).iter().take(3) {
            canvas.text(line, (PAD, y), title_look, Anchor::Left)?;
            y += (TITLE_PX * 1.25) as i32;
        }
        y += 24;
        let line_look = Look::regular(LINE_PX, palette::MUTED);
        for text in lines {
            for line in font::wrap(text, LINE_PX, false, max) {
                if y + (LINE_PX * 1.3) as i32 > h - BAND - 24 {
                    break;
                }
                canvas.text(&line, (PAD, y), line_look, Anchor::Left)?;
                y += (LINE_PX * 1.35) as i32;
            }
            y += 16;
        }
        area.present().map_err(|e| e.to_string())?;
    }
    picture.encode()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_card_is_a_png_of_the_preview_size() {
        let png = png(
            "Báo cáo nhiệm kỳ — Ngành Giáo dục",
            &["Văn kiện và chỉ tiêu của 4 tổ chức đảng".to_owned()],
            &GlyphCache::default(),
        )
        .unwrap();
        assert_eq!(&png[..8], b"\x89PNG\r\n\x1a\n");
        // IHDR: width and height, big-endian, after the signature and the chunk header.
        assert_eq!(&png[16..24], [0, 0, 4, 176, 0, 0, 2, 118]);
    }
}
