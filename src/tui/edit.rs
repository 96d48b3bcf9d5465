//! Changing lever values on the lever panel: a dial stepped on its grid, and
//! the exact-value prompt (validated by the core's own rules, never clamped).
//! Like the measure editor, the prompt owns its state and answers a key
//! against an [`EditorContext`] with a [`Reply`]; the app's side is in
//! `app/dials.rs`.

use levers_core::{LeverField, Policy};

use super::action::Action;
use super::editor::{EditorContext, Reply, rule_refusal};
use super::numbers::{parse_number, stepped};
use super::text_input;

/// What the lever panel's editors (the exact-value prompt, the group editor)
/// ask of the app: its history, and the two ways they close with a change.
#[derive(Clone, Debug, PartialEq)]
pub enum DialRequest {
    Undo,
    Redo,
    /// Put this package in force (one undo step) and close.
    CommitAndClose(Box<Policy>),
    /// The edits are cancelled: put back the package the editor opened on
    /// (one undo step), say so, and close.
    Revert(Box<Policy>),
}

/// `policy` with `field`'s dial moved `steps` (±1) steps, big or small, on
/// its grid; `None` when the dial is already at that end of its range.
/// `default_start` is the start of a group not used yet.
pub fn dial_stepped(
    policy: &Policy,
    field: LeverField,
    steps: f64,
    big: bool,
    default_start: i32,
) -> Option<Policy> {
    let spec = field.spec();
    let current = policy.dial_value(field);
    let step = if big { spec.big_step } else { spec.step };
    let value = stepped(current, steps * step, spec.step, spec.min, spec.max);
    if value == current {
        return None;
    }
    let mut candidate = policy.clone();
    candidate.set_dial(field, value, default_start);
    Some(candidate)
}

/// The exact-value prompt for one dial: the text typed and the last refusal.
#[derive(Clone, Debug, PartialEq)]
pub struct ValuePrompt {
    pub field: LeverField,
    pub input: String,
    pub error: Option<String>,
}

impl ValuePrompt {
    pub fn new(field: LeverField) -> ValuePrompt {
        ValuePrompt {
            field,
            input: String::new(),
            error: None,
        }
    }

    /// Handles `action`: typing clears the refusal, Enter asks for the typed
    /// value to be put in force and the prompt closed, or refuses it.
    pub fn handle(&mut self, context: &EditorContext, action: Action) -> Reply<DialRequest> {
        match action {
            _ if text_input::edit(&mut self.input, action) => {
                self.error = None;
                Reply::Stay
            }
            Action::Cancel => Reply::Close,
            Action::Confirm => match self.typed(context) {
                Ok(candidate) => Reply::Effect(DialRequest::CommitAndClose(Box::new(candidate))),
                Err(error) => {
                    self.error = Some(error.clone());
                    Reply::Refuse(error)
                }
            },
            _ => Reply::Stay,
        }
    }

    /// The package with the typed value; a value out of range is refused
    /// with the range, never clamped.
    fn typed(&self, context: &EditorContext) -> Result<Policy, String> {
        let field = self.field;
        let Some(value) = parse_number(&self.input) else {
            let range = context.lang.lever_range(field);
            return Err(context
                .lang
                .format("refusal-lever-value", &[("range", &range)]));
        };
        let mut candidate = context.policy.clone();
        candidate.set_dial(field, value, context.default_start());
        let path = candidate.dial_path(field).unwrap_or_default();
        match problem_at(context, &candidate, &path) {
            Some(problem) => Err(problem),
            None => Ok(candidate),
        }
    }
}

/// The first problem `policy` has at `path`, as one sentence with the allowed range.
fn problem_at(context: &EditorContext, policy: &Policy, path: &str) -> Option<String> {
    policy
        .problems(context.baseline)
        .into_iter()
        .find(|p| p.path == path)
        .map(|p| rule_refusal(context.lang, &p))
}
