//! Charts to files (SVG, PNG) with plotters: one line per package, the target
//! share and year marked on the share chart. Every line has its own dash pattern
//! and marker as well as its own colour, so a chart printed in black and white
//! still tells the packages apart.
//!
//! PNG text is drawn with `DejaVu` Sans, embedded (assets/fonts, Bitstream Vera
//! licence), so no system font library is needed to build or run.

use std::sync::OnceLock;

use levers_core::{Projection, Target};
use plotters::coord::Shift;
use plotters::element::{Drawable, PointCollection};
use plotters::prelude::*;
/// The colour type of a line style, for callers that compare colours.
pub use plotters::style::RGBColor;
use plotters_backend::{BackendCoord, DrawingErrorKind};

use super::series::Series;

const FONT: &[u8] = include_bytes!("../../../assets/fonts/DejaVuSans.ttf");
pub(crate) const FONT_FAMILY: &str = "sans-serif";

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Kind {
    Svg,
    Png,
}

/// One package's values of the charted series, by year (non-finite values
/// are left out), with an optional p10–p90 band (year, p10, p90) drawn shaded
/// behind the lines.
#[derive(Clone, Debug, PartialEq)]
pub struct Line {
    pub name: String,
    pub points: Vec<(i32, f64)>,
    pub band: Option<Vec<(i32, f64, f64)>>,
}

impl Line {
    pub fn of(name: &str, projection: &Projection, series: &Series) -> Line {
        Line {
            name: crate::inert::xml(name).into_owned(),
            points: projection
                .years
                .iter()
                .map(|y| (y.year, (series.value)(y)))
                .filter(|(_, v)| v.is_finite())
                .collect(),
            band: None,
        }
    }
}

/// What to draw.
pub struct Chart<'a> {
    pub series: &'a Series,
    pub lines: Vec<Line>,
    /// Marked only on the manufacturing-share chart.
    pub target: Option<Target>,
}

