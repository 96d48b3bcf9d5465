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

use super::series::{sector_columns, series_columns};
use super::{Evaluated, cell};

/// The byte order mark Excel needs to read a CSV file as UTF-8.
pub const UTF8_BOM: &str = "\u{feff}";

pub fn write(
    baseline: &Baseline,
    packages: &[Evaluated<'_>],
    reference: Option<&Evaluated<'_>>,
    out: impl std::io::Write,
) -> csv::Result<()> {
    let (series, sectors) = (series_columns(), sector_columns());
    let mut writer = csv::Writer::from_writer(out);
    let mut header = vec!["file".to_string(), "name".to_string(), "year".to_string()];
    header.extend(series.iter().map(|c| c.key.clone()));
    header.push("binding_constraint".into());
    header.extend(sectors.iter().map(|c| c.key.clone()));
    header.push("discounted_outlay_hkd_bn".into());
    if reference.is_some() {
        header.push("against_file".into());
        header.extend(series.iter().map(|c| format!("delta_{}", c.key)));
    }
    writer.write_record(
        header
            .iter()
            .map(|h| crate::inert::csv_text(h).into_owned()),
    )?;
    for package in packages {
        let rate = baseline.params_for(package.policy).global.discount_rate;
        let base_year = package.projection.base_year;
        for year in &package.projection.years {
            let mut row = vec![
                crate::inert::csv_text(&package.file).into_owned(),
                crate::inert::csv_text(&package.policy.name).into_owned(),
                year.year.to_string(),
            ];
            row.extend(series.iter().map(|c| cell(c.value(year))));
            row.push(year.binding_constraint.key().to_string());
            row.extend(sectors.iter().map(|c| cell(c.value(year))));
            row.push(cell(discounted(
                year.cash_outlay_hkd_bn + year.tax_forgone_hkd_bn,
                rate,
                year.year - base_year,
            )));
            if let Some(reference) = reference {
                row.extend(against(year, reference, &series));
            }
            writer.write_record(&row)?;
        }
    }
    writer.flush()?;
    Ok(())
}

/// The reference's file and each series' difference from it in `year` (empty
/// cells for a year the reference does not project).
fn against(
    year: &YearOutcome,
    reference: &Evaluated<'_>,
    series: &[super::series::Column],
) -> Vec<String> {
    let same_year = reference.projection.year(year.year);
    let mut cells = vec![crate::inert::csv_text(&reference.file).into_owned()];
    cells.extend(
        series.iter().map(|c| {
            same_year.map_or_else(String::new, |other| cell(c.value(year) - c.value(other)))
        }),
    );
    cells
}
