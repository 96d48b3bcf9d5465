//! The workbench on a format-2 package: measures listed by kind, added (kind
//! picked from a list), edited year by year, undone, saved and re-opened with
//! the same numbers; the package editor; attribution per kind.

use std::fs;

use crate::support::app::*;
use insta::assert_snapshot;
use levers::tui::App;
use levers::tui::app::Mode;
use levers::tui::keymap::Context;
use levers_core::analysis::{AttributionPlayers, Contributor};
use levers_core::measure::{Amount, Eligibility, MeasureKind};
use levers_core::{Policy, project};
use ratatui::Terminal;
use ratatui::backend::TestBackend;
use ratatui::crossterm::event::KeyCode;

fn measures_app() -> App {
    let baseline = crate::support::baseline();
    let policy = crate::support::load("policies/announced-measures.toml", &baseline);
    App::new(baseline, policy, None)
}

fn screen(app: &mut App, width: u16, height: u16) -> String {
    let terminal = render(app, width, height);
    screen_text(terminal.backend().buffer())
}

#[test]
fn a_format_2_package_lists_its_measures_grouped_by_kind() {
    let mut app = measures_app();
    assert!(app.shows_measures());
    assert_eq!(app.context(), Context::Measures);
    let text = screen(&mut app, 120, 40);
    assert!(text.contains("Measures (4)"), "{text}");
    // Kinds in their fixed order, each above its measures.
    let land = text
        .find("Land release (land_release)")
        .expect("land heading");
    let talent = text.find("Talent admissions").expect("talent heading");
    let coinvest = text.find("Co-investment (coinvestment)").expect("heading");
    assert!(land < talent, "{text}");
    assert!(talent < coinvest, "{text}");
    assert!(text.contains("San Tin Technopol…"), "{text}");
    // The detail panel describes the selected measure, with its source.
    assert!(text.contains("san_tin_land · Land release"), "{text}");
    assert_snapshot!(render(&mut app, 120, 40).backend());
}

#[test]
fn a_format_1_package_keeps_the_lever_panel() {
    let mut app = blueprint_app();
    assert!(!app.shows_measures());
    assert_eq!(app.context(), Context::Normal);
    assert!(screen(&mut app, 120, 40).contains(" Levers "));
}

#[test]
fn adding_a_measure_picks_its_kind_and_each_step_is_one_undo() {
    let mut app = measures_app();
    let before = app.policy().clone();
    press(&mut app, &[ch('a')]);
    assert_eq!(app.mode, Mode::KindPicker(0));
    press(&mut app, &[key(KeyCode::Down), key(KeyCode::Down)]);
    assert_snapshot!("kind_picker_at_80x24", render(&mut app, 80, 24).backend());
    press(&mut app, &[key(KeyCode::Enter)]);
    assert_eq!(app.mode, Mode::Normal);
    let added = app.policy().measures.last().expect("a measure").clone();
    assert_eq!(added.kind, MeasureKind::RdGrants);
    assert_eq!(added.name, "rd_grants");
    assert_eq!(app.selected_measure(), Some(before.measures.len()));

    // Two steps right raise its amount, and move the projection.
    let share_before = app.projection().target.projected_share_pct;
    press(&mut app, &[key(KeyCode::Right), ch('L')]);
    let spec = MeasureKind::RdGrants.field().spec();
    let amount = &app.policy().measures.last().expect("measure").amount;
    assert_eq!(*amount, Amount::Constant(spec.step + spec.big_step));
    assert!(app.projection().target.projected_share_pct > share_before);

    // Undo, step by step, back to the package as opened.
    press(&mut app, &[ch('u'), ch('u')]);
    assert_eq!(
        app.policy().measures.last().expect("measure").amount,
        Amount::Constant(0.0)
    );
    press(&mut app, &[ch('u')]);
    assert_eq!(*app.policy(), before);
    assert_eq!(
        app.projection().target.projected_share_pct,
        project(app.baseline(), &before).target.projected_share_pct
    );
}

