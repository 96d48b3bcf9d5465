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
//!    [`rounding`]): all rounded up, then each rounded down where the target
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
//! the best reachable share is reported with the constraints that bind there.
//!
//! # Stopping
//! [`seek_unless_stopped`] asks the caller's "should stop" check before each
//! candidate it evaluates; once the check says yes, nothing more is projected,
//! the loops run out on placeholders, and the answer is [`Stopped`], never the
//! partial search. A check that never says yes changes nothing: the answer is
//! bit for bit that of [`seek`].

mod rounding;

use std::cell::Cell;

use crate::analysis::dial::{Knob, Limit};
use crate::baseline::Baseline;
use crate::lever::{LeverField, LeverGroup};
use crate::measure::Amount;
use crate::policy::{Lever, Policy, Target};
use crate::project::project_into;
use crate::projection::{Constraint, Projection};

pub(crate) use rounding::{Direction, set_rounded};

/// What to seek.
#[derive(Clone, Debug, PartialEq)]
pub struct SeekRequest {
    /// The share to reach and the year to reach it by.
    pub target: Target,
    /// Yearly budget cap, HK$ bn (levers scale down above it).
    pub budget_cap_hkd_bn: Option<f64>,
    /// The groups the package may use; the template's other groups are dropped
    /// (format 2: only measures of these groups' kinds are moved).
    pub groups: Vec<LeverGroup>,
    /// Horizon, funding, assumptions, timings, sector weights and non-cost
    /// fields are taken from here. A template with named measures is sought
    /// over their amounts; otherwise over the lever groups' dials.
    pub template: Policy,
    /// Ranges the moved numbers must keep (`--bound`); a range of one value
    /// holds the number there (`--fix`). Without one: from 0 to the field's maximum.
    pub limits: Vec<Limit>,
}

impl SeekRequest {
    /// The search for `policy`'s own target, within its budget cap, over the
    /// groups it uses (all four when it uses none), with no limits. The
    /// workbench seeks this; `levers seek --from FILE` too, by default.
    pub fn for_package(policy: &Policy) -> SeekRequest {
        let mut groups: Vec<LeverGroup> = policy.levers.used().collect();
        if groups.is_empty() {
            groups = LeverGroup::ALL.to_vec();
        }
        SeekRequest {
            target: policy.target,
            budget_cap_hkd_bn: policy.budget.cap_hkd_bn_per_year,
            groups,
            template: policy.clone(),
            limits: Vec::new(),
        }
    }
}

/// Why the target cannot be reached.
#[derive(Clone, Debug, PartialEq)]
pub enum Binding {
    /// Not enough workers for new plants in the target year.
    Labour,
    /// Not enough industrial floor space in the target year.
    Land,
    /// A target sector already grows as fast as comparable economies ever have.
    Absorption,
    /// The budget cap scaled the levers down.
    Budget,
    /// These fields sit at their maximum.
    LeverCeilings(Vec<LeverField>),
}

/// The best the search could do when the target is out of reach, and why.
#[derive(Clone, Debug, PartialEq)]
pub struct Shortfall {
    /// The package that comes closest.
    pub policy: Policy,
    /// Manufacturing share the closest package reaches in the target year, % of GDP.
    pub best_share_pct: f64,
    /// Every constraint that holds the share back (empty when none was identified).
    pub binding: Vec<Binding>,
}

/// The answer of a seek: the cheapest package found that meets the target, or
/// the closest one when none does.
#[derive(Clone, Debug, PartialEq)]
pub enum SeekResult {
    /// A package that meets the target.
    Found {
        /// The package found (the template with the moved numbers set).
        policy: Policy,
        /// Its manufacturing share in the target year, % of GDP.
        share_pct: f64,
        /// Its cumulative public cost to the target year, HK$ bn.
        cost_hkd_bn: f64,
    },
    /// No package within the limits meets the target.
    Unreachable(Shortfall),
}

/// A search asked to stop before it finished: there is no answer, not even a
/// partial one.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Stopped;

/// The caller's "should stop" check, asked before each candidate evaluation
/// until it first says yes; from then on the search evaluates nothing.
pub(crate) struct StopCheck<'a> {
    should_stop: &'a dyn Fn() -> bool,
    stopped: Cell<bool>,
}

