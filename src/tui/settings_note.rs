//! What the workbench could not use from the settings file's `[keymap]` and
//! `theme`, kept as a kind and its arguments and worded by the catalogue in the
//! workbench's language when shown.

use levers_files::settings::Settings;
use levers_report::brackets::with_note;
use levers_report::i18n::Lang;

/// One entry of the settings file the workbench does not apply.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum SettingsNote {
    /// `[keymap]` names an action the workbench does not have.
    UnknownAction {
        name: String,
        suggestion: Option<String>,
    },
    /// A key in `[keymap]` that names no key.
    NotAKey { action: String, text: String },
    /// One key given to several actions: it does none of them.
    KeyBoundTwice {
        key: String,
        actions: Vec<&'static str>,
    },
    /// A key the user gave `action` that is the workbench's own key for
    /// `builtin`: it keeps doing `builtin`.
    KeyIsBuiltIn {
        key: String,
        action: &'static str,
        builtin: &'static str,
    },
    /// `theme` names no theme.
    UnknownTheme {
        name: String,
        suggestion: Option<String>,
        themes: &'static [&'static str],
    },
}

impl SettingsNote {
    /// Where in `settings`' file the entry the note is about was written
    /// (line, column); a key bound twice is placed at the first of its actions
    /// by name.
    pub fn place(&self, settings: &Settings) -> Option<(usize, usize)> {
        let action = match self {
            SettingsNote::UnknownAction { name: action, .. }
            | SettingsNote::NotAKey { action, .. } => Some(action.as_str()),
            SettingsNote::KeyBoundTwice { actions, .. } => actions.first().copied(),
            SettingsNote::KeyIsBuiltIn { action, .. } => Some(*action),
            SettingsNote::UnknownTheme { .. } => return settings.theme_at,
        };
        action.and_then(|action| settings.keymap_at.get(action).copied())
    }

    /// The note in `lang`, as the popup shows it.
    pub fn words(&self, lang: Lang) -> String {
        match self {
            SettingsNote::UnknownAction { name, suggestion } => {
                let said = lang.format("settings-unknown-action", &[("name", name)]);
                let said = with_suggestion(lang, said, suggestion.as_deref());
                let names: Vec<&str> = crate::tui::action::Action::REBINDABLE
                    .into_iter()
                    .filter_map(crate::tui::action::Action::name)
                    .collect();
                let valid =
                    lang.format("settings-valid-actions", &[("actions", &names.join(", "))]);
                format!("{said}{valid}")
            }
            SettingsNote::NotAKey { action, text } => format!(
                "`keymap.{action}`: {}",
                lang.format("problem-not-a-key", &[("text", text)])
            ),
            SettingsNote::KeyBoundTwice { key, actions } => lang.format(
                "settings-key-bound-twice",
                &[("key", key), ("actions", &actions.join(", "))],
            ),
            SettingsNote::KeyIsBuiltIn {
                key,
                action,
                builtin,
            } => lang.format(
                "settings-key-is-built-in",
                &[("key", key), ("action", action), ("builtin", builtin)],
            ),
            SettingsNote::UnknownTheme {
                name,
                suggestion,
                themes,
            } => {
                let said = lang.format("settings-unknown-theme", &[("name", name)]);
                let said = with_suggestion(lang, said, suggestion.as_deref());
                let valid = lang.format("settings-valid-themes", &[("themes", &themes.join(", "))]);
                format!("{said}{valid}")
            }
        }
    }
}

/// `said`, followed by "(did you mean `x`?)" when there is a near miss.
fn with_suggestion(lang: Lang, said: String, suggestion: Option<&str>) -> String {
    match suggestion {
        Some(suggestion) => with_note(
            lang,
            &said,
            &lang.format("diagnostic-did-you-mean", &[("suggestion", suggestion)]),
        ),
        None => said,
    }
}
