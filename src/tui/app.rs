//! The workbench's state and the one place it changes: [`App::update`]. No I/O
//! happens here; reading and writing files is asked for with an [`Effect`] and
//! carried out by [`super::files::execute`], whose [`super::files::Outcome`] comes back through
//! [`App::complete`]. The rooms the app keeps are in `app/`: the editors'
//! replies carried out (`forms.rs`), the lever panel's steps and editors
//! (`dials.rs`), the measure list (`measure_list.rs`), the
//! analysis views (`analysis_views.rs`), file work (`file_work.rs`) and the
//! worker threads (`scheduling.rs`). The app never calls into the view: the
//! mouse is resolved against what the last frame drew ([`App::drawn`]).

mod analysis_views;
mod dials;
mod file_work;
mod forms;
mod measure_list;
mod no_effect;
mod scheduling;

use std::path::PathBuf;

use levers_core::analysis::{Attribution, AttributionPlayers, Uncertainty, attribute_with};
use levers_core::{Baseline, LeverField, Policy, Projection, project, project_into};

use super::action::Action;
use super::analysis::{Proposal, Tornado};
use super::edit::ValuePrompt;
use super::files::{Effect, Purpose};
use super::group::GroupEditor;
use super::history::History;
use super::hits::Hits;
use super::keymap::{Context, UserKeys};
use super::measure_editor::MeasureEditor;
use super::package_editor::PackageEditor;
pub use super::prompts::Picker;
pub use no_effect::Silent;

/// Most packages shown beside the current one (pinned or opened to compare).
pub const MAX_COMPARED: usize = 6;

/// A package shown beside the current one.
#[derive(Clone, Debug)]
pub struct Comparison {
    /// `pinned: Blueprint 2032`, or `Land-led (land-led.toml)` for a file.
    pub label: String,
    pub policy: Policy,
    pub projection: Projection,
}

/// What to do once the unsaved-changes question is settled.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Pending {
    Quit,
    /// Open the file chosen in the picker. The question comes after the
    /// file is chosen, so a path typed straight after `o` goes into the
    /// picker, never to the question (or, once it closed, to the workbench).
    Open(PathBuf),
}

/// What has the keyboard.
#[derive(Clone, Debug, PartialEq)]
pub enum Mode {
    Normal,
    /// Typing an exact value for a lever.
    EditValue(ValuePrompt),
    Group(GroupEditor),
    /// Editing one measure of a format-2 package.
    Measure(MeasureEditor),
    /// Choosing the kind of a new measure (index into `MeasureKind::ALL`).
    KindPicker(usize),
    /// Editing the package's name, description, target, horizon and budget.
    Package(PackageEditor),
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
        /// When the file was changed (saved by someone else) after the copy
        /// was made: the stamp the copy records, and what restoring would
        /// change in the file as it is now.
        changed: Option<Box<(levers_files::fsio::FileStamp, Vec<String>)>>,
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
    /// A goal seek running on a worker thread: Esc cancels.
    Seeking,
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
    /// The public purse: budget windows, present value, cost per job. On wide
    /// screens it takes the sectors table's place.
    Fiscal,
}

/// The name of the file at `path` (the whole path when it has none).
pub(super) fn file_name(path: &std::path::Path) -> String {
    path.file_name().map_or_else(
        || path.display().to_string(),
        |n| n.to_string_lossy().into(),
    )
}

/// Whether a screen of `size` (columns, rows) shows every panel at once, with
/// the public purse in the sectors table's place when chosen.
pub fn wide_layout(size: (u16, u16)) -> bool {
    size.0 >= 110 && size.1 >= 34
}