#[test]
fn remove_duplicate_and_rename_change_the_list_and_undo_restores_it() {
    let mut app = measures_app();
    let before = app.policy().clone();
    let first = app.policy().measures[app.selected_measure().expect("selected")].clone();
    press(&mut app, &[ch('d')]);
    assert_eq!(app.policy().measures.len(), before.measures.len() + 1);
    let copy = &app.policy().measures[app.selected_measure().expect("selected")];
    assert_eq!(copy.name, format!("{}_copy", first.name));
    assert_eq!(copy.amount, first.amount);
    // The list shows labels: the copy's tells it from the original's.
    let label = first
        .label
        .as_deref()
        .expect("the example's measures have labels");
    assert_eq!(copy.label.as_deref(), Some(format!("{label} (2)").as_str()));

    press(&mut app, &[ch('r'), ctrl('u')]);
    press(&mut app, &text("santin_phase_2"));
    press(&mut app, &[key(KeyCode::Enter), key(KeyCode::Esc)]);
    assert_eq!(app.mode, Mode::Normal);
    assert!(
        app.policy()
            .measures
            .iter()
            .any(|m| m.name == "santin_phase_2")
    );

    // A name already used is refused with the reason; nothing changes.
    let named = app.policy().clone();
    press(&mut app, &[ch('r'), ctrl('u')]);
    press(&mut app, &text(&first.name));
    press(&mut app, &[key(KeyCode::Enter)]);
    match &app.mode {
        Mode::Measure(editor) => {
            let error = editor.form.error.as_deref().unwrap_or_default();
            assert!(error.contains("another measure is named"), "{error}");
        }
        other => panic!("expected the editor to stay open, got {other:?}"),
    }
    press(&mut app, &[key(KeyCode::Esc), key(KeyCode::Esc)]);
    assert_eq!(*app.policy(), named);

    press(&mut app, &[ch('x')]);
    assert_eq!(app.policy().measures.len(), before.measures.len());
    press(&mut app, &[ch('u'), ch('u'), ch('u')]);
    assert_eq!(*app.policy(), before);
}

/// Opens the editor on the selected measure and moves to its amount row.
fn edit_amount(app: &mut App) {
    press(app, &[ch('e'), key(KeyCode::Down), key(KeyCode::Down)]);
}

