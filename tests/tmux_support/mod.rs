//! A tmux server of a test's own, for end-to-end tests in a real terminal.
//! Shared by tests/tui_tmux.rs and tests/hardening_tmux.rs.
#![allow(dead_code)]

use std::process::{Command, Output};
use std::time::{Duration, Instant, SystemTime, UNIX_EPOCH};

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
        let deadline = Instant::now() + Duration::from_secs(20);
        loop {
            let screen = self.capture();
            if done(&screen) {
                return screen;
            }
            assert!(
                Instant::now() < deadline,
                "timed out waiting for {what}; screen:\n{screen}"
            );
            std::thread::sleep(Duration::from_millis(50));
        }
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
pub fn available(program: &str, arg: &str) -> bool {
    Command::new(program)
        .arg(arg)
        .output()
        .is_ok_and(|o| o.status.success())
}
