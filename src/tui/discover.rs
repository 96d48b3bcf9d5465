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

use super::app::App;

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

impl App {
    /// Opens the view (computing it); when open and out of date, computes it
    /// again; when open and up to date, closes it. On a worker when one runs:
    /// the view shows "computing" until the answer lands.
    pub(super) fn toggle_discover(&mut self) {
        if self.discover_running() {
            // Asked again while computing: close it, the answer is dropped.
            self.discover = None;
            if let Some(background) = self.background_mut() {
                background.drop_discover();
            }
            return;
        }
        if let Some(view) = &self.discover
            && !view.is_stale(self.policy())
        {
            self.discover = None;
            return;
        }
        let policy = self.policy().clone();
        if let Some(background) = self.background_mut() {
            background.discover(&policy);
        } else {
            self.discover = Some(DiscoverView::compute(&self.baseline, &policy));
        }
    }

    /// Whether the discovery is being computed on a worker.
    pub fn discover_running(&self) -> bool {
        self.background_ref()
            .is_some_and(super::background::Background::discovering)
    }

    /// The view's answer from the worker (one the user closed never lands).
    pub(super) fn discover_landed(&mut self, view: DiscoverView) {
        self.discover = Some(view);
    }
}