#[test]
fn a_schedule_is_edited_year_by_year_in_the_measure_editor() {
    let mut app = measures_app();
    let before = app.policy().clone();
    let index = app.selected_measure().expect("selected");
    let start = before.measures[index].timing.start;
    let constant = match before.measures[index].amount {
        Amount::Constant(value) => value,
        Amount::Schedule(_) => panic!("the first measure is a constant"),
    };
    edit_amount(&mut app);
    // `a` turns the constant into a one-year schedule (same numbers), then
    // adds the next year at the same value.
    press(&mut app, &[ch('a')]);
    assert_eq!(
        app.policy().measures[index].amount,
        Amount::Schedule(vec![(start, constant)])
    );
    assert_eq!(
        app.projection().years,
        project(app.baseline(), &before).years,
        "a one-year schedule from the start is the constant"
    );
    // Shown as the one value it is, in the editor and in the list.
    let shown = screen(&mut app, 120, 40);
    assert!(shown.contains("schedule of 1 year (steps)"), "{shown}");
    press(&mut app, &[key(KeyCode::Esc)]);
    let listed = screen(&mut app, 120, 40);
    assert!(listed.contains(" 25 ha/yr"), "{listed}");
    assert!(!listed.contains("25→25"), "{listed}");
    edit_amount(&mut app);
    press(&mut app, &[ch('a')]);
    // The new year is selected: type its value.
    press(&mut app, &[key(KeyCode::Enter)]);
    press(&mut app, &text("40"));
    press(&mut app, &[key(KeyCode::Enter)]);
    assert_eq!(
        app.policy().measures[index].amount,
        Amount::Schedule(vec![(start, constant), (start + 1, 40.0)])
    );
    // YEAR=VALUE on the amount row puts a year anywhere in the table.
    press(
        &mut app,
        &[key(KeyCode::Up), key(KeyCode::Up), key(KeyCode::Enter)],
    );
    press(&mut app, &text("2031=10"));
    press(&mut app, &[key(KeyCode::Enter)]);
    assert_eq!(
        app.policy().measures[index].amount,
        Amount::Schedule(vec![(start, constant), (start + 1, 40.0), (2031, 10.0)])
    );
    assert_snapshot!(
        "measure_editor_with_a_schedule_at_100x30",
        render(&mut app, 100, 30).backend()
    );

    // A year past the horizon is refused, with the rule.
    press(&mut app, &[key(KeyCode::Enter)]);
    press(&mut app, &text("2099=1"));
    press(&mut app, &[key(KeyCode::Enter)]);
    match &app.mode {
        Mode::Measure(editor) => assert!(editor.form.error.is_some(), "{editor:?}"),
        other => panic!("expected the editor, got {other:?}"),
    }
    press(&mut app, &[key(KeyCode::Esc)]);

    // `x` on a year removes it.
    press(&mut app, &[key(KeyCode::Down), ch('x')]);
    assert_eq!(
        app.policy().measures[index].amount,
        Amount::Schedule(vec![(start + 1, 40.0), (2031, 10.0)])
    );
    // Undo inside the editor walks every change back.
    press(&mut app, &[ch('u'), ch('u'), ch('u'), ch('u'), ch('u')]);
    assert_eq!(*app.policy(), before);
    press(&mut app, &[key(KeyCode::Esc)]);
    assert_eq!(app.mode, Mode::Normal);
}

#[test]
fn an_edited_package_saved_and_reopened_projects_the_same_numbers() {
    let dir = tempfile::tempdir().expect("temp dir");
    let path = dir.path().join("measures.toml");
    fs::copy("policies/announced-measures.toml", &path).expect("copy the package");
    let baseline = crate::support::baseline();
    let policy = levers_files::load_policy(&path, &baseline).expect("reads");
    let mut app = App::new(baseline, policy, Some(path.clone()));
    app.stamp = levers_files::fsio::stamp(&path);

    press(&mut app, &[ch('a'), key(KeyCode::Enter), ch('L'), ch('L')]);
    press(&mut app, &[key(KeyCode::Up)]);
    edit_amount(&mut app);
    press(&mut app, &[ch('a'), ch('a'), ch('L'), key(KeyCode::Esc)]);
    assert!(app.is_dirty());
    let edited = app.policy().clone();
    assert!(
        edited
            .measures
            .iter()
            .any(|m| matches!(&m.amount, Amount::Schedule(points) if points.len() == 2))
    );
    press(&mut app, &[ch('s')]);
    assert!(!app.is_dirty(), "{:?}", app.mode);

    let reopened: Policy = levers_files::load_policy(&path, app.baseline()).expect("reads back");
    assert_eq!(reopened.measures, edited.measures);
    let again = App::new(app.baseline().clone(), reopened, Some(path));
    assert_eq!(again.projection().years, app.projection().years);
    assert_eq!(again.attribution(), app.attribution());
}

#[test]
fn attribution_per_kind_treats_each_kind_as_one_player() {
    let mut app = measures_app();
    press(&mut app, &[ch('K')]);
    assert_eq!(app.attribution_players(), AttributionPlayers::Kinds);
    let kinds: Vec<&Contributor> = app.attribution().contributors.iter().collect();
    assert_eq!(kinds.len(), 4, "{kinds:?}");
    assert!(kinds.iter().all(|c| matches!(c, Contributor::Kind(_))));
    assert_eq!(
        *app.attribution(),
        levers_core::analysis::attribute_by_kind(app.baseline(), app.policy())
    );
    let text = screen(&mut app, 120, 40);
    assert!(text.contains("Co-investment"), "{text}");
    press(&mut app, &[ch('K')]);
    assert!(matches!(
        app.attribution().contributors[0],
        Contributor::Measure { .. }
    ));
}

