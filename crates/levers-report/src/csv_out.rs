//! `eval --format csv`: one row per package and year, one column per series and
//! per sector (`va_<sector>`, `jobs_<sector>`), ready for a spreadsheet or pandas.

use levers_core::{MANUFACTURING_COUNT, Sector};

use super::series::SERIES;
use super::{Evaluated, cell};

pub fn write(packages: &[Evaluated<'_>], out: impl std::io::Write) -> csv::Result<()> {
    let mut writer = csv::Writer::from_writer(out);
    let mut header = vec!["file".to_string(), "name".to_string(), "year".to_string()];
    header.extend(SERIES.iter().map(|s| s.key.to_string()));
    header.push("binding_constraint".into());
    header.extend(Sector::ALL.iter().map(|s| format!("va_{}", s.key())));
    header.extend(
        Sector::MANUFACTURING
            .iter()
            .map(|s| format!("jobs_{}", s.key())),
    );
    writer.write_record(&header)?;
    for package in packages {
        for year in &package.projection.years {
            let mut row = vec![
                crate::inert::csv_text(&package.file).into_owned(),
                crate::inert::csv_text(&package.policy.name).into_owned(),
                year.year.to_string(),
            ];
            row.extend(SERIES.iter().map(|s| cell((s.value)(year))));
            row.push(year.binding_constraint.key().to_string());
            row.extend(year.sector_value_added_hkd_bn.iter().map(|v| cell(*v)));
            row.extend(
                year.sector_jobs[..MANUFACTURING_COUNT]
                    .iter()
                    .map(|v| cell(*v)),
            );
            writer.write_record(&row)?;
        }
    }
    writer.flush()?;
    Ok(())
}
