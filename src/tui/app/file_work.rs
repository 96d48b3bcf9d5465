//! The app's file work: the prompts (picker, save-as, "unsaved changes?",
//! "overwrite?") decide what to ask for, [`crate::tui::files`] does it, and
//! what comes back ([`App::complete`]) is taken in here.

use std::path::PathBuf;

use levers_core::{Policy, project};
use levers_files::policy_file::{is_format_one, keeps_text, update_document};

use super::{App, Comparison, Mode, Pending, SaveQuestion};
use crate::tui::action::Action;
use crate::tui::editor::Reply;
use crate::tui::files::{Effect, Outcome, Purpose};
use crate::tui::prompts::{self, FileRequest, Picker};

impl App {
    /// Takes in the result of file work.
    pub fn complete(&mut self, outcome: Outcome) -> Option<Effect> {
        match outcome {
            Outcome::Sought(result) => {
                self.seek_done(*result);
                None
            }
            Outcome::Listed { purpose, entries } => {
                self.mode = Mode::Picker(Picker::new(purpose, entries));
                None
            }
            Outcome::Loaded {
                purpose,
                path,
                result,
                stamp,
                text,
            } => {
                let opened = purpose == Purpose::Open && result.is_ok();
                self.loaded(purpose, path, result);
                if opened {
                    self.stamp = stamp;
                    self.source = text;
                }
                None
            }
            Outcome::Exists(path) => self.ask(path, SaveQuestion::Overwrite),
            Outcome::ChangedOnDisk(path) => self.ask(path, SaveQuestion::ChangedOnDisk),
            Outcome::LinkElsewhere { link, target } => {
                self.ask(link, SaveQuestion::LinkElsewhere { target })
            }
            Outcome::Saved {
                path,
                result,
                stamp,
                text,
            } => {
                // Said once the save is done: nothing is lost without a word.
                let was_format_one =
                    result.is_ok() && self.source.as_deref().is_some_and(is_format_one);
                let rewritten = result.is_ok()
                    && self.source.as_deref().is_some_and(|old| {
                        !keeps_text(
                            &levers_report::i18n::Lang::En,
                            &path.display().to_string(),
                            old,
                            self.policy(),
                            &self.baseline,
                        )
                    });
                if result.is_ok() {
                    self.stamp = stamp;
                    self.source = text;
                }
                let effect = self.saved_to(path, result);
                if rewritten && effect.is_none() {
                    self.say("note-saved-whole", &[]);
                } else if was_format_one && effect.is_none() {
                    self.say("note-saved-format-2", &[]);
                }
                effect
            }
        }
    }

    /// Asks before saving to `path` (the file exists, changed or is a link).
    fn ask(&mut self, path: PathBuf, question: SaveQuestion) -> Option<Effect> {
        self.mode = Mode::ConfirmSave { path, question };
        None
    }

    fn loaded(&mut self, purpose: Purpose, path: PathBuf, result: Result<Box<Policy>, String>) {
        let policy = match result {
            Ok(policy) => *policy,
            Err(text) => {
                self.cannot("popup-cannot-open", &path, text);
                return;
            }
        };
        self.mode = Mode::Normal;
        let name = super::file_name(&path);
        match purpose {
            Purpose::Open => {
                self.measure_package = !policy.is_dials_only();
                self.measure_selected = crate::tui::measures::first_listed(&policy.measures);
                self.saved = policy.clone();
                self.replace(policy);
                self.history.clear();
                self.path = Some(path);
                self.say("note-opened", &[("name", &name)]);
            }
            Purpose::Compare => {
                let projection = project(&self.baseline, &policy);
                // Named as a pin is, by the package, with the file it came from.
                let label = if policy.name.trim().is_empty() {
                    name.clone()
                } else {
                    let args = [("name", policy.name.as_str()), ("file", name.as_str())];
                    self.lang.format("tui-compared", &args)
                };
                let added = self.add_comparison(Comparison {
                    label,
                    policy,
                    projection,
                });
                if added {
                    self.say("note-comparing", &[("name", &name)]);
                }
            }
        }
    }

    /// Says what in the settings file could not be applied: in a message
    /// popup, or, when a question (restoring a recovery copy) is already
    /// open, as a note naming the first problem.
    pub fn settings_not_applied(&mut self, text: String) {
        if self.mode == Mode::Normal {
            self.mode = Mode::Message {
                title: self.lang.text("popup-settings-not-applied"),
                text,
            };
        } else {
            let problem = text.lines().next().unwrap_or_default();
            self.say_error("note-settings", &[("problem", problem)]);
        }
    }

    fn saved_to(&mut self, path: PathBuf, result: Result<(), String>) -> Option<Effect> {
        match result {
            Ok(()) => {
                self.saved = self.policy().clone();
                self.say("note-saved", &[("path", &path.display().to_string())]);
                self.path = Some(path);
                self.mode = Mode::Normal;
                self.pending
                    .take()
                    .and_then(|pending| self.proceed(pending))
            }
            Err(text) => {
                self.pending = None;
                self.cannot("popup-cannot-save", &path, text);
                None
            }
        }
    }

    /// Listing the packages the picker offers: those beside the open file
    /// first, then the usual folders.
    pub(super) fn list_packages(&self, purpose: Purpose) -> Effect {
        let beside = self
            .path
            .as_deref()
            .and_then(std::path::Path::parent)
            .map(|folder| {
                if folder.as_os_str().is_empty() {
                    PathBuf::from(".")
                } else {
                    folder.to_path_buf()
                }
            });
        Effect::ListPackages { purpose, beside }
    }

    /// Saves to the package's file; a package without one is saved as.
    pub(super) fn save(&mut self) -> Option<Effect> {
        if let Some(path) = self.path.clone() {
            Some(self.save_effect(path, self.stamp.clone(), false))
        } else {
            self.start_save_as();
            None
        }
    }

