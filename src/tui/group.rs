//! The per-group editor: a lever group's (its measures') start year, ramp, end year and sector
//! weights, stepped or typed, each change checked by the core's rules. Like the
//! measure editor it owns its state and answers a key against an
//! [`EditorContext`] with a [`Reply`]; the app's side is in `app/dials.rs`.

use levers_core::dials::GroupTiming;
use levers_core::{LeverGroup, MANUFACTURING_COUNT, Policy, Problem};

use super::action::Action;
use super::edit::DialRequest;
use super::editor::{EditorContext, Reply, rule_refusal};
use super::text_input;
use super::timing_rows::{GroupRow, Steps, step_row, type_row};

/// The per-group editor's state.
#[derive(Clone, Debug, PartialEq)]
pub struct GroupEditor {
    pub group: LeverGroup,
    pub row: usize,
    /// Text being typed for the selected row, if typing.
    pub typing: Option<String>,
    pub error: Option<String>,
    /// The package when the editor opened: cancel (Esc) returns to it, accept
    /// (e) keeps the changes. Taken at the editor's first action.
    pub before: Option<Box<Policy>>,
}

impl GroupEditor {
    pub fn new(group: LeverGroup) -> GroupEditor {
        GroupEditor {
            group,
            row: 0,
            typing: None,
            error: None,
            before: None,
        }
    }

    /// The rows this group's editor shows (no sector weights for a group
    /// whose kinds cannot target sectors).
    pub fn rows(&self) -> &'static [GroupRow] {
        GroupRow::rows_for(GroupRow::group_targets_sectors(self.group))
    }

    pub fn selected_row(&self) -> GroupRow {
        let rows = self.rows();
        rows[self.row.min(rows.len() - 1)]
    }
}

impl GroupEditor {
    /// Handles `action`. Every change is made at once (one undo step); Enter
    /// (or `e`) closes keeping them, Esc puts back the package the editor
    /// opened on.
    pub fn handle(&mut self, context: &EditorContext, action: Action) -> Reply<DialRequest> {
        self.error = None;
        if self.before.is_none() {
            self.before = Some(Box::new(context.policy.clone()));
        }
        if let Some(mut input) = self.typing.take() {
            return match action {
                _ if text_input::edit(&mut input, action) => {
                    self.typing = Some(input);
                    Reply::Stay
                }
                Action::Cancel => Reply::Stay,
                Action::Confirm => match self.typed(context, &input) {
                    Ok(candidate) => Reply::Commit(Box::new(candidate)),
                    Err(error) => {
                        self.error = Some(error.clone());
                        self.typing = Some(input);
                        Reply::Refuse(error)
                    }
                },
                _ => {
                    self.typing = Some(input);
                    Reply::Stay
                }
            };
        }
        let last = self.rows().len() - 1;
        let change = match action {
            Action::SelectPrevious => {
                self.row = self.row.saturating_sub(1);
                None
            }
            Action::SelectNext => {
                self.row = (self.row + 1).min(last);
                None
            }
            Action::Decrease => Some(self.step(context, -1, false)),
            Action::Increase => Some(self.step(context, 1, false)),
            Action::DecreaseBig => Some(self.step(context, -1, true)),
            Action::IncreaseBig => Some(self.step(context, 1, true)),
            Action::Zero => self.zero(context),
            Action::TypeValue => {
                self.typing = Some(String::new());
                None
            }
            Action::Undo => return Reply::Effect(DialRequest::Undo),
            Action::Redo => return Reply::Effect(DialRequest::Redo),
            Action::Confirm => return Reply::Close,
            Action::Cancel => {
                return match self.before.take().filter(|b| **b != *context.policy) {
                    Some(before) => Reply::Effect(DialRequest::Revert(before)),
                    None => Reply::Close,
                };
            }
            _ => None,
        };
        match change {
            Some(Ok(candidate)) => Reply::Commit(Box::new(candidate)),
            Some(Err(error)) => {
                self.error = Some(error.clone());
                Reply::Refuse(error)
            }
            None => Reply::Stay,
        }
    }

    /// The group's timing and targeting, new (from the default start) if the
    /// group is not used yet.
    fn lever_or_new(&self, context: &EditorContext) -> GroupTiming {
        context
            .policy
            .group_timing(self.group)
            .unwrap_or_else(|| GroupTiming::from_start(context.default_start()))
    }

    /// The package with `change` made to a copy of the group's lever, when
    /// the validator finds nothing wrong with the group; else the problem.
    fn changed(
        &self,
        context: &EditorContext,
        change: impl FnOnce(&mut GroupTiming),
    ) -> Result<Policy, String> {
        let mut lever = self.lever_or_new(context);
        change(&mut lever);
        let mut candidate = context.policy.clone();
        candidate.set_group_timing(self.group, lever);
        let problems = candidate.problems(context.baseline);
        match problems
            .iter()
            .find(|p| of_group(&candidate, self.group, p, ""))
        {
            Some(problem) => Err(rule_refusal(context.lang, problem)),
            None => Ok(candidate),
        }
    }

    fn step(&self, context: &EditorContext, steps: i32, big: bool) -> Result<Policy, String> {
        let horizon = context.policy.horizon;
        let first = context.baseline.first_policy_year();
        let row = self.selected_row();
        self.changed(context, |lever| {
            step_row(
                row,
                &mut lever.timing,
                &mut lever.sector_weights,
                Steps { steps, big },
                (first, horizon),
            );
        })
    }

    fn zero(&self, context: &EditorContext) -> Option<Result<Policy, String>> {
        match self.selected_row() {
            GroupRow::End => Some(self.changed(context, |lever| lever.timing.end = None)),
            GroupRow::Weight(i) => Some(self.changed(context, |lever| {
                let mut weights = lever.sector_weights.unwrap_or([1.0; MANUFACTURING_COUNT]);
                weights[i] = 0.0;
                lever.sector_weights = Some(weights);
            })),
            GroupRow::Start | GroupRow::Ramp => None,
        }
    }

    /// A typed start, ramp, end or weight, checked by the core's rules.
    fn typed(&self, context: &EditorContext, input: &str) -> Result<Policy, String> {
        let row = self.selected_row();
        let text = input.trim();
        let mut lever = self.lever_or_new(context);
        type_row(
            context.lang,
            row,
            text,
            &mut lever.timing,
            &mut lever.sector_weights,
        )?;
        let mut candidate = context.policy.clone();
        candidate.set_group_timing(self.group, lever);
        let own = row.key();
        let problems = candidate.problems(context.baseline);
        let problem = problems
            .iter()
            .find(|p| of_group(&candidate, self.group, p, &own))
            .or_else(|| {
                problems
                    .iter()
                    .find(|p| of_group(&candidate, self.group, p, ""))
            });
        match problem {
            Some(p) => Err(rule_refusal(context.lang, p)),
            None => Ok(candidate),
        }
    }
}

/// Whether `problem` is at a key of one of `group`'s measures: `key` itself
/// (`start`) when given, any key when empty.
fn of_group(policy: &Policy, group: LeverGroup, problem: &Problem, key: &str) -> bool {
    policy.group_measures(group).iter().any(|name| {
        problem
            .path
            .strip_prefix("measures.")
            .and_then(|rest| rest.strip_prefix(name))
            .and_then(|rest| rest.strip_prefix('.'))
            .is_some_and(|rest| key.is_empty() || rest == key)
    })
}
