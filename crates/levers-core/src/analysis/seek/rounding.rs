//! Sought numbers a person would write: every number the search moved is put
//! on its field's displayed decimals (`LeverField::spec().decimals`: whole
//! hectares, HK$ bn to 0.1) before the package is projected for the last time,
//! so the file seek writes says exactly what seek reports.
//!
//! A scheduled measure amount keeps its shape when its peak moves, so each of
//! its years is rounded too (a 300 ha programme spread over years would
//! otherwise write `66.66666666666666`).

use super::searcher::{Point, Searcher};
use super::space::Dial;
use crate::analysis::dial::Knob;
use crate::lever::LeverField;
use crate::measure::Amount;
use crate::policy::Policy;

/// Which way a number goes to the field's decimals.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Direction {
    /// More effort: a met target stays met unless a budget cap thins the money.
    Up,
    /// Less effort and cost.
    Down,
    /// The closest number.
    Nearest,
}

/// `value` on the decimals the field shows, within the field's range (0 stays
/// 0). The tolerance keeps a value already on the grid where it is (a float
/// product such as 0.1 × 3 is not rounded up to the next step).
pub(crate) fn to_display(field: LeverField, value: f64, direction: Direction) -> f64 {
    let spec = field.spec();
    let scale = 10f64.powi(spec.decimals as i32);
    let scaled = value * scale;
    let whole = match direction {
        Direction::Up => (scaled - 1e-6).ceil(),
        Direction::Down => (scaled + 1e-6).floor(),
        Direction::Nearest => scaled.round(),
    };
    let rounded = (whole / scale).clamp(0.0, spec.max);
    // `-0.0` would be written as such.
    if rounded > 0.0 { rounded } else { 0.0 }
}

/// Sets `dial` in `into` to its value in `exact`, rounded in `direction` and
/// kept within the dial's range (a `--bound` end not on the grid is kept as
/// typed). A scheduled amount is taken from `exact` and every year rounded
/// alike, the peak to exactly the dial's value.
pub(crate) fn set_rounded(
    dial: &Dial,
    exact: &Policy,
    into: &mut Policy,
    direction: Direction,
    default_start: i32,
) {
    let peak = to_display(dial.field, dial.knob.get(exact), direction).clamp(dial.low, dial.high);
    if let Knob::MeasureAmount(index) = dial.knob
        && let (Some(from), Some(to)) = (exact.measures.get(index), into.measures.get_mut(index))
    {
        to.amount = from.amount.clone();
    }
    dial.set(into, peak, default_start);
    if let Knob::MeasureAmount(index) = dial.knob
        && let Some(measure) = into.measures.get_mut(index)
        && let Amount::Schedule(points) = &mut measure.amount
    {
        for (_, value) in points.iter_mut() {
            if *value != peak {
                *value = to_display(dial.field, *value, direction).min(peak);
            }
        }
    }
}

/// `exact` (which meets the target) with every moved number on its field's
/// decimals, the cheapest such package found that still meets the target:
/// all numbers rounded up first (more effort keeps a met target met), then
/// each rounded down in turn where the target stays met and the cost falls;
/// if rounding up misses the target (under a budget cap more money can be
/// spread thinner), all rounded down. `None` when neither meets it: the
/// caller then keeps the unrounded numbers, which do.
pub(super) fn rounded_meeting_target(
    searcher: &mut Searcher<'_>,
    exact: &Policy,
) -> Option<Policy> {
    let dials = searcher.dials.clone();
    let start = searcher.baseline.base_year + 2;
    searcher.policy = all_rounded(&dials, exact, Direction::Up, start);
    let up = searcher.eval_policy();
    if up.met {
        let mut cost = up.cost;
        for dial in &dials {
            let kept = searcher.policy.clone();
            set_rounded(dial, exact, &mut searcher.policy, Direction::Down, start);
            if searcher.policy == kept {
                continue;
            }
            let point = searcher.eval_policy();
            if point.met && point.cost < cost {
                cost = point.cost;
            } else {
                searcher.policy = kept;
            }
        }
        return Some(searcher.policy.clone());
    }
    searcher.policy = all_rounded(&dials, exact, Direction::Down, start);
    searcher.eval_policy().met.then(|| searcher.policy.clone())
}

/// The closest package (`exact` misses the target) with every moved number on
/// its field's decimals: rounded to the nearest or up, whichever reaches the
/// higher share (the nearest on a tie). Always rounded: the target is missed
/// either way, and the file must say what is reported. Leaves the chosen
/// package projected in `searcher`.
pub(super) fn rounded_closest(searcher: &mut Searcher<'_>, exact: &Policy) -> Point {
    let dials = searcher.dials.clone();
    let start = searcher.baseline.base_year + 2;
    let nearest = all_rounded(&dials, exact, Direction::Nearest, start);
    let up = all_rounded(&dials, exact, Direction::Up, start);
    searcher.policy = up.clone();
    let up_share = searcher.eval_policy().share;
    searcher.policy = nearest;
    let point = searcher.eval_policy();
    if up_share > point.share {
        searcher.policy = up;
        return searcher.eval_policy();
    }
    point
}

/// `exact` with every dial rounded in `direction`.
fn all_rounded(dials: &[Dial], exact: &Policy, direction: Direction, start: i32) -> Policy {
    let mut policy = exact.clone();
    for dial in dials {
        set_rounded(dial, exact, &mut policy, direction, start);
    }
    policy
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn numbers_go_to_the_decimals_the_field_shows() {
        let land = LeverField::LandReleaseHaPerYear;
        assert_eq!(to_display(land, 66.666_666_666_666_66, Direction::Up), 67.0);
        assert_eq!(
            to_display(land, 66.666_666_666_666_66, Direction::Down),
            66.0
        );
        assert_eq!(to_display(land, 66.4, Direction::Nearest), 66.0);
        let grants = LeverField::GrantsHkdBnPerYear;
        assert_eq!(to_display(grants, 0.1 * 3.0, Direction::Up), 0.3);
        assert_eq!(to_display(grants, 1e-9, Direction::Down), 0.0);
        assert_eq!(to_display(grants, 1e9, Direction::Up), grants.spec().max);
    }
}
