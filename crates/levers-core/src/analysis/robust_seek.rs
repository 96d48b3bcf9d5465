//! Robust goal seek: the cheapest package found by [`seek`](crate::analysis::seek::seek) whose chance of
//! meeting the target, over the Monte Carlo assumptions, is at least the
//! confidence asked for.
//!
//! The draws are fixed once (common random numbers: every candidate package
//! meets the same draws), so the chance is a step function of the package that
//! the search can bisect reproducibly. Method: the cheapest package at the
//! central assumptions; if its chance falls short, two candidates: (a) every
//! number the search moves raised in proportion within its limits (the same
//! mix, more of it; from nothing, every number alike) until the chance is met,
//! bisecting on the scale; (b) the cheapest central package for a raised
//! target, the target bisected until the chance is met (the mix may change).
//! The cheaper wins. If neither meets the chance (or the target is out of reach
//! at the central assumptions), the target is out of reach at that confidence
//! and the closest package is climbed to: the highest chance found, each number
//! moved whichever way helps (a lever that lowers the share goes down), then
//! the cheapest found with that chance. The answer's chance is then measured
//! again on as many fresh draws (other streams of the same seed), which says
//! how robust it is beyond the draws it was tuned on.
//!
//! [`seek_robust_unless_stopped`] asks a "should stop" check before each
//! candidate (a central search's projection, or a candidate's chance over the
//! draws) and answers [`Stopped`] once it says yes.

use crate::analysis::dial::Knob;
use crate::analysis::seek::{
    Dial, Direction, SeekRequest, SeekResult, Shortfall, StopCheck, Stopped, binding, climb,
    search, search_space, set_dials, set_rounded,
};
use crate::analysis::uncertainty::drawn_assumptions;
use crate::analysis::year_noise::YearNoise;
use crate::baseline::Baseline;
use crate::lever::LeverField;
use crate::params::ParamId;
use crate::policy::Policy;
use crate::project::{horizon_for_target, project_into};
use crate::projection::Projection;

const BISECTION_STEPS: usize = 12;
/// Steps of 1.5 × the gap the target is raised by at most, then bisection
/// steps on it (each step a full central seek: they dominate the run time).
const RAISE_EXPANSIONS: usize = 3;
const RAISE_BISECTIONS: usize = 3;

/// Confidence the workbench seeks with: the target met in 4 draws out of 5.
pub const DEFAULT_CONFIDENCE: f64 = 0.8;

/// A seek that asks for the target to be met with a given chance over drawn
/// assumptions, not only at the central values.
#[derive(Clone, Debug, PartialEq)]
pub struct RobustSeek {
    /// The package found, or the closest one and what binds.
    pub result: SeekResult,
    /// The chance asked for.
    pub confidence: f64,
    /// Chance the returned package (or the closest one) meets the target, over
    /// the draws the search used.
    pub probability_met: f64,
    /// The same chance over as many fresh draws.
    pub probability_met_fresh: f64,
    /// Number of draws the search used.
    pub draws: usize,
    /// Seed of the draws; the fresh draws are later streams of the same seed.
    pub seed: u64,
}

/// One Monte Carlo draw as the search meets it: the drawn assumptions, and
/// the standard normal of the share's year-to-year noise in the target year
/// (the same numbers `eval --uncertainty` draws, [`YearNoise`]).
struct Sample {
    assumptions: Vec<(ParamId, f64)>,
    share_normal: f64,
}

/// The share in the target year as a draw would publish it: projected, times
/// the draw's year-to-year noise at `policy`'s share noise.
fn published_share(baseline: &Baseline, policy: &Policy, projected: f64, z: f64) -> f64 {
    let sd = YearNoise::of(&baseline.params_for(policy)).share;
    if sd == 0.0 {
        projected
    } else {
        projected * (sd * z).exp()
    }
}

