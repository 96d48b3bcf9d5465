//! Robust goal seek: the cheapest package found by [`seek`] whose chance of
//! meeting the target, over the Monte Carlo assumptions, is at least the
//! confidence asked for.
//!
//! The draws are fixed once (common random numbers: every candidate package
//! meets the same draws), so the chance is a step function of the package that
//! the search can bisect reproducibly. Method: the cheapest package at the
//! central assumptions; if its chance falls short, every money and quantity
//! field of it is raised in proportion (the same mix, more of it) until the
//! chance is met, bisecting on the scale; if even the mix at its ceilings falls
//! short, the target is out of reach at that confidence.

use crate::analysis::seek::{SeekRequest, SeekResult, Shortfall, cost_fields, seek};
use crate::analysis::uncertainty::drawn_assumptions;
use crate::baseline::Baseline;
use crate::params::ParamId;
use crate::policy::Policy;
use crate::project::project_into;
use crate::projection::Projection;

const BISECTION_STEPS: usize = 16;

#[derive(Clone, Debug, PartialEq)]
pub struct RobustSeek {
    pub result: SeekResult,
    /// Chance the returned package (or the closest one) meets the target.
    pub probability_met: f64,
    pub draws: usize,
    pub seed: u64,
}

/// Chance `policy` meets its target over `draws` (each a full set of drawn
/// assumptions), and its mean cumulative cost to the target year.
fn chance(
    baseline: &Baseline,
    policy: &Policy,
    draws: &[Vec<(ParamId, f64)>],
    scratch: &mut (Policy, Projection),
) -> (f64, f64) {
    let (drawn, projection) = scratch;
    drawn.clone_from(policy);
    let mut met = 0usize;
    let mut cost = 0.0;
    for draw in draws {
        drawn.assumptions.clear();
        drawn.assumptions.extend_from_slice(draw);
        drawn.assumptions.extend_from_slice(&policy.assumptions);
        project_into(baseline, drawn, projection);
        met += usize::from(projection.target.met);
        cost += projection
            .year(policy.target.year)
            .map_or(0.0, |y| y.cumulative_fiscal_cost_hkd_bn);
    }
    let n = draws.len().max(1) as f64;
    (met as f64 / n, cost / n)
}

/// `policy` with every money and quantity field multiplied by `scale`, each
/// capped at its maximum.
fn scaled(policy: &Policy, groups: &[crate::lever::LeverGroup], scale: f64) -> Policy {
    let mut out = policy.clone();
    for group in groups {
        if let Some(lever) = out.levers.get_mut(*group) {
            for field in cost_fields(*group) {
                let slot = &mut lever.values[field.slot()];
                *slot = (*slot * scale).min(field.spec().max);
            }
        }
    }
    out
}

/// The cheapest package meeting `request`'s target with probability at least
/// `confidence` over `draws` Monte Carlo draws seeded with `seed`.
pub fn seek_robust(
    baseline: &Baseline,
    request: &SeekRequest,
    confidence: f64,
    draws: usize,
    seed: u64,
) -> RobustSeek {
    let central = seek(baseline, request);
    let template = match &central {
        SeekResult::Found { policy, .. } => policy.clone(),
        SeekResult::Unreachable(shortfall) => shortfall.policy.clone(),
    };
    let samples: Vec<Vec<(ParamId, f64)>> = (0..draws as u64)
        .map(|i| drawn_assumptions(baseline, &template, seed, i))
        .collect();
    let mut scratch = (template.clone(), Projection::default());
    let done = |result: SeekResult, probability_met: f64| RobustSeek {
        result,
        probability_met,
        draws,
        seed,
    };
    let found = |policy: Policy, scratch: &mut (Policy, Projection)| {
        let (p, cost) = chance(baseline, &policy, &samples, scratch);
        project_into(baseline, &policy, &mut scratch.1);
        let share_pct = scratch.1.target.projected_share_pct;
        done(
            SeekResult::Found {
                policy,
                share_pct,
                cost_hkd_bn: cost,
            },
            p,
        )
    };
    let (p0, _) = chance(baseline, &template, &samples, &mut scratch);
    if matches!(central, SeekResult::Found { .. }) && p0 >= confidence {
        return found(template, &mut scratch);
    }
    // Raise the mix in proportion up to its ceilings.
    let groups = &request.groups;
    let ceiling = scaled(&template, groups, f64::INFINITY);
    let (p_ceiling, _) = chance(baseline, &ceiling, &samples, &mut scratch);
    if p_ceiling < confidence {
        let mut closest = ceiling;
        project_into(baseline, &closest, &mut scratch.1);
        let best_share_pct = scratch.1.target.projected_share_pct;
        closest.target = template.target;
        return done(
            SeekResult::Unreachable(Shortfall {
                policy: closest,
                best_share_pct,
                binding: match central {
                    SeekResult::Unreachable(s) => s.binding,
                    SeekResult::Found { .. } => Vec::new(),
                },
            }),
            p_ceiling,
        );
    }
    // Bisect the scale between the central package and its ceilings.
    let most = groups
        .iter()
        .filter_map(|g| template.levers.get(*g).map(|l| (g, l)))
        .flat_map(|(g, l)| {
            cost_fields(*g)
                .iter()
                .filter(|f| l.values[f.slot()] > 0.0)
                .map(|f| f.spec().max / l.values[f.slot()])
        })
        .fold(1.0, f64::max);
    let (mut low, mut high) = (1.0, most);
    for _ in 0..BISECTION_STEPS {
        let mid = 0.5 * (low + high);
        let (p, _) = chance(
            baseline,
            &scaled(&template, groups, mid),
            &samples,
            &mut scratch,
        );
        if p >= confidence {
            high = mid;
        } else {
            low = mid;
        }
    }
    found(scaled(&template, groups, high), &mut scratch)
}
