//! End to end in a real terminal: tmux runs the binary, keys move a lever and save
//! the package under a typed path, the screen shows the new KPI, the saved file
//! evaluates to the same number, and `q` leaves the pane at the shell.
//!
//! Skipped (with a notice) where tmux is not installed; under CI that fails.

use std::path::Path;

use crate::support::tmux::{self, Tmux};
use crate::support::{BINARY, levers, output_of, wait_until};

fn tmux_available() -> bool {
    tmux::terminal_tools(&[("tmux", "-V")], "the end-to-end terminal test")
}

fn eval_share(file: &Path) -> (f64, serde_json::Value) {
    let stdout = output_of(levers().args(["eval", "--format", "json"]).arg(file));
    let json: serde_json::Value = serde_json::from_slice(&stdout).expect("json");
    let package = if json.is_array() {
        json[0].clone()
    } else {
        json
    };
    let share = package["target"]["projected_share_pct"]
        .as_f64()
        .expect("projected share");
    (share, package)
}

/// The share KPI as the screen prints it: `5.02% ✓`.
fn share_on(screen: &str) -> Option<String> {
    screen
        .lines()
        .find_map(|l| {
            l.split_whitespace()
                .find(|w| w.ends_with('%') && w.contains('.'))
        })
        .map(str::to_string)
}

#[test]
fn keys_move_a_lever_save_as_a_typed_path_and_quit_back_to_the_shell() {
    if !tmux_available() {
        return;
    }
    let binary = BINARY;
    let dir = tempfile::tempdir().expect("temp dir");
    let home = dir.path().display().to_string();
    let tmux = Tmux::unique("e2e");
    // The user's settings add F6 for save-as; LEVERS_* keep the run away from the
    // real user's folders.
    let config = dir.path().join("config");
    std::fs::create_dir_all(&config).expect("config dir");
    std::fs::write(
        config.join("settings.toml"),
        "[keymap]\nsave_as = [\"F6\"]\n",
    )
    .expect("settings");
    let started = tmux.run(&[
        "new-session",
        "-d",
        "-s",
        "t",
        "-x",
        "120",
        "-y",
        "40",
        "-c",
        &home,
        "-e",
        &format!("HOME={home}"),
        "-e",
        &format!("XDG_DATA_HOME={home}/data"),
        "-e",
        &format!("LEVERS_CONFIG_DIR={home}/config"),
        "-e",
        &format!("LEVERS_DATA_DIR={home}/data"),
        "sh",
    ]);
    assert!(
        started.status.success(),
        "{}",
        String::from_utf8_lossy(&started.stderr)
    );

    tmux.send_text(&format!("'{binary}'"));
    tmux.send_keys(&["Enter"]);
    let first = tmux.wait_for("the workbench", |s| {
        s.contains("Levers") && s.contains("Share 20")
    });
    let share_before = share_on(&first).expect("share KPI on screen");

    // Rent subsidy (the first lever) three big steps up (one 20-point step
    // moves the share by less than the KPI's last digit), then save as a typed
    // path.
    tmux.send_keys(&["L", "L", "L"]);
    tmux.wait_for("the change", |s| {
        s.contains("unsaved") && s.contains(" 60 %")
    });
    tmux.send_keys(&["F6"]);
    tmux.wait_for("the save-as prompt (F6 from the settings file)", |s| {
        s.contains("Save as")
    });
    let saved = dir.path().join("e2e.toml");
    tmux.send_text(&saved.display().to_string());
    tmux.send_keys(&["Enter"]);
    let screen = tmux.wait_for("the save", |s| {
        s.contains("e2e.toml") && !s.contains("unsaved")
    });

    let (share, package) = eval_share(&saved);
    let expected = format!("{share:.2}%");
    assert_eq!(
        share_on(&screen).as_deref(),
        Some(expected.as_str()),
        "{screen}"
    );
    assert_ne!(share_before, expected, "the KPI moved with the lever");
    assert!(package["target"].is_object());

    tmux.send_keys(&["q"]);
    let shell = tmux.wait_for("the shell", |s| {
        !s.contains("Levers") && !s.contains("Share 20")
    });
    wait_until("the shell back in the pane", || {
        match tmux.current_command().as_str() {
            "sh" => Ok(()),
            other => Err(format!("the pane runs {other}; screen:\n{shell}")),
        }
    });
}
