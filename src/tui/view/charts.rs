//! Line charts over the projection years: manufacturing share of GDP (with the
//! target line and target year), manufacturing jobs, and diversification.

use levers_core::analysis::{Band, Uncertainty};
use levers_core::{Projection, YearOutcome};
use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::style::{Color, Modifier, Style};
use ratatui::symbols::Marker;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Axis, Block, Chart, Dataset, GraphType, Widget};

use super::theme;
use crate::tui::app::App;
use levers_report::format::{fit, thousands};
use levers_report::sanitise::terminal;

/// One line on a chart.
struct Series {
    name: String,
    points: Vec<(f64, f64)>,
    style: Style,
    /// Braille for this package and the target; dots for the comparison, so the
    /// two lines differ even without colour.
    marker: Marker,
}

fn points(projection: &Projection, value: fn(&YearOutcome) -> f64) -> Vec<(f64, f64)> {
    projection
        .years
        .iter()
        .map(|y| (f64::from(y.year), value(y)))
        .collect()
}

/// The colour of the `i`-th package compared.
fn compared_colour(i: usize) -> Color {
    theme::COMPARED[i % theme::COMPARED.len()]
}

/// The packages compared, then the current package's line last, so it is
/// drawn over them.
fn package_series(app: &App, value: fn(&YearOutcome) -> f64) -> Vec<Series> {
    let mut series: Vec<Series> = app
        .compare()
        .iter()
        .enumerate()
        .map(|(i, compare)| Series {
            name: compare.label.clone(),
            points: points(&compare.projection, value),
            style: Style::new().fg(compared_colour(i)),
            marker: Marker::Dot,
        })
        .collect();
    series.push(Series {
        name: app.lang.text("tui-this-package"),
        points: points(app.projection(), value),
        style: Style::new().fg(theme::CURRENT),
        marker: Marker::Braille,
    });
    series
}

/// A "nice" upper bound: 1, 2, 2.5 or 5 times a power of ten, at least `value`.
fn nice_ceiling(value: f64) -> f64 {
    if !(value.is_finite() && value > 0.0) {
        return 1.0;
    }
    let power = 10f64.powf(value.log10().floor());
    [1.0, 2.0, 2.5, 5.0, 10.0]
        .into_iter()
        .map(|m| m * power)
        .find(|bound| *bound >= value)
        .unwrap_or(10.0 * power)
}

fn highest(series: &[Series]) -> f64 {
    series
        .iter()
        .flat_map(|s| s.points.iter().map(|p| p.1))
        .fold(0.0, f64::max)
}

struct Frame<'a> {
    title: Line<'a>,
    /// The packages compared, on the bottom border (empty when not comparing).
    legend: Line<'a>,
    x: [f64; 2],
    y: [f64; 2],
    y_label: fn(f64) -> String,
}

/// `━ this •1 Blueprint 2032 •2 land-led.toml` for a chart's bottom border,
/// when comparing, in the `area`'s inner width: each entry keeps its number
/// and its name is cut to its share of the room (`fit`); below six columns a
/// share only the dot and number are left.
fn legend(app: &App, area: Rect) -> Line<'static> {
    if app.compare().is_empty() {
        return Line::default();
    }
    let room = usize::from(area.width.saturating_sub(2));
    let this = format!("━ {} ", app.lang.text("tui-legend-this"));
    let share = room.saturating_sub(this.len()) / app.compare().len();
    let mut spans = vec![Span::styled(this, Style::new().fg(theme::CURRENT))];
    // A pin's name without the `pinned: ` its label starts with.
    let pinned = app.lang.format("tui-pinned", &[("name", "")]);
    for (i, compare) in app.compare().iter().enumerate() {
        let label = terminal(&compare.label);
        let name = label.strip_prefix(pinned.as_str()).unwrap_or(&label);
        let text = if share >= 6 {
            format!(
                "{} ",
                fit(&format!("•{} {name}", i + 1), share - 1).trim_end()
            )
        } else {
            format!("•{} ", i + 1)
        };
        spans.push(Span::styled(text, Style::new().fg(compared_colour(i))));
    }
    Line::from(spans)
}