impl Panel {
    fn next(self) -> Panel {
        match self {
            Panel::Jobs => Panel::Attribution,
            Panel::Attribution => Panel::Diversification,
            Panel::Diversification => Panel::Sectors,
            Panel::Sectors => Panel::Detail,
            Panel::Detail => Panel::Fiscal,
            Panel::Fiscal => Panel::Jobs,
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
    baseline: Baseline,
    // The package in force, its projection and its attribution. Private: only
    // `commit`, `commit_steps` and `replace` change the package, and each
    // recomputes the other two, so they always follow it (the attribution of
    // a package with many players may be on its way from the worker, see
    // `scheduling.rs`; until it lands `attribution_updating` says so).
    policy: Policy,
    projection: Projection,
    attribution: Attribution,
    pub path: Option<PathBuf>,
    /// The file as last read or written, to notice edits by someone else.
    pub stamp: Option<levers_files::fsio::FileStamp>,
    /// The file's text as last read or written: a save edits it in place.
    source: Option<String>,
    /// The policy as last opened or saved: unsaved changes are a difference from it.
    saved: Policy,
    /// Index into [`LeverField::ALL`].
    selected: usize,
    /// The selected measure, an index into the package's measures.
    measure_selected: usize,
    /// The package was opened as a list of measures (format 2): the measure
    /// list is shown even when every measure has been removed.
    measure_package: bool,
    /// Whether the attribution panel splits the change by measure or by
    /// measure kind (each kind one Shapley player).
    attribution_players: AttributionPlayers,
    history: History,
    /// Packages shown beside the current one, oldest first; KPI and sector
    /// differences are against the first.
    compare: Vec<Comparison>,
    pub mode: Mode,
    panel: Panel,
    /// How many rows of the Detail panel's text are scrolled past (PgDn/PgUp);
    /// back to the top when another lever or measure is selected.
    detail_scroll: u16,
    note: Option<Note>,
    /// The terminal size, for mouse hit-testing.
    size: (u16, u16),
    pub no_color: bool,
    /// The colour theme from the settings file.
    pub theme: super::view::theme::Theme,
    /// The language of labels and help (`--lang` or `lang` in the settings file).
    pub lang: levers_report::i18n::Lang,
    /// The user's package folder, shown in the save-as prompt.
    pub library: Option<PathBuf>,
    /// Extra keys from the settings file's `[keymap]`.
    pub user_keys: UserKeys,
    should_quit: bool,
    pending: Option<Pending>,
    /// The tornado view, when open (`t`); recomputed with the package.
    tornado: Option<Tornado>,
    /// The p10–p90 band on the share chart, when shown (`b`).
    band: Option<Uncertainty>,
    /// The Sobol view, when open (`V`); computed on demand only.
    sobol: Option<super::analysis::SobolView>,
    /// The scenario-discovery view, when open (`D`); computed on demand only.
    pub discover: Option<super::discover::DiscoverView>,
    /// The worker threads, once the run loop has switched them on.
    background: Option<super::background::Background>,
    /// What the last frame drew where, for the mouse.
    hits: Hits,
}

impl App {
    /// The workbench on `policy`, every answer computed at once (tests, scripts).
    pub fn new(baseline: Baseline, policy: Policy, path: Option<PathBuf>) -> App {
        let attribution = attribute_with(&baseline, &policy, AttributionPlayers::Measures);
        App::with_attribution(baseline, policy, path, attribution)
    }

    /// The workbench as the terminal opens it: worker threads on from the
    /// start, so a package with thousands of measures has its first frame
    /// drawn and answers `q` at once, its attribution "updating" until the
    /// worker's answer lands (small packages are attributed inline as ever).
    pub fn in_background(baseline: Baseline, policy: Policy, path: Option<PathBuf>) -> App {
        // The status quo's attribution (no players) stands in: free to compute.
        let nothing = attribute_with(
            &baseline,
            &levers_core::analysis::without_levers(&policy),
            AttributionPlayers::Measures,
        );
        let mut app = App::with_attribution(baseline, policy, path, nothing);
        app.work_in_background();
        app.attribute();
        app
    }

    fn with_attribution(
        baseline: Baseline,
        policy: Policy,
        path: Option<PathBuf>,
        attribution: Attribution,
    ) -> App {
        let projection = project(&baseline, &policy);
        App {
            measure_selected: crate::tui::measures::first_listed(&policy.measures),
            measure_package: !policy.is_dials_only(),
            attribution_players: AttributionPlayers::Measures,
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
            compare: Vec::new(),
            mode: Mode::Normal,
            panel: Panel::Jobs,
            detail_scroll: 0,
            note: None,
            size: (120, 40),
            no_color: false,
            theme: super::view::theme::Theme::Default,
            lang: levers_report::i18n::Lang::En,
            library: None,
            user_keys: UserKeys::default(),
            should_quit: false,
            pending: None,
            tornado: None,
            band: None,
            sobol: None,
            discover: None,
            background: None,
            hits: Hits::default(),
        }
    }

    /// Restores a recovery copy (the package is then unsaved; undo goes back to
    /// the file's version) or discards it.
    /// `changed_from`: the stamp of the file the copy was made from, when the
    /// file changed since; the package then keeps it, so a save asks before
    /// overwriting the newer file.
    fn update_restore(
        &mut self,
        policy: Policy,
        changed_from: Option<levers_files::fsio::FileStamp>,
        action: Action,
    ) {
        match action {
            Action::Confirm => {
                self.mode = Mode::Normal;
                self.commit(policy);
                if let Some(stamp) = changed_from {
                    self.stamp = Some(stamp);
                }
                self.say("note-restored", &[]);
            }
            Action::Cancel => {
                self.mode = Mode::Normal;
                self.say("note-recovery-discarded", &[]);
            }
            _ => {}
        }
    }

    /// Takes in the text of the package's file as read (`None`: no file, or
    /// one that cannot be read): a save edits it in place.
    pub fn keep_source(&mut self, text: Option<String>) {
        self.source = text;
    }

    pub fn is_dirty(&self) -> bool {
        self.policy != self.saved
    }

    pub fn selected_field(&self) -> LeverField {
        LeverField::ALL[self.selected.min(LeverField::ALL.len() - 1)]
    }

    /// The year new lever groups start in.
    pub fn default_start(&self) -> i32 {
        self.editor_context().default_start()
    }

    pub fn context(&self) -> Context {
        match &self.mode {
            Mode::Normal if self.shows_measures() => Context::Measures,
            Mode::Normal => Context::Normal,
            Mode::EditValue(_) | Mode::SaveAs { .. } => Context::Text,
            Mode::Group(editor) if editor.typing.is_some() => Context::Text,
            Mode::Measure(editor) if editor.form.typing.is_some() => Context::Text,
            Mode::Package(editor) if editor.form.typing.is_some() => Context::Text,
            Mode::Group(_) => Context::Group,
            Mode::Package(_) => Context::Form,
            Mode::Measure(_) => Context::MeasureEditor,
            Mode::KindPicker(_) => Context::KindPicker,
            Mode::Picker(_) => Context::Picker,
            Mode::Unsaved(_) => Context::Unsaved,
            Mode::ConfirmSave { .. } | Mode::Restore { .. } | Mode::Seek(_) => Context::YesNo,
            Mode::Help(_) | Mode::Message { .. } => Context::Overlay,
            Mode::Seeking => Context::Seeking,
        }
    }

    /// Puts `candidate` in force, remembering the old policy for undo.
    pub fn commit(&mut self, candidate: Policy) {
        self.commit_steps(vec![candidate]);
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

    /// Whether the Shapley players are the measures or their kinds.
    pub fn attribution_players(&self) -> AttributionPlayers {
        self.attribution_players
    }

    /// The package's undo and redo history.
    pub fn history(&self) -> &History {
        &self.history
    }

    /// Packages shown beside the current one, oldest first.
    pub fn compare(&self) -> &[Comparison] {
        &self.compare
    }

    /// The small-screen panel under the share chart.
    /// How many rows of the Detail panel's text are scrolled past.
    pub fn detail_scroll(&self) -> u16 {
        self.detail_scroll
    }

    pub fn panel(&self) -> Panel {
        self.panel
    }

    /// The status bar's note, if any.
    pub fn note(&self) -> Option<&Note> {
        self.note.as_ref()
    }

    /// Whether the workbench is done (the run loop then leaves).
    pub fn should_quit(&self) -> bool {
        self.should_quit
    }

    /// The tornado view, when open.
    pub fn tornado(&self) -> Option<&Tornado> {
        self.tornado.as_ref()
    }

    /// The p10–p90 band on the share chart, when shown.
    pub fn band(&self) -> Option<&Uncertainty> {
        self.band.as_ref()
    }

    /// The Sobol view, when open.
    pub fn sobol(&self) -> Option<&super::analysis::SobolView> {
        self.sobol.as_ref()
    }

    /// The model's baseline the package is projected on.
    pub fn baseline(&self) -> &Baseline {
        &self.baseline
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
        self.attribute();
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

    /// Status note `id` from the catalogue, in the workbench's language.
    pub fn say(&mut self, id: &str, args: &[(&str, &str)]) {
        self.info(self.lang.format(id, args));
    }

    /// Error note `id` from the catalogue, in the workbench's language.
    pub fn say_error(&mut self, id: &str, args: &[(&str, &str)]) {
        self.error(self.lang.format(id, args));
    }

    /// Takes in the terminal's size (columns, rows), for the layout the mouse
    /// is resolved against; a resize event does the same.
    pub fn resize(&mut self, width: u16, height: u16) {
        self.size = (width, height);
    }

    /// Carries out `action`; returns the file work it needs, if any.
    pub fn update(&mut self, action: Action) -> Option<Effect> {
        if let Action::Resize { width, height } = action {
            self.resize(width, height);
            return None;
        }
        self.note = None;
        if matches!(self.mode, Mode::Normal)
            && matches!(action, Action::DetailDown | Action::DetailUp)
        {
            self.scroll_detail(action == Action::DetailDown);
            return None;
        }
        let showing = (self.selected, self.measure_selected);
        let effect = self.update_mode(action);
        if (self.selected, self.measure_selected) != showing {
            self.detail_scroll = 0;
        }
        effect
    }

    /// Scrolls the Detail panel a page down or up, within what the last
    /// frame drew of it.
    fn scroll_detail(&mut self, down: bool) {
        let (limit, page) = self.hits.detail_scroll().unwrap_or((0, 1));
        let page = page.max(1);
        self.detail_scroll = if down {
            self.detail_scroll.saturating_add(page).min(limit)
        } else {
            self.detail_scroll.saturating_sub(page).min(limit)
        };
    }

    fn update_mode(&mut self, action: Action) -> Option<Effect> {
        match self.mode.clone() {
            Mode::Normal if self.shows_measures() => self.update_measures(action),
            Mode::Normal => self.update_normal(action),
            Mode::Picker(picker) => self.update_picker(picker, action),
            Mode::SaveAs { input, .. } => self.update_save_as(input, action),
            Mode::Unsaved(pending) => self.update_unsaved(pending, action),
            Mode::ConfirmSave { path, question } => {
                self.update_confirm_save(path, &question, action)
            }
            mode => {
                self.update_without_files(mode, action);
                None
            }
        }
    }

    /// Carries out `action` in a mode whose keys never lead to file work.
    fn update_without_files(&mut self, mode: Mode, action: Action) {
        match mode {
            Mode::Measure(editor) => self.run_form(editor, action, Mode::Measure),
            Mode::Package(editor) => self.run_form(editor, action, Mode::Package),
            Mode::KindPicker(selected) => self.update_kind_picker(selected, action),
            Mode::EditValue(prompt) => self.update_value_prompt(prompt, action),
            Mode::Group(editor) => self.update_group(editor, action),
            Mode::Restore {
                policy, changed, ..
            } => self.update_restore(*policy, changed.map(|c| c.0), action),
            Mode::Help(scroll) => match action {
                Action::Close | Action::Help => self.mode = Mode::Normal,
                Action::SelectNext => {
                    let limit = self.hits.help_scroll_limit().unwrap_or(u16::MAX);
                    self.mode = Mode::Help(scroll.saturating_add(1).min(limit));
                }
                Action::SelectPrevious => self.mode = Mode::Help(scroll.saturating_sub(1)),
                _ => {}
            },
            Mode::Seek(proposal) => match action {
                Action::Confirm => self.update_seek(*proposal, true),
                Action::Cancel => self.update_seek(*proposal, false),
                _ => {}
            },
            Mode::Seeking => self.update_seeking(action),
            Mode::Message { .. } if matches!(action, Action::Close) => self.mode = Mode::Normal,
            Mode::Message { .. }
            | Mode::Normal
            | Mode::Picker(_)
            | Mode::SaveAs { .. }
            | Mode::Unsaved(_)
            | Mode::ConfirmSave { .. } => {}
        }
    }

    pub(super) fn update_normal(&mut self, action: Action) -> Option<Effect> {
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
                self.mode = Mode::EditValue(ValuePrompt::new(self.selected_field()));
            }
            Action::EditGroup => {
                self.mode = Mode::Group(GroupEditor::new(self.selected_field().group()));
            }
            Action::DropGroup => self.drop_group(),
            Action::Undo => self.undo(),
            Action::Redo => self.redo(),
            Action::Save => return self.save(),
            Action::SaveAs => self.start_save_as(),
            Action::Open => return Some(self.list_packages(Purpose::Open)),
            Action::CompareFile => return Some(self.list_packages(Purpose::Compare)),
            Action::TogglePin => self.pin(),
            Action::ClearPins => {
                self.compare.clear();
                self.say("note-pins-cleared", &[]);
            }
            // On a wide screen every other panel is already in view: Tab
            // switches the sectors' place between the sectors and the purse.
            Action::NextPanel if wide_layout(self.size) => {
                self.panel = match self.panel {
                    Panel::Fiscal => Panel::Sectors,
                    _ => Panel::Fiscal,
                };
            }
            Action::NextPanel => self.panel = self.panel.next(),
            Action::ToggleTornado => self.toggle_tornado(),
            Action::TornadoOutcome => self.cycle_tornado_outcome(),
            Action::ToggleSobol => self.toggle_sobol(),
            Action::ToggleDiscover => self.toggle_discover(),
            Action::ToggleBand => self.toggle_band(),
            Action::Seek => return self.request_seek(),
            Action::Help => self.mode = Mode::Help(0),
            Action::Quit => return self.ask_unsaved_then(Pending::Quit),
            Action::EditPackage => self.open_package_editor(),
            Action::ToggleAttributionByKind => self.toggle_attribution_by_kind(),
            Action::AddMeasure | Action::DuplicateMeasure | Action::RenameMeasure => {
                return self.list_measures_then(action);
            }
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

    fn toggle_attribution_by_kind(&mut self) {
        self.attribution_players = match self.attribution_players {
            AttributionPlayers::Measures => AttributionPlayers::Kinds,
            AttributionPlayers::Kinds => AttributionPlayers::Measures,
        };
        self.recompute();
        let id = match self.attribution_players {
            AttributionPlayers::Kinds => "note-attribution-kinds",
            AttributionPlayers::Measures => "note-attribution-measures",
        };
        self.say(id, &[]);
    }

    fn select(&mut self, field: LeverField) {
        if let Some(index) = LeverField::ALL.iter().position(|f| *f == field) {
            self.selected = index;
        }
    }

    fn lever_at(&self, column: u16, row: u16) -> Option<LeverField> {
        self.hits.lever_at(column, row)
    }

    /// Takes in what the frame just drawn shows where ([`super::view::draw`]
    /// returns it), for the clicks and scrolls until the next frame.
    pub fn drawn(&mut self, hits: Hits) {
        self.hits = hits;
    }

    pub(super) fn undo(&mut self) {
        match self.history.undo(&self.policy) {
            Some(previous) => self.replace(previous),
            None => self.say("note-nothing-to-undo", &[]),
        }
    }

    pub(super) fn redo(&mut self) {
        match self.history.redo(&self.policy) {
            Some(next) => self.replace(next),
            None => self.say("note-nothing-to-redo", &[]),
        }
    }

    /// Adds the package as it is now to the packages compared.
    fn pin(&mut self) {
        if self.compare.iter().any(|c| c.policy == self.policy) {
            self.say("note-already-pinned", &[]);
            return;
        }
        let label = self
            .lang
            .format("tui-pinned", &[("name", &self.policy.name)]);
        let comparison = Comparison {
            label,
            policy: self.policy.clone(),
            projection: self.projection.clone(),
        };
        if self.add_comparison(comparison) {
            self.say("note-pinned", &[]);
        }
    }

    /// Adds `comparison` unless [`MAX_COMPARED`] are shown already (then says so).
    pub(super) fn add_comparison(&mut self, comparison: Comparison) -> bool {
        if self.compare.len() >= MAX_COMPARED {
            let max = MAX_COMPARED.to_string();
            self.say_error("note-too-many-compared", &[("max", &max)]);
            return false;
        }
        self.compare.push(comparison);
        true
    }

    /// Asks about unsaved changes before `pending`, or does it at once.
    pub(super) fn ask_unsaved_then(&mut self, pending: Pending) -> Option<Effect> {
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
            Pending::Open(path) => Some(Effect::Load {
                path,
                purpose: Purpose::Open,
            }),
        }
    }
}
