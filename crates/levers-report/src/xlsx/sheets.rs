//! The table sheets of a workbook: one per package, the comparison, and the
//! assumptions in force.

use levers_core::{Baseline, ParamId};
use rust_xlsxwriter::{Format, Worksheet, XlsxError};

use super::{HEADER_ROWS, column_rows, header, number, text};
use crate::Evaluated;
use crate::series::year_columns;

/// A package: `year` in column A, every series and sector column across.
pub fn package(
    sheet: &mut Worksheet,
    name: &str,
    package: &Evaluated<'_>,
) -> Result<(), XlsxError> {
    sheet.set_name(name)?;
    let bold = Format::new().set_bold();
    sheet.write_string_with_format(0, 0, "Year", &bold)?;
    sheet.write_string(2, 0, "year")?;
    let columns = year_columns();
    header(sheet, 1, &columns)?;
    for (r, year) in package.projection.years.iter().enumerate() {
        let row = HEADER_ROWS + r as u32;
        sheet.write_number(row, 0, year.year)?;
        for (c, column) in columns.iter().enumerate() {
            number(sheet, row, 1 + c as u16, column.value(year))?;
        }
    }
    Ok(())
}

/// Each package's differences from `reference`, year by year (package minus
/// reference; only the years both have).
pub fn comparison(
    sheet: &mut Worksheet,
    name: &str,
    reference: &Evaluated<'_>,
    compared: &[&Evaluated<'_>],
) -> Result<(), XlsxError> {
    sheet.set_name(name)?;
    let bold = Format::new().set_bold();
    for (col, (label, key)) in [("Package", "name"), ("Minus", "against"), ("Year", "year")]
        .into_iter()
        .enumerate()
    {
        sheet.write_string_with_format(0, col as u16, label, &bold)?;
        sheet.write_string(2, col as u16, key)?;
    }
    let columns = year_columns();
    header(sheet, 3, &columns)?;
    let mut row = HEADER_ROWS;
    for package in compared {
        let years = package.projection.years.iter();
        for (year, base) in years.zip(&reference.projection.years) {
            sheet.write_string(row, 0, text(&package.policy.name))?;
            sheet.write_string(row, 1, text(&reference.policy.name))?;
            sheet.write_number(row, 2, year.year)?;
            for (c, column) in columns.iter().enumerate() {
                let delta = column.value(year) - column.value(base);
                number(sheet, row, 3 + c as u16, delta)?;
            }
            row += 1;
        }
    }
    sheet.set_column_width(0, 24)?;
    sheet.set_column_width(1, 24)?;
    Ok(())
}

/// Every parameter: unit, plausible range, default, whether measured or
/// assumed and the source (the columns `levers assumptions` writes), then the
/// value in force for each package.
pub fn assumptions(
    sheet: &mut Worksheet,
    name: &str,
    baseline: &Baseline,
    packages: &[&Evaluated<'_>],
) -> Result<(), XlsxError> {
    sheet.set_name(name)?;
    let columns = crate::assumptions::sheet_columns();
    column_rows(sheet, &columns, &crate::assumptions::rows(baseline, None))?;
    let bold = Format::new().set_bold();
    let first_value = columns.len() as u16;
    for (i, package) in packages.iter().enumerate() {
        let col = first_value + i as u16;
        sheet.write_string_with_format(0, col, text(&package.policy.name), &bold)?;
        sheet.set_column_width(col, 16)?;
        for (r, id) in ParamId::all().enumerate() {
            let value = package
                .policy
                .assumption(id)
                .unwrap_or(baseline.spec(id).value);
            number(sheet, 1 + r as u32, col, value)?;
        }
    }
    sheet.set_freeze_panes(1, 1)?;
    sheet.set_column_width(0, 40)?;
    sheet.set_column_width(6, 60)?;
    Ok(())
}
