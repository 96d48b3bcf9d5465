//! One-at-a-time sensitivity: each lever field (or, in a package of named
//! measures, each measure's amount) moved from its minimum to its maximum, and
//! each uncertain baseline parameter from its low to its high value,
//! everything else held; the swing in one outcome, largest first (the bars of
//! a tornado chart).
//!
//! The work is bounded whatever the package. Swinging a measure costs two
//! projections, and each projection costs about one step per measure, so
//! swinging n measures one by one grows as n² (5,000 measures: 8 s in a debug
//! build). Up to [`MAX_MEASURES_SWUNG_ONE_BY_ONE`] measures each gets its own
//! bar, as before; past it the measures are swung by kind
//! ([`SwingItem::Kind`]: every measure of one kind moved together over the
//! kind's range), at most eight bars of two projections each, so the work
//! grows linearly with n. [`Sensitivity::method`] says which was done, and
//! every output says so.

use super::Outcome;
use super::dial::Knob;
use crate::baseline::Baseline;
use crate::lever::LeverField;
use crate::measure::MeasureKind;
use crate::params::{Distribution, ParamId};
use crate::policy::Policy;
use crate::project::project_into;
use crate::projection::Projection;

/// Most measures swung one by one: 2 · 512 + 1 projections of 512 measures.
/// The workbench recomputes the tornado as the package changes, so this is
/// kept to a few tens of milliseconds in a release build (1,024 measures took
/// 180 ms on the 2-core machine under load; the bench `tornado of many
/// measures` measures both sides of the limit). An assumption of budget, not
/// of the model.
pub const MAX_MEASURES_SWUNG_ONE_BY_ONE: usize = 512;

/// What is moved.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum SwingItem {
    /// One of the nine dials, moved over its range (a package without
    /// measures is swung dial by dial).
    Dial(LeverField),
    /// The amount of the package's measure at this index (`nias.amount`),
    /// moved over its kind's range; a schedule keeps its shape.
    Measure(usize),
    /// Every measure of one kind, moved together over the kind's range (each
    /// measure's peak set to the same value, each schedule keeping its shape):
    /// how a package of more than [`MAX_MEASURES_SWUNG_ONE_BY_ONE`] measures
    /// is swung.
    Kind(MeasureKind),
    /// A baseline assumption, moved between its low and high.
    Param(ParamId),
}

/// The outcome at both ends of one item's range.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Swing {
    /// The lever, measure, kind or assumption moved.
    pub item: SwingItem,
    /// The item's value in the package (or the baseline value in force; for
    /// a kind, the mean peak of its measures).
    pub current: f64,
    /// Low end of the range moved over, in the item's unit.
    pub low: f64,
    /// High end of the range moved over, in the item's unit.
    pub high: f64,
    /// The outcome with the item at `low`, in the outcome's unit.
    pub outcome_at_low: f64,
    /// The outcome with the item at `high`, in the outcome's unit.
    pub outcome_at_high: f64,
}

impl Swing {
    /// Width of the bar: |outcome at high − outcome at low|.
    pub fn width(&self) -> f64 {
        (self.outcome_at_high - self.outcome_at_low).abs()
    }
}

/// How the measures of a package were swung.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum SwingMethod {
    /// Each measure (or lever field) on its own bar.
    OneByOne,
    /// More than [`MAX_MEASURES_SWUNG_ONE_BY_ONE`] measures: one bar per kind.
    ByKind {
        /// How many measures the package has.
        measures: usize,
    },
}

impl SwingMethod {
    /// The method [`tornado`] uses for `policy`, known before any projection.
    pub fn for_policy(policy: &Policy) -> SwingMethod {
        let measures = policy.measures.len();
        if measures > MAX_MEASURES_SWUNG_ONE_BY_ONE {
            SwingMethod::ByKind { measures }
        } else {
            SwingMethod::OneByOne
        }
    }
}

/// A tornado and how it was computed.
#[derive(Clone, Debug, PartialEq)]
pub struct Sensitivity {
    /// The outcome of the package itself.
    pub centre: f64,
    /// Widest first (ties keep measure, lever, parameter order).
    pub swings: Vec<Swing>,
    /// One bar per measure, or per kind past the limit.
    pub method: SwingMethod,
    /// How many projections were run (the centre included): counted, so a
    /// test can hold the bound without timing anything.
    pub projections: usize,
}

/// Swings of `outcome` for every lever field and every parameter that is not
/// `Fixed`, sorted by width, widest first (ties keep lever-then-parameter order).
/// Returns the outcome of the package itself with the swings; see [`tornado`].
pub fn sensitivity(baseline: &Baseline, policy: &Policy, outcome: Outcome) -> (f64, Vec<Swing>) {
    let result = tornado(baseline, policy, outcome);
    (result.centre, result.swings)
}