/// Chance `policy` meets its target over `draws` (each a full set of drawn
/// assumptions and its noise), and its mean cumulative cost to the target year.
fn chance(
    baseline: &Baseline,
    policy: &Policy,
    draws: &[Sample],
    scratch: &mut (Policy, Projection),
) -> (f64, f64) {
    let (drawn, projection) = scratch;
    drawn.clone_from(policy);
    // Only the target year is read: the years after it are not projected.
    drawn.horizon = horizon_for_target(baseline, policy);
    let mut met = 0usize;
    let mut cost = 0.0;
    for draw in draws {
        drawn.assumptions.clear();
        drawn.assumptions.extend_from_slice(&draw.assumptions);
        drawn.assumptions.extend_from_slice(&policy.assumptions);
        project_into(baseline, drawn, projection);
        let share = published_share(
            baseline,
            policy,
            projection.target.projected_share_pct,
            draw.share_normal,
        );
        met += usize::from(share >= policy.target.share_pct);
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
) -> Vec<Sample> {
    let year = usize::try_from(policy.target.year - baseline.base_year).unwrap_or(0);
    (from..from + count)
        .map(|i| Sample {
            assumptions: drawn_assumptions(baseline, policy, seed, i as u64),
            share_normal: YearNoise::share_normal(seed, i as u64, year),
        })
        .collect()
}

/// `base` with each dial at fraction `x` of its range, rounded up to the
/// decimals its field shows (a scheduled amount: every year), so that the
/// package bisected on is the one written.
fn at_fractions(base: &Policy, dials: &[Dial], x: &[f64], default_start: i32) -> Policy {
    let mut exact = base.clone();
    set_dials(dials, &mut exact, x, default_start);
    let mut out = exact.clone();
    for dial in dials {
        set_rounded(dial, &exact, &mut out, Direction::Up, default_start);
    }
    out
}

/// Where each dial stands in `policy`, a package sought from `base`: each
/// measure is found by name, since the search drops measures left at zero
/// (absent: at zero).
fn fractions_of(base: &Policy, dials: &[Dial], policy: &Policy) -> Vec<f64> {
    dials
        .iter()
        .map(|dial| {
            let value = match dial.knob {
                Knob::MeasureAmount(index) => base
                    .measures
                    .get(index)
                    .and_then(|m| policy.measures.iter().find(|p| p.name == m.name))
                    .map_or(0.0, |m| m.amount.peak()),
                knob @ Knob::Dial(_) => knob.get(policy),
            };
            dial.fraction(value)
        })
        .collect()
}

/// The fields of the search space that sit at their maxima in `policy`, a
/// package sought from it (each kind once).
fn fields_at_max(baseline: &Baseline, request: &SeekRequest, policy: &Policy) -> Vec<LeverField> {
    let (base, dials) = search_space(baseline, request);
    let mut at_max: Vec<LeverField> = Vec::new();
    for (dial, x) in dials.iter().zip(fractions_of(&base, &dials, policy)) {
        if x >= 0.999 && !at_max.contains(&dial.field) {
            at_max.push(dial.field);
        }
    }
    at_max
}

/// `policy` without the groups whose money and quantity are all zero, nor
/// dials left at zero.
fn without_idle_groups(mut policy: Policy) -> Policy {
    for group in crate::analysis::seek::idle_groups(&policy) {
        crate::analysis::seek::drop_group(&mut policy, group);
    }
    policy.tidy_dials();
    policy
}

/// The drawn assumptions every candidate meets, with buffers.
struct Draws<'a> {
    baseline: &'a Baseline,
    stop: &'a StopCheck<'a>,
    samples: Vec<Sample>,
    scratch: (Policy, Projection),
}

impl Draws<'_> {
    /// Once stopped, 0 without projecting.
    fn chance(&mut self, policy: &Policy) -> f64 {
        if self.stop.now() {
            return 0.0;
        }
        chance(self.baseline, policy, &self.samples, &mut self.scratch).0
    }

    /// The share in the target year that `policy` reaches in each draw,
    /// lowest first (empty once stopped).
    fn shares(&mut self, policy: &Policy) -> Vec<f64> {
        if self.stop.now() {
            return Vec::new();
        }
        let (drawn, projection) = &mut self.scratch;
        drawn.clone_from(policy);
        drawn.horizon = horizon_for_target(self.baseline, policy);
        let mut shares = Vec::with_capacity(self.samples.len());
        for draw in &self.samples {
            drawn.assumptions.clear();
            drawn.assumptions.extend_from_slice(&draw.assumptions);
            drawn.assumptions.extend_from_slice(&policy.assumptions);
            project_into(self.baseline, drawn, projection);
            shares.push(published_share(
                self.baseline,
                policy,
                projection.target.projected_share_pct,
                draw.share_normal,
            ));
        }
        shares.sort_by(f64::total_cmp);
        shares
    }

    /// The share in the target year that `policy` reaches in at least
    /// `confidence` of the draws.
    fn share_met_with(&mut self, policy: &Policy, confidence: f64) -> f64 {
        quantile(&self.shares(policy), confidence)
    }

    /// How close `policy` comes to meeting its target in `confidence` of the
    /// draws (NaN once stopped).
    fn closeness(&mut self, policy: &Policy, confidence: f64) -> Closeness {
        let shares = self.shares(policy);
        let met = shares
            .iter()
            .filter(|s| **s >= policy.target.share_pct)
            .count();
        Closeness {
            chance: if shares.is_empty() {
                f64::NAN
            } else {
                met as f64 / shares.len() as f64
            },
            share: quantile(&shares, confidence),
            cost: self.cost(policy),
        }
    }

    /// Cumulative cost to the target year at the central assumptions.
    fn cost(&mut self, policy: &Policy) -> f64 {
        if self.stop.now() {
            return f64::INFINITY;
        }
        project_into(self.baseline, policy, &mut self.scratch.1);
        self.scratch
            .1
            .year(policy.target.year)
            .map_or(f64::INFINITY, |y| y.cumulative_fiscal_cost_hkd_bn)
    }
}

