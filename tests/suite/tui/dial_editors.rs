//! The lever panel's editors — the group editor and the exact-value prompt —
//! driven against a context (package, baseline, language) alone, with no
//! `App`: each key answered with a reply the app would carry out.

use levers::tui::action::Action;
use levers::tui::edit::{DialRequest, ValuePrompt, dial_stepped};
use levers::tui::editor::{EditorContext, Reply};
use levers::tui::group::GroupEditor;
use levers_core::{Baseline, LeverField, LeverGroup, Policy};
use levers_report::i18n::Lang;

/// The Blueprint 2032 package (its land group starts in 2025).
fn blueprint() -> (Baseline, Policy) {
    let baseline = crate::support::baseline();
    let policy = crate::support::load("policies/blueprint-2032.toml", &baseline);
    (baseline, policy)
}

fn context<'a>(baseline: &'a Baseline, policy: &'a Policy) -> EditorContext<'a> {
    EditorContext {
        policy,
        baseline,
        lang: Lang::En,
    }
}

fn land_start(policy: &Policy) -> i32 {
    policy
        .group_timing(LeverGroup::Land)
        .expect("the Blueprint uses land")
        .timing
        .start
}

#[test]
fn a_group_step_replies_with_the_package_and_cancel_asks_to_revert_to_the_opening_one() {
    let (baseline, policy) = blueprint();
    let mut editor = GroupEditor::new(LeverGroup::Land);
    let Reply::Commit(stepped) = editor.handle(&context(&baseline, &policy), Action::Increase)
    else {
        panic!("a start year in range is committed");
    };
    assert_eq!(land_start(&stepped), land_start(&policy) + 1);
    assert_eq!(editor.error, None);
    // The app put the step in force; Esc asks for the package it opened on.
    let reply = editor.handle(&context(&baseline, &stepped), Action::Cancel);
    assert_eq!(reply, Reply::Effect(DialRequest::Revert(Box::new(policy))));
}

#[test]
fn a_group_editor_closes_plainly_when_nothing_changed_and_asks_the_app_to_undo() {
    let (baseline, policy) = blueprint();
    let context = context(&baseline, &policy);
    let mut editor = GroupEditor::new(LeverGroup::Land);
    assert_eq!(
        editor.handle(&context, Action::Undo),
        Reply::Effect(DialRequest::Undo)
    );
    assert_eq!(editor.handle(&context, Action::SelectNext), Reply::Stay);
    assert_eq!(editor.row, 1);
    assert_eq!(editor.handle(&context, Action::Cancel), Reply::Close);
    assert_eq!(
        GroupEditor::new(LeverGroup::Land).handle(&context, Action::Confirm),
        Reply::Close
    );
}

#[test]
fn a_typed_start_year_outside_the_projection_is_refused_keeping_the_text() {
    let (baseline, policy) = blueprint();
    let context = context(&baseline, &policy);
    let mut editor = GroupEditor::new(LeverGroup::Land);
    assert_eq!(editor.handle(&context, Action::TypeValue), Reply::Stay);
    for c in "2099".chars() {
        assert_eq!(editor.handle(&context, Action::InputChar(c)), Reply::Stay);
    }
    let Reply::Refuse(refusal) = editor.handle(&context, Action::Confirm) else {
        panic!("2099 is past the horizon");
    };
    assert!(refusal.contains("a year from"), "{refusal}");
    assert_eq!(editor.error.as_deref(), Some(refusal.as_str()));
    assert_eq!(editor.typing.as_deref(), Some("2099"));
}

#[test]
fn the_value_prompt_refuses_out_of_range_and_commits_and_closes_in_range() {
    let (baseline, policy) = blueprint();
    let context = context(&baseline, &policy);
    let field = LeverField::ALL[0];
    let mut prompt = ValuePrompt::new(field);
    for c in "1e9".chars() {
        assert_eq!(prompt.handle(&context, Action::InputChar(c)), Reply::Stay);
    }
    let Reply::Refuse(refusal) = prompt.handle(&context, Action::Confirm) else {
        panic!("1e9 is out of every dial's range");
    };
    assert_eq!(prompt.error.as_deref(), Some(refusal.as_str()));
    // Typing clears the refusal; a value in range is put in force and closes.
    assert_eq!(prompt.handle(&context, Action::ClearInput), Reply::Stay);
    assert_eq!(prompt.error, None);
    for c in "0".chars() {
        assert_eq!(prompt.handle(&context, Action::InputChar(c)), Reply::Stay);
    }
    let Reply::Effect(DialRequest::CommitAndClose(candidate)) =
        prompt.handle(&context, Action::Confirm)
    else {
        panic!("0 is in range");
    };
    assert_eq!(candidate.dial_value(field), 0.0);
    assert_eq!(prompt.handle(&context, Action::Cancel), Reply::Close);
}

#[test]
fn a_dial_at_the_end_of_its_range_does_not_step() {
    let (baseline, policy) = blueprint();
    let field = LeverField::ALL[0];
    let start = context(&baseline, &policy).default_start();
    let spec = field.spec();
    let mut at_max = policy.clone();
    at_max.set_dial(field, spec.max, start);
    assert!(dial_stepped(&at_max, field, 1.0, false, start).is_none());
    let down = dial_stepped(&at_max, field, -1.0, false, start).expect("room below the max");
    assert_eq!(down.dial_value(field), spec.max - spec.step);
}
