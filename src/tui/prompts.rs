//! The file prompts: the picker (open or compare a package) and save-as. Each
//! owns its state and answers a key with a [`Reply`]: a path chosen is a
//! [`FileRequest`] for the app, which does the file work; the yes/no questions
//! around a save are the app's (`app/file_work.rs`).

use std::path::PathBuf;

use levers_report::i18n::Lang;

use super::action::Action;
use super::editor::Reply;
use super::files::Purpose;
use super::text_input;

/// File work a prompt asks the app for.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum FileRequest {
    /// Read the file at this path (the picker's choice), to open or to
    /// compare, as the picker was opened for.
    Load(PathBuf),
    /// Save the package to this path (the save-as prompt's answer).
    SaveTo(PathBuf),
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

impl Picker {
    /// The picker on `entries`, the first selected, nothing typed.
    pub fn new(purpose: Purpose, entries: Vec<PathBuf>) -> Picker {
        Picker {
            purpose,
            entries,
            selected: 0,
            input: String::new(),
        }
    }

    /// ↑/↓ choose an entry, typing gives a path, Enter asks for the file to
    /// be read (refused, in `lang`, when nothing is chosen), Esc closes.
    pub fn handle(&mut self, lang: Lang, action: Action) -> Reply<FileRequest> {
        let last = self.entries.len().saturating_sub(1);
        match action {
            Action::SelectPrevious => self.selected = self.selected.saturating_sub(1),
            Action::SelectNext => self.selected = (self.selected + 1).min(last),
            _ if text_input::edit(&mut self.input, action) => {}
            Action::Cancel => return Reply::Close,
            Action::Confirm => {
                let typed = self.input.trim();
                let path = if typed.is_empty() {
                    self.entries.get(self.selected).cloned()
                } else {
                    Some(PathBuf::from(typed))
                };
                return match path {
                    Some(path) => Reply::Effect(FileRequest::Load(path)),
                    None => Reply::Refuse(lang.format("note-no-file-chosen", &[])),
                };
            }
            _ => {}
        }
        Reply::Stay
    }
}

/// The save-as prompt's answer to `action`, `input` being the path typed so
/// far: Enter asks to save to that path (`.toml` added when it has no
/// extension) or refuses an empty one, in `lang`; Esc closes.
pub fn save_as(input: &mut String, lang: Lang, action: Action) -> Reply<FileRequest> {
    match action {
        _ if text_input::edit(input, action) => Reply::Stay,
        Action::Cancel => Reply::Close,
        Action::Confirm => {
            let typed = input.trim();
            if typed.is_empty() {
                return Reply::Refuse(lang.text("refusal-save-as-empty"));
            }
            let mut path = PathBuf::from(typed);
            if path.extension().is_none() {
                path.set_extension("toml");
            }
            Reply::Effect(FileRequest::SaveTo(path))
        }
        _ => Reply::Stay,
    }
}

/// Whether the picker opens packages or comparisons (for its title), in `lang`.
pub fn picker_title(lang: Lang, purpose: Purpose) -> String {
    lang.text(match purpose {
        Purpose::Open => "tui-picker-open",
        Purpose::Compare => "tui-picker-compare",
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn picker() -> Picker {
        Picker::new(
            Purpose::Compare,
            vec![PathBuf::from("a.toml"), PathBuf::from("b.toml")],
        )
    }

    #[test]
    fn the_picker_asks_to_load_the_entry_chosen_or_the_path_typed() {
        let mut picker = picker();
        assert_eq!(picker.handle(Lang::En, Action::SelectNext), Reply::Stay);
        assert_eq!(picker.handle(Lang::En, Action::SelectNext), Reply::Stay);
        assert_eq!(picker.selected, 1, "the last entry stays selected");
        assert_eq!(
            picker.handle(Lang::En, Action::Confirm),
            Reply::Effect(FileRequest::Load(PathBuf::from("b.toml")))
        );
        for c in " c.toml ".chars() {
            assert_eq!(picker.handle(Lang::En, Action::InputChar(c)), Reply::Stay);
        }
        assert_eq!(
            picker.handle(Lang::En, Action::Confirm),
            Reply::Effect(FileRequest::Load(PathBuf::from("c.toml")))
        );
        assert_eq!(picker.handle(Lang::En, Action::Cancel), Reply::Close);
    }

    #[test]
    fn an_empty_picker_refuses_enter_in_the_language_given() {
        let mut empty = Picker::new(Purpose::Open, Vec::new());
        let refusal = Lang::ZhHant.format("note-no-file-chosen", &[]);
        assert_eq!(
            empty.handle(Lang::ZhHant, Action::Confirm),
            Reply::Refuse(refusal)
        );
    }

    #[test]
    fn save_as_adds_the_extension_and_refuses_an_empty_path() {
        let mut input = String::new();
        assert_eq!(
            save_as(&mut input, Lang::En, Action::Confirm),
            Reply::Refuse(Lang::En.text("refusal-save-as-empty"))
        );
        for c in "plans/mine".chars() {
            assert_eq!(
                save_as(&mut input, Lang::En, Action::InputChar(c)),
                Reply::Stay
            );
        }
        assert_eq!(
            save_as(&mut input, Lang::En, Action::Confirm),
            Reply::Effect(FileRequest::SaveTo(PathBuf::from("plans/mine.toml")))
        );
        input = "mine.txt".into();
        assert_eq!(
            save_as(&mut input, Lang::En, Action::Confirm),
            Reply::Effect(FileRequest::SaveTo(PathBuf::from("mine.txt")))
        );
        assert_eq!(save_as(&mut input, Lang::En, Action::Cancel), Reply::Close);
    }
}