impl<'a> Chart<'a> {
    /// A chart of `series` for `lines`; `target` is kept only when the series is
    /// the manufacturing share (the target is a share).
    pub fn new(series: &'a Series, lines: Vec<Line>, target: Option<Target>) -> Chart<'a> {
        let target = target.filter(|_| series.key == "manufacturing_share_pct");
        Chart {
            series,
            lines,
            target,
        }
    }
}

/// How line `i` is told apart: colour, dash, marker.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct LineStyle {
    pub color: RGBColor,
    /// Dash length and gap in pixels; `None` is a solid line.
    pub dash: Option<(u32, u32)>,
    pub marker: Marker,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Marker {
    Circle,
    Triangle,
    Cross,
    Square,
    Diamond,
    Dot,
    /// No marker (the target line).
    None,
}

/// Okabe–Ito colours (distinct for colour-blind readers), each with a dash
/// pattern and marker of its own. Lines beyond the seventh reuse the styles.
pub const STYLES: [LineStyle; 7] = [
    LineStyle {
        color: RGBColor(0, 0, 0),
        dash: None,
        marker: Marker::Circle,
    },
    LineStyle {
        color: RGBColor(0, 114, 178),
        dash: Some((10, 5)),
        marker: Marker::Triangle,
    },
    LineStyle {
        color: RGBColor(213, 94, 0),
        dash: Some((3, 4)),
        marker: Marker::Cross,
    },
    LineStyle {
        color: RGBColor(0, 158, 115),
        dash: Some((16, 4)),
        marker: Marker::Square,
    },
    LineStyle {
        color: RGBColor(204, 121, 167),
        dash: Some((6, 3)),
        marker: Marker::Diamond,
    },
    LineStyle {
        color: RGBColor(230, 159, 0),
        dash: Some((2, 8)),
        marker: Marker::Dot,
    },
    LineStyle {
        color: RGBColor(86, 180, 233),
        dash: Some((12, 10)),
        marker: Marker::Circle,
    },
];

/// The target line's colour (grey, long dashes, labelled).
pub const TARGET_COLOR: RGBColor = RGBColor(120, 120, 120);
const TARGET_LOOK: LineStyle = LineStyle {
    color: TARGET_COLOR,
    dash: Some((12, 4)),
    marker: Marker::None,
};

pub fn style(index: usize) -> LineStyle {
    STYLES[index % STYLES.len()]
}

/// `#RRGGBB`, as the SVG backend writes colours.
pub fn hex(color: RGBColor) -> String {
    format!("#{:02X}{:02X}{:02X}", color.0, color.1, color.2)
}

pub(crate) fn register_font() -> Result<(), String> {
    static REGISTERED: OnceLock<Result<(), String>> = OnceLock::new();
    REGISTERED
        .get_or_init(|| {
            plotters::style::register_font(FONT_FAMILY, FontStyle::Normal, FONT)
                .map_err(|_| "the embedded chart font cannot be read".to_string())
        })
        .clone()
}

/// The chart as SVG text.
pub fn svg(chart: &Chart<'_>, size: (u32, u32)) -> Result<String, String> {
    register_font()?;
    let mut text = String::new();
    {
        let root = SVGBackend::with_string(&mut text, size).into_drawing_area();
        draw(&root, chart)?;
        root.present().map_err(|e| e.to_string())?;
    }
    Ok(text)
}

/// The chart as PNG bytes.
pub fn png(chart: &Chart<'_>, size: (u32, u32)) -> Result<Vec<u8>, String> {
    register_font()?;
    let (width, height) = size;
    let mut pixels = vec![0u8; width as usize * height as usize * 3];
    {
        let root = BitMapBackend::with_buffer(&mut pixels, size).into_drawing_area();
        draw(&root, chart)?;
        root.present().map_err(|e| e.to_string())?;
    }
    let mut bytes = Vec::new();
    let mut encoder = png::Encoder::new(&mut bytes, width, height);
    encoder.set_color(png::ColorType::Rgb);
    encoder.set_depth(png::BitDepth::Eight);
    let mut writer = encoder.write_header().map_err(|e| e.to_string())?;
    writer
        .write_image_data(&pixels)
        .map_err(|e| e.to_string())?;
    writer.finish().map_err(|e| e.to_string())?;
    Ok(bytes)
}

/// The years and value range the axes must cover.
fn extent(chart: &Chart<'_>) -> (std::ops::Range<i32>, std::ops::Range<f64>) {
    let points = chart.lines.iter().flat_map(|l| l.points.iter().copied());
    let band = chart
        .lines
        .iter()
        .filter_map(|l| l.band.as_ref())
        .flatten()
        .flat_map(|(year, low, high)| [(*year, *low), (*year, *high)]);
    let target = chart.target.map(|t| (t.year, t.share_pct)).into_iter();
    let all: Vec<(i32, f64)> = points
        .chain(band)
        .chain(target)
        .filter(|(_, v)| v.is_finite())
        .collect();
    let first = all.iter().map(|p| p.0).min().unwrap_or(2024);
    let last = all
        .iter()
        .map(|p| p.0)
        .max()
        .unwrap_or(first + 1)
        .max(first + 1);
    let low = all.iter().map(|p| p.1).fold(f64::INFINITY, f64::min);
    let high = all.iter().map(|p| p.1).fold(f64::NEG_INFINITY, f64::max);
    let (low, high) = if low.is_finite() && high.is_finite() {
        (low, high)
    } else {
        (0.0, 1.0)
    };
    let pad = if high > low {
        (high - low) * 0.08
    } else {
        high.abs().max(1.0) * 0.1
    };
    let bottom = if low >= 0.0 && low - pad < 0.0 {
        0.0
    } else {
        low - pad
    };
    (first..last, bottom..high + pad)
}

fn draw<DB: DrawingBackend>(root: &DrawingArea<DB, Shift>, chart: &Chart<'_>) -> Result<(), String>
where
    DB::ErrorType: 'static,
{
    let fail = |e: DrawingAreaErrorKind<DB::ErrorType>| e.to_string();
    root.fill(&WHITE).map_err(fail)?;
    let (years, values) = extent(chart);
    let series = chart.series;
    let mut context = ChartBuilder::on(root)
        .caption(
            format!("{} ({})", series.label, series.unit),
            (FONT_FAMILY, 22),
        )
        .margin(14)
        .x_label_area_size(44)
        .y_label_area_size(72)
        .build_cartesian_2d(years.clone(), values.clone())
        .map_err(fail)?;
    context
        .configure_mesh()
        .x_desc("year")
        .y_desc(format!("{}, {}", series.label, series.unit))
        .x_label_formatter(&|year| year.to_string())
        .y_label_formatter(&|v| format_tick(*v))
        .axis_desc_style((FONT_FAMILY, 15))
        .label_style((FONT_FAMILY, 13))
        .light_line_style(RGBColor(235, 235, 235))
        .bold_line_style(RGBColor(210, 210, 210))
        .draw()
        .map_err(fail)?;

    let mut band_labelled = false;
    for (index, line) in chart.lines.iter().enumerate() {
        let Some(band) = &line.band else {
            continue;
        };
        let upper = band.iter().map(|(y, _, high)| (*y, *high));
        let lower = band.iter().rev().map(|(y, low, _)| (*y, *low));
        let outline: Vec<(i32, f64)> = upper.chain(lower).collect();
        let fill = style(index).color.mix(0.18).filled();
        let drawn = context
            .draw_series(std::iter::once(Polygon::new(outline, fill)))
            .map_err(fail)?;
        if !band_labelled {
            band_labelled = true;
            drawn
                .label("shaded: p10–p90 over uncertain assumptions")
                .legend(move |(x, y)| Rectangle::new([(x, y - 5), (x + 30, y + 5)], fill));
        }
    }

    if let Some(target) = chart.target {
        let target_style = ShapeStyle::from(TARGET_COLOR).stroke_width(1);
        context
            .draw_series(DashedLineSeries::new(
                [
                    (years.start, target.share_pct),
                    (years.end, target.share_pct),
                ],
                12,
                4,
                target_style,
            ))
            .map_err(fail)?
            .label(format!(
                "target {}% of GDP by {}",
                target.share_pct, target.year
            ))
            .legend(|at| Glyph {
                at,
                look: TARGET_LOOK,
                sample: true,
            });
        context
            .draw_series(DashedLineSeries::new(
                [(target.year, values.start), (target.year, values.end)],
                4,
                4,
                target_style,
            ))
            .map_err(fail)?;
        context
            .draw_series(std::iter::once(Text::new(
                format!("{}", target.year),
                (target.year, values.end),
                (FONT_FAMILY, 13).into_font().color(&TARGET_COLOR),
            )))
            .map_err(fail)?;
    }

    let marker_every = chart
        .lines
        .iter()
        .map(|l| l.points.len())
        .max()
        .unwrap_or(0)
        .div_ceil(14)
        .max(1);
    for (index, line) in chart.lines.iter().enumerate() {
        let look = style(index);
        let stroke = ShapeStyle::from(look.color).stroke_width(2);
        let points = line.points.clone();
        let drawn = match look.dash {
            None => context.draw_series(LineSeries::new(points.clone(), stroke)),
            Some((dash, gap)) => {
                context.draw_series(DashedLineSeries::new(points.clone(), dash, gap, stroke))
            }
        }
        .map_err(fail)?;
        drawn.label(line.name.clone()).legend(move |at| Glyph {
            at,
            look,
            sample: true,
        });
        let markers = points
            .iter()
            .enumerate()
            .filter(|(i, _)| i % marker_every == 0 || *i + 1 == points.len())
            .map(|(_, p)| Glyph {
                at: *p,
                look,
                sample: false,
            });
        context.draw_series(markers).map_err(fail)?;
    }

    context
        .configure_series_labels()
        .position(legend_position(chart, &years, &values))
        .background_style(WHITE.mix(0.85))
        .border_style(RGBColor(160, 160, 160))
        .label_font((FONT_FAMILY, 14))
        .legend_area_size(40)
        .draw()
        .map_err(fail)?;
    Ok(())
}

/// The first corner (upper left, upper right, lower right, lower left) whose
/// region — 45% of the width, 40% of the height — no line or band passes
/// through, so the legend hides no data; upper left if none is free.
fn legend_position(
    chart: &Chart<'_>,
    years: &std::ops::Range<i32>,
    values: &std::ops::Range<f64>,
) -> SeriesLabelPosition {
    let span_x = f64::from((years.end - years.start).max(1));
    let span_y = (values.end - values.start).max(f64::MIN_POSITIVE);
    let mut points: Vec<(f64, f64)> = Vec::new();
    for line in &chart.lines {
        for (year, value) in &line.points {
            points.push((f64::from(*year), *value));
        }
        for (year, low, high) in line.band.iter().flatten() {
            points.extend([(f64::from(*year), *low), (f64::from(*year), *high)]);
        }
    }
    let relative: Vec<(f64, f64)> = points
        .iter()
        .map(|(x, y)| {
            (
                (x - f64::from(years.start)) / span_x,
                (y - values.start) / span_y,
            )
        })
        .collect();
    let free = |left: bool, top: bool| {
        !relative.iter().any(|(x, y)| {
            let in_x = if left { *x <= 0.45 } else { *x >= 0.55 };
            let in_y = if top { *y >= 0.6 } else { *y <= 0.4 };
            in_x && in_y
        })
    };
    [
        (true, true, SeriesLabelPosition::UpperLeft),
        (false, true, SeriesLabelPosition::UpperRight),
        (false, false, SeriesLabelPosition::LowerRight),
        (true, false, SeriesLabelPosition::LowerLeft),
    ]
    .into_iter()
    .find(|(left, top, _)| free(*left, *top))
    .map_or(SeriesLabelPosition::UpperLeft, |(_, _, position)| position)
}

/// A marker drawn in pixels around a point; with `sample`, also a short line
/// in the series' dash pattern (the legend's sample).
pub struct Glyph<C> {
    at: C,
    look: LineStyle,
    sample: bool,
}

impl<'a, C: 'a> PointCollection<'a, C> for &'a Glyph<C> {
    type Point = &'a C;
    type IntoIter = std::iter::Once<&'a C>;
    fn point_iter(self) -> Self::IntoIter {
        std::iter::once(&self.at)
    }
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
        let stroke = ShapeStyle::from(self.look.color).stroke_width(2);
        let center = if self.sample {
            const LENGTH: i32 = 30;
            match self.look.dash {
                None => backend.draw_line((x, y), (x + LENGTH, y), &stroke)?,
                Some((dash, gap)) => {
                    let (dash, gap) = (dash.max(1) as i32, gap as i32);
                    let mut start = x;
                    while start < x + LENGTH {
                        let end = (start + dash).min(x + LENGTH);
                        backend.draw_line((start, y), (end, y), &stroke)?;
                        start = end + gap;
                    }
                }
            }
            (x + LENGTH / 2, y)
        } else {
            (x, y)
        };
        draw_marker(backend, center, self.look.marker, stroke)
    }
}

fn draw_marker<DB: DrawingBackend>(
    backend: &mut DB,
    (x, y): BackendCoord,
    marker: Marker,
    stroke: ShapeStyle,
) -> Result<(), DrawingErrorKind<DB::ErrorType>> {
    match marker {
        Marker::Circle => backend.draw_circle((x, y), 4, &stroke, false),
        Marker::Dot => backend.draw_circle((x, y), 3, &stroke, true),
        Marker::Triangle => backend.draw_path(
            [(x, y - 5), (x + 5, y + 4), (x - 5, y + 4), (x, y - 5)],
            &stroke,
        ),
        Marker::Cross => {
            backend.draw_line((x - 4, y - 4), (x + 4, y + 4), &stroke)?;
            backend.draw_line((x - 4, y + 4), (x + 4, y - 4), &stroke)
        }
        Marker::Square => backend.draw_rect((x - 4, y - 4), (x + 4, y + 4), &stroke, false),
        Marker::None => Ok(()),
        Marker::Diamond => backend.draw_path(
            [(x, y - 5), (x + 5, y), (x, y + 5), (x - 5, y), (x, y - 5)],
            &stroke,
        ),
    }
}

/// Formats an axis tick without trailing noise: 12000 → "12,000", 0.25 → "0.25".
fn format_tick(value: f64) -> String {
    if value.abs() >= 1000.0 {
        crate::format::thousands(value)
    } else {
        let text = format!("{value:.3}");
        let text = text.trim_end_matches('0').trim_end_matches('.');
        if text == "-0" {
            "0".to_string()
        } else {
            text.to_string()
        }
    }
}
