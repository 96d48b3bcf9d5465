//! Crash recovery: while a package has unsaved edits, a copy of them is kept in
//! `<data dir>/recovery/` (see [`levers_files::settings::data_dir`]), one file per
//! edited package and running workbench: `<package>.<session>.toml`, where the
//! package is a hash of its absolute path (`untitled` for the built-in default)
//! and the session is the workbench's own id (`session_lock`). The copy
//! is a policy file whose first line names the package it belongs to. It is
//! written by the run loop (at most once per [`DEBOUNCE`], and on the next idle
//! tick), removed once the edits are saved or on a clean quit, and offered back
//! by [`Recovery::offer`] when a workbench starts on the package — only a copy
//! whose workbench no longer runs: two workbenches on one file each keep their
//! own copy, and neither is offered, nor deleted, while its owner runs.
//! [`super::app::App::update`] never touches it.

use std::fs;
use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

use levers_core::Policy;

use super::app::{App, Mode};
use super::session_lock::{self, SessionLock};
use levers_files::policy_file::{parse_policy, write_policy};
use levers_files::{fsio, settings};

/// The first line of a recovery copy, followed by the package's path as a JSON string.
pub const HEADER: &str = "# levers recovery copy of: ";

/// Least time between two writes while edits keep coming.
pub const DEBOUNCE: Duration = Duration::from_secs(1);

/// `<data dir>/recovery`, if there is a data folder.
pub fn dir() -> Option<PathBuf> {
    settings::recovery_dir()
}

/// The start of the names of the recovery copies for the package at `path`
/// (`None`: the untitled default): `untitled` or a hash of the absolute path.
pub fn package_stem(path: Option<&Path>) -> String {
    match path {
        None => "untitled".to_string(),
        Some(path) => {
            let hash = fnv1a(absolute(path).as_os_str().as_encoded_bytes());
            format!("{hash:016x}")
        }
    }
}

/// The session a copy named `<stem>.<session>.toml` belongs to; `None` for a
/// copy of another package, and an empty session for one from before sessions
/// (`<stem>.toml`), which no running workbench owns.
fn session_of<'a>(file_name: &'a str, stem: &str) -> Option<&'a str> {
    let rest = file_name.strip_prefix(stem)?.strip_suffix(".toml")?;
    if rest.is_empty() {
        return Some("");
    }
    rest.strip_prefix('.')
}

fn absolute(path: &Path) -> PathBuf {
    std::path::absolute(path).unwrap_or_else(|_| path.to_path_buf())
}

/// The name recorded in a recovery copy's first line: the package's absolute
/// path (however it was spelt when opened), or `untitled`.
fn label(path: Option<&Path>) -> String {
    path.map_or_else(
        || "untitled".to_string(),
        |p| absolute(p).display().to_string(),
    )
}

/// A recovery copy's text: the header naming the package, then the policy.
pub fn contents(app: &App) -> String {
    let name = serde_json::Value::String(label(app.path.as_deref())).to_string();
    format!(
        "{HEADER}{name}\n{}",
        write_policy(app.policy(), &app.baseline)
    )
}

/// The package a recovery copy's text belongs to, if its first line says so.
pub fn owner(text: &str) -> Option<String> {
    let first = text.lines().next()?.strip_prefix(HEADER)?;
    serde_json::from_str::<String>(first).ok()
}

/// The recovery copy of one workbench session.
#[derive(Debug)]
pub struct Recovery {
    dir: PathBuf,
    /// This workbench's id, in the names of its copies.
    session: String,
    /// Held from the first write on, so others know this session runs.
    lock: Option<SessionLock>,
    /// The copy last written and the policy in it.
    written: Option<(PathBuf, Policy)>,
    /// A copy from an earlier session, offered at start; removed once declined.
    found: Option<PathBuf>,
    last_write: Option<Instant>,
    /// Why a write failed, for the status bar (taken by the run loop; set once
    /// per run of failures, not on every retry).
    pub error: Option<String>,
    failing: bool,
}

impl Recovery {
    pub fn new(dir: PathBuf) -> Recovery {
        Recovery {
            dir,
            session: session_lock::new_session_id(),
            lock: None,
            written: None,
            found: None,
            last_write: None,
            error: None,
            failing: false,
        }
    }

    /// This session's copy of the package now open.
    pub fn file(&self, app: &App) -> PathBuf {
        let stem = package_stem(app.path.as_deref());
        self.dir.join(format!("{stem}.{}.toml", self.session))
    }

