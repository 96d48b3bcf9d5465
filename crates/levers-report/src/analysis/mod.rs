//! Output of the analysis commands (`explain`, `sensitivity`, `eval
//! --uncertainty`, `seek`, `sweep`, `summary`): formats only, every number
//! comes from `levers_core::analysis`.

pub mod bands;
pub mod discover;
pub mod discover_output;
pub mod draws;
pub mod explain;
pub mod first_effect;
pub mod never_met;
pub mod seek;
pub mod sobol;
pub mod summary;
pub mod sweep;
pub mod tornado;

pub(crate) use super::{number, pretty_json};
use crate::RenderError;

/// CSV text from a header and rows.
pub(crate) fn csv_text(header: &[String], rows: &[Vec<String>]) -> Result<String, RenderError> {
    let mut writer = csv::Writer::from_writer(Vec::new());
    // Header cells may carry a measure's name (`-A1`): neutralised as any cell.
    writer.write_record(
        header
            .iter()
            .map(|h| crate::sanitise::csv_text(h).into_owned()),
    )?;
    for row in rows {
        writer.write_record(row)?;
    }
    Ok(String::from_utf8(writer.into_inner()?)?)
}
