//! Whatever keys are pressed, the workbench never panics, never holds an invalid
//! package, and the screen always shows the projection of the package in force.

use crate::support::app::*;
use levers_core::project;
use proptest::prelude::*;
use ratatui::crossterm::event::{KeyCode, KeyEvent};

/// Keys that never reach the disk (no save, open or compare), so a run cannot
/// write files wherever the tests run.
fn any_key() -> impl Strategy<Value = KeyEvent> {
    prop_oneof![
        Just(key(KeyCode::Up)),
        Just(key(KeyCode::Down)),
        Just(key(KeyCode::Left)),
        Just(key(KeyCode::Right)),
        Just(key(KeyCode::Enter)),
        Just(key(KeyCode::Esc)),
        Just(key(KeyCode::Tab)),
        Just(key(KeyCode::Backspace)),
        Just(ch('H')),
        Just(ch('L')),
        Just(ch('0')),
        Just(ch('1')),
        Just(ch('9')),
        Just(ch('.')),
        Just(ch('-')),
        Just(ch('e')),
        Just(ch('x')),
        Just(ch('u')),
        Just(ch('p')),
        Just(ch('?')),
        Just(ch('q')),
        Just(ch('n')),
        Just(ctrl('r')),
        Just(ctrl('u')),
    ]
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(48))]

    #[test]
    fn any_key_sequence_keeps_a_valid_package_and_a_true_screen(
        keys in proptest::collection::vec(any_key(), 1..80),
        width in 1u16..140,
        height in 1u16..50,
    ) {
        let mut app = blueprint_app();
        for key in keys {
            press(&mut app, &[key]);
            if app.should_quit {
                break;
            }
            let problems = app.policy().problems(&app.baseline);
            prop_assert!(problems.is_empty(), "{problems:?}");
            prop_assert_eq!(app.projection(), &project(&app.baseline, app.policy()));
        }
        let _ = render(&mut app, width, height);
    }
}

/// Keys of the measure list, the measure editor, the kind picker and the
/// package editor (never save, open, compare or seek).
fn any_measure_key() -> impl Strategy<Value = KeyEvent> {
    prop_oneof![
        Just(key(KeyCode::Up)),
        Just(key(KeyCode::Down)),
        Just(key(KeyCode::Left)),
        Just(key(KeyCode::Right)),
        Just(key(KeyCode::Enter)),
        Just(key(KeyCode::Esc)),
        Just(key(KeyCode::Backspace)),
        Just(ch('H')),
        Just(ch('L')),
        Just(ch('0')),
        Just(ch('2')),
        Just(ch('=')),
        Just(ch('a')),
        Just(ch('d')),
        Just(ch('r')),
        Just(ch('x')),
        Just(ch('e')),
        Just(ch('E')),
        Just(ch('P')),
        Just(ch('K')),
        Just(ch('u')),
        Just(ctrl('r')),
        Just(ctrl('u')),
    ]
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(24))]

    #[test]
    fn any_measure_editing_keeps_a_valid_package_and_undo_returns_to_the_file(
        keys in proptest::collection::vec(any_measure_key(), 1..50),
        width in 1u16..140,
        height in 1u16..50,
    ) {
        let baseline = crate::support::baseline();
        let opened = crate::support::load("policies/announced-measures.toml", &baseline);
        let mut app = app_with(opened.clone(), None);
        for key in keys {
            press(&mut app, &[key]);
            let problems = app.policy().problems(&app.baseline);
            prop_assert!(problems.is_empty(), "{problems:?}");
            prop_assert_eq!(app.projection(), &project(&app.baseline, app.policy()));
        }
        let _ = render(&mut app, width, height);
        press(&mut app, &[key(KeyCode::Esc), key(KeyCode::Esc), key(KeyCode::Esc)]);
        while app.history.can_undo() {
            press(&mut app, &[ch('u')]);
        }
        prop_assert_eq!(app.policy(), &opened);
    }
}
