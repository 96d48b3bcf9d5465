//! Charts to files (SVG, PNG) with plotters: one line per package, the target
//! share and year marked on the share chart, a source line under every chart.
//! Every line has its own dash pattern and marker as well as its own colour,
//! so a chart printed in black and white still tells the packages apart; a
//! package keeps its look from chart to chart ([`style::styles_for`]).
//!
//! A chart is drawn at a `scale` (1 for the screen, 2–4 for print): pixel
//! size, text, lines and markers all grow together. The x axis runs half a
//! year past the first and last years, so no marker is cut at the edge.

pub(crate) mod font;
mod glyph;
mod lettering;
mod style;

use levers_core::analysis::Uncertainty;
use levers_core::{Projection, Target};
use plotters::coord::Shift;
use plotters::prelude::*;

use self::glyph::{Glyph, scaled};
use self::style::TARGET_LOOK;
pub use self::style::{
    LineStyle, Marker, RGBColor, STYLES, TARGET_COLOR, hex, style_for, styles_for,
};
use super::series::Series;
use crate::RenderError;
use crate::i18n::Lang;

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
            name: crate::sanitise::xml(name).into_owned(),
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

/// The words on a chart, in the reader's language.
#[derive(Clone, Debug, PartialEq)]
pub struct ChartTexts {
    /// The language of these words, and of the words drawn from them (the
    /// target named at the top edge when it is off the scale).
    pub lang: Lang,
    pub title: String,
    pub x_axis: String,
    pub y_axis: String,
    /// The target line's legend entry.
    pub target: String,
    /// The legend entry of the shaded bands.
    pub band: String,
}

impl ChartTexts {
    /// The words for `series` (and the target, if marked) in `lang`.
    pub fn in_lang(lang: Lang, series: &Series, target: Option<Target>) -> ChartTexts {
        let label = series.title(lang);
        let unit = lang.unit(series.unit);
        let separator = if lang == Lang::En { ", " } else { "，" };
        ChartTexts {
            lang,
            title: title(&label, &unit),
            x_axis: lang.text("chart-year"),
            y_axis: format!("{label}{separator}{unit}"),
            target: target.map_or_else(String::new, |t| {
                lang.format(
                    "chart-target",
                    &[
                        ("share", &t.share_pct.to_string()),
                        ("year", &t.year.to_string()),
                    ],
                )
            }),
            band: lang.text("chart-band"),
        }
    }
}

/// A chart's title: the label, with the unit in brackets unless the label
/// already ends in brackets or names the unit ("Manufacturing jobs (all plants)",
/// not "Manufacturing jobs (all plants) (jobs)").
pub fn title(label: &str, unit: &str) -> String {
    let names_unit = label
        .split(|c: char| !c.is_alphanumeric())
        .any(|word| word.eq_ignore_ascii_case(unit));
    let label_end = label.trim_end();
    if label_end.ends_with(')') || label_end.ends_with('）') || names_unit {
        label.to_string()
    } else if font::needs_cjk(label) {
        format!("{label}（{unit}）")
    } else {
        format!("{label} ({unit})")
    }
}

/// The source line under a chart, in `lang`: the
/// version of levers, the package files (their names, not where they are)
/// and the year of the baseline data.
pub fn source_line(lang: Lang, version: &str, files: &[String], base_year: i32) -> String {
    let names: Vec<String> = files
        .iter()
        .map(|file| {
            std::path::Path::new(file)
                .file_name()
                .map_or_else(|| file.clone(), |n| n.to_string_lossy().into_owned())
        })
        .collect();
    let names = crate::sanitise::xml(&names.join(", ")).into_owned();
    lang.format(
        "chart-source",
        &[
            ("version", version),
            ("files", &names),
            ("year", &base_year.to_string()),
        ],
    )
}

