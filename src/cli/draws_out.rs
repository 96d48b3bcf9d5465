//! `--draws-out FILE` (with `--uncertainty`): every Monte Carlo draw written as
//! CSV beside the bands, for the user's own analysis.

use std::path::{Path, PathBuf};

use levers_core::analysis::uncertainty::drawn_assumptions;
use levers_core::params::Distribution;
use levers_core::{Baseline, Policy};
use levers_report::analysis::draws::{PackageDraws, csv};

use super::Failure;
use super::output::{progress_bar, write_output};

/// Writes the draws of every package to `out` (the same draws, seed and
/// order as the bands: a draw's row reproduces what the band summarises).
pub fn write(
    baseline: &Baseline,
    files: &[PathBuf],
    policies: &[Policy],
    draws: usize,
    seed: u64,
    out: &Path,
) -> Result<(), Failure> {
    let uncertain: Vec<_> = baseline
        .specs
        .iter()
        .filter(|s| s.distribution != Distribution::Fixed && s.low < s.high)
        .collect();
    let names: Vec<String> = uncertain.iter().map(|s| s.name.clone()).collect();
    let mut runs = Vec::new();
    for (file, policy) in files.iter().zip(policies) {
        let progress = progress_bar(draws as u64, "draws for --draws-out");
        let outcomes =
            crate::parallel::draw_outcomes(baseline, policy, draws, seed, |n| progress.inc(n));
        progress.finish_and_clear();
        let assumptions: Vec<Vec<f64>> = (0..draws as u64)
            .map(|index| {
                let drawn = drawn_assumptions(baseline, policy, seed, index);
                uncertain
                    .iter()
                    .map(|spec| {
                        drawn
                            .iter()
                            .find(|(id, _)| *id == spec.id)
                            .map(|(_, v)| *v)
                            .or_else(|| policy.assumption(spec.id))
                            .unwrap_or(spec.value)
                    })
                    .collect()
            })
            .collect();
        let years: Vec<i32> = (baseline.base_year..=policy.horizon).collect();
        runs.push((file.display().to_string(), years, outcomes, assumptions));
    }
    let observed = (baseline.first_policy_year() - baseline.base_year).max(0) as usize;
    let packages: Vec<PackageDraws<'_>> = runs
        .iter()
        .map(|(file, years, outcomes, assumptions)| PackageDraws {
            file,
            years,
            observed,
            outcomes,
            assumptions,
        })
        .collect();
    let text = csv(&names, &packages)?;
    write_output(out, text.as_bytes())
}
