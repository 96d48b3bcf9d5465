//! Crash recovery at the App level: a recovery copy is written after a change
//! (debounced), offered on the next start, restored as unsaved edits, and
//! removed on a clean quit or once the edits are saved.

use std::fs;
use std::time::{Duration, Instant};

use crate::support::app::*;
use levers::tui::app::Mode;
use levers::tui::recovery::{self, Recovery};
use ratatui::crossterm::event::KeyCode;

#[test]
fn a_change_is_kept_offered_on_the_next_start_restored_and_removed_on_quit() {
    let data = tempfile::tempdir().expect("temp dir");
    let dir = data.path().join("recovery");
    let start = Instant::now();

    // First session: one change, then the process dies (no quit).
    let mut app = blueprint_app();
    let mut copy = Recovery::new(dir.clone());
    let file = copy.file(&app);
    assert_eq!(file, dir.join("untitled.toml"));
    copy.sync(&app, start, false);
    assert!(!file.exists(), "nothing unsaved, nothing kept");
    press(&mut app, &[ch('0')]);
    copy.sync(&app, start, false);
    let text = fs::read_to_string(&file).expect("recovery copy written after the change");
    assert_eq!(recovery::owner(&text).as_deref(), Some("untitled"));

    // Debounced: a second change within a second waits for the idle tick.
    press(&mut app, &[key(KeyCode::Down), ch('0')]);
    copy.sync(&app, start + Duration::from_millis(300), false);
    assert_eq!(fs::read_to_string(&file).expect("read"), text, "not yet");
    copy.sync(&app, start + Duration::from_millis(400), true);
    assert_ne!(
        fs::read_to_string(&file).expect("read"),
        text,
        "idle tick writes"
    );
    let edited = app.policy().clone();
    drop(copy); // killed: nothing cleans up

    // Next start: offered; restoring marks the package unsaved.
    let mut app = blueprint_app();
    let mut copy = Recovery::new(dir.clone());
    copy.offer(&mut app);
    assert!(matches!(app.mode, Mode::Restore { .. }), "{:?}", app.mode);
    let screen = format!("{:?}", render(&mut app, 120, 40).backend());
    assert!(screen.contains("Restore unsaved edits?"), "{screen}");
    press(&mut app, &[ch('y')]);
    assert_eq!(app.mode, Mode::Normal);
    assert_eq!(*app.policy(), edited);
    assert!(app.is_dirty());
    assert_eq!(rent(&app), 0.0);
    copy.sync(&app, Instant::now(), false);
    assert!(file.exists());

    // A clean quit ("discard" at the unsaved question) removes it.
    press(&mut app, &[ch('q'), ch('d')]);
    assert!(app.should_quit);
    copy.remove();
    assert!(!file.exists());
}

#[test]
fn declining_the_offer_removes_the_copy_and_keeps_the_file_version() {
    let data = tempfile::tempdir().expect("temp dir");
    let dir = data.path().join("recovery");
    let mut app = blueprint_app();
    let mut copy = Recovery::new(dir.clone());
    press(&mut app, &[ch('0')]);
    copy.sync(&app, Instant::now(), true);
    let file = copy.file(&app);
    assert!(file.exists());

    let mut app = blueprint_app();
    let original = app.policy().clone();
    let mut copy = Recovery::new(dir);
    copy.offer(&mut app);
    copy.sync(&app, Instant::now(), true);
    assert!(file.exists(), "kept while the question is open");
    press(&mut app, &[ch('n')]);
    assert_eq!(*app.policy(), original);
    assert!(!app.is_dirty());
    copy.sync(&app, Instant::now(), false);
    assert!(!file.exists(), "discarded");
}

#[test]
fn each_file_has_its_own_copy_and_saving_removes_it() {
    let data = tempfile::tempdir().expect("temp dir");
    let dir = data.path().join("recovery");
    let folder = tempfile::tempdir().expect("temp dir");
    let path = folder.path().join("mine.toml");
    let mut app = blueprint_app();
    fs::write(
        &path,
        levers_files::policy_file::write_policy(app.policy(), &app.baseline),
    )
    .expect("write");
    app.path = Some(path.clone());
    let mut copy = Recovery::new(dir.clone());
    let file = copy.file(&app);
    assert_ne!(file, dir.join("untitled.toml"));
    assert_eq!(file, recovery::file_for(&dir, Some(&path)));

    press(&mut app, &[ch('0')]);
    copy.sync(&app, Instant::now(), true);
    let text = fs::read_to_string(&file).expect("copy");
    assert_eq!(recovery::owner(&text), Some(path.display().to_string()));
    assert!(!dir.join("untitled.toml").exists());

    // Another package's start does not offer this copy.
    let mut other = blueprint_app();
    Recovery::new(dir.clone()).offer(&mut other);
    assert_eq!(other.mode, Mode::Normal);

    press(&mut app, &[ch('s')]);
    assert!(!app.is_dirty(), "{:?}", app.mode);
    copy.sync(&app, Instant::now(), false);
    assert!(!file.exists(), "saved: no copy needed");
}

#[test]
fn a_recovery_folder_that_cannot_be_written_is_reported_once() {
    let data = tempfile::tempdir().expect("temp dir");
    let blocker = data.path().join("not-a-folder");
    fs::write(&blocker, "x").expect("write");
    let mut app = blueprint_app();
    let mut copy = Recovery::new(blocker.join("recovery"));
    press(&mut app, &[ch('0')]);
    copy.sync(&app, Instant::now(), true);
    let error = copy.error.take().expect("the failure is reported");
    assert!(error.contains("cannot keep a recovery copy"), "{error}");
    assert!(error.contains("not-a-folder"), "{error}");
    press(&mut app, &[key(KeyCode::Down), ch('0')]);
    copy.sync(&app, Instant::now(), true);
    assert_eq!(copy.error, None, "not repeated on every retry");
    assert!(app.is_dirty(), "the edits themselves are untouched");
}

#[test]
fn the_copy_is_found_however_the_path_was_spelt() {
    let data = tempfile::tempdir().expect("temp dir");
    let dir = data.path().join("recovery");
    let relative = std::path::PathBuf::from("policies/blueprint-2032.toml");
    let absolute = std::env::current_dir().expect("cwd").join(&relative);
    let mut app = blueprint_app();
    app.path = Some(relative);
    let mut copy = Recovery::new(dir.clone());
    press(&mut app, &[ch('0')]);
    copy.sync(&app, Instant::now(), true);
    let text = fs::read_to_string(copy.file(&app)).expect("copy");
    assert_eq!(recovery::owner(&text), Some(absolute.display().to_string()));

    let mut again = blueprint_app();
    again.path = Some(absolute);
    Recovery::new(dir).offer(&mut again);
    assert!(
        matches!(again.mode, Mode::Restore { .. }),
        "{:?}",
        again.mode
    );
}
