//! Careful saves in the workbench, with real files: a file changed by someone
//! else, a link into another folder, and a save that fails all ask or explain,
//! and never lose the edits.

use std::fs;
use std::path::{Path, PathBuf};

use crate::support::app::*;
use levers::tui::App;
use levers::tui::app::{Mode, SaveQuestion};
use levers_core::LeverField;
use ratatui::crossterm::event::KeyCode;

/// An app on the default package, saved at `path` and opened from there (with
/// the stamp the run loop records at start).
/// The workbench asks before overwriting `path`, changed on disk since read.
fn assert_asks_changed_on_disk(app: &App, path: &Path) {
    let question = SaveQuestion::ChangedOnDisk;
    let path = path.to_path_buf();
    assert_eq!(app.mode, Mode::ConfirmSave { path, question });
}

fn app_on_file(path: &Path) -> App {
    let mut app = blueprint_app();
    crate::support::write_package(path, app.policy(), app.baseline());
    app.path = Some(path.to_path_buf());
    app.stamp = levers_files::fsio::stamp(path);
    app
}

#[test]
fn a_file_changed_on_disk_is_not_overwritten_without_asking() {
    let dir = tempfile::tempdir().expect("temp dir");
    let path = dir.path().join("p.toml");
    let mut app = app_on_file(&path);
    press(&mut app, &[key(KeyCode::Right)]);
    let edited = app.policy().clone();
    let theirs = format!(
        "{}\n# edited by someone else\n",
        fs::read_to_string(&path).expect("read")
    );
    fs::write(&path, &theirs).expect("their edit");

    press(&mut app, &[ch('s')]);
    assert_asks_changed_on_disk(&app, &path);
    press(&mut app, &[ch('n')]);
    assert_eq!(app.mode, Mode::Normal);
    assert_eq!(
        fs::read_to_string(&path).expect("read"),
        theirs,
        "'no' leaves the file"
    );
    assert!(app.is_dirty());
    assert_eq!(*app.policy(), edited);

    press(&mut app, &[ch('s'), ch('y')]);
    assert!(!app.is_dirty(), "{:?}", app.mode);
    let written = fs::read_to_string(&path).expect("read");
    assert_ne!(written, theirs);
    assert_eq!(
        levers_files::load_policy(&path, app.baseline()).expect("reads back"),
        edited
    );
    // Saved again: the new stamp is ours, so the next save does not ask.
    press(&mut app, &[key(KeyCode::Right), ch('s')]);
    assert_eq!(app.mode, Mode::Normal);
    assert!(!app.is_dirty());
}

#[test]
fn quitting_with_save_stops_when_the_file_changed_and_the_answer_is_no() {
    let dir = tempfile::tempdir().expect("temp dir");
    let path = dir.path().join("p.toml");
    let mut app = app_on_file(&path);
    press(&mut app, &[ch('0')]);
    fs::write(&path, "# replaced\n").expect("their edit");
    press(&mut app, &[ch('q'), ch('s')]);
    assert_asks_changed_on_disk(&app, &path);
    press(&mut app, &[ch('n')]);
    assert!(
        !app.should_quit(),
        "the quit waits for a save that did not happen"
    );
    assert_eq!(fs::read_to_string(&path).expect("read"), "# replaced\n");
    assert_eq!(rent(&app), 0.0);
}

#[test]
fn saving_through_a_link_into_another_folder_asks_then_writes_the_target() {
    let here = tempfile::tempdir().expect("temp dir");
    let elsewhere = tempfile::tempdir().expect("temp dir");
    let target = elsewhere.path().join("real.toml");
    let link = here.path().join("link.toml");
    let mut app = app_on_file(&target);
    std::os::unix::fs::symlink(&target, &link).expect("symlink");
    app.path = Some(link.clone());
    app.stamp = levers_files::fsio::stamp(&link);
    let original = fs::read_to_string(&target).expect("read");

    press(&mut app, &[ch('0'), ch('s')]);
    match &app.mode {
        Mode::ConfirmSave {
            path: l,
            question: SaveQuestion::LinkElsewhere { target: t },
        } => {
            assert_eq!(l, &link);
            assert_eq!(t, &fs::canonicalize(&target).expect("canonical"));
        }
        other => panic!("expected the link question, got {other:?}"),
    }
    let screen = format!("{:?}", render(&mut app, 120, 40).backend());
    assert!(screen.contains("Save through a link?"), "{screen}");
    press(&mut app, &[ch('n')]);
    assert_eq!(fs::read_to_string(&target).expect("read"), original);
    assert!(app.is_dirty());

    press(&mut app, &[ch('s'), ch('y')]);
    assert!(!app.is_dirty(), "{:?}", app.mode);
    assert!(
        fs::symlink_metadata(&link)
            .expect("link")
            .file_type()
            .is_symlink(),
        "the link stays a link"
    );
    let saved = levers_files::load_policy(&target, app.baseline()).expect("target reads");
    assert_eq!(saved.dial_value(LeverField::RentSubsidyPct), 0.0);
}

