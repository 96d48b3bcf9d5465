//! Issue 12, item 3 (and issue 14, item 4): a save keeps the user's text.
//! A workbench save edits the file in place (comments, key order, layout and
//! the `#:schema` line kept; one value changed is one line changed), format-2
//! measures are changed, added and removed in place, and a package written
//! from scratch names a schema that exists once `levers schema --install` ran.

use std::fs;
use std::path::Path;

use crate::support::app::*;
use crate::support::{baseline, levers, load};
use levers::tui::App;
use levers::tui::app::Mode;
use levers_core::measure::Amount;
use levers_files::policy_file::{parse_policy, update_document};
use ratatui::crossterm::event::KeyCode;

const BLUEPRINT: &str = "policies/blueprint-2032.toml";
const MEASURES: &str = "policies/announced-measures.toml";

/// The lines of `before` and `after` that differ, as `diff` would list them
/// (the two must have the same number of lines).
fn changed_lines(before: &str, after: &str) -> Vec<(String, String)> {
    assert_eq!(
        before.lines().count(),
        after.lines().count(),
        "lines added or removed:\n{after}"
    );
    before
        .lines()
        .zip(after.lines())
        .filter(|(a, b)| a != b)
        .map(|(a, b)| (a.to_string(), b.to_string()))
        .collect()
}

fn comments(text: &str) -> Vec<&str> {
    text.lines()
        .filter_map(|line| line.split_once('#').map(|(_, comment)| comment))
        .collect()
}

/// The workbench opened on `path` through its open dialog, as a user would.
fn open(path: &Path) -> App {
    let mut app = blueprint_app();
    press(&mut app, &[ch('o')]);
    press(&mut app, &text(&path.display().to_string()));
    press(&mut app, &[key(KeyCode::Enter)]);
    assert_eq!(app.mode, Mode::Normal, "opened");
    assert_eq!(app.path.as_deref(), Some(path));
    app
}

#[test]
fn one_value_changed_in_the_workbench_is_a_one_line_diff_keeping_every_comment() {
    let dir = tempfile::tempdir().expect("temp dir");
    let path = dir.path().join("blueprint.toml");
    let original = fs::read_to_string(BLUEPRINT).expect("example");
    fs::write(&path, &original).expect("copy");
    let mut app = open(&path);
    let before = rent(&app);
    press(&mut app, &[key(KeyCode::Right), ch('s')]);
    assert_eq!(app.mode, Mode::Normal, "saved without a question");
    assert!(!app.is_dirty());
    assert_ne!(rent(&app), before, "the edit happened");

    let saved = fs::read_to_string(&path).expect("saved");
    let changes = changed_lines(&original, &saved);
    assert_eq!(changes.len(), 1, "{changes:#?}");
    let (old_line, new_line) = &changes[0];
    assert!(old_line.starts_with("amount = 50.0"), "{old_line}");
    assert!(new_line.starts_with("amount = "), "{new_line}");
    // The comment is kept, in its column.
    assert_eq!(old_line.find('#'), new_line.find('#'), "{new_line}");
    assert_eq!(comments(&original), comments(&saved));
    assert_eq!(
        saved.lines().next(),
        Some("#:schema ../schema/policy.schema.json")
    );
    assert_eq!(
        load(&path.display().to_string(), app.baseline()),
        *app.policy()
    );

    // A second edit is made on the file as saved, again one line.
    press(
        &mut app,
        &[key(KeyCode::Down), key(KeyCode::Right), ch('s')],
    );
    let again = fs::read_to_string(&path).expect("saved again");
    assert_eq!(changed_lines(&saved, &again).len(), 1, "{again}");
}

#[test]
fn save_as_keeps_the_text_of_the_file_it_came_from() {
    let dir = tempfile::tempdir().expect("temp dir");
    let path = dir.path().join("blueprint.toml");
    let original = fs::read_to_string(BLUEPRINT).expect("example");
    fs::write(&path, &original).expect("copy");
    let mut app = open(&path);
    press(&mut app, &[key(KeyCode::Right), ch('S')]);
    let copy = dir.path().join("variant.toml");
    press(&mut app, &text(&copy.display().to_string()));
    press(&mut app, &[key(KeyCode::Enter)]);
    assert_eq!(app.mode, Mode::Normal, "saved as");
    let saved = fs::read_to_string(&copy).expect("saved as");
    assert_eq!(comments(&original), comments(&saved));
    assert_eq!(fs::read_to_string(&path).expect("left"), original);
    // The package keeps its name: the file name says where it is kept, not
    // what it is called (issue 21 reverses issue 12's renaming).
    assert_eq!(app.policy().name, "Blueprint 2032");
    assert_eq!(
        load(&copy.display().to_string(), app.baseline()).name,
        "Blueprint 2032"
    );
    assert!(saved.contains("name = \"Blueprint 2032\""), "{saved}");
}

