//! `levers sweep`: one row per package, CSV (written by the `csv` crate) or
//! NDJSON (by `serde_json`, through a [`Serialize`] view of the row, so no map
//! is built per row: sweeps run to millions of rows).

use std::fmt::Write as _;

use levers_core::{LeverField, Projection};
use serde::ser::{Serialize, SerializeMap, Serializer};

/// The outcomes reported for each package of a sweep.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct SweepRow {
    pub share_pct: f64,
    pub met: bool,
    pub first_year_met: Option<i32>,
    pub jobs: f64,
    pub cumulative_cost_hkd_bn: f64,
}

impl SweepRow {
    pub fn of(projection: &Projection, target_year: i32) -> SweepRow {
        let year = projection.year(target_year);
        SweepRow {
            share_pct: projection.target.projected_share_pct,
            met: projection.target.met,
            first_year_met: projection.target.first_year_met,
            jobs: year.map_or(f64::NAN, |y| y.manufacturing_jobs),
            cumulative_cost_hkd_bn: year.map_or(f64::NAN, |y| y.cumulative_fiscal_cost_hkd_bn),
        }
    }
}

/// The outcome columns of every sweep row, with their units.
pub const OUTCOME_COLUMNS: [(&str, &str); 5] = [
    ("share_pct", "%"),
    ("met", "true/false"),
    ("first_year_met", "year"),
    ("jobs", "persons"),
    ("cumulative_cost_hkd_bn", "HK$ bn"),
];

/// One row with what leads it: text cells (`file`, `name` of a folder sweep)
/// and the varied levers' values (under `names`).
#[derive(Clone, Copy)]
pub struct Labelled<'a> {
    pub texts: &'a [(&'a str, String)],
    pub names: &'a [String],
    pub values: &'a [f64],
    pub row: &'a SweepRow,
}

/// A value for JSON: none (null) where it is not a finite number.
fn finite(value: f64) -> Option<f64> {
    value.is_finite().then_some(value)
}

impl Serialize for Labelled<'_> {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = serializer.serialize_map(None)?;
        for (key, text) in self.texts {
            map.serialize_entry(key, text)?;
        }
        for (name, value) in self.names.iter().zip(self.values) {
            map.serialize_entry(name, &finite(*value))?;
        }
        let row = self.row;
        map.serialize_entry("share_pct", &finite(row.share_pct))?;
        map.serialize_entry("met", &row.met)?;
        map.serialize_entry("first_year_met", &row.first_year_met)?;
        map.serialize_entry("jobs", &finite(row.jobs))?;
        map.serialize_entry(
            "cumulative_cost_hkd_bn",
            &finite(row.cumulative_cost_hkd_bn),
        )?;
        map.end()
    }
}

/// The CSV header: the varied fields (or `file,name`), then the outcomes.
pub fn csv_header(out: &mut csv::Writer<Vec<u8>>, leading: &[String]) -> csv::Result<()> {
    let outcomes = OUTCOME_COLUMNS.iter().map(|(key, _)| *key);
    // The varied fields name measures (`-1-1.amount`): neutralised as any cell.
    out.write_record(
        leading
            .iter()
            .map(|name| crate::inert::csv_text(name).into_owned())
            .chain(outcomes.map(str::to_string)),
    )
}

pub fn lever_columns(fields: &[LeverField]) -> Vec<String> {
    fields.iter().map(|f| f.path()).collect()
}

/// A CSV writer for sweep rows (the header is written by [`csv_header`]).
pub fn csv_writer() -> csv::Writer<Vec<u8>> {
    csv::WriterBuilder::new()
        .has_headers(false)
        .from_writer(Vec::new())
}

/// Writes one CSV row: the text cells (made inert for a spreadsheet), the
/// levers' values, then the outcomes; numbers at full precision (shortest
/// round-trip form), empty where there is none. `buffer` is reused between
/// numbers.
pub fn csv_row(
    out: &mut csv::Writer<Vec<u8>>,
    buffer: &mut String,
    labelled: &Labelled<'_>,
) -> csv::Result<()> {
    let row = labelled.row;
    for (_, text) in labelled.texts {
        out.write_field(crate::inert::csv_text(text).as_bytes())?;
    }
    let numbers = labelled.values.iter().copied().chain([row.share_pct]);
    for value in numbers {
        number_field(out, buffer, value)?;
    }
    out.write_field(if row.met { "true" } else { "false" })?;
    buffer.clear();
    if let Some(year) = row.first_year_met {
        let _ = write!(buffer, "{year}");
    }
    out.write_field(buffer.as_bytes())?;
    number_field(out, buffer, row.jobs)?;
    number_field(out, buffer, row.cumulative_cost_hkd_bn)?;
    out.write_record(None::<&[u8]>)
}

fn number_field(
    out: &mut csv::Writer<Vec<u8>>,
    buffer: &mut String,
    value: f64,
) -> csv::Result<()> {
    buffer.clear();
    if value.is_finite() {
        let _ = write!(buffer, "{value}");
    }
    out.write_field(buffer.as_bytes())
}

/// Appends one NDJSON line with the same fields as the CSV row.
pub fn ndjson_row(out: &mut Vec<u8>, labelled: &Labelled<'_>) -> serde_json::Result<()> {
    serde_json::to_writer(&mut *out, labelled)?;
    out.push(b'\n');
    Ok(())
}
