//! The workbench's state and the one place it changes: [`App::update`]. No I/O
//! happens here; reading and writing files is asked for with an [`Effect`] and
//! carried out by [`super::files::execute`], whose [`Outcome`] comes back through
//! [`App::complete`].

use std::path::PathBuf;

use levers_core::analysis::{Attribution, Uncertainty, attribute};
use levers_core::{Baseline, LeverField, Policy, Projection, project, project_into};

use super::action::Action;
use super::analysis::{Proposal, Tornado};
use super::files::{Effect, Purpose};
use super::group::GroupEditor;
use super::history::History;
use super::keymap::{Context, UserKeys};

/// A package shown beside the current one.
#[derive(Clone, Debug)]
pub struct Comparison {
    /// `pinned` or the file name.
    pub label: String,
    pub policy: Policy,
    pub projection: Projection,
}

/// What to do once the unsaved-changes question is settled.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Pending {
    Quit,
    Open,
}

/// The file picker's state.
#[derive(Clone, Debug, PartialEq)]
pub struct Picker {
    pub purpose: Purpose,
    pub entries: Vec<PathBuf>,
    pub selected: usize,
    /// A typed path; when not empty it wins over the selected entry.
    pub input: String,
}

/// What has the keyboard.
#[derive(Clone, Debug, PartialEq)]
pub enum Mode {
    Normal,
    /// Typing an exact value for a lever.
    EditValue {
        field: LeverField,
        input: String,
        error: Option<String>,
    },
    Group(GroupEditor),
    Picker(Picker),
    SaveAs {
        input: String,
        error: Option<String>,
    },
    Unsaved(Pending),
    /// A yes/no question before writing the package to `path`.
    ConfirmSave {
        path: PathBuf,
        question: SaveQuestion,
    },
    /// A recovery copy of unsaved edits from a session that did not quit
    /// cleanly: restore it (y) or discard it (n).
    Restore {
        policy: Box<Policy>,
        file: PathBuf,
    },
    /// The key list, scrolled down by this many lines.
    Help(u16),
    /// A message that needs reading (a file that would not open, a failed save).
    Message {
        title: String,
        text: String,
    },
    /// A goal-seek proposal: accept (replace the levers) or reject.
    Seek(Box<Proposal>),
}

/// Why a save asks first. Yes saves; no keeps the edits unsaved (or, for a
/// file that exists, asks for another name).
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum SaveQuestion {
    /// The file exists: replace it?
    Overwrite,
    /// The file changed on disk since it was opened or saved: overwrite it?
    ChangedOnDisk,
    /// The path is a symbolic link to a file in another folder: write there?
    LinkElsewhere { target: PathBuf },
}

/// The small-screen panel shown under the share chart (Tab cycles it).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Panel {
    Jobs,
    Attribution,
    Diversification,
    Sectors,
    Detail,
}

impl Panel {
    fn next(self) -> Panel {
        match self {
            Panel::Jobs => Panel::Attribution,
            Panel::Attribution => Panel::Diversification,
            Panel::Diversification => Panel::Sectors,
            Panel::Sectors => Panel::Detail,
            Panel::Detail => Panel::Jobs,
        }
    }
}

/// A one-line note in the status bar.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Note {
    pub text: String,
    pub is_error: bool,
}

pub struct App {
    pub baseline: Baseline,
    // The package in force, its projection and its attribution. Private: only
    // `commit`, `commit_steps` and `replace` change the package, and each
    // recomputes the other two, so they always follow it.
    policy: Policy,
    projection: Projection,
    attribution: Attribution,
    pub path: Option<PathBuf>,
    /// The file as last read or written, to notice edits by someone else.
    pub stamp: Option<levers_files::fsio::FileStamp>,
    /// The file's text as last read or written: a save edits it in place.
    pub source: Option<String>,
    /// The policy as last opened or saved: unsaved changes are a difference from it.
    pub saved: Policy,
    /// Index into [`LeverField::ALL`].
    pub selected: usize,
    pub history: History,
    pub compare: Option<Comparison>,
    pub mode: Mode,
    pub panel: Panel,
    pub note: Option<Note>,
    /// The terminal size, for mouse hit-testing.
    pub size: (u16, u16),
    pub no_color: bool,
    /// The colour theme from the settings file.
    pub theme: super::view::theme::Theme,
    /// The user's package folder, shown in the save-as prompt.
    pub library: Option<PathBuf>,
    /// Extra keys from the settings file's `[keymap]`.
    pub user_keys: UserKeys,
    pub should_quit: bool,
    pub pending: Option<Pending>,
    /// The tornado view, when open (`t`); recomputed with the package.
    pub tornado: Option<Tornado>,
    /// The p10–p90 band on the share chart, when shown (`b`).
    pub band: Option<Uncertainty>,
}

