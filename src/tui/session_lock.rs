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

/// A new session id, unique among running workbenches: `<pid>-<n>`.
pub fn new_session_id() -> String {
    let number = NEXT_SESSION.fetch_add(1, Ordering::Relaxed);
    format!("{}-{number}", std::process::id())
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
