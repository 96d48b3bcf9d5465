//! Which key does what, in each context. The tables here feed the key handling, the
//! help overlay and the status-bar hints, so the three cannot disagree.

use ratatui::crossterm::event::{KeyCode, KeyEvent, KeyEventKind, KeyModifiers};

use super::action::Action;

/// A key with the modifiers that matter (Ctrl, Shift on non-character keys).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Key {
    pub code: KeyCode,
    pub modifiers: KeyModifiers,
}

const fn key(code: KeyCode) -> Key {
    Key {
        code,
        modifiers: KeyModifiers::NONE,
    }
}
const fn ch(c: char) -> Key {
    key(KeyCode::Char(c))
}
const fn ctrl(c: char) -> Key {
    Key {
        code: KeyCode::Char(c),
        modifiers: KeyModifiers::CONTROL,
    }
}
const fn shift(code: KeyCode) -> Key {
    Key {
        code,
        modifiers: KeyModifiers::SHIFT,
    }
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
            KeyCode::Char(c) => c.to_string(),
            other => format!("{other:?}"),
        };
        if self.modifiers.contains(KeyModifiers::CONTROL) {
            format!("Ctrl-{}", base.to_uppercase())
        } else if self.modifiers.contains(KeyModifiers::SHIFT) {
            format!("Shift-{base}")
        } else {
            base
        }
    }

    /// The event as a [`Key`]: character keys carry Shift in their case, so only
    /// Ctrl is kept for them; Ctrl letters are lower-cased.
    fn from_event(event: KeyEvent) -> Key {
        let wanted = KeyModifiers::CONTROL | KeyModifiers::SHIFT;
        match event.code {
            KeyCode::Char(c) => {
                let modifiers = event.modifiers & KeyModifiers::CONTROL;
                let c = if modifiers.is_empty() {
                    c
                } else {
                    c.to_ascii_lowercase()
                };
                Key {
                    code: KeyCode::Char(c),
                    modifiers,
                }
            }
            KeyCode::BackTab => shift(KeyCode::Tab),
            code => Key {
                code,
                modifiers: event.modifiers & wanted,
            },
        }
    }
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
    /// A one-line text prompt (exact value, save-as path).
    Text,
    /// The file picker: a list plus a path prompt.
    Picker,
    /// The per-group editor (start, ramp, end, sector weights).
    Group,
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
    bind(Action::CompareFile, &[ch('c')]),
    bind(Action::NextPanel, &[key(KeyCode::Tab)]),
    bind(Action::Help, &[ch('?')]),
    bind(Action::Quit, &[ch('q'), ctrl('c')]),
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

pub const GROUP: &[Binding] = &[
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
    bind(Action::Cancel, &[key(KeyCode::Esc), ch('e'), ch('q')]),
];

const UNSAVED: &[Binding] = &[
    bind(Action::Save, &[ch('s'), ctrl('s')]),
    bind(Action::Discard, &[ch('d'), ch('y')]),
    bind(Action::Cancel, &[key(KeyCode::Esc), ch('n'), ch('c')]),
];

const YES_NO: &[Binding] = &[
    bind(Action::Confirm, &[ch('y'), key(KeyCode::Enter)]),
    bind(Action::Cancel, &[ch('n'), key(KeyCode::Esc)]),
];

const OVERLAY: &[Binding] = &[
    bind(
        Action::Cancel,
        &[key(KeyCode::Esc), key(KeyCode::Enter), ch('q'), ch('?')],
    ),
    bind(Action::SelectPrevious, &[key(KeyCode::Up), ch('k')]),
    bind(Action::SelectNext, &[key(KeyCode::Down), ch('j')]),
];

/// The bindings in force in `context`.
pub fn bindings(context: Context) -> &'static [Binding] {
    match context {
        Context::Normal => NORMAL,
        Context::Text => TEXT,
        Context::Picker => PICKER,
        Context::Group => GROUP,
        Context::Unsaved => UNSAVED,
        Context::YesNo => YES_NO,
        Context::Overlay => OVERLAY,
    }
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
        ],
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
            Action::Cancel,
        ],
        Context::Unsaved => &[Action::Save, Action::Discard, Action::Cancel],
        Context::YesNo => &[Action::Confirm, Action::Cancel],
        Context::Overlay => &[Action::Cancel],
    }
}

/// The keys bound to `action` in `context`, as one label: `↓/j`.
pub fn keys_label(context: Context, action: Action) -> String {
    let labels: Vec<String> = bindings(context)
        .iter()
        .filter(|b| b.action == action)
        .flat_map(|b| b.keys.iter().map(|k| k.label()))
        .collect();
    labels.join("/")
}

/// The first key bound to `action` in `context` (for the status bar).
pub fn first_key_label(context: Context, action: Action) -> String {
    bindings(context)
        .iter()
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
    let bound = bindings(context)
        .iter()
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
    fn every_normal_action_has_a_distinct_key() {
        let mut seen: Vec<Key> = Vec::new();
        for binding in NORMAL {
            for key in binding.keys {
                assert!(!seen.contains(key), "{} bound twice", key.label());
                seen.push(*key);
            }
        }
    }
}