/// What to draw.
pub struct Chart<'a> {
    pub series: &'a Series,
    pub lines: Vec<Line>,
    /// Marked only on the manufacturing-share chart.
    pub target: Option<Target>,
    pub texts: ChartTexts,
    /// The source line under the chart ([`source_line`]).
    pub footnote: Option<String>,
    /// 1 on screen; 2–4 for print (pixels, text and markers grow together).
    pub scale: f64,
    /// Whether the target share is drawn, and whether the axis stretches to it.
    pub target_line: TargetLine,
    /// The value axis, low to high, when the reader fixes it (`--ylim`);
    /// otherwise fitted to the data.
    pub ylim: Option<(f64, f64)>,
}

/// How the target share is shown on a share chart (`--target-line`).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum TargetLine {
    /// The axis is fitted to the data; the target line is drawn when it lies
    /// near the data, and otherwise named at the top edge ("target 5% of GDP
    /// by 2032 ↑, above the scale"), so options at 0.6–0.7% stay apart.
    #[default]
    Auto,
    /// The axis always reaches the target, which is drawn.
    On,
    /// No target line; the axis is fitted to the data.
    Off,
}

impl TargetLine {
    /// The mode a word names (`auto`, `on`, `off`).
    pub fn from_key(key: &str) -> Option<TargetLine> {
        match key {
            "auto" => Some(TargetLine::Auto),
            "on" => Some(TargetLine::On),
            "off" => Some(TargetLine::Off),
            _ => None,
        }
    }
}

impl<'a> Chart<'a> {
    /// A chart of `series` for `lines`; `target` is kept only when the series is
    /// the manufacturing share (the target is a share). Words in `lang`, scale 1,
    /// no source line.
    pub fn new(
        lang: Lang,
        series: &'a Series,
        lines: Vec<Line>,
        target: Option<Target>,
    ) -> Chart<'a> {
        let target = target.filter(|_| series.key == "manufacturing_share_pct");
        Chart {
            series,
            lines,
            target,
            texts: ChartTexts::in_lang(lang, series, target),
            footnote: None,
            scale: 1.0,
            target_line: TargetLine::Auto,
            ylim: None,
        }
    }

    #[must_use]
    pub fn target_line(mut self, target_line: TargetLine) -> Chart<'a> {
        self.target_line = target_line;
        self
    }

    #[must_use]
    pub fn ylim(mut self, ylim: Option<(f64, f64)>) -> Chart<'a> {
        self.ylim = ylim;
        self
    }

    /// Whether the target line is drawn inside the plot (rather than named
    /// at its top edge, or left out).
    fn target_on_scale(&self) -> bool {
        let Some(target) = self.target else {
            return false;
        };
        match self.target_line {
            TargetLine::Off => false,
            TargetLine::On => self
                .ylim
                .is_none_or(|(low, high)| (low..=high).contains(&target.share_pct)),
            TargetLine::Auto => {
                let (low, high) = match self.ylim {
                    Some(range) => range,
                    None => data_range(self).unwrap_or((0.0, 1.0)),
                };
                // Near enough that stretching the axis to it at most doubles it.
                target.share_pct >= low && target.share_pct <= high + (high - low).max(0.0)
            }
        }
    }

    #[must_use]
    pub fn footnote(mut self, text: impl Into<String>) -> Chart<'a> {
        self.footnote = Some(text.into());
        self
    }

    #[must_use]
    pub fn scale(mut self, scale: f64) -> Chart<'a> {
        self.scale = scale;
        self
    }

    #[must_use]
    pub fn texts(mut self, texts: ChartTexts) -> Chart<'a> {
        self.texts = texts;
        self
    }

    /// The style of each line, by its name.
    pub fn styles(&self) -> Vec<LineStyle> {
        let names: Vec<&str> = self.lines.iter().map(|l| l.name.as_str()).collect();
        styles_for(&names)
    }

    /// The font family: CJK when any word on the chart needs it.
    fn family(&self) -> &'static str {
        let texts = [
            &self.texts.title,
            &self.texts.x_axis,
            &self.texts.y_axis,
            &self.texts.target,
            &self.texts.band,
        ];
        let any_cjk = texts.iter().any(|t| font::needs_cjk(t))
            || self.lines.iter().any(|l| font::needs_cjk(&l.name))
            || self.footnote.as_deref().is_some_and(font::needs_cjk);
        if any_cjk { font::CJK } else { font::LATIN }
    }

    /// The size in pixels of a chart of `size` at scale 1.
    pub fn pixels(&self, (width, height): (u32, u32)) -> (u32, u32) {
        (
            scaled(f64::from(width), self.scale).max(1) as u32,
            scaled(f64::from(height), self.scale).max(1) as u32,
        )
    }
}

