//! Which key does what, in each context. The tables here feed the key handling, the
//! help overlay and the status-bar hints, so the three cannot disagree.

use ratatui::crossterm::event::{KeyCode, KeyEvent, KeyEventKind, KeyModifiers};

use levers_files::key_name::{NamedKey, parse_key_name};

use super::action::Action;
use super::settings_note::SettingsNote;

/// A key with the modifiers that matter (Ctrl, Shift on non-character keys).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Key {
    pub code: KeyCode,
    pub modifiers: KeyModifiers,
}

const fn with(modifiers: KeyModifiers, code: KeyCode) -> Key {
    Key { code, modifiers }
}
const fn key(code: KeyCode) -> Key {
    with(KeyModifiers::NONE, code)
}
const fn ch(c: char) -> Key {
    key(KeyCode::Char(c))
}
const fn ctrl(c: char) -> Key {
    with(KeyModifiers::CONTROL, KeyCode::Char(c))
}
const fn shift(code: KeyCode) -> Key {
    with(KeyModifiers::SHIFT, code)
}

impl Key {
    /// `Ctrl-S`, `Shift-←`, `?`.
    pub fn label(self) -> String {
        let base = match self.code {
            KeyCode::Up => "↑".to_string(),
            KeyCode::Down => "↓".to_string(),
            KeyCode::Left => "←".to_string(),
            KeyCode::Right => "→".to_string(),
            KeyCode::Enter => "Enter".to_string(),
            KeyCode::Esc => "Esc".to_string(),
            KeyCode::Tab => "Tab".to_string(),
            KeyCode::Backspace => "Bksp".to_string(),
            KeyCode::Char(' ') => "Space".to_string(),
            KeyCode::Char(c) => c.to_string(),
            KeyCode::F(n) => format!("F{n}"),
            other => format!("{other:?}"),
        };
        let mut label = String::new();
        if self.modifiers.contains(KeyModifiers::CONTROL) {
            label.push_str("Ctrl-");
        }
        if self.modifiers.contains(KeyModifiers::ALT) {
            label.push_str("Alt-");
        }
        if self.modifiers.contains(KeyModifiers::SHIFT) {
            label.push_str("Shift-");
        }
        if self.modifiers.contains(KeyModifiers::CONTROL) {
            label.push_str(&base.to_uppercase());
        } else {
            label.push_str(&base);
        }
        label
    }

    /// A key as the settings file spells it (`ctrl-s`, `shift-left`, `F2`,
    /// `?`, `space`; the grammar is [`parse_key_name`]'s). A single character is
    /// taken as is (`L` is Shift-l); on a character, Shift is its case.
    pub fn parse(text: &str) -> Option<Key> {
        let name = parse_key_name(text)?;
        let mut modifiers = KeyModifiers::NONE;
        for (on, modifier) in [
            (name.ctrl, KeyModifiers::CONTROL),
            (name.alt, KeyModifiers::ALT),
            (name.shift, KeyModifiers::SHIFT),
        ] {
            if on {
                modifiers |= modifier;
            }
        }
        let code = match name.key {
            NamedKey::Char(c) if name.shift => {
                modifiers.remove(KeyModifiers::SHIFT);
                KeyCode::Char(c.to_ascii_uppercase())
            }
            NamedKey::Char(c) => KeyCode::Char(c),
            NamedKey::F(n) => KeyCode::F(n),
            NamedKey::Enter => KeyCode::Enter,
            NamedKey::Esc => KeyCode::Esc,
            NamedKey::Tab => KeyCode::Tab,
            NamedKey::BackTab => {
                modifiers |= KeyModifiers::SHIFT;
                KeyCode::Tab
            }
            NamedKey::Backspace => KeyCode::Backspace,
            NamedKey::Delete => KeyCode::Delete,
            NamedKey::Insert => KeyCode::Insert,
            NamedKey::Home => KeyCode::Home,
            NamedKey::End => KeyCode::End,
            NamedKey::PageUp => KeyCode::PageUp,
            NamedKey::PageDown => KeyCode::PageDown,
            NamedKey::Up => KeyCode::Up,
            NamedKey::Down => KeyCode::Down,
            NamedKey::Left => KeyCode::Left,
            NamedKey::Right => KeyCode::Right,
        };
        Some(with(modifiers, code))
    }