/// The share reached in at least `confidence` of the draws, of `shares`
/// sorted lowest first.
fn quantile(shares: &[f64], confidence: f64) -> f64 {
    let at = ((1.0 - confidence) * shares.len() as f64).floor() as usize;
    shares
        .get(at.min(shares.len().saturating_sub(1)))
        .copied()
        .unwrap_or(f64::NAN)
}

/// How close a package comes: its chance of meeting the target over the
/// draws, the share it reaches in `confidence` of them (which still orders
/// packages that all miss as often), and its cumulative cost to the target
/// year at the central assumptions.
#[derive(Clone, Copy, Debug)]
struct Closeness {
    chance: f64,
    share: f64,
    cost: f64,
}

impl Closeness {
    /// A higher chance, or the same chance and a higher share.
    fn closer_than(&self, other: &Closeness) -> bool {
        self.chance > other.chance
            || (self.chance == other.chance && self.share > other.share + 1e-12)
    }
}

/// The closest package when none meets the target in `confidence` of the
/// draws: from the closer of `start` and every dial at its top, a coordinate
/// climb of the chance (then of the share met in `confidence` of the draws),
/// each dial moved whichever way helps, so a lever that lowers the share goes
/// down to the low end of its range (0, or the `--bound`; `--fix` holds it);
/// then a second climb lowers the cost where neither chance nor share falls.
fn closest(
    draws: &mut Draws<'_>,
    request: &SeekRequest,
    start: &Policy,
    confidence: f64,
) -> Policy {
    let (base, dials) = search_space(draws.baseline, request);
    let default_start = draws.baseline.base_year + 2;
    let at = |x: &[f64]| at_fractions(&base, &dials, x, default_start);
    let mut measure = |x: &[f64]| draws.closeness(&at(x), confidence);
    let from = fractions_of(&base, &dials, start);
    let top = vec![1.0; dials.len()];
    let from = if measure(&top).closer_than(&measure(&from)) {
        top
    } else {
        from
    };
    let x = climb(from, &mut measure, Closeness::closer_than);
    let best = measure(&x);
    let x = climb(x, &mut measure, |a, b| {
        a.chance >= best.chance && a.share >= best.share - 1e-9 && a.cost < b.cost - 1e-9
    });
    without_idle_groups(at(&x))
}

/// `template`'s mix raised in proportion until it meets the target in
/// `confidence` of the draws; if the mix at its ceilings falls short, the
/// dials it left low are raised too, all alike, towards their tops. `None`
/// when even every dial at its top falls short.
fn scale_up(
    draws: &mut Draws<'_>,
    request: &SeekRequest,
    template: &Policy,
    confidence: f64,
) -> Option<Policy> {
    let (base, dials) = search_space(draws.baseline, request);
    let mix = fractions_of(&base, &dials, template);
    let most = mix
        .iter()
        .filter(|d| **d > 0.0)
        .map(|d| 1.0 / d)
        .fold(1.0, f64::max);
    let scaled = |s: f64| -> Vec<f64> { mix.iter().map(|d| (d * s).min(1.0)).collect() };
    let mut path = Path {
        draws,
        base: &base,
        dials: &dials,
        confidence,
    };
    if mix.iter().any(|x| *x > 0.0)
        && let Some(found) = path.bisect(1.0, most, &scaled)
    {
        return Some(found);
    }
    let ceiling = scaled(most);
    let towards_top = |t: f64| -> Vec<f64> { ceiling.iter().map(|c| c + t * (1.0 - c)).collect() };
    path.bisect(0.0, 1.0, &towards_top)
}

/// A one-parameter family of packages the chance is bisected along.
struct Path<'a, 'b> {
    draws: &'a mut Draws<'b>,
    base: &'a Policy,
    dials: &'a [Dial],
    confidence: f64,
}

