//! The data dictionary's entries for the outputs of many runs: `levers sweep`
//! (one row per point of the grid) and the per-draw outputs of
//! `eval --uncertainty` (`--each-draw` and `--draws-out`: one row per draw
//! and projected year, with the drawn assumptions as columns). The
//! column names come from the writers themselves, so the dictionary cannot
//! drift from them.

use crate::analysis::draws::FIXED_COLUMNS;
use crate::analysis::sweep::OUTCOME_COLUMNS;
use crate::dictionary::{Entry, entry};
use crate::series::SERIES;

/// Label, definition and MODEL.md section of a column of the sweep or draw outputs.
fn describe(name: &str) -> (&'static str, &'static str, &'static str) {
    match name {
        "file" => ("Package file", "The package file the row is for.", "2.4"),
        "name" => (
            "Package name",
            "The `name` in the package file (a sweep over a folder of packages).",
            "2.4",
        ),
        "share_in_target_year_pct" => (
            "Manufacturing share of GDP in the target year",
            "The official (nominal) share in the package's target year at this point of the grid.",
            "1.2",
        ),
        "met" => (
            "Target met",
            "Whether the share reaches the target in the target year.",
            "3.11",
        ),
        "first_year_met" => (
            "First year the target is met",
            "The first projected year the share reaches the target; empty when it never does.",
            "3.11",
        ),
        "manufacturing_jobs_in_target_year" => (
            "Manufacturing jobs in the target year",
            "Direct jobs in the five manufacturing sectors in the target year.",
            "3.7",
        ),
        "cost_to_target_year_hkd_bn" => (
            "Cost to the target year",
            "Cash outlay, tax forgone and financing summed to the package's target year: the window every face quotes by default (`fiscal.to_target_year.total_hkd_bn` of eval).",
            "3.10",
        ),
        "draw" => (
            "Draw",
            "Index of the Monte Carlo draw, from 0; with the seed it reproduces the draw.",
            "5.1",
        ),
        "seed" => ("Seed", "Seed of the Monte Carlo draws (`--seed`).", "5.1"),
        "year" => (
            "Year",
            "Calendar year of the draw's row (observed years are left out: every draw reproduces them).",
            "5.1",
        ),
        "manufacturing_share_pct" => (
            "Manufacturing share of GDP",
            "The share in this year under this draw's assumptions.",
            "5.1",
        ),
        "manufacturing_jobs" => (
            "Manufacturing jobs (direct)",
            "Direct manufacturing jobs in this year under this draw's assumptions.",
            "5.1",
        ),
        "fiscal_cost_hkd_bn" => (
            "Fiscal cost",
            "The year's fiscal cost under this draw's assumptions.",
            "5.1",
        ),
        "effective_sectors" => (
            "Effective number of sectors",
            "10,000 / HHI in this year under this draw's assumptions.",
            "5.1",
        ),
        "target_met" => (
            "Target met in this draw",
            "Whether this draw's share reaches the target in the target year (the same on every row of a draw).",
            "5.1",
        ),
        _ => ("", "", ""),
    }
}

/// The unit of a column of the sweep or draw outputs.
fn unit(name: &str) -> &'static str {
    match name {
        "share_in_target_year_pct" | "manufacturing_share_pct" => "%",
        "met" | "target_met" => "true/false",
        "first_year_met" | "year" => "year",
        "manufacturing_jobs_in_target_year" | "manufacturing_jobs" => "persons",
        "cost_to_target_year_hkd_bn" | "fiscal_cost_hkd_bn" => "HK$ bn",
        "effective_sectors" => "sectors",
        "draw" => "index",
        "seed" => "integer",
        _ => "",
    }
}

/// A column; one that carries a yearly series takes that series' label and unit.
fn run_entry(output: &'static str, name: &str) -> Entry {
    let (label, definition, section) = describe(name);
    let (label, unit) = SERIES
        .iter()
        .find(|s| s.key == name)
        .map_or((label, unit(name)), |s| (s.label, s.unit));
    Entry {
        output,
        ..entry(name, label, unit, definition, section)
    }
}

/// `levers sweep`: the package, the varied dials, then the outcomes.
pub fn sweep_entries() -> Vec<Entry> {
    let mut entries = vec![run_entry("sweep", "file"), run_entry("sweep", "name")];
    entries.push(Entry {
        output: "sweep",
        ..entry(
            "<path of each varied dial>",
            "Varied dial",
            "the dial's own unit",
            "One column per `--vary PATH=FROM..TO:STEP`, named by the path (`rd.grants_hkd_bn_per_year`, `assumptions.nev.growth`, `zone_coinvestment.amount`): the value at this point of the grid.",
            "2.4",
        )
    });
    entries.extend(
        OUTCOME_COLUMNS
            .iter()
            .map(|(name, _)| run_entry("sweep", name)),
    );
    entries
}

/// `eval --uncertainty --each-draw` and `--draws-out`.
pub fn draw_entries() -> Vec<Entry> {
    // `--each-draw` and `--draws-out` write the same rows.
    let mut entries: Vec<Entry> = FIXED_COLUMNS
        .iter()
        .map(|name| run_entry("draws", name))
        .collect();
    entries.push(Entry {
        output: "draws",
        ..entry(
            "<name of each drawn assumption>",
            "Drawn assumption",
            "the assumption's unit (levers assumptions)",
            "One column per uncertain assumption, named as in `levers assumptions`: the value this draw used.",
            "5.1",
        )
    });
    entries
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_sweep_and_draw_column_is_described_with_its_unit() {
        for entry in sweep_entries().iter().chain(&draw_entries()) {
            assert!(!entry.label.is_empty(), "{} has no label", entry.name);
            assert!(entry.definition.len() > 10, "{}", entry.name);
            assert!(!entry.unit.is_empty() || entry.name == "file" || entry.name == "name");
        }
        for (name, unit_of_writer) in OUTCOME_COLUMNS {
            assert_eq!(unit(name), unit_of_writer, "{name}");
        }
    }
}
