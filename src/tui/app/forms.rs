//! The app's side of the editor protocol ([`crate::tui::editor`]): it hands
//! an editor a key with the narrow context it may read, and carries out the
//! reply — commits a checked package (one undo step), undoes, redoes, closes.

use levers_core::Policy;

use super::{App, Mode};
use crate::tui::action::Action;
use crate::tui::editor::{EditorContext, Reply, Request};
use crate::tui::form::Form;

impl App {
    /// What an editor may read: the package in force, the baseline, the language.
    pub fn editor_context(&self) -> EditorContext<'_> {
        EditorContext {
            policy: self.policy(),
            baseline: &self.baseline,
            lang: self.lang,
        }
    }

    /// Hands `action` to `form`, carries out its reply and puts the form back
    /// as the mode (through `wrap`) while it has something left to edit.
    pub(super) fn run_form<F: Form>(&mut self, mut form: F, action: Action, wrap: fn(F) -> Mode) {
        let reply = form.handle(&self.editor_context(), action);
        if !self.answer(reply) {
            self.mode = Mode::Normal;
            return;
        }
        self.mode = if form.settle(&self.editor_context()) {
            wrap(form)
        } else {
            Mode::Normal
        };
    }

    /// Carries out an editor's reply; false when the editor is done.
    pub(super) fn answer(&mut self, reply: Reply) -> bool {
        match reply {
            Reply::Stay | Reply::Refuse(_) => {}
            Reply::Commit(candidate) => self.commit(*candidate),
            Reply::Effect(Request::Undo) => self.undo(),
            Reply::Effect(Request::Redo) => self.redo(),
            Reply::Close => return false,
        }
        true
    }

    /// Commits `candidate` unless it breaks a rule the package in force does
    /// not break; then returns that rule, as the file reader would word it.
    pub(super) fn accept(&mut self, candidate: Policy) -> Result<(), String> {
        let candidate = self.editor_context().check(candidate)?;
        self.commit(candidate);
        Ok(())
    }
}
