//! `eval --format csv`: one row per package and year, one column per series and
//! per sector (`va_<sector>_hkd_bn`, `jobs_<sector>_persons`), ready for a
//! spreadsheet or pandas. With `excel`, a UTF-8 byte order mark goes first so
//! that Excel reads names in Chinese correctly; without it the file is plain
//! UTF-8, which every other tool expects.

use super::series::{sector_columns, series_columns};
use super::{Evaluated, cell};

/// The byte order mark Excel needs to read a CSV file as UTF-8.
pub const UTF8_BOM: &str = "\u{feff}";

pub fn write(packages: &[Evaluated<'_>], out: impl std::io::Write) -> csv::Result<()> {
    let (series, sectors) = (series_columns(), sector_columns());
    let mut writer = csv::Writer::from_writer(out);
    let mut header = vec!["file".to_string(), "name".to_string(), "year".to_string()];
    header.extend(series.iter().map(|c| c.key.clone()));
    header.push("binding_constraint".into());
    header.extend(sectors.iter().map(|c| c.key.clone()));
    writer.write_record(&header)?;
    for package in packages {
        for year in &package.projection.years {
            let mut row = vec![
                crate::inert::csv_text(&package.file).into_owned(),
                crate::inert::csv_text(&package.policy.name).into_owned(),
                year.year.to_string(),
            ];
            row.extend(series.iter().map(|c| cell(c.value(year))));
            row.push(year.binding_constraint.key().to_string());
            row.extend(sectors.iter().map(|c| cell(c.value(year))));
            writer.write_record(&row)?;
        }
    }
    writer.flush()?;
    Ok(())
}
