//! The workbench's scenario-discovery view (`D`): what would have to be true
//! for the package to meet its target — PRIM over the Monte Carlo draws, the
//! same call as `levers discover FILE --draws 4000` (seed 42), so the box on
//! screen is the box the command prints (with `--threshold` the share reached
//! in one draw in ten, when no draw meets the target). Too slow for a keystroke (about half
//! a second), it is computed when asked: on a worker thread once the run loop
//! has switched them on ([`super::background`]), inline otherwise. Like the
//! Sobol view it is not recomputed as the package changes; the view says when
//! it is out of date and `D` computes it again.

use levers_core::analysis::DEFAULT_SEED;
use levers_core::analysis::discover::Discovery;
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
    /// When too few draws meet the target to find a box (often none): the
    /// share asked of instead, the one the package reaches in one draw in
    /// ten, and how many draws met the target.
    pub lower_share: Option<crate::parallel::LowerShare>,
}

impl DiscoverView {
    /// The package's target met, [`DISCOVER_DRAWS`] draws, seed 42, one box;
    /// when no draw meets it, the share reached in one draw in ten, as
    /// `levers report` and `levers brief` ask.
    pub fn compute(baseline: &Baseline, policy: &Policy) -> DiscoverView {
        let (discovery, lower_share) = crate::parallel::discover_target_or_lower(
            baseline,
            policy,
            DISCOVER_DRAWS,
            DEFAULT_SEED,
            || {
                let bands = crate::parallel::monte_carlo(
                    baseline,
                    policy,
                    DISCOVER_DRAWS,
                    DEFAULT_SEED,
                    |_| {},
                );
                crate::parallel::share_p90_in_target_year(&bands, policy)
            },
        );
        DiscoverView {
            discovery,
            policy: policy.clone(),
            lower_share,
        }
    }

    /// Whether the package has changed since.
    pub fn is_stale(&self, current: &Policy) -> bool {
        self.policy != *current
    }
}
