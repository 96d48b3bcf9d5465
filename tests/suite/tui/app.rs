//! The workbench driven with real key events through the real keymap, checked on
//! its state, its files and its screen.

use crate::support::app::*;
use levers::tui::app::{Mode, SaveQuestion};
use levers::tui::edit::ValuePrompt;
use levers_core::{LeverField, LeverGroup, Policy, project};
use ratatui::buffer::Buffer;
use ratatui::crossterm::event::KeyCode;
use ratatui::style::Color;

/// Position of the first cell where `needle` starts on screen.
fn find(buffer: &Buffer, needle: &str) -> Option<(u16, u16)> {
    let area = buffer.area;
    for y in 0..area.height {
        let line: String = (0..area.width)
            .map(|x| buffer[(x, y)].symbol().to_string())
            .collect();
        if let Some(byte) = line.find(needle) {
            let x = line[..byte].chars().count() as u16;
            return Some((x, y));
        }
    }
    None
}

#[test]
fn a_step_right_raises_the_selected_lever_and_recomputes_the_projection() {
    let mut app = blueprint_app();
    let before = app.projection().clone();
    press(&mut app, &[key(KeyCode::Down), key(KeyCode::Down)]);
    assert_eq!(app.selected_field(), LeverField::GrantsHkdBnPerYear);
    press(&mut app, &[key(KeyCode::Right)]);
    assert_eq!(
        app.policy().dial_value(LeverField::GrantsHkdBnPerYear),
        12.5
    );
    assert_ne!(*app.projection(), before);
    assert_eq!(*app.projection(), project(app.baseline(), app.policy()));
    assert!(app.is_dirty());
}

#[test]
fn shift_takes_a_big_step_and_steps_saturate_at_the_range() {
    let mut app = blueprint_app();
    press(&mut app, &[ch('L')]);
    assert_eq!(app.policy().dial_value(LeverField::RentSubsidyPct), 70.0);
    press(&mut app, &[ch('L'), ch('L'), ch('L')]);
    assert_eq!(app.policy().dial_value(LeverField::RentSubsidyPct), 90.0);
    press(&mut app, &[ch('0'), key(KeyCode::Left)]);
    assert_eq!(app.policy().dial_value(LeverField::RentSubsidyPct), 0.0);
}

#[test]
fn undo_restores_the_policy_bit_for_bit_and_redo_reapplies() {
    let mut app = blueprint_app();
    let original = app.policy().clone();
    let original_projection = app.projection().clone();
    // Steps on a 0.05 grid are where floating-point drift would show.
    for _ in 0..8 {
        press(&mut app, &[key(KeyCode::Down)]);
    }
    press(
        &mut app,
        &[ch('l'), ch('l'), ch('l'), ch('H'), ch('k'), ch('0')],
    );
    let changed = app.policy().clone();
    assert_ne!(changed, original);
    press(&mut app, &[ch('u'), ch('u'), ch('u'), ctrl('z'), ch('u')]);
    assert_eq!(format!("{:?}", app.policy()), format!("{original:?}"));
    assert_eq!(*app.projection(), original_projection);
    assert!(!app.is_dirty(), "back at the saved package");
    press(
        &mut app,
        &[ctrl('r'), ctrl('y'), ctrl('r'), ctrl('r'), ctrl('y')],
    );
    assert_eq!(format!("{:?}", app.policy()), format!("{changed:?}"));
}

#[test]
fn a_typed_value_in_range_is_applied_exactly() {
    let mut app = blueprint_app();
    press(&mut app, &[key(KeyCode::Enter)]);
    press(&mut app, &text("37.5"));
    press(&mut app, &[key(KeyCode::Enter)]);
    assert_eq!(app.mode, Mode::Normal);
    assert_eq!(app.policy().dial_value(LeverField::RentSubsidyPct), 37.5);
}

