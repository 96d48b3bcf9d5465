//! The package resolved into what each channel delivers to each manufacturing
//! sector in each year, before the budget cap. Every mechanism of the model
//! reads this.
//!
//! Each kind is resolved on its own (a kind's rows add only that kind's
//! measures), and a [`Plan`] kept from one projection to the next resolves
//! again only the kinds whose measures changed: a sweep varies one or two
//! measures of eight, a Monte Carlo draw varies none. A kind kept gives bit for
//! bit the rows it would be resolved into again (the same inputs, compared bit
//! by bit, through the same operations).

use super::M;
use crate::measure::{Amount, Measure, MeasureKind, Reach, Timing};
use crate::params::Params;
use crate::policy::Policy;

const KINDS: usize = MeasureKind::ALL.len();

/// How an amount reaches each sector: weight shares for amounts that are
/// split, intensities for rates. Only the one its kind reads is computed.
fn targeting(measure: &Measure) -> [f64; M] {
    match measure.kind.reach() {
        Reach::Split => measure.weight_shares(),
        Reach::Rate => measure.weight_intensities(),
    }
}

/// What one kind delivers, by step from the base year.
#[derive(Clone, Debug, Default)]
struct KindPlan {
    /// Per sector: an amount's part (Split) or a rate (Rate).
    reach: Vec<[f64; M]>,
    /// Σ of `reach` over the sectors.
    total: Vec<f64>,
    /// Σ amount × private HK$ per public HK$ (matched kinds).
    matched: Vec<f64>,
    /// Private HK$ per public HK$, weighted by the measures' amounts (0 when
    /// nothing is offered).
    matching_ratio: Vec<f64>,
    /// What the rows were resolved from, to tell whether they still hold.
    inputs: KindInputs,
}

/// Everything a kind's rows are computed from, compared bit for bit.
#[derive(Clone, Debug, Default, PartialEq)]
struct KindInputs {
    first_year: i32,
    years: usize,
    /// The model's matching ratio for measures that set none.
    default_ratio: u64,
    /// The kind's measures, in the package's order.
    measures: Vec<MeasureInputs>,
}

/// The fields of a measure its kind's rows read, floats as bits.
#[derive(Clone, Debug, PartialEq)]
struct MeasureInputs {
    amount: AmountBits,
    timing: Timing,
    weights: Option<[u64; M]>,
    matching_ratio: Option<u64>,
}

/// An [`Amount`] with its values as bits (so 0 and −0 differ, NaN equals itself).
#[derive(Clone, Debug, PartialEq)]
enum AmountBits {
    Constant(u64),
    Schedule(Vec<(i32, u64)>),
}

impl MeasureInputs {
    fn of(measure: &Measure) -> MeasureInputs {
        MeasureInputs {
            amount: match &measure.amount {
                Amount::Constant(value) => AmountBits::Constant(value.to_bits()),
                Amount::Schedule(points) => {
                    AmountBits::Schedule(points.iter().map(|(y, v)| (*y, v.to_bits())).collect())
                }
            },
            timing: measure.timing,
            weights: measure.sector_weights.map(|w| w.map(f64::to_bits)),
            matching_ratio: measure.matching_ratio.map(f64::to_bits),
        }
    }

    /// Whether `measure` has these inputs (without building its inputs).
    fn matches(&self, measure: &Measure) -> bool {
        let amount = match (&self.amount, &measure.amount) {
            (AmountBits::Constant(bits), Amount::Constant(value)) => *bits == value.to_bits(),
            (AmountBits::Schedule(kept), Amount::Schedule(points)) => {
                kept.len() == points.len()
                    && kept
                        .iter()
                        .zip(points)
                        .all(|((ky, kv), (y, v))| ky == y && *kv == v.to_bits())
            }
            _ => false,
        };
        amount
            && self.timing == measure.timing
            && self.weights == measure.sector_weights.map(|w| w.map(f64::to_bits))
            && self.matching_ratio == measure.matching_ratio.map(f64::to_bits)
    }
}

/// The package's measures resolved by kind and year. Keep one from projection
/// to projection (see [`super::Projector`]) so unchanged kinds are not
/// resolved again.
#[derive(Clone, Debug, Default)]
pub(crate) struct Plan {
    kinds: [KindPlan; KINDS],
}