#[test]
fn format_2_measures_are_changed_added_and_removed_in_place() {
    let baseline = baseline();
    let original = fs::read_to_string(MEASURES).expect("example");
    let mut policy = parse_policy(MEASURES, &original, &baseline).expect("reads");
    let removed = policy.measures.remove(1).name;
    policy.measures[0].amount = Amount::Constant(33.0);
    let mut added = policy.measures[0].clone();
    added.name = "extra_land".into();
    added.amount = Amount::Schedule(vec![(2027, 5.0), (2030, 10.0)]);
    policy.measures.push(added);

    let saved = update_document(
        &levers_report::i18n::Lang::En,
        MEASURES,
        Some(&original),
        &policy,
        &baseline,
    );
    assert_eq!(
        parse_policy(MEASURES, &saved, &baseline).expect("reads back"),
        policy
    );
    assert_eq!(
        saved.lines().next(),
        original.lines().next(),
        "#:schema kept"
    );
    assert!(!saved.contains(&format!("[measures.{removed}]")), "{saved}");
    // What stays is where it was: the file up to the removed measure, and the
    // changed amount keeps its comment.
    let head = original
        .split(&format!("[measures.{removed}]"))
        .next()
        .expect("head");
    let edited_head = head.replacen("amount = 25.0    ", "amount = 33.0    ", 1);
    assert_ne!(edited_head, head, "the first measure's amount was 25.0");
    assert!(saved.starts_with(&edited_head), "{saved}");
    let added_at = saved.find("[measures.extra_land]").expect("added");
    assert!(
        saved[added_at..].contains("amount = { 2027 = 5.0, 2030 = 10.0 }"),
        "{saved}"
    );
    for comment in comments(&original) {
        let in_removed = original
            .split(&format!("[measures.{removed}]"))
            .nth(1)
            .and_then(|rest| rest.split("\n[").next())
            .is_some_and(|body| body.contains(comment));
        assert!(
            in_removed || saved.contains(comment),
            "lost `{comment}`:\n{saved}"
        );
    }
}

#[test]
fn an_unchanged_package_is_saved_byte_for_byte() {
    let baseline = baseline();
    for file in [BLUEPRINT, MEASURES, "policies/announced.toml"] {
        let original = fs::read_to_string(file).expect("example");
        let policy = load(file, &baseline);
        assert_eq!(
            update_document(
                &levers_report::i18n::Lang::En,
                file,
                Some(&original),
                &policy,
                &baseline
            ),
            original,
            "{file}"
        );
    }
}

#[test]
fn a_package_written_from_scratch_names_a_schema_that_exists_after_install() {
    let data = tempfile::tempdir().expect("temp dir");
    let data_dir = data.path().join("data");
    let run = |args: &[&str]| {
        let output = levers()
            .env("LEVERS_DATA_DIR", &data_dir)
            .args(args)
            .output()
            .expect("runs");
        assert!(output.status.success(), "{args:?}: {output:?}");
        String::from_utf8(output.stdout).expect("UTF-8")
    };
    let installed = run(&["schema", "--install"]);
    let line = installed.trim();
    let url = line.strip_prefix("#:schema file://").expect(line);
    let schema_path = Path::new(url);
    assert!(schema_path.is_absolute(), "{line}");
    assert!(schema_path.starts_with(&data_dir), "{line}");
    let schema = fs::read_to_string(schema_path).expect("the schema named exists");
    assert_eq!(schema, run(&["schema"]), "the installed schema is current");

    let template = run(&["new"]);
    assert_eq!(template.lines().next(), Some(line), "levers new");
    let sought = data.path().join("sought.toml");
    run(&[
        "seek",
        "--target-share",
        "1.0",
        "--by",
        "2035",
        "-o",
        &sought.display().to_string(),
    ]);
    let written = fs::read_to_string(&sought).expect("seek -o wrote");
    assert_eq!(written.lines().next(), Some(line), "seek -o");
}

#[test]
fn a_workbench_edit_of_a_format_2_file_changes_one_line_and_keeps_every_comment() {
    let dir = tempfile::tempdir().expect("temp dir");
    let path = dir.path().join("measures.toml");
    let original = fs::read_to_string(MEASURES).expect("example");
    fs::write(&path, &original).expect("copy");
    let mut app = open(&path);
    // → steps the first measure's amount (San Tin land, 25 → 30 ha a year).
    press(&mut app, &[key(KeyCode::Right), ch('s')]);
    assert!(!app.is_dirty(), "{:?}", app.mode);
    let saved = fs::read_to_string(&path).expect("saved");
    let changed: Vec<(&str, &str)> = original
        .lines()
        .zip(saved.lines())
        .filter(|(a, b)| a != b)
        .collect();
    assert_eq!(original.lines().count(), saved.lines().count(), "{saved}");
    assert_eq!(changed.len(), 1, "one changed line: {changed:?}");
    let (before, after) = changed[0];
    assert!(before.starts_with("amount = 25.0"), "{before}");
    assert!(after.starts_with("amount = 30"), "{after}");
    assert!(
        after.ends_with("# ha a year: 300 ha spread evenly over 2027-2038 [A]"),
        "the comment stays: {after}"
    );
    let baseline = baseline();
    let numbers = |p: &levers_core::Policy| levers_core::project(&baseline, p);
    assert_eq!(
        numbers(&load(&path.display().to_string(), &baseline)),
        numbers(app.policy()),
        "the file projects as the workbench does"
    );
}