    /// The event as a [`Key`]: character keys carry Shift in their case, so only
    /// Ctrl and Alt are kept for them; Ctrl letters are lower-cased.
    pub fn from_event(event: KeyEvent) -> Key {
        let wanted = KeyModifiers::CONTROL | KeyModifiers::SHIFT | KeyModifiers::ALT;
        match event.code {
            KeyCode::Char(c) => {
                let modifiers = event.modifiers & (KeyModifiers::CONTROL | KeyModifiers::ALT);
                let c = if modifiers.is_empty() {
                    c
                } else {
                    c.to_ascii_lowercase()
                };
                with(modifiers, KeyCode::Char(c))
            }
            KeyCode::BackTab => shift(KeyCode::Tab),
            code => with(event.modifiers & wanted, code),
        }
    }
}

/// Keys the user added in the settings file's `[keymap]`, in force in the
/// workbench (they win over the built-in keys).
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct UserKeys(pub Vec<(Key, Action)>);

impl UserKeys {
    /// Reads `[keymap]` (action name → keys); returns the keys understood and a
    /// note for each action name or key that is not.
    pub fn from_settings<'a>(
        keymap: impl IntoIterator<Item = (&'a String, &'a Vec<String>)>,
    ) -> (UserKeys, Vec<SettingsNote>) {
        let mut keys = Vec::new();
        let mut problems = Vec::new();
        for (name, texts) in keymap {
            let Some(action) = Action::REBINDABLE
                .into_iter()
                .find(|a| a.name() == Some(name.as_str()))
            else {
                let names = Action::REBINDABLE.into_iter().filter_map(Action::name);
                problems.push(SettingsNote::UnknownAction {
                    name: name.clone(),
                    suggestion: levers_files::diagnostic::suggest(name, names),
                });
                continue;
            };
            for text in texts {
                match Key::parse(text) {
                    Some(key) => keys.push((key, action)),
                    None => problems.push(SettingsNote::NotAKey {
                        action: name.clone(),
                        text: text.clone(),
                    }),
                }
            }
        }
        // A key given to two actions would do one of them by accident of
        // order: it does neither, and the user is told.
        let mut twice: Vec<Key> = Vec::new();
        for (key, action) in &keys {
            let clash = keys.iter().any(|(k, a)| k == key && a != action);
            if clash && !twice.contains(key) {
                twice.push(*key);
            }
        }
        for key in &twice {
            problems.push(SettingsNote::KeyBoundTwice {
                key: key.label(),
                actions: keys
                    .iter()
                    .filter(|(k, _)| k == key)
                    .filter_map(|(_, a)| a.name())
                    .collect(),
            });
        }
        keys.retain(|(key, _)| !twice.contains(key));
        // A key the workbench already gives another action (`s` saves) would
        // quietly take it over, and help would still list it there: the
        // built-in key keeps its meaning, and the user is told.
        let mut taken: Vec<(Key, Action)> = Vec::new();
        for (key, action) in &keys {
            if let Some(builtin) = other_builtin_action(*key, *action)
                && let (Some(name), Some(builtin)) = (action.name(), builtin.name())
            {
                problems.push(SettingsNote::KeyIsBuiltIn {
                    key: key.label(),
                    action: name,
                    builtin,
                });
                taken.push((*key, *action));
            }
        }
        keys.retain(|binding| !taken.contains(binding));
        (UserKeys(keys), problems)
    }

    pub fn action_for(&self, event: KeyEvent) -> Option<Action> {
        if event.kind == KeyEventKind::Release {
            return None;
        }
        let pressed = Key::from_event(event);
        self.0.iter().find(|(k, _)| *k == pressed).map(|(_, a)| *a)
    }

    /// The user's keys for `action`, as labels.
    pub fn labels(&self, action: Action) -> Vec<String> {
        self.0
            .iter()
            .filter(|(_, a)| *a == action)
            .map(|(k, _)| k.label())
            .collect()
    }
}

/// The workbench's own action for `key` other than `action`, where the
/// user's keys are in force (the lever panel, then the measure list).
fn other_builtin_action(key: Key, action: Action) -> Option<Action> {
    [Context::Normal, Context::Measures]
        .into_iter()
        .filter_map(|context| in_force(context).find(|b| b.keys.contains(&key)))
        .map(|b| b.action)
        .find(|builtin| *builtin != action)
}