impl Plan {
    /// Resolves `policy`'s measures for `years` years from `first_year` (the
    /// base year), kind by kind, skipping the kinds whose inputs are those
    /// this plan already holds.
    pub(crate) fn resolve(
        &mut self,
        policy: &Policy,
        params: &Params,
        first_year: i32,
        years: usize,
    ) {
        // One pass over the measures tells which kinds still hold: each
        // measure is compared with the one its kind held at its rank.
        let mut count = [0usize; KINDS];
        let mut same = [true; KINDS];
        for measure in &policy.measures {
            let k = measure.kind.index();
            same[k] = same[k]
                && self.kinds[k]
                    .inputs
                    .measures
                    .get(count[k])
                    .is_some_and(|inputs| inputs.matches(measure));
            count[k] += 1;
        }
        for kind in MeasureKind::ALL {
            let k = kind.index();
            let default_ratio = match kind {
                MeasureKind::Coinvestment => params.global.zone_private_leverage,
                _ => 0.0,
            };
            let plan = &mut self.kinds[k];
            let kept = same[k]
                && plan.inputs.measures.len() == count[k]
                && plan.inputs.first_year == first_year
                && plan.inputs.years == years
                && plan.inputs.default_ratio == default_ratio.to_bits();
            if kept {
                continue;
            }
            let mut measures = policy.measures.iter().filter(|m| m.kind == kind);
            plan.inputs.first_year = first_year;
            plan.inputs.years = years;
            plan.inputs.default_ratio = default_ratio.to_bits();
            plan.inputs.measures.clear();
            plan.inputs
                .measures
                .extend(measures.clone().map(MeasureInputs::of));
            plan.reach.clear();
            plan.reach.resize(years, [0.0; M]);
            plan.matched.clear();
            plan.matched.resize(years, 0.0);
            let mut used = false;
            for measure in &mut measures {
                used = true;
                plan.add(
                    first_year,
                    |year| measure.value_in(year),
                    targeting(measure),
                    measure.matching_ratio.unwrap_or(default_ratio),
                );
            }
            if kind.reach() == Reach::Rate && used {
                let most = kind.field().spec().max;
                for year in &mut plan.reach {
                    for rate in year {
                        *rate = rate.min(most);
                    }
                }
            }
            plan.total.clear();
            plan.total
                .extend(plan.reach.iter().map(|r| r.iter().sum::<f64>()));
            plan.matching_ratio.clear();
            plan.matching_ratio
                .extend(
                    plan.total
                        .iter()
                        .zip(&plan.matched)
                        .map(
                            |(total, matched)| {
                                if *total > 0.0 { matched / total } else { 0.0 }
                            },
                        ),
                );
        }
    }

    /// What `kind` delivers to each sector in step `step`.
    pub(crate) fn at(&self, kind: MeasureKind, step: usize) -> &[f64; M] {
        let plan = &self.kinds[kind.index()];
        &plan.reach[KindPlan::row(&plan.reach, step)]
    }

    /// Total of a Split kind in step `step`.
    pub(crate) fn total(&self, kind: MeasureKind, step: usize) -> f64 {
        let plan = &self.kinds[kind.index()];
        plan.total[KindPlan::row(&plan.total, step)]
    }

    /// Private HK$ per public HK$ of a matched kind in step `step`, weighted by
    /// the measures' amounts.
    pub(crate) fn matching_ratio(&self, kind: MeasureKind, step: usize) -> f64 {
        let plan = &self.kinds[kind.index()];
        plan.matching_ratio[KindPlan::row(&plan.matching_ratio, step)]
    }
}

impl KindPlan {
    /// Adds one measure: `value_in(year)` split by `split`, and its private
    /// money at `ratio`.
    fn add(&mut self, first_year: i32, value_in: impl Fn(i32) -> f64, split: [f64; M], ratio: f64) {
        for ((year, planned), matched) in (first_year..).zip(&mut self.reach).zip(&mut self.matched)
        {
            let value = value_in(year);
            if value == 0.0 {
                continue;
            }
            for (part, share) in planned.iter_mut().zip(split) {
                *part += value * share;
            }
            *matched += value * ratio;
        }
    }

    /// The row step `step` reads: the last one past the end.
    fn row<T>(rows: &[T], step: usize) -> usize {
        step.min(rows.len().saturating_sub(1))
    }
}