#[test]
fn the_package_editor_changes_target_budget_and_name_each_undoable() {
    let mut app = measures_app();
    let before = app.policy().clone();
    press(&mut app, &[ch('E')]);
    assert!(matches!(app.mode, Mode::Package(_)));
    // Target share: down two rows, one step up.
    press(
        &mut app,
        &[key(KeyCode::Down), key(KeyCode::Down), key(KeyCode::Right)],
    );
    assert!((app.policy().target.share_pct - (before.target.share_pct + 0.1)).abs() < 1e-9);
    // Budget cap: typed.
    press(
        &mut app,
        &[key(KeyCode::Down), key(KeyCode::Down), key(KeyCode::Down)],
    );
    press(&mut app, &[key(KeyCode::Enter)]);
    press(&mut app, &text("12.5"));
    press(&mut app, &[key(KeyCode::Enter)]);
    assert_eq!(app.policy().budget.cap_hkd_bn_per_year, Some(12.5));
    // An out-of-range cap is refused with its range.
    press(&mut app, &[key(KeyCode::Enter)]);
    press(&mut app, &text("5000"));
    press(&mut app, &[key(KeyCode::Enter)]);
    match &app.mode {
        Mode::Package(editor) => {
            let error = editor.form.error.as_deref().unwrap_or_default();
            assert!(error.contains("expected"), "{error}");
        }
        other => panic!("expected the package editor, got {other:?}"),
    }
    assert_snapshot!(
        "package_editor_at_80x24",
        render(&mut app, 80, 24).backend()
    );
    press(
        &mut app,
        &[key(KeyCode::Esc), ch('u'), ch('u'), key(KeyCode::Esc)],
    );
    assert_eq!(*app.policy(), before);
}

#[test]
fn the_help_lists_the_measure_keys() {
    let mut app = measures_app();
    press(&mut app, &[ch('?')]);
    let text = screen(&mut app, 120, 60);
    for phrase in [
        "add a measure (pick its kind)",
        "duplicate the selected measure",
        "rename the selected measure",
        "attribution per measure / per kind",
        "Measure editor",
        "add year",
    ] {
        assert!(text.contains(phrase), "{phrase} missing:\n{text}");
    }
}

#[test]
fn a_click_selects_a_measure_and_scrolling_on_it_steps_its_amount() {
    let mut app = measures_app();
    let text = screen(&mut app, 120, 40);
    // The row of the co-investment measure, in the list's column.
    let (row, _) = text
        .lines()
        .enumerate()
        .find(|(_, line)| line.contains("NIAS, I&T Industr"))
        .unwrap_or_else(|| panic!("the measure is on screen:\n{text}"));
    let row = u16::try_from(row).unwrap_or(u16::MAX);
    let index = app
        .policy()
        .measures
        .iter()
        .position(|m| m.name == "zone_coinvestment")
        .unwrap_or_else(|| panic!("zone_coinvestment"));
    let before = app.policy().measures[index].amount.clone();
    levers::tui::dispatch(
        &mut app,
        levers::tui::action::Action::Click { column: 5, row },
        &[],
    );
    assert_eq!(app.selected_measure(), Some(index));
    levers::tui::dispatch(
        &mut app,
        levers::tui::action::Action::ScrollUp { column: 5, row },
        &[],
    );
    let step = MeasureKind::Coinvestment.field().spec().step;
    match (&before, &app.policy().measures[index].amount) {
        (Amount::Constant(old), Amount::Constant(new)) => {
            // One step up, onto the kind's grid.
            assert!(new > old && new - old <= step, "{old} → {new}");
            assert_eq!((new / step).fract(), 0.0, "{new}");
        }
        other => panic!("expected constants, got {other:?}"),
    }
    // A click on a kind heading selects nothing new.
    let heading = u16::try_from(
        text.lines()
            .position(|l| l.contains("Land release (land_release)"))
            .unwrap_or(0),
    )
    .unwrap_or(0);
    levers::tui::dispatch(
        &mut app,
        levers::tui::action::Action::Click {
            column: 5,
            row: heading,
        },
        &[],
    );
    assert_eq!(app.selected_measure(), Some(index));
}

