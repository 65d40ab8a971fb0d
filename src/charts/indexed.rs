//! A plotters backend that draws into palette indices instead of RGB: charts have few colours,
//! so their pixels are a byte each and the PNG is written indexed, with no conversion pass.
//! A chart with more than 256 colours (only ever anti-aliased edges) has its extra shades
//! drawn with the nearest colour already in the palette.

use crate::charts::backend::{ChartBackend, Dashed, Drawn, InMemory, Label};
use crate::charts::canvas::{Anchor, Look};
use crate::charts::font;
use crate::charts::glyphs::{COVERAGE_LEVELS, FastHash, GlyphCache};
use plotters_backend::{BackendColor, BackendCoord, BackendStyle, DrawingBackend};
use std::collections::HashMap;

/// The picture: indices into `palette`, white (index 0) to begin with.
pub struct Indexed {
    width: u32,
    height: u32,
    pixels: Vec<u8>,
    palette: Vec<[u8; 3]>,
    lookup: HashMap<u32, u8, FastHash>,
    /// The colour looked up last: runs of one colour skip the map.
    last: ([u8; 3], u8),
}

impl Indexed {
    pub fn new(width: u32, height: u32) -> Indexed {
        let mut lookup = HashMap::with_hasher(FastHash);
        lookup.insert(0x00FF_FFFF, 0);
        Indexed {
            width,
            height,
            pixels: vec![0; (width * height) as usize],
            palette: vec![[255, 255, 255]],
            lookup,
            last: ([255, 255, 255], 0),
        }
    }

    fn index_of(&mut self, rgb: [u8; 3]) -> u8 {
        if self.last.0 == rgb {
            return self.last.1;
        }
        let key = u32::from_be_bytes([0, rgb[0], rgb[1], rgb[2]]);
        let index = match self.lookup.get(&key) {
            Some(&index) => index,
            None => {
                let index = match u8::try_from(self.palette.len()) {
                    Ok(next) => {
                        self.palette.push(rgb);
                        next
                    }
                    Err(_) => self.nearest(rgb),
                };
                self.lookup.insert(key, index);
                index
            }
        };
        self.last = (rgb, index);
        index
    }

    /// The palette's colour closest to `rgb`.
    fn nearest(&self, rgb: [u8; 3]) -> u8 {
        let distance = |c: &[u8; 3]| -> i32 {
            (0..3)
                .map(|i| (i32::from(c[i]) - i32::from(rgb[i])).pow(2))
                .sum()
        };
        let closest = (0..self.palette.len())
            .min_by_key(|&i| distance(&self.palette[i]))
            .unwrap_or(0);
        closest as u8
    }

    /// Letters `text` over the picture, blending each coverage level of its colour with the
    /// colour beneath once and remembering the result.
    fn letter(&mut self, label: &Label, (left, top): (f64, f64), glyphs: &GlyphCache) {
        let Look { px, colour, bold } = label.look;
        let colour = [colour.0, colour.1, colour.2];
        let ink = self.index_of(colour);
        // Blends by (colour beneath, coverage level); u16::MAX: not yet blended.
        let mut blends: Vec<u16> = Vec::new();
        let (width, height) = (self.width as i32, self.height as i32);
        glyphs.set(&label.text, px, bold, (left, top), |(left, top), raster| {
            for (y, row) in (top..).zip(raster.rows()) {
                if !(0..height).contains(&y) {
                    continue;
                }
                let line = (y * width) as usize;
                for (x, &level) in (left..).zip(row) {
                    if level == 0 || !(0..width).contains(&x) {
                        continue;
                    }
                    let at = line + x as usize;
                    let under = self.pixels[at];
                    self.pixels[at] = if level >= COVERAGE_LEVELS || under == ink {
                        ink
                    } else {
                        self.blend(&mut blends, colour, under, level)
                    };
                }
            }
        });
    }

    /// `colour` at coverage `level` over the colour at index `under`, looked up in `blends`.
    fn blend(&mut self, blends: &mut Vec<u16>, colour: [u8; 3], under: u8, level: u8) -> u8 {
        let slot = usize::from(under) * usize::from(COVERAGE_LEVELS) + usize::from(level);
        if slot >= blends.len() {
            blends.resize(slot + 1, u16::MAX);
        }
        if blends[slot] == u16::MAX {
            let below = self.palette[usize::from(under)];
            let full = u32::from(COVERAGE_LEVELS);
            let (top, bottom) = (u32::from(level), full - u32::from(level));
            let mix = |i: usize| {
                ((u32::from(colour[i]) * top + u32::from(below[i]) * bottom + full / 2) / full)
                    as u8
            };
            blends[slot] = u16::from(self.index_of([mix(0), mix(1), mix(2)]));
        }
        blends[slot] as u8
    }

