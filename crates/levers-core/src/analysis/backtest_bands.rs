//! Uncertainty bands for the back-test, and how well they cover what was
//! observed: the check that the bands are wide enough (the observed path lies
//! inside p10–p90 in most years) and no wider than they must be (their mean
//! width relative to the median).
//!
//! The draws are those of [`super::uncertainty`] on the rebased model, so the
//! distributions tested here are the ones every forward band uses, with the
//! trends' errors estimated before the base year, and so is the year-to-year
//! noise each draw adds ([`super::year_noise`]), its standard deviations
//! estimated on the series' residuals around their trends before the base
//! year: a prediction band, not a confidence band.

use crate::baseline::Baseline;
use crate::policy::Policy;

use super::backtest::{Backtest, Comparison};
use super::uncertainty::{DrawOutcome, DrawScratch, percentile, run_draw};

/// p10, p50 and p90 of one outcome, one value per back-test year.
#[derive(Clone, Debug, PartialEq)]
pub struct OutcomeBands {
    /// Key of the outcome (the same as its `Comparison`).
    pub key: &'static str,
    /// 10th percentile per year.
    pub p10: Vec<f64>,
    /// Median per year.
    pub p50: Vec<f64>,
    /// 90th percentile per year.
    pub p90: Vec<f64>,
    /// Observed years after the base year inside [p10, p90].
    pub inside: usize,
    /// Observed years after the base year.
    pub observed: usize,
    /// Mean of (p90 − p10) / p50 over those years, in %.
    pub mean_relative_width_pct: f64,
}

impl OutcomeBands {
    /// Share of observed years inside the band (NaN with none).
    pub fn coverage(&self) -> f64 {
        self.inside as f64 / self.observed as f64
    }
}

/// The bands of a back-test and their coverage of history.
#[derive(Clone, Debug, PartialEq)]
pub struct BacktestBands {
    /// Number of draws.
    pub draws: usize,
    /// Seed: the same seed gives the same bands.
    pub seed: u64,
    /// Share, value added, jobs — in the order of `Backtest::comparisons`.
    pub outcomes: Vec<OutcomeBands>,
}

impl BacktestBands {
    /// Observed years inside the bands, over all outcomes.
    pub fn inside(&self) -> usize {
        self.outcomes.iter().map(|o| o.inside).sum()
    }

    /// Observed years, over all outcomes.
    pub fn observed(&self) -> usize {
        self.outcomes.iter().map(|o| o.observed).sum()
    }
}

fn pick<'a>(key: &str, draw: &'a DrawOutcome) -> &'a [f64] {
    match key {
        "manufacturing_share_pct" => &draw.share_pct,
        "manufacturing_value_added_hkd_bn" => &draw.value_added_hkd_bn,
        _ => &draw.jobs,
    }
}

/// Draws `draws` projections of `policy` on `rebased` (the model rebased by
/// [`super::backtest::rebase`]) with seed `seed`, one after another in draw
/// order, and sets their bands beside `backtest`'s observations.
pub fn backtest_bands(
    rebased: &Baseline,
    policy: &Policy,
    backtest: &Backtest,
    draws: usize,
    seed: u64,
) -> BacktestBands {
    let mut scratch = DrawScratch::default();
    let outcomes: Vec<DrawOutcome> = (0..draws as u64)
        .map(|i| run_draw(rebased, policy, seed, i, &mut scratch))
        .collect();
    let years = backtest.years.len();
    let mut column = Vec::with_capacity(outcomes.len());
    let bands = backtest
        .comparisons
        .iter()
        .map(|comparison: &Comparison| {
            let (mut p10, mut p50, mut p90) = (Vec::new(), Vec::new(), Vec::new());
            for k in 0..years {
                column.clear();
                column.extend(
                    outcomes
                        .iter()
                        .filter_map(|o| pick(comparison.key, o).get(k).copied()),
                );
                column.sort_by(f64::total_cmp);
                p10.push(percentile(&column, 0.10));
                p50.push(percentile(&column, 0.50));
                p90.push(percentile(&column, 0.90));
            }
            let (mut inside, mut observed, mut width) = (0, 0, 0.0);
            for k in 1..years {
                if let Some(value) = comparison.observed.get(k).copied().flatten() {
                    observed += 1;
                    inside += usize::from(p10[k] <= value && value <= p90[k]);
                    width += 100.0 * (p90[k] - p10[k]) / p50[k];
                }
            }
            OutcomeBands {
                key: comparison.key,
                mean_relative_width_pct: width / observed as f64,
                p10,
                p50,
                p90,
                inside,
                observed,
            }
        })
        .collect();
    BacktestBands {
        draws,
        seed,
        outcomes: bands,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn percentiles_interpolate_between_ranks() {
        let values: Vec<f64> = (0..=10).map(f64::from).collect();
        assert_eq!(percentile(&values, 0.1), 1.0);
        assert!((percentile(&[0.0, 1.0], 0.9) - 0.9).abs() < 1e-12);
        assert!(percentile(&[], 0.5).is_nan());
    }
}