#[test]
fn the_measure_list_at_80x24_and_60x20_keeps_the_selection_in_view() {
    let mut app = measures_app();
    // Select the last measure listed: it must stay on screen when rows are short.
    press(
        &mut app,
        &[key(KeyCode::Down), key(KeyCode::Down), key(KeyCode::Down)],
    );
    let last = app.selected_measure().expect("selected");
    assert_eq!(app.policy().measures[last].name, "zone_coinvestment");
    assert!(screen(&mut app, 60, 20).contains("NIAS, I&T"));
    assert_snapshot!("measure_list_at_80x24", render(&mut app, 80, 24).backend());
    assert_snapshot!("measure_list_at_60x20", render(&mut app, 60, 20).backend());
}

#[test]
fn with_every_measure_removed_the_list_stays_and_says_how_to_add_one() {
    let mut app = measures_app();
    press(&mut app, &[ch('x'), ch('x'), ch('x'), ch('x')]);
    assert!(app.policy().measures.is_empty());
    assert!(app.shows_measures());
    assert_eq!(app.selected_measure(), None);
    press(&mut app, &[ch('x'), ch('e'), key(KeyCode::Right)]);
    assert_eq!(app.mode, Mode::Normal);
    let shown = screen(&mut app, 80, 24);
    assert!(shown.contains("No measures: a adds one"), "{shown}");
    // A name the file format cannot hold is refused with the rule.
    press(
        &mut app,
        &[ch('a'), key(KeyCode::Enter), ch('r'), ctrl('u')],
    );
    press(&mut app, &text("bad.name"));
    press(&mut app, &[key(KeyCode::Enter)]);
    match &app.mode {
        Mode::Measure(editor) => {
            let error = editor.form.error.as_deref().unwrap_or_default();
            assert!(error.contains("cannot name a measure"), "{error}");
        }
        other => panic!("expected the editor, got {other:?}"),
    }
    assert_eq!(app.policy().measures[0].name, "rent_subsidy");
}

/// The announced measures plus land released from 2031: it costs money to
/// 2032 and, arriving late, moves nothing by then.
fn late_land_app(lang: levers_report::i18n::Lang) -> App {
    land_from_app(2031, None, lang)
}

/// The announced measures plus land released from `start`, projected to
/// `horizon` (the file's own without one).
fn land_from_app(start: i32, horizon: Option<i32>, lang: levers_report::i18n::Lang) -> App {
    let baseline = crate::support::baseline();
    let text = fs::read_to_string("policies/announced-measures.toml")
        .unwrap_or_else(|e| panic!("{e}"))
        + &format!(
            "\n[measures.late_land]\nkind = \"land_release\"\namount = 50.0\nstart = {start}\n"
        );
    let mut policy = levers_files::policy_file::parse_policy("late.toml", &text, &baseline)
        .unwrap_or_else(|e| panic!("{e:?}"));
    if let Some(horizon) = horizon {
        policy.horizon = horizon;
    }
    let mut app = App::new(baseline, policy, None);
    app.lang = lang;
    app
}