    /// The newest copy of the open package left by a workbench that no longer
    /// runs (never this session's, never one whose owner still runs).
    fn orphan(&self, app: &App) -> Option<PathBuf> {
        let stem = package_stem(app.path.as_deref());
        let entries = fs::read_dir(&self.dir).ok()?;
        entries
            .filter_map(Result::ok)
            .filter(|entry| {
                let name = entry.file_name();
                match session_of(&name.to_string_lossy(), &stem) {
                    Some("") => true,
                    Some(session) => {
                        session != self.session && !session_lock::is_running(&self.dir, session)
                    }
                    None => false,
                }
            })
            .max_by_key(|entry| entry.metadata().and_then(|m| m.modified()).ok())
            .map(|entry| entry.path())
    }

    /// Looks for a copy left by a workbench that did not quit cleanly and no
    /// longer runs; if there is one with edits, asks the user (restore / discard).
    pub fn offer(&mut self, app: &mut App) {
        session_lock::remove_stale(&self.dir, &self.session);
        let Some(file) = self.orphan(app) else {
            return;
        };
        let Ok(text) = fsio::read_text(&file) else {
            return;
        };
        if owner(&text).as_deref() != Some(label(app.path.as_deref()).as_str()) {
            return;
        }
        match parse_policy(&file.display().to_string(), &text, &app.baseline) {
            Ok(policy) if policy != *app.policy() => {
                self.found = Some(file.clone());
                app.mode = Mode::Restore {
                    policy: Box::new(policy),
                    file,
                };
            }
            Ok(_) => self.found = Some(file),
            Err(diagnostics) => {
                let text = diagnostics.to_string();
                let problem = text.lines().next().unwrap_or_default();
                app.say_error("note-recovery-unusable", &[("problem", problem)]);
            }
        }
    }

    /// Brings the copy up to date with `app`: written when there are edits not yet
    /// in it and [`DEBOUNCE`] has passed since the last write (or `now_anyway`:
    /// an idle tick or a signal), removed when nothing is unsaved.
    pub fn sync(&mut self, app: &App, now: Instant, now_anyway: bool) {
        if matches!(app.mode, Mode::Restore { .. }) {
            return;
        }
        if !app.is_dirty() {
            self.remove();
            return;
        }
        let file = self.file(app);
        if let Some((written, policy)) = &self.written
            && *written == file
            && policy == app.policy()
        {
            return;
        }
        if !now_anyway
            && self
                .last_write
                .is_some_and(|t| now.duration_since(t) < DEBOUNCE)
        {
            return;
        }
        if self.written.as_ref().is_some_and(|(old, _)| *old != file) {
            self.remove();
        }
        self.last_write = Some(now);
        let result = fs::create_dir_all(&self.dir)
            .and_then(|()| self.hold_lock())
            .and_then(|()| fsio::save_atomic(&file, &contents(app)));
        match result {
            Ok(()) => {
                self.failing = false;
                self.written = Some((file, app.policy().clone()));
                // A copy restored from is now kept as this session's own.
                if let Some(found) = self.found.take() {
                    let _ = fs::remove_file(found);
                }
            }
            Err(e) => {
                if !self.failing {
                    let path = file.display().to_string();
                    let problem = e.to_string();
                    self.error = Some(app.lang.format(
                        "note-recovery-cannot-keep",
                        &[("path", &path), ("problem", &problem)],
                    ));
                }
                self.failing = true;
            }
        }
    }

    /// Takes this session's lock before its first copy is written.
    fn hold_lock(&mut self) -> std::io::Result<()> {
        if self.lock.is_none() {
            self.lock = Some(SessionLock::take(&self.dir, &self.session)?);
        }
        Ok(())
    }

    /// Removes the copies this session knows of (edits saved, or a clean quit).
    pub fn remove(&mut self) {
        if let Some((file, _)) = self.written.take() {
            let _ = fs::remove_file(file);
        }
        if let Some(file) = self.found.take() {
            let _ = fs::remove_file(file);
        }
    }
}

fn fnv1a(bytes: &[u8]) -> u64 {
    bytes.iter().fold(0xcbf2_9ce4_8422_2325, |hash, byte| {
        (hash ^ u64::from(*byte)).wrapping_mul(0x0100_0000_01b3)
    })
}