impl<'a> StopCheck<'a> {
    pub(crate) fn new(should_stop: &'a dyn Fn() -> bool) -> StopCheck<'a> {
        StopCheck {
            should_stop,
            stopped: Cell::new(false),
        }
    }

    /// True once the search must evaluate nothing more (asks the check until
    /// it first says yes).
    pub(crate) fn now(&self) -> bool {
        if !self.stopped.get() && (self.should_stop)() {
            self.stopped.set(true);
        }
        self.stopped.get()
    }

    /// Whether the check has said yes (without asking it again).
    pub(crate) fn stopped(&self) -> bool {
        self.stopped.get()
    }
}

/// Fields the search moves: those that cost money or are quantities.
pub fn cost_fields(group: LeverGroup) -> &'static [LeverField] {
    match group {
        LeverGroup::Land => &[LeverField::RentSubsidyPct, LeverField::LandReleaseHaPerYear],
        LeverGroup::Rd => &[LeverField::GrantsHkdBnPerYear],
        LeverGroup::Talent => &[
            LeverField::AdmissionsPerYear,
            LeverField::TrainingPlacesPerYear,
        ],
        LeverGroup::Zone => &[
            LeverField::ProfitsTaxConcessionPp,
            LeverField::CoinvestmentHkdBnPerYear,
        ],
    }
}

const DEFAULT_COFUNDING_RATIO: f64 = 1.0;
const DEFAULT_SCALEUP_IN_GBA_SHARE: f64 = 0.3;
const BISECTION_STEPS: usize = 24;
const MAX_RAYS: f64 = 2_400.0;

/// One number the search moves, between `low` and `high`.
#[derive(Clone, Debug, PartialEq)]
pub struct Dial {
    /// Which number is moved.
    pub knob: Knob,
    /// The lever field whose unit and precision it has.
    pub field: LeverField,
    /// Lowest value searched, in the field's unit.
    pub low: f64,
    /// Highest value searched, in the field's unit.
    pub high: f64,
    /// For a scheduled measure amount: the template's schedule, each year as
    /// a share of its peak. The search scales this shape, so it survives a
    /// pass through zero (scaling the current amount would flatten it).
    pub shape: Option<Vec<(i32, f64)>>,
}

impl Dial {
    /// Sets the dial's number in `policy` to `value` (a schedule: its peak,
    /// every year in the template's proportions).
    pub fn set(&self, policy: &mut Policy, value: f64, default_start: i32) {
        match (&self.shape, self.knob) {
            (Some(shape), Knob::MeasureAmount(index)) => {
                if let Some(measure) = policy.measures.get_mut(index) {
                    measure.amount = Amount::Schedule(
                        shape
                            .iter()
                            .map(|(year, share)| (*year, share * value))
                            .collect(),
                    );
                }
            }
            _ => self.knob.set(policy, value, default_start),
        }
    }

    /// The value at `fraction` ∈ [0, 1] of the range.
    pub fn value(&self, fraction: f64) -> f64 {
        self.low + fraction.clamp(0.0, 1.0) * (self.high - self.low)
    }

    /// Where `value` lies in the range, from 0 to 1.
    pub fn fraction(&self, value: f64) -> f64 {
        if self.high > self.low {
            ((value - self.low) / (self.high - self.low)).clamp(0.0, 1.0)
        } else {
            0.0
        }
    }
}

/// Evaluates points of the search box.
struct Searcher<'a> {
    baseline: &'a Baseline,
    stop: &'a StopCheck<'a>,
    dials: Vec<Dial>,
    policy: Policy,
    projection: Projection,
    evaluations: usize,
}

/// Share in the target year, cost to it, and whether the target is met.
#[derive(Clone, Copy, Debug)]
struct Point {
    share: f64,
    cost: f64,
    met: bool,
}

