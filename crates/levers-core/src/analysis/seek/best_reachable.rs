//! The highest share reachable whatever the cost (`levers seek --best`),
//! with the constraints that hold it there.

use super::climb::{cheapest_at_share, climb_share};
use super::rays::ray_directions;
use super::request::{SeekRequest, Shortfall};
use super::searcher::Searcher;
use super::shortfall::shortfall;
use super::stop::StopCheck;
use crate::baseline::Baseline;

/// The highest share in the target year reachable within the lever ranges and
/// the budget: the best of the rays at the box edge, then a coordinate climb;
/// among packages reaching it, the cheapest found. The target share of the
/// request is ignored.
pub fn best_reachable(baseline: &Baseline, request: &SeekRequest) -> Shortfall {
    let never = || false;
    let stop = StopCheck::new(&never);
    let mut searcher = Searcher::new(baseline, request, &stop);
    let origin = vec![0.0; searcher.dials.len()];
    let mut closest = (searcher.eval(&origin).share, origin);
    for ray in ray_directions(searcher.dials.len()) {
        let edge = searcher.eval(&ray);
        if edge.share > closest.0 {
            closest = (edge.share, ray);
        }
    }
    let x = climb_share(&mut searcher, closest.1);
    let x = cheapest_at_share(&mut searcher, x);
    shortfall(&mut searcher, &x)
}
