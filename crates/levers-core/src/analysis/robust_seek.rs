//! Robust goal seek: the cheapest package found by [`seek`] whose chance of
//! meeting the target, over the Monte Carlo assumptions, is at least the
//! confidence asked for.
//!
//! The draws are fixed once (common random numbers: every candidate package
//! meets the same draws), so the chance is a step function of the package that
//! the search can bisect reproducibly. Method: the cheapest package at the
//! central assumptions; if its chance falls short, every number the search
//! moves is raised in proportion within its limits (the same mix, more of it;
//! from nothing, every number alike) until the chance is met, bisecting on the
//! scale; if even the mix at its ceilings falls short, the target is out of
//! reach at that confidence. The answer's chance is then measured again on as
//! many fresh draws (other streams of the same seed), which says how robust it
//! is beyond the draws it was tuned on.

use crate::analysis::seek::{
    Dial, SeekRequest, SeekResult, Shortfall, round_up, search_space, seek, set_dials,
};
use crate::analysis::uncertainty::drawn_assumptions;
use crate::baseline::Baseline;
use crate::params::ParamId;
use crate::policy::Policy;
use crate::project::project_into;
use crate::projection::Projection;

const BISECTION_STEPS: usize = 16;

/// Confidence the workbench seeks with: the target met in 4 draws out of 5.
pub const DEFAULT_CONFIDENCE: f64 = 0.8;

#[derive(Clone, Debug, PartialEq)]
pub struct RobustSeek {
    pub result: SeekResult,
    /// The chance asked for.
    pub confidence: f64,
    /// Chance the returned package (or the closest one) meets the target, over
    /// the draws the search used.
    pub probability_met: f64,
    /// The same chance over as many fresh draws.
    pub probability_met_fresh: f64,
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

/// Draws `from..from + count` of the run seeded with `seed`.
fn sample(
    baseline: &Baseline,
    policy: &Policy,
    seed: u64,
    from: usize,
    count: usize,
) -> Vec<Vec<(ParamId, f64)>> {
    (from..from + count)
        .map(|i| drawn_assumptions(baseline, policy, seed, i as u64))
        .collect()
}

/// The package along the mix `direction` at `scale`: each dial at
/// `direction · scale` of its range, capped at its top.
fn along(
    base: &Policy,
    dials: &[Dial],
    direction: &[f64],
    scale: f64,
    default_start: i32,
) -> Policy {
    let mut out = base.clone();
    let x: Vec<f64> = direction.iter().map(|d| (d * scale).min(1.0)).collect();
    set_dials(dials, &mut out, &x, default_start);
    for dial in dials {
        let value = round_up(dial.field, dial.knob.get(&out)).min(dial.high);
        dial.knob.set(&mut out, value, default_start);
    }
    out
}

/// `policy` without the lever groups whose money and quantity are all zero.
fn without_idle_groups(mut policy: Policy) -> Policy {
    for group in crate::lever::LeverGroup::ALL {
        let idle = policy.levers.get(group).is_some_and(|l| {
            crate::analysis::seek::cost_fields(group)
                .iter()
                .all(|f| l.values[f.slot()] == 0.0)
        });
        if idle {
            policy.levers.set(group, None);
        }
    }
    policy
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
    let samples = sample(baseline, &template, seed, 0, draws);
    let fresh = sample(baseline, &template, seed, draws, draws);
    let mut scratch = (template.clone(), Projection::default());
    let done = |result: SeekResult, scratch: &mut (Policy, Projection)| {
        let policy = match &result {
            SeekResult::Found { policy, .. } => policy,
            SeekResult::Unreachable(shortfall) => &shortfall.policy,
        };
        let (probability_met, _) = chance(baseline, policy, &samples, scratch);
        let (probability_met_fresh, _) = chance(baseline, policy, &fresh, scratch);
        RobustSeek {
            result,
            confidence,
            probability_met,
            probability_met_fresh,
            draws,
            seed,
        }
    };
    let (p0, _) = chance(baseline, &template, &samples, &mut scratch);
    if matches!(central, SeekResult::Found { .. }) && p0 >= confidence {
        return done(central, &mut scratch);
    }
    // The mix found at the central assumptions, as fractions of each range
    // (every dial alike when it found that nothing is needed).
    let (base, dials) = search_space(baseline, request);
    let default_start = baseline.base_year + 2;
    let mix: Vec<f64> = dials
        .iter()
        .map(|d| d.fraction(d.knob.get(&template)))
        .collect();
    let from_nothing = mix.iter().all(|x| *x <= 0.0);
    let direction = if from_nothing {
        vec![1.0; dials.len()]
    } else {
        mix
    };
    let most = direction
        .iter()
        .filter(|d| **d > 0.0)
        .map(|d| 1.0 / d)
        .fold(1.0, f64::max);
    let ceiling = along(&base, &dials, &direction, most, default_start);
    let (p_ceiling, _) = chance(baseline, &ceiling, &samples, &mut scratch);
    if p_ceiling < confidence {
        let mut closest = ceiling;
        project_into(baseline, &closest, &mut scratch.1);
        let best_share_pct = scratch.1.target.projected_share_pct;
        closest.target = template.target;
        let binding = match central {
            SeekResult::Unreachable(s) => s.binding,
            SeekResult::Found { .. } => Vec::new(),
        };
        let shortfall = Shortfall {
            policy: closest,
            best_share_pct,
            binding,
        };
        return done(SeekResult::Unreachable(shortfall), &mut scratch);
    }
    let (mut low, mut high) = (if from_nothing { 0.0 } else { 1.0 }, most);
    for _ in 0..BISECTION_STEPS {
        let mid = 0.5 * (low + high);
        let candidate = along(&base, &dials, &direction, mid, default_start);
        if chance(baseline, &candidate, &samples, &mut scratch).0 >= confidence {
            high = mid;
        } else {
            low = mid;
        }
    }
    let policy = without_idle_groups(along(&base, &dials, &direction, high, default_start));
    project_into(baseline, &policy, &mut scratch.1);
    let share_pct = scratch.1.target.projected_share_pct;
    let cost_hkd_bn = scratch
        .1
        .year(policy.target.year)
        .map_or(f64::NAN, |y| y.cumulative_fiscal_cost_hkd_bn);
    let found = SeekResult::Found {
        policy,
        share_pct,
        cost_hkd_bn,
    };
    done(found, &mut scratch)
}