#[test]
fn a_typed_value_out_of_range_is_refused_with_the_range_not_clamped() {
    let mut app = blueprint_app();
    let before = app.policy().clone();
    press(&mut app, &[key(KeyCode::Enter)]);
    press(&mut app, &text("120"));
    press(&mut app, &[key(KeyCode::Enter)]);
    let Mode::EditValue(ValuePrompt {
        error: Some(error), ..
    }) = &app.mode
    else {
        panic!(
            "expected the prompt to stay open with an error, got {:?}",
            app.mode
        );
    };
    assert!(error.contains("from 0 to 90"), "{error}");
    assert_eq!(*app.policy(), before);
    let screen = screen_text(render(&mut app, 120, 40).backend().buffer());
    assert!(screen.contains("from 0 to 90"), "{screen}");
    press(&mut app, &text("abc"));
    press(&mut app, &[key(KeyCode::Enter)]);
    let Mode::EditValue(ValuePrompt {
        error: Some(error), ..
    }) = &app.mode
    else {
        panic!("expected an error for text");
    };
    assert!(error.contains("not a number"), "{error}");
    press(&mut app, &[key(KeyCode::Esc)]);
    assert_eq!(app.mode, Mode::Normal);
    assert_eq!(*app.policy(), before);
}

#[test]
fn whole_number_levers_refuse_fractions() {
    let mut app = blueprint_app();
    for _ in 0..4 {
        press(&mut app, &[key(KeyCode::Down)]);
    }
    assert_eq!(app.selected_field(), LeverField::AdmissionsPerYear);
    press(&mut app, &[key(KeyCode::Enter)]);
    press(&mut app, &text("1500.5"));
    press(&mut app, &[key(KeyCode::Enter)]);
    assert!(matches!(
        app.mode,
        Mode::EditValue(ValuePrompt { error: Some(_), .. })
    ));
}

#[test]
fn save_as_writes_a_file_that_evaluates_to_the_numbers_on_screen() {
    let dir = tempfile::tempdir().expect("temp dir");
    let path = dir.path().join("mine");
    let mut app = blueprint_app();
    press(
        &mut app,
        &[key(KeyCode::Down), key(KeyCode::Down), ch('L'), ch('l')],
    );
    press(&mut app, &[ctrl('s')]);
    assert!(
        matches!(app.mode, Mode::SaveAs { .. }),
        "no path yet: save acts as save as"
    );
    press(&mut app, &text(&path.display().to_string()));
    press(&mut app, &[key(KeyCode::Enter)]);
    let saved_path = path.with_extension("toml");
    assert_eq!(app.mode, Mode::Normal);
    assert_eq!(app.path.as_deref(), Some(saved_path.as_path()));
    assert!(!app.is_dirty());
    let text = std::fs::read_to_string(&saved_path).expect("saved file");
    let policy = levers_files::policy_file::parse_policy("mine.toml", &text, app.baseline())
        .expect("saved file reads back");
    assert_eq!(policy, *app.policy());
    assert_eq!(
        policy.name, "Blueprint 2032",
        "save as keeps the package's name, whatever the file is called"
    );
    assert_eq!(project(app.baseline(), &policy), *app.projection());
    let screen = screen_text(render(&mut app, 120, 40).backend().buffer());
    assert!(screen.contains("mine.toml"), "{screen}");
    assert!(!screen.contains("unsaved"));
}

#[test]
fn save_as_over_an_existing_file_asks_first() {
    let dir = tempfile::tempdir().expect("temp dir");
    let path = dir.path().join("taken.toml");
    std::fs::write(&path, "keep me").expect("write");
    let mut app = blueprint_app();
    press(&mut app, &[ch('S')]);
    press(&mut app, &text(&path.display().to_string()));
    press(&mut app, &[key(KeyCode::Enter)]);
    assert_eq!(
        app.mode,
        Mode::ConfirmSave {
            path: path.clone(),
            question: SaveQuestion::Overwrite
        }
    );
    press(&mut app, &[ch('n')]);
    assert_eq!(std::fs::read_to_string(&path).expect("read"), "keep me");
    press(&mut app, &[key(KeyCode::Esc)]);
    press(&mut app, &[ch('S')]);
    press(&mut app, &text(&path.display().to_string()));
    press(&mut app, &[key(KeyCode::Enter), ch('y')]);
    assert_ne!(std::fs::read_to_string(&path).expect("read"), "keep me");
}

#[test]
fn quitting_with_unsaved_changes_asks_first() {
    let mut app = blueprint_app();
    press(&mut app, &[ch('q')]);
    assert!(app.should_quit(), "nothing changed: quits at once");

    let mut app = blueprint_app();
    press(&mut app, &[ch('l'), ch('q')]);
    assert!(matches!(app.mode, Mode::Unsaved(_)));
    assert!(!app.should_quit());
    let screen = screen_text(render(&mut app, 80, 24).backend().buffer());
    assert!(screen.contains("unsaved changes"), "{screen}");
    press(&mut app, &[key(KeyCode::Esc)]);
    assert_eq!(app.mode, Mode::Normal);
    assert!(!app.should_quit());
    press(&mut app, &[ch('q'), ch('d')]);
    assert!(app.should_quit());
}