#[test]
fn every_kind_of_change_is_made_in_place_and_reads_back_exactly() {
    let baseline = baseline();
    let original = format!(
        "{}\"nev.growth\" = 0.09  # quoted spelling\n",
        fs::read_to_string("tests/fixtures/format-1/rd-led.toml").expect("example")
    );
    let before = parse_policy("rd", &original, &baseline).expect("reads");
    let id = |name: &str| levers_core::ParamId::from_name(name).expect(name);
    let mut after = before.clone();
    after.description = "Changed.".into();
    after.budget.cap_hkd_bn_per_year = None;
    after
        .assumptions
        .retain(|(p, _)| *p != id("rd_commercialisation_rate"));
    for (p, v) in &mut after.assumptions {
        if *p == id("nev.growth") {
            *v = 0.07;
        }
    }
    after.assumptions.push((id("biotech.growth"), 0.05));
    let mut land = before
        .group_timing(levers_core::LeverGroup::Rd)
        .expect("rd");
    land.timing.end = Some(2030);
    after.drop_group(levers_core::LeverGroup::Land);
    after.set_group_timing(levers_core::LeverGroup::Land, land);
    after.drop_group(levers_core::LeverGroup::Rd);

    let saved = update_document(
        &levers_report::i18n::Lang::En,
        "rd",
        Some(&original),
        &after,
        &baseline,
    );
    assert_eq!(
        parse_policy("rd", &saved, &baseline).expect("reads"),
        after,
        "{saved}"
    );
    assert!(
        saved.contains("\"nev.growth\" = 0.07  # quoted spelling"),
        "{saved}"
    );
    assert!(!saved.contains("rd_commercialisation_rate ="), "{saved}");
    assert!(saved.contains("biotech.growth = 0.05"), "{saved}");
    // A format-1 file is saved as format 2, each dial a measure.
    assert!(saved.contains("\nformat = 2"), "{saved}");
    assert!(!saved.contains("[levers"), "{saved}");
    assert!(!saved.contains("[measures.rd_grants]"), "{saved}");
    assert!(saved.contains("[measures.rent_subsidy]"), "{saved}");
    let first_comment = original.lines().nth(1).expect("a header comment");
    assert!(
        saved.contains(first_comment),
        "edited in place, not rewritten:\n{saved}"
    );
}

#[test]
fn a_save_that_cannot_keep_the_text_says_so() {
    let dir = tempfile::tempdir().expect("temp dir");
    let path = dir.path().join("blueprint.toml");
    fs::write(
        &path,
        fs::read_to_string("tests/fixtures/valid/format-1-blueprint.toml").expect("fixture"),
    )
    .expect("copy");
    let mut app = open(&path);
    // A named measure in a format-1 file: the file becomes format 2, its
    // comments kept (rewritten as `levers migrate` does), and the note says so.
    let measure = load(MEASURES, app.baseline()).measures[0].clone();
    let mut with_measure = app.policy().clone();
    with_measure.measures.push(measure);
    app.commit(with_measure);
    press(&mut app, &[ch('s')]);
    assert!(!app.is_dirty(), "{:?}", app.mode);
    let note = app.note().cloned().map(|n| n.text).unwrap_or_default();
    assert!(note.starts_with("saved as format 2"), "{note}");
    assert!(
        fs::read_to_string(&path)
            .expect("saved")
            .contains("# Blueprint 2032: a package aimed")
    );
    let numbers = |p: &levers_core::Policy| levers_core::project(app.baseline(), p);
    assert_eq!(
        numbers(&load(&path.display().to_string(), app.baseline())),
        numbers(app.policy()),
        "the file, now format 2, projects as the workbench does"
    );

    // An edit of that file, now format 2, keeps its text and says nothing of
    // the kind.
    let before = fs::read_to_string(&path).expect("written");
    let mut app = open(&path);
    press(&mut app, &[key(KeyCode::Right), ch('s')]);
    let note = app.note().cloned().map(|n| n.text).unwrap_or_default();
    assert!(note.starts_with("saved"), "{note}");
    assert!(!note.contains("written whole"), "{note}");
    let saved = fs::read_to_string(&path).expect("saved");
    let changed = before
        .lines()
        .zip(saved.lines())
        .filter(|(a, b)| a != b)
        .count();
    assert_eq!(changed, 1, "{saved}");
    let numbers = |p: &levers_core::Policy| levers_core::project(app.baseline(), p);
    assert_eq!(
        numbers(&load(&path.display().to_string(), app.baseline())),
        numbers(app.policy())
    );
}
