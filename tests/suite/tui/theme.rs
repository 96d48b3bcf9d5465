//! The settings file's `theme`: "default", "mono" (no colour, as `NO_COLOR`) and
//! "high-contrast"; an unknown name is refused with the valid names.

use crate::support::app::*;
use levers::tui::view::theme::Theme;
use levers_report::i18n::Lang;
use ratatui::buffer::Buffer;
use ratatui::style::{Color, Modifier};

fn cells(buffer: &Buffer) -> impl Iterator<Item = &ratatui::buffer::Cell> {
    buffer.content.iter()
}

#[test]
fn mono_draws_no_colour_but_keeps_the_selection() {
    let mut app = blueprint_app();
    let coloured = render(&mut app, 120, 40).backend().buffer().clone();
    assert!(
        cells(&coloured).any(|c| c.fg != Color::Reset),
        "default has colour"
    );
    app.theme = Theme::Mono;
    let mono = render(&mut app, 120, 40).backend().buffer().clone();
    assert!(cells(&mono).all(|c| c.fg == Color::Reset && c.bg == Color::Reset));
    assert!(cells(&mono).any(|c| c.modifier.contains(Modifier::REVERSED)));
    // Same text as the coloured screen.
    let text = |b: &Buffer| cells(b).map(|c| c.symbol().to_string()).collect::<String>();
    assert_eq!(text(&mono), text(&coloured));
}

#[test]
fn high_contrast_has_no_grey_and_no_dim_text() {
    let mut app = blueprint_app();
    app.theme = Theme::HighContrast;
    let buffer = render(&mut app, 120, 40).backend().buffer().clone();
    assert!(cells(&buffer).any(|c| c.fg == Color::LightCyan));
    assert!(cells(&buffer).all(|c| !matches!(c.fg, Color::DarkGray | Color::Gray)));
    assert!(cells(&buffer).all(|c| !c.modifier.contains(Modifier::DIM)));
}

#[test]
fn theme_names_are_checked_with_a_suggestion() {
    assert_eq!(Theme::from_name("default"), Ok(Theme::Default));
    assert_eq!(Theme::from_name("mono"), Ok(Theme::Mono));
    assert_eq!(Theme::from_name("high-contrast"), Ok(Theme::HighContrast));
    let said = |name: &str, lang| Theme::from_name(name).map_err(|note| note.words(lang));
    assert_eq!(
        said("hihg-contrast", Lang::En),
        Err(
            "unknown theme \"hihg-contrast\" (did you mean `high-contrast`?); \
             valid themes: default, mono, high-contrast"
                .to_string()
        )
    );
    assert_eq!(
        said("solarized", Lang::En),
        Err("unknown theme \"solarized\"; valid themes: default, mono, high-contrast".to_string())
    );
    assert_eq!(
        said("hihg-contrast", Lang::ZhHant),
        Err(
            "未知的主題「hihg-contrast」（是否指 `high-contrast`？）；有效的主題：default, mono, high-contrast"
                .to_string()
        )
    );
}

#[test]
fn the_settings_file_theme_is_applied_and_an_unknown_one_is_reported() {
    let parse = |text: &str| levers_files::settings::parse("settings.toml", text);
    let (_, theme, problems) =
        levers::tui::user_settings(levers_report::i18n::Lang::En, parse("theme = \"mono\"\n"));
    assert_eq!(theme, Theme::Mono);
    assert_eq!(problems, None);
    let (_, theme, problems) = levers::tui::user_settings(
        levers_report::i18n::Lang::En,
        parse("theme = \"high-contrast\"\n"),
    );
    assert_eq!(theme, Theme::HighContrast);
    assert_eq!(problems, None);
    let (_, theme, problems) =
        levers::tui::user_settings(levers_report::i18n::Lang::En, parse("theme = \"mnoo\"\n"));
    assert_eq!(theme, Theme::Default);
    assert_eq!(
        problems.as_deref(),
        Some(
            "settings.toml:1:9: unknown theme \"mnoo\" (did you mean `mono`?); \
             valid themes: default, mono, high-contrast"
        )
    );
    let (_, theme, _) = levers::tui::user_settings(levers_report::i18n::Lang::En, parse(""));
    assert_eq!(theme, Theme::Default);
}

#[test]
fn what_the_workbench_cannot_use_from_the_settings_is_said_in_its_language() {
    let parse = |text: &str| levers_files::settings::parse("settings.toml", text);
    let text = "theme = \"mnoo\"\n[keymap]\nsav = [\"F3\"]\nsave = [\"F2\"]\nquit = [\"F2\"]\n";
    let (_, _, english) = levers::tui::user_settings(Lang::En, parse(text));
    let english = english.unwrap_or_default();
    assert!(
        english.contains("unknown action `keymap.sav` (did you mean `save`?)"),
        "{english}"
    );
    // Each note says where: the theme's value, the action's name, and for a
    // key given to two actions the first of them by name (`quit`, line 5).
    for (place, about) in [
        ("settings.toml:1:9: ", "theme"),
        ("settings.toml:3:1: ", "keymap.sav"),
        ("settings.toml:5:1: ", "\"F2\""),
    ] {
        assert!(
            english
                .lines()
                .any(|line| line.starts_with(place) && line.contains(about)),
            "{place}{about} in:\n{english}"
        );
    }
    let lines: Vec<&str> = english.lines().collect();
    let mut in_file_order = lines.clone();
    in_file_order.sort_by_key(|line| line.split(':').nth(1).and_then(|n| n.parse::<u32>().ok()));
    assert_eq!(lines, in_file_order, "notes in the file's order");
    assert!(
        english.contains("key \"F2\" is bound to more than one action"),
        "{english}"
    );
    let (_, _, chinese) = levers::tui::user_settings(Lang::ZhHant, parse(text));
    let chinese = chinese.unwrap_or_default();
    for said in [
        "未知的動作 `keymap.sav`（是否指 `save`？）",
        "按鍵「F2」綁定了多於一個動作",
        "未知的主題「mnoo」（是否指 `mono`？）",
    ] {
        assert!(chinese.contains(said), "{chinese}");
    }
    for english_word in ["unknown", "did you mean", "bound to"] {
        assert!(!chinese.contains(english_word), "{chinese}");
    }
}