/// One action and the keys bound to it.
#[derive(Clone, Copy, Debug)]
pub struct Binding {
    pub action: Action,
    pub keys: &'static [Key],
}

const fn bind(action: Action, keys: &'static [Key]) -> Binding {
    Binding { action, keys }
}

/// The situations in which keys mean different things.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Context {
    /// The lever panel has the keyboard.
    Normal,
    /// The measure list of a format-2 package has the keyboard.
    Measures,
    /// The measure editor (a form with a schedule table).
    MeasureEditor,
    /// Choosing the kind of a new measure.
    KindPicker,
    /// A one-line text prompt (exact value, save-as path).
    Text,
    /// The file picker: a list plus a path prompt.
    Picker,
    /// The per-group editor (start, ramp, end, sector weights): a draft kept
    /// (e) or cancelled (Esc).
    Group,
    /// The package editor: a form whose changes are made at once.
    Form,
    /// A goal seek running on its worker.
    Seeking,
    /// "Unsaved changes: save, discard or cancel?"
    Unsaved,
    /// "Overwrite the file?"
    YesNo,
    /// Help or a message: any of these keys closes it.
    Overlay,
}

pub const NORMAL: &[Binding] = &[
    bind(Action::SelectPrevious, &[key(KeyCode::Up), ch('k')]),
    bind(Action::SelectNext, &[key(KeyCode::Down), ch('j')]),
    bind(Action::Decrease, &[key(KeyCode::Left), ch('h')]),
    bind(Action::Increase, &[key(KeyCode::Right), ch('l')]),
    bind(Action::DecreaseBig, &[shift(KeyCode::Left), ch('H')]),
    bind(Action::IncreaseBig, &[shift(KeyCode::Right), ch('L')]),
    bind(Action::TypeValue, &[key(KeyCode::Enter)]),
    bind(Action::Zero, &[ch('0')]),
    bind(Action::EditGroup, &[ch('e')]),
    bind(Action::DropGroup, &[ch('x')]),
    bind(Action::Undo, &[ch('u'), ctrl('z')]),
    bind(Action::Redo, &[ctrl('r'), ctrl('y')]),
    bind(Action::Save, &[ctrl('s'), ch('s')]),
    bind(Action::SaveAs, &[ch('S')]),
    bind(Action::Open, &[ch('o')]),
    bind(Action::TogglePin, &[ch('p')]),
    bind(Action::ClearPins, &[ch('P')]),
    bind(Action::CompareFile, &[ch('c')]),
    bind(Action::NextPanel, &[key(KeyCode::Tab)]),
    bind(Action::ToggleTornado, &[ch('t')]),
    bind(Action::TornadoOutcome, &[ch('T')]),
    bind(Action::ToggleSobol, &[ch('V')]),
    bind(Action::ToggleDiscover, &[ch('D')]),
    bind(Action::ToggleBand, &[ch('b')]),
    bind(Action::DetailDown, &[key(KeyCode::PageDown)]),
    bind(Action::DetailUp, &[key(KeyCode::PageUp)]),
    bind(Action::Seek, &[ch('g')]),
    bind(Action::EditPackage, &[ch('E')]),
    // On the levers, these open the measure list and act there.
    bind(Action::AddMeasure, &[ch('a')]),
    bind(Action::DuplicateMeasure, &[ch('d')]),
    bind(Action::RenameMeasure, &[ch('r')]),
    bind(Action::Help, &[ch('?')]),
    bind(Action::Quit, &[ch('q'), ctrl('c')]),
];

/// The measure list of a format-2 package: what differs from [`NORMAL`] —
/// the group keys (e, x) turned to measures, and keys to add, duplicate and
/// rename them. Every other key means what it means in [`NORMAL`].
pub const MEASURES: &[Binding] = &[
    bind(Action::EditMeasure, &[ch('e')]),
    bind(Action::RemoveMeasure, &[ch('x')]),
    bind(Action::ToggleAttributionByKind, &[ch('K')]),
];

