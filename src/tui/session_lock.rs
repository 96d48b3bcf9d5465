//! Which running workbench owns a recovery copy. Each workbench session has an
//! id (process id and a number, so two sessions in one process differ too) and
//! holds an exclusive lock (`flock`) on `<recovery dir>/<id>.lock` while it
//! runs; its copies are named `<package>.<id>.toml`. The kernel drops the lock
//! when the process ends however it ends (a crash, `kill -9`), so "the owner
//! still runs" is exactly "its lock is held" — no stale pid, no reused pid.

use std::fs::{self, File};
use std::io;
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicU32, Ordering};

use rustix::fs::{FlockOperation, flock};

/// This process's next session number.
static NEXT_SESSION: AtomicU32 = AtomicU32::new(0);

/// A new session id, unique among running workbenches and unlike any earlier
/// one (a process id is reused after a while): `<pid>-<start time>-<n>`.
pub fn new_session_id() -> String {
    let number = NEXT_SESSION.fetch_add(1, Ordering::Relaxed);
    let started = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map_or(0, |d| d.as_micros());
    format!("{}-{started:x}-{number}", std::process::id())
}

/// Removes the lock files of sessions that have ended (a killed workbench
/// cannot remove its own), except `own`.
pub fn remove_stale(dir: &Path, own: &str) {
    let Ok(entries) = fs::read_dir(dir) else {
        return;
    };
    for entry in entries.filter_map(Result::ok) {
        let name = entry.file_name().to_string_lossy().into_owned();
        if let Some(session) = name.strip_suffix(".lock")
            && session != own
        {
            // Removes the file when its session has ended.
            is_running(dir, session);
        }
    }
}

fn lock_path(dir: &Path, session: &str) -> PathBuf {
    dir.join(format!("{session}.lock"))
}

/// The lock a running session holds on its id; released when dropped (or
/// when the process ends), and its file removed on a clean drop.
#[derive(Debug)]
pub struct SessionLock {
    file: File,
    path: PathBuf,
}

impl SessionLock {
    /// Takes the lock of `session` in `dir` (which must exist).
    pub fn take(dir: &Path, session: &str) -> io::Result<SessionLock> {
        let path = lock_path(dir, session);
        let file = fs::OpenOptions::new()
            .create(true)
            .truncate(false)
            .write(true)
            .open(&path)?;
        flock(&file, FlockOperation::NonBlockingLockExclusive)?;
        Ok(SessionLock { file, path })
    }
}

impl Drop for SessionLock {
    fn drop(&mut self) {
        let _ = flock(&self.file, FlockOperation::Unlock);
        let _ = fs::remove_file(&self.path);
    }
}

/// Whether the session `session` still runs (holds its lock). A session with
/// no lock file, or whose lock can be taken, has ended; its lock file is then
/// removed.
pub fn is_running(dir: &Path, session: &str) -> bool {
    let path = lock_path(dir, session);
    let Ok(file) = fs::OpenOptions::new().write(true).open(&path) else {
        return false;
    };
    match flock(&file, FlockOperation::NonBlockingLockExclusive) {
        Ok(()) => {
            let _ = fs::remove_file(&path);
            false
        }
        Err(_) => true,
    }
}
