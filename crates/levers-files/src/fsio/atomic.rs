//! Writing a file so that it is never left damaged: streamed to a temporary
//! file beside its target and put in place only when complete (see
//! [`AtomicFile`]). Every save and every `-o` goes through here.

use std::fs::{self, File};
use std::io::Write;
use std::path::{Path, PathBuf};

use super::{kind_of, save_target};

/// The mode of a file levers creates for the user (a package saved as, an
/// output): what any program gives a new file, read and write for everyone
/// less the user's umask (so 0644 under the usual umask 022).
pub const USUAL_MODE: u32 = 0o666;

/// The mode of a file only its owner should read (recovery copies).
pub const PRIVATE_MODE: u32 = 0o600;

/// Writes `contents` to `path` as [`write_whole`] does; a file it creates is
/// readable by its owner only (recovery copies).
pub fn save_atomic(path: &Path, contents: &str) -> std::io::Result<()> {
    write_whole(path, contents.as_bytes(), PRIVATE_MODE)
}

/// The one routine behind every save and every `-o`: [`AtomicFile`] with
/// the whole contents.
pub fn write_whole(path: &Path, contents: &[u8], new_file_mode: u32) -> std::io::Result<()> {
    let mut file = AtomicFile::create(path, new_file_mode)?;
    file.write_all(contents)?;
    file.commit()
}

/// A file being written, streamed to a temporary file beside its target and
/// put in place only when complete ([`AtomicFile::commit`]); dropped without
/// a commit, it leaves the target as it was. Rules:
/// - a symbolic link is followed (the link stays a link), as [`save_target`];
/// - a folder, device, FIFO or socket is refused, never replaced, and so is a
///   read-only file: all checked before anything is written;
/// - the temporary file is written, flushed and synced in full first, so a full
///   disk or a size limit fails there and the target is untouched;
/// - otherwise it is renamed over the target and the folder synced: a crash
///   leaves the old file or the new one, whole. The old file's mode (and owner,
///   where permitted) is kept; a new file gets `new_file_mode` less the umask;
/// - a target with other hard links must keep its identity (every name sees the
///   new content), so it is not renamed over: the space for the new content is
///   reserved in the target first (`fallocate`; if that fails, the target is
///   untouched and the save fails), then the complete temporary file is
///   copied in and the target cut to length. Never truncated first. If the
///   copy itself fails after that (an I/O error), the complete new content is
///   kept beside it and the error names where;
/// - temporary files left by a killed levers more than an hour ago are removed.
pub struct AtomicFile {
    target: PathBuf,
    folder: PathBuf,
    existing: Option<fs::Metadata>,
    temp: std::io::BufWriter<tempfile::NamedTempFile>,
}

impl AtomicFile {
    /// Checks the target and opens the temporary file.
    pub fn create(path: &Path, new_file_mode: u32) -> std::io::Result<AtomicFile> {
        use std::os::unix::fs::{MetadataExt, PermissionsExt};
        let target = save_target(path).path().to_path_buf();
        let existing = match fs::metadata(&target) {
            Ok(metadata) => Some(metadata),
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => None,
            Err(e) => return Err(e),
        };
        if let Some(metadata) = &existing {
            if !metadata.is_file() {
                return Err(std::io::Error::other(format!(
                    "is {}, not a regular file: levers never replaces one (use `-` for standard output)",
                    kind_of(metadata)
                )));
            }
            if metadata.permissions().readonly() {
                return Err(std::io::Error::other(
                    "the file is read-only; make it writable or save under another name",
                ));
            }
        }
        let folder = match target.parent() {
            Some(parent) if !parent.as_os_str().is_empty() => parent.to_path_buf(),
            _ => PathBuf::from("."),
        };
        remove_stale_temporaries(&folder);
        // A new file's mode is given when the temporary file is created, so
        // the umask applies as it does to any file a program creates.
        let temp = tempfile::Builder::new()
            .prefix(TEMP_PREFIX)
            .suffix(".tmp")
            .permissions(fs::Permissions::from_mode(new_file_mode))
            .tempfile_in(&folder)
            // The temporary file is this routine's business: its name is not
            // the reason a save failed, the system's error under it is.
            .map_err(without_temporary_name)?;
        if let Some(metadata) = &existing {
            temp.as_file()
                .set_permissions(fs::Permissions::from_mode(metadata.mode() & 0o7777))?;
            // Only root may give a file away; for anyone else this fails harmlessly.
            let _ = std::os::unix::fs::fchown(
                temp.as_file(),
                Some(metadata.uid()),
                Some(metadata.gid()),
            );
        }
        Ok(AtomicFile {
            target,
            folder,
            existing,
            temp: std::io::BufWriter::with_capacity(64 * 1024, temp),
        })
    }