/// A form whose every change is made at once and undoable (the package
/// editor; under the measure editor's own keys): it closes, cancelling nothing.
pub const FORM: &[Binding] = &[
    bind(Action::SelectPrevious, &[key(KeyCode::Up), ch('k')]),
    bind(Action::SelectNext, &[key(KeyCode::Down), ch('j')]),
    bind(Action::Decrease, &[key(KeyCode::Left), ch('h')]),
    bind(Action::Increase, &[key(KeyCode::Right), ch('l')]),
    bind(Action::DecreaseBig, &[shift(KeyCode::Left), ch('H')]),
    bind(Action::IncreaseBig, &[shift(KeyCode::Right), ch('L')]),
    bind(Action::TypeValue, &[key(KeyCode::Enter)]),
    bind(Action::Zero, &[ch('0')]),
    bind(Action::Undo, &[ch('u'), ctrl('z')]),
    bind(Action::Redo, &[ctrl('r'), ctrl('y')]),
    bind(Action::Close, &[key(KeyCode::Esc), ch('e'), ch('q')]),
];

/// The measure editor: what it adds to [`FORM`], adding and removing
/// schedule years.
pub const MEASURE_EDITOR: &[Binding] = &[
    bind(Action::AddYear, &[ch('a')]),
    bind(Action::RemoveYear, &[ch('x')]),
];

const KIND_PICKER: &[Binding] = &[
    bind(Action::SelectPrevious, &[key(KeyCode::Up), ch('k')]),
    bind(Action::SelectNext, &[key(KeyCode::Down), ch('j')]),
    bind(Action::Confirm, &[key(KeyCode::Enter)]),
    bind(Action::Cancel, &[key(KeyCode::Esc), ch('q')]),
];

const TEXT: &[Binding] = &[
    bind(Action::Confirm, &[key(KeyCode::Enter)]),
    bind(Action::Cancel, &[key(KeyCode::Esc), ctrl('c')]),
    bind(Action::Backspace, &[key(KeyCode::Backspace)]),
    bind(Action::ClearInput, &[ctrl('u')]),
];

const PICKER: &[Binding] = &[
    bind(Action::SelectPrevious, &[key(KeyCode::Up)]),
    bind(Action::SelectNext, &[key(KeyCode::Down)]),
    bind(Action::Confirm, &[key(KeyCode::Enter)]),
    bind(Action::Cancel, &[key(KeyCode::Esc), ctrl('c')]),
    bind(Action::Backspace, &[key(KeyCode::Backspace)]),
    bind(Action::ClearInput, &[ctrl('u')]),
];

/// The group editor: a draft on [`FORM`]'s keys, kept with e or cancelled
/// with Esc.
pub const GROUP: &[Binding] = &[
    bind(Action::Confirm, &[ch('e')]),
    bind(Action::Cancel, &[key(KeyCode::Esc), ch('q')]),
];

const UNSAVED: &[Binding] = &[
    bind(Action::Save, &[ch('s'), ctrl('s')]),
    bind(Action::Discard, &[ch('d'), ch('y')]),
    // Its own keys only: any other key is swallowed, never a command.
    bind(Action::Cancel, &[key(KeyCode::Esc), ch('n')]),
];

const YES_NO: &[Binding] = &[
    bind(Action::Confirm, &[ch('y'), key(KeyCode::Enter)]),
    bind(Action::Cancel, &[ch('n'), key(KeyCode::Esc)]),
];

const OVERLAY: &[Binding] = &[
    bind(
        Action::Close,
        &[key(KeyCode::Esc), key(KeyCode::Enter), ch('q'), ch('?')],
    ),
    bind(Action::SelectPrevious, &[key(KeyCode::Up), ch('k')]),
    bind(Action::SelectNext, &[key(KeyCode::Down), ch('j')]),
];

/// A goal seek running on its worker: its keys stop it.
const SEEKING: &[Binding] = &[bind(
    Action::Cancel,
    &[key(KeyCode::Esc), key(KeyCode::Enter), ch('q'), ch('?')],
)];

/// The bindings in force in `context`.
pub fn bindings(context: Context) -> &'static [Binding] {
    match context {
        Context::Normal => NORMAL,
        Context::Measures => MEASURES,
        Context::MeasureEditor => MEASURE_EDITOR,
        Context::KindPicker => KIND_PICKER,
        Context::Text => TEXT,
        Context::Picker => PICKER,
        Context::Group => GROUP,
        Context::Form => FORM,
        Context::Seeking => SEEKING,
        Context::Unsaved => UNSAVED,
        Context::YesNo => YES_NO,
        Context::Overlay => OVERLAY,
    }
}