impl Path<'_, '_> {
    /// The package at the smallest `t` in `low..=high` whose chance is met
    /// (bisected), or `None` when the package at `high` falls short.
    fn bisect(
        &mut self,
        mut low: f64,
        mut high: f64,
        point: &dyn Fn(f64) -> Vec<f64>,
    ) -> Option<Policy> {
        let default_start = self.draws.baseline.base_year + 2;
        let at = |t: f64| at_fractions(self.base, self.dials, &point(t), default_start);
        if self.draws.chance(&at(high)) < self.confidence {
            return None;
        }
        for _ in 0..BISECTION_STEPS {
            let mid = 0.5 * (low + high);
            if self.draws.chance(&at(mid)) >= self.confidence {
                high = mid;
            } else {
                low = mid;
            }
        }
        Some(without_idle_groups(at(high)))
    }
}

/// The cheapest package at the central assumptions for a higher target, the
/// target raised just enough (bisection) that it meets the real one in
/// `confidence` of the draws: the mix may change as the target rises, which
/// the proportional [`scale_up`] cannot do. `None` when no raised target helps.
fn raise_target(
    draws: &mut Draws<'_>,
    request: &SeekRequest,
    central: &Policy,
    confidence: f64,
) -> Option<Policy> {
    let target = request.target;
    let gap = target.share_pct - draws.share_met_with(central, confidence);
    if !(gap.is_finite() && gap > 0.0) {
        return None;
    }
    let seek_for = |share_pct: f64| -> Option<Policy> {
        let mut raised = request.clone();
        raised.target.share_pct = share_pct;
        match search(draws.baseline, &raised, draws.stop) {
            SeekResult::Found { mut policy, .. } => {
                policy.target = target;
                Some(policy)
            }
            SeekResult::Unreachable(_) => None,
        }
    };
    // Raise the target by steps of 1.5 × the gap until the package meets the
    // real target often enough (or the raised one is out of reach), then
    // bisect between the last target too low and the first high enough.
    let mut best: Option<Policy> = None;
    let mut closest: Option<(f64, Policy)> = None;
    let mut judge = |at: f64, best: &mut Option<Policy>| -> Judged {
        let Some(policy) = seek_for(at) else {
            return Judged::OutOfReach;
        };
        let p = draws.chance(&policy);
        if p >= confidence {
            *best = Some(policy);
            Judged::Enough
        } else {
            if closest.as_ref().is_none_or(|(q, _)| p > *q) {
                closest = Some((p, policy));
            }
            Judged::TooLow
        }
    };
    let (mut low, mut high) = (target.share_pct, target.share_pct);
    for _ in 0..RAISE_EXPANSIONS {
        high += 1.5 * gap;
        match judge(high, &mut best) {
            Judged::TooLow => low = high,
            Judged::Enough | Judged::OutOfReach => break,
        }
    }
    if low < high {
        for _ in 0..RAISE_BISECTIONS {
            let mid = 0.5 * (low + high);
            match judge(mid, &mut best) {
                Judged::TooLow => low = mid,
                Judged::Enough | Judged::OutOfReach => high = mid,
            }
        }
    }
    best.or_else(|| closest.and_then(|(_, policy)| scale_up(draws, request, &policy, confidence)))
}

/// What a raised target gave.
enum Judged {
    /// Its package meets the real target in `confidence` of the draws.
    Enough,
    TooLow,
    OutOfReach,
}

/// The cheapest package meeting `request`'s target with probability at least
/// `confidence` over `draws` Monte Carlo draws seeded with `seed`: the cheaper
/// of the central answer's mix scaled up and the central answer to a raised
/// target; measured again on as many fresh draws. Runs to the end (the
/// command line's seek).
pub fn seek_robust(
    baseline: &Baseline,
    request: &SeekRequest,
    confidence: f64,
    draws: usize,
    seed: u64,
) -> RobustSeek {
    let never = || false;
    robust(
        baseline,
        request,
        (confidence, draws, seed),
        &StopCheck::new(&never),
    )
}

/// [`seek_robust`], asking `should_stop` before each candidate evaluation:
/// [`Stopped`] as soon as it says yes (the workbench's cancellable seek).
pub fn seek_robust_unless_stopped(
    baseline: &Baseline,
    request: &SeekRequest,
    confidence: f64,
    draws: usize,
    seed: u64,
    should_stop: &dyn Fn() -> bool,
) -> Result<RobustSeek, Stopped> {
    let stop = StopCheck::new(should_stop);
    let robust = robust(baseline, request, (confidence, draws, seed), &stop);
    if stop.stopped() {
        Err(Stopped)
    } else {
        Ok(robust)
    }
}