impl App {
    pub fn new(baseline: Baseline, policy: Policy, path: Option<PathBuf>) -> App {
        let projection = project(&baseline, &policy);
        let attribution = attribute(&baseline, &policy);
        App {
            saved: policy.clone(),
            stamp: None,
            source: None,
            baseline,
            policy,
            projection,
            attribution,
            path,
            selected: 0,
            history: History::default(),
            compare: None,
            mode: Mode::Normal,
            panel: Panel::Jobs,
            note: None,
            size: (120, 40),
            no_color: false,
            theme: super::view::theme::Theme::Default,
            library: None,
            user_keys: UserKeys::default(),
            should_quit: false,
            pending: None,
            tornado: None,
            band: None,
        }
    }

    /// Restores a recovery copy (the package is then unsaved; undo goes back to
    /// the file's version) or discards it.
    fn update_restore(&mut self, policy: Policy, action: Action) {
        match action {
            Action::Confirm => {
                self.mode = Mode::Normal;
                self.commit(policy);
                self.info("unsaved edits restored from the recovery copy: s to save, u to undo");
            }
            Action::Cancel => {
                self.mode = Mode::Normal;
                self.info("recovery copy discarded");
            }
            _ => {}
        }
    }

    pub fn is_dirty(&self) -> bool {
        self.policy != self.saved
    }

    pub fn selected_field(&self) -> LeverField {
        LeverField::ALL[self.selected.min(LeverField::ALL.len() - 1)]
    }

    /// The year new lever groups start in.
    pub fn default_start(&self) -> i32 {
        self.baseline.base_year + 2
    }

    /// `blueprint-2032.toml`, or a note that the package has no file yet.
    pub fn file_label(&self) -> String {
        match &self.path {
            Some(path) => path.file_name().map_or_else(
                || path.display().to_string(),
                |n| n.to_string_lossy().into(),
            ),
            None => "untitled (built-in default)".to_string(),
        }
    }

    pub fn context(&self) -> Context {
        match &self.mode {
            Mode::Normal => Context::Normal,
            Mode::EditValue { .. } | Mode::SaveAs { .. } => Context::Text,
            Mode::Group(editor) if editor.typing.is_some() => Context::Text,
            Mode::Group(_) => Context::Group,
            Mode::Picker(_) => Context::Picker,
            Mode::Unsaved(_) => Context::Unsaved,
            Mode::ConfirmSave { .. } | Mode::Restore { .. } | Mode::Seek(_) => Context::YesNo,
            Mode::Help(_) | Mode::Message { .. } => Context::Overlay,
        }
    }

    /// Puts `candidate` in force, remembering the old policy for undo.
    pub fn commit(&mut self, candidate: Policy) {
        if candidate == self.policy {
            return;
        }
        let before = std::mem::replace(&mut self.policy, candidate);
        self.history.record(before);
        self.recompute();
    }

    /// Puts each of `steps` in force in turn (one undo step each), projecting
    /// only the last: a burst of key repeats costs one projection.
    pub(super) fn commit_steps(&mut self, steps: Vec<Policy>) {
        let mut changed = false;
        for candidate in steps {
            if candidate != self.policy {
                let before = std::mem::replace(&mut self.policy, candidate);
                self.history.record(before);
                changed = true;
            }
        }
        if changed {
            self.recompute();
        }
    }

    /// The package in force.
    pub fn policy(&self) -> &Policy {
        &self.policy
    }

    /// The projection of the package in force.
    pub fn projection(&self) -> &Projection {
        &self.projection
    }

    /// Each lever group's part of the change from the status quo (Shapley), for
    /// the package in force.
    pub fn attribution(&self) -> &Attribution {
        &self.attribution
    }

    /// Replaces the package wholesale (undo, redo, open), without recording history.
    pub(super) fn replace(&mut self, policy: Policy) {
        self.policy = policy;
        self.recompute();
    }

    /// The projection and its attribution, after every change.
    pub fn recompute(&mut self) {
        project_into(&self.baseline, &self.policy, &mut self.projection);
        self.attribution = attribute(&self.baseline, &self.policy);
        self.refresh_analysis();
    }

    pub fn error(&mut self, text: impl Into<String>) {
        self.note = Some(Note {
            text: text.into(),
            is_error: true,
        });
    }

    pub fn info(&mut self, text: impl Into<String>) {
        self.note = Some(Note {
            text: text.into(),
            is_error: false,
        });
    }