/// The tornado of `outcome`: each measure (or, past
/// [`MAX_MEASURES_SWUNG_ONE_BY_ONE`], each kind of measure), each lever field
/// of a package without measures, and each parameter that is not `Fixed`.
/// A dial or measure is moved around its value (half to one and a half times
/// it, within its allowed range); a field of an unused group is tried from
/// zero to one big step with its group switched on, the other fields at zero,
/// from two years after the base year. A parameter is moved
/// through the policy's `[assumptions]`, replacing any override it sets.
pub fn tornado(baseline: &Baseline, policy: &Policy, outcome: Outcome) -> Sensitivity {
    let mut projection = Projection::default();
    let mut projections = 0usize;
    let mut evaluate = |candidate: &Policy| {
        projections += 1;
        project_into(baseline, candidate, &mut projection);
        outcome.value(&projection, candidate)
    };
    let centre = evaluate(policy);
    let default_start = baseline.base_year + 2;
    let method = SwingMethod::for_policy(policy);
    let mut swings = Vec::new();
    // One copy of the package, each measure's amount moved and put back: a
    // copy per swing cost n clones of n measures (10,000 measures: 2·10^8
    // names and schedules copied), the same numbers.
    let mut moved = policy.clone();
    // The bars of the measures: each measure alone, or each kind's members
    // moved together (to their mean amount's range).
    let bars: Vec<(SwingItem, Vec<usize>, crate::FieldSpec)> = match method {
        SwingMethod::OneByOne => (policy.measures.iter().enumerate())
            .map(|(i, m)| (SwingItem::Measure(i), vec![i], m.kind.field().spec()))
            .collect(),
        SwingMethod::ByKind { .. } => MeasureKind::ALL
            .into_iter()
            .map(|kind| {
                let members: Vec<usize> = (0..policy.measures.len())
                    .filter(|i| policy.measures[*i].kind == kind)
                    .collect();
                (SwingItem::Kind(kind), members, kind.field().spec())
            })
            .filter(|(_, members, _)| !members.is_empty())
            .collect(),
    };
    for (item, members, spec) in bars {
        let at = |value: f64| {
            for &index in &members {
                Knob::MeasureAmount(index).set(&mut moved, value, default_start);
            }
            let outcome = evaluate(&moved);
            for &index in &members {
                moved.measures[index]
                    .amount
                    .clone_from(&policy.measures[index].amount);
            }
            outcome
        };
        let peaks: f64 = members
            .iter()
            .map(|i| Knob::MeasureAmount(*i).get(policy))
            .sum();
        let current = peaks / members.len() as f64;
        swings.push(swing(item, current, around(current, &spec), at));
    }
    // A package of measures is moved measure by measure; dials would add
    // measures to it. The status quo is swung dial by dial.
    let fields: &[LeverField] = if policy.measures.is_empty() {
        &LeverField::ALL
    } else {
        &[]
    };
    for &field in fields {
        let at = |value: f64| {
            let mut moved = policy.clone();
            moved.set_dial(field, value, default_start);
            evaluate(&moved)
        };
        let current = policy.dial_value(field);
        let range = around(current, &field.spec());
        swings.push(swing(SwingItem::Dial(field), current, range, at));
    }
    for spec in baseline
        .specs
        .iter()
        .filter(|s| s.distribution != Distribution::Fixed && s.low < s.high)
    {
        let at = |value: f64| {
            let mut moved = policy.clone();
            set_assumption(&mut moved, spec.id, value);
            evaluate(&moved)
        };
        let current = policy.assumption(spec.id).unwrap_or(spec.value);
        let item = SwingItem::Param(spec.id);
        swings.push(swing(item, current, (spec.low, spec.high), at));
    }
    swings.sort_by(|a, b| b.width().total_cmp(&a.width()));
    Sensitivity {
        centre,
        swings,
        method,
        projections,
    }
}

/// The swing of `item` from `current` over `low..high`, the outcome at each
/// end from `at` (the low end first).
fn swing(
    item: SwingItem,
    current: f64,
    (low, high): (f64, f64),
    mut at: impl FnMut(f64) -> f64,
) -> Swing {
    Swing {
        item,
        current,
        low,
        high,
        outcome_at_low: at(low),
        outcome_at_high: at(high),
    }
}

/// The range a policy choice (a dial or a measure's amount) is moved over:
/// half to one and a half times its value, within the field's allowed range,
/// or from zero to one big step when it is zero. A tornado asks what a
/// plausible change to the decision does, not what the whole allowed range
/// does (R&D grants from HK$0 to 100 bn a year would dwarf every assumption).
/// Labelled in `docs/MODEL.md` as a convention of the analysis, not evidence.
fn around(value: f64, spec: &crate::FieldSpec) -> (f64, f64) {
    let round = |v: f64| if spec.integer { v.round() } else { v };
    if value <= spec.min {
        return (spec.min, round((spec.min + spec.big_step).min(spec.max)));
    }
    (
        round((value * 0.5).max(spec.min)),
        round((value * 1.5).min(spec.max)),
    )
}

/// Sets an override in `policy.assumptions`, keeping it sorted and unique.
pub fn set_assumption(policy: &mut Policy, id: ParamId, value: f64) {
    match policy.assumptions.binary_search_by_key(&id, |(p, _)| *p) {
        Ok(i) => policy.assumptions[i].1 = value,
        Err(i) => policy.assumptions.insert(i, (id, value)),
    }
}
