//! The package resolved once per projection into what each channel delivers to
//! each manufacturing sector in each year, before the budget cap. Every
//! mechanism of the model reads this.

use super::M;
use crate::measure::{Measure, MeasureKind, Reach};
use crate::params::Params;
use crate::policy::Policy;

const KINDS: usize = MeasureKind::ALL.len();

/// How an amount reaches each sector: weight shares for amounts that are
/// split, intensities for rates.
#[derive(Clone, Copy)]
struct Targeting([f64; M]);

impl Targeting {
    /// A measure's targeting as its kind reads it (only that one is computed:
    /// this runs for every measure of every projection).
    fn of(measure: &Measure) -> Targeting {
        Targeting(match measure.kind.reach() {
            Reach::Split => measure.weight_shares(),
            Reach::Rate => measure.weight_intensities(),
        })
    }
}

/// What every kind delivers in one year.
#[derive(Clone, Copy)]
struct PlanYear {
    /// By kind: per sector, an amount's part (Split) or a rate (Rate).
    reach: [[f64; M]; KINDS],
    /// By kind: Σ amount × private HK$ per public HK$ (matched kinds).
    matched: [f64; KINDS],
}

pub(crate) struct Plan {
    first_year: i32,
    /// By step from the base year.
    years: Vec<PlanYear>,
    /// The kinds some measure added to (the others are all zero).
    used: [bool; KINDS],
}

impl Plan {
    /// Resolves `policy`'s measures for `years` years from
    /// `first_year` (the base year).
    pub(crate) fn resolve(policy: &Policy, params: &Params, first_year: i32, years: usize) -> Plan {
        let nothing = PlanYear {
            reach: [[0.0; M]; KINDS],
            matched: [0.0; KINDS],
        };
        let mut plan = Plan {
            first_year,
            years: vec![nothing; years],
            used: [false; KINDS],
        };
        for measure in &policy.measures {
            let targeting = Targeting::of(measure);
            plan.add(
                measure.kind,
                |year| measure.value_in(year),
                targeting,
                measure.matching_ratio,
                params,
            );
        }
        for kind in MeasureKind::ALL {
            if kind.reach() == Reach::Rate && plan.used[kind.index()] {
                let most = kind.field().spec().max;
                for year in &mut plan.years {
                    for rate in &mut year.reach[kind.index()] {
                        *rate = rate.min(most);
                    }
                }
            }
        }
        plan
    }

    fn add(
        &mut self,
        kind: MeasureKind,
        value_in: impl Fn(i32) -> f64,
        split: Targeting,
        matching_ratio: Option<f64>,
        params: &Params,
    ) {
        let split = split.0;
        let ratio = matching_ratio.unwrap_or(match kind {
            MeasureKind::Coinvestment => params.global.zone_private_leverage,
            _ => 0.0,
        });
        let k = kind.index();
        self.used[k] = true;
        for (year, planned) in (self.first_year..).zip(&mut self.years) {
            let value = value_in(year);
            if value == 0.0 {
                continue;
            }
            for (part, share) in planned.reach[k].iter_mut().zip(split) {
                *part += value * share;
            }
            planned.matched[k] += value * ratio;
        }
    }

    /// What `kind` delivers to each sector in step `step`.
    pub(crate) fn at(&self, kind: MeasureKind, step: usize) -> &[f64; M] {
        &self.year(step).reach[kind.index()]
    }

    fn year(&self, step: usize) -> &PlanYear {
        &self.years[step.min(self.years.len().saturating_sub(1))]
    }

    /// Total of a Split kind in step `step`.
    pub(crate) fn total(&self, kind: MeasureKind, step: usize) -> f64 {
        self.at(kind, step).iter().sum()
    }

    /// Private HK$ per public HK$ of a matched kind in step `step`, weighted by
    /// the measures' amounts.
    pub(crate) fn matching_ratio(&self, kind: MeasureKind, step: usize) -> f64 {
        let total = self.total(kind, step);
        if total > 0.0 {
            self.year(step).matched[kind.index()] / total
        } else {
            0.0
        }
    }
}
