//! Bad files through the workbench's open dialog behave as in `levers check`:
//! the same message, the package in force kept, no panic.

use std::path::Path;

use crate::support::app::*;
use crate::support::{files_in, levers, toml_test_corpus};
use levers::tui::App;
use levers::tui::app::Mode;
use ratatui::crossterm::event::KeyCode;

/// Opens `file` through the dialog (o, the typed path, Enter); returns the
/// message shown, after checking that the package was kept.
fn open_through_dialog(app: &mut App, file: &Path) -> Option<String> {
    let policy = app.policy().clone();
    let path = app.path.clone();
    press(app, &[ch('o')]);
    assert!(matches!(app.mode, Mode::Picker(_)), "{:?}", app.mode);
    let typed: Vec<_> = file
        .display()
        .to_string()
        .chars()
        .map(|c| key(KeyCode::Char(c)))
        .collect();
    press(app, &typed);
    press(app, &[key(KeyCode::Enter)]);
    let shown = match &app.mode {
        Mode::Message { title, text } => {
            assert!(title.contains("package kept"), "{title}");
            Some(text.clone())
        }
        _ => None,
    };
    assert_eq!(*app.policy(), policy, "{}: package kept", file.display());
    assert_eq!(app.path, path);
    assert!(!app.is_dirty());
    press(app, &[key(KeyCode::Esc)]);
    assert_eq!(app.mode, Mode::Normal);
    shown
}

#[test]
fn every_invalid_fixture_shows_the_message_levers_check_prints() {
    let folder = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/invalid");
    let files = files_in(&folder, "toml");
    assert!(files.len() >= 30, "{} fixtures", files.len());
    let mut app = blueprint_app();
    for file in &files {
        let output = levers()
            .arg("check")
            .arg(file)
            .output()
            .unwrap_or_else(|e| panic!("cannot run levers: {e}"));
        assert_eq!(output.status.code(), Some(2), "{}", file.display());
        let expected = String::from_utf8_lossy(&output.stderr);
        let shown = open_through_dialog(&mut app, file);
        assert_eq!(
            shown.as_deref(),
            Some(expected.trim_end()),
            "{}",
            file.display()
        );
    }
}

#[test]
fn every_toml_test_file_is_refused_with_a_message_and_the_package_kept() {
    let dir = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
    let (invalid, valid) = toml_test_corpus(dir.path());
    let mut app = blueprint_app();
    let mut count = 0;
    for file in invalid.iter().chain(&valid) {
        let shown = open_through_dialog(&mut app, file);
        let text = shown.unwrap_or_else(|| panic!("{}: no message", file.display()));
        assert!(!text.trim().is_empty(), "{}", file.display());
        count += 1;
    }
    assert!(count > 100, "{count} files");
}
