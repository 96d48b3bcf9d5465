//! Pasting (Friedman & Fisher 1999): peeling cuts in fixed slices, so it may
//! cut too far. Pasting gives back, one slice of `alpha` of the box's points
//! at a time, the part of a restricted dimension just outside the box (among
//! the points inside on every other dimension) whenever that raises the
//! density; the best slice first, until none does.

use super::peel::Working;
use super::samples::{Limits, Samples, Sorted, restricted_count};

/// A candidate paste.
struct Paste {
    dimension: usize,
    limits: Limits,
    added: Vec<usize>,
    cases: usize,
    density: f64,
    unrestricted: usize,
}

/// Whether row `i` lies inside `limits` on every dimension but `skip`.
fn inside_except(samples: &Samples, limits: &[Limits], i: usize, skip: usize) -> bool {
    limits
        .iter()
        .enumerate()
        .all(|(j, l)| j == skip || l.contains(samples.value(i, j)))
}

/// The nearest `count` points of `outside` (nearest first) and the new limit
/// just past them: the midpoint to the next distinct value, or the extent.
fn slice(samples: &Samples, outside: &[usize], j: usize, count: usize, end: f64) -> (usize, f64) {
    let mut taken = count.min(outside.len());
    while taken < outside.len()
        && samples.value(outside[taken], j) == samples.value(outside[taken - 1], j)
    {
        taken += 1;
    }
    let limit = if taken < outside.len() {
        f64::midpoint(
            samples.value(outside[taken - 1], j),
            samples.value(outside[taken], j),
        )
    } else {
        end
    };
    (taken, limit)
}

fn best_paste(
    samples: &Samples,
    orders: &[Vec<Sorted>],
    extent: &[Limits],
    eligible: &[bool],
    working: &Working,
    alpha: f64,
) -> Option<Paste> {
    let count = ((alpha * working.points as f64).ceil() as usize).max(1);
    let mut best: Option<Paste> = None;
    for (j, order) in orders.iter().enumerate() {
        let current = working.limits[j];
        let candidates_of = |above: bool| -> Vec<usize> {
            let pick = |e: &&Sorted| {
                eligible[e.row]
                    && (if above {
                        e.value > current.high
                    } else {
                        e.value < current.low
                    })
                    && inside_except(samples, &working.limits, e.row, j)
            };
            if above {
                order.iter().filter(pick).map(|e| e.row).collect()
            } else {
                order.iter().rev().filter(pick).map(|e| e.row).collect()
            }
        };
        for above in [true, false] {
            let restricted = if above {
                current.high < extent[j].high
            } else {
                current.low > extent[j].low
            };
            if !restricted {
                continue;
            }
            let outside = candidates_of(above);
            if outside.is_empty() {
                continue;
            }
            let end = if above { extent[j].high } else { extent[j].low };
            let (taken, limit) = slice(samples, &outside, j, count, end);
            let added = outside[..taken].to_vec();
            let cases = working.cases + added.iter().filter(|i| samples.cases[**i]).count();
            let points = working.points + added.len();
            let limits = if above {
                Limits {
                    high: limit,
                    ..current
                }
            } else {
                Limits {
                    low: limit,
                    ..current
                }
            };
            let mut all = working.limits.clone();
            all[j] = limits;
            let candidate = Paste {
                dimension: j,
                limits,
                added,
                cases,
                density: cases as f64 / points as f64,
                unrestricted: extent.len() - restricted_count(&all, extent),
            };
            let better = best.as_ref().is_none_or(|b| {
                candidate.density > b.density
                    || (candidate.density == b.density && candidate.unrestricted > b.unrestricted)
            });
            if better {
                best = Some(candidate);
            }
        }
    }
    best
}

/// Pastes `working` while a paste raises its density.
pub(crate) fn paste(
    samples: &Samples,
    orders: &[Vec<Sorted>],
    extent: &[Limits],
    eligible: &[bool],
    working: &mut Working,
    alpha: f64,
) {
    while let Some(best) = best_paste(samples, orders, extent, eligible, working, alpha) {
        if best.density <= working.density() {
            return;
        }
        working.limits[best.dimension] = best.limits;
        for i in &best.added {
            working.inside[*i] = true;
        }
        working.points += best.added.len();
        working.cases = best.cases;
    }
}