#[test]
fn saving_from_the_quit_question_saves_then_quits() {
    let dir = tempfile::tempdir().expect("temp dir");
    let path = dir.path().join("p.toml");
    let mut app = blueprint_app();
    press(&mut app, &[ch('l'), ch('q'), ch('s')]);
    assert!(matches!(app.mode, Mode::SaveAs { .. }));
    press(&mut app, &text(&path.display().to_string()));
    press(&mut app, &[key(KeyCode::Enter)]);
    assert!(app.should_quit());
    assert!(path.is_file());
}

#[test]
fn opening_a_broken_file_shows_where_it_is_wrong_and_keeps_the_package() {
    let dir = tempfile::tempdir().expect("temp dir");
    let path = dir.path().join("broken.toml");
    std::fs::write(
        &path,
        "format = 1\nname = \"Broken\"\n\n[levers.land]\nrent_subsidy_pc = 30\n",
    )
    .expect("write");
    let mut app = blueprint_app();
    let before = app.policy().clone();
    press(&mut app, &[ch('o')]);
    assert!(matches!(app.mode, Mode::Picker(_)));
    press(&mut app, &text(&path.display().to_string()));
    press(&mut app, &[key(KeyCode::Enter)]);
    let expected = levers_files::load_policy(&path, app.baseline())
        .err()
        .map(|d| levers::shown::in_english(&d))
        .unwrap_or_default();
    let Mode::Message { text, .. } = &app.mode else {
        panic!("expected a message, got {:?}", app.mode);
    };
    assert_eq!(text, &expected);
    assert!(text.contains(&format!("{}:5:1", path.display())), "{text}");
    assert_eq!(*app.policy(), before);
    let screen = screen_text(render(&mut app, 120, 40).backend().buffer());
    assert!(screen.contains("broken.toml:5:1"), "{screen}");
    press(&mut app, &[key(KeyCode::Esc)]);
    assert_eq!(app.mode, Mode::Normal);
}

/// The file names the open picker lists.
fn picker_names(app: &levers::tui::App) -> Vec<String> {
    let Mode::Picker(picker) = &app.mode else {
        panic!("expected the picker, got {:?}", app.mode);
    };
    picker
        .entries
        .iter()
        .filter_map(|p| p.file_name().map(|n| n.to_string_lossy().into_owned()))
        .collect()
}

#[test]
fn the_picker_lists_packages_and_opens_the_chosen_one() {
    let dir = tempfile::tempdir().expect("temp dir");
    let sq = levers_files::policy_file::write_policy(
        &levers_report::i18n::Lang::En,
        &Policy::status_quo(),
        &baseline(),
    );
    std::fs::write(dir.path().join("b.toml"), &sq).expect("write");
    std::fs::write(dir.path().join("a.toml"), &sq).expect("write");
    std::fs::write(dir.path().join("notes.txt"), "x").expect("write");
    let folders = vec![dir.path().to_path_buf()];
    let mut app = blueprint_app();
    press_in(&mut app, &[ch('o')], &folders);
    let names = picker_names(&app);
    assert_eq!(names, ["a.toml", "b.toml"]);
    press_in(
        &mut app,
        &[key(KeyCode::Down), key(KeyCode::Enter)],
        &folders,
    );
    assert_eq!(app.mode, Mode::Normal);
    assert_eq!(app.policy().name, "Status quo");
    assert_eq!(
        app.path.as_deref(),
        Some(dir.path().join("b.toml").as_path())
    );
    assert!(!app.history().can_undo());
}

#[test]
fn the_picker_lists_the_open_files_folder_first_and_only_packages() {
    let beside = tempfile::tempdir().expect("temp dir");
    let library = tempfile::tempdir().expect("temp dir");
    let sq = levers_files::policy_file::write_policy(
        &levers_report::i18n::Lang::En,
        &Policy::status_quo(),
        &baseline(),
    );
    std::fs::write(beside.path().join("mine.toml"), &sq).expect("write");
    std::fs::write(
        beside.path().join("Cargo.toml"),
        "[package]\nname = \"x\"\n",
    )
    .expect("write");
    std::fs::write(library.path().join("kept.toml"), &sq).expect("write");
    let mut app = blueprint_app();
    app.path = Some(beside.path().join("mine.toml"));
    // The open file's folder is listed once, though also a folder searched.
    let folders = vec![library.path().to_path_buf(), beside.path().to_path_buf()];
    press_in(&mut app, &[ch('o')], &folders);
    let names = picker_names(&app);
    assert_eq!(
        names,
        ["mine.toml", "kept.toml"],
        "no Cargo.toml, none twice"
    );
}