#[test]
fn a_link_in_the_same_folder_is_saved_through_without_asking() {
    let dir = tempfile::tempdir().expect("temp dir");
    let target = dir.path().join("real.toml");
    let link = dir.path().join("link.toml");
    let mut app = app_on_file(&target);
    std::os::unix::fs::symlink(&target, &link).expect("symlink");
    app.path = Some(link.clone());
    app.stamp = levers_files::fsio::stamp(&link);
    press(&mut app, &[ch('0'), ch('s')]);
    assert_eq!(app.mode, Mode::Normal);
    assert!(!app.is_dirty());
    assert!(
        fs::symlink_metadata(&link)
            .expect("link")
            .file_type()
            .is_symlink()
    );
    let saved = levers_files::load_policy(&target, app.baseline()).expect("target reads");
    assert_eq!(saved.dial_value(LeverField::RentSubsidyPct), 0.0);
}

fn assert_failed_save_keeps_edits(path: PathBuf, os_error: &str) {
    let mut app = blueprint_app();
    app.path = Some(path.clone());
    press(&mut app, &[ch('0')]);
    let edited = app.policy().clone();
    press(&mut app, &[ch('s')]);
    match &app.mode {
        Mode::Message { title, text } => {
            assert!(title.contains("Cannot save"), "{title}");
            assert!(text.contains(&path.display().to_string()), "{text}");
            assert!(text.contains(os_error), "{text}");
            assert!(text.contains("edits are kept"), "{text}");
        }
        other => panic!("expected the failure message, got {other:?}"),
    }
    assert!(app.is_dirty(), "still unsaved");
    assert_eq!(*app.policy(), edited, "edits kept");
    assert_eq!(app.path, Some(path));
    press(&mut app, &[key(KeyCode::Esc)]);
    assert_eq!(app.mode, Mode::Normal);
}

#[test]
fn a_save_into_a_missing_folder_says_why_and_keeps_the_edits() {
    let dir = tempfile::tempdir().expect("temp dir");
    assert_failed_save_keeps_edits(
        dir.path().join("no-such-folder").join("p.toml"),
        "No such file or directory",
    );
}

#[test]
fn a_save_under_a_regular_file_says_why_and_keeps_the_edits() {
    let dir = tempfile::tempdir().expect("temp dir");
    let file = dir.path().join("a-file");
    fs::write(&file, "not a folder").expect("write");
    assert_failed_save_keeps_edits(file.join("p.toml"), "Not a directory");
}

#[test]
fn a_save_into_a_read_only_place_says_why_and_keeps_the_edits() {
    // /proc refuses new files even to root.
    let path = PathBuf::from("/proc/levers-hardening-test.toml");
    let mut app = blueprint_app();
    app.path = Some(path.clone());
    press(&mut app, &[ch('0'), ch('s')]);
    assert!(
        matches!(&app.mode, Mode::Message { text, .. } if text.contains("/proc/levers-hardening-test.toml")),
        "{:?}",
        app.mode
    );
    assert!(app.is_dirty());
    assert!(!path.exists());
}