    /// Puts the complete file in place (see [`AtomicFile`]).
    pub fn commit(self) -> std::io::Result<()> {
        use std::os::unix::fs::MetadataExt;
        let temp = self
            .temp
            .into_inner()
            .map_err(std::io::IntoInnerError::into_error)?;
        temp.as_file().sync_all()?;
        if self.existing.as_ref().is_some_and(|m| m.nlink() > 1) {
            return copy_into_place(temp, &self.target);
        }
        temp.persist(&self.target).map_err(|e| e.error)?;
        if let Ok(dir) = File::open(&self.folder) {
            let _ = dir.sync_all();
        }
        Ok(())
    }
}

impl Write for AtomicFile {
    fn write(&mut self, bytes: &[u8]) -> std::io::Result<usize> {
        self.temp.write(bytes)
    }

    fn flush(&mut self) -> std::io::Result<()> {
        self.temp.flush()
    }
}

/// Copies the complete, synced `temp` into the hard-linked `target` in place,
/// after reserving the space it needs (see [`AtomicFile`]).
fn copy_into_place(temp: tempfile::NamedTempFile, target: &Path) -> std::io::Result<()> {
    use rustix::fs::{FallocateFlags, fallocate};
    use std::io::{Seek, SeekFrom};
    let length = temp.as_file().metadata()?.len();
    let mut file = fs::OpenOptions::new().write(true).open(target)?;
    let old_length = file.metadata()?.len();
    if let Err(error) = fallocate(&file, FallocateFlags::KEEP_SIZE, 0, length.max(1)) {
        // Without reservation, writing over the old bytes needs no new space
        // only when the new content is no longer than the old.
        let unsupported = error == rustix::io::Errno::OPNOTSUPP;
        if !unsupported || length > old_length {
            return Err(std::io::Error::other(format!(
                "the file has other hard links, so it is written in place, and the space for it \
                 could not be reserved ({error}); nothing was changed"
            )));
        }
    }
    let mut source = temp.reopen()?;
    source.seek(SeekFrom::Start(0))?;
    let copied = std::io::copy(&mut source, &mut file)
        .and_then(|_| file.set_len(length))
        .and_then(|()| file.sync_all());
    if let Err(error) = copied {
        let kept = temp.into_temp_path().keep().map_err(|e| e.error)?;
        return Err(std::io::Error::other(format!(
            "writing in place failed ({error}); the complete new content is in {}",
            kept.display()
        )));
    }
    Ok(())
}

/// The name every temporary file of a save starts with.
const TEMP_PREFIX: &str = ".levers-save-";

/// Removes `.levers-save-*.tmp` files over an hour old from `folder`: what a
/// save killed half-way left (a save in progress is seconds old).
fn remove_stale_temporaries(folder: &Path) {
    let Ok(entries) = fs::read_dir(folder) else {
        return;
    };
    let hour = std::time::Duration::from_hours(1);
    for entry in entries.flatten() {
        let name = entry.file_name();
        let name = name.to_string_lossy();
        let stale = entry
            .metadata()
            .ok()
            .filter(fs::Metadata::is_file)
            .and_then(|m| m.modified().ok())
            .and_then(|t| t.elapsed().ok())
            .is_some_and(|age| age > hour);
        if name.starts_with(TEMP_PREFIX) && name.ends_with(".tmp") && stale {
            let _ = fs::remove_file(entry.path());
        }
    }
}

/// `error` from creating the temporary file, without the temporary file's
/// name that the tempfile crate wraps around the system's error.
fn without_temporary_name(error: std::io::Error) -> std::io::Error {
    let reason = error
        .get_ref()
        .and_then(std::error::Error::source)
        .map(ToString::to_string);
    match reason {
        Some(reason) => std::io::Error::new(error.kind(), reason),
        None => error,
    }
}
