//! `eval --format csv`: one row per package and year, one column per series and
//! per sector (`va_<sector>_hkd_bn`, `jobs_<sector>_persons`), ready for a
//! spreadsheet or pandas. With `excel`, a UTF-8 byte order mark goes first so
//! that Excel reads names in Chinese correctly; without it the file is plain
//! UTF-8, which every other tool expects.
//! The column `discounted_outlay_hkd_bn` is the year's cash outlay and tax
//! forgone (not financing: the Green Book discounts resource costs only)
//! discounted to the base year at `discount_rate`: its sum is the present value
//! `--format json` gives in `fiscal` (money is real, base-year HK$).
//! With `--against`, each row also names the reference package and carries the
//! difference from it in the same year (`delta_<series>`), so the comparison
//! the table and JSON show is not lost.

use levers_core::analysis::fiscal::discounted;
use levers_core::{Baseline, YearOutcome};

use super::Evaluated;
use super::columns::{Cell, Column, csv_header, csv_record};
use super::series::{SERIES, year_columns};

/// The byte order mark Excel needs to read a CSV file as UTF-8.
pub const UTF8_BOM: &str = "\u{feff}";

/// One row of the CSV: a package in a year.
pub struct Row<'p> {
    pub package: &'p Evaluated<'p>,
    pub year: &'p YearOutcome,
    /// The discount rate in force for the package.
    pub rate: f64,
    /// The package `--against` compares with, if any.
    pub reference: Option<&'p Evaluated<'p>>,
}

/// Every column of `eval --format csv`, in order; with `against`, the
/// reference's file and each series' difference from it follow. The data
/// dictionary lists the columns without `against`.
pub fn columns<'p>(against: bool) -> Vec<Column<'static, Row<'p>>> {
    let mut columns = vec![
        Column::new("file", "Package file", "", |r: &Row<'p>| {
            Cell::text(&r.package.file)
        })
        .defined("The package file as given on the command line.", "2.4"),
        Column::new("name", "Package name", "", |r: &Row<'p>| {
            Cell::text(&r.package.policy.name)
        })
        .defined("The `name` in the package file.", "2.4"),
        Column::new("year", "Year", "year", |r: &Row<'p>| {
            Cell::Whole(Some(i64::from(r.year.year)))
        })
        .defined("Calendar year, from the base year to the horizon.", "1.1"),
    ];
    let year_columns = year_columns();
    let (series, sectors) = year_columns.split_at(SERIES.len());
    let of_year = |c: &super::series::Column| {
        let read = c.clone();
        Column::new(
            c.key.clone(),
            c.label.clone(),
            c.unit,
            move |r: &Row<'p>| Cell::Number(read.value(r.year)),
        )
        .defined(c.definition.clone(), c.section)
    };
    columns.extend(series.iter().map(of_year));
    columns.push(
        Column::new(
            "binding_constraint",
            "Binding constraint",
            "none/labour/land/absorption",
            |r: &Row<'p>| Cell::text(r.year.binding_constraint.key()),
        )
        .defined(
            "What held new manufacturing capacity back in the year, if anything.",
            "3.7",
        ),
    );
    columns.extend(sectors.iter().map(of_year));
    columns.push(
        Column::new("discounted_outlay_hkd_bn", "Outlay, discounted", "HK$ bn (real, present value)", |r: &Row<'p>| {
            Cell::Number(discounted(
                r.year.cash_outlay_hkd_bn + r.year.tax_forgone_hkd_bn,
                r.rate,
                r.year.year - r.package.projection.base_year,
            ))
        })
        .defined("The year's cash outlay and tax forgone (financing excluded, HM Treasury Green Book) discounted to the base year at the `discount_rate` assumption; the column sums to the present value `eval --format json` gives in `fiscal`.", "3.10"),
    );
    if against {
        columns.push(Column::new(
            "against_file",
            "Reference package file",
            "",
            |r: &Row<'p>| Cell::text(r.reference.map_or("", |other| other.file.as_str())),
        ));
        columns.extend(series.iter().map(|c| {
            let read = c.clone();
            Column::new(
                format!("delta_{}", c.key),
                format!("{} minus the reference", c.label),
                c.unit,
                // Empty for a year the reference does not project.
                move |r: &Row<'p>| {
                    let other = r.reference.and_then(|o| o.projection.year(r.year.year));
                    Cell::Number(
                        other.map_or(f64::NAN, |other| read.value(r.year) - read.value(other)),
                    )
                },
            )
        }));
    }
    columns
}

pub fn write(
    baseline: &Baseline,
    packages: &[Evaluated<'_>],
    reference: Option<&Evaluated<'_>>,
    out: impl std::io::Write,
) -> csv::Result<()> {
    let columns = columns(reference.is_some());
    let mut writer = csv::Writer::from_writer(out);
    writer.write_record(csv_header(&columns))?;
    let mut buffer = String::new();
    for package in packages {
        let rate = baseline.params_for(package.policy).global.discount_rate;
        for year in &package.projection.years {
            let row = Row {
                package,
                year,
                rate,
                reference,
            };
            csv_record(&mut writer, &mut buffer, &columns, &row)?;
        }
    }
    writer.flush()?;
    Ok(())
}