/// The package the search starts from (every dial at its low end) and the
/// dials it moves. Fixed numbers (a limit of one value) are set and not moved.
pub fn search_space(baseline: &Baseline, request: &SeekRequest) -> (Policy, Vec<Dial>) {
    let mut policy = request.template.clone();
    policy.target = request.target;
    policy.horizon = policy.horizon.max(request.target.year);
    policy.budget.cap_hkd_bn_per_year = request.budget_cap_hkd_bn;
    let default_start = baseline.base_year + 2;
    let mut knobs: Vec<(Knob, LeverField)> = Vec::new();
    if request.template.measures.is_empty() {
        let template_levers = request.template.levers;
        policy.levers = crate::policy::Levers::default();
        for group in LeverGroup::ALL {
            if !request.groups.contains(&group) {
                continue;
            }
            let mut lever = template_levers
                .get(group)
                .copied()
                .unwrap_or_else(|| Lever::off(default_start));
            if template_levers.get(group).is_none() {
                lever.values[LeverField::CofundingRatio.slot()] = match group {
                    LeverGroup::Rd => DEFAULT_COFUNDING_RATIO,
                    _ => 0.0,
                };
                if group == LeverGroup::Zone {
                    lever.values[LeverField::ScaleupInGbaShare.slot()] =
                        DEFAULT_SCALEUP_IN_GBA_SHARE;
                }
            }
            policy.levers.set(group, Some(lever));
            knobs.extend(cost_fields(group).iter().map(|f| (Knob::Lever(*f), *f)));
        }
    } else {
        for (index, measure) in request.template.measures.iter().enumerate() {
            let field = measure.kind.field();
            if request.groups.contains(&field.group())
                && cost_fields(field.group()).contains(&field)
            {
                knobs.push((Knob::MeasureAmount(index), field));
            }
        }
    }
    let mut dials = Vec::new();
    for (knob, field) in knobs {
        let (low, high) = request
            .limits
            .iter()
            .find(|l| l.knob == knob)
            .map_or((0.0, field.spec().max), |l| (l.low, l.high));
        let dial = Dial {
            knob,
            field,
            low,
            high,
            shape: schedule_shape(&request.template, knob),
        };
        dial.set(&mut policy, low, default_start);
        if high > low {
            dials.push(dial);
        }
    }
    (policy, dials)
}