#[test]
fn pinning_shows_both_lines_and_deltas_and_unpins() {
    let mut app = blueprint_app();
    press(&mut app, &[ch('p')]);
    assert_eq!(app.compare().len(), 1);
    press(&mut app, &[key(KeyCode::Down), key(KeyCode::Down), ch('H')]);
    let screen = screen_text(render(&mut app, 120, 40).backend().buffer());
    assert!(screen.contains(" pp"), "KPI delta in pp: {screen}");
    assert!(screen.contains("vs pinned"), "{screen}");
    press(&mut app, &[ch('P')]);
    assert!(app.compare().is_empty());
}

#[test]
fn the_share_kpi_is_green_when_the_target_is_met_and_red_when_missed() {
    let mut reachable =
        crate::support::load("policies/blueprint-2032.toml", &crate::support::baseline());
    reachable.target.share_pct = 0.8;
    let mut app = app_with(reachable, None);
    assert!(app.projection().target.met);
    let terminal = render(&mut app, 120, 40);
    let buffer = terminal.backend().buffer();
    let at = find(buffer, "✓").expect("met mark on screen");
    assert_eq!(buffer[at].fg, Color::Green);
    let share_at = find(
        buffer,
        &format!("{:.2}%", app.projection().target.projected_share_pct),
    )
    .expect("share on screen");
    assert_eq!(buffer[share_at].fg, Color::Green);

    let mut app = app_with(Policy::status_quo(), None);
    assert!(!app.projection().target.met);
    let terminal = render(&mut app, 80, 24);
    let buffer = terminal.backend().buffer();
    let at = find(buffer, "✗").expect("missed mark on screen");
    assert_eq!(buffer[at].fg, Color::Red);
}

#[test]
fn no_color_leaves_every_cell_in_the_terminal_colours() {
    let mut app = blueprint_app();
    app.no_color = true;
    press(&mut app, &[ch('p'), ch('l')]);
    let terminal = render(&mut app, 120, 40);
    let buffer = terminal.backend().buffer();
    for cell in buffer.content() {
        assert_eq!((cell.fg, cell.bg), (Color::Reset, Color::Reset));
    }
}

#[test]
fn unused_groups_are_shown_as_not_used_and_start_when_moved() {
    let mut app = app_with(Policy::status_quo(), None);
    let screen = screen_text(render(&mut app, 120, 40).backend().buffer());
    // Four groups, each in the lever panel and in the attribution panel.
    assert_eq!(screen.matches("— not used").count(), 8, "{screen}");
    press(&mut app, &[ch('l')]);
    let lever = app
        .policy()
        .group_timing(LeverGroup::Land)
        .expect("land now used");
    assert_eq!(lever.timing.start, app.baseline().base_year + 2);
    assert_eq!(app.policy().dial_value(LeverField::RentSubsidyPct), 5.0);
    assert_eq!(app.policy().measures[0].name, "rent_subsidy");
}

#[test]
fn the_group_editor_changes_start_ramp_and_weights_and_refuses_bad_years() {
    let mut app = blueprint_app();
    press(&mut app, &[ch('e')]);
    assert!(matches!(app.mode, Mode::Group(_)));
    press(&mut app, &[key(KeyCode::Right)]);
    let land = |app: &levers::tui::App| app.policy().group_timing(LeverGroup::Land).expect("land");
    assert_eq!(land(&app).timing.start, 2026);
    press(&mut app, &[key(KeyCode::Down), key(KeyCode::Left)]);
    assert_eq!(land(&app).timing.ramp_years, 1);
    // Fourth row: the microelectronics weight.
    press(&mut app, &[key(KeyCode::Down), key(KeyCode::Down), ch('L')]);
    assert_eq!(land(&app).sector_weights, Some([2.0, 1.0, 1.0, 1.0, 1.0]));
    // Typing a start year outside the projection is refused with the range.
    press(&mut app, &[ch('k'), ch('k'), ch('k'), key(KeyCode::Enter)]);
    press(&mut app, &text("2099"));
    press(&mut app, &[key(KeyCode::Enter)]);
    let Mode::Group(editor) = &app.mode else {
        panic!("editor stays open");
    };
    let error = editor.error.clone().unwrap_or_default();
    assert!(error.contains("a year from"), "{error}");
    assert_eq!(land(&app).timing.start, 2026);
    press(&mut app, &[ctrl('u')]);
    press(&mut app, &text("2028"));
    // `e` closes the editor keeping the changes (Esc cancels them).
    press(&mut app, &[key(KeyCode::Enter), ch('e')]);
    assert_eq!(land(&app).timing.start, 2028);
    assert_eq!(app.mode, Mode::Normal);
    let projection = project(app.baseline(), app.policy());
    assert_eq!(*app.projection(), projection);
}

