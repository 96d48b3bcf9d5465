//! Goal seek: the cheapest package that meets a target share by a year.
//!
//! # Method
//! The unknowns are the *money and quantity* fields of the chosen groups
//! (rent subsidy, land release, grants, admissions, training places, tax
//! concession, co-investment), each written as a fraction x ∈ [0, 1] of its
//! maximum. The other fields (co-funding ratio, scale-up share in the GBA),
//! timings and sector weights are held at the template's values (or defaults:
//! co-funding 1.0, scale-up share 0.3, start two years after the base year, no
//! ramp). "Cheapest" is the lowest cumulative fiscal cost to the target year.
//!
//! The model is smooth but has kinks (budget cap scaling, labour and land
//! ceilings) and lags, so no gradient is trusted. Instead:
//! 1. **Rays.** Directions d on a coarse grid of the box (at most ~2,400, e.g.
//!    7 levels per field for 4 fields, 3 for 7) are each tried at the box edge;
//!    along every direction that reaches the target there, the smallest
//!    intensity t with t·d meeting the target is found by bisection.
//! 2. **Refinement.** From the cheapest few ray points, a pattern search along
//!    the target's frontier: for each pair (i, j), raise `x_i` by δ and lower `x_j` by
//!    bisection as far as the target allows; take the move if it is cheaper; also
//!    lower each `x_j` alone. δ halves from 0.25 to below 0.001 when no move helps.
//! 3. **Clean-up.** Every moved number is put on the decimals its field
//!    shows (whole hectares, HK$ bn to 0.1: what a person would type; see
//!    `rounding.rs`): all rounded up, then each rounded down where the target
//!    stays met at lower cost; if rounding up misses the target, all rounded
//!    down; if that misses too, the unrounded numbers are kept. Groups left at
//!    zero are dropped, and the result is projected again: the share and cost
//!    returned are those of the package returned, which meets the target.
//!    The closest package of an unreachable target is rounded too (to the
//!    nearest or up, whichever reaches more).
//!
//! Bisection keeps its upper end feasible, so every returned package is checked
//! to meet the target whatever the shape of the model; optimality is only local
//! to the best rays (tests compare against a fine grid on a 2-lever problem).
//!
//! If no ray meets the target at the box edge, a coordinate climb of the share
//! starts from the best edge point (under a budget cap the share can fall
//! along a ray); if it reaches the target, refinement starts from there, else
//! the best reachable share is reported with the constraints that bind there,
//! for the cheapest package found that reaches it (a second climb lowers the
//! cost where the share stays).
//!
//! # Stopping
//! [`seek_unless_stopped`] asks the caller's "should stop" check before each
//! candidate it evaluates; once the check says yes, nothing more is projected,
//! the loops run out on placeholders, and the answer is [`Stopped`], never the
//! partial search. A check that never says yes changes nothing: the answer is
//! bit for bit that of [`seek`].

mod best_reachable;
mod climb;
mod finish;
mod rays;
mod refine;
mod request;
mod rounding;
mod searcher;
mod shortfall;
mod space;
mod stop;

use crate::baseline::Baseline;

pub use best_reachable::best_reachable;
pub(crate) use climb::climb;
use climb::{cheapest_at_share, climb_share};
use finish::finish;
use rays::ray_directions;
use refine::refine;
pub use request::{Binding, SeekRequest, SeekResult, Shortfall};
pub(crate) use rounding::{Direction, set_rounded};
use searcher::Searcher;
pub(crate) use shortfall::binding;
use shortfall::shortfall;
pub use space::{Dial, cost_fields, default_start, first_acting_year, search_space, set_dials};
pub(crate) use space::{drop_group, idle_groups};
pub(crate) use stop::StopCheck;
pub use stop::Stopped;

/// Finds the cheapest package meeting the request's target, or the best it
/// can do; runs to the end (the command line's seek).
pub fn seek(baseline: &Baseline, request: &SeekRequest) -> SeekResult {
    let never = || false;
    search(baseline, request, &StopCheck::new(&never))
}

/// [`seek`], asking `should_stop` before each candidate evaluation:
/// [`Stopped`] as soon as it says yes (the workbench's cancellable seek).
pub fn seek_unless_stopped(
    baseline: &Baseline,
    request: &SeekRequest,
    should_stop: &dyn Fn() -> bool,
) -> Result<SeekResult, Stopped> {
    let stop = StopCheck::new(should_stop);
    let result = search(baseline, request, &stop);
    if stop.stopped() {
        Err(Stopped)
    } else {
        Ok(result)
    }
}

/// The search itself; once `stop` has said yes its answer means nothing.
pub(crate) fn search(
    baseline: &Baseline,
    request: &SeekRequest,
    stop: &StopCheck<'_>,
) -> SeekResult {
    let mut searcher = Searcher::new(baseline, request, stop);
    let k = searcher.dials.len();
    let origin = vec![0.0; k];
    let at_origin = searcher.eval(&origin);
    if at_origin.met || k == 0 {
        if at_origin.met {
            return finish(&mut searcher, &origin);
        }
        return SeekResult::Unreachable(shortfall(&mut searcher, &origin));
    }

    // 1. Rays.
    let mut feasible: Vec<(f64, Vec<f64>)> = Vec::new();
    let mut closest = (at_origin.share, origin.clone());
    for ray in ray_directions(k) {
        let edge = searcher.eval(&ray);
        if edge.share > closest.0 {
            closest = (edge.share, ray.clone());
        }
        if edge.met {
            let (x, point) = searcher.bisect(|t| ray.iter().map(|d| d * t).collect());
            feasible.push((point.cost, x));
        }
    }
    if feasible.is_empty() {
        // No ray reaches the target at the box edge; the share need not rise
        // along a ray (a budget cap spreads the money thinner), so climb from
        // the best edge point: it may still reach the target inside the box.
        let (_, x) = closest;
        let x = climb_share(&mut searcher, x);
        let point = searcher.eval(&x);
        if !point.met {
            let x = cheapest_at_share(&mut searcher, x);
            return SeekResult::Unreachable(shortfall(&mut searcher, &x));
        }
        feasible.push((point.cost, x));
    }

    // 2. Refinement of the cheapest few.
    feasible.sort_by(|a, b| a.0.total_cmp(&b.0));
    let mut best: Option<(f64, Vec<f64>)> = None;
    for (cost, x) in feasible.into_iter().take(3) {
        let refined = refine(&mut searcher, x, cost);
        if best.as_ref().is_none_or(|b| refined.0 < b.0) {
            best = Some(refined);
        }
    }
    let x = best.map(|b| b.1).unwrap_or(origin);
    finish(&mut searcher, &x)
}
