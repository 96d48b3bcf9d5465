//! The workbench's scenario-discovery view (`D`): what would have to be true
//! for the package to meet its target — PRIM over the Monte Carlo draws, the
//! same call as `levers discover FILE --draws 4000` (seed 42), so the box on
//! screen is the box the command prints. Too slow for a keystroke (about half
//! a second), it is computed when asked: on a worker thread once the run loop
//! has switched them on ([`super::background`]), inline otherwise. Like the
//! Sobol view it is not recomputed as the package changes; the view says when
//! it is out of date and `D` computes it again.

use levers_core::analysis::DEFAULT_SEED;
use levers_core::analysis::discover::{DEFAULT_OPTIONS, Discovery, Plan, Question};
use levers_core::{Baseline, Policy};

/// Draws behind the view: PRIM wants a few dozen cases, and a package that
/// meets its target in 2% of draws has 80 in 4,000.
pub const DISCOVER_DRAWS: usize = 4_000;

/// The discovery for the package it was computed for.
#[derive(Clone, Debug, PartialEq)]
pub struct DiscoverView {
    pub discovery: Discovery,
    /// The package the box is of.
    pub policy: Policy,
}

impl DiscoverView {
    /// The package's target met, [`DISCOVER_DRAWS`] draws, seed 42, one box.
    pub fn compute(baseline: &Baseline, policy: &Policy) -> DiscoverView {
        let plan = Plan::new(
            baseline,
            policy,
            &Question::TARGET_MET,
            Vec::new(),
            DEFAULT_SEED,
        );
        DiscoverView {
            discovery: crate::parallel::discover(
                baseline,
                plan,
                policy,
                DISCOVER_DRAWS,
                &DEFAULT_OPTIONS,
                1,
            ),
            policy: policy.clone(),
        }
    }

    /// Whether the package has changed since.
    pub fn is_stale(&self, current: &Policy) -> bool {
        self.policy != *current
    }
}
