//! Whatever keys are pressed, the workbench never panics, never holds an invalid
//! package, and the screen always shows the projection of the package in force.

use crate::support::app::*;
use levers::tui::App;
use levers_core::project;
use proptest::prelude::*;
use proptest::sample::select;
use proptest::test_runner::TestCaseError;

/// Keys of the dials that never reach the disk (no save, open or compare), so
/// a run cannot write files wherever the tests run.
const DIAL_KEYS: &str =
    "up down left right enter esc tab backspace H L 0 1 9 . - e x u p ? q n ctrl-r ctrl-u";

/// Keys of the measure list, the measure editor, the kind picker and the
/// package editor (never save, open, compare or seek).
const MEASURE_KEYS: &str =
    "up down left right enter esc backspace H L 0 2 = a d r x e E P K u ctrl-r ctrl-u";

/// Fails unless the package in force is valid and the projection on screen is
/// the projection of that package.
fn holds(app: &App) -> Result<(), TestCaseError> {
    let problems = app.policy().problems(app.baseline());
    prop_assert!(problems.is_empty(), "{problems:?}");
    prop_assert_eq!(app.projection(), &project(app.baseline(), app.policy()));
    Ok(())
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(48))]

    #[test]
    fn any_key_sequence_keeps_a_valid_package_and_a_true_screen(
        pressed in proptest::collection::vec(select(keys(DIAL_KEYS)), 1..80),
        width in 1u16..140,
        height in 1u16..50,
    ) {
        let mut app = blueprint_app();
        for key in pressed {
            press(&mut app, &[key]);
            if app.should_quit() {
                break;
            }
            holds(&app)?;
        }
        let _ = render(&mut app, width, height);
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(24))]

    #[test]
    fn any_measure_editing_keeps_a_valid_package_and_undo_returns_to_the_file(
        pressed in proptest::collection::vec(select(keys(MEASURE_KEYS)), 1..50),
        width in 1u16..140,
        height in 1u16..50,
    ) {
        let baseline = crate::support::baseline();
        let opened = crate::support::load("policies/announced-measures.toml", &baseline);
        let mut app = app_with(opened.clone(), None);
        for key in pressed {
            press(&mut app, &[key]);
            holds(&app)?;
        }
        let _ = render(&mut app, width, height);
        press(&mut app, &keys("esc esc esc"));
        while app.history().can_undo() {
            press(&mut app, &[ch('u')]);
        }
        prop_assert_eq!(app.policy(), &opened);
    }
}
