//! The whole screen at several sizes, for the default package and a changed one.

use crate::support::app::*;
use insta::assert_snapshot;
use levers::tui::app::Mode;
use levers_report::format::thousands;
use levers_report::i18n::Lang;
use ratatui::crossterm::event::KeyCode;

fn changed_app() -> levers::tui::App {
    let mut app = blueprint_app();
    // R&D grants up two big steps, then land release zeroed, then pin and move.
    press(
        &mut app,
        &[key(KeyCode::Down), key(KeyCode::Down), ch('L'), ch('L')],
    );
    app
}

/// The workbench as `levers` opens it: the embedded default package
/// (`policies/announced.toml`).
fn default_app() -> levers::tui::App {
    let baseline = crate::support::baseline();
    let policy = levers_files::default_package(&baseline).unwrap_or_else(|e| panic!("{e:?}"));
    levers::tui::App::new(baseline, policy, None)
}

#[test]
fn default_package_at_120x40() {
    let mut app = default_app();
    assert!(app.policy().name.starts_with("Announced measures"));
    assert_snapshot!(render(&mut app, 120, 40).backend());
}

#[test]
fn default_package_at_80x24() {
    let mut app = default_app();
    assert_snapshot!(render(&mut app, 80, 24).backend());
}

#[test]
fn default_package_at_60x20() {
    let mut app = default_app();
    assert_snapshot!(render(&mut app, 60, 20).backend());
}

#[test]
fn changed_package_at_120x40() {
    let mut app = changed_app();
    assert_snapshot!(render(&mut app, 120, 40).backend());
}

#[test]
fn changed_package_at_80x24() {
    let mut app = changed_app();
    assert_snapshot!(render(&mut app, 80, 24).backend());
}

#[test]
fn changed_package_at_60x20() {
    let mut app = changed_app();
    assert_snapshot!(render(&mut app, 60, 20).backend());
}

#[test]
fn comparison_against_a_pinned_package_at_120x40() {
    let mut app = blueprint_app();
    press(
        &mut app,
        &[ch('p'), key(KeyCode::Down), key(KeyCode::Down), ch('H')],
    );
    assert_snapshot!(render(&mut app, 120, 40).backend());
}

#[test]
fn help_overlay_at_120x40() {
    let mut app = blueprint_app();
    press(&mut app, &[ch('?')]);
    assert_snapshot!(render(&mut app, 120, 40).backend());
}

#[test]
fn a_tiny_terminal_says_it_is_too_small_and_never_panics() {
    let mut app = blueprint_app();
    for (width, height) in [(1, 1), (2, 1), (10, 3), (39, 12), (40, 11), (0, 0)] {
        let _ = render(&mut app, width.max(1), height.max(1));
    }
    assert_snapshot!(render(&mut app, 30, 6).backend());
}

#[test]
fn an_out_of_range_value_prompt_at_80x24() {
    let mut app = blueprint_app();
    press(&mut app, &[key(KeyCode::Enter)]);
    press(&mut app, &text("95"));
    press(&mut app, &[key(KeyCode::Enter)]);
    assert_snapshot!(render(&mut app, 80, 24).backend());
}

#[test]
fn the_group_editor_at_80x24() {
    let mut app = blueprint_app();
    press(
        &mut app,
        &[key(KeyCode::Down), key(KeyCode::Down), ch('e'), ch('j')],
    );
    assert_snapshot!(render(&mut app, 80, 24).backend());
}

#[test]
fn help_scrolls_at_80x24() {
    let mut app = blueprint_app();
    press(&mut app, &[ch('?'), ch('j'), ch('j')]);
    assert_snapshot!(render(&mut app, 80, 24).backend());
}

#[test]
fn the_help_scrolls_to_its_last_row_and_back_at_once_in_both_languages() {
    for lang in [Lang::En, Lang::ZhHant] {
        let mut app = blueprint_app();
        app.lang = lang;
        press(&mut app, &[ch('?')]);
        render(&mut app, 80, 24);
        for _ in 0..200 {
            press(&mut app, &[ch('j')]);
        }
        let Mode::Help(limit) = app.mode else {
            panic!("{lang:?}: the help closed");
        };
        assert!(
            (20..200).contains(&limit),
            "{lang:?}: scrolls {limit} rows, then stops"
        );
        // Compared without spaces: a wide character's second cell is one.
        let bare = |text: &str| text.replace(' ', "");
        let lines = screen_lines(&mut app, 80, 24);
        let shows = |id: &str| {
            lines
                .iter()
                .any(|l| bare(l).contains(&bare(&lang.text(id))))
        };
        assert!(shows("help-prompts"), "{lang:?}: the last row: {lines:#?}");
        assert!(
            shows("help-scroll"),
            "{lang:?}: the keys to scroll and close stay in view"
        );
        // Every row of the overlay keeps its right border.
        assert!(
            lines[1..23].iter().all(|l| l.trim_end().ends_with('│')),
            "{lang:?}: {lines:#?}"
        );
        press(&mut app, &[ch('k')]);
        assert_eq!(app.mode, Mode::Help(limit - 1), "{lang:?}: one key back up");
    }
}

#[test]
fn mono_theme_at_80x24() {
    let mut app = changed_app();
    app.theme = levers::tui::view::theme::Theme::Mono;
    assert_snapshot!(render(&mut app, 80, 24).backend());
}

/// On a tall screen the detail panel says where the package's land went, in
/// the projection's own numbers; a package that releases none says nothing.
#[test]
fn the_detail_panel_says_how_much_released_land_plants_took_up() {
    let mut app = default_app();
    let year = *app
        .projection()
        .year(app.projection().target.year)
        .unwrap_or_else(|| panic!("the target year is projected"));
    assert!(year.land_released_ha > 0.0 && year.sites_taken_up_ha > 0.0);
    let line = format!(
        "Land by 2032: {} of {} ha taken up for plants,",
        thousands(year.sites_taken_up_ha),
        thousands(year.land_released_ha)
    );
    let terminal = render(&mut app, 160, 52);
    assert!(
        screen_text(terminal.backend().buffer()).contains(&line),
        "{line}"
    );
    assert_snapshot!(terminal.backend());

    let mut no_land = app_with(levers_core::Policy::status_quo(), None);
    let screen = screen_text(render(&mut no_land, 160, 52).backend().buffer());
    assert!(!screen.contains("Land by"), "{screen}");
}