/// The p10–p90 band of the series `key` in `uncertainty`, by year (year,
/// p10, p90); `None` for a series Monte Carlo does not band.
pub fn band(uncertainty: &Uncertainty, key: &str) -> Option<Vec<(i32, f64, f64)>> {
    let bands = match key {
        "manufacturing_share_pct" => &uncertainty.share_pct,
        "manufacturing_jobs" => &uncertainty.jobs,
        "fiscal_cost_hkd_bn" => &uncertainty.cost_hkd_bn,
        "effective_sectors" => &uncertainty.effective_sectors,
        _ => return None,
    };
    let years = uncertainty.years.iter().zip(bands);
    Some(years.map(|(year, b)| (*year, b.p10, b.p90)).collect())
}

/// The chart as SVG text; `size` is at scale 1.
pub fn svg(chart: &Chart<'_>, size: (u32, u32)) -> Result<String, RenderError> {
    font::register()?;
    let mut text = String::new();
    {
        let root = SVGBackend::with_string(&mut text, chart.pixels(size)).into_drawing_area();
        draw(&root, chart)?;
        root.present()?;
    }
    Ok(text)
}

/// The chart as PNG bytes; `size` is at scale 1.
pub fn png(chart: &Chart<'_>, size: (u32, u32)) -> Result<Vec<u8>, RenderError> {
    font::register()?;
    let (width, height) = chart.pixels(size);
    let mut pixels = vec![0u8; width as usize * height as usize * 3];
    {
        let bitmap = BitMapBackend::with_buffer(&mut pixels, (width, height));
        let root = lettering::Lettering::new(bitmap).into_drawing_area();
        draw(&root, chart)?;
        root.present()?;
    }
    let mut bytes = Vec::new();
    let mut encoder = png::Encoder::new(&mut bytes, width, height);
    encoder.set_color(png::ColorType::Rgb);
    encoder.set_depth(png::BitDepth::Eight);
    let mut writer = encoder.write_header()?;
    writer.write_image_data(&pixels)?;
    writer.finish()?;
    Ok(bytes)
}

/// Half a year of room left and right of the data, so markers on the first
/// and last years are drawn whole.
const YEAR_PAD: f64 = 0.5;

/// The years and value range the axes must cover.
fn extent(chart: &Chart<'_>) -> (std::ops::Range<i32>, std::ops::Range<f64>) {
    let points = chart.lines.iter().flat_map(|l| l.points.iter().copied());
    let band = chart
        .lines
        .iter()
        .filter_map(|l| l.band.as_ref())
        .flatten()
        .flat_map(|(year, low, high)| [(*year, *low), (*year, *high)]);
    let target = chart
        .target
        .filter(|_| chart.target_on_scale())
        .map(|t| (t.year, t.share_pct))
        .into_iter();
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
    match chart.ylim {
        Some((low, high)) if high > low => (first..last, low..high),
        _ => (first..last, bottom..high + pad),
    }
}

/// The lowest and highest value of the lines and bands (`None` without data).
fn data_range(chart: &Chart<'_>) -> Option<(f64, f64)> {
    let values = chart.lines.iter().flat_map(|l| {
        l.points.iter().map(|p| p.1).chain(
            l.band
                .iter()
                .flatten()
                .flat_map(|(_, low, high)| [*low, *high]),
        )
    });
    let (low, high) = values
        .filter(|v| v.is_finite())
        .fold((f64::INFINITY, f64::NEG_INFINITY), |(lo, hi), v| {
            (lo.min(v), hi.max(v))
        });
    (low <= high).then_some((low, high))
}

