//! A small form in a popup: rows of values, one selected, each stepped with
//! ←/→, zeroed with 0 or typed after Enter. The measure editor and the package
//! editor are forms; this module holds the key handling they share, so both
//! behave alike. A form reads only its [`EditorContext`] and answers each key
//! with a [`Reply`]: every change it asks for has been checked against the
//! core's rules, and the app puts it in force (one undo step).

use levers_core::Policy;

use super::action::Action;
use super::editor::{EditorContext, Reply, Request};
use super::text_input;

/// Where the form is: the selected row, text being typed, the last error.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct FormState {
    pub row: usize,
    /// Text being typed for the selected row, if typing.
    pub typing: Option<String>,
    pub error: Option<String>,
}

/// One form: its rows and what each key does to the package.
pub trait Form {
    fn state(&mut self) -> &mut FormState;
    /// How many rows the form has now.
    fn row_count(&self, context: &EditorContext) -> usize;
    /// The package with the selected row stepped `steps` (±1) times, big or
    /// small; `None` when the row does not step.
    fn step(&self, context: &EditorContext, steps: i32, big: bool) -> Option<Policy>;
    /// The package with the selected row at zero (or none); `None` when the row
    /// has no zero.
    fn zero(&self, context: &EditorContext) -> Option<Policy>;
    /// The package with `text` typed into the selected row.
    fn typed(&self, context: &EditorContext, text: &str) -> Result<Policy, String>;
    /// The text the prompt starts with (the current name, label or description).
    fn initial_text(&self, context: &EditorContext) -> String;
    /// Keys only this form knows; `None` when `action` is not one of them.
    fn extra(&mut self, context: &EditorContext, action: Action) -> Option<Result<Policy, String>>;
    /// Whether the form still has something to edit (its measure may be gone
    /// after an undo).
    fn is_open(&self, context: &EditorContext) -> bool;

    /// Handles `action`. The form stays open until closed (Esc): every change
    /// is made at once, and undoable.
    fn handle(&mut self, context: &EditorContext, action: Action) -> Reply {
        self.state().error = None;
        if let Some(mut input) = self.state().typing.take() {
            return match action {
                _ if text_input::edit(&mut input, action) => {
                    self.state().typing = Some(input);
                    Reply::Stay
                }
                Action::Cancel => Reply::Stay,
                Action::Confirm => {
                    let checked = self
                        .typed(context, &input)
                        .and_then(|candidate| context.check(candidate));
                    if checked.is_err() {
                        self.state().typing = Some(input);
                    }
                    self.answer(checked)
                }
                _ => {
                    self.state().typing = Some(input);
                    Reply::Stay
                }
            };
        }
        let last = self.row_count(context).saturating_sub(1);
        let row = self.state().row;
        let change = match action {
            Action::SelectPrevious => {
                self.state().row = row.saturating_sub(1);
                None
            }
            Action::SelectNext => {
                self.state().row = (row + 1).min(last);
                None
            }
            Action::Decrease => self.step(context, -1, false).map(Ok),
            Action::Increase => self.step(context, 1, false).map(Ok),
            Action::DecreaseBig => self.step(context, -1, true).map(Ok),
            Action::IncreaseBig => self.step(context, 1, true).map(Ok),
            Action::Zero => self.zero(context).map(Ok),
            Action::TypeValue => {
                self.state().typing = Some(self.initial_text(context));
                None
            }
            Action::Undo => return Reply::Effect(Request::Undo),
            Action::Redo => return Reply::Effect(Request::Redo),
            Action::Close => return Reply::Close,
            other => self.extra(context, other),
        };
        match change {
            Some(candidate) => self.answer(candidate.and_then(|c| context.check(c))),
            None => Reply::Stay,
        }
    }

    /// A checked change as a reply: commit it, or show the refusal.
    fn answer(&mut self, checked: Result<Policy, String>) -> Reply {
        match checked {
            Ok(candidate) => Reply::Commit(Box::new(candidate)),
            Err(error) => {
                self.state().error = Some(error.clone());
                Reply::Refuse(error)
            }
        }
    }

    /// After the app has answered a reply: keeps the selected row inside the
    /// rows of the package now in force; whether the form stays open (false
    /// when nothing is left to edit).
    fn settle(&mut self, context: &EditorContext) -> bool {
        if !self.is_open(context) {
            return false;
        }
        let last = self.row_count(context).saturating_sub(1);
        let state = self.state();
        state.row = state.row.min(last);
        true
    }
}