#[test]
fn a_measure_that_costs_money_and_moves_nothing_by_the_target_year_is_warned_of_with_its_reason() {
    let mut app = late_land_app(levers_report::i18n::Lang::En);
    let late = app
        .policy()
        .measures
        .iter()
        .position(|m| m.name == "late_land")
        .expect("the late measure");
    // The state: the one finder check, summary, explain and the brief use.
    let silent = app.silent_measures();
    assert_eq!(silent.len(), 1, "{silent:?}");
    assert_eq!(silent[0].index, late);
    let explained = levers_report::analysis::explain::silent_measures(
        app.lang,
        app.baseline(),
        app.policy(),
        app.attribution(),
    );
    assert_eq!(explained.len(), 1);
    assert!((explained[0].1 - silent[0].cost_hkd_bn).abs() < 1e-12);
    // The reason: it first acts after the target year, within the horizon.
    let from = app
        .first_effect_year(&silent[0])
        .expect("it acts before 2035");
    assert!(from > 2032 && from <= app.policy().horizon, "{from}");
    // The screen: the row marked, the warning with cost and reason under the list.
    let text = screen(&mut app, 120, 40);
    assert!(text.contains("│!late_land"), "{text}");
    let cost = levers_report::format::money(app.lang, silent[0].cost_hkd_bn * 1e9);
    let warning = format!("! late_land: {cost} to 2032,");
    assert!(text.contains(&warning), "{warning}\n{text}");
    // The reason wraps under the measure: the outcomes, then the year.
    assert!(
        text.contains("moves neither mfg share nor mfg jobs by 2032:"),
        "{text}"
    );
    assert!(text.contains(&format!("it first acts in {from}")), "{text}");
    assert_snapshot!(render(&mut app, 120, 40).backend());
    // A click on the warning selects no measure.
    let row = text
        .lines()
        .position(|l| l.contains(&warning))
        .expect("warning row");
    let line = text.lines().nth(row).unwrap_or_default();
    let column = line
        .find("! late")
        .map(|at| line[..at].chars().count())
        .expect("column");
    let (column, row) = (
        u16::try_from(column).expect("column"),
        u16::try_from(row).expect("row"),
    );
    let mut hits = levers::tui::hits::Hits::default();
    Terminal::new(TestBackend::new(120, 40))
        .expect("test terminal")
        .draw(|frame| hits = levers::tui::view::draw(frame, &app))
        .expect("draw");
    assert_eq!(hits.measure_at(column + 2, row), None);

    // Measures that all act: no mark, no warning.
    let mut sound = measures_app();
    assert!(sound.silent_measures().is_empty());
    let text = screen(&mut sound, 120, 40);
    assert!(!text.contains("moves neither"), "{text}");
}

#[test]
fn the_no_effect_warning_is_in_chinese_in_a_chinese_workbench() {
    let mut app = late_land_app(levers_report::i18n::Lang::ZhHant);
    let silent = app.silent_measures();
    let from = app
        .first_effect_year(&silent[0])
        .expect("it acts before 2035");
    // A wide character fills two cells: the second reads as a space.
    let text = screen(&mut app, 120, 40).replace(' ', "");
    assert!(text.contains(&format!("{from}年才開始見效")), "{text}");
    assert!(
        text.contains("2032年前對製造業佔比及製造業就業均無影響"),
        "{text}"
    );
    // The kind's key in our brackets, full-width in Chinese.
    assert!(text.contains("推出工業用地（land_release）"), "{text}");
}

