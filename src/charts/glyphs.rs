//! Glyphs rasterised for bitmap (PNG) text, kept for every chart of a build: the charts
//! repeat the same few hundred letters at a few sizes, and rasterising is the costly part.

use crate::charts::font;
use ab_glyph::{Font, PxScale, ScaleFont, point};
use std::collections::HashMap;
use std::sync::{Mutex, PoisonError};

/// Coverage levels kept for bitmap text: few enough that a chart has a small palette of colours
/// (so its PNG can be indexed), many enough that text stays smooth.
pub const COVERAGE_LEVELS: u8 = 15;

/// Quarter-pixel horizontal positions: finer than whole pixels keeps spacing even.
const SUBPIXELS: f32 = 4.0;

/// One cache per worker thread: a cache shared by all would have every glyph of every chart
/// touch the same lock (or reference count), which the cores then pass back and forth.
pub struct GlyphCache {
    shards: Vec<Mutex<Glyphs>>,
}

/// By glyph, weight, size and sub-pixel position; `None` for glyphs with no outline (space).
type Glyphs = HashMap<u64, Option<Raster>, FastHash>;

impl Default for GlyphCache {
    fn default() -> Self {
        GlyphCache {
            shards: (0..rayon::current_num_threads().max(1))
                .map(|_| Mutex::default())
                .collect(),
        }
    }
}

/// A glyph's coverage (0 to [`COVERAGE_LEVELS`]), row by row, placed relative to its pen
/// position rounded down to a pixel and the baseline.
pub struct Raster {
    pub left: i32,
    pub top: i32,
    width: usize,
    coverage: Vec<u8>,
}

impl Raster {
    pub fn rows(&self) -> std::slice::ChunksExact<'_, u8> {
        self.coverage.chunks_exact(self.width)
    }
}

impl GlyphCache {
    /// Sets `text` with its top at `top` (baseline 0.76 em below, as plotters' SVG text) and its
    /// left edge at `left`, with kerning; `blit` receives each glyph's raster and the pixel
    /// where the raster's top left corner goes.
    pub fn set(
        &self,
        text: &str,
        px: f64,
        bold: bool,
        (left, top): (f64, f64),
        mut blit: impl FnMut((i32, i32), &Raster),
    ) {
        // Outside the thread pool (a test), any shard will do: the lock keeps it correct.
        let shard = rayon::current_thread_index().unwrap_or(0) % self.shards.len();
        let mut glyphs = self.shards[shard]
            .lock()
            .unwrap_or_else(PoisonError::into_inner);
        let font = font::face(bold);
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
            let subpixel = ((x - whole) * SUBPIXELS).round() as u8;
            let key = (u64::from(id.0) << 40)
                | (u64::from(bold) << 39)
                | ((px * 16.0) as u64) << 8
                | u64::from(subpixel);
            let raster = glyphs.entry(key).or_insert_with(|| {
                let at = point(f32::from(subpixel) / SUBPIXELS, 0.0);
                rasterise(font.outline_glyph(id.with_scale_and_position(scale, at))?)
            });
            if let Some(r) = raster {
                blit((whole as i32 + r.left, baseline + r.top), r);
            }
            x += scaled.h_advance(id);
            previous = Some(id);
        }
    }
}

fn rasterise(outlined: ab_glyph::OutlinedGlyph) -> Option<Raster> {
    let bounds = outlined.px_bounds();
    let width = bounds.width() as usize;
    if width == 0 {
        return None;
    }
    let mut coverage = vec![0u8; width * bounds.height() as usize];
    outlined.draw(|x, y, c| {
        let level = (c.clamp(0.0, 1.0) * f32::from(COVERAGE_LEVELS)).round() as u8;
        coverage[y as usize * width + x as usize] = level;
    });
    Some(Raster {
        left: bounds.min.x as i32,
        top: bounds.min.y as i32,
        width,
        coverage,
    })
}

/// A multiplicative hash for small integer keys (glyph keys, colours): these maps are looked
/// up per glyph and per colour, where SipHash's strength against hostile keys costs for nothing.
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
