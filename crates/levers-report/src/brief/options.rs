//! The options table: one row per package, every figure over one window — to
//! the package's target year — so the jobs and the money can be quoted side by
//! side. Each figure is the one `eval --format json` prints for the same file
//! (the share and jobs from `series`, the cost from `fiscal.to_target_year`,
//! the chances from `eval --uncertainty`).

use levers_core::analysis::uncertainty::percentile;
use levers_core::analysis::{DrawOutcome, Uncertainty, summarise};
use levers_core::{Baseline, Policy};

use crate::Evaluated;

/// The Monte Carlo draws of one package, as the command line ran them (the
/// same draws and seed `eval --uncertainty` uses, so the chances agree).
pub struct Draws<'a> {
    pub seed: u64,
    pub outcomes: &'a [DrawOutcome],
}

/// One package's row of the options table.
#[derive(Clone, Debug)]
pub struct OptionRow {
    /// The package's name, with its file appended when another has the same name.
    pub title: String,
    /// The file it came from, as given on the command line.
    pub file: String,
    /// The target share, % of GDP, and its year (the end of the window).
    pub target_share_pct: f64,
    pub target_year: i32,
    /// First year counted in the cost window (the first policy year).
    pub window_from: i32,
    /// Share of GDP in the target year, %.
    pub share_pct: f64,
    /// 10th and 90th percentiles of the share in the target year across draws, %.
    pub share_p10_pct: f64,
    pub share_p90_pct: f64,
    /// Fraction of draws that meet the target (0–1).
    pub probability_met: f64,
    /// Fraction of draws whose share in the target year is at least each threshold.
    pub probability_at_least: Vec<f64>,
    /// Everyone employed in manufacturing in the target year.
    pub manufacturing_jobs: f64,
    /// Manufacturing jobs the package adds over the status quo in the target
    /// year (manufacturing itself).
    pub direct_jobs_added: f64,
    /// Jobs the package adds over the status quo in the target year across the
    /// economy (admitted talent at work among them), net of workers drawn from
    /// other employers.
    pub net_jobs_added: f64,
    /// Cash outlay, tax forgone and financing from the first policy year to the
    /// target year, HK$ bn (real, 2023 prices).
    pub cost_hkd_bn: f64,
    /// 10th and 90th percentiles of that cost across the draws, HK$ bn: the
    /// central cost can sit well inside or outside them, as the cost
    /// assumptions' ranges need not be centred on their central values.
    pub cost_p10_hkd_bn: f64,
    pub cost_p90_hkd_bn: f64,
    /// Its present value in the base year, HK$ bn.
    pub cost_present_value_hkd_bn: f64,
    /// `cost_hkd_bn` per net job added in the target year, HK$ (`None` before any job).
    pub cost_per_net_job_hkd: Option<f64>,
    /// The share's p10–p90 band each projected year (year, p10, p90), %.
    pub share_band: Vec<(i32, f64, f64)>,
    /// The number of draws behind the chances, and their seed.
    pub draws: usize,
    pub seed: u64,
}

impl OptionRow {
    /// The row of `package`, its chances from `draws`.
    pub fn of(
        baseline: &Baseline,
        package: &Evaluated<'_>,
        title: String,
        draws: &Draws<'_>,
        thresholds_pct: &[f64],
    ) -> OptionRow {
        let policy = package.policy;
        let projection = package.projection;
        let target_year = projection.year(policy.target.year);
        let accounts = crate::fiscal::accounts(baseline, package);
        let to_target = &accounts.to_target;
        let uncertainty = summarise(baseline, draws.seed, draws.outcomes);
        let (p10, p90) = band_in(&uncertainty, policy.target.year);
        let (cost_p10, cost_p90) = cost_band(baseline, policy.target.year, draws.outcomes);
        OptionRow {
            title,
            file: package.file.clone(),
            target_share_pct: policy.target.share_pct,
            target_year: policy.target.year,
            window_from: to_target.window.from,
            share_pct: projection.target.projected_share_pct,
            share_p10_pct: p10,
            share_p90_pct: p90,
            probability_met: uncertainty.probability_met,
            probability_at_least: thresholds_pct
                .iter()
                .map(|t| share_at_least(baseline, policy, draws.outcomes, *t))
                .collect(),
            manufacturing_jobs: target_year.map_or(f64::NAN, |y| y.manufacturing_jobs),
            direct_jobs_added: target_year.map_or(f64::NAN, |y| y.direct_jobs_added),
            net_jobs_added: target_year.map_or(f64::NAN, |y| y.net_jobs_added),
            cost_hkd_bn: to_target.window.total_hkd_bn,
            cost_p10_hkd_bn: cost_p10,
            cost_p90_hkd_bn: cost_p90,
            cost_present_value_hkd_bn: to_target.present_value_hkd_bn,
            cost_per_net_job_hkd: to_target.cost_per_job.net_job_hkd,
            share_band: crate::chart::band(&uncertainty, "manufacturing_share_pct")
                .unwrap_or_default(),
            draws: draws.outcomes.len(),
            seed: draws.seed,
        }
    }
}

/// The p10 and p90 of the share in `year` (NaN when the year is not projected).
fn band_in(uncertainty: &Uncertainty, year: i32) -> (f64, f64) {
    uncertainty
        .years
        .iter()
        .position(|y| *y == year)
        .and_then(|i| uncertainty.share_pct.get(i))
        .map_or((f64::NAN, f64::NAN), |band| (band.p10, band.p90))
}

/// The 10th and 90th percentiles across draws (interpolated, as `eval
/// --uncertainty`'s) of the fiscal cost summed to
/// `year` (the years before the first policy year cost nothing), HK$ bn;
/// NaN without draws.
fn cost_band(baseline: &Baseline, year: i32, outcomes: &[DrawOutcome]) -> (f64, f64) {
    let years = (year - baseline.base_year + 1).max(0) as usize;
    let mut totals: Vec<f64> = outcomes
        .iter()
        .map(|o| o.cost_hkd_bn.iter().take(years).sum())
        .collect();
    totals.sort_by(f64::total_cmp);
    (percentile(&totals, 0.1), percentile(&totals, 0.9))
}

/// The fraction of draws whose share in the target year is at least
/// `threshold_pct` (NaN without draws).
fn share_at_least(
    baseline: &Baseline,
    policy: &Policy,
    outcomes: &[DrawOutcome],
    threshold_pct: f64,
) -> f64 {
    let index = (policy.target.year - baseline.base_year).max(0) as usize;
    let shares: Vec<f64> = outcomes
        .iter()
        .filter_map(|o| o.share_pct.get(index).copied())
        .collect();
    if shares.is_empty() {
        return f64::NAN;
    }
    shares.iter().filter(|s| **s >= threshold_pct).count() as f64 / shares.len() as f64
}