fn draw(frame: Frame<'_>, series: &[Series], area: Rect, buf: &mut Buffer) {
    let datasets: Vec<Dataset<'_>> = series
        .iter()
        .map(|s| {
            let dataset = Dataset::default()
                .marker(s.marker)
                .graph_type(GraphType::Line)
                .style(s.style)
                .data(&s.points);
            if s.name.is_empty() {
                dataset
            } else {
                dataset.name(s.name.clone())
            }
        })
        .collect();
    let [x0, x1] = frame.x;
    let [y0, y1] = frame.y;
    let x_labels = [x0, f64::midpoint(x0, x1), x1].map(|x| Span::raw(format!("{x:.0}")));
    let y_labels = [y0, f64::midpoint(y0, y1), y1].map(|y| Span::raw((frame.y_label)(y)));
    Chart::new(datasets)
        .block(
            Block::bordered()
                .border_style(theme::border())
                .title(frame.title)
                .title_bottom(frame.legend),
        )
        // The packages are named on the bottom border instead, cut to fit.
        .legend_position(None)
        .x_axis(axis(frame.x, x_labels))
        .y_axis(axis(frame.y, y_labels))
        .render(area, buf);
}

fn axis(bounds: [f64; 2], labels: [Span<'_>; 3]) -> Axis<'_> {
    Axis::default()
        .bounds(bounds)
        .labels(labels)
        .style(theme::label())
}

fn year_span(projection: &Projection) -> [f64; 2] {
    let first = f64::from(projection.base_year);
    let last = projection.last().map_or(first + 1.0, |y| f64::from(y.year));
    [first, last.max(first + 1.0)]
}

pub fn render_share(app: &App, area: Rect, buf: &mut Buffer) {
    let target = app.projection().target;
    let x = year_span(app.projection());
    let share = package_series(app, |y| y.manufacturing_share_pct);
    let mut series = with_band(app, share, |u| &u.share_pct, area.width);
    let (low, high) = value_range(&series);
    let ([bottom, top], target_on_scale) = share_bounds(low, high, target.share_pct);
    let target_style = Style::new().fg(theme::TARGET).add_modifier(Modifier::DIM);
    // The target line and the target-year marker as one path (one canvas layer):
    // along the target share to the target year, down to 0, up to the top, back,
    // and on to the horizon.
    let (share, year) = (target.share_pct, f64::from(target.year));
    // Off the scale the target is named in the title, and only its year is marked.
    let points = if target_on_scale {
        vec![
            (x[0], share),
            (year, share),
            (year, bottom),
            (year, top),
            (year, share),
            (x[1], share),
        ]
    } else {
        vec![(year, bottom), (year, top)]
    };
    series.push(Series {
        name: app
            .lang
            .format("tui-target-line", &[("share", &share.to_string())]),
        points,
        style: target_style,
        marker: Marker::Braille,
    });
    // With the band, the short name leaves room for the probability.
    let name = if area.width >= 60 && app.band().is_none() {
        format!(" {} ", app.lang.text("tui-share-wide"))
    } else {
        format!(" {} ", app.lang.text("tui-share-narrow"))
    };
    let name = Span::styled(name, theme::title());
    let target_span = Span::styled(
        format!(
            "{} ",
            app.lang.format(
                "tui-target",
                &[
                    ("share", &target.share_pct.to_string()),
                    ("year", &target.year.to_string()),
                ],
            )
        ),
        Style::new().fg(theme::TARGET),
    );
    let room = usize::from(area.width.saturating_sub(2));
    let title = share_title(app, name, target_span, room);
    let frame = Frame {
        title,
        legend: legend(app, area),
        x,
        y: [bottom, top],
        y_label: if top - bottom < 0.5 {
            |v| format!("{v:.2}")
        } else {
            |v| format!("{v:.1}")
        },
    };
    draw(frame, &series, area, buf);
}

/// The share chart's title in `room` columns: its name, the target and, with
/// the band, the chance of meeting the target. The chance is never cut: the
/// longest form that fits is chosen (the band's words shortened, then the
/// target and the name left out), and only when even `P(met) 12%` does not
/// fit is it left out whole.
fn share_title(
    app: &App,
    name: Span<'static>,
    target: Span<'static>,
    room: usize,
) -> Line<'static> {
    let Some(band) = app.band() else {
        return super::fit_line::fit_line(Line::from(vec![name, target]), room);
    };
    let pct = format!("{:.0}", band.probability_met * 100.0);
    let chance = |id: &str| {
        Span::styled(
            format!("▒ {} ", app.lang.format(id, &[("pct", &pct)])),
            Style::new().fg(BAND),
        )
    };
    let (long, short, shortest) = (
        chance("tui-band"),
        chance("tui-band-short"),
        chance("tui-band-shortest"),
    );
    let space = || Span::raw(" ");
    let candidates = [
        vec![name.clone(), target.clone(), long],
        vec![name.clone(), target.clone(), short.clone()],
        vec![name.clone(), short.clone()],
        vec![name.clone(), shortest.clone()],
        vec![space(), short],
        vec![space(), shortest],
    ];
    candidates
        .into_iter()
        .map(Line::from)
        .find(|line| line.width() <= room)
        .unwrap_or_else(|| super::fit_line::fit_line(Line::from(vec![name, target]), room))
}

/// The lowest and highest value of `series` (0 to 1 without any).
fn value_range(series: &[Series]) -> (f64, f64) {
    let values = series.iter().flat_map(|s| s.points.iter().map(|p| p.1));
    let (low, high) = values
        .filter(|v| v.is_finite())
        .fold((f64::INFINITY, f64::NEG_INFINITY), |(lo, hi), v| {
            (lo.min(v), hi.max(v))
        });
    if low <= high { (low, high) } else { (0.0, 1.0) }
}

/// The share chart's value axis, fitted to the data from `low` to `high` so
/// a 0.9% share is not a line along the floor of a 0–10% chart: round
/// numbers a little beyond the data, stretched to the target only when that
/// at most doubles it. Also whether the target lies on the scale.
fn share_bounds(low: f64, high: f64, target: f64) -> ([f64; 2], bool) {
    let near = target >= low - (high - low) && target <= high + (high - low).max(0.0);
    let (low, high) = if near {
        (low.min(target), high.max(target))
    } else {
        (low, high)
    };
    let span = (high - low).max(0.05);
    let step = nice_ceiling(span / 4.0);
    let bottom = ((low - span * 0.05) / step).floor() * step;
    let bottom = if low >= 0.0 { bottom.max(0.0) } else { bottom };
    let top = ((high + span * 0.05) / step).ceil() * step;
    (
        [bottom, top.max(bottom + step)],
        near && (bottom..=top).contains(&target),
    )
}

/// Colour of the uncertainty band (`b`).
pub const BAND: Color = Color::Blue;

/// The p10–p90 band of one outcome (`bands`, one per year of `band.years`) as
/// one path that fills it: up and down at every dot column (about two per cell
/// of `width`), along its edges between.
fn band_series(band: &Uncertainty, bands: &[Band], x: [f64; 2], width: u16) -> Series {
    let edges: Vec<(f64, f64, f64)> = band
        .years
        .iter()
        .zip(bands)
        .map(|(year, b)| (f64::from(*year), b.p10, b.p90))
        .filter(|(_, lo, hi)| lo.is_finite() && hi.is_finite())
        .collect();
    let at = |year: f64| -> Option<(f64, f64)> {
        let next = edges.iter().position(|e| e.0 >= year)?;
        let (x1, lo1, hi1) = edges[next];
        if next == 0 || x1 == year {
            return (x1 == year).then_some((lo1, hi1));
        }
        let (x0, lo0, hi0) = edges[next - 1];
        let t = (year - x0) / (x1 - x0);
        Some((lo0 + t * (lo1 - lo0), hi0 + t * (hi1 - hi0)))
    };
    let columns = usize::from(width).max(1) * 2;
    let step = (x[1] - x[0]) / columns as f64;
    let mut points = Vec::with_capacity(2 * columns + 2);
    for i in 0..=columns {
        let year = x[0] + step * i as f64;
        if let Some((lo, hi)) = at(year) {
            if i % 2 == 0 {
                points.extend([(year, lo), (year, hi)]);
            } else {
                points.extend([(year, hi), (year, lo)]);
            }
        }
    }
    Series {
        name: String::new(),
        points,
        style: Style::new().fg(BAND),
        marker: Marker::Braille,
    }
}

/// `series` with the band of `bands` (when `b` is on) drawn first, under the lines.
fn with_band(
    app: &App,
    mut series: Vec<Series>,
    bands: fn(&Uncertainty) -> &[Band],
    width: u16,
) -> Vec<Series> {
    if let Some(band) = app.band() {
        let x = year_span(app.projection());
        series.insert(0, band_series(band, bands(band), x, width));
    }
    series
}

pub fn render_jobs(app: &App, area: Rect, buf: &mut Buffer) {
    let series = with_band(
        app,
        package_series(app, |y| y.manufacturing_jobs),
        |u| &u.jobs,
        area.width,
    );
    let frame = Frame {
        title: Line::from(Span::styled(
            format!(" {} ", app.lang.text("tui-jobs")),
            theme::title(),
        )),
        legend: legend(app, area),
        x: year_span(app.projection()),
        y: [0.0, nice_ceiling(highest(&series) * 1.05)],
        y_label: thousands,
    };
    draw(frame, &series, area, buf);
}

pub fn render_diversification(app: &App, area: Rect, buf: &mut Buffer) {
    let series = with_band(
        app,
        package_series(app, |y| y.effective_sectors),
        |u| &u.effective_sectors,
        area.width,
    );
    let lowest = series
        .iter()
        .flat_map(|s| s.points.iter().map(|p| p.1))
        .fold(f64::INFINITY, f64::min);
    let highest = highest(&series);
    let floor = if lowest.is_finite() {
        (lowest - 0.25).floor().max(0.0)
    } else {
        0.0
    };
    let frame = Frame {
        title: Line::from(Span::styled(
            format!(" {} ", app.lang.text("tui-sectors")),
            theme::title(),
        )),
        legend: legend(app, area),
        x: year_span(app.projection()),
        y: [floor, (highest + 0.25).ceil().max(floor + 1.0)],
        y_label: |v| format!("{v:.1}"),
    };
    draw(frame, &series, area, buf);
}

#[cfg(test)]
mod tests {
    use super::{nice_ceiling, share_bounds};

    #[test]
    fn the_share_axis_is_fitted_to_shares_far_below_the_target() {
        let ([bottom, top], on_scale) = share_bounds(0.55, 0.93, 5.0);
        assert!(bottom > 0.0 && bottom <= 0.55, "{bottom}");
        assert!((0.93..1.5).contains(&top), "{top}");
        assert!(!on_scale);
        // The band of 0.6 to 0.7 fills most of the chart's height.
        assert!((0.7 - 0.6) / (top - bottom) > 0.1);
        let ([_, top], on_scale) = share_bounds(2.5, 4.0, 5.0);
        assert!(top >= 5.0 && on_scale, "a near target is drawn");
    }

    #[test]
    fn chart_tops_are_round_numbers_above_the_data() {
        assert_eq!(nice_ceiling(5.5), 10.0);
        assert_eq!(nice_ceiling(4.4), 5.0);
        assert_eq!(nice_ceiling(180_000.0), 200_000.0);
        assert_eq!(nice_ceiling(0.0), 1.0);
    }
}
