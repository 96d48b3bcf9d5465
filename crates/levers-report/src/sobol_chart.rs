//! The Sobol indices as an SVG bar chart (plotters, as the other charts): one
//! row per assumption, largest total-order index on top; a wide pale bar for
//! the total order, a narrow dark bar for the first order, each with its 95%
//! interval as a whisker. The gap between the two bars is interaction.

use levers_core::analysis::sobol::Estimate;
use plotters::prelude::*;
use plotters::style::text_anchor::{HPos, Pos, VPos};

use crate::RenderError;
use crate::chart::font::{self, register as register_font};
use crate::i18n::Lang;

const TOTAL: RGBColor = RGBColor(158, 202, 225);
const FIRST: RGBColor = RGBColor(33, 102, 172);
const WHISKER: RGBColor = RGBColor(60, 60, 60);

/// One row: the assumption's name, its first- and total-order estimates.
pub struct Row {
    pub name: String,
    pub first: Estimate,
    pub total: Estimate,
}

/// The words of the chart in the reader's language, and the font family
/// that draws them.
struct Words {
    axis: String,
    total: String,
    first: String,
    family: &'static str,
}

/// The chart as SVG text; `title` names the output the indices are of; the
/// axis and the legend are in `lang`.
pub fn svg(lang: Lang, title: &str, rows: &[Row], size: (u32, u32)) -> Result<String, RenderError> {
    register_font()?;
    let axis = lang.text("sobol-chart-axis");
    let family = if font::needs_cjk(title) || font::needs_cjk(&axis) {
        font::CJK
    } else {
        font::LATIN
    };
    let words = Words {
        axis,
        total: lang.text("sobol-chart-total"),
        first: lang.text("sobol-chart-first"),
        family,
    };
    let mut text = String::new();
    {
        let root = SVGBackend::with_string(&mut text, size).into_drawing_area();
        draw(&root, title, rows, &words)?;
        root.present()?;
    }
    Ok(text)
}

fn draw(
    root: &DrawingArea<SVGBackend<'_>, plotters::coord::Shift>,
    title: &str,
    rows: &[Row],
    words: &Words,
) -> Result<(), RenderError> {
    let family = words.family;
    root.fill(&WHITE)?;
    let n = rows.len().max(1) as f64;
    let mut chart = ChartBuilder::on(root)
        .caption(crate::sanitise::xml(title), (family, 20))
        .margin(14)
        .x_label_area_size(40)
        .y_label_area_size(250)
        .build_cartesian_2d(0f64..1f64, 0f64..n)?;
    chart
        .configure_mesh()
        .disable_y_mesh()
        .y_labels(0)
        .x_desc(words.axis.as_str())
        .axis_desc_style((family, 14))
        .label_style((family, 12))
        .light_line_style(RGBColor(235, 235, 235))
        .draw()?;
    let clamp = |v: f64| {
        if v.is_finite() {
            v.clamp(0.0, 1.0)
        } else {
            0.0
        }
    };
    for (k, row) in rows.iter().enumerate() {
        // Row 0 on top.
        let y = n - 1.0 - k as f64;
        let bar = |e: &Estimate, half: f64, colour: RGBColor| {
            Rectangle::new(
                [(0.0, y + 0.5 - half), (clamp(e.value), y + 0.5 + half)],
                colour.filled(),
            )
        };
        let whisker = |e: &Estimate, at: f64| {
            PathElement::new(
                vec![(clamp(e.low), y + at), (clamp(e.high), y + at)],
                WHISKER.stroke_width(1),
            )
        };
        chart.draw_series([bar(&row.total, 0.36, TOTAL), bar(&row.first, 0.16, FIRST)])?;
        chart.draw_series([whisker(&row.total, 0.78), whisker(&row.first, 0.5)])?;
        let (x, y_pixel) = chart.backend_coord(&(0.0, y + 0.5));
        let style =
            TextStyle::from((family, 12).into_font()).pos(Pos::new(HPos::Right, VPos::Center));
        root.draw(&Text::new(
            crate::sanitise::xml(&row.name).into_owned(),
            (x - 6, y_pixel),
            style,
        ))?;
    }
    legend(root, &chart, words)
}

/// "▮ total order  ▮ first order" in the top right corner of the plot.
fn legend(
    root: &DrawingArea<SVGBackend<'_>, plotters::coord::Shift>,
    chart: &ChartContext<
        '_,
        SVGBackend<'_>,
        Cartesian2d<plotters::coord::types::RangedCoordf64, plotters::coord::types::RangedCoordf64>,
    >,
    words: &Words,
) -> Result<(), RenderError> {
    let (right, top) = chart.backend_coord(&(1.0, chart.y_range().end));
    let style = TextStyle::from((words.family, 12).into_font());
    for (k, (label, colour)) in [(words.total.as_str(), TOTAL), (words.first.as_str(), FIRST)]
        .into_iter()
        .enumerate()
    {
        let y = top + 10 + 18 * k as i32;
        let x = right - 210;
        root.draw(&Rectangle::new(
            [(x, y - 5), (x + 12, y + 5)],
            colour.filled(),
        ))?;
        root.draw(&Text::new(label, (x + 18, y - 6), style.clone()))?;
    }
    Ok(())
}
