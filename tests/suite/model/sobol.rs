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
