//! Excel workbooks (`.xlsx`, written with `rust_xlsxwriter`): a sheet per
//! package (years down, series across, under a frozen header of label, unit
//! and key), a comparison sheet of differences, an assumptions sheet with
//! values, ranges and sources, and native line charts of the share (with the
//! target) and of jobs. Text from files is written as text, never as a
//! formula, with control characters made visible ([`crate::sanitise::xml`]).

mod charts;
mod names;
mod sheets;
pub mod summary;

use levers_core::Baseline;
use rust_xlsxwriter::{Format, Workbook, Worksheet, XlsxError};

use crate::columns::Cell;
use crate::i18n::Lang;
use crate::series::Column;
use crate::{Evaluated, RenderError};
pub use names::SheetNames;

/// Header rows above the data of a table sheet: label, unit, key.
pub const HEADER_ROWS: u32 = 3;

/// What a workbook is made of: the packages, and the one they are compared
/// with (`--against`; otherwise the first package).
pub struct Input<'a> {
    pub baseline: &'a Baseline,
    pub packages: &'a [Evaluated<'a>],
    pub reference: Option<&'a Evaluated<'a>>,
    /// The options brief of the packages (`compare`, `brief`): the workbook
    /// then opens on its Summary sheet, followed by a contents sheet.
    pub summary: Option<&'a crate::brief::Brief>,
}

/// The whole workbook, as the bytes of an `.xlsx` file.
pub fn workbook(lang: Lang, input: &Input<'_>) -> Result<Vec<u8>, RenderError> {
    let mut book = Workbook::new();
    let mut names = SheetNames::default();
    let mut placed = Vec::new();
    let all: Vec<&Evaluated<'_>> = input.packages.iter().chain(input.reference).collect();
    if let Some(brief) = input.summary {
        let summary_name = names.unique(&lang.text("summary-sheet"));
        let contents_name = names.unique(&lang.text("contents-sheet-name"));
        summary::sheet(lang, book.add_worksheet(), &summary_name, brief)?;
        let titles = crate::compare::titles(lang, input.packages);
        let mut reserved = names.clone();
        let mut entries = vec![(
            summary_name.clone(),
            lang.text("contents-summary"),
            String::new(),
        )];
        for (i, package) in all.iter().enumerate() {
            let sheet_name = reserved.unique(&package.policy.name);
            let title = titles
                .get(i)
                .map_or(package.policy.name.as_str(), String::as_str);
            entries.push(summary::package_entry(lang, &sheet_name, title, package));
        }
        summary::contents(lang, book.add_worksheet(), &contents_name, &entries)?;
    }
    for package in all {
        let name = names.unique(&package.policy.name);
        sheets::package(book.add_worksheet(), &name, package)?;
        placed.push(charts::Placed {
            sheet: name,
            package,
        });
    }
    let reference = input.reference.or_else(|| input.packages.first());
    if let Some(reference) = reference {
        let compared: Vec<&Evaluated<'_>> = input
            .packages
            .iter()
            .filter(|p| !std::ptr::eq(*p, reference))
            .collect();
        if !compared.is_empty() {
            let name = names.unique(&lang.text("xlsx-sheet-comparison"));
            sheets::comparison(book.add_worksheet(), &name, reference, &compared)?;
        }
    }
    let policies: Vec<_> = placed.iter().map(|p| p.package).collect();
    let name = names.unique(&lang.text("xlsx-sheet-assumptions"));
    sheets::assumptions(book.add_worksheet(), &name, input.baseline, &policies)?;
    if !placed.is_empty() {
        let name = names.unique(&lang.text("xlsx-sheet-charts"));
        charts::sheet(lang, book.add_worksheet(), &name, &placed)?;
    }
    Ok(book.save_to_buffer()?)
}

/// A workbook of one table: a header row of keys and a units row, then the
/// rows (numbers where a cell reads as one, `true`/`false` as booleans, text
/// otherwise). For `sweep`, whose rows are its CSV output.
pub fn table(
    sheet_name: &str,
    keys: &[String],
    units: &[&str],
    rows: &[Vec<String>],
) -> Result<Vec<u8>, RenderError> {
    let mut book = Workbook::new();
    let sheet = book.add_worksheet();
    sheet.set_name(SheetNames::default().unique(sheet_name))?;
    let bold = Format::new().set_bold();
    for (col, key) in keys.iter().enumerate() {
        let col = col as u16;
        sheet.write_string_with_format(0, col, text(key), &bold)?;
        sheet.write_string(1, col, units.get(col as usize).copied().unwrap_or(""))?;
    }
    sheet.set_freeze_panes(2, 0)?;
    for (r, row) in rows.iter().enumerate() {
        let r = r as u32 + 2;
        for (col, cell) in row.iter().enumerate() {
            write_cell(sheet, r, col as u16, cell)?;
        }
    }
    Ok(book.save_to_buffer()?)
}

