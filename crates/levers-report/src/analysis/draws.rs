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

use crate::i18n::Lang;
use levers_core::analysis::DrawOutcome;

use crate::RenderError;
use crate::columns::Entry;
use crate::columns::{self, Cell, Column, JsonRow};

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
}

/// One row: a draw in one projected year (`k` from the base year).
pub struct Row<'d> {
    draw: &'d Draw<'d>,
    k: usize,
    year: i32,
}

impl Row<'_> {
    /// A series of the draw's outcomes in the row's year; NaN where missing.
    fn at(&self, series: fn(&DrawOutcome) -> &[f64]) -> Cell<'static> {
        Cell::Number(
            series(self.draw.outcome)
                .get(self.k)
                .copied()
                .unwrap_or(f64::NAN),
        )
    }
}

/// A column that carries a yearly series, with that series' label and unit.
fn of_series<'d>(
    key: &'static str,
    read: fn(&Row<'d>) -> Cell<'static>,
    definition: &'static str,
) -> Column<'d, Row<'d>> {
    let (label, unit) =
        crate::series::find(key).map_or((String::new(), ""), |s| (s.title(Lang::En), s.unit));
    Column::new(key, label, unit, move |r: &Row<'d>| read(r)).defined(definition, "5.1")
}

/// The columns every row starts with, before the drawn assumptions.
pub fn fixed_columns<'d>() -> Vec<Column<'d, Row<'d>>> {
    vec![
        Column::new("file", "Package file", "", |r: &Row<'d>| Cell::text(r.draw.file))
            .defined("The package file the row is for.", "2.4"),
        Column::new("draw", "Draw", "index", |r: &Row<'d>| Cell::Count(r.draw.index))
            .defined("Index of the Monte Carlo draw, from 0; with the seed it reproduces the draw.", "5.1"),
        Column::new("seed", "Seed", "integer", |r: &Row<'d>| Cell::Count(r.draw.seed))
            .defined("Seed of the Monte Carlo draws (`--seed`).", "5.1"),
        Column::new("year", "Year", "year", |r: &Row<'d>| Cell::Whole(Some(i64::from(r.year))))
            .defined("Calendar year of the draw's row (observed years are left out: every draw reproduces them).", "5.1"),
        of_series("manufacturing_share_pct", |r| r.at(|o| &o.share_pct), "The share in this year under this draw's assumptions."),
        of_series("manufacturing_jobs", |r| r.at(|o| &o.jobs), "Direct manufacturing jobs in this year under this draw's assumptions."),
        of_series("fiscal_cost_hkd_bn", |r| r.at(|o| &o.cost_hkd_bn), "The year's fiscal cost under this draw's assumptions."),
        of_series("effective_sectors", |r| r.at(|o| &o.effective_sectors), "10,000 / HHI in this year under this draw's assumptions."),
        Column::new("target_met", "Target met in this draw", "true/false", |r: &Row<'d>| Cell::Flag(r.draw.outcome.target_met))
            .defined("Whether this draw's share reaches the target in the target year (the same on every row of a draw).", "5.1"),
    ]
}

/// The data dictionary's entries: the fixed columns, then the drawn
/// assumptions. `--each-draw` and `--draws-out` write the same rows.
pub fn entries() -> Vec<Entry> {
    let mut entries: Vec<Entry> = fixed_columns().iter().map(|c| c.entry("draws")).collect();
    entries.push(Entry {
        output: "draws",
        name: "<name of each drawn assumption>".to_string(),
        label: "Drawn assumption".to_string(),
        unit: "the assumption's unit (levers assumptions)".to_string(),
        definition: "One column per uncertain assumption, named as in `levers assumptions`: the value this draw used.".to_string(),
        section: "5.1",
    });
    entries
}

/// Every column of a draw's rows: the fixed ones, then one per drawn
/// assumption (the value in force in the draw).
fn columns<'d>(assumption_names: &'d [String]) -> Vec<Column<'d, Row<'d>>> {
    let mut columns = fixed_columns();
    columns.extend(assumption_names.iter().enumerate().map(|(i, name)| {
        Column::new(name.as_str(), name.as_str(), "", move |r: &Row<'d>| {
            Cell::Number(r.draw.assumptions.get(i).copied().unwrap_or(f64::NAN))
        })
    }));
    columns
}

/// The header as a CSV line: the fixed columns, then the drawn assumptions' names.
pub fn csv_header(assumption_names: &[String]) -> Result<Vec<u8>, RenderError> {
    let mut writer = csv::Writer::from_writer(Vec::new());
    writer.write_record(columns::csv_header(&columns(assumption_names)))?;
    Ok(writer.into_inner()?)
}

/// Appends the draw's CSV rows, one per projected year (no header), the
/// columns of [`csv_header`] for `assumption_names`.
pub fn csv_rows(
    out: &mut Vec<u8>,
    assumption_names: &[String],
    draw: &Draw<'_>,
) -> Result<(), RenderError> {
    let columns = columns(assumption_names);
    let mut writer = csv::WriterBuilder::new()
        .has_headers(false)
        .from_writer(out);
    let mut buffer = String::new();
    for (k, year) in draw.years() {
        columns::csv_record(&mut writer, &mut buffer, &columns, &Row { draw, k, year })?;
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
    let columns = columns(assumption_names);
    for (k, year) in draw.years() {
        let row = Row { draw, k, year };
        serde_json::to_writer(
            &mut *out,
            &JsonRow {
                columns: &columns,
                row: &row,
            },
        )?;
        out.push(b'\n');
    }
    Ok(())
}