#[test]
fn clicking_a_lever_selects_it_and_scrolling_adjusts_it() {
    use levers::tui::Action;
    let field = LeverField::CoinvestmentHkdBnPerYear;
    let mut app = blueprint_app();
    let terminal = render(&mut app, 120, 40);
    let (column, row) = find(terminal.backend().buffer(), "Co-investment").expect("on screen");
    let before = app.policy().dial_value(field);
    let step = field.spec().step;
    levers::tui::dispatch(&mut app, Action::Click { column, row }, &[]);
    assert_eq!(app.selected_field(), field);
    levers::tui::dispatch(&mut app, Action::ScrollUp { column, row }, &[]);
    assert_eq!(app.policy().dial_value(field), before + step);
    for _ in 0..2 {
        levers::tui::dispatch(&mut app, Action::ScrollDown { column, row }, &[]);
    }
    assert_eq!(app.policy().dial_value(field), before - step);
}

#[test]
fn help_lists_every_workbench_key_with_its_description() {
    let mut app = blueprint_app();
    press(&mut app, &[ch('?')]);
    let mut text = String::new();
    for _ in 0..40 {
        text.push_str(&screen_text(render(&mut app, 120, 60).backend().buffer()));
        press(&mut app, &[key(KeyCode::Down)]);
    }
    for binding in levers::tui::keymap::NORMAL {
        assert!(
            text.contains(&levers::tui::labels::description(
                levers_report::i18n::Lang::En,
                binding.action
            )),
            "{:?}",
            binding.action
        );
    }
    press(&mut app, &[key(KeyCode::Esc)]);
    assert_eq!(app.mode, Mode::Normal);
}

#[test]
fn any_size_renders_without_panicking() {
    let mut app = blueprint_app();
    press(&mut app, &[ch('p'), ch('l'), ch('?')]);
    for (width, height) in [
        (1, 1),
        (3, 2),
        (40, 12),
        (45, 16),
        (69, 21),
        (70, 22),
        (109, 33),
        (110, 34),
        (200, 60),
    ] {
        let _ = render(&mut app, width, height);
    }
    press(&mut app, &[key(KeyCode::Esc), ch('e')]);
    for (width, height) in [(1, 1), (40, 12), (80, 24)] {
        let _ = render(&mut app, width, height);
    }
}

#[test]
fn the_attribution_panel_follows_every_keystroke() {
    use levers_core::analysis::{Outcome, attribute};
    let mut app = blueprint_app();
    let before = app.attribution().clone();
    press(&mut app, &[key(KeyCode::Down), key(KeyCode::Down), ch('L')]);
    assert_ne!(*app.attribution(), before);
    assert_eq!(*app.attribution(), attribute(app.baseline(), app.policy()));
    let shares = app
        .attribution()
        .outcome(Outcome::ShareInTargetYear)
        .expect("share attributed");
    let sum: f64 = shares.parts.iter().sum();
    assert!((sum - shares.change()).abs() < 1e-9);
    // The largest part, always on its own line (the smallest share one).
    let (largest, rd) = app
        .attribution()
        .contributors
        .iter()
        .zip(&shares.parts)
        .max_by(|a, b| a.1.abs().total_cmp(&b.1.abs()))
        .map(|(c, p)| (app.lang.contributor(c), *p))
        .expect("a part");
    let screen = screen_text(render(&mut app, 120, 40).backend().buffer());
    assert!(
        screen.contains("Share 2032: parts vs status quo"),
        "{screen}"
    );
    let shown = format!("{rd:+.2}");
    assert!(
        screen
            .lines()
            .any(|l| l.contains(&largest) && l.contains(&shown) && !l.contains("HK$")),
        "{largest} part {shown} not in the attribution panel:\n{screen}"
    );
}