#[test]
fn save_as_onto_a_link_into_another_folder_asks_twice_then_writes_the_target() {
    let here = tempfile::tempdir().expect("temp dir");
    let elsewhere = tempfile::tempdir().expect("temp dir");
    let target = elsewhere.path().join("real.toml");
    fs::write(&target, "# theirs\n").expect("write");
    let link = here.path().join("link.toml");
    std::os::unix::fs::symlink(&target, &link).expect("symlink");
    let mut app = blueprint_app();
    press(&mut app, &[ch('0'), ch('S')]);
    let typed: Vec<_> = link
        .display()
        .to_string()
        .chars()
        .map(|c| key(KeyCode::Char(c)))
        .collect();
    press(&mut app, &typed);
    press(&mut app, &[key(KeyCode::Enter)]);
    assert_eq!(
        app.mode,
        Mode::ConfirmSave {
            path: link.clone(),
            question: SaveQuestion::Overwrite
        },
        "the file exists"
    );
    press(&mut app, &[ch('y')]);
    assert!(
        matches!(
            app.mode,
            Mode::ConfirmSave {
                question: SaveQuestion::LinkElsewhere { .. },
                ..
            }
        ),
        "{:?}",
        app.mode
    );
    press(&mut app, &[ch('n')]);
    assert_eq!(fs::read_to_string(&target).expect("read"), "# theirs\n");
    assert!(app.is_dirty());
    assert_eq!(app.path, None);
}

/// The mode any program gives a new file here (0666 less the umask).
fn usual_mode(dir: &Path) -> u32 {
    use std::os::unix::fs::PermissionsExt;
    let probe = dir.join("probe");
    fs::File::create(&probe).expect("probe");
    let mode = fs::metadata(&probe).expect("probe").permissions().mode() & 0o777;
    fs::remove_file(&probe).expect("probe");
    mode
}

fn mode_of(path: &Path) -> u32 {
    use std::os::unix::fs::PermissionsExt;
    fs::metadata(path).expect("saved").permissions().mode() & 0o777
}

#[test]
fn a_name_alone_is_saved_beside_the_open_file_with_the_usual_mode() {
    let dir = tempfile::tempdir().expect("temp dir");
    let mut app = app_on_file(&dir.path().join("p.toml"));
    press(&mut app, &[ch('S')]);
    let screen = screen_text(render(&mut app, 160, 40).backend().buffer());
    assert_eq!(app.save_as_folder(), dir.path());
    let folder = dir.path().display().to_string();
    assert!(
        screen.contains("a name alone is") && screen.contains(&format!("saved in {folder}")),
        "{screen}"
    );
    press(&mut app, &text("copy"));
    press(&mut app, &[key(KeyCode::Enter)]);
    let saved = dir.path().join("copy.toml");
    assert_eq!(app.mode, Mode::Normal);
    assert_eq!(app.path.as_deref(), Some(saved.as_path()));
    assert!(saved.is_file(), "not beside the open file");
    assert_eq!(mode_of(&saved), usual_mode(dir.path()));
}

#[test]
fn an_untitled_package_saved_by_name_goes_to_the_library_it_creates() {
    let home = tempfile::tempdir().expect("temp dir");
    let library = home.path().join("levers").join("policies");
    let mut app = blueprint_app();
    app.library = Some(library.clone());
    press_in(&mut app, &[ctrl('s')], std::slice::from_ref(&library));
    press_in(&mut app, &text("draft"), std::slice::from_ref(&library));
    press_in(
        &mut app,
        &[key(KeyCode::Enter)],
        std::slice::from_ref(&library),
    );
    let saved = library.join("draft.toml");
    assert_eq!(app.path.as_deref(), Some(saved.as_path()));
    assert!(saved.is_file(), "not in the library");
    assert_eq!(mode_of(&saved), usual_mode(home.path()));
    // A path with a folder in it is taken as typed.
    let elsewhere = home.path().join("elsewhere.toml");
    press(&mut app, &[ch('S')]);
    press(&mut app, &text(&elsewhere.display().to_string()));
    press(&mut app, &[key(KeyCode::Enter)]);
    assert!(elsewhere.is_file());
}

#[test]
fn a_file_opened_by_a_bare_name_is_saved_as_beside_itself() {
    let mut app = blueprint_app();
    app.path = Some(PathBuf::from("bp.toml"));
    app.library = Some(PathBuf::from("/somewhere/else"));
    assert_eq!(app.save_as_folder(), Path::new("."));
}
