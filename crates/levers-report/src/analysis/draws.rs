//! Every Monte Carlo draw as rows, the one format of `eval --uncertainty
//! --each-draw`, `--shard K/N` and `--draws-out FILE`: one row per package,
//! draw and projected year (long, "tidy" form, so pandas, `DuckDB` or R read it
//! without reshaping), with the same columns in CSV and NDJSON:
//!
//! `file, draw, seed, year, manufacturing_share_pct, manufacturing_jobs,
//! fiscal_cost_hkd_bn, effective_sectors, target_met`, then one column per
//! drawn assumption (its value in force in that draw).
//!
//! Rows are written by the `csv` crate and `serde_json`. Observed years get no
//! row (every draw reproduces them), so a draw's rows are the values its bands
//! summarise. The header is the caller's to write once: shards' rows
//! concatenate to the unsharded rows.

use levers_core::analysis::DrawOutcome;
use serde::ser::{Serialize, SerializeMap, Serializer};

use crate::{RenderError, inert};

/// The columns every row starts with, before the drawn assumptions.
pub const FIXED_COLUMNS: [&str; 9] = [
    "file",
    "draw",
    "seed",
    "year",
    "manufacturing_share_pct",
    "manufacturing_jobs",
    "fiscal_cost_hkd_bn",
    "effective_sectors",
    "target_met",
];

/// One draw of one package: the source of one row per projected year.
pub struct Draw<'a> {
    /// The package's file, as given on the command line.
    pub file: &'a str,
    /// The seed of the run.
    pub seed: u64,
    /// The draw's index in the run (its generator is seeded with `seed` and it).
    pub index: u64,
    /// The year of the first value of each outcome series (the base year).
    pub base_year: i32,
    /// Leading years that are observed, not projected: they get no row.
    pub observed: usize,
    /// The draw's outcomes, per year from the base year.
    pub outcome: &'a DrawOutcome,
    /// The value in force of each drawn assumption, in the order of the
    /// header's assumption columns.
    pub assumptions: &'a [f64],
}

impl Draw<'_> {
    /// (position in the outcome series, calendar year) of each row.
    fn years(&self) -> impl Iterator<Item = (usize, i32)> + '_ {
        (self.observed..self.outcome.share_pct.len()).map(|k| (k, self.base_year + k as i32))
    }

    /// The four outcomes in year `k`, in column order; NaN where missing.
    fn outcomes(&self, k: usize) -> [f64; 4] {
        let at = |series: &[f64]| series.get(k).copied().unwrap_or(f64::NAN);
        [
            at(&self.outcome.share_pct),
            at(&self.outcome.jobs),
            at(&self.outcome.cost_hkd_bn),
            at(&self.outcome.effective_sectors),
        ]
    }
}

/// The header: [`FIXED_COLUMNS`], then the drawn assumptions' names.
pub fn header(assumption_names: &[String]) -> Vec<String> {
    FIXED_COLUMNS
        .iter()
        .map(|c| (*c).to_string())
        .chain(
            assumption_names
                .iter()
                .map(|n| inert::csv_text(n).into_owned()),
        )
        .collect()
}

/// The header as a CSV line.
pub fn csv_header(assumption_names: &[String]) -> Result<Vec<u8>, RenderError> {
    let mut writer = csv::Writer::from_writer(Vec::new());
    writer.write_record(header(assumption_names))?;
    Ok(writer.into_inner()?)
}

/// Appends the draw's CSV rows, one per projected year (no header).
pub fn csv_rows(out: &mut Vec<u8>, draw: &Draw<'_>) -> Result<(), RenderError> {
    let mut writer = csv::WriterBuilder::new()
        .has_headers(false)
        .from_writer(out);
    let file = inert::csv_text(draw.file);
    let met = if draw.outcome.target_met {
        "true"
    } else {
        "false"
    };
    for (k, year) in draw.years() {
        let mut row = vec![
            file.to_string(),
            draw.index.to_string(),
            draw.seed.to_string(),
            year.to_string(),
        ];
        row.extend(draw.outcomes(k).map(crate::cell));
        row.push(met.to_string());
        row.extend(draw.assumptions.iter().map(|v| crate::cell(*v)));
        writer.write_record(&row)?;
    }
    writer.flush().map_err(csv::Error::from)?;
    Ok(())
}

/// Appends the draw's NDJSON lines, one per projected year, with the keys of
/// the CSV header; a value that is not a finite number is `null`.
pub fn ndjson_rows(
    out: &mut Vec<u8>,
    assumption_names: &[String],
    draw: &Draw<'_>,
) -> Result<(), RenderError> {
    for (k, year) in draw.years() {
        let row = JsonRow {
            names: assumption_names,
            draw,
            k,
            year,
        };
        serde_json::to_writer(&mut *out, &row)?;
        out.push(b'\n');
    }
    Ok(())
}

/// One row as a JSON object.
struct JsonRow<'a> {
    names: &'a [String],
    draw: &'a Draw<'a>,
    k: usize,
    year: i32,
}

impl Serialize for JsonRow<'_> {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let finite = |v: f64| v.is_finite().then_some(v);
        let draw = self.draw;
        let mut map = serializer.serialize_map(Some(FIXED_COLUMNS.len() + self.names.len()))?;
        map.serialize_entry("file", draw.file)?;
        map.serialize_entry("draw", &draw.index)?;
        map.serialize_entry("seed", &draw.seed)?;
        map.serialize_entry("year", &self.year)?;
        let outcomes = draw.outcomes(self.k);
        for (key, value) in FIXED_COLUMNS[4..8].iter().zip(outcomes) {
            map.serialize_entry(key, &finite(value))?;
        }
        map.serialize_entry("target_met", &draw.outcome.target_met)?;
        for (name, value) in self.names.iter().zip(draw.assumptions) {
            map.serialize_entry(name, &finite(*value))?;
        }
        map.end()
    }
}