#[test]
fn tab_cycles_the_small_screen_panel_through_attribution_diversification_and_sectors() {
    let mut app = blueprint_app();
    let screen = |app: &mut levers::tui::App| screen_text(render(app, 80, 24).backend().buffer());
    assert!(screen(&mut app).contains("Manufacturing jobs"));
    press(&mut app, &[key(KeyCode::Tab)]);
    assert!(screen(&mut app).contains("Attribution vs status quo"));
    press(&mut app, &[key(KeyCode::Tab)]);
    assert!(screen(&mut app).contains("Effective sectors"));
    press(&mut app, &[key(KeyCode::Tab)]);
    assert!(screen(&mut app).contains("Traditional mfg"));
    press(&mut app, &[key(KeyCode::Tab), key(KeyCode::Tab)]);
    assert!(screen(&mut app).contains("Public purse"));
    press(&mut app, &[key(KeyCode::Tab)]);
    assert!(screen(&mut app).contains("Manufacturing jobs"));
}

#[test]
fn keys_from_the_settings_file_work_and_show_in_help() {
    use levers::tui::keymap::UserKeys;
    let map = std::collections::BTreeMap::from([
        ("save_as".to_string(), vec!["F2".to_string()]),
        ("increase".to_string(), vec!["+".to_string()]),
    ]);
    let (keys, problems) = UserKeys::from_settings(&map);
    assert!(problems.is_empty(), "{problems:?}");
    let mut app = blueprint_app();
    app.user_keys = keys;
    let before = app.policy().dial_value(LeverField::RentSubsidyPct);
    press(&mut app, &[ch('+')]);
    assert!(app.policy().dial_value(LeverField::RentSubsidyPct) > before);
    press(&mut app, &[ch('?')]);
    let screen = screen_text(render(&mut app, 120, 50).backend().buffer());
    assert!(screen.contains("S F2"), "{screen}");
    press(&mut app, &[key(KeyCode::Esc), key(KeyCode::F(2))]);
    assert!(matches!(app.mode, Mode::SaveAs { .. }));
    // In a text prompt the user's keys are just text.
    press(&mut app, &[ch('+')]);
    assert_eq!(
        app.mode,
        Mode::SaveAs {
            input: "+".to_string(),
            error: None
        }
    );
}

#[test]
fn a_click_lands_on_what_the_last_frame_drew_there() {
    use levers::tui::Action;
    use ratatui::{Terminal, backend::TestBackend};
    let field = LeverField::CoinvestmentHkdBnPerYear;
    let mut drawn = blueprint_app();
    let terminal = render(&mut drawn, 120, 40);
    let (column, row) = find(terminal.backend().buffer(), "Co-investment").expect("on screen");
    // An app that has drawn nothing yet has nothing under the mouse.
    let mut undrawn = blueprint_app();
    undrawn.resize(120, 40);
    let before = undrawn.selected_field();
    levers::tui::dispatch(&mut undrawn, Action::Click { column, row }, &[]);
    assert_eq!(undrawn.selected_field(), before);
    levers::tui::dispatch(&mut drawn, Action::Click { column, row }, &[]);
    assert_eq!(drawn.selected_field(), field);
    // The frame's own hit map says the same.
    let mut hits = levers::tui::hits::Hits::default();
    Terminal::new(TestBackend::new(120, 40))
        .expect("test terminal")
        .draw(|frame| hits = levers::tui::view::draw(frame, &drawn))
        .expect("draw");
    assert_eq!(hits.lever_at(column, row), Some(field));
    assert_eq!(hits.lever_at(0, 0), None, "the title is not a lever");
}

