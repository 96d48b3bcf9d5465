//! Crash recovery at the App level: a recovery copy is written after a change
//! (debounced), offered on the next start, restored as unsaved edits, and
//! removed on a clean quit or once the edits are saved.

use std::fs;
use std::time::{Duration, Instant};

use crate::support::app::*;
use levers::tui::app::Mode;
use levers::tui::recovery::{self, Recovery};
use ratatui::crossterm::event::KeyCode;

/// Whether `file` is a recovery copy of the package named `stem`.
fn is_copy_of(file: &std::path::Path, stem: &str) -> bool {
    let name = file.file_name().map(|n| n.to_string_lossy().into_owned());
    let toml = file.extension().is_some_and(|e| e == "toml");
    toml && name.is_some_and(|n| n.starts_with(&format!("{stem}.")))
}

#[test]
fn a_change_is_kept_offered_on_the_next_start_restored_and_removed_on_quit() {
    let data = tempfile::tempdir().expect("temp dir");
    let dir = data.path().join("recovery");
    let start = Instant::now();

    // First session: one change, then the process dies (no quit).
    let mut app = blueprint_app();
    let mut copy = Recovery::new(dir.clone());
    let file = copy.file(&app);
    assert!(is_copy_of(&file, "untitled"), "{}", file.display());
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
    let own = copy.file(&app);
    assert_ne!(own, file, "each session keeps its own copy");
    assert!(own.exists());
    assert!(!file.exists(), "the copy restored from is taken over");

    // A clean quit ("discard" at the unsaved question) removes it.
    press(&mut app, &[ch('q'), ch('d')]);
    assert!(app.should_quit());
    copy.remove();
    assert!(!own.exists());
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
    drop(copy); // that workbench ends without a clean quit

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
    crate::support::write_package(&path, app.policy(), app.baseline());
    app.path = Some(path.clone());
    let mut copy = Recovery::new(dir.clone());
    let file = copy.file(&app);
    assert!(!is_copy_of(&file, "untitled"));
    assert!(is_copy_of(&file, &recovery::package_stem(Some(&path))));

    press(&mut app, &[ch('0')]);
    copy.sync(&app, Instant::now(), true);
    let text = fs::read_to_string(&file).expect("copy");
    assert_eq!(recovery::owner(&text), Some(path.display().to_string()));
    assert_eq!(
        fs::read_dir(&dir).expect("folder").count(),
        2,
        "the copy and its lock"
    );

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
    drop(copy); // that workbench ends without a clean quit

    let mut again = blueprint_app();
    again.path = Some(absolute);
    Recovery::new(dir).offer(&mut again);
    assert!(
        matches!(again.mode, Mode::Restore { .. }),
        "{:?}",
        again.mode
    );
}

/// Issue 12, item 4: two workbenches on one file each keep their own copy; a
/// copy is never offered, nor deleted, while the workbench that wrote it runs,
/// and is offered once that workbench has ended without a clean quit.
#[test]
fn a_second_workbench_on_the_same_file_neither_sees_nor_deletes_the_first_one_s_copy() {
    let data = tempfile::tempdir().expect("temp dir");
    let dir = data.path().join("recovery");

    // A edits the package and keeps a copy.
    let mut a = blueprint_app();
    let mut a_copy = Recovery::new(dir.clone());
    press(&mut a, &[ch('0')]);
    a_copy.sync(&a, Instant::now(), true);
    let a_file = a_copy.file(&a);
    assert!(a_file.exists());

    // B opens the same package while A runs: nothing is offered.
    let mut b = blueprint_app();
    let mut b_copy = Recovery::new(dir.clone());
    b_copy.offer(&mut b);
    assert_eq!(b.mode, Mode::Normal, "A's copy is not B's to restore");
    // B edits (its own copy), then quits cleanly: A's copy stays.
    press(&mut b, &[key(KeyCode::Down), ch('0')]);
    b_copy.sync(&b, Instant::now(), true);
    let b_file = b_copy.file(&b);
    assert_ne!(a_file, b_file);
    assert!(b_file.exists());
    b_copy.remove();
    drop(b_copy);
    assert!(!b_file.exists());
    assert!(a_file.exists(), "B's quit leaves A's copy");
    let a_edits = a.policy().clone();

    // A crashes (its lock goes with it): the next start offers A's edits.
    drop(a_copy);
    let mut c = blueprint_app();
    let mut c_copy = Recovery::new(dir);
    c_copy.offer(&mut c);
    assert!(matches!(c.mode, Mode::Restore { .. }), "{:?}", c.mode);
    press(&mut c, &[ch('y')]);
    assert_eq!(*c.policy(), a_edits);
}
