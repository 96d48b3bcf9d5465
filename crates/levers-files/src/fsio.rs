//! Reading users' files with limits, and saving without ever leaving a damaged file.

use std::fs::{self, File};
use std::io::{Read, Write};
use std::path::{Path, PathBuf};

use crate::diagnostic::{Diagnostic, Diagnostics, line_column};

/// Largest policy or baseline file read.
pub const MAX_FILE_BYTES: u64 = 1024 * 1024;

/// Reads a text file of at most [`MAX_FILE_BYTES`] that must be UTF-8.
pub fn read_text(path: &Path) -> Result<String, Diagnostics> {
    let name = path.display().to_string();
    let fail = |message: String| Diagnostics::one(Diagnostic::file_level(&name, message));
    // Only regular files are opened: opening a FIFO blocks until a writer
    // comes, a device may never end. One check, before every open.
    let kind = fs::metadata(path).map_err(|e| fail(format!("cannot open: {e}")))?;
    if !kind.is_file() {
        return Err(fail(format!(
            "cannot open: it is {}, not a regular file; a policy file is a plain text file",
            kind_of(&kind)
        )));
    }
    let file = File::open(path).map_err(|e| fail(format!("cannot open: {e}")))?;
    let mut bytes = Vec::new();
    file.take(MAX_FILE_BYTES + 1)
        .read_to_end(&mut bytes)
        .map_err(|e| fail(format!("cannot read: {e}")))?;
    if bytes.len() as u64 > MAX_FILE_BYTES {
        return Err(fail(format!(
            "file is larger than {} KiB; a policy file is a few KiB",
            MAX_FILE_BYTES / 1024
        )));
    }
    String::from_utf8(bytes).map_err(|e| {
        let valid = e.utf8_error().valid_up_to();
        let prefix = String::from_utf8_lossy(&e.as_bytes()[..valid]).into_owned();
        let (line, column) = line_column(&prefix, valid);
        let mut diagnostic = Diagnostic::file_level(
            &name,
            format!("byte {valid} is not valid UTF-8; save the file as UTF-8 text"),
        );
        diagnostic.position = Some((line, column));
        Diagnostics::one(diagnostic)
    })
}

/// What a file system object is, in the user's words.
fn kind_of(metadata: &fs::Metadata) -> &'static str {
    use std::os::unix::fs::FileTypeExt;
    let kind = metadata.file_type();
    if kind.is_dir() {
        "a folder"
    } else if kind.is_fifo() {
        "a FIFO (named pipe)"
    } else if kind.is_socket() {
        "a socket"
    } else if kind.is_char_device() || kind.is_block_device() {
        "a device"
    } else {
        "a file"
    }
}

/// Writes `contents` to `path` as [`write_whole`] does; a file it creates is
/// readable by its owner only (packages, recovery copies).
pub fn save_atomic(path: &Path, contents: &str) -> std::io::Result<()> {
    write_whole(path, contents.as_bytes(), 0o600)
}

/// The one routine behind every save and every `-o`:
/// - a symbolic link is followed (the link stays a link), as [`save_target`];
/// - a folder, device, FIFO or socket is refused, never replaced;
/// - a read-only file is refused (the user makes it writable or picks a name);
/// - a file with other hard links is rewritten in place, so every name sees
///   the new content (such a write is not atomic);
/// - otherwise a temporary file in the same folder, flushed to disk, renamed
///   over the target, then the folder synced: a crash leaves the old file or
///   the new one, whole. The old file's mode (and owner, where permitted) is
///   kept; a new file gets `new_file_mode`. Temporary files left by a killed
///   levers more than an hour ago are removed.
pub fn write_whole(path: &Path, contents: &[u8], new_file_mode: u32) -> std::io::Result<()> {
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
        if metadata.nlink() > 1 {
            let mut file = fs::OpenOptions::new()
                .write(true)
                .truncate(true)
                .open(&target)?;
            file.write_all(contents)?;
            return file.sync_all();
        }
    }
    let folder = match target.parent() {
        Some(parent) if !parent.as_os_str().is_empty() => parent,
        _ => Path::new("."),
    };
    remove_stale_temporaries(folder);
    let mut temp = tempfile::Builder::new()
        .prefix(TEMP_PREFIX)
        .suffix(".tmp")
        .tempfile_in(folder)?;
    let mode = existing
        .as_ref()
        .map_or(new_file_mode, |m| m.mode() & 0o7777);
    temp.as_file()
        .set_permissions(fs::Permissions::from_mode(mode))?;
    if let Some(metadata) = &existing {
        // Only root may give a file away; for anyone else this fails harmlessly.
        let _ =
            std::os::unix::fs::fchown(temp.as_file(), Some(metadata.uid()), Some(metadata.gid()));
    }
    temp.write_all(contents)?;
    temp.as_file().sync_all()?;
    temp.persist(&target).map_err(|e| e.error)?;
    if let Ok(dir) = File::open(folder) {
        let _ = dir.sync_all();
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

/// Where a save to `path` would really go.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum SaveTarget {
    /// A plain path (the file may or may not exist yet).
    Direct(PathBuf),
    /// `link` is a symbolic link to `target`; `other_folder` when the target is not
    /// in the link's own folder (the user must be asked before writing there).
    ThroughLink {
        link: PathBuf,
        target: PathBuf,
        other_folder: bool,
    },
}

