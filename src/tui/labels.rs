//! The workbench's labels in its language ([`App::lang`](super::app::App)): the
//! help overlay's descriptions and the status bar's hints come from the
//! message catalogue (`action-*`, `hint-*` in `crates/levers-report/src/i18n`),
//! keyed by the action's keymap name.

use levers_report::i18n::Lang;

use levers_core::Sector;

use super::action::Action;
use super::measure_editor::MeasureRow;
use super::package_editor::PackageRow;
use super::timing_rows::GroupRow;

/// The catalogue key of an action: its keymap name, or the mouse actions'.
fn key(action: Action) -> Option<&'static str> {
    action.name().or(match action {
        Action::Click { .. } => Some("click"),
        Action::ScrollUp { .. } => Some("scroll_up"),
        Action::ScrollDown { .. } => Some("scroll_down"),
        _ => None,
    })
}

/// What `action` does, for the help overlay: the catalogue's `action-KEY`
/// (every action the help lists has a key; a prompt's keys are said by its
/// hint line instead, and have no description).
pub fn description(lang: Lang, action: Action) -> String {
    key(action).map_or_else(String::new, |key| lang.text(&format!("action-{key}")))
}

/// The catalogue key of an action's hint: its keymap name, or the prompts'
/// and the mouse's.
fn hint_key(action: Action) -> &'static str {
    action.name().unwrap_or(match action {
        Action::Confirm => "confirm",
        Action::Cancel => "cancel",
        Action::Close => "close",
        Action::Discard => "discard",
        Action::Backspace => "backspace",
        Action::ClearInput => "clear_input",
        Action::Resize { .. } => "resize",
        Action::AddYear => "add_year",
        Action::RemoveYear => "remove_year",
        Action::Click { .. } | Action::ScrollUp { .. } | Action::ScrollDown { .. } => "mouse",
        // Every other action has a keymap name; typing a character is typing.
        _ => "type_value",
    })
}

/// The short form of `action`, for the status bar and the prompts' key lines.
pub fn hint(lang: Lang, action: Action) -> String {
    lang.text(&format!("hint-{}", hint_key(action)))
}

/// The package's file name, or (in the workbench's language) that it has none.
pub fn file_label(app: &super::app::App) -> String {
    match &app.path {
        // A file's name may hold anything but `/`: one inert line.
        Some(path) => levers_report::sanitise::xml(&super::app::file_name(path)).into_owned(),
        None => app.lang.text("tui-untitled"),
    }
}

/// A row of the group editor (and of a measure's timing), in `lang`.
pub fn group_row(lang: Lang, row: GroupRow) -> String {
    match row {
        GroupRow::Start => lang.text("editor-start"),
        GroupRow::Ramp => lang.text("editor-ramp"),
        GroupRow::End => lang.text("editor-end"),
        GroupRow::Weight(i) => {
            let sector = lang.sector(Sector::MANUFACTURING[i]);
            lang.format("editor-weight", &[("sector", &sector)])
        }
    }
}

/// A row of the measure editor, in `lang`.
pub fn measure_row(lang: Lang, row: MeasureRow) -> String {
    match row {
        MeasureRow::Name => lang.text("editor-name-key"),
        MeasureRow::Label => lang.text("editor-label"),
        MeasureRow::Amount => lang.text("editor-amount"),
        MeasureRow::Year(_) => format!("  {}", lang.text("editor-from-year")),
        MeasureRow::Timing(row) => group_row(lang, row),
        MeasureRow::MatchingRatio => lang.text("editor-matching"),
        MeasureRow::Eligible => lang.text("editor-eligible"),
    }
}

/// A row of the package editor, in `lang`.
pub fn package_row(lang: Lang, row: PackageRow) -> String {
    lang.text(match row {
        PackageRow::Name => "editor-name",
        PackageRow::Description => "editor-description",
        PackageRow::TargetShare => "editor-target-share",
        PackageRow::TargetYear => "editor-target-year",
        PackageRow::Horizon => "editor-horizon",
        PackageRow::BudgetCap => "editor-budget-cap",
        PackageRow::Funding => "editor-funding",
    })
}

/// `text` in exactly `width` terminal columns: cut (without an ellipsis, as
/// the levers panel always has) or padded; wide (CJK) characters count two.
pub use levers_report::format::columns;

#[cfg(test)]
mod tests {
    use super::*;

    /// Every editor row is worded by the catalogue in each language: the
    /// Chinese rows hold no English word (the labels once lived in the code,
    /// in English, beside the catalogue's).
    #[test]
    fn the_editor_rows_are_worded_by_the_catalogue_in_both_languages() {
        let measure_rows = [
            MeasureRow::Name,
            MeasureRow::Label,
            MeasureRow::Amount,
            MeasureRow::Year(0),
            MeasureRow::MatchingRatio,
            MeasureRow::Eligible,
        ];
        let rows = |lang: Lang| -> Vec<String> {
            let group = GroupRow::ALL.into_iter().map(|row| group_row(lang, row));
            let measure = measure_rows.into_iter().map(|row| measure_row(lang, row));
            let package = PackageRow::ALL
                .into_iter()
                .map(|row| package_row(lang, row));
            group.chain(measure).chain(package).collect()
        };
        let (english, chinese) = (rows(Lang::En), rows(Lang::ZhHant));
        assert_eq!(english[3], "Weight: Microelectronics");
        assert_eq!(chinese[3], "比重：微電子");
        for (en, zh) in english.iter().zip(&chinese) {
            assert!(en.chars().any(|c| c.is_ascii_alphabetic()), "{en}");
            assert!(!zh.chars().any(|c| c.is_ascii_alphabetic()), "{zh}");
        }
    }

    #[test]
    fn columns_count_wide_characters_twice() {
        assert_eq!(columns("Rent subsidy", 6), "Rent s");
        assert_eq!(columns("Rent", 6), "Rent  ");
        assert_eq!(columns("租金補貼", 5), "租金 ");
    }

    #[test]
    fn the_english_catalogue_says_what_the_actions_say() {
        let mouse = [
            Action::Click { column: 0, row: 0 },
            Action::ScrollUp { column: 0, row: 0 },
            Action::ScrollDown { column: 0, row: 0 },
        ];
        for action in Action::REBINDABLE.into_iter().chain(mouse) {
            let english = description(Lang::En, action);
            assert!(!english.is_empty(), "{action:?}");
            assert_ne!(description(Lang::ZhHant, action), english);
        }
        let prompts = [
            Action::Confirm,
            Action::Cancel,
            Action::Close,
            Action::Discard,
            Action::Backspace,
            Action::ClearInput,
            Action::InputChar('x'),
            Action::AddYear,
            Action::RemoveYear,
            Action::Resize {
                width: 1,
                height: 1,
            },
        ];
        for action in Action::REBINDABLE.into_iter().chain(prompts).chain(mouse) {
            let id = format!("hint-{}", hint_key(action));
            assert!(Lang::En.has(&id) && Lang::ZhHant.has(&id), "{action:?}");
        }
    }
}