    /// Sub filtering turns runs of one colour into zeros, the runs fdeflate compresses.
    pub fn encode(&self) -> Result<Vec<u8>, String> {
        let mut out = Vec::with_capacity(16 * 1024);
        let mut encoder = png::Encoder::new(&mut out, self.width, self.height);
        encoder.set_depth(png::BitDepth::Eight);
        encoder.set_compression(png::Compression::Fast);
        encoder.set_color(png::ColorType::Indexed);
        encoder.set_palette(self.palette.concat());
        encoder.set_filter(png::Filter::Sub);
        let mut writer = encoder.write_header().map_err(|e| e.to_string())?;
        writer
            .write_image_data(&self.pixels)
            .map_err(|e| e.to_string())?;
        writer.finish().map_err(|e| e.to_string())?;
        Ok(out)
    }
}

/// Draws into an [`Indexed`] picture it borrows (plotters consumes its backend).
pub struct IndexedBackend<'a> {
    picture: &'a mut Indexed,
    glyphs: &'a GlyphCache,
}

impl<'a> IndexedBackend<'a> {
    pub fn new(picture: &'a mut Indexed, glyphs: &'a GlyphCache) -> Self {
        IndexedBackend { picture, glyphs }
    }
}

impl DrawingBackend for IndexedBackend<'_> {
    type ErrorType = InMemory;

    fn get_size(&self) -> (u32, u32) {
        (self.picture.width, self.picture.height)
    }

    fn ensure_prepared(&mut self) -> Drawn {
        Ok(())
    }

    fn present(&mut self) -> Drawn {
        Ok(())
    }

    fn draw_pixel(&mut self, (x, y): BackendCoord, color: BackendColor) -> Drawn {
        let picture = &mut *self.picture;
        if x < 0
            || y < 0
            || x as u32 >= picture.width
            || y as u32 >= picture.height
            || color.alpha <= 0.0
        {
            return Ok(());
        }
        let at = (y as u32 * picture.width + x as u32) as usize;
        let (r, g, b) = color.rgb;
        let rgb = if color.alpha >= 1.0 {
            [r, g, b]
        } else {
            let under = picture.palette[usize::from(picture.pixels[at])];
            let alpha = (color.alpha * 256.0) as u32;
            let mix = |top: u8, bottom: u8| {
                ((u32::from(top) * alpha + u32::from(bottom) * (256 - alpha)) >> 8) as u8
            };
            [mix(r, under[0]), mix(g, under[1]), mix(b, under[2])]
        };
        picture.pixels[at] = picture.index_of(rgb);
        Ok(())
    }

    /// Solid lines along an axis (grid lines, target lines and their dashes, and the spans
    /// plotters fills polygons and circles with) are filled as rectangles.
    fn draw_line<S: BackendStyle>(
        &mut self,
        from: BackendCoord,
        to: BackendCoord,
        style: &S,
    ) -> Drawn {
        let straight = from.0 == to.0 || from.1 == to.1;
        if straight && style.color().alpha >= 1.0 {
            self.fill_stroke(from, to, style.stroke_width(), style.color());
            return Ok(());
        }
        self.draw_path([from, to], style)
    }

    fn draw_path<S: BackendStyle, I: IntoIterator<Item = BackendCoord>>(
        &mut self,
        path: I,
        style: &S,
    ) -> Drawn {
        let (color, width) = (style.color(), style.stroke_width());
        let points: Vec<BackendCoord> = path.into_iter().collect();
        let along_axes = points
            .windows(2)
            .all(|w| w[0].0 == w[1].0 || w[0].1 == w[1].1);
        if color.alpha >= 1.0 && along_axes {
            for segment in points.windows(2) {
                self.fill_stroke(segment[0], segment[1], width, color);
            }
            return Ok(());
        }
        if width == 1 {
            for segment in points.windows(2) {
                plotters_backend::rasterizer::draw_line(self, segment[0], segment[1], style)?;
            }
            return Ok(());
        }
        let outline = plotters_backend::rasterizer::polygonize(&points, width);
        self.fill_polygon(outline, &color)
    }

    /// Solid filled rectangles (bars, tracks, bands) are filled a row at a time.
    fn draw_rect<S: BackendStyle>(
        &mut self,
        from: BackendCoord,
        to: BackendCoord,
        style: &S,
        fill: bool,
    ) -> Drawn {
        if !fill || style.color().alpha < 1.0 {
            return plotters_backend::rasterizer::draw_rect(self, from, to, style, fill);
        }
        self.fill_span(from, to, style.color());
        Ok(())
    }
}

