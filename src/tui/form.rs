//! A small form in a popup: rows of values, one selected, each stepped with
//! ←/→, zeroed with 0 or typed after Enter. The measure editor and the package
//! editor are forms; this module holds the key handling they share, so both
//! behave alike and every change goes through [`App::commit`] (one undo step)
//! after the core's rules found nothing new wrong with it.

use levers_core::Policy;

use super::action::Action;
use super::app::{App, Mode};
use super::files::Effect;
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
pub trait Form: Clone {
    fn state(&mut self) -> &mut FormState;
    /// How many rows the form has now.
    fn row_count(&self, app: &App) -> usize;
    /// The package with the selected row stepped `steps` (±1) times, big or
    /// small; `None` when the row does not step.
    fn step(&self, app: &App, steps: i32, big: bool) -> Option<Policy>;
    /// The package with the selected row at zero (or none); `None` when the row
    /// has no zero.
    fn zero(&self, app: &App) -> Option<Policy>;
    /// The package with `text` typed into the selected row.
    fn typed(&self, app: &App, text: &str) -> Result<Policy, String>;
    /// The text the prompt starts with (the current name, label or description).
    fn initial_text(&self, app: &App) -> String;
    /// Keys only this form knows; `None` when `action` is not one of them.
    fn extra(&mut self, app: &App, action: Action) -> Option<Result<Policy, String>>;
    /// Whether the form still has something to edit (its measure may be gone
    /// after an undo).
    fn is_open(&self, app: &App) -> bool;
    fn into_mode(self) -> Mode;
}

impl App {
    /// Handles `action` in `form`; the form stays open until closed (Esc):
    /// every change is already made, and undoable.
    pub(super) fn update_form<F: Form>(&mut self, mut form: F, action: Action) -> Option<Effect> {
        form.state().error = None;
        if let Some(mut input) = form.state().typing.take() {
            match action {
                _ if text_input::edit(&mut input, action) => form.state().typing = Some(input),
                Action::Cancel => {}
                Action::Confirm => {
                    if let Err(error) = form.typed(self, &input).and_then(|p| self.accept(p)) {
                        form.state().error = Some(error);
                        form.state().typing = Some(input);
                    }
                }
                _ => form.state().typing = Some(input),
            }
            self.reopen(form);
            return None;
        }
        let last = form.row_count(self).saturating_sub(1);
        let row = form.state().row;
        let outcome = match action {
            Action::SelectPrevious => {
                form.state().row = row.saturating_sub(1);
                None
            }
            Action::SelectNext => {
                form.state().row = (row + 1).min(last);
                None
            }
            Action::Decrease => form.step(self, -1, false).map(Ok),
            Action::Increase => form.step(self, 1, false).map(Ok),
            Action::DecreaseBig => form.step(self, -1, true).map(Ok),
            Action::IncreaseBig => form.step(self, 1, true).map(Ok),
            Action::Zero => form.zero(self).map(Ok),
            Action::TypeValue => {
                form.state().typing = Some(form.initial_text(self));
                None
            }
            Action::Undo => {
                self.undo();
                None
            }
            Action::Redo => {
                self.redo();
                None
            }
            Action::Close => {
                self.mode = Mode::Normal;
                return None;
            }
            other => form.extra(self, other),
        };
        if let Some(error) = outcome.and_then(|r| r.and_then(|p| self.accept(p)).err()) {
            form.state().error = Some(error);
        }
        self.reopen(form);
        None
    }

    /// Puts the form back as the mode, with its row inside its rows; closes
    /// it when there is nothing left to edit.
    fn reopen<F: Form>(&mut self, mut form: F) {
        if !form.is_open(self) {
            self.mode = Mode::Normal;
            return;
        }
        let last = form.row_count(self).saturating_sub(1);
        let state = form.state();
        state.row = state.row.min(last);
        self.mode = form.into_mode();
    }

    /// Commits `candidate` unless it breaks a rule the package in force does
    /// not break; then returns that rule, as the file reader would word it.
    pub(super) fn accept(&mut self, candidate: Policy) -> Result<(), String> {
        let before = self.policy().problems(&self.baseline);
        let new = candidate
            .problems(&self.baseline)
            .into_iter()
            .find(|p| !before.contains(p));
        if let Some(problem) = new {
            return Err(super::words::rule_refusal(self.lang, &problem));
        }
        self.commit(candidate);
        Ok(())
    }
}
