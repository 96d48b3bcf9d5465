//! The editors' reply protocol: the measure and package editors driven with
//! actions against a context (package, baseline, language) alone, with no
//! `App` — each key answered with a reply the app would carry out.

use levers::tui::action::Action;
use levers::tui::editor::{EditorContext, Reply, Request, rule_refusal};
use levers::tui::form::Form;
use levers::tui::measure_editor::{MeasureEditor, MeasureRow};
use levers::tui::package_editor::{PackageEditor, PackageRow};
use levers_core::measure::Amount;
use levers_core::{Baseline, Policy};
use levers_report::i18n::Lang;

/// The announced measures, the first (land release) a constant 25 ha a year.
fn announced() -> (Baseline, Policy) {
    let baseline = crate::support::baseline();
    let mut policy = crate::support::load("policies/announced-measures.toml", &baseline);
    policy.measures[0].amount = Amount::Constant(25.0);
    (baseline, policy)
}

fn context<'a>(baseline: &'a Baseline, policy: &'a Policy, lang: Lang) -> EditorContext<'a> {
    EditorContext {
        policy,
        baseline,
        lang,
    }
}

/// Moves the form's selection down to `row`, each move only the editor's.
fn select(editor: &mut impl Form, context: &EditorContext, row: usize) {
    for _ in 0..row {
        assert_eq!(editor.handle(context, Action::SelectNext), Reply::Stay);
    }
}

/// Types `text` into the selected row (from an empty prompt) and presses Enter.
fn type_in(editor: &mut impl Form, context: &EditorContext, text: &str) -> Reply {
    assert_eq!(editor.handle(context, Action::TypeValue), Reply::Stay);
    assert_eq!(editor.handle(context, Action::ClearInput), Reply::Stay);
    for c in text.chars() {
        assert_eq!(editor.handle(context, Action::InputChar(c)), Reply::Stay);
    }
    editor.handle(context, Action::Confirm)
}

#[test]
fn a_step_replies_with_the_package_to_commit_and_changes_nothing_itself() {
    let (baseline, policy) = announced();
    let context = context(&baseline, &policy, Lang::En);
    let mut editor = PackageEditor::default();
    select(&mut editor, &context, 2);
    assert_eq!(editor.selected_row(), PackageRow::TargetShare);
    let Reply::Commit(candidate) = editor.handle(&context, Action::Increase) else {
        panic!("a step in range is committed");
    };
    let step = candidate.target.share_pct - policy.target.share_pct;
    assert!((step - 0.1).abs() < 1e-9, "one step of 0.1, got {step}");
    let mut rest = *candidate.clone();
    rest.target.share_pct = policy.target.share_pct;
    assert_eq!(rest, policy, "only the target share changes");
    assert_eq!(editor.form.error, None);
    assert_eq!(editor.form.row, 2, "the editor stays on its row");
}

#[test]
fn a_typed_name_is_committed_and_an_empty_one_refused_keeping_the_text() {
    let (baseline, policy) = announced();
    let context = context(&baseline, &policy, Lang::En);
    let mut editor = PackageEditor::default();
    let Reply::Commit(renamed) = type_in(&mut editor, &context, "Renamed") else {
        panic!("a name is committed");
    };
    assert_eq!(renamed.name, "Renamed");
    assert_eq!(editor.form.typing, None, "the prompt closes once committed");

    // Refused by the package rules, in the words `levers check` gives them.
    let refusal = empty_name_refusal(Lang::En);
    assert_eq!(
        refusal,
        "the package's name is empty: expected a short name that titles the package in tables and reports, e.g. the file's name without `.toml`"
    );
    assert_eq!(
        type_in(&mut editor, &context, ""),
        Reply::Refuse(refusal.clone())
    );
    assert_eq!(editor.form.error, Some(refusal));
    assert_eq!(
        editor.form.typing,
        Some(String::new()),
        "the prompt stays open to try again"
    );
    // The next key clears the refusal shown.
    assert_eq!(editor.handle(&context, Action::InputChar('N')), Reply::Stay);
    assert_eq!(editor.form.error, None);
}

#[test]
fn a_change_that_breaks_a_model_rule_is_refused_in_the_rules_words() {
    let (baseline, policy) = announced();
    let context = context(&baseline, &policy, Lang::En);
    let mut editor = MeasureEditor::new(0);
    select(&mut editor, &context, 2);
    assert_eq!(editor.selected_row(&context), Some(MeasureRow::Amount));
    // What the core says of that amount, and that it says something new.
    let mut candidate = policy.clone();
    candidate.measures[0].amount = Amount::Constant(99_999_999.0);
    let before = policy.problems(&baseline);
    let problem = candidate
        .problems(&baseline)
        .into_iter()
        .find(|p| !before.contains(p))
        .expect("an amount far out of range breaks a rule");
    let expected = rule_refusal(Lang::En, &problem);
    assert_eq!(
        type_in(&mut editor, &context, "99999999"),
        Reply::Refuse(expected.clone())
    );
    assert_eq!(editor.form.error, Some(expected));
    assert_eq!(editor.form.typing.as_deref(), Some("99999999"));
}