impl<'a> Searcher<'a> {
    fn new(baseline: &'a Baseline, request: &SeekRequest, stop: &'a StopCheck<'a>) -> Searcher<'a> {
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

    fn set(&mut self, x: &[f64]) {
        set_dials(
            &self.dials,
            &mut self.policy,
            x,
            self.baseline.base_year + 2,
        );
    }

    fn eval(&mut self, x: &[f64]) -> Point {
        self.set(x);
        self.eval_policy()
    }

    /// The package in `self.policy` projected; once stopped, a placeholder
    /// that meets nothing, without projecting.
    fn eval_policy(&mut self) -> Point {
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
    fn bisect(&mut self, at: impl Fn(f64) -> Vec<f64>) -> (Vec<f64>, Point) {
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

/// Sets every dial of `policy` to its fraction in `x`.
pub fn set_dials(dials: &[Dial], policy: &mut Policy, x: &[f64], default_start: i32) {
    for (dial, fraction) in dials.iter().zip(x) {
        dial.set(policy, dial.value(*fraction), default_start);
    }
}

/// The shape of the template's schedule behind `knob`, each year over the
/// peak; `None` for a dial, a constant amount or a schedule of zeros.
fn schedule_shape(template: &Policy, knob: Knob) -> Option<Vec<(i32, f64)>> {
    let Knob::MeasureAmount(index) = knob else {
        return None;
    };
    let measure = template.measures.get(index)?;
    let Amount::Schedule(points) = &measure.amount else {
        return None;
    };
    let peak = measure.amount.peak();
    (peak > 0.0).then(|| {
        points
            .iter()
            .map(|(year, value)| (*year, value / peak))
            .collect()
    })
}

/// Directions on a grid of `levels` per axis (excluding the origin), scaled so
/// the largest component is 1 (duplicates by scaling are skipped).
fn ray_directions(dimensions: usize) -> Vec<Vec<f64>> {
    if dimensions == 0 {
        return Vec::new();
    }
    let levels = (MAX_RAYS.powf(1.0 / dimensions as f64).floor() as usize).clamp(2, 11);
    let total = levels.pow(dimensions as u32);
    let mut rays = Vec::new();
    for index in 1..total {
        let mut rest = index;
        let mut digits = vec![0usize; dimensions];
        for digit in &mut digits {
            *digit = rest % levels;
            rest /= levels;
        }
        let top = digits.iter().copied().max().unwrap_or(0);
        // Keep only primitive directions: the digits have no common divisor
        // with the top, so that (2,2) and (1,1) are not both tried.
        if digits.iter().fold(top, |g, d| gcd(g, *d)) != 1 {
            continue;
        }
        rays.push(digits.iter().map(|d| *d as f64 / top as f64).collect());
    }
    rays
}

fn gcd(a: usize, b: usize) -> usize {
    if b == 0 { a } else { gcd(b, a % b) }
}

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

/// Pattern search along the frontier; returns (cost, x), x always meeting the target.
fn refine(searcher: &mut Searcher<'_>, mut x: Vec<f64>, mut cost: f64) -> (f64, Vec<f64>) {
    let k = x.len();
    let mut delta = 0.25;
    while delta >= 1e-3 {
        let mut improved = false;
        for i in 0..=k {
            for j in 0..k {
                // i == k: lower x_j alone; otherwise raise x_i by delta first.
                if i == j {
                    continue;
                }
                let mut base = x.clone();
                if i < k {
                    let raised = (base[i] + delta).min(1.0);
                    if raised == base[i] {
                        continue;
                    }
                    base[i] = raised;
                }
                let top = base[j];
                if top == 0.0 || !searcher.eval(&base).met {
                    continue;
                }
                let (candidate, point) = searcher.bisect(|t| {
                    let mut y = base.clone();
                    y[j] = top * t;
                    y
                });
                if point.met && point.cost < cost - 1e-9 {
                    x = candidate;
                    cost = point.cost;
                    improved = true;
                }
            }
        }
        if !improved {
            delta *= 0.5;
        }
    }
    (cost, x)
}

/// Coordinate climb of the share in the target year (for the unreachable case).
fn climb_share(searcher: &mut Searcher<'_>, mut x: Vec<f64>) -> Vec<f64> {
    let mut share = searcher.eval(&x).share;
    let mut delta = 0.25;
    while delta >= 1e-3 {
        let mut improved = false;
        for i in 0..x.len() {
            for sign in [1.0, -1.0] {
                let mut y = x.clone();
                y[i] = (y[i] + sign * delta).clamp(0.0, 1.0);
                let point = searcher.eval(&y);
                if point.share > share + 1e-12 {
                    (x, share, improved) = (y, point.share, true);
                }
            }
        }
        if !improved {
            delta *= 0.5;
        }
    }
    x
}

/// Rounds to the fields' decimals, drops idle groups, and checks the target
/// once more.
fn finish(searcher: &mut Searcher<'_>, x: &[f64]) -> SeekResult {
    searcher.set(x);
    let exact = searcher.policy.clone();
    searcher.policy = rounding::rounded_meeting_target(searcher, &exact).unwrap_or(exact);
    for group in LeverGroup::ALL {
        let idle = searcher
            .policy
            .levers
            .get(group)
            .is_some_and(|l| cost_fields(group).iter().all(|f| l.values[f.slot()] == 0.0));
        if idle {
            let kept = searcher.policy.levers.get(group).copied();
            searcher.policy.levers.set(group, None);
            if !searcher.eval_policy().met {
                searcher.policy.levers.set(group, kept);
            }
        }
    }
    let point = searcher.eval_policy();
    if point.met {
        SeekResult::Found {
            policy: searcher.policy.clone(),
            share_pct: point.share,
            cost_hkd_bn: point.cost,
        }
    } else {
        SeekResult::Unreachable(shortfall(searcher, x))
    }
}

/// The closest package (the dials at `x`, rounded) and what holds it back.
fn shortfall(searcher: &mut Searcher<'_>, x: &[f64]) -> Shortfall {
    searcher.set(x);
    let exact = searcher.policy.clone();
    let point = rounding::rounded_closest(searcher, &exact);
    let target_year = searcher.policy.target.year;
    let mut binding = Vec::new();
    if let Some(year) = searcher.projection.year(target_year) {
        match year.binding_constraint {
            Constraint::Labour => binding.push(Binding::Labour),
            Constraint::Land => binding.push(Binding::Land),
            Constraint::Absorption => binding.push(Binding::Absorption),
            Constraint::None => {}
        }
    }
    let budget_bound = searcher
        .projection
        .years
        .iter()
        .take_while(|y| y.year <= target_year)
        .any(|y| y.budget_scale < 1.0);
    if budget_bound {
        binding.push(Binding::Budget);
    }
    // Two measures of one kind at their maxima name the kind once.
    let mut at_max: Vec<LeverField> = Vec::new();
    for dial in &searcher.dials {
        if dial.fraction(dial.knob.get(&searcher.policy)) >= 0.999 && !at_max.contains(&dial.field)
        {
            at_max.push(dial.field);
        }
    }
    if !at_max.is_empty() {
        binding.push(Binding::LeverCeilings(at_max));
    }
    Shortfall {
        policy: searcher.policy.clone(),
        best_share_pct: point.share,
        binding,
    }
}

/// The highest share in the target year reachable within the lever ranges and
/// the budget, whatever the cost: the best of the rays at the box edge, then a
/// coordinate climb. The target share of the request is ignored.
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
    shortfall(&mut searcher, &x)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn rays_are_primitive_and_end_on_the_box_edge() {
        let rays = ray_directions(2);
        assert!(
            rays.iter()
                .all(|r| r.iter().copied().fold(0.0, f64::max) == 1.0)
        );
        let diagonal = rays.iter().filter(|r| r[0] == r[1]).count();
        assert_eq!(diagonal, 1);
        assert!(ray_directions(7).len() <= 2_400);
    }
}
