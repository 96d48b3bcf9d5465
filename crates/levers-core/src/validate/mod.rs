//! The rules a policy must satisfy, stated once. The file loader ties each
//! [`Problem`] back to a line and column; the workbench uses the same rules for
//! typed values.

use crate::baseline::Baseline;
use crate::policy::{
    MAX_BUDGET_CAP_HKD_BN, MAX_DESCRIPTION_CHARS, MAX_HORIZON, MAX_NAME_CHARS,
    MAX_TARGET_SHARE_PCT, Policy, Problem,
};
use crate::problem_kind::ProblemKind;
use measures::Span;

mod measures;

impl Policy {
    /// Everything wrong with this policy against `baseline`, each tied to the
    /// dotted path of the key at fault (`measures.nias.start`). Empty when valid.
    pub fn problems(&self, baseline: &Baseline) -> Vec<Problem> {
        problems(self, baseline)
    }
}

fn problems(policy: &Policy, baseline: &Baseline) -> Vec<Problem> {
    let mut found = Vec::new();
    let first = baseline.first_policy_year();
    let mut report = |path: String, kind: ProblemKind| found.push(Problem { path, kind });

    for (key, text, limit) in [
        ("name", &policy.name, MAX_NAME_CHARS),
        ("description", &policy.description, MAX_DESCRIPTION_CHARS),
    ] {
        // Characters are never more than bytes: count them only past the limit.
        if text.len() <= limit {
            continue;
        }
        let length = text.chars().count();
        if length > limit {
            report(key.into(), ProblemKind::TooLong { key, length, limit });
        }
    }
    if policy.name.trim().is_empty() {
        report("name".into(), ProblemKind::EmptyName);
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

    measures::problems(&policy.measures, Span { first, last }, &mut report);

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
    // A horizon outside the model's years is the mistake: the rules that
    // compare with it would report others the user did not make.
    if found
        .iter()
        .any(|p| matches!(p.kind, ProblemKind::HorizonOutside { .. }))
    {
        found.retain(|p| !p.kind.reads_horizon());
    }
    found
}