impl SaveTarget {
    /// The file that will be replaced.
    pub fn path(&self) -> &Path {
        match self {
            SaveTarget::Direct(path) => path,
            SaveTarget::ThroughLink { target, .. } => target,
        }
    }
}

/// Resolves symbolic links so that a save replaces the file the user meant, and
/// says when that file lies in another folder.
pub fn save_target(path: &Path) -> SaveTarget {
    let is_link = fs::symlink_metadata(path).is_ok_and(|m| m.file_type().is_symlink());
    if !is_link {
        return SaveTarget::Direct(path.to_path_buf());
    }
    let target = fs::canonicalize(path).unwrap_or_else(|_| {
        let pointed = fs::read_link(path).unwrap_or_default();
        path.parent().unwrap_or(Path::new(".")).join(pointed)
    });
    let folder = |p: &Path| p.parent().and_then(|f| fs::canonicalize(f).ok());
    let other_folder = folder(path) != folder(&target);
    SaveTarget::ThroughLink {
        link: path.to_path_buf(),
        target,
        other_folder,
    }
}

/// What a file looked like when it was read: if it differs at save time, someone
/// else changed the file and the user must be asked before it is overwritten.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct FileStamp {
    pub len: u64,
    pub modified: Option<std::time::SystemTime>,
    pub digest: u64,
}

/// The stamp of the file at `path`, if it can be read.
pub fn stamp(path: &Path) -> Option<FileStamp> {
    let metadata = fs::metadata(path).ok()?;
    let bytes = fs::read(path).ok()?;
    Some(FileStamp {
        len: metadata.len(),
        modified: metadata.modified().ok(),
        digest: fnv1a(&bytes),
    })
}

/// Whether the file at `path` is no longer what `seen` recorded.
pub fn changed_since(path: &Path, seen: &FileStamp) -> bool {
    match stamp(path) {
        Some(now) => now.len != seen.len || now.digest != seen.digest,
        None => true,
    }
}

fn fnv1a(bytes: &[u8]) -> u64 {
    bytes.iter().fold(0xcbf2_9ce4_8422_2325, |hash, byte| {
        (hash ^ u64::from(*byte)).wrapping_mul(0x0100_0000_01b3)
    })
}

/// Whether `path` exists and is a file (for "overwrite?" questions).
pub fn is_file(path: &Path) -> bool {
    fs::metadata(path).is_ok_and(|m| m.is_file())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn atomic_save_replaces_the_file_and_leaves_no_temporary_behind() -> std::io::Result<()> {
        let dir = tempfile::tempdir()?;
        let path = dir.path().join("p.toml");
        fs::write(&path, "old")?;
        save_atomic(&path, "new contents")?;
        assert_eq!(fs::read_to_string(&path)?, "new contents");
        assert_eq!(fs::read_dir(dir.path())?.count(), 1);
        Ok(())
    }

    #[test]
    fn a_link_into_another_folder_is_reported_and_saving_replaces_its_target() -> std::io::Result<()>
    {
        let here = tempfile::tempdir()?;
        let elsewhere = tempfile::tempdir()?;
        let target = elsewhere.path().join("real.toml");
        fs::write(&target, "old")?;
        let link = here.path().join("link.toml");
        std::os::unix::fs::symlink(&target, &link)?;
        let resolved = save_target(&link);
        assert!(
            matches!(
                resolved,
                SaveTarget::ThroughLink {
                    other_folder: true,
                    ..
                }
            ),
            "{resolved:?}"
        );
        save_atomic(resolved.path(), "new")?;
        assert_eq!(fs::read_to_string(&target)?, "new");
        assert!(
            fs::symlink_metadata(&link)?.file_type().is_symlink(),
            "the link survives"
        );
        let plain = here.path().join("plain.toml");
        assert_eq!(save_target(&plain), SaveTarget::Direct(plain.clone()));
        Ok(())
    }

    #[test]
    fn a_file_changed_by_someone_else_is_detected() -> std::io::Result<()> {
        let dir = tempfile::tempdir()?;
        let path = dir.path().join("p.toml");
        fs::write(&path, "format = 1")?;
        let seen = stamp(&path).ok_or_else(|| std::io::Error::other("no stamp"))?;
        assert!(!changed_since(&path, &seen));
        fs::write(&path, "format = 2")?;
        assert!(changed_since(&path, &seen), "same length, other bytes");
        fs::remove_file(&path)?;
        assert!(changed_since(&path, &seen), "deleted");
        Ok(())
    }

    #[test]
    fn saving_into_a_missing_folder_fails_and_leaves_nothing() {
        let error = save_atomic(Path::new("/nonexistent-levers-dir/p.toml"), "x");
        assert!(error.is_err());
    }

    #[test]
    fn oversized_and_non_utf8_files_are_refused_with_a_reason() -> std::io::Result<()> {
        let dir = tempfile::tempdir()?;
        let big = dir.path().join("big.toml");
        fs::write(&big, vec![b'#'; 2 * 1024 * 1024])?;
        let error = read_text(&big)
            .err()
            .map(|e| e.to_string())
            .unwrap_or_default();
        assert!(error.contains("larger than 1024 KiB"), "{error}");
        let latin1 = dir.path().join("latin1.toml");
        fs::write(&latin1, b"name = \"caf\xe9\"\n")?;
        let error = read_text(&latin1)
            .err()
            .map(|e| e.to_string())
            .unwrap_or_default();
        assert!(
            error.contains("latin1.toml:1:12") && error.contains("not valid UTF-8"),
            "{error}"
        );
        Ok(())
    }
}