/// The bindings that answer a key in `context`, first match wins: the
/// context's own, then — for a table that adds or overrides only a few (the
/// measure list, the measure and group editors) — the ones it stands on.
fn in_force(context: Context) -> impl Iterator<Item = &'static Binding> {
    let underneath: &'static [Binding] = match context {
        Context::Measures => NORMAL,
        Context::MeasureEditor | Context::Group => FORM,
        _ => &[],
    };
    bindings(context).iter().chain(underneath)
}

/// The actions the status bar names in `context`, in order of importance.
pub fn hints(context: Context) -> &'static [Action] {
    match context {
        Context::Normal => &[
            Action::SelectNext,
            Action::Increase,
            Action::TypeValue,
            Action::Save,
            Action::Undo,
            Action::Help,
            Action::Quit,
            Action::EditGroup,
            Action::Open,
            Action::IncreaseBig,
            Action::TogglePin,
            Action::SaveAs,
            Action::CompareFile,
            Action::Redo,
            Action::Zero,
            Action::Seek,
            Action::ToggleTornado,
            Action::ToggleBand,
        ],
        Context::Measures => &[
            Action::SelectNext,
            Action::Increase,
            Action::EditMeasure,
            Action::AddMeasure,
            Action::Save,
            Action::Undo,
            Action::Help,
            Action::Quit,
            Action::RemoveMeasure,
            Action::DuplicateMeasure,
            Action::RenameMeasure,
            Action::ToggleAttributionByKind,
            Action::EditPackage,
            Action::Open,
            Action::TogglePin,
            Action::Seek,
        ],
        Context::MeasureEditor => &[
            Action::SelectNext,
            Action::Increase,
            Action::TypeValue,
            Action::AddYear,
            Action::RemoveYear,
            Action::Undo,
            Action::Close,
        ],
        Context::KindPicker => &[Action::SelectNext, Action::Confirm, Action::Cancel],
        Context::Text => &[Action::Confirm, Action::Cancel, Action::ClearInput],
        Context::Picker => &[
            Action::SelectNext,
            Action::Confirm,
            Action::Cancel,
            Action::ClearInput,
        ],
        Context::Group => &[
            Action::SelectNext,
            Action::Increase,
            Action::TypeValue,
            Action::Zero,
            Action::Undo,
            Action::Confirm,
            Action::Cancel,
        ],
        Context::Unsaved => &[Action::Save, Action::Discard, Action::Cancel],
        Context::YesNo => &[Action::Confirm, Action::Cancel],
        Context::Form => &[
            Action::SelectNext,
            Action::Increase,
            Action::TypeValue,
            Action::Undo,
            Action::Close,
        ],
        Context::Overlay => &[Action::Close],
        Context::Seeking => &[Action::Cancel],
    }
}

/// The keys bound to `action` in `context`, as one label: `↓/j`.
pub fn keys_label(context: Context, action: Action) -> String {
    let labels: Vec<String> = in_force(context)
        .filter(|b| b.action == action)
        .flat_map(|b| b.keys.iter().map(|k| k.label()))
        .collect();
    labels.join("/")
}

/// The first key bound to `action` in `context` (for the status bar).
pub fn first_key_label(context: Context, action: Action) -> String {
    in_force(context)
        .find(|b| b.action == action)
        .and_then(|b| b.keys.first())
        .map(|k| k.label())
        .unwrap_or_default()
}

