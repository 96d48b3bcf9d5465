//! The protocol between the app and its editors (the measure editor, the
//! package editor, the group editor, the exact-value prompt) and prompts (the
//! file picker, save-as). An editor owns its state and handles a key against a
//! narrow [`EditorContext`] — the package in force, the model's baseline and
//! the language — and answers with a [`Reply`]; only the app changes the
//! package, keeps the history and decides what is shown. So an editor can be
//! driven, and tested, without an app.

use levers_core::policy::Problem;
use levers_core::{Baseline, Policy};
use levers_report::i18n::Lang;

/// What an editor may read while it handles a key.
#[derive(Clone, Copy, Debug)]
pub struct EditorContext<'a> {
    /// The package in force.
    pub policy: &'a Policy,
    pub baseline: &'a Baseline,
    /// The language refusals and prompts are worded in.
    pub lang: Lang,
}

impl EditorContext<'_> {
    /// The year new lever groups start in (a dial set on a group not used yet).
    pub fn default_start(&self) -> i32 {
        self.baseline.base_year + 2
    }

    /// `candidate`, unless it breaks a rule the package in force does not
    /// break; then that rule, as the file reader would word it. (A package
    /// read from a file may already break a rule; an edit must not add one.)
    pub fn check(&self, candidate: Policy) -> Result<Policy, String> {
        let before = self.policy.problems(self.baseline);
        let new = candidate
            .problems(self.baseline)
            .into_iter()
            .find(|p| !before.contains(p));
        match new {
            Some(mut problem) => {
                // A horizon moved before the target year is the horizon's doing.
                if candidate.horizon != self.policy.horizon {
                    problem.kind = problem.kind.blamed_on_horizon(candidate.horizon, true);
                }
                Err(rule_refusal(self.lang, &problem))
            }
            None => Ok(candidate),
        }
    }
}

/// Something only the app can do for an editor: the history is the app's.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Request {
    Undo,
    Redo,
}

/// An editor's (or a prompt's) answer to a key; `E` is what it may ask of
/// the app (an editor: [`Request`]; a file prompt: file work).
#[derive(Clone, Debug, PartialEq)]
pub enum Reply<E = Request> {
    /// Only the editor changed (a row selected, a character typed): nothing
    /// for the app to do.
    Stay,
    /// Put this package in force, one undo step; the core's rules found
    /// nothing new wrong with it. The editor stays open.
    Commit(Box<Policy>),
    /// The editor is done (its changes are already made, and undoable).
    Close,
    /// Ask the app for something only it can do.
    Effect(E),
    /// The key was refused, and why (the editor shows it too).
    Refuse(String),
}

/// A change the model's rules refuse, framed in `lang`. The rule's own words
/// (`message`, `expected`) are those of the file reader's diagnostics and stay
/// English, like every diagnostic.
pub fn rule_refusal(lang: Lang, problem: &Problem) -> String {
    let worded = lang.problem(&problem.kind);
    lang.format(
        "refusal-rule",
        &[("message", &worded.message), ("expected", &worded.expected)],
    )
}
