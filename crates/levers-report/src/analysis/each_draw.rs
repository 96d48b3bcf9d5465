//! `levers eval --uncertainty --each-draw` (and every `--shard`): each Monte
//! Carlo draw's outcomes, one row per draw and year (CSV, long format, ready
//! for `DuckDB` or pandas to take percentiles) or one line per draw (NDJSON).
//! Rows are written by the `csv` crate and `serde_json`; shards' rows
//! concatenate to the unsharded rows, so the header is the caller's to write
//! once.

use levers_core::analysis::DrawOutcome;
use serde::ser::{Serialize, SerializeMap, Serializer};

/// The CSV columns of a draw's rows.
pub const CSV_HEADER: [&str; 7] = [
    "file",
    "draw",
    "seed",
    "year",
    "manufacturing_share_pct",
    "manufacturing_jobs",
    "target_met",
];

/// One draw of one package.
pub struct Draw<'a> {
    pub file: &'a str,
    pub name: &'a str,
    pub seed: u64,
    /// The draw's index in the run (its generator is seeded with `seed` and it).
    pub index: u64,
    pub base_year: i32,
    pub outcome: &'a DrawOutcome,
}

impl Draw<'_> {
    fn years(&self) -> impl Iterator<Item = i32> + '_ {
        (0..self.outcome.share_pct.len() as i32).map(move |k| self.base_year + k)
    }
}

/// A value for JSON: none (null) where it is not a finite number.
fn finite(values: &[f64]) -> Vec<Option<f64>> {
    values.iter().map(|v| v.is_finite().then_some(*v)).collect()
}

impl Serialize for Draw<'_> {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = serializer.serialize_map(Some(8))?;
        map.serialize_entry("file", self.file)?;
        map.serialize_entry("name", self.name)?;
        map.serialize_entry("seed", &self.seed)?;
        map.serialize_entry("draw", &self.index)?;
        map.serialize_entry("target_met", &self.outcome.target_met)?;
        map.serialize_entry("years", &self.years().collect::<Vec<_>>())?;
        map.serialize_entry("manufacturing_share_pct", &finite(&self.outcome.share_pct))?;
        map.serialize_entry("manufacturing_jobs", &finite(&self.outcome.jobs))?;
        map.end()
    }
}

/// Appends the draw's line of NDJSON.
pub fn ndjson(out: &mut Vec<u8>, draw: &Draw<'_>) -> serde_json::Result<()> {
    serde_json::to_writer(&mut *out, draw)?;
    out.push(b'\n');
    Ok(())
}

/// Writes the draw's CSV rows, one per year.
pub fn csv_rows(out: &mut csv::Writer<Vec<u8>>, draw: &Draw<'_>) -> csv::Result<()> {
    let file = crate::inert::csv_text(draw.file);
    let outcome = draw.outcome;
    let met = if outcome.target_met { "true" } else { "false" };
    for (k, year) in draw.years().enumerate() {
        out.write_record([
            file.as_ref(),
            &draw.index.to_string(),
            &draw.seed.to_string(),
            &year.to_string(),
            &crate::cell(outcome.share_pct[k]),
            &crate::cell(outcome.jobs[k]),
            met,
        ])?;
    }
    Ok(())
}
