//! Peeling (Friedman & Fisher 1999): from the box that holds every draw, cut
//! off a slice of `alpha` of the points inside from the low or the high end
//! of one dimension — whichever slice raises the density of cases most per
//! point removed (the EMA workbench's default objective, "lenient1"); ties go
//! to the cut that leaves more dimensions unrestricted, then to the first
//! dimension, high end first. Each cut is a step of the trajectory. Peeling
//! stops when no cut raises the density or the box would hold fewer than
//! `min_mass` of all points.

use super::quantile::cut;
use super::samples::{Limits, Samples, Sorted, restricted_count};

/// A box while PRIM works on it: its limits and which points it holds.
#[derive(Clone, Debug)]
pub(crate) struct Working {
    pub limits: Vec<Limits>,
    pub inside: Vec<bool>,
    pub points: usize,
    pub cases: usize,
}

impl Working {
    /// The box of `extent` over the points `eligible` marks.
    pub fn new(samples: &Samples, extent: &[Limits], eligible: &[bool]) -> Working {
        let inside = eligible.to_vec();
        let points = inside.iter().filter(|i| **i).count();
        let cases = inside
            .iter()
            .zip(&samples.cases)
            .filter(|(i, c)| **i && **c)
            .count();
        Working {
            limits: extent.to_vec(),
            inside,
            points,
            cases,
        }
    }

    pub fn density(&self) -> f64 {
        if self.points == 0 {
            0.0
        } else {
            self.cases as f64 / self.points as f64
        }
    }
}

/// The objective of a cut from (`points`, `cases`) to (`new_points`,
/// `new_cases`): the change in density per point removed or added.
pub(crate) fn lenient(points: usize, cases: usize, new_points: usize, new_cases: usize) -> f64 {
    let mean = |c: usize, p: usize| if p == 0 { 0.0 } else { c as f64 / p as f64 };
    let (old, new) = (mean(cases, points), mean(new_cases, new_points));
    if old == new || points == new_points {
        return 0.0;
    }
    (new - old) / points.abs_diff(new_points) as f64
}

/// One candidate cut.
#[derive(Clone, Copy, Debug)]
struct Cut {
    dimension: usize,
    limits: Limits,
    points: usize,
    cases: usize,
    score: f64,
    unrestricted: usize,
}

/// The best cut of `working`, if any keeps a point.
fn best_cut(
    orders: &[Vec<Sorted>],
    extent: &[Limits],
    working: &Working,
    alpha: f64,
    column: &mut Vec<(f64, bool)>,
) -> Option<Cut> {
    let mut best: Option<Cut> = None;
    let mut limits = working.limits.clone();
    let mut sorted = Vec::with_capacity(working.points);
    for (j, order) in orders.iter().enumerate() {
        column.clear();
        sorted.clear();
        for entry in order.iter().filter(|e| working.inside[e.row]) {
            column.push((entry.value, entry.case));
            sorted.push(entry.value);
        }
        let current = working.limits[j];
        let high = cut(&sorted, 1.0 - alpha);
        let low = cut(&sorted, alpha);
        let kept_high = column.partition_point(|(v, _)| *v <= high);
        let kept_low_from = column.partition_point(|(v, _)| *v < low);
        let cases_in = |range: &[(f64, bool)]| range.iter().filter(|(_, c)| *c).count();
        let candidates = [
            (
                Limits { high, ..current },
                kept_high,
                cases_in(&column[..kept_high]),
            ),
            (
                Limits { low, ..current },
                column.len() - kept_low_from,
                cases_in(&column[kept_low_from..]),
            ),
        ];
        for (new_limits, points, cases) in candidates {
            if points == 0 || points == working.points || !new_limits.low.is_finite() {
                continue;
            }
            limits[j] = new_limits;
            let candidate = Cut {
                dimension: j,
                limits: new_limits,
                points,
                cases,
                score: lenient(working.points, working.cases, points, cases),
                unrestricted: extent.len() - restricted_count(&limits, extent),
            };
            limits[j] = current;
            let better = best.is_none_or(|b| {
                candidate.score > b.score
                    || (candidate.score == b.score && candidate.unrestricted > b.unrestricted)
            });
            if better {
                best = Some(candidate);
            }
        }
    }
    best
}

/// Applies one peel to `working` if it raises the density and keeps at least
/// `min_points` points; `false` when peeling is over.
pub(crate) fn peel_once(
    orders: &[Vec<Sorted>],
    extent: &[Limits],
    working: &mut Working,
    alpha: f64,
    min_points: f64,
    column: &mut Vec<(f64, bool)>,
) -> bool {
    let Some(best) = best_cut(orders, extent, working, alpha, column) else {
        return false;
    };
    if (best.points as f64) < min_points || best.points >= working.points || best.score <= 0.0 {
        return false;
    }
    let j = best.dimension;
    working.limits[j] = best.limits;
    for entry in &orders[j] {
        if working.inside[entry.row] && !best.limits.contains(entry.value) {
            working.inside[entry.row] = false;
        }
    }
    working.points = best.points;
    working.cases = best.cases;
    true
}