/// `text` in lines no wider than `room` pixels (as `width` measures them),
/// broken between words; a word wider than the room is broken between
/// characters (Chinese has no spaces).
fn wrap(text: &str, room: u32, width: impl Fn(&str) -> u32) -> Vec<String> {
    let mut lines: Vec<String> = Vec::new();
    let mut line = String::new();
    for word in text.split(' ') {
        let candidate = if line.is_empty() {
            word.to_string()
        } else {
            format!("{line} {word}")
        };
        if width(&candidate) <= room {
            line = candidate;
            continue;
        }
        if !line.is_empty() {
            lines.push(std::mem::take(&mut line));
        }
        for c in word.chars() {
            line.push(c);
            if width(&line) > room && line.chars().count() > 1 {
                line.pop();
                lines.push(std::mem::replace(&mut line, c.to_string()));
            }
        }
    }
    if !line.is_empty() || lines.is_empty() {
        lines.push(line);
    }
    lines
}

/// A point of a line in chart coordinates (years as numbers).
fn at((year, value): (i32, f64)) -> (f64, f64) {
    (f64::from(year), value)
}

fn draw<DB: DrawingBackend>(
    root: &DrawingArea<DB, Shift>,
    chart: &Chart<'_>,
) -> Result<(), RenderError>
where
    DB::ErrorType: 'static,
{
    let scale = chart.scale;
    let px = |pixels: f64| scaled(pixels, scale);
    let size = |points: f64| (points * scale).max(1.0);
    let family = chart.family();
    root.fill(&WHITE)?;
    let root = match &chart.footnote {
        Some(footnote) => {
            let (width, height) = root.dim_in_pixel();
            let font = (family, size(11.0))
                .into_font()
                .color(&RGBColor(90, 90, 90));
            // Wrapped to the chart's width, so eight file names are not cut off.
            let room = (width as i32 - 2 * px(14.0)).max(1) as u32;
            let lines = wrap(footnote, room, |text| {
                root.estimate_text_size(text, &font).map_or(0, |(w, _)| w)
            });
            let line_height = px(15.0);
            let footer = px(7.0) + line_height * lines.len() as i32;
            let (upper, lower) = root.split_vertically(height as i32 - footer);
            for (i, line) in lines.into_iter().enumerate() {
                lower.draw(&Text::new(
                    line,
                    (px(14.0), px(4.0) + line_height * i as i32),
                    font.clone(),
                ))?;
            }
            upper
        }
        None => root.clone(),
    };
    let (year_range, mut values) = extent(chart);
    let legend = legend_box(chart, &root, size(14.0), px);
    // No corner free for the legend: room is made above the data, so the
    // legend's box hides none of it — unless the axis is the user's
    // (`--ylim`), or the room would reach a target named above the scale.
    if free_corner(chart, &year_range, &values, legend).is_none() && chart.ylim.is_none() {
        let floor = (1.0 - legend.1 - 0.04).clamp(0.25, 0.9);
        let end = values.start + (values.end - values.start) / floor;
        let passes_target = chart.target.is_some_and(|t| {
            !chart.target_on_scale() && t.share_pct > values.end && t.share_pct <= end
        });
        if !passes_target {
            values.end = end;
        }
    }
    let years = (f64::from(year_range.start) - YEAR_PAD)..(f64::from(year_range.end) + YEAR_PAD);
    let styles = chart.styles();
    let mut context = ChartBuilder::on(&root)
        .caption(chart.texts.title.clone(), (family, size(22.0)))
        .margin(px(14.0))
        .x_label_area_size(px(44.0))
        .y_label_area_size(px(72.0))
        .build_cartesian_2d(years.clone(), values.clone())?;
    context
        .configure_mesh()
        .x_desc(chart.texts.x_axis.clone())
        .y_desc(chart.texts.y_axis.clone())
        .x_labels((year_range.end - year_range.start + 1).clamp(2, 12) as usize)
        .x_label_formatter(&|year| year_label(*year))
        .x_max_light_lines(1)
        .y_label_formatter(&|v| format_tick(*v))
        .axis_desc_style((family, size(15.0)))
        .label_style((family, size(13.0)))
        .light_line_style(RGBColor(235, 235, 235))
        .bold_line_style(RGBColor(210, 210, 210))
        .draw()?;

    let mut band_labelled = false;
    for (line, look) in chart.lines.iter().zip(&styles) {
        let Some(band) = &line.band else {
            continue;
        };
        let upper = band.iter().map(|(y, _, high)| (f64::from(*y), *high));
        let lower = band.iter().rev().map(|(y, low, _)| (f64::from(*y), *low));
        let outline: Vec<(f64, f64)> = upper.chain(lower).collect();
        let fill = look.color.mix(0.18).filled();
        let drawn = context.draw_series(std::iter::once(Polygon::new(outline, fill)))?;
        if !band_labelled {
            band_labelled = true;
            drawn.label(chart.texts.band.clone()).legend(move |(x, y)| {
                Rectangle::new([(x, y - px(5.0)), (x + px(30.0), y + px(5.0))], fill)
            });
        }
    }

    if let Some(target) = chart
        .target
        .filter(|_| chart.target_line != TargetLine::Off)
    {
        let target_style = ShapeStyle::from(TARGET_COLOR).stroke_width(px(1.0).max(1) as u32);
        let year = f64::from(target.year);
        if chart.target_on_scale() {
            context
                .draw_series(DashedLineSeries::new(
                    [
                        (years.start, target.share_pct),
                        (years.end, target.share_pct),
                    ],
                    px(12.0) as u32,
                    px(4.0) as u32,
                    target_style,
                ))?
                .label(chart.texts.target.clone())
                .legend(move |at| Glyph {
                    at,
                    look: TARGET_LOOK,
                    sample: true,
                    scale,
                });
        } else {
            // Off the scale: named at the top edge, so it is never lost.
            let side = if target.share_pct > values.end {
                "chart-target-above"
            } else {
                "chart-target-below"
            };
            let words = chart
                .texts
                .lang
                .format(side, &[("target", &chart.texts.target)]);
            // Named in the legend, beside the lines it would sit above or
            // below: never over a line, the title or the year's label.
            context
                .draw_series(std::iter::empty::<PathElement<(f64, f64)>>())?
                .label(words)
                .legend(move |at| Glyph {
                    at,
                    look: TARGET_LOOK,
                    sample: true,
                    scale,
                });
        }
        context.draw_series(DashedLineSeries::new(
            [(year, values.start), (year, values.end)],
            px(4.0) as u32,
            px(4.0) as u32,
            target_style,
        ))?;
        context.draw_series(std::iter::once(Text::new(
            format!("{}", target.year),
            (year, values.end),
            (family, size(13.0)).into_font().color(&TARGET_COLOR),
        )))?;
    }

    let marker_every = chart
        .lines
        .iter()
        .map(|l| l.points.len())
        .max()
        .unwrap_or(0)
        .div_ceil(14)
        .max(1);
    for (line, look) in chart.lines.iter().zip(styles) {
        // A package with no value in any year (the status quo's cost per
        // job) has no line to show, so no legend entry either.
        if line.points.is_empty() {
            continue;
        }
        let stroke = ShapeStyle::from(look.color).stroke_width(px(2.0).max(1) as u32);
        let points: Vec<(f64, f64)> = line.points.iter().copied().map(at).collect();
        let drawn = match look.dash {
            None => context.draw_series(LineSeries::new(points.clone(), stroke)),
            Some((dash, gap)) => context.draw_series(DashedLineSeries::new(
                points.clone(),
                px(f64::from(dash)).max(1) as u32,
                px(f64::from(gap)) as u32,
                stroke,
            )),
        }?;
        drawn.label(line.name.clone()).legend(move |at| Glyph {
            at,
            look,
            sample: true,
            scale,
        });
        let markers = points
            .iter()
            .enumerate()
            .filter(|(i, _)| i % marker_every == 0 || *i + 1 == points.len())
            .map(|(_, p)| Glyph {
                at: *p,
                look,
                sample: false,
                scale,
            });
        context.draw_series(markers)?;
    }

    context
        .configure_series_labels()
        .position(
            free_corner(chart, &year_range, &values, legend)
                .unwrap_or(SeriesLabelPosition::UpperLeft),
        )
        .background_style(WHITE.mix(0.85))
        .border_style(RGBColor(160, 160, 160))
        .label_font((family, size(14.0)))
        .legend_area_size(px(40.0))
        .draw()?;
    Ok(())
}

