//! Markers and legend samples drawn in pixels, scaled with the chart (a print
//! PNG at `--scale 3` has markers three times as large, like its text).

use plotters::element::{Drawable, PointCollection};
use plotters::style::ShapeStyle;
use plotters_backend::{BackendCoord, DrawingBackend, DrawingErrorKind};

use super::style::{LineStyle, Marker};

/// A marker drawn around a point; with `sample`, also a short line in the
/// series' dash pattern (the legend's sample).
pub struct Glyph<C> {
    pub at: C,
    pub look: LineStyle,
    pub sample: bool,
    pub scale: f64,
}

impl<'a, C: 'a> PointCollection<'a, C> for &'a Glyph<C> {
    type Point = &'a C;
    type IntoIter = std::iter::Once<&'a C>;
    fn point_iter(self) -> Self::IntoIter {
        std::iter::once(&self.at)
    }
}

/// `pixels` at scale 1, at `scale`.
pub fn scaled(pixels: f64, scale: f64) -> i32 {
    (pixels * scale).round() as i32
}

impl<C, DB: DrawingBackend> Drawable<DB> for Glyph<C> {
    fn draw<I: Iterator<Item = BackendCoord>>(
        &self,
        mut pos: I,
        backend: &mut DB,
        _: (u32, u32),
    ) -> Result<(), DrawingErrorKind<DB::ErrorType>> {
        let Some((x, y)) = pos.next() else {
            return Ok(());
        };
        let width = scaled(2.0, self.scale).max(1) as u32;
        let stroke = ShapeStyle::from(self.look.color).stroke_width(width);
        let center = if self.sample {
            let length = scaled(30.0, self.scale);
            match self.look.dash {
                None => backend.draw_line((x, y), (x + length, y), &stroke)?,
                Some((dash, gap)) => {
                    let dash = scaled(f64::from(dash), self.scale).max(1);
                    let gap = scaled(f64::from(gap), self.scale);
                    let mut start = x;
                    while start < x + length {
                        let end = (start + dash).min(x + length);
                        backend.draw_line((start, y), (end, y), &stroke)?;
                        start = end + gap;
                    }
                }
            }
            (x + length / 2, y)
        } else {
            (x, y)
        };
        draw_marker(backend, center, self.look.marker, stroke, self.scale)
    }
}

fn draw_marker<DB: DrawingBackend>(
    backend: &mut DB,
    (x, y): BackendCoord,
    marker: Marker,
    stroke: ShapeStyle,
    scale: f64,
) -> Result<(), DrawingErrorKind<DB::ErrorType>> {
    let s = |pixels: f64| scaled(pixels, scale);
    match marker {
        Marker::Circle => backend.draw_circle((x, y), s(4.0) as u32, &stroke, false),
        Marker::Dot => backend.draw_circle((x, y), s(3.0) as u32, &stroke, true),
        Marker::Triangle => backend.draw_path(
            [
                (x, y - s(5.0)),
                (x + s(5.0), y + s(4.0)),
                (x - s(5.0), y + s(4.0)),
                (x, y - s(5.0)),
            ],
            &stroke,
        ),
        Marker::Cross => {
            backend.draw_line((x - s(4.0), y - s(4.0)), (x + s(4.0), y + s(4.0)), &stroke)?;
            backend.draw_line((x - s(4.0), y + s(4.0)), (x + s(4.0), y - s(4.0)), &stroke)
        }
        Marker::Square => backend.draw_rect(
            (x - s(4.0), y - s(4.0)),
            (x + s(4.0), y + s(4.0)),
            &stroke,
            false,
        ),
        Marker::None => Ok(()),
        Marker::Diamond => backend.draw_path(
            [
                (x, y - s(5.0)),
                (x + s(5.0), y),
                (x, y + s(5.0)),
                (x - s(5.0), y),
                (x, y - s(5.0)),
            ],
            &stroke,
        ),
    }
}