/// The action for a key press in `context`; `None` for keys that mean nothing here.
pub fn action_for(context: Context, event: KeyEvent) -> Option<Action> {
    if event.kind == KeyEventKind::Release {
        return None;
    }
    let pressed = Key::from_event(event);
    let bound = in_force(context)
        .find(|b| b.keys.contains(&pressed))
        .map(|b| b.action);
    if bound.is_some() {
        return bound;
    }
    let takes_text = matches!(context, Context::Text | Context::Picker);
    match pressed.code {
        KeyCode::Char(c) if takes_text && pressed.modifiers.is_empty() => {
            Some(Action::InputChar(c))
        }
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn press(code: KeyCode, modifiers: KeyModifiers) -> KeyEvent {
        KeyEvent::new(code, modifiers)
    }

    #[test]
    fn shift_arrow_and_capital_letters_take_a_big_step() {
        let big = Some(Action::IncreaseBig);
        assert_eq!(
            action_for(Context::Normal, press(KeyCode::Right, KeyModifiers::SHIFT)),
            big
        );
        assert_eq!(
            action_for(
                Context::Normal,
                press(KeyCode::Char('L'), KeyModifiers::SHIFT)
            ),
            big
        );
        assert_eq!(
            action_for(
                Context::Normal,
                press(KeyCode::Char('l'), KeyModifiers::NONE)
            ),
            Some(Action::Increase)
        );
    }

    #[test]
    fn text_prompts_take_letters_that_are_commands_elsewhere() {
        let q = press(KeyCode::Char('q'), KeyModifiers::NONE);
        assert_eq!(action_for(Context::Normal, q), Some(Action::Quit));
        assert_eq!(action_for(Context::Text, q), Some(Action::InputChar('q')));
    }

    #[test]
    fn settings_keys_parse_like_the_events_they_name() {
        let parsed = |t: &str| Key::parse(t);
        assert_eq!(parsed("ctrl-s"), Some(ctrl('s')));
        assert_eq!(parsed("Ctrl-S"), Some(ctrl('s')));
        assert_eq!(parsed("shift-left"), Some(shift(KeyCode::Left)));
        assert_eq!(parsed("F2"), Some(key(KeyCode::F(2))));
        assert_eq!(parsed("?"), Some(ch('?')));
        assert_eq!(parsed("L"), Some(ch('L')));
        assert_eq!(parsed("shift-l"), Some(ch('L')));
        assert_eq!(parsed("space"), Some(ch(' ')));
        assert_eq!(parsed("ctrl--"), Some(ctrl('-')));
        assert_eq!(parsed("hyper-x"), None);
        assert_eq!(parsed("F13"), None);
        // The settings reader refuses these too: one grammar (key_name.rs).
        assert_eq!(parsed("--"), None);
        assert_eq!(parsed("ctrl-"), None);
        assert_eq!(parsed("backtab"), Some(shift(KeyCode::Tab)));
        let event = KeyEvent::new(KeyCode::Char('s'), KeyModifiers::CONTROL);
        assert_eq!(Key::from_event(event), ctrl('s'));
    }

    #[test]
    fn user_keys_name_rebindable_actions_and_report_the_rest() {
        let map = std::collections::BTreeMap::from([
            ("save".to_string(), vec!["F2".to_string()]),
            ("sav".to_string(), vec!["F3".to_string()]),
            (
                "quit".to_string(),
                vec!["ctrl-q".to_string(), "nope-x".to_string()],
            ),
        ]);
        let (keys, problems) = UserKeys::from_settings(&map);
        assert_eq!(
            keys.action_for(KeyEvent::new(KeyCode::F(2), KeyModifiers::NONE)),
            Some(Action::Save)
        );
        assert_eq!(
            keys.action_for(KeyEvent::new(KeyCode::Char('q'), KeyModifiers::CONTROL)),
            Some(Action::Quit)
        );
        assert_eq!(problems.len(), 2, "{problems:?}");
        let said = problems[1].words(levers_report::i18n::Lang::En);
        assert!(said.contains("did you mean `save`?"), "{said}");
        for action in Action::REBINDABLE {
            assert!(action.name().is_some());
            assert!(
                NORMAL.iter().chain(MEASURES).any(|b| b.action == action),
                "{action:?}"
            );
        }
    }

    #[test]
    fn the_measure_list_keeps_every_workbench_key_it_does_not_override() {
        for binding in NORMAL {
            for key in binding.keys {
                let event = KeyEvent::new(key.code, key.modifiers);
                let expected = MEASURES
                    .iter()
                    .find(|m| m.keys.contains(key))
                    .map_or(binding.action, |m| m.action);
                assert_eq!(
                    action_for(Context::Measures, event),
                    Some(expected),
                    "{}",
                    key.label()
                );
            }
        }
    }

    #[test]
    fn every_normal_action_has_a_distinct_key() {
        for table in [NORMAL, MEASURES, FORM] {
            let mut seen: Vec<Key> = Vec::new();
            for binding in table {
                for key in binding.keys {
                    assert!(!seen.contains(key), "{} bound twice", key.label());
                    seen.push(*key);
                }
            }
        }
    }
}