    pub(super) fn start_save_as(&mut self) {
        self.mode = Mode::SaveAs {
            input: String::new(),
            error: None,
        };
    }

    /// Hands `action` to the picker; a file chosen is read (the mode stays
    /// until the file work comes back), a refusal is the status note.
    pub(super) fn update_picker(&mut self, mut picker: Picker, action: Action) -> Option<Effect> {
        match picker.handle(self.lang, action) {
            Reply::Close => self.mode = Mode::Normal,
            Reply::Effect(FileRequest::Load(path)) if picker.purpose == Purpose::Open => {
                return self.ask_unsaved_then(Pending::Open(path));
            }
            Reply::Effect(FileRequest::Load(path)) => {
                return Some(Effect::Load {
                    path,
                    purpose: picker.purpose,
                });
            }
            Reply::Refuse(text) => {
                self.error(text);
                self.mode = Mode::Picker(picker);
            }
            _ => self.mode = Mode::Picker(picker),
        }
        None
    }

    /// Hands `action` to the save-as prompt; a path given is saved to (the
    /// mode stays until the file work comes back).
    pub(super) fn update_save_as(&mut self, mut input: String, action: Action) -> Option<Effect> {
        let error = match prompts::save_as(&mut input, self.lang, action) {
            Reply::Close => {
                self.pending = None;
                self.mode = Mode::Normal;
                return None;
            }
            Reply::Effect(FileRequest::SaveTo(path)) => return Some(self.save_as_effect(path)),
            Reply::Refuse(text) => Some(text),
            _ => None,
        };
        self.mode = Mode::SaveAs { input, error };
        None
    }

    /// Where a name typed alone in the save-as prompt is saved: beside the
    /// package's own file, else in the user's library (the folder the picker
    /// lists), else the folder levers was started in.
    pub fn save_as_folder(&self) -> PathBuf {
        // A file opened as `bp.toml` is in the folder levers was started in.
        let own_folder = self.path.as_deref().map(|path| {
            path.parent()
                .filter(|folder| !folder.as_os_str().is_empty())
                .map_or_else(|| PathBuf::from("."), std::path::Path::to_path_buf)
        });
        own_folder
            .or_else(|| self.library.clone())
            .unwrap_or_else(|| PathBuf::from("."))
    }

    /// Writing the package to `path`, typed in the save-as prompt: its own
    /// file is saved as ever; another is new, and not overwritten unasked. A
    /// name alone goes to [`App::save_as_folder`]; a path with a folder in
    /// it is taken as typed (relative to where levers was started).
    fn save_as_effect(&self, path: PathBuf) -> Effect {
        let alone = path.parent().is_none_or(|p| p.as_os_str().is_empty());
        let path = if alone {
            self.save_as_folder().join(path)
        } else {
            path
        };
        if self.path.as_ref() == Some(&path) {
            return self.save_effect(path, self.stamp.clone(), false);
        }
        // The package keeps its name: a file name is where it is kept,
        // not what it is called (rename it with the package editor).
        let contents = self.document(&path);
        Effect::SaveAs {
            path,
            contents,
            overwrite: false,
        }
    }

    pub(super) fn update_unsaved(&mut self, pending: Pending, action: Action) -> Option<Effect> {
        match action {
            Action::Save => {
                self.pending = Some(pending);
                let effect = self.save();
                if effect.is_some() {
                    self.mode = Mode::Normal;
                }
                effect
            }
            Action::Discard => self.proceed(pending),
            Action::Cancel => {
                self.mode = Mode::Normal;
                None
            }
            _ => None,
        }
    }

    /// A save's yes/no question: yes writes (through a link, if that was the
    /// question); no keeps the edits, asking for another name if the file exists.
    pub(super) fn update_confirm_save(
        &mut self,
        path: PathBuf,
        question: &SaveQuestion,
        action: Action,
    ) -> Option<Effect> {
        match action {
            Action::Confirm => {
                self.mode = Mode::Normal;
                let allow_link = matches!(question, SaveQuestion::LinkElsewhere { .. });
                Some(self.save_effect(path, None, allow_link))
            }
            Action::Cancel if *question == SaveQuestion::Overwrite => {
                self.start_save_as();
                None
            }
            Action::Cancel => {
                self.not_saved(&path);
                None
            }
            _ => None,
        }
    }

    /// Writing the package to `path`: `seen` is the file's stamp when it must be
    /// checked for changes by someone else, `allow_link` when a link into another
    /// folder was already agreed to.
    fn save_effect(
        &self,
        path: PathBuf,
        seen: Option<levers_files::fsio::FileStamp>,
        allow_link: bool,
    ) -> Effect {
        Effect::Save {
            contents: self.document(&path),
            path,
            seen,
            allow_link,
        }
    }

    /// The package as the text of its file: the file as last read or written,
    /// edited in place (comments and layout kept); a new package written whole.
    fn document(&self, path: &std::path::Path) -> String {
        update_document(
            &levers_report::i18n::Lang::En,
            &path.display().to_string(),
            self.source.as_deref(),
            self.policy(),
            &self.baseline,
        )
    }

    /// A message that the file at `path` could not be opened or saved
    /// (title `id`), and why.
    fn cannot(&mut self, id: &str, path: &std::path::Path, text: String) {
        let path = path.display().to_string();
        let title = self.lang.format(id, &[("path", &path)]);
        self.mode = Mode::Message { title, text };
    }

    fn not_saved(&mut self, path: &std::path::Path) {
        self.pending = None;
        self.mode = Mode::Normal;
        self.say("note-not-saved", &[("path", &path.display().to_string())]);
    }
}
