//! Changing lever values: steps and typed values (validated by the core's own
//! rules, never clamped).

use levers_core::{LeverField, Policy};

use super::action::Action;
use super::app::{App, Mode};
use super::files::Effect;
use super::text_input;

/// `x` moved by `delta`, snapped to multiples of `grid` (so 0.05 steps give 0.35,
/// not 0.35000000000000003), saturating at `min..=max`.
pub fn stepped(x: f64, delta: f64, grid: f64, min: f64, max: f64) -> f64 {
    let grid = ((x + delta) / grid).round() * grid;
    let snapped = (grid * 1e6).round() / 1e6;
    snapped.clamp(min, max)
}

/// A typed number: spaces, `_` and `,` between digits are allowed.
pub(super) fn parse_number(text: &str) -> Option<f64> {
    let cleaned: String = text
        .trim()
        .chars()
        .filter(|c| !matches!(c, ',' | '_' | ' '))
        .collect();
    cleaned.parse::<f64>().ok().filter(|v| v.is_finite())
}

/// The first problem `policy` has at `path`, as one sentence with the allowed range.
pub(super) fn problem_at(app: &App, policy: &Policy, path: &str) -> Option<String> {
    policy
        .problems(&app.baseline)
        .into_iter()
        .find(|p| p.path == path)
        .map(|p| super::labels::rule_refusal(app.lang, &p))
}

impl App {
    pub(super) fn step_lever(&mut self, steps: f64, big: bool) {
        let field = self.selected_field();
        let spec = field.spec();
        let current = self.policy().dial_value(field);
        let step = if big { spec.big_step } else { spec.step };
        let value = stepped(current, steps * step, spec.step, spec.min, spec.max);
        if value == current {
            self.at_end(field, steps);
            return;
        }
        let mut candidate = self.policy().clone();
        candidate.set_dial(field, value, self.default_start());
        self.commit(candidate);
    }

    /// `times` presses of a lever step at once (a held key's burst): the same
    /// values, undo history and note as `times` separate presses, with one
    /// recomputation at the end instead of one per press. Other actions, or a
    /// step outside the lever panel, are carried out press by press.
    pub fn repeat_step(&mut self, action: Action, times: usize) {
        let (steps, big) = match action {
            Action::Increase => (1.0, false),
            Action::Decrease => (-1.0, false),
            Action::IncreaseBig => (1.0, true),
            Action::DecreaseBig => (-1.0, true),
            _ => (0.0, false),
        };
        if steps == 0.0 || self.mode != Mode::Normal || self.shows_measures() {
            for _ in 0..times {
                // Steps never ask for file work.
                let _ = self.update(action);
            }
            return;
        }
        self.note = None;
        let field = self.selected_field();
        let spec = field.spec();
        let step = if big { spec.big_step } else { spec.step };
        let mut candidates: Vec<Policy> = Vec::new();
        for _ in 0..times {
            let latest = candidates.last().unwrap_or(self.policy());
            let current = latest.dial_value(field);
            let value = stepped(current, steps * step, spec.step, spec.min, spec.max);
            if value == current {
                self.at_end(field, steps);
                break;
            }
            let mut candidate = latest.clone();
            candidate.set_dial(field, value, self.default_start());
            candidates.push(candidate);
        }
        self.commit_steps(candidates);
    }

    /// The note that a step of `steps` found `field` at its end of the range.
    fn at_end(&mut self, field: LeverField, steps: f64) {
        let id = if steps > 0.0 {
            "note-at-maximum"
        } else {
            "note-at-minimum"
        };
        let lever = self.lang.lever_field(field);
        self.say(id, &[("lever", &lever)]);
    }

    pub(super) fn zero_lever(&mut self) {
        let field = self.selected_field();
        if self.policy().dial_value(field) == 0.0 {
            return;
        }
        let mut candidate = self.policy().clone();
        candidate.set_dial(field, 0.0, self.default_start());
        self.commit(candidate);
    }

    pub(super) fn drop_group(&mut self) {
        let group = self.selected_field().group();
        if !self.policy().uses_group(group) {
            let group = self.lang.lever_group(group);
            self.say("note-group-not-used", &[("group", &group)]);
            return;
        }
        let mut candidate = self.policy().clone();
        candidate.drop_group(group);
        self.commit(candidate);
        let group = self.lang.lever_group(group);
        self.say("note-group-dropped", &[("group", &group)]);
    }

    /// The exact-value prompt. A value out of range is refused with the range, never
    /// clamped.
    pub(super) fn update_value_prompt(
        &mut self,
        field: LeverField,
        mut input: String,
        action: Action,
    ) -> Option<Effect> {
        match action {
            _ if text_input::edit(&mut input, action) => {}
            Action::Cancel => {
                self.mode = Mode::Normal;
                return None;
            }
            Action::Confirm => {
                let result = match parse_number(&input) {
                    None => {
                        let range = self.lang.lever_range(field);
                        Err(self
                            .lang
                            .format("refusal-lever-value", &[("range", &range)]))
                    }
                    Some(value) => {
                        let mut candidate = self.policy().clone();
                        candidate.set_dial(field, value, self.default_start());
                        let path = candidate.dial_path(field).unwrap_or_default();
                        match problem_at(self, &candidate, &path) {
                            Some(problem) => Err(problem),
                            None => Ok(candidate),
                        }
                    }
                };
                match result {
                    Ok(candidate) => {
                        self.commit(candidate);
                        self.mode = Mode::Normal;
                    }
                    Err(error) => {
                        self.mode = Mode::EditValue {
                            field,
                            input,
                            error: Some(error),
                        }
                    }
                }
                return None;
            }
            _ => return None,
        }
        self.mode = Mode::EditValue {
            field,
            input,
            error: None,
        };
        None
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn steps_snap_to_the_grid_and_saturate() {
        assert_eq!(stepped(0.3, 0.05, 0.05, 0.0, 1.0), 0.35);
        assert_eq!(stepped(50.0, 20.0, 5.0, 0.0, 90.0), 70.0);
        assert_eq!(stepped(0.98, 0.05, 0.05, 0.0, 1.0), 1.0);
        assert_eq!(stepped(0.0, -5.0, 5.0, 0.0, 90.0), 0.0);
        assert!(stepped(0.33, 0.05, 0.05, 0.0, 1.0) > 0.33);
        assert!(stepped(0.33, -0.05, 0.05, 0.0, 1.0) < 0.33);
    }

    #[test]
    fn typed_numbers_may_have_thousands_separators() {
        assert_eq!(parse_number(" 30,000 "), Some(30_000.0));
        assert_eq!(parse_number("1_000"), Some(1_000.0));
        assert_eq!(parse_number("abc"), None);
        assert_eq!(parse_number("inf"), None);
    }
}
