//! The charts sheet: native Excel line charts of the manufacturing share
//! (with the first package's target as a flat line) and of manufacturing jobs,
//! one line per package, drawn from the package sheets.

use rust_xlsxwriter::{Chart, ChartLine, ChartLineDashType, Format, Worksheet, XlsxError};

use super::{HEADER_ROWS, text};
use crate::Evaluated;
use crate::i18n::Lang;
use crate::series::year_columns;

/// A package and the sheet its table is on.
pub struct Placed<'a> {
    pub sheet: String,
    pub package: &'a Evaluated<'a>,
}

/// The charts sheet, its headings and chart titles in `lang`.
pub fn sheet(
    lang: Lang,
    sheet: &mut Worksheet,
    name: &str,
    placed: &[Placed<'_>],
) -> Result<(), XlsxError> {
    sheet.set_name(name)?;
    let Some(first) = placed.first() else {
        return Ok(());
    };
    // The target line's data: the first package's years and its target share.
    let target = first.package.policy.target;
    let bold = Format::new().set_bold();
    let year = lang.text("xlsx-charts-year");
    sheet.write_string_with_format(0, 0, &year, &bold)?;
    sheet.write_string_with_format(0, 1, lang.text("xlsx-charts-target-share"), &bold)?;
    let years = &first.package.projection.years;
    for (i, year) in years.iter().enumerate() {
        sheet.write_number(1 + i as u32, 0, year.year)?;
        sheet.write_number(1 + i as u32, 1, target.share_pct)?;
    }
    let last = years.len().max(1) as u32;
    // Series names are read from cells, never given as text: Excel would take
    // a name such as `=Sheet1!A1` for a reference.
    sheet.write_string_with_format(0, 2, lang.text("xlsx-charts-package"), &bold)?;
    for (i, place) in placed.iter().enumerate() {
        sheet.write_string(1 + i as u32, 2, text(&place.package.policy.name))?;
    }

    let mut share = line_chart(
        (&lang.text("doc-kpi-share"), &year),
        name,
        placed,
        "manufacturing_share_pct",
    );
    let target_name = lang.format(
        "xlsx-charts-target",
        &[
            ("share", &target.share_pct.to_string()),
            ("year", &target.year.to_string()),
        ],
    );
    share
        .add_series()
        .set_name(target_name.as_str())
        .set_categories((name, 1, 0, last, 0))
        .set_values((name, 1, 1, last, 1))
        .set_format(
            ChartLine::new()
                .set_color("#C00000")
                .set_dash_type(ChartLineDashType::Dash),
        );
    sheet.insert_chart(1, 3, &share)?;
    let jobs = line_chart(
        (&lang.text("xlsx-charts-jobs"), &year),
        name,
        placed,
        "manufacturing_jobs",
    );
    sheet.insert_chart(24, 3, &jobs)?;
    Ok(())
}

/// A line chart of one series, a line per package, years along the bottom.
/// Each line's name is read from the charts sheet (`names_sheet`, column C).
/// `(title, x_axis)` are the chart's words.
fn line_chart(
    (title, x_axis): (&str, &str),
    names_sheet: &str,
    placed: &[Placed<'_>],
    key: &str,
) -> Chart {
    let mut chart = Chart::new_line();
    chart.title().set_name(title);
    chart.set_width(720).set_height(430);
    chart.x_axis().set_name(x_axis);
    let column = year_columns()
        .iter()
        .position(|c| c.key == key)
        .map_or(1, |i| 1 + i as u16);
    for (i, place) in placed.iter().enumerate() {
        let rows = place.package.projection.years.len().max(1) as u32;
        let (first, last) = (HEADER_ROWS, HEADER_ROWS + rows - 1);
        chart
            .add_series()
            .set_name((names_sheet, 1 + i as u32, 2))
            .set_categories((place.sheet.as_str(), first, 0, last, 0))
            .set_values((place.sheet.as_str(), first, column, last, column));
    }
    chart
}