/// A year tick: whole years only (the axis runs half a year past the data).
fn year_label(year: f64) -> String {
    if (year - year.round()).abs() < 1e-6 {
        format!("{}", year.round() as i64)
    } else {
        String::new()
    }
}

/// The legend's box as shares of the plot's width and height: its entries
/// (the lines with values, the bands, the target) about 18 points apart, as
/// wide as its longest label and the sample before it. An estimate a little
/// larger than the box plotters draws.
fn legend_box<DB: DrawingBackend>(
    chart: &Chart<'_>,
    root: &DrawingArea<DB, plotters::coord::Shift>,
    font_size: f64,
    px: impl Fn(f64) -> i32,
) -> (f64, f64) {
    let family = chart.family();
    let font: TextStyle<'_> = (family, font_size).into_font().into();
    let mut labels: Vec<&str> = chart
        .lines
        .iter()
        .filter(|l| !l.points.is_empty())
        .map(|l| l.name.as_str())
        .collect();
    if chart.lines.iter().any(|l| l.band.is_some()) {
        labels.push(&chart.texts.band);
    }
    if chart.target.is_some() && chart.target_line != TargetLine::Off {
        labels.push(&chart.texts.target);
    }
    let widest = labels
        .iter()
        .map(|text| root.estimate_text_size(text, &font).map_or(0, |(w, _)| w))
        .max()
        .unwrap_or(0);
    let (width, height) = root.dim_in_pixel();
    let plot_width = f64::from((width as i32 - px(100.0)).max(1));
    let plot_height = f64::from((height as i32 - px(102.0)).max(1));
    let box_width = f64::from(widest) + f64::from(px(70.0));
    let box_height = f64::from(px(18.0)) * labels.len() as f64 + f64::from(px(14.0));
    (
        (box_width / plot_width).min(1.0),
        (box_height / plot_height).min(1.0),
    )
}