    /// Carries out `action`; returns the file work it needs, if any.
    pub fn update(&mut self, action: Action) -> Option<Effect> {
        if let Action::Resize { width, height } = action {
            self.size = (width, height);
            return None;
        }
        self.note = None;
        match self.mode.clone() {
            Mode::Normal => self.update_normal(action),
            Mode::EditValue { field, input, .. } => self.update_value_prompt(field, input, action),
            Mode::Group(editor) => self.update_group(editor, action),
            Mode::Picker(picker) => self.update_picker(picker, action),
            Mode::SaveAs { input, .. } => self.update_save_as(input, action),
            Mode::Unsaved(pending) => self.update_unsaved(pending, action),
            Mode::ConfirmSave { path, question } => {
                self.update_confirm_save(path, &question, action)
            }
            Mode::Restore { policy, .. } => {
                self.update_restore(*policy, action);
                None
            }
            Mode::Help(scroll) => {
                match action {
                    Action::Cancel | Action::Help => self.mode = Mode::Normal,
                    Action::SelectNext => self.mode = Mode::Help(scroll.saturating_add(1).min(40)),
                    Action::SelectPrevious => self.mode = Mode::Help(scroll.saturating_sub(1)),
                    _ => {}
                }
                None
            }
            Mode::Seek(proposal) => {
                match action {
                    Action::Confirm => self.update_seek(*proposal, true),
                    Action::Cancel => self.update_seek(*proposal, false),
                    _ => {}
                }
                None
            }
            Mode::Message { .. } => {
                if matches!(action, Action::Cancel) {
                    self.mode = Mode::Normal;
                }
                None
            }
        }
    }

    fn update_normal(&mut self, action: Action) -> Option<Effect> {
        let last = LeverField::ALL.len() - 1;
        match action {
            Action::SelectPrevious => self.selected = self.selected.saturating_sub(1),
            Action::SelectNext => self.selected = (self.selected + 1).min(last),
            Action::Decrease => self.step_lever(-1.0, false),
            Action::Increase => self.step_lever(1.0, false),
            Action::DecreaseBig => self.step_lever(-1.0, true),
            Action::IncreaseBig => self.step_lever(1.0, true),
            Action::Zero => self.zero_lever(),
            Action::TypeValue => {
                let field = self.selected_field();
                self.mode = Mode::EditValue {
                    field,
                    input: String::new(),
                    error: None,
                };
            }
            Action::EditGroup => {
                self.mode = Mode::Group(GroupEditor::new(self.selected_field().group()));
            }
            Action::DropGroup => self.drop_group(),
            Action::Undo => self.undo(),
            Action::Redo => self.redo(),
            Action::Save => return self.save(),
            Action::SaveAs => self.start_save_as(),
            Action::Open => return self.ask_unsaved_then(Pending::Open),
            Action::CompareFile => return Some(Effect::ListPackages(Purpose::Compare)),
            Action::TogglePin => self.toggle_pin(),
            Action::NextPanel => self.panel = self.panel.next(),
            Action::ToggleTornado => self.toggle_tornado(),
            Action::TornadoOutcome => self.cycle_tornado_outcome(),
            Action::ToggleBand => self.toggle_band(),
            Action::Seek => return Some(self.request_seek()),
            Action::Help => self.mode = Mode::Help(0),
            Action::Quit => return self.ask_unsaved_then(Pending::Quit),
            Action::Click { column, row } => {
                if let Some(field) = self.lever_at(column, row) {
                    self.select(field);
                }
            }
            Action::ScrollUp { column, row } | Action::ScrollDown { column, row } => {
                if let Some(field) = self.lever_at(column, row) {
                    self.select(field);
                    let direction = if matches!(action, Action::ScrollUp { .. }) {
                        1.0
                    } else {
                        -1.0
                    };
                    self.step_lever(direction, false);
                }
            }
            _ => {}
        }
        None
    }

    fn select(&mut self, field: LeverField) {
        if let Some(index) = LeverField::ALL.iter().position(|f| *f == field) {
            self.selected = index;
        }
    }

    fn lever_at(&self, column: u16, row: u16) -> Option<LeverField> {
        super::view::lever_at(self, column, row)
    }

    pub(super) fn undo(&mut self) {
        match self.history.undo(&self.policy) {
            Some(previous) => self.replace(previous),
            None => self.info("nothing to undo"),
        }
    }

    pub(super) fn redo(&mut self) {
        match self.history.redo(&self.policy) {
            Some(next) => self.replace(next),
            None => self.info("nothing to redo"),
        }
    }

    fn toggle_pin(&mut self) {
        if self.compare.take().is_some() {
            self.info("comparison removed");
            return;
        }
        self.compare = Some(Comparison {
            label: format!("pinned: {}", self.policy.name),
            policy: self.policy.clone(),
            projection: self.projection.clone(),
        });
        self.info("package pinned: move levers to compare, p to unpin");
    }

    /// Asks about unsaved changes before `pending`, or does it at once.
    fn ask_unsaved_then(&mut self, pending: Pending) -> Option<Effect> {
        if self.is_dirty() {
            self.mode = Mode::Unsaved(pending);
            None
        } else {
            self.proceed(pending)
        }
    }

    pub(super) fn proceed(&mut self, pending: Pending) -> Option<Effect> {
        self.mode = Mode::Normal;
        match pending {
            Pending::Quit => {
                self.should_quit = true;
                None
            }
            Pending::Open => Some(Effect::ListPackages(Purpose::Open)),
        }
    }
}
