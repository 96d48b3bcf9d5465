//! The searcher: projects points of the search box, bisects along a line to
//! the target, and evaluates nothing once stopped.

use super::request::SeekRequest;
use super::space::{Dial, search_space, set_dials};
use super::stop::StopCheck;
use crate::baseline::Baseline;
use crate::policy::Policy;
use crate::project::project_into;
use crate::projection::Projection;

const BISECTION_STEPS: usize = 24;

/// Evaluates points of the search box.
pub(super) struct Searcher<'a> {
    pub(super) baseline: &'a Baseline,
    stop: &'a StopCheck<'a>,
    pub(super) dials: Vec<Dial>,
    pub(super) policy: Policy,
    pub(super) projection: Projection,
    evaluations: usize,
}

/// Share in the target year, cost to it, and whether the target is met.
#[derive(Clone, Copy, Debug)]
pub(super) struct Point {
    pub(super) share: f64,
    pub(super) cost: f64,
    pub(super) met: bool,
}

impl<'a> Searcher<'a> {
    pub(super) fn new(
        baseline: &'a Baseline,
        request: &SeekRequest,
        stop: &'a StopCheck<'a>,
    ) -> Searcher<'a> {
        let (policy, dials) = search_space(baseline, request);
        Searcher {
            baseline,
            stop,
            dials,
            policy,
            projection: Projection::default(),
            evaluations: 0,
        }
    }

    pub(super) fn set(&mut self, x: &[f64]) {
        set_dials(
            &self.dials,
            &mut self.policy,
            x,
            self.baseline.base_year + 2,
        );
    }

    pub(super) fn eval(&mut self, x: &[f64]) -> Point {
        self.set(x);
        self.eval_policy()
    }

    /// The package in `self.policy` projected; once stopped, a placeholder
    /// that meets nothing, without projecting.
    pub(super) fn eval_policy(&mut self) -> Point {
        if self.stop.now() {
            return Point {
                share: f64::NAN,
                cost: f64::NAN,
                met: false,
            };
        }
        self.evaluations += 1;
        project_into(self.baseline, &self.policy, &mut self.projection);
        let year = self.projection.year(self.policy.target.year);
        Point {
            share: year.map_or(f64::NAN, |y| y.manufacturing_share_pct),
            cost: year.map_or(f64::NAN, |y| y.cumulative_fiscal_cost_hkd_bn),
            met: self.projection.target.met,
        }
    }

    /// Smallest t in [0, 1] with `at(t)` meeting the target, given `at(1)` does.
    pub(super) fn bisect(&mut self, at: impl Fn(f64) -> Vec<f64>) -> (Vec<f64>, Point) {
        let zero = at(0.0);
        let start = self.eval(&zero);
        if start.met {
            return (zero, start);
        }
        let (mut low, mut high) = (0.0, 1.0);
        let mut best = at(1.0);
        let mut best_point = self.eval(&best);
        for _ in 0..BISECTION_STEPS {
            let mid = 0.5 * (low + high);
            let x = at(mid);
            let point = self.eval(&x);
            if point.met {
                high = mid;
                best = x;
                best_point = point;
            } else {
                low = mid;
            }
        }
        (best, best_point)
    }
}
