//! What a chart asks of a drawing backend beyond plotters' own interface, and the two plotters
//! elements that ask it: text set in the bundled font, and dashed lines. plotters draws a dashed
//! line as one path per dash and lays text out with its own font handling; an SVG wants one
//! `stroke-dasharray` line and plain `<text>`, a bitmap wants the text rasterised at
//! fractional positions with the same font that measured it.

use crate::charts::canvas::{Anchor, Look};
use plotters::element::{DashedPathElement, Drawable, PointCollection};
use plotters::prelude::*;
use plotters_backend::{BackendCoord, DrawingErrorKind};

pub trait ChartBackend: DrawingBackend {
    /// `label` with its top at `at` (the anchor's x).
    fn draw_label(
        &mut self,
        label: &Label,
        at: BackendCoord,
    ) -> Result<(), DrawingErrorKind<Self::ErrorType>>;

    /// A polyline drawn `dash` pixels on, `gap` pixels off.
    fn draw_dashed(
        &mut self,
        dashed: &Dashed,
        points: Vec<BackendCoord>,
    ) -> Result<(), DrawingErrorKind<Self::ErrorType>>;
}

/// The error of backends that draw into memory, which cannot fail (plotters wants a type).
#[derive(Debug)]
pub struct InMemory;

impl std::fmt::Display for InMemory {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("drawing into memory cannot fail")
    }
}

impl std::error::Error for InMemory {}

pub type Drawn = Result<(), DrawingErrorKind<InMemory>>;

/// A piece of chart text.
pub struct Label {
    pub text: String,
    pub at: (i32, i32),
    pub look: Look,
    pub anchor: Anchor,
}

pub struct Dashed {
    pub points: Vec<(i32, i32)>,
    pub colour: RGBColor,
    pub width: u32,
    pub dash: u32,
    pub gap: u32,
}

impl Dashed {
    /// The dashes as plotters draws them, one path each: for backends that draw pixels.
    pub fn draw_as_paths<DB: DrawingBackend>(
        &self,
        points: Vec<BackendCoord>,
        backend: &mut DB,
    ) -> Result<(), DrawingErrorKind<DB::ErrorType>> {
        let style = ShapeStyle::from(&self.colour).stroke_width(self.width);
        let element = DashedPathElement::new(points.iter().copied(), self.dash, self.gap, style);
        let size = backend.get_size();
        element.draw(points.iter().copied(), backend, size)
    }
}

impl<'a> PointCollection<'a, (i32, i32)> for &'a Label {
    type Point = &'a (i32, i32);
    type IntoIter = std::iter::Once<&'a (i32, i32)>;
    fn point_iter(self) -> Self::IntoIter {
        std::iter::once(&self.at)
    }
}

impl<DB: ChartBackend> Drawable<DB> for Label {
    fn draw<I: Iterator<Item = BackendCoord>>(
        &self,
        mut points: I,
        backend: &mut DB,
        _: (u32, u32),
    ) -> Result<(), DrawingErrorKind<DB::ErrorType>> {
        match points.next() {
            Some(at) => backend.draw_label(self, at),
            None => Ok(()),
        }
    }
}

impl<'a> PointCollection<'a, (i32, i32)> for &'a Dashed {
    type Point = &'a (i32, i32);
    type IntoIter = &'a [(i32, i32)];
    fn point_iter(self) -> Self::IntoIter {
        &self.points
    }
}

impl<DB: ChartBackend> Drawable<DB> for Dashed {
    fn draw<I: Iterator<Item = BackendCoord>>(
        &self,
        points: I,
        backend: &mut DB,
        _: (u32, u32),
    ) -> Result<(), DrawingErrorKind<DB::ErrorType>> {
        backend.draw_dashed(self, points.collect())
    }
}
