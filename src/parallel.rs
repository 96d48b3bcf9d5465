//! Analyses spread over rayon's threads, shared by the CLI and the workbench.

use levers_core::analysis::discover::{Discovery, Plan, PrimOptions, RowScratch};
use levers_core::analysis::sobol_model::{RunScratch, SobolPlan, SobolResult};
use levers_core::analysis::uncertainty::DrawScratch;
use levers_core::analysis::{DrawOutcome, Uncertainty, run_draw, summarise_with};
use levers_core::{Baseline, Policy};
use rayon::prelude::*;

/// Monte Carlo with the draws spread over rayon's threads. Each draw has its own
/// generator (seed, draw index) and the draws are collected in index order, so
/// the result is the same for any number of threads, and the same as
/// [`levers_core::analysis::monte_carlo`]. `progress` hears of every 256 draws.
/// The bands (one per outcome and year) are spread over the threads too.
pub fn monte_carlo(
    baseline: &Baseline,
    policy: &Policy,
    draws: usize,
    seed: u64,
    progress: impl Fn(u64) + Sync,
) -> Uncertainty {
    summarise_with(
        baseline,
        seed,
        &draw_outcomes(baseline, policy, draws, seed, progress),
        |count, band| (0..count).into_par_iter().map(band).collect(),
    )
}

/// Every draw's outcomes, in draw order, whatever the number of threads.
pub fn draw_outcomes(
    baseline: &Baseline,
    policy: &Policy,
    draws: usize,
    seed: u64,
    progress: impl Fn(u64) + Sync,
) -> Vec<DrawOutcome> {
    (0..draws as u64)
        .into_par_iter()
        .map_init(DrawScratch::default, |scratch, index| {
            let outcome = run_draw(baseline, policy, seed, index, scratch);
            if index % 256 == 255 {
                progress(256);
            }
            outcome
        })
        .collect()
}

/// Sobol indices with the model runs spread over rayon's threads. A run
/// depends only on its number and the outputs are collected in run order, so
/// the indices are the same bit for bit for any number of threads, and the
/// same as [`levers_core::analysis::sobol_model::sobol`].
pub fn sobol(
    baseline: &Baseline,
    policy: &Policy,
    samples: usize,
    seed: u64,
    progress: impl Fn(u64) + Sync,
) -> SobolResult {
    let plan = SobolPlan::new(baseline, policy, samples, seed);
    let outputs: Vec<_> = (0..plan.runs())
        .into_par_iter()
        .map_init(RunScratch::default, |scratch, run| {
            if run % 1024 == 1023 {
                progress(1024);
            }
            plan.run(baseline, policy, run, scratch)
        })
        .collect();
    plan.indices(&outputs)
}

/// The rows of scenario discovery (see [`levers_core::analysis::discover::Plan`])
/// with the draws spread over rayon's threads. A row depends only on the seed
/// and its index and the rows are collected in draw order, so PRIM on them
/// ([`levers_core::analysis::discover::Discovery::from_rows`]) finds the same
/// boxes bit for bit for any number of threads, and the same as
/// [`levers_core::analysis::discover::discover`].
pub fn discovery_rows(
    baseline: &Baseline,
    plan: &Plan,
    policy: &Policy,
    draws: usize,
    progress: impl Fn(u64) + Sync,
) -> Vec<(Vec<f64>, bool)> {
    (0..draws as u64)
        .into_par_iter()
        .map_init(RowScratch::default, |scratch, index| {
            if index % 256 == 255 {
                progress(256);
            }
            plan.row(baseline, policy, index, scratch)
        })
        .collect()
}

/// Scenario discovery on rayon's threads: [`discovery_rows`], then PRIM.
pub fn discover(
    baseline: &Baseline,
    plan: Plan,
    policy: &Policy,
    draws: usize,
    options: &PrimOptions,
    boxes: usize,
) -> Discovery {
    let rows = discovery_rows(baseline, &plan, policy, draws, |_| {});
    Discovery::from_rows(plan, rows, options, boxes)
}

/// A lower share asked about because too few draws met the target.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct LowerShare {
    /// The share asked about instead, % of GDP: one the package reaches in
    /// one draw in ten.
    pub share: f64,
    /// How many draws met the target (fewer than PRIM needs; often none).
    pub target_cases: usize,
}

/// What would have to be true for `policy` to meet its target, over `draws`
/// draws of `seed`; when too few draws meet it to find a box, of the share it
/// reaches in one draw in ten instead (`p90` gives the share's 90th
/// percentile in the target year over the same draws, asked only then; a
/// share not below the target is not asked of): the discovery, and that
/// share when it was asked of.
pub fn discover_target_or_lower(
    baseline: &Baseline,
    policy: &Policy,
    draws: usize,
    seed: u64,
    p90: impl FnOnce() -> Option<f64>,
) -> (Discovery, Option<LowerShare>) {
    use levers_core::analysis::discover::{DEFAULT_OPTIONS, Question};
    use levers_report::analysis::never_met::share_one_draw_in_ten;
    let asked = |question: &Question| {
        let plan = Plan::new(baseline, policy, question, Vec::new(), seed);
        discover(baseline, plan, policy, draws, &DEFAULT_OPTIONS, 1)
    };
    let target = asked(&Question::TARGET_MET);
    if !too_few_cases(&target) {
        return (target, None);
    }
    match p90().and_then(|p90| share_one_draw_in_ten(p90, policy.target.share_pct)) {
        Some(share) => {
            let question = Question {
                threshold: Some(share),
                ..Question::TARGET_MET
            };
            let lower = LowerShare {
                share,
                target_cases: target.cases,
            };
            (asked(&question), Some(lower))
        }
        None => (target, None),
    }
}

/// Whether too few of a discovery's draws were cases for PRIM to find a box.
pub fn too_few_cases(discovery: &Discovery) -> bool {
    matches!(
        discovery.searches.first(),
        Some(levers_core::analysis::discover::BoxSearch::TooFewCases { .. })
    )
}

/// The 90th percentile of the share in `policy`'s target year over the
/// bands of `uncertainty`.
pub fn share_p90_in_target_year(uncertainty: &Uncertainty, policy: &Policy) -> Option<f64> {
    share_p90_in(uncertainty, policy.target.year)
}

/// The 90th percentile of the share in `year` over the bands of `uncertainty`.
pub fn share_p90_in(uncertainty: &Uncertainty, year: i32) -> Option<f64> {
    let i = uncertainty.years.iter().position(|y| *y == year)?;
    uncertainty.share_pct.get(i).map(|band| band.p90)
}