#[test]
fn the_refusal_is_worded_in_the_contexts_language() {
    let (baseline, policy) = announced();
    let mut editor = PackageEditor::default();
    let chinese = context(&baseline, &policy, Lang::ZhHant);
    let Reply::Refuse(refusal) = type_in(&mut editor, &chinese, " ") else {
        panic!("a blank name is refused");
    };
    assert_eq!(refusal, empty_name_refusal(Lang::ZhHant));
    assert_ne!(refusal, empty_name_refusal(Lang::En));
}

/// The package rules' refusal of an empty name, as the workbench words a rule.
fn empty_name_refusal(lang: Lang) -> String {
    let (baseline, mut policy) = announced();
    policy.name = " ".into();
    let problem = policy
        .problems(&baseline)
        .into_iter()
        .find(|p| p.path == "name")
        .expect("a blank name breaks a package rule");
    rule_refusal(lang, &problem)
}

#[test]
fn undo_redo_and_close_are_asked_of_the_app() {
    let (baseline, policy) = announced();
    let context = context(&baseline, &policy, Lang::En);
    let mut editor = MeasureEditor::new(0);
    assert_eq!(
        editor.handle(&context, Action::Undo),
        Reply::Effect(Request::Undo)
    );
    assert_eq!(
        editor.handle(&context, Action::Redo),
        Reply::Effect(Request::Redo)
    );
    assert_eq!(editor.handle(&context, Action::Close), Reply::Close);
    // Esc while typing drops the text, not the editor.
    assert_eq!(editor.handle(&context, Action::TypeValue), Reply::Stay);
    assert_eq!(editor.handle(&context, Action::Cancel), Reply::Stay);
    assert_eq!(editor.form.typing, None);
}

#[test]
fn after_the_app_answers_the_editor_settles_on_the_package_in_force() {
    let (baseline, policy) = announced();
    let context = context(&baseline, &policy, Lang::En);
    let mut editor = MeasureEditor::new(0);
    // A year added: a constant becomes a one-year schedule, the new year selected.
    let Reply::Commit(scheduled) = editor.handle(&context, Action::AddYear) else {
        panic!("adding a year is committed");
    };
    let start = policy.measures[0].timing.start;
    assert_eq!(
        scheduled.measures[0].amount,
        Amount::Schedule(vec![(start, 25.0)])
    );
    let after = EditorContext {
        policy: &scheduled,
        ..context
    };
    assert!(editor.settle(&after));
    assert_eq!(editor.selected_row(&after), Some(MeasureRow::Year(0)));
    // A row past the end is brought back to the last row.
    editor.form.row = 99;
    assert!(editor.settle(&after));
    assert_eq!(editor.form.row, editor.row_count(&after) - 1);
    // The measure gone (an undo of its addition, say): the editor closes.
    let mut without = scheduled.clone();
    without.measures.clear();
    let gone = EditorContext {
        policy: &without,
        ..context
    };
    assert!(!editor.settle(&gone));
}

#[test]
fn talent_groups_and_measures_offer_no_sector_weights_they_cannot_use() {
    use crate::support::app::{app_with, keys, press, render, screen_text};
    // Admitted talent and trained workers join one labour market: the file
    // reader refuses sector weights on them, so no editor offers rows that
    // did nothing.
    let policy = crate::support::load("policies/talent-led.toml", &crate::support::baseline());
    let mut app = app_with(policy, None);
    for _ in 0..9 {
        if app.selected_field().group() != levers_core::LeverGroup::Talent {
            press(&mut app, &keys("down"));
        }
    }
    press(&mut app, &keys("e"));
    let levers::tui::app::Mode::Group(editor) = &app.mode else {
        panic!("expected the group editor, got {:?}", app.mode);
    };
    assert_eq!(editor.group, levers_core::LeverGroup::Talent);
    assert_eq!(editor.rows().len(), 3, "start, ramp, end");
    press(&mut app, &keys("down down down down down"));
    let levers::tui::app::Mode::Group(editor) = &app.mode else {
        panic!("expected the group editor, got {:?}", app.mode);
    };
    assert_eq!(
        editor.selected_row(),
        levers::tui::timing_rows::GroupRow::End
    );
    let terminal = render(&mut app, 100, 30);
    let shown = screen_text(terminal.backend().buffer());
    assert!(shown.contains("Talent: timing "), "{shown}");
    assert!(!shown.contains("Weight:"), "{shown}");
    assert!(!shown.contains("Targets:"), "{shown}");
    insta::assert_snapshot!(terminal.backend());
    // A group that targets sectors keeps its weights.
    press(&mut app, &keys("esc"));
    for _ in 0..9 {
        if app.selected_field().group() == levers_core::LeverGroup::Talent {
            press(&mut app, &keys("down"));
        }
    }
    press(&mut app, &keys("e"));
    let levers::tui::app::Mode::Group(editor) = &app.mode else {
        panic!("expected the group editor, got {:?}", app.mode);
    };
    assert_eq!(editor.rows().len(), 8);
    // A talent measure's editor has no weight rows either.
    let measure = levers_core::measure::Measure::new(
        "talent".to_string(),
        levers_core::measure::MeasureKind::TalentAdmissions,
        levers_core::measure::Amount::Constant(1000.0),
        2026,
    );
    let rows = levers::tui::measure_editor::MeasureRow::of(&measure);
    assert!(
        !rows.iter().any(|r| matches!(
            r,
            levers::tui::measure_editor::MeasureRow::Timing(
                levers::tui::timing_rows::GroupRow::Weight(_)
            )
        )),
        "{rows:?}"
    );
}
