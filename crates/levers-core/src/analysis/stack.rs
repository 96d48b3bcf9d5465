//! Stacking packages: `b` laid on top of `a`.
//!
//! The rule, stated once: measures merge by name. A dial's measure (named by
//! its kind, as a format-1 file's lever groups are read) in both packages is
//! replaced by `b`'s, as format 1 replaced a lever group; `b`'s assumption overrides replace
//! `a`'s parameter by parameter; name, target, horizon and budget come from `b`,
//! the package on top. A field that both packages set, to different values, is
//! a conflict (b wins); the caller warns about it. The stacked package is then
//! validated like any other, so a combination that breaks a rule (a lever of
//! `a` starting after `b`'s horizon, say) is an error.
//!
//! Measures of different names all apply; any other name in both packages is a clash, which the caller reports as an error
//! (a silent replacement would drop a scheme the user meant to keep).

use crate::lever::LeverField;
use crate::measure::MeasureKind;
use crate::policy::{MAX_NAME_CHARS, Policy};

/// The same lever field set to different values in both packages.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Conflict {
    /// The dial set in both packages.
    pub field: LeverField,
    /// Value in the package underneath (overridden).
    pub below: f64,
    /// Value in the package on top (kept).
    pub above: f64,
}

/// Two packages stacked: the one on top overrides the one underneath.
#[derive(Clone, Debug, PartialEq)]
pub struct Stacked {
    /// The stacked package.
    pub policy: Policy,
    /// Dials set to different values in both packages (the top one kept).
    pub conflicts: Vec<Conflict>,
    /// Names of measures defined in both packages (`b`'s is kept; an error for the caller).
    pub clashes: Vec<String>,
    /// The budget underneath, when the one on top (kept) differs from it.
    pub budget_replaced: Option<crate::policy::Budget>,
}

/// `a + b`, each side cut with `…` where both would not fit in the longest
/// name a package may have: two valid names always stack into a valid one.
fn stacked_name(a: &str, b: &str) -> String {
    let full = format!("{a} + {b}");
    if full.chars().count() <= MAX_NAME_CHARS {
        return full;
    }
    let cut = |text: &str, room: usize| -> String {
        if text.chars().count() <= room {
            return text.to_string();
        }
        let kept: String = text.chars().take(room.saturating_sub(1)).collect();
        format!("{kept}…")
    };
    let room = MAX_NAME_CHARS - " + ".len();
    let first = cut(a, room / 2);
    let second = cut(b, room - first.chars().count());
    format!("{first} + {second}")
}

/// `b` stacked on `a`, with the conflicts found.
pub fn stack(a: &Policy, b: &Policy) -> Stacked {
    let mut policy = b.clone();
    policy.name = stacked_name(&a.name, &b.name);
    let mut conflicts = Vec::new();
    let mut clashes = Vec::new();
    let mut replaced = Vec::new();
    for above in &b.measures {
        let Some(below) = a.measures.iter().find(|m| m.name == above.name) else {
            continue;
        };
        if !(below.is_dial() && above.is_dial()) {
            clashes.push(above.name.clone());
            continue;
        }
        replaced.push(above.name.as_str());
        let field = above.kind.field();
        let dials = [
            (field, below.amount.peak(), above.amount.peak()),
            (
                LeverField::CofundingRatio,
                below.matching_ratio.unwrap_or(0.0),
                above.matching_ratio.unwrap_or(0.0),
            ),
        ];
        let shown = if above.kind == MeasureKind::RdGrants {
            2
        } else {
            1
        };
        for (field, x, y) in dials.into_iter().take(shown) {
            if x != y {
                conflicts.push(Conflict {
                    field,
                    below: x,
                    above: y,
                });
            }
        }
    }
    for (id, value) in &a.assumptions {
        if b.assumption(*id).is_none() {
            policy.assumptions.push((*id, *value));
        }
    }
    policy.assumptions.sort_by_key(|(id, _)| *id);
    policy.measures = a
        .measures
        .iter()
        .filter(|m| !clashes.contains(&m.name) && !replaced.contains(&m.name.as_str()))
        .chain(&b.measures)
        .cloned()
        .collect();
    Stacked {
        policy,
        conflicts,
        clashes,
        budget_replaced: (a.budget != b.budget).then_some(a.budget),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::measure::{Amount, Measure};
    use crate::params::ParamId;

    #[test]
    fn a_different_budget_on_top_is_kept_and_the_one_below_reported() {
        let mut a = Policy::status_quo();
        a.budget.funding = crate::policy::Funding::Borrowing;
        let b = Policy::status_quo();
        let stacked = stack(&a, &b);
        assert_eq!(stacked.policy.budget, b.budget);
        assert_eq!(stacked.budget_replaced, Some(a.budget));
        assert_eq!(stack(&b, &b).budget_replaced, None);
    }

    #[test]
    fn top_dials_replace_bottom_dials_and_untouched_dials_survive() {
        let mut a = Policy::status_quo();
        a.set_dial(LeverField::GrantsHkdBnPerYear, 5.0, 2025);
        a.set_dial(LeverField::RentSubsidyPct, 30.0, 2025);
        a.assumptions = vec![(ParamId(1), 0.5), (ParamId(3), 1.0)];
        let mut b = Policy::status_quo();
        b.set_dial(LeverField::GrantsHkdBnPerYear, 8.0, 2026);
        b.assumptions = vec![(ParamId(3), 2.0)];
        b.horizon = 2040;
        let stacked = stack(&a, &b);
        let policy = &stacked.policy;
        assert_eq!(policy.dial_value(LeverField::GrantsHkdBnPerYear), 8.0);
        assert_eq!(policy.dial_value(LeverField::RentSubsidyPct), 30.0);
        let rd = policy.dial_measure(LeverField::GrantsHkdBnPerYear);
        assert_eq!(rd.map(|i| policy.measures[i].timing.start), Some(2026));
        assert_eq!(policy.measures.len(), 2);
        assert_eq!(
            stacked.policy.assumptions,
            vec![(ParamId(1), 0.5), (ParamId(3), 2.0)]
        );
        assert_eq!(stacked.policy.horizon, 2040);
        assert_eq!(
            stacked.conflicts,
            vec![Conflict {
                field: LeverField::GrantsHkdBnPerYear,
                below: 5.0,
                above: 8.0
            }]
        );
        assert!(stacked.clashes.is_empty());
    }

    #[test]
    fn measures_of_different_names_both_apply_and_a_shared_name_clashes() {
        let measure =
            |name: &str| Measure::new(name, MeasureKind::RdGrants, Amount::Constant(1.0), 2025);
        let mut a = Policy::status_quo();
        a.measures = vec![measure("itf"), measure("nias")];
        let mut b = Policy::status_quo();
        b.measures = vec![measure("nias"), measure("innohk")];
        let stacked = stack(&a, &b);
        let names: Vec<&str> = stacked
            .policy
            .measures
            .iter()
            .map(|m| m.name.as_str())
            .collect();
        assert_eq!(names, ["itf", "nias", "innohk"]);
        assert_eq!(stacked.clashes, ["nias"]);
    }

    #[test]
    fn stacking_a_package_of_dials_on_itself_changes_nothing_and_conflicts_with_nothing() {
        let mut a = Policy::status_quo();
        a.set_dial(LeverField::AdmissionsPerYear, 10_000.0, 2025);
        let stacked = stack(&a, &a);
        assert_eq!(stacked.policy.measures, a.measures);
        assert!(stacked.conflicts.is_empty());
    }
}