#[test]
fn a_rent_subsidy_is_limited_to_new_plants_in_the_editor_undone_saved_and_reopened() {
    let dir = tempfile::tempdir().expect("temp dir");
    let path = dir.path().join("rent.toml");
    let baseline = crate::support::baseline();
    let mut policy = Policy::status_quo();
    policy.measures = vec![levers_core::measure::Measure::new(
        "rent",
        MeasureKind::RentSubsidy,
        Amount::Constant(20.0),
        2025,
    )];
    let text =
        levers_files::policy_file::write_policy(&levers_report::i18n::Lang::En, &policy, &baseline);
    fs::write(&path, text).expect("write the package");
    let policy = levers_files::load_policy(&path, &baseline).expect("reads");
    let mut app = App::new(baseline, policy, Some(path.clone()));
    app.stamp = levers_files::fsio::stamp(&path);
    let blanket = app.policy().clone();

    // Name, label, amount, start, ramp, end, then whom it pays.
    press(&mut app, &[ch('e')]);
    press(&mut app, &[key(KeyCode::Down); 6]);
    let shown = screen(&mut app, 100, 30);
    assert!(
        shown.contains("Paid to") && shown.contains("every firm"),
        "{shown}"
    );
    press(&mut app, &[key(KeyCode::Right)]);
    assert_eq!(app.policy().measures[0].eligible, Eligibility::NewPlants);
    let shown = screen(&mut app, 100, 30);
    assert!(shown.contains("new plants only"), "{shown}");
    assert_snapshot!(
        "measure_editor_new_plants_only_at_100x30",
        render(&mut app, 100, 30).backend()
    );
    // Paid on fewer firms, it costs less than the blanket subsidy.
    let cost = |policy: &Policy| {
        project(app.baseline(), policy)
            .year(2032)
            .map_or(f64::NAN, |y| y.cumulative_fiscal_cost_hkd_bn)
    };
    assert!(cost(app.policy()) < cost(&blanket));
    press(&mut app, &[ch('u')]);
    assert_eq!(*app.policy(), blanket);
    press(&mut app, &[key(KeyCode::Left), key(KeyCode::Esc), ch('s')]);
    assert!(!app.is_dirty(), "{:?}", app.mode);

    let saved = fs::read_to_string(&path).expect("saved");
    assert!(saved.contains("eligible = \"new_plants\""), "{saved}");
    let reopened = levers_files::load_policy(&path, app.baseline()).expect("reads back");
    assert_eq!(reopened.measures, app.policy().measures);
}

#[test]
fn the_selection_starts_on_the_first_measure_listed_and_removal_keeps_to_the_list() {
    let baseline = crate::support::baseline();
    let mut policy = crate::support::load("policies/announced-measures.toml", &baseline);
    // The file's first measure is a co-investment, listed last (after land,
    // R&D and talent): the selection starts at the top of the list, not on it.
    policy.measures.rotate_left(3);
    assert_eq!(policy.measures[0].kind, MeasureKind::Coinvestment);
    let mut app = App::new(baseline, policy, None);
    let kind = |app: &App| {
        let index = app.selected_measure().expect("a measure is selected");
        app.policy().measures[index].kind
    };
    assert_eq!(kind(&app), MeasureKind::LandRelease);
    let text = screen(&mut app, 120, 40);
    assert!(text.contains("san_tin_land · Land release"), "{text}");
    assert_snapshot!(render(&mut app, 120, 40).backend());

    // Removing a measure selects the one listed above it...
    press(&mut app, &[key(KeyCode::Down), key(KeyCode::Down)]);
    assert_eq!(kind(&app), MeasureKind::TalentAdmissions);
    press(&mut app, &[ch('x')]);
    assert_eq!(kind(&app), MeasureKind::RdGrants);
    // ...and removing the first listed selects the one that was below it.
    press(&mut app, &[key(KeyCode::Up)]);
    assert_eq!(kind(&app), MeasureKind::LandRelease);
    press(&mut app, &[ch('x')]);
    assert_eq!(kind(&app), MeasureKind::RdGrants);
}

