//! The rules a policy must satisfy, stated once. The file loader ties each
//! [`Problem`] back to a line and column; the workbench uses the same rules for
//! typed values.

use crate::baseline::Baseline;
use crate::lever::LeverField;
use crate::policy::Timing;
use crate::policy::{
    MAX_BUDGET_CAP_HKD_BN, MAX_DESCRIPTION_CHARS, MAX_HORIZON, MAX_NAME_CHARS, MAX_RAMP_YEARS,
    MAX_SECTOR_WEIGHT, MAX_TARGET_SHARE_PCT, Policy, Problem,
};
use crate::problem_kind::ProblemKind;
use crate::sector::{MANUFACTURING_COUNT, Sector};

/// The years a package's measures may name: the first policy year to the horizon.
#[derive(Clone, Copy)]
pub(crate) struct Span {
    pub first: i32,
    pub last: i32,
}

/// Records a problem: path and kind.
pub(crate) type Report<'a> = dyn FnMut(String, ProblemKind) + 'a;

/// The start of a path (`measures.nias.`), written out only
/// when a problem is reported: a sweep checks every package of its grid, and
/// nearly all of them have no problem to name.
pub(crate) type PathPrefix<'a> = &'a dyn std::fmt::Display;

impl Span {
    /// Rules for `start`, `ramp_years` and `end` under `at` (`measures.nias.`).
    pub(crate) fn timing(self, at: PathPrefix<'_>, timing: Timing, report: &mut Report<'_>) {
        let Span { first, last } = self;
        if !(first..=last).contains(&timing.start) {
            report(
                format!("{at}start"),
                ProblemKind::StartOutsideProjection {
                    start: timing.start,
                    first,
                    last,
                },
            );
        }
        if timing.ramp_years > MAX_RAMP_YEARS {
            report(
                format!("{at}ramp_years"),
                ProblemKind::RampTooLong {
                    years: timing.ramp_years,
                    max: MAX_RAMP_YEARS,
                },
            );
        } else if timing.start + timing.ramp_years as i32 > last && timing.start <= last {
            report(
                format!("{at}ramp_years"),
                ProblemKind::RampPastHorizon {
                    start: timing.start,
                    years: timing.ramp_years,
                    last,
                },
            );
        }
        if let Some(end) = timing.end
            && (end < timing.start || end > MAX_HORIZON)
        {
            let (start, last) = (timing.start, MAX_HORIZON);
            report(
                format!("{at}end"),
                if end < start {
                    ProblemKind::EndBeforeStart { end, start, last }
                } else {
                    ProblemKind::EndAfterLastYear { end, start, last }
                },
            );
        }
    }

    /// Rules for `sectors` weights under `at` (a method beside `timing`, so
    /// both read as the rules of one projection span).
    #[allow(clippy::unused_self)]
    pub(crate) fn weights(
        self,
        at: PathPrefix<'_>,
        weights: Option<[f64; MANUFACTURING_COUNT]>,
        report: &mut Report<'_>,
    ) {
        let Some(weights) = weights else {
            return;
        };
        for (sector, weight) in Sector::MANUFACTURING.into_iter().zip(weights) {
            if !(weight.is_finite() && (0.0..=MAX_SECTOR_WEIGHT).contains(&weight)) {
                report(
                    format!("{at}sectors.{}", sector.key()),
                    ProblemKind::SectorWeightOutOfRange {
                        value: weight,
                        max: MAX_SECTOR_WEIGHT,
                    },
                );
            }
        }
        if weights.iter().all(|w| *w <= 0.0) {
            report(format!("{at}sectors"), ProblemKind::WeightsAllZero);
        }
    }
}

pub(crate) fn problems(policy: &Policy, baseline: &Baseline) -> Vec<Problem> {
    let mut found = Vec::new();
    let first = baseline.first_policy_year();
    let mut report = |path: String, kind: ProblemKind| found.push(Problem { path, kind });

    for (key, text, limit) in [
        ("name", &policy.name, MAX_NAME_CHARS),
        ("description", &policy.description, MAX_DESCRIPTION_CHARS),
    ] {
        let length = text.chars().count();
        if length > limit {
            report(key.into(), ProblemKind::TooLong { key, length, limit });
        }
    }
    if !(first..=MAX_HORIZON).contains(&policy.horizon) {
        report(
            "horizon".into(),
            ProblemKind::HorizonOutside {
                horizon: policy.horizon,
                first,
                last: MAX_HORIZON,
            },
        );
    }
    let last = policy.horizon.clamp(first, MAX_HORIZON);

    let share = policy.target.share_pct;
    if !(share.is_finite() && share > 0.0 && share <= MAX_TARGET_SHARE_PCT) {
        report(
            "target.manufacturing_share_pct".into(),
            ProblemKind::TargetShareOutOfRange {
                value: share,
                max: MAX_TARGET_SHARE_PCT,
            },
        );
    }
    if !(first..=last).contains(&policy.target.year) {
        report(
            "target.year".into(),
            ProblemKind::TargetYearOutside {
                year: policy.target.year,
                first,
                last,
            },
        );
    }
    if let Some(cap) = policy.budget.cap_hkd_bn_per_year
        && !(cap.is_finite() && cap > 0.0 && cap <= MAX_BUDGET_CAP_HKD_BN)
    {
        report(
            "budget.cap_hkd_bn_per_year".into(),
            ProblemKind::BudgetCapOutOfRange {
                value: cap,
                max: MAX_BUDGET_CAP_HKD_BN,
            },
        );
    }

    crate::validate_measures::problems(&policy.measures, Span { first, last }, &mut report);

    for (id, value) in &policy.assumptions {
        let spec = baseline.spec(*id);
        if !(value.is_finite() && spec.contains(*value)) {
            report(
                format!("assumptions.{}", spec.name),
                ProblemKind::AssumptionOutOfRange {
                    name: spec.name.clone(),
                    value: *value,
                    low: spec.low,
                    high: spec.high,
                    unit: spec.unit.clone(),
                },
            );
        }
    }
    found
}

/// Whether `value` is allowed for `field`: finite, in range, whole if counted.
pub(crate) fn fits(field: LeverField, value: f64) -> bool {
    let spec = field.spec();
    value.is_finite()
        && value >= spec.min
        && value <= spec.max
        && !(spec.integer && value.fract() != 0.0)
}