#[test]
fn a_settings_key_that_is_already_another_actions_key_keeps_its_meaning_and_help_lists_it_once() {
    use levers::tui::keymap::UserKeys;
    let map = std::collections::BTreeMap::from([
        (
            "save".to_string(),
            vec!["ctrl-s".to_string(), "F2".to_string()],
        ),
        ("undo".to_string(), vec!["s".to_string(), "F3".to_string()]),
    ]);
    let (keys, problems) = UserKeys::from_settings(&map);
    let said: Vec<String> = problems
        .iter()
        .map(|p| p.words(levers_report::i18n::Lang::En))
        .collect();
    assert_eq!(
        said,
        [
            "key \"s\" in `keymap.undo` is already the workbench's key for `save`; it keeps doing `save`"
        ]
    );
    let mut app = blueprint_app();
    app.user_keys = keys;
    let before = rent(&app);
    press(&mut app, &[ch('l'), ch('s')]);
    assert!(rent(&app) > before, "s did not undo the change");
    assert!(
        matches!(app.mode, Mode::SaveAs { .. }),
        "s still saves (no file yet: save as): {:?}",
        app.mode
    );
    press(&mut app, &[key(KeyCode::Esc), key(KeyCode::F(3))]);
    assert_eq!(rent(&app), before, "the user's other undo key works");
    press(&mut app, &[ch('?')]);
    let terminal = render(&mut app, 100, 30);
    let screen = screen_text(terminal.backend().buffer());
    let save = screen
        .lines()
        .find(|l| l.contains("save the package") && !l.contains("new name"))
        .unwrap_or_default();
    assert!(save.contains("Ctrl-S s F2 "), "{save}");
    assert_eq!(save.matches("Ctrl-S").count(), 1, "{save}");
    let undo = screen
        .lines()
        .find(|l| l.contains("undo the last change"))
        .unwrap_or_default();
    assert!(undo.contains("u Ctrl-Z F3 "), "{undo}");
    insta::assert_snapshot!(terminal.backend());
}

#[test]
fn help_keeps_a_space_between_a_long_key_column_and_its_words() {
    use levers::tui::keymap::UserKeys;
    let map = std::collections::BTreeMap::from([(
        "save".to_string(),
        vec!["F2".to_string(), "ctrl-alt-w".to_string()],
    )]);
    let (keys, problems) = UserKeys::from_settings(&map);
    assert!(problems.is_empty(), "{problems:?}");
    let mut app = blueprint_app();
    app.user_keys = keys;
    press(&mut app, &[ch('?')]);
    let screen = screen_text(render(&mut app, 100, 30).backend().buffer());
    assert!(
        screen.contains("Ctrl-S s F2 Ctrl-Alt-W save the package"),
        "{screen}"
    );
}

#[test]
fn the_jobs_kpi_says_it_counts_manufacturing_jobs_at_every_width_and_in_chinese() {
    let mut app = blueprint_app();
    let jobs = thousands_of(&app);
    for (width, label) in [(120, "Mfg jobs 2032"), (80, "Mfg jobs")] {
        let lines = screen_lines(&mut app, width, 30);
        let labels = &lines[1];
        assert!(labels.contains(label), "{width}: {labels}");
        assert!(!labels.contains(" Jobs"), "{width}: {labels}");
        // The figure under it is manufacturing employment in the target year.
        let column = labels.find(label).expect("label");
        assert!(
            lines[2][column..].trim_start().starts_with(&jobs),
            "{}",
            lines[2]
        );
    }
    // The tornado of that outcome says so too.
    press(&mut app, &[ch('t'), ch('T')]);
    let text = screen_text(render(&mut app, 120, 40).backend().buffer());
    assert!(text.contains("Sensitivity: mfg jobs 2032"), "{text}");
    app.lang = levers_report::i18n::Lang::ZhHant;
    press(&mut app, &[ch('t')]);
    let wide = screen_text(render(&mut app, 120, 40).backend().buffer()).replace(' ', "");
    assert!(wide.contains("2032年製造業就業"), "{wide}");
    let narrow = screen_text(render(&mut app, 80, 24).backend().buffer()).replace(' ', "");
    assert!(narrow.contains("製造業就業"), "{narrow}");
}

/// Manufacturing jobs in the target year, as the strip writes them.
fn thousands_of(app: &levers::tui::App) -> String {
    let year = app.policy().target.year;
    let jobs = app
        .projection()
        .year(year)
        .map(|y| y.manufacturing_jobs)
        .expect("target year");
    levers_report::format::thousands(jobs)
}

