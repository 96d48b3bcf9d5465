//! Sobol indices of the model: an assumption about a lever the package does
//! not use explains none of the variance (exactly), the indices of the
//! status quo come from the trends, and runs in any order give the same bits.

use levers_core::Policy;
use levers_core::analysis::sobol_model::{RunOutput, RunScratch, SobolPlan, sobol};

use crate::support::baseline;

#[test]
fn an_assumption_about_an_unused_lever_explains_none_of_the_variance() {
    let baseline = baseline();
    let status_quo = Policy::status_quo();
    let result = sobol(&baseline, &status_quo, 64, 3);
    let index_of = |name: &str| {
        result
            .inputs
            .iter()
            .position(|id| baseline.spec(*id).name == name)
            .unwrap_or_else(|| panic!("{name} is drawn"))
    };
    for unused in [
        "rd_additionality",
        "coinvestment_demand_hkd_bn",
        "subsidy_deadweight",
    ] {
        let total = result.share.total_order[index_of(unused)];
        assert_eq!(total.value, 0.0, "{unused}: {total:?}");
        assert_eq!((total.low, total.high), (0.0, 0.0), "{unused}");
    }
    // What moves the status quo's share is the trends: some parameter matters.
    let largest = result
        .share
        .total_order
        .iter()
        .map(|e| e.value)
        .fold(0.0, f64::max);
    assert!(largest > 0.1, "{largest}");
    assert!(result.share.variance > 0.0);
}

#[test]
fn runs_evaluated_in_reverse_order_give_the_same_indices() {
    let baseline = baseline();
    let policy = crate::support::load("policies/blueprint-2032.toml", &baseline);
    let plan = SobolPlan::new(&baseline, &policy, 32, 5);
    let mut scratch = RunScratch::default();
    let mut outputs = vec![RunOutput::default(); plan.runs()];
    for run in (0..plan.runs()).rev() {
        outputs[run] = plan.run(&baseline, &policy, run, &mut scratch);
    }
    assert_eq!(plan.indices(&outputs), sobol(&baseline, &policy, 32, 5));
}

/// The Blueprint with its target share set so that about `share` of the runs
/// of a Sobol design meet it (the share in the target year at that quantile).
pub(crate) fn blueprint_met_in(share: f64, samples: usize) -> Policy {
    let baseline = baseline();
    let mut policy = crate::support::load("policies/blueprint-2032.toml", &baseline);
    let plan = SobolPlan::new(&baseline, &policy, samples, 5);
    let mut scratch = RunScratch::default();
    let mut shares: Vec<f64> = (0..2 * samples)
        .map(|run| plan.run(&baseline, &policy, run, &mut scratch).share_pct)
        .collect();
    shares.sort_by(f64::total_cmp);
    let at = ((1.0 - share) * shares.len() as f64) as usize;
    policy.target.share_pct = shares[at.min(shares.len() - 1)];
    policy
}

#[test]
fn sobol_indices_of_target_met_stay_within_0_and_1_and_rare_outcomes_are_flagged() {
    let baseline = baseline();
    // The Blueprint as written, then met in about 0.5% and in about 40% of runs.
    let written = crate::support::load("policies/blueprint-2032.toml", &baseline);
    let rare = blueprint_met_in(0.005, 256);
    let common = blueprint_met_in(0.4, 256);
    for (policy, expect_rare) in [
        (&written, None),
        (&rare, Some(true)),
        (&common, Some(false)),
    ] {
        let result = sobol(&baseline, policy, 256, 5);
        for indices in [&result.share, &result.met] {
            for e in indices.first_order.iter().chain(&indices.total_order) {
                for v in [e.value, e.low, e.high] {
                    assert!(
                        (0.0..=1.0).contains(&v),
                        "{} at {}%: {e:?}",
                        policy.name,
                        policy.target.share_pct
                    );
                }
            }
        }
        if let Some(expect_rare) = expect_rare {
            assert_eq!(
                result.met_is_rare(),
                expect_rare,
                "P(met) = {}",
                result.probability_met
            );
        }
        if expect_rare == Some(false) {
            // A common outcome keeps its indices: something explains it.
            assert!(result.met.total_order.iter().any(|e| e.value > 0.05));
        }
    }
}