/// Text is lettered straight into the picture at fractional positions, with the font that
/// measured it (plotters' own text rounds each glyph to a pixel and blends every pixel through
/// the generic backend call, which made text most of a PNG's cost).
impl ChartBackend for IndexedBackend<'_> {
    fn draw_label(&mut self, label: &Label, (x, y): BackendCoord) -> Drawn {
        let width = font::text_width(&label.text, label.look.px, label.look.bold);
        let left = match label.anchor {
            Anchor::Left => f64::from(x),
            Anchor::Center => f64::from(x) - width / 2.0,
            Anchor::Right => f64::from(x) - width,
        };
        self.picture
            .letter(label, (left, f64::from(y)), self.glyphs);
        Ok(())
    }

    fn draw_dashed(&mut self, dashed: &Dashed, points: Vec<BackendCoord>) -> Drawn {
        dashed.draw_as_paths(points, self)
    }
}

impl IndexedBackend<'_> {
    /// Fills an axis-aligned line `width` pixels thick, centred on it as plotters centres it.
    fn fill_stroke(
        &mut self,
        (x0, y0): BackendCoord,
        (x1, y1): BackendCoord,
        width: u32,
        color: BackendColor,
    ) {
        let (before, after) = (width as i32 / 2, (width as i32 - 1) / 2);
        if y0 == y1 {
            self.fill_span((x0, y0 - before), (x1, y1 + after), color);
        } else {
            self.fill_span((x0 - before, y0), (x1 + after, y1), color);
        }
    }

    /// Fills the rectangle between two corners (both included) with an opaque colour.
    fn fill_span(&mut self, (x0, y0): BackendCoord, (x1, y1): BackendCoord, color: BackendColor) {
        let picture = &mut *self.picture;
        let (r, g, b) = color.rgb;
        let index = picture.index_of([r, g, b]);
        let (w, h) = (picture.width as i32, picture.height as i32);
        let (left, right) = (x0.min(x1).clamp(0, w), (x0.max(x1) + 1).clamp(0, w));
        for y in y0.min(y1).clamp(0, h)..(y0.max(y1) + 1).clamp(0, h) {
            let row = (y * w) as usize;
            picture.pixels[row + left as usize..row + right as usize].fill(index);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn decode(png: &[u8]) -> (png::ColorType, Vec<u8>, Vec<u8>) {
        let decoder = png::Decoder::new(std::io::Cursor::new(png));
        let mut reader = decoder.read_info().unwrap();
        let palette = reader
            .info()
            .palette
            .as_deref()
            .unwrap_or_default()
            .to_vec();
        let mut pixels = vec![0; reader.output_buffer_size().unwrap()];
        let info = reader.next_frame(&mut pixels).unwrap();
        (info.color_type, palette, pixels)
    }

    #[test]
    fn a_picture_with_more_than_256_colours_stays_indexed_with_near_colours() {
        let (mut picture, glyphs) = (Indexed::new(300, 1), GlyphCache::default());
        let mut backend = IndexedBackend::new(&mut picture, &glyphs);
        for x in 0..300 {
            let grey = (x * 255 / 299) as u8;
            let rgb = (grey, grey / 2, 255 - grey);
            let colour = BackendColor { alpha: 1.0, rgb };
            backend.draw_pixel((x, 0), colour).unwrap();
        }
        let (colour_type, palette, pixels) = decode(&picture.encode().unwrap());
        assert_eq!(colour_type, png::ColorType::Indexed);
        assert_eq!(palette.len(), 256 * 3);
        for (x, &index) in pixels.iter().enumerate() {
            let grey = (x * 255 / 299) as i32;
            let at = usize::from(index) * 3;
            let drawn = i32::from(palette[at]);
            assert!((drawn - grey).abs() <= 2, "pixel {x}: {drawn} for {grey}");
        }
    }

    #[test]
    fn thick_lines_along_an_axis_are_filled_as_plotters_centres_them() {
        let (mut picture, glyphs) = (Indexed::new(10, 10), GlyphCache::default());
        let red = BackendColor {
            alpha: 1.0,
            rgb: (200, 0, 0),
        };
        IndexedBackend::new(&mut picture, &glyphs).fill_stroke((2, 5), (7, 5), 2, red);
        let rows: Vec<usize> = (0..10)
            .filter(|y| picture.pixels[y * 10 + 4] != 0)
            .collect();
        assert_eq!(rows, [4, 5]);
        let columns: Vec<usize> = (0..10).filter(|x| picture.pixels[50 + x] != 0).collect();
        assert_eq!(columns, [2, 3, 4, 5, 6, 7]);
    }
}