#[test]
fn a_typed_value_with_decimals_is_shown_as_stored_in_the_list_and_the_detail() {
    let mut app = blueprint_app();
    press(&mut app, &keys("enter"));
    press(&mut app, &text("45.5"));
    press(&mut app, &keys("enter"));
    assert_eq!(rent(&app), 45.5);
    let terminal = render(&mut app, 100, 30);
    let shown = screen_text(terminal.backend().buffer());
    assert!(shown.contains("45.5 %"), "{shown}");
    assert!(!shown.contains("46 %"), "{shown}");
    insta::assert_snapshot!(terminal.backend());
    // A measure's amount, in the list and in the Detail's sentence.
    let policy = crate::support::load(
        "policies/announced-measures.toml",
        &crate::support::baseline(),
    );
    let mut app = app_with(policy, None);
    press(&mut app, &keys("enter"));
    press(&mut app, &text("25.25"));
    press(&mut app, &keys("enter"));
    let land = app
        .policy()
        .measures
        .iter()
        .find(|m| m.name == "san_tin_land")
        .expect("the land measure");
    assert_eq!(
        land.amount,
        levers_core::measure::Amount::Constant(25.25),
        "{land:?}"
    );
    let shown = screen_text(render(&mut app, 100, 30).backend().buffer());
    assert!(shown.contains("25.25 ha/yr"), "{shown}");
    assert!(shown.contains("25.25 ha a year"), "{shown}");
}

#[test]
fn a_path_typed_straight_after_o_with_unsaved_changes_goes_into_the_picker_and_is_asked_about_after()
 {
    let dir = tempfile::tempdir().expect("temp dir");
    let sq = levers_files::policy_file::write_policy(
        &levers_report::i18n::Lang::En,
        &Policy::status_quo(),
        &baseline(),
    );
    // Letters that are commands (c cancelled the question; e, a, l, t edit).
    let path = dir.path().join("policies-talent-late.toml");
    std::fs::write(&path, &sq).expect("write");
    let folders = vec![dir.path().to_path_buf()];
    let mut app = blueprint_app();
    press(&mut app, &[ch('l')]);
    let changed = app.policy().clone();
    press_in(&mut app, &[ch('o')], &folders);
    assert!(matches!(app.mode, Mode::Picker(_)), "{:?}", app.mode);
    press_in(&mut app, &text(&path.display().to_string()), &folders);
    let Mode::Picker(picker) = &app.mode else {
        panic!("expected the picker, got {:?}", app.mode);
    };
    assert_eq!(picker.input, path.display().to_string());
    assert_eq!(*app.policy(), changed, "no letter ran as a command");
    press_in(&mut app, &[key(KeyCode::Enter)], &folders);
    assert!(
        matches!(&app.mode, Mode::Unsaved(levers::tui::app::Pending::Open(p)) if *p == path),
        "{:?}",
        app.mode
    );
    let terminal = render(&mut app, 80, 24);
    let screen = screen_text(terminal.backend().buffer());
    assert!(screen.contains("unsaved changes"), "{screen}");
    assert!(!screen.contains("Esc/n/c"), "{screen}");
    insta::assert_snapshot!(terminal.backend());
    // The question takes its own keys only: others are swallowed.
    press_in(&mut app, &text("cxlt"), &folders);
    assert!(matches!(app.mode, Mode::Unsaved(_)), "{:?}", app.mode);
    assert_eq!(*app.policy(), changed);
    // Esc keeps the changes; d discards them and opens the file.
    press_in(&mut app, &[key(KeyCode::Esc)], &folders);
    assert_eq!(app.mode, Mode::Normal);
    assert_eq!(*app.policy(), changed);
    press_in(&mut app, &[ch('o')], &folders);
    press_in(&mut app, &text(&path.display().to_string()), &folders);
    press_in(&mut app, &[key(KeyCode::Enter), ch('d')], &folders);
    assert_eq!(app.mode, Mode::Normal);
    assert_eq!(app.policy().name, "Status quo");
    assert_eq!(app.path.as_deref(), Some(path.as_path()));
}

#[test]
fn opening_without_unsaved_changes_asks_nothing() {
    let dir = tempfile::tempdir().expect("temp dir");
    let sq = levers_files::policy_file::write_policy(
        &levers_report::i18n::Lang::En,
        &Policy::status_quo(),
        &baseline(),
    );
    let path = dir.path().join("sq.toml");
    std::fs::write(&path, &sq).expect("write");
    let mut app = blueprint_app();
    press(&mut app, &[ch('o')]);
    press(&mut app, &text(&path.display().to_string()));
    press(&mut app, &[key(KeyCode::Enter)]);
    assert_eq!(app.mode, Mode::Normal);
    assert_eq!(app.policy().name, "Status quo");
}
