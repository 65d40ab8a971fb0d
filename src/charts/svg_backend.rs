//! A plotters backend that writes compact SVG for charts inlined into pages by the thousand:
//! one element per shape with only the attributes that differ from SVG's defaults, dashed
//! lines as one `stroke-dasharray` line, text as plain `<text>` whose font is inherited.
//! (plotters' own SVG backend repeats `opacity="1"` and the font stack on every element and
//! writes each dash as its own path: most of a chart's bytes.)

use crate::charts::backend::{ChartBackend, Dashed, Drawn, InMemory, Label};
use crate::charts::canvas::Anchor;
use crate::html;
use plotters::style::Color;
use plotters_backend::{
    BackendColor, BackendCoord, BackendStyle, BackendTextStyle, DrawingBackend,
};
use std::fmt::Write;

pub struct SvgBackend<'a> {
    out: &'a mut String,
    size: (u32, u32),
}

impl<'a> SvgBackend<'a> {
    /// Appends the chart's elements to `out`; the caller writes the `<svg>` element around them.
    pub fn new(out: &'a mut String, size: (u32, u32)) -> Self {
        SvgBackend { out, size }
    }

    /// ` fill="#RRGGBB"` (or another attribute), with its opacity when not opaque.
    fn paint(&mut self, attribute: &str, color: BackendColor) {
        let (r, g, b) = color.rgb;
        let _ = write!(self.out, " {attribute}=\"#{r:02X}{g:02X}{b:02X}\"");
        if color.alpha < 1.0 {
            let _ = write!(self.out, " {attribute}-opacity=\"{:.3}\"", color.alpha);
        }
    }

    fn stroke(&mut self, color: BackendColor, width: u32) {
        self.paint("stroke", color);
        if width != 1 {
            let _ = write!(self.out, " stroke-width=\"{width}\"");
        }
    }

    fn points(&mut self, points: impl IntoIterator<Item = BackendCoord>) {
        self.out.push_str(" points=\"");
        for (i, (x, y)) in points.into_iter().enumerate() {
            let gap = if i == 0 { "" } else { " " };
            let _ = write!(self.out, "{gap}{x},{y}");
        }
        self.out.push('"');
    }
}

impl DrawingBackend for SvgBackend<'_> {
    type ErrorType = InMemory;

    fn get_size(&self) -> (u32, u32) {
        self.size
    }

    fn ensure_prepared(&mut self) -> Drawn {
        Ok(())
    }

    fn present(&mut self) -> Drawn {
        Ok(())
    }

    fn draw_pixel(&mut self, (x, y): BackendCoord, color: BackendColor) -> Drawn {
        if color.alpha > 0.0 {
            let _ = write!(
                self.out,
                "<rect x=\"{x}\" y=\"{y}\" width=\"1\" height=\"1\""
            );
            self.paint("fill", color);
            self.out.push_str("/>");
        }
        Ok(())
    }

    fn draw_line<S: BackendStyle>(
        &mut self,
        from: BackendCoord,
        to: BackendCoord,
        style: &S,
    ) -> Drawn {
        self.draw_path([from, to], style)
    }

    fn draw_rect<S: BackendStyle>(
        &mut self,
        (x0, y0): BackendCoord,
        (x1, y1): BackendCoord,
        style: &S,
        fill: bool,
    ) -> Drawn {
        let color = style.color();
        if color.alpha <= 0.0 {
            return Ok(());
        }
        let (x, y, w, h) = (x0.min(x1), y0.min(y1), (x1 - x0).abs(), (y1 - y0).abs());
        let _ = write!(
            self.out,
            "<rect x=\"{x}\" y=\"{y}\" width=\"{w}\" height=\"{h}\""
        );
        if fill {
            self.paint("fill", color);
        } else {
            self.out.push_str(" fill=\"none\"");
            self.stroke(color, style.stroke_width());
        }
        self.out.push_str("/>");
        Ok(())
    }

    fn draw_path<S: BackendStyle, I: IntoIterator<Item = BackendCoord>>(
        &mut self,
        path: I,
        style: &S,
    ) -> Drawn {
        if style.color().alpha <= 0.0 {
            return Ok(());
        }
        self.out.push_str("<polyline fill=\"none\"");
        self.stroke(style.color(), style.stroke_width());
        self.points(path);
        self.out.push_str("/>");
        Ok(())
    }

    fn draw_circle<S: BackendStyle>(
        &mut self,
        (x, y): BackendCoord,
        radius: u32,
        style: &S,
        fill: bool,
    ) -> Drawn {
        if style.color().alpha <= 0.0 {
            return Ok(());
        }
        let _ = write!(self.out, "<circle cx=\"{x}\" cy=\"{y}\" r=\"{radius}\"");
        if fill {
            self.paint("fill", style.color());
        } else {
            self.out.push_str(" fill=\"none\"");
            self.stroke(style.color(), style.stroke_width());
        }
        self.out.push_str("/>");
        Ok(())
    }

    fn fill_polygon<S: BackendStyle, I: IntoIterator<Item = BackendCoord>>(
        &mut self,
        vertices: I,
        style: &S,
    ) -> Drawn {
        if style.color().alpha <= 0.0 {
            return Ok(());
        }
        self.out.push_str("<polygon");
        self.paint("fill", style.color());
        self.points(vertices);
        self.out.push_str("/>");
        Ok(())
    }

    /// Only plotters' own text elements come here; charts draw [`Label`]s.
    fn draw_text<S: BackendTextStyle>(
        &mut self,
        text: &str,
        style: &S,
        (x, y): BackendCoord,
    ) -> Drawn {
        let _ = write!(self.out, "<text x=\"{x}\" y=\"{y}\"");
        self.paint("fill", style.color());
        let _ = write!(self.out, ">{}</text>", html::escape(text));
        Ok(())
    }
}

impl ChartBackend for SvgBackend<'_> {
    fn draw_label(&mut self, label: &Label, (x, y): BackendCoord) -> Drawn {
        let look = label.look;
        // The baseline where the bitmap puts it: 0.76 em below the top.
        let baseline = (f64::from(y) + 0.76 * look.px).round();
        let _ = write!(
            self.out,
            "<text x=\"{x}\" y=\"{baseline}\" font-size=\"{}\"",
            look.px
        );
        match label.anchor {
            Anchor::Left => {}
            Anchor::Center => self.out.push_str(" text-anchor=\"middle\""),
            Anchor::Right => self.out.push_str(" text-anchor=\"end\""),
        }
        if look.bold {
            self.out.push_str(" font-weight=\"bold\"");
        }
        self.paint("fill", look.colour.to_backend_color());
        let _ = write!(self.out, ">{}</text>", html::escape(&label.text));
        Ok(())
    }

    fn draw_dashed(&mut self, dashed: &Dashed, points: Vec<BackendCoord>) -> Drawn {
        self.out.push_str("<polyline fill=\"none\"");
        self.stroke(dashed.colour.to_backend_color(), dashed.width);
        let _ = write!(
            self.out,
            " stroke-dasharray=\"{} {}\"",
            dashed.dash, dashed.gap
        );
        self.points(points);
        self.out.push_str("/>");
        Ok(())
    }
}
