//! A plotters backend that draws into palette indices instead of RGB: charts have few colours,
//! so their pixels are a byte each and the PNG is written indexed, with no conversion pass.

use crate::charts::font::FastHash;
use plotters_backend::{
    BackendColor, BackendCoord, BackendStyle, DrawingBackend, DrawingErrorKind,
};
use std::collections::HashMap;

/// The picture: indices into `palette`, white (index 0) to begin with.
pub struct Indexed {
    width: u32,
    height: u32,
    pixels: Vec<u16>,
    palette: Vec<[u8; 3]>,
    lookup: HashMap<[u8; 3], u16, FastHash>,
    /// The colour looked up last: runs of one colour skip the map.
    last: ([u8; 3], u16),
}

impl Indexed {
    pub fn new(width: u32, height: u32) -> Indexed {
        let mut lookup = HashMap::with_hasher(FastHash);
        lookup.insert([255, 255, 255], 0);
        Indexed {
            width,
            height,
            pixels: vec![0; (width * height) as usize],
            palette: vec![[255, 255, 255]],
            lookup,
            last: ([255, 255, 255], 0),
        }
    }

    fn index_of(&mut self, rgb: [u8; 3]) -> u16 {
        if self.last.0 == rgb {
            return self.last.1;
        }
        let next = self.palette.len();
        let index = *self
            .lookup
            .entry(rgb)
            .or_insert(next.min(u16::MAX as usize) as u16);
        if usize::from(index) == next {
            self.palette.push(rgb);
        }
        self.last = (rgb, index);
        index
    }

    /// The picture as PNG: indexed when it has at most 256 colours, else RGB.
    pub fn encode(&self) -> Result<Vec<u8>, String> {
        let mut out = Vec::with_capacity(16 * 1024);
        let mut encoder = png::Encoder::new(&mut out, self.width, self.height);
        encoder.set_depth(png::BitDepth::Eight);
        encoder.set_compression(png::Compression::Fast);
        let data: Vec<u8> = if self.palette.len() <= 256 {
            encoder.set_color(png::ColorType::Indexed);
            encoder.set_palette(self.palette.concat());
            encoder.set_filter(png::Filter::NoFilter);
            self.pixels.iter().map(|&i| i as u8).collect()
        } else {
            encoder.set_color(png::ColorType::Rgb);
            encoder.set_filter(png::Filter::Sub);
            self.pixels
                .iter()
                .flat_map(|&i| self.palette[usize::from(i)])
                .collect()
        };
        let mut writer = encoder.write_header().map_err(|e| e.to_string())?;
        writer.write_image_data(&data).map_err(|e| e.to_string())?;
        writer.finish().map_err(|e| e.to_string())?;
        Ok(out)
    }
}

/// Draws into an [`Indexed`] picture it borrows (plotters consumes its backend).
pub struct IndexedBackend<'a> {
    picture: &'a mut Indexed,
}

impl<'a> IndexedBackend<'a> {
    pub fn new(picture: &'a mut Indexed) -> Self {
        IndexedBackend { picture }
    }
}

#[derive(Debug)]
pub struct NeverFails;

impl std::fmt::Display for NeverFails {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("drawing into memory cannot fail")
    }
}

impl std::error::Error for NeverFails {}

impl DrawingBackend for IndexedBackend<'_> {
    type ErrorType = NeverFails;

    fn get_size(&self) -> (u32, u32) {
        (self.picture.width, self.picture.height)
    }

    fn ensure_prepared(&mut self) -> Result<(), DrawingErrorKind<NeverFails>> {
        Ok(())
    }

    fn present(&mut self) -> Result<(), DrawingErrorKind<NeverFails>> {
        Ok(())
    }

    fn draw_pixel(
        &mut self,
        (x, y): BackendCoord,
        color: BackendColor,
    ) -> Result<(), DrawingErrorKind<NeverFails>> {
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

    /// Solid filled rectangles (bars, tracks, bands) are filled a row at a time.
    fn draw_rect<S: BackendStyle>(
        &mut self,
        (x0, y0): BackendCoord,
        (x1, y1): BackendCoord,
        style: &S,
        fill: bool,
    ) -> Result<(), DrawingErrorKind<NeverFails>> {
        let color = style.color();
        if !fill || color.alpha < 1.0 {
            return plotters_backend::rasterizer::draw_rect(self, (x0, y0), (x1, y1), style, fill);
        }
        let picture = &mut *self.picture;
        let (r, g, b) = color.rgb;
        let index = picture.index_of([r, g, b]);
        let (w, h) = (picture.width as i32, picture.height as i32);
        let (left, right) = (x0.min(x1).clamp(0, w), (x0.max(x1) + 1).clamp(0, w));
        for y in y0.min(y1).clamp(0, h)..(y0.max(y1) + 1).clamp(0, h) {
            let row = (y * w) as usize;
            picture.pixels[row + left as usize..row + right as usize].fill(index);
        }
        Ok(())
    }
}