/// The first corner (upper left, upper right, lower right, lower left) whose
/// region — the legend's box, `legend` as shares of the plot's width and
/// height, with a margin — no line or band passes through, so the legend
/// hides no data; `None` if none is free.
fn free_corner(
    chart: &Chart<'_>,
    years: &std::ops::Range<i32>,
    values: &std::ops::Range<f64>,
    (legend_width, legend_height): (f64, f64),
) -> Option<SeriesLabelPosition> {
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
            let (w, h) = (legend_width + 0.04, legend_height + 0.04);
            let in_x = if left { *x <= w } else { *x >= 1.0 - w };
            let in_y = if top { *y >= 1.0 - h } else { *y <= h };
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
    .map(|(_, _, position)| position)
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

#[cfg(test)]
mod tests {
    use super::*;
    use crate::series;

    /// The chart drawn as PNG with `title`, nothing else changed.
    fn png_titled(title: &str) -> Vec<u8> {
        let series = series::find("manufacturing_share_pct").expect("a series");
        let line = Line {
            name: "A".to_string(),
            points: vec![(2024, 1.0), (2030, 2.0)],
            band: None,
        };
        let mut texts = ChartTexts::in_lang(Lang::ZhHant, series, None);
        texts.title = title.to_string();
        let chart = Chart::new(Lang::En, series, vec![line], None).texts(texts);
        png(&chart, (480, 300)).expect("drawn")
    }

    #[test]
    fn chinese_characters_are_drawn_as_glyphs_not_boxes() {
        // Five characters each: same width, so only the glyphs can differ.
        let first = png_titled("新型工業化");
        let second = png_titled("方案方案甲");
        // Private-use characters no font has: drawn as the missing-glyph box.
        let tofu = png_titled("\u{e000}\u{e001}\u{e002}\u{e003}\u{e004}");
        assert!(first != second, "different characters, the same picture");
        assert!(first != tofu, "drawn as missing-glyph boxes");
        assert!(second != tofu, "drawn as missing-glyph boxes");
    }

    /// A share chart of two options between 0.6% and 0.7% against a 5% target.
    fn close_options(target_line: TargetLine) -> (std::ops::Range<f64>, bool) {
        let series = series::find("manufacturing_share_pct").expect("a series");
        let line = |name: &str, share: f64| Line {
            name: name.to_string(),
            points: vec![(2024, 0.6), (2032, share)],
            band: None,
        };
        let target = Target {
            share_pct: 5.0,
            year: 2032,
        };
        let chart = Chart::new(
            Lang::En,
            series,
            vec![line("A", 0.65), line("B", 0.7)],
            Some(target),
        )
        .target_line(target_line);
        (extent(&chart).1, chart.target_on_scale())
    }

    #[test]
    fn the_share_axis_is_fitted_to_the_data_unless_the_target_is_asked_for() {
        let (auto, on_scale) = close_options(TargetLine::Auto);
        assert!(
            auto.end < 1.0,
            "axis {auto:?} runs up to the far-off target"
        );
        assert!(
            !on_scale,
            "a far-off target is named at the edge, not drawn"
        );
        let (on, on_scale) = close_options(TargetLine::On);
        assert!(
            on.end >= 5.0 && on_scale,
            "axis {on:?} leaves out the target asked for"
        );
        let (off, on_scale) = close_options(TargetLine::Off);
        assert_eq!(off, auto);
        assert!(!on_scale);
    }

    /// A number attribute (`x="12.5"`) of one line of SVG.
    fn number(line: &str, key: &str) -> f64 {
        line.split(&format!(" {key}=\""))
            .nth(1)
            .and_then(|rest| rest.split('"').next())
            .and_then(|n| n.parse().ok())
            .unwrap_or(f64::NAN)
    }

    /// A `<rect>`'s left, top, right and bottom.
    fn bounds(rect: &str) -> (f64, f64, f64, f64) {
        let (left, top) = (number(rect, "x"), number(rect, "y"));
        (
            left,
            top,
            left + number(rect, "width"),
            top + number(rect, "height"),
        )
    }

    /// Eight crossing lines with long names leave no corner free for a legend
    /// of nine entries: the axis makes room above them, and no point of any
    /// line falls inside the legend's box.
    #[test]
    fn the_legend_hides_no_point_of_any_line() {
        let series = series::find("manufacturing_share_pct").expect("a series");
        let lines: Vec<Line> = (0..8)
            .map(|i| Line {
                name: format!("Option {i} with a rather long name for a legend"),
                // Half rise and half fall across the whole range: every
                // corner has data in it.
                points: (2023..=2035)
                    .map(|year| {
                        let t = f64::from(year - 2023) / 12.0;
                        let t = if i % 2 == 0 { t } else { 1.0 - t };
                        (year, 0.5 + 2.0 * t + f64::from(i) * 0.01)
                    })
                    .collect(),
                band: None,
            })
            .collect();
        let drawn = svg(&Chart::new(Lang::En, series, lines, None), (960, 540)).expect("drawn");
        let legend = drawn
            .lines()
            .find(|l| l.starts_with("<rect") && l.contains("stroke=\"#A0A0A0\""))
            .expect("the legend's border");
        let (left, top, right, bottom) = bounds(legend);
        let points: Vec<(f64, f64)> = drawn
            .lines()
            .filter(|l| l.starts_with("<polyline"))
            .filter_map(|l| l.split(" points=\"").nth(1)?.split('"').next())
            .flat_map(|points| {
                points.split_whitespace().filter_map(|p| {
                    let (x, y) = p.split_once(',')?;
                    Some((x.parse::<f64>().ok()?, y.parse::<f64>().ok()?))
                })
            })
            .collect();
        assert!(
            points.len() > 8 * 10,
            "the lines are drawn: {}",
            points.len()
        );
        // The legend's own line samples sit inside it: only the data's points.
        let inside: Vec<&(f64, f64)> = points
            .iter()
            .filter(|(x, y)| (left..right).contains(x) && (top..bottom).contains(y))
            .filter(|(x, _)| *x > left + 40.0)
            .collect();
        assert!(inside.is_empty(), "{inside:?} inside {legend}");
    }

    #[test]
    fn a_target_off_the_scale_is_still_named_on_the_chart() {
        let series = series::find("manufacturing_share_pct").expect("a series");
        let line = Line {
            name: "A".to_string(),
            points: vec![(2024, 0.6), (2032, 0.7)],
            band: None,
        };
        let target = Target {
            share_pct: 5.0,
            year: 2032,
        };
        let auto = Chart::new(Lang::En, series, vec![line.clone()], Some(target));
        let drawn = svg(&auto, (640, 360)).expect("drawn");
        assert!(drawn.contains("above this scale"), "{drawn}");
        // Named inside the legend's box, not at a corner where lines run.
        let lines: Vec<&str> = drawn.lines().collect();
        let at = lines
            .iter()
            .position(|l| l.contains("above this scale"))
            .expect("the note");
        let text = lines[at - 1];
        let legend = lines[..at]
            .iter()
            .rev()
            .find(|l| l.starts_with("<rect") && l.contains("stroke=\"#A0A0A0\""))
            .expect("the legend's border");
        let (x, y) = (number(text, "x"), number(text, "y"));
        let (left, top, right, bottom) = bounds(legend);
        assert!(
            (left..right).contains(&x) && (top..bottom).contains(&y),
            "{text} outside {legend}"
        );
        let off =
            Chart::new(Lang::En, series, vec![line], Some(target)).target_line(TargetLine::Off);
        assert!(
            !svg(&off, (640, 360))
                .expect("drawn")
                .contains("above this scale")
        );
    }

    #[test]
    fn a_long_source_line_wraps_between_words_and_keeps_every_word() {
        let text = "Source: levers projection of a.toml, b.toml, c.toml, d.toml";
        let lines = wrap(text, 20, |t| t.chars().count() as u32);
        assert!(lines.len() > 1);
        assert!(lines.iter().all(|l| l.chars().count() <= 20), "{lines:?}");
        assert_eq!(lines.join(" "), text);
        let chinese = wrap("資料來源對八個方案的推算", 5, |t| {
            t.chars().count() as u32
        });
        assert_eq!(chinese.concat(), "資料來源對八個方案的推算");
        assert!(chinese.iter().all(|l| l.chars().count() <= 5));
    }

    #[test]
    fn titles_keep_the_unit_once() {
        assert_eq!(
            title("Manufacturing jobs (all plants)", "jobs"),
            "Manufacturing jobs (all plants)"
        );
        assert_eq!(title("GDP", "HK$ bn"), "GDP (HK$ bn)");
        assert_eq!(
            title("Effective number of sectors", "sectors"),
            "Effective number of sectors"
        );
        assert_eq!(
            title("製造業增加價值", "十億港元"),
            "製造業增加價值（十億港元）"
        );
    }
}
