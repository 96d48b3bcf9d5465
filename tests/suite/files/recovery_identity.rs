//! Recovery copies that cannot revert anyone's work (issue 22, defects 3 and
//! 4): a copy is found however the package's path is spelt, and a copy made
//! before someone else saved the file says so and makes the save ask.

use std::fs;
use std::path::Path;
use std::time::Instant;

use crate::support::app::*;
use levers::tui::App;
use levers::tui::app::{Mode, SaveQuestion};
use levers::tui::recovery::{self, Recovery};

/// A workbench on the package at `path` as the run loop opens one: read, stamped.
fn open(path: &Path) -> App {
    let baseline = crate::support::baseline();
    let text = fs::read_to_string(path).expect("package");
    let policy =
        levers_files::policy_file::parse_policy("p.toml", &text, &baseline).expect("valid package");
    let mut app = app_with(policy, Some(path.to_path_buf()));
    app.stamp = levers_files::fsio::stamp(path);
    app
}

/// A package file in `dir` (a copy of blueprint-2032), and the recovery folder.
fn package(dir: &Path) -> std::path::PathBuf {
    fs::create_dir_all(dir.join("tui")).expect("folder");
    let path = dir.join("tui").join("rp.toml");
    fs::copy("policies/blueprint-2032.toml", &path).expect("copy");
    path
}

/// Edits the package in a session that then dies (no clean quit).
fn edit_and_die(app: &mut App, recovery_dir: &Path) {
    let mut copy = Recovery::new(recovery_dir.to_path_buf());
    press(app, &[ch('0')]);
    copy.sync(app, Instant::now(), true);
    assert!(copy.file(app).exists());
}

#[test]
fn a_copy_is_offered_however_the_package_path_is_spelt() {
    let dir = tempfile::tempdir().expect("temp dir");
    let recovery_dir = dir.path().join("recovery");
    let path = package(dir.path());
    let odd = dir
        .path()
        .join("tui")
        .join("..")
        .join("tui")
        .join(".")
        .join("rp.toml");
    let mut first = open(&odd);
    edit_and_die(&mut first, &recovery_dir);

    let link = dir.path().join("link.toml");
    std::os::unix::fs::symlink(&path, &link).expect("link");
    for spelling in [path.clone(), link] {
        let mut again = open(&spelling);
        Recovery::new(recovery_dir.clone()).offer(&mut again);
        assert!(
            matches!(again.mode, Mode::Restore { changed: None, .. }),
            "{}: {:?}",
            spelling.display(),
            again.mode
        );
    }
}

#[test]
fn a_copy_older_than_the_file_says_so_and_saving_it_asks_first() {
    let dir = tempfile::tempdir().expect("temp dir");
    let recovery_dir = dir.path().join("recovery");
    let path = package(dir.path());
    // A edits and is killed; its copy records the file it was made from.
    let mut a = open(&path);
    edit_and_die(&mut a, &recovery_dir);
    let copy = fs::read_dir(&recovery_dir)
        .expect("recovery folder")
        .filter_map(Result::ok)
        .map(|e| e.path())
        .find(|p| p.extension().is_some_and(|e| e == "toml"))
        .expect("A's copy");
    let recorded = recovery::made_from(&fs::read_to_string(&copy).expect("copy"));
    assert_eq!(
        recorded,
        levers_files::fsio::stamp(&path),
        "the copy's stamp"
    );

    // B saves the same file (another value), then C starts.
    let text = fs::read_to_string(&path).expect("package");
    let saved_by_b = text.replacen("name = \"", "name = \"Saved by B: ", 1);
    fs::write(&path, &saved_by_b).expect("B saves");
    let mut c = open(&path);
    Recovery::new(recovery_dir).offer(&mut c);
    let Mode::Restore {
        changed: Some(changed),
        ..
    } = &c.mode
    else {
        panic!("the offer must say the file changed: {:?}", c.mode);
    };
    assert!(
        !changed.1.is_empty(),
        "what restoring would change is listed"
    );
    let screen = screen_text(render(&mut c, 120, 40).backend().buffer());
    assert!(
        screen.contains("saved after this copy was made"),
        "{screen}"
    );

    // Restoring keeps A's edits unsaved; saving asks before overwriting B's file.
    press(&mut c, &[ch('y'), ch('s')]);
    assert!(
        matches!(
            c.mode,
            Mode::ConfirmSave {
                question: SaveQuestion::ChangedOnDisk,
                ..
            }
        ),
        "{:?}",
        c.mode
    );
    assert_eq!(
        fs::read_to_string(&path).expect("file"),
        saved_by_b,
        "B's work is intact"
    );
}
