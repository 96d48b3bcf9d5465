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
//!
//! A copy is keyed on the file's canonical identity (symbolic links, `.` and
//! `..` resolved), so `levers tui ../x/./p.toml` and a link to it find the
//! same copy. Its second line records the stamp (length, time, hash) of the
//! file as the workbench had read it: if the file changed since (another
//! session saved it), the offer says so and lists what restoring would
//! change, and a restored package keeps the old stamp, so saving it asks
//! before overwriting the newer file.

use std::fs;
use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

use levers_core::Policy;

use super::app::{App, Mode};
use super::session_lock::{self, SessionLock};
use levers_files::fsio::FileStamp;
use levers_files::policy_file::{parse_policy, write_policy};
use levers_files::{fsio, settings};

/// The first line of a recovery copy, followed by the package's path as a JSON string.
pub const HEADER: &str = "# levers recovery copy of: ";

/// The second line, followed by the stamp of the file the edits were made on,
/// as JSON (`{"len":…,"digest":"…","modified":[secs,nanos]}`).
pub const MADE_FROM: &str = "# levers recovery copy made from: ";

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
            let hash = fsio::digest(identity(path).as_os_str().as_encoded_bytes());
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

/// The file `path` names, however it is spelt: canonical (links, `.` and
/// `..` resolved) when it exists, else its canonical folder and its name,
/// else the absolute path.
pub fn identity(path: &Path) -> PathBuf {
    if let Ok(canonical) = fs::canonicalize(path) {
        return canonical;
    }
    let absolute = std::path::absolute(path).unwrap_or_else(|_| path.to_path_buf());
    match (absolute.parent(), absolute.file_name()) {
        (Some(folder), Some(name)) => fs::canonicalize(folder)
            .map(|folder| folder.join(name))
            .unwrap_or(absolute),
        _ => absolute,
    }
}

/// The name recorded in a recovery copy's first line: the package's
/// [`identity`] (however it was spelt when opened), or `untitled`.
fn label(path: Option<&Path>) -> String {
    path.map_or_else(
        || "untitled".to_string(),
        |p| identity(p).display().to_string(),
    )
}

/// A recovery copy's text: the header naming the package, the stamp of the
/// file the edits were made on (when there is one), then the policy.
pub fn contents(app: &App) -> String {
    let name = serde_json::Value::String(label(app.path.as_deref())).to_string();
    let made_from = app
        .stamp
        .as_ref()
        .map(|stamp| format!("{MADE_FROM}{}\n", stamp_json(stamp)))
        .unwrap_or_default();
    format!(
        "{HEADER}{name}\n{made_from}{}",
        write_policy(&levers_report::i18n::Lang::En, app.policy(), app.baseline())
    )
}

fn stamp_json(stamp: &FileStamp) -> String {
    let modified = stamp
        .modified
        .and_then(|t| t.duration_since(std::time::UNIX_EPOCH).ok())
        .map(|d| serde_json::json!([d.as_secs(), d.subsec_nanos()]));
    serde_json::json!({
        "len": stamp.len,
        "digest": format!("{:016x}", stamp.digest),
        "modified": modified,
    })
    .to_string()
}

/// The stamp a recovery copy records of the file it was made from.
pub fn made_from(text: &str) -> Option<FileStamp> {
    let line = text.lines().nth(1)?.strip_prefix(MADE_FROM)?;
    let value: serde_json::Value = serde_json::from_str(line).ok()?;
    let digest = u64::from_str_radix(value.get("digest")?.as_str()?, 16).ok()?;
    let modified = value.get("modified").and_then(|m| {
        let secs = m.get(0)?.as_u64()?;
        let nanos = u32::try_from(m.get(1)?.as_u64()?).ok()?;
        std::time::UNIX_EPOCH.checked_add(Duration::new(secs, nanos))
    });
    Some(FileStamp {
        len: value.get("len")?.as_u64()?,
        modified,
        digest,
    })
}

/// A stamp no file has: a copy that records none is treated as made from a
/// file that has changed since (saving then asks before overwriting).
fn unknown_stamp() -> FileStamp {
    FileStamp {
        len: u64::MAX,
        modified: None,
        digest: 0,
    }
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
        let lang = app.lang;
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
        match parse_policy(&file.display().to_string(), &text, app.baseline()) {
            Ok(policy) if policy != *app.policy() => {
                self.found = Some(file.clone());
                // Did someone save the file after the copy was made?
                let changed = app.path.as_deref().and_then(|path| {
                    let seen = made_from(&text).unwrap_or_else(unknown_stamp);
                    fsio::changed_since(path, &seen).then(|| {
                        let changes = levers_report::compare::lever_changes(
                            lang,
                            app.policy(),
                            &policy,
                            app.baseline(),
                        );
                        (seen, changes)
                    })
                });
                app.mode = Mode::Restore {
                    policy: Box::new(policy),
                    file,
                    changed: changed.map(Box::new),
                };
            }
            Ok(_) => self.found = Some(file),
            Err(diagnostics) => {
                let text = crate::shown::diagnostics(app.lang, &diagnostics);
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