/// The robust search; once `stop` has said yes its answer means nothing.
fn robust(
    baseline: &Baseline,
    request: &SeekRequest,
    (confidence, draws, seed): (f64, usize, u64),
    stop: &StopCheck<'_>,
) -> RobustSeek {
    let central = search(baseline, request, stop);
    if stop.stopped() {
        // Thrown away by the caller: no draws are made for a stopped search.
        return RobustSeek {
            result: central,
            confidence,
            probability_met: f64::NAN,
            probability_met_fresh: f64::NAN,
            draws,
            seed,
        };
    }
    let template = match &central {
        SeekResult::Found { policy, .. } => policy.clone(),
        SeekResult::Unreachable(shortfall) => shortfall.policy.clone(),
    };
    let mut sampled = Draws {
        baseline,
        stop,
        samples: sample(baseline, &template, seed, 0, draws),
        scratch: (template.clone(), Projection::default()),
    };
    // Met often enough: done. Out of reach at the central assumptions, or
    // neither candidate meets the chance: the closest package.
    let central_met = matches!(central, SeekResult::Found { .. });
    let result = if central_met && sampled.chance(&template) >= confidence {
        central
    } else {
        let mut candidates: Vec<Policy> = Vec::new();
        if central_met {
            let scaled = scale_up(&mut sampled, request, &template, confidence);
            candidates.extend(raise_target(&mut sampled, request, &template, confidence));
            candidates.extend(scaled);
        }
        let cheapest = candidates
            .into_iter()
            .map(|policy| (sampled.cost(&policy), policy))
            .min_by(|a, b| a.0.total_cmp(&b.0));
        if let Some((cost_hkd_bn, policy)) = cheapest {
            project_into(baseline, &policy, &mut sampled.scratch.1);
            SeekResult::Found {
                share_pct: sampled.scratch.1.target.projected_share_pct,
                cost_hkd_bn,
                policy,
            }
        } else {
            let closest = closest(&mut sampled, request, &template, confidence);
            project_into(baseline, &closest, &mut sampled.scratch.1);
            SeekResult::Unreachable(Shortfall {
                best_share_pct: sampled.scratch.1.target.projected_share_pct,
                // What holds the closest package back, not the central
                // search's closest (or nothing, when that one met the target).
                binding: binding(
                    &sampled.scratch.1,
                    closest.target.year,
                    fields_at_max(baseline, request, &closest),
                ),
                policy: closest,
            })
        }
    };
    let policy = match &result {
        SeekResult::Found { policy, .. } => policy,
        SeekResult::Unreachable(shortfall) => &shortfall.policy,
    };
    let probability_met = sampled.chance(policy);
    let probability_met_fresh = if stop.now() {
        f64::NAN
    } else {
        let fresh = sample(baseline, &template, seed, draws, draws);
        chance(baseline, policy, &fresh, &mut sampled.scratch).0
    };
    RobustSeek {
        result,
        confidence,
        probability_met,
        probability_met_fresh,
        draws,
        seed,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::measure::{Amount, MeasureKind};

    fn dial(policy: &Policy, index: usize, high: f64) -> Dial {
        Dial {
            knob: Knob::MeasureAmount(index),
            field: policy.measures[index].kind.field(),
            low: 0.0,
            high,
            shape: None,
        }
    }

    #[test]
    fn a_sought_packages_mix_is_read_by_measure_name_after_idle_measures_were_dropped() {
        // The search space holds a rent subsidy then R&D grants; the package
        // found left the rent subsidy at zero, so it was dropped and the
        // grants moved up to the first place.
        let mut base = Policy::status_quo();
        let rent = base.add_dial_measure(MeasureKind::RentSubsidy, 2026);
        let grants = base.add_dial_measure(MeasureKind::RdGrants, 2026);
        let dials = [dial(&base, rent, 90.0), dial(&base, grants, 100.0)];
        let mut sought = base.clone();
        sought.measures.remove(rent);
        sought.measures[0].amount = Amount::Constant(40.0);

        assert_eq!(fractions_of(&base, &dials, &sought), [0.0, 0.4]);
        // Read by place, the grants' HK$40 bn would stand for the rent
        // subsidy (40 of its 90%) and the grants would read as nothing:
        // the mix scale_up once raised.
        let by_place: Vec<f64> = dials
            .iter()
            .map(|d| d.fraction(d.knob.get(&sought)))
            .collect();
        assert_ne!(by_place, [0.0, 0.4]);
    }
}