/// Most rows a worksheet holds, header included.
pub const MAX_ROWS: usize = 1_048_576;

fn write_cell(sheet: &mut Worksheet, row: u32, col: u16, cell: &str) -> Result<(), XlsxError> {
    match (cell, cell.parse::<f64>()) {
        ("true", _) => sheet.write_boolean(row, col, true)?,
        ("false", _) => sheet.write_boolean(row, col, false)?,
        ("", _) => sheet,
        (_, Ok(number)) if number.is_finite() => sheet.write_number(row, col, number)?,
        _ => sheet.write_string(row, col, text(cell))?,
    };
    Ok(())
}

/// Most characters Excel holds in a cell.
pub const MAX_CELL_CHARS: usize = 32_767;

/// Text from a file, for a cell: control characters made visible, and cut
/// (with a note saying so) to what a cell holds: a 40,000-character source in
/// a baseline file is written, not an error.
fn text(value: &str) -> String {
    let inert = crate::sanitise::xml(value);
    if inert.chars().count() <= MAX_CELL_CHARS {
        return inert.into_owned();
    }
    let note = " … [cut: a spreadsheet cell holds at most 32,767 characters]";
    let mut cut: String = inert
        .chars()
        .take(MAX_CELL_CHARS - note.chars().count())
        .collect();
    cut.push_str(note);
    cut
}

/// Writes the three header rows (label, unit, key) of `columns`, from column
/// `first`, in bold, and freezes them with the `first` leading columns.
fn header(sheet: &mut Worksheet, first: u16, columns: &[Column]) -> Result<(), XlsxError> {
    let bold = Format::new().set_bold().set_text_wrap();
    let grey = Format::new().set_font_color("#666666");
    for (i, column) in columns.iter().enumerate() {
        let col = first + i as u16;
        sheet.write_string_with_format(0, col, &column.label, &bold)?;
        sheet.write_string(1, col, column.unit)?;
        sheet.write_string_with_format(2, col, &column.key, &grey)?;
        sheet.set_column_width(col, 14)?;
    }
    sheet.set_freeze_panes(HEADER_ROWS, first)?;
    Ok(())
}

/// A number, or an empty cell where there is none (never NaN in a cell).
fn number(sheet: &mut Worksheet, row: u32, col: u16, value: f64) -> Result<(), XlsxError> {
    if value.is_finite() {
        sheet.write_number(row, col, value)?;
    }
    Ok(())
}

/// A cell as its column reads it: a number (none where it is not finite), a
/// whole number, a boolean, or text made inert ([`text`]).
fn typed(sheet: &mut Worksheet, row: u32, col: u16, cell: &Cell<'_>) -> Result<(), XlsxError> {
    match cell {
        Cell::Number(value) => number(sheet, row, col, *value)?,
        Cell::Whole(Some(value)) => number(sheet, row, col, *value as f64)?,
        Cell::Count(value) => number(sheet, row, col, *value as f64)?,
        Cell::Whole(None) => {}
        Cell::Flag(flag) => {
            sheet.write_boolean(row, col, *flag)?;
        }
        Cell::Text(value) => {
            sheet.write_string(row, col, text(value))?;
        }
    }
    Ok(())
}

/// `rows` under a bold row of their columns' labels, from the sheet's first
/// cell: each cell typed as its column reads it ([`crate::columns`]).
fn column_rows<R>(
    sheet: &mut Worksheet,
    columns: &[crate::columns::Column<'_, R>],
    rows: &[R],
) -> Result<(), XlsxError> {
    let bold = Format::new().set_bold();
    for (col, column) in columns.iter().enumerate() {
        sheet.write_string_with_format(0, col as u16, text(&column.label), &bold)?;
        for (r, row) in rows.iter().enumerate() {
            typed(sheet, 1 + r as u32, col as u16, &(column.read)(row))?;
        }
    }
    Ok(())
}
