//! The settings file: read as strictly as a policy, each mistake at
//! <file:line:column>, and the keymap kept by action name for the workbench.

use levers_files::settings::{self, Settings};

use crate::support::levers;

#[test]
fn a_full_settings_file_is_read() {
    let text = "theme = \"high-contrast\"\ndefault_format = \"csv\"\n\n[keymap]\nsave = [\"ctrl-s\", \"F2\"]\nquit = \"q\"\n";
    let settings = settings::parse("settings.toml", text).expect("valid");
    assert_eq!(settings.theme.as_deref(), Some("high-contrast"));
    assert_eq!(settings.default_format.as_deref(), Some("csv"));
    let keymap: Vec<(&str, Vec<&str>)> = settings
        .keymap
        .iter()
        .map(|(action, keys)| (action.as_str(), keys.iter().map(String::as_str).collect()))
        .collect();
    assert_eq!(
        keymap,
        [("quit", vec!["q"]), ("save", vec!["ctrl-s", "F2"])]
    );
}

#[test]
fn an_empty_file_is_the_defaults() {
    assert_eq!(
        settings::parse("s.toml", "").expect("valid"),
        Settings::default()
    );
}

#[test]
fn every_mistake_is_reported_with_file_line_and_column() {
    let text =
        "theme = 3\ncolour = \"red\"\ndefault_format = \"yaml\"\n[keymap]\nsave = [\"ctrl-\", 7]\n";
    let error =
        levers::shown::in_english(&settings::parse("my/settings.toml", text).expect_err("invalid"));
    for expected in [
        "my/settings.toml:1:9",
        "my/settings.toml:2:1",
        "unknown key `colour`",
        "my/settings.toml:3:18",
        "unknown output format \"yaml\"",
        "my/settings.toml:5:9",
        "\"ctrl-\" is not a key",
        "my/settings.toml:5:18",
    ] {
        assert!(
            error.contains(expected),
            "missing {expected:?} in:\n{error}"
        );
    }
    let syntax =
        levers::shown::in_english(&settings::parse("s.toml", "theme = \n").expect_err("not TOML"));
    assert!(
        syntax.contains("s.toml:1:9") && syntax.contains("not valid TOML"),
        "{syntax}"
    );
}

#[test]
fn paths_reports_a_broken_settings_file() {
    let dir = tempfile::tempdir().expect("temp dir");
    let file = dir.path().join("settings.toml");
    std::fs::write(&file, "[keymap]\nsave = 5\n").expect("write");
    let output = levers()
        .env("LEVERS_CONFIG_DIR", dir.path())
        .env("LEVERS_DATA_DIR", dir.path())
        .arg("paths")
        .output()
        .expect("runs");
    assert_eq!(output.status.code(), Some(2));
    let message = String::from_utf8_lossy(&output.stderr);
    assert!(
        message.contains(&format!("{}:2:8", file.display())),
        "{message}"
    );
    assert!(String::from_utf8_lossy(&output.stdout).contains("(exists)"));
}
