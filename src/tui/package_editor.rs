//! The package editor (`E`): the package's name, description, target share
//! and year, horizon, budget cap and funding — the settings outside its levers
//! and measures. A form like the measure editor: ←/→ steps, Enter types, 0
//! clears the budget cap; every change is one undo step.

use levers_core::policy::{MAX_BUDGET_CAP_HKD_BN, MAX_HORIZON, MAX_TARGET_SHARE_PCT};
use levers_core::{Funding, Policy};

use super::action::Action;
use super::editor::EditorContext;
use super::form::{Form, FormState};
use super::numbers::{parse_number, stepped};
use levers_report::i18n::Lang;

/// One line of the package editor.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum PackageRow {
    Name,
    Description,
    TargetShare,
    TargetYear,
    Horizon,
    BudgetCap,
    Funding,
}

impl PackageRow {
    pub const ALL: [PackageRow; 7] = [
        PackageRow::Name,
        PackageRow::Description,
        PackageRow::TargetShare,
        PackageRow::TargetYear,
        PackageRow::Horizon,
        PackageRow::BudgetCap,
        PackageRow::Funding,
    ];

    /// The row's value as text, in `lang`.
    pub fn value_text(self, lang: Lang, policy: &Policy) -> String {
        match self {
            PackageRow::Name => policy.name.clone(),
            PackageRow::Description if policy.description.is_empty() => "–".into(),
            PackageRow::Description => policy.description.clone(),
            PackageRow::TargetShare => levers_report::format::as_typed(policy.target.share_pct),
            PackageRow::TargetYear => policy.target.year.to_string(),
            PackageRow::Horizon => policy.horizon.to_string(),
            PackageRow::BudgetCap => policy
                .budget
                .cap_hkd_bn_per_year
                .map_or_else(|| lang.text("change-no-cap"), |c| format!("{c}")),
            PackageRow::Funding => {
                let key = policy.budget.funding.key();
                let label = lang.text(&format!("funding-{key}"));
                lang.format("editor-funding-value", &[("key", key), ("label", &label)])
            }
        }
    }
}

#[derive(Clone, Debug, Default, PartialEq)]
pub struct PackageEditor {
    pub form: FormState,
}

impl PackageEditor {
    pub fn selected_row(&self) -> PackageRow {
        PackageRow::ALL[self.form.row.min(PackageRow::ALL.len() - 1)]
    }
}

fn whole_year(lang: Lang, text: &str) -> Result<i32, String> {
    text.parse::<i32>()
        .map_err(|_| lang.format("refusal-package-year", &[("text", text)]))
}

impl Form for PackageEditor {
    fn state(&mut self) -> &mut FormState {
        &mut self.form
    }

    fn row_count(&self, _: &EditorContext) -> usize {
        PackageRow::ALL.len()
    }

    fn step(&self, context: &EditorContext, steps: i32, big: bool) -> Option<Policy> {
        let mut policy = context.policy.clone();
        let years = steps * if big { 5 } else { 1 };
        let delta = f64::from(steps);
        match self.selected_row() {
            PackageRow::Name | PackageRow::Description => return None,
            PackageRow::TargetShare => {
                let step = if big { 1.0 } else { 0.1 };
                let share = policy.target.share_pct;
                policy.target.share_pct =
                    stepped(share, delta * step, 0.1, 0.0, MAX_TARGET_SHARE_PCT);
            }
            PackageRow::TargetYear => {
                policy.target.year = (policy.target.year + years)
                    .clamp(context.baseline.first_policy_year(), policy.horizon);
            }
            PackageRow::Horizon => {
                policy.horizon = (policy.horizon + years)
                    .clamp(context.baseline.first_policy_year(), MAX_HORIZON);
            }
            PackageRow::BudgetCap => {
                let step = if big { 10.0 } else { 1.0 };
                let cap = policy.budget.cap_hkd_bn_per_year.unwrap_or(0.0);
                let cap = stepped(cap, delta * step, 0.5, 0.0, MAX_BUDGET_CAP_HKD_BN);
                policy.budget.cap_hkd_bn_per_year = (cap > 0.0).then_some(cap);
            }
            PackageRow::Funding => {
                let all = Funding::ALL;
                let at = all
                    .iter()
                    .position(|f| *f == policy.budget.funding)
                    .unwrap_or(0);
                let next = (at as i32 + steps).rem_euclid(all.len() as i32);
                policy.budget.funding = all[usize::try_from(next).unwrap_or(0)];
            }
        }
        Some(policy)
    }

    fn zero(&self, context: &EditorContext) -> Option<Policy> {
        let mut policy = context.policy.clone();
        match self.selected_row() {
            PackageRow::BudgetCap => policy.budget.cap_hkd_bn_per_year = None,
            PackageRow::Description => policy.description.clear(),
            _ => return None,
        }
        Some(policy)
    }

    fn typed(&self, context: &EditorContext, text: &str) -> Result<Policy, String> {
        let mut policy = context.policy.clone();
        let trimmed = text.trim();
        let lang = context.lang;
        let number = || {
            parse_number(trimmed)
                .ok_or_else(|| lang.format("refusal-package-number", &[("text", trimmed)]))
        };
        match self.selected_row() {
            // An empty name is refused by the package rules (`levers check`'s).
            PackageRow::Name => policy.name = trimmed.to_string(),
            PackageRow::Description => policy.description = trimmed.to_string(),
            PackageRow::TargetShare => policy.target.share_pct = number()?,
            PackageRow::TargetYear => policy.target.year = whole_year(lang, trimmed)?,
            PackageRow::Horizon => policy.horizon = whole_year(lang, trimmed)?,
            PackageRow::BudgetCap => {
                policy.budget.cap_hkd_bn_per_year =
                    if trimmed.is_empty() || trimmed.eq_ignore_ascii_case("none") {
                        None
                    } else {
                        Some(number()?)
                    };
            }
            PackageRow::Funding => {
                policy.budget.funding = Funding::from_key(trimmed).ok_or_else(|| {
                    let keys: Vec<&str> = Funding::ALL.iter().map(|f| f.key()).collect();
                    let keys = keys.join(", ");
                    lang.format("refusal-funding", &[("text", trimmed), ("keys", &keys)])
                })?;
            }
        }
        Ok(policy)
    }

    fn initial_text(&self, context: &EditorContext) -> String {
        match self.selected_row() {
            PackageRow::Name => context.policy.name.clone(),
            PackageRow::Description => context.policy.description.clone(),
            _ => String::new(),
        }
    }

    fn extra(&mut self, _: &EditorContext, _: Action) -> Option<Result<Policy, String>> {
        None
    }

    fn is_open(&self, _: &EditorContext) -> bool {
        true
    }
}
