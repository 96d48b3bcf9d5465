//! `--draws-out FILE`: every Monte Carlo draw as CSV, one row per package,
//! draw and projected year, with the assumptions the draw used as columns —
//! long ("tidy") form, so pandas, `DuckDB` or R read it without reshaping.

use levers_core::analysis::DrawOutcome;

use super::{cell, csv_text};
use crate::inert;

/// One package's draws.
pub struct PackageDraws<'a> {
    pub file: &'a str,
    /// Every year of the projection, the base year first.
    pub years: &'a [i32],
    /// Leading years that are observed (no row: every draw reproduces them).
    pub observed: usize,
    pub outcomes: &'a [DrawOutcome],
    /// For each draw, the value in force of each assumption in `names`.
    pub assumptions: &'a [Vec<f64>],
}

/// The columns every `--draws-out` file starts with; one column per drawn
/// assumption follows.
pub const FIXED_COLUMNS: [&str; 8] = [
    "file",
    "draw",
    "year",
    "manufacturing_share_pct",
    "manufacturing_jobs",
    "fiscal_cost_hkd_bn",
    "effective_sectors",
    "target_met",
];

/// The CSV of `packages`; `names` are the assumption columns.
pub fn csv(names: &[String], packages: &[PackageDraws<'_>]) -> Result<String, String> {
    let mut header: Vec<String> = FIXED_COLUMNS.map(String::from).to_vec();
    header.extend(names.iter().cloned());
    let mut rows = Vec::new();
    for package in packages {
        let file = inert::csv_text(package.file).into_owned();
        for (draw, (outcome, values)) in
            package.outcomes.iter().zip(package.assumptions).enumerate()
        {
            for (k, year) in package.years.iter().enumerate().skip(package.observed) {
                let at = |series: &[f64]| series.get(k).copied().map_or_else(String::new, cell);
                let mut row = vec![
                    file.clone(),
                    draw.to_string(),
                    year.to_string(),
                    at(&outcome.share_pct),
                    at(&outcome.jobs),
                    at(&outcome.cost_hkd_bn),
                    at(&outcome.effective_sectors),
                    outcome.target_met.to_string(),
                ];
                row.extend(values.iter().map(|v| cell(*v)));
                rows.push(row);
            }
        }
    }
    csv_text(&header, &rows)
}
