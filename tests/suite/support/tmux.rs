//! A tmux server of a test's own, for end-to-end tests in a real terminal.
//! Shared by `tui/tmux.rs` and `tui/terminal_safety.rs`.

use std::process::{Command, Output};
use std::time::{SystemTime, UNIX_EPOCH};

use super::wait_until;

/// A tmux server on a unique socket (session `t`), killed when dropped.
pub struct Tmux {
    pub socket: String,
}

impl Tmux {
    /// A server name unique to this test run; no session is started yet.
    pub fn unique(name: &str) -> Tmux {
        let nanos = SystemTime::now()
            .duration_since(UNIX_EPOCH)
            .map_or(0, |d| d.as_nanos());
        Tmux {
            socket: format!("levers-{name}-{}-{nanos}", std::process::id()),
        }
    }

    pub fn run(&self, args: &[&str]) -> Output {
        Command::new("tmux")
            .args(["-L", &self.socket, "-f", "/dev/null"])
            .args(args)
            .output()
            .expect("tmux runs")
    }

    pub fn send_keys(&self, keys: &[&str]) {
        let mut args = vec!["send-keys", "-t", "t"];
        args.extend_from_slice(keys);
        assert!(self.run(&args).status.success(), "send-keys {keys:?}");
    }

    /// Types `text` literally (no key names).
    pub fn send_text(&self, text: &str) {
        assert!(
            self.run(&["send-keys", "-t", "t", "-l", text])
                .status
                .success()
        );
    }

    pub fn capture(&self) -> String {
        String::from_utf8_lossy(&self.run(&["capture-pane", "-p", "-t", "t"]).stdout).into_owned()
    }

    pub fn current_command(&self) -> String {
        let out = self.run(&[
            "display-message",
            "-p",
            "-t",
            "t",
            "#{pane_current_command}",
        ]);
        String::from_utf8_lossy(&out.stdout).trim().to_string()
    }

    /// Polls the pane until `done` holds, or fails after 20 s with the screen.
    pub fn wait_for(&self, what: &str, done: impl Fn(&str) -> bool) -> String {
        wait_until(what, || {
            let screen = self.capture();
            if done(&screen) {
                Ok(screen)
            } else {
                Err(format!("screen:\n{screen}"))
            }
        })
    }
}

impl Drop for Tmux {
    fn drop(&mut self) {
        let socket = self.run(&["display-message", "-p", "#{socket_path}"]);
        let _ = self.run(&["kill-server"]);
        // tmux leaves the socket file behind; a test should not.
        let path = String::from_utf8_lossy(&socket.stdout).trim().to_string();
        if path.contains(&self.socket) {
            let _ = std::fs::remove_file(path);
        }
    }
}

/// Whether `program arg` runs successfully (`tmux -V`, `pgrep -V`).
fn available(program: &str, arg: &str) -> bool {
    Command::new(program)
        .arg(arg)
        .output()
        .is_ok_and(|o| o.status.success())
}

/// Whether the programs a terminal test needs (`tmux -V`, `pgrep -V`) run. Where
/// they do not, a developer's run skips the test with a notice; under CI (env `CI`
/// set) the test fails instead, so a missing install step cannot pass unseen.
pub fn terminal_tools(programs: &[(&str, &str)], test: &str) -> bool {
    let missing: Vec<&str> = programs
        .iter()
        .filter(|(program, arg)| !available(program, arg))
        .map(|(program, _)| *program)
        .collect();
    if missing.is_empty() {
        return true;
    }
    let notice = format!("{} not installed: {test}", missing.join(" and "));
    assert!(std::env::var_os("CI").is_none(), "under CI, {notice}");
    eprintln!("skipping: {notice}");
    false
}
