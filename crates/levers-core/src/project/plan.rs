//! The package resolved once per projection into what each channel delivers to
//! each manufacturing sector in each year, before the budget cap. Every
//! mechanism of the model reads this, whether the package was written as
//! format-1 lever groups or format-2 measures.

use super::M;
use crate::lever::{LeverField, LeverGroup};
use crate::measure::{MeasureKind, Reach};
use crate::params::Params;
use crate::policy::Policy;

const KINDS: usize = MeasureKind::ALL.len();

/// How an amount reaches each sector: weight shares for amounts that are
/// split, intensities for rates.
#[derive(Clone, Copy)]
struct Targeting([f64; M]);

impl Targeting {
    fn of(kind: MeasureKind, shares: [f64; M], intensities: [f64; M]) -> Targeting {
        Targeting(match kind.reach() {
            Reach::Split => shares,
            Reach::Rate => intensities,
        })
    }
}

pub(crate) struct Plan {
    first_year: i32,
    years: usize,
    /// `[kind][step]`: per sector, an amount's part (Split) or a rate (Rate).
    reach: Vec<[f64; M]>,
    /// `[kind][step]`: Σ amount × private HK$ per public HK$ (matched kinds).
    matched: Vec<f64>,
}

impl Plan {
    /// Resolves `policy`'s lever groups and measures for `years` years from
    /// `first_year` (the base year).
    pub(crate) fn resolve(policy: &Policy, params: &Params, first_year: i32, years: usize) -> Plan {
        let mut plan = Plan {
            first_year,
            years,
            reach: vec![[0.0; M]; KINDS * years],
            matched: vec![0.0; KINDS * years],
        };
        // Format-1 groups are read dial by dial, as `measures_from_levers` names
        // them, without building named measures in the projection's hot path.
        for group in LeverGroup::ALL {
            let Some(lever) = policy.levers.get(group) else {
                continue;
            };
            for field in group.fields() {
                let Some(kind) = MeasureKind::from_field(field) else {
                    continue;
                };
                let amount = lever.values[field.slot()];
                let ratio = (kind == MeasureKind::RdGrants)
                    .then(|| policy.levers.value(LeverField::CofundingRatio));
                let targeting =
                    Targeting::of(kind, lever.weight_shares(), lever.weight_intensities());
                plan.add(
                    kind,
                    |year| amount * lever.timing.strength(year),
                    targeting,
                    ratio,
                    params,
                );
            }
        }
        for measure in &policy.measures {
            let targeting = Targeting::of(
                measure.kind,
                measure.weight_shares(),
                measure.weight_intensities(),
            );
            plan.add(
                measure.kind,
                |year| measure.value_in(year),
                targeting,
                measure.matching_ratio,
                params,
            );
        }
        for kind in MeasureKind::ALL {
            if kind.reach() == Reach::Rate {
                let most = kind.field().spec().max;
                for step in 0..years {
                    for rate in &mut plan.reach[kind.index() * years + step] {
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
        for step in 0..self.years {
            let value = value_in(self.first_year + step as i32);
            if value == 0.0 {
                continue;
            }
            let slot = &mut self.reach[k * self.years + step];
            for s in 0..M {
                slot[s] += value * split[s];
            }
            self.matched[k * self.years + step] += value * ratio;
        }
    }

    /// What `kind` delivers to each sector in step `step`.
    pub(crate) fn at(&self, kind: MeasureKind, step: usize) -> &[f64; M] {
        &self.reach[kind.index() * self.years + step.min(self.years.saturating_sub(1))]
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
            self.matched[kind.index() * self.years + step] / total
        } else {
            0.0
        }
    }
}
