//! The app's side of the lever panel: a dial stepped (one press, or a held
//! key's burst), zeroed or its group dropped, and the replies of the
//! exact-value prompt and the group editor ([`crate::tui::edit`],
//! [`crate::tui::group`]) carried out.

use levers_core::{LeverField, Policy};

use super::{App, Mode};
use crate::tui::action::Action;
use crate::tui::edit::{DialRequest, ValuePrompt, dial_stepped};
use crate::tui::editor::Reply;
use crate::tui::group::GroupEditor;

impl App {
    pub(super) fn step_lever(&mut self, steps: f64, big: bool) {
        let field = self.selected_field();
        match dial_stepped(self.policy(), field, steps, big, self.default_start()) {
            Some(candidate) => self.commit(candidate),
            None => self.at_end(field, steps),
        }
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
        let mut candidates: Vec<Policy> = Vec::new();
        for _ in 0..times {
            let latest = candidates.last().unwrap_or(self.policy());
            let Some(candidate) = dial_stepped(latest, field, steps, big, self.default_start())
            else {
                self.at_end(field, steps);
                break;
            };
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

    /// Hands `action` to the exact-value prompt and carries out its reply.
    pub(super) fn update_value_prompt(&mut self, mut prompt: ValuePrompt, action: Action) {
        let reply = prompt.handle(&self.editor_context(), action);
        self.mode = if self.answer_dial(reply) {
            Mode::EditValue(prompt)
        } else {
            Mode::Normal
        };
    }

    /// Hands `action` to the group editor and carries out its reply.
    pub(super) fn update_group(&mut self, mut editor: GroupEditor, action: Action) {
        let reply = editor.handle(&self.editor_context(), action);
        self.mode = if self.answer_dial(reply) {
            Mode::Group(editor)
        } else {
            Mode::Normal
        };
    }

    /// Carries out a lever-panel editor's reply; false when the editor is done.
    fn answer_dial(&mut self, reply: Reply<DialRequest>) -> bool {
        match reply {
            Reply::Stay | Reply::Refuse(_) => {}
            Reply::Commit(candidate) => self.commit(*candidate),
            Reply::Effect(DialRequest::Undo) => self.undo(),
            Reply::Effect(DialRequest::Redo) => self.redo(),
            Reply::Close => return false,
            Reply::Effect(DialRequest::CommitAndClose(candidate)) => {
                self.commit(*candidate);
                return false;
            }
            Reply::Effect(DialRequest::Revert(before)) => {
                self.commit(*before);
                self.say("note-group-cancelled", &[]);
                return false;
            }
        }
        true
    }
}