#[test]
fn measure_keys_on_the_levers_open_the_measure_list_and_act_there() {
    // The Blueprint (format 2, one measure per dial) opens on the levers.
    let mut app = blueprint_app();
    assert!(!app.shows_measures());
    assert_eq!(app.context(), Context::Normal);
    let before = app.policy().measures.len();
    // `d` on the R&D grants lever duplicates its measure, in the list.
    press(&mut app, &keys("j j"));
    assert_eq!(
        app.selected_field(),
        levers_core::LeverField::GrantsHkdBnPerYear
    );
    press(&mut app, &[ch('d')]);
    assert!(app.shows_measures());
    assert_eq!(app.context(), Context::Measures);
    let measures = &app.policy().measures;
    assert_eq!(measures.len(), before + 1);
    let grants = measures.iter().filter(|m| m.kind == MeasureKind::RdGrants);
    assert_eq!(grants.count(), 2, "the R&D grants measure and its copy");
    let text = screen(&mut app, 120, 40);
    assert!(text.contains("duplicated as rd_grants_copy"), "{text}");
    assert!(
        text.contains(&format!("Measures ({})", before + 1)),
        "{text}"
    );
    // Undo takes the copy back; the list stays.
    press(&mut app, &[ch('u')]);
    assert_eq!(app.policy().measures.len(), before);
    assert_eq!(app.context(), Context::Measures);

    // `a` on the levers opens the kind picker over the list.
    let mut app = blueprint_app();
    press(&mut app, &[ch('a')]);
    assert!(matches!(app.mode, Mode::KindPicker(_)), "{:?}", app.mode);
    press(&mut app, &[key(KeyCode::Esc)]);
    assert_eq!(app.context(), Context::Measures);
}

#[test]
fn a_long_measure_editor_scrolls_its_rows_and_keeps_its_error_and_keys_in_view() {
    let mut app = measures_app();
    edit_amount(&mut app);
    // Years up to the horizon, then one more, refused.
    for _ in 0..12 {
        press(&mut app, &[ch('a')]);
    }
    let Mode::Measure(editor) = &app.mode else {
        panic!("expected the measure editor, got {:?}", app.mode);
    };
    assert!(
        editor.form.error.is_some(),
        "a year past the horizon is refused"
    );
    let shown = screen(&mut app, 80, 24);
    for text in ["the horizon (2035)", "Esc/e/q close", "2035: 25 ha a year"] {
        assert!(shown.contains(text), "{text}: {shown}");
    }
    // Back at the top, the first rows show again.
    press(&mut app, &vec![key(KeyCode::Up); 20]);
    let shown = screen(&mut app, 80, 24);
    assert!(shown.contains("Name (key in the file)"), "{shown}");
    assert!(shown.contains("Esc/e/q close"), "{shown}");
}

#[test]
fn a_measure_that_never_acts_is_warned_of_naming_the_outcomes_it_leaves_unchanged() {
    // Land released from 2031 in a projection to 2032 moves neither outcome
    // within it (sites take years to be formed); the warning said "it moves
    // neither to 2032".
    let mut app = land_from_app(2031, Some(2032), levers_report::i18n::Lang::En);
    press(&mut app, &keys("a esc"));
    assert!(app.shows_measures());
    let silent = app.silent_measures();
    assert_eq!(silent.len(), 1, "{silent:?}");
    assert_eq!(app.first_effect_year(&silent[0]), None);
    let terminal = render(&mut app, 200, 60);
    let text = screen_text(terminal.backend().buffer());
    // The reason wraps onto a second row under the measure rather than
    // being cut, at 200x60 as at 100x30.
    for text in [text, screen(&mut app, 100, 30)] {
        assert!(
            text.contains("   moves neither mfg share nor mfg jobs by"),
            "{text}"
        );
        assert!(text.contains("nor up to 2032"), "{text}");
        assert!(!text.contains("it moves neither to"), "{text}");
    }
    assert_snapshot!(terminal.backend());
    app.lang = levers_report::i18n::Lang::ZhHant;
    let text = screen(&mut app, 200, 60).replace(' ', "");
    assert!(
        text.contains("至2032年對製造業佔比及製造業就業仍無影響"),
        "{text}"
    );
}
