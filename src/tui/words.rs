//! The workbench's words in its language ([`App::lang`](super::app::App)): the
//! help overlay's descriptions and the status bar's hints come from the
//! message catalogue (`action-*`, `hint-*` in `crates/levers-report/src/i18n`),
//! keyed by the action's keymap name; the English catalogue holds the same
//! text as [`Action::description`] and [`Action::hint`] (a test keeps them equal).

use levers_report::i18n::Lang;

use super::action::Action;

/// The catalogue key of an action: its keymap name, or the mouse actions'.
fn key(action: Action) -> Option<&'static str> {
    action.name().or(match action {
        Action::Click { .. } => Some("click"),
        Action::ScrollUp { .. } => Some("scroll_up"),
        Action::ScrollDown { .. } => Some("scroll_down"),
        _ => None,
    })
}

/// What `action` does, for the help overlay.
pub fn description(lang: Lang, action: Action) -> String {
    match key(action) {
        Some(key) => lang.text(&format!("action-{key}")),
        None => action.description().to_string(),
    }
}

/// The status bar's short form of `action`.
pub fn hint(lang: Lang, action: Action) -> String {
    match action.name() {
        Some(key) => lang.text(&format!("hint-{key}")),
        None => action.hint().to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_english_catalogue_says_what_the_actions_say() {
        let mouse = [
            Action::Click { column: 0, row: 0 },
            Action::ScrollUp { column: 0, row: 0 },
            Action::ScrollDown { column: 0, row: 0 },
        ];
        for action in Action::REBINDABLE.into_iter().chain(mouse) {
            assert_eq!(description(Lang::En, action), action.description());
            assert_ne!(description(Lang::ZhHant, action), action.description());
        }
        for action in Action::REBINDABLE {
            assert_eq!(hint(Lang::En, action), action.hint());
        }
    }
}
