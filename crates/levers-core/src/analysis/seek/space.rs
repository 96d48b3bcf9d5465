//! The search space: the numbers a seek moves (its dials), their ranges, and
//! the package it starts from.

use super::request::SeekRequest;
use crate::analysis::dial::Knob;
use crate::baseline::Baseline;
use crate::lever::{LeverField, LeverGroup};
use crate::measure::{Amount, MeasureKind};
use crate::policy::Policy;

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

/// The year a measure the search adds starts: two years after the base year.
pub fn default_start(baseline: &Baseline) -> i32 {
    baseline.base_year + 2
}

/// The first year any measure the search moves acts: the earliest start of
/// the measures behind its dials (a measure it adds starts at
/// [`default_start`]). A target year before it cannot be met by anything the
/// search sets, so a seek for it only reports a shortfall.
pub fn first_acting_year(baseline: &Baseline, request: &SeekRequest) -> i32 {
    let (policy, dials) = search_space(baseline, request);
    dials
        .iter()
        .filter_map(|dial| match dial.knob {
            Knob::MeasureAmount(index) => policy.measures.get(index),
            Knob::Dial(field) => policy
                .dial_measure(field)
                .and_then(|i| policy.measures.get(i)),
        })
        .map(|measure| measure.timing.start)
        .min()
        .unwrap_or_else(|| default_start(baseline))
        .max(baseline.first_policy_year())
}

/// The package the search starts from (every dial at its low end) and the
/// dials it moves. Fixed numbers (a limit of one value) are set and not moved.
pub fn search_space(baseline: &Baseline, request: &SeekRequest) -> (Policy, Vec<Dial>) {
    let mut policy = request.template.clone();
    policy.target = request.target;
    policy.horizon = policy.horizon.max(request.target.year);
    policy.budget.cap_hkd_bn_per_year = request.budget_cap_hkd_bn;
    let default_start = default_start(baseline);
    // A requested group the template does not use gets its dials' measures
    // at zero (the R&D grants matched one to one), and no scale-up placed in
    // the GBA: moving scale-up across the boundary lowers Hong Kong's share at
    // the central assumptions (MODEL.md §7.1), and the search does not move it.
    for group in LeverGroup::ALL {
        let used = policy
            .measures
            .iter()
            .any(|m| m.kind.field().group() == group);
        if used || !request.groups.contains(&group) {
            continue;
        }
        for field in group.fields() {
            let Some(kind) = MeasureKind::from_field(field) else {
                continue;
            };
            let index = policy.add_dial_measure(kind, default_start);
            let measure = &mut policy.measures[index];
            if kind == MeasureKind::RdGrants {
                measure.matching_ratio = Some(DEFAULT_COFUNDING_RATIO);
            }
        }
    }
    let mut knobs: Vec<(Knob, LeverField)> = Vec::new();
    for (index, measure) in policy.measures.iter().enumerate() {
        let field = measure.kind.field();
        if request.groups.contains(&field.group()) && cost_fields(field.group()).contains(&field) {
            knobs.push((Knob::MeasureAmount(index), field));
        }
    }
    let mut dials = Vec::new();
    for (knob, field) in knobs {
        // `--bound land.rent_subsidy_pct` names the dial: its measure's amount.
        let dial_index = policy.dial_measure(field);
        let (low, high) = request
            .limits
            .iter()
            .find(|l| {
                l.knob == knob
                    || (l.knob == Knob::Dial(field)
                        && knob == Knob::MeasureAmount(dial_index.unwrap_or(usize::MAX)))
            })
            .map_or((0.0, field.spec().max), |l| (l.low, l.high));
        let dial = Dial {
            knob,
            field,
            low,
            high,
            shape: schedule_shape(&policy, knob),
        };
        dial.set(&mut policy, low, default_start);
        if high > low {
            dials.push(dial);
        }
    }
    (policy, dials)
}
/// Sets every dial of `policy` to its fraction in `x`.
pub fn set_dials(dials: &[Dial], policy: &mut Policy, x: &[f64], default_start: i32) {
    for (dial, fraction) in dials.iter().zip(x) {
        dial.set(policy, dial.value(*fraction), default_start);
    }
}

/// The shape of the schedule behind `knob`, each year over the
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

/// The lever groups whose measures all stand for dials (named by their kind)
/// and whose money and quantity dials are all at zero: a seek drops these, as
/// it dropped an idle format-1 group.
pub(crate) fn idle_groups(policy: &Policy) -> Vec<LeverGroup> {
    LeverGroup::ALL
        .into_iter()
        .filter(|group| {
            let mut members = policy
                .measures
                .iter()
                .filter(|m| m.kind.field().group() == *group)
                .peekable();
            members.peek().is_some()
                && members.all(|m| {
                    m.is_dial()
                        && (!cost_fields(*group).contains(&m.kind.field())
                            || m.amount.peak() == 0.0)
                })
        })
        .collect()
}

/// `policy` without the measures of `group`.
pub(crate) fn drop_group(policy: &mut Policy, group: LeverGroup) {
    policy.measures.retain(|m| m.kind.field().group() != group);
}
