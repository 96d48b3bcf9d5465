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

/// Writes `contents` to `path` atomically: a temporary file in the same folder,
/// flushed to disk, renamed over the target, then the folder synced. A crash at
/// any point leaves either the old file or the new one, whole.
pub fn save_atomic(path: &Path, contents: &str) -> std::io::Result<()> {
    let folder = match path.parent() {
        Some(parent) if !parent.as_os_str().is_empty() => parent,
        _ => Path::new("."),
    };
    let mut temp = tempfile::Builder::new()
        .prefix(".levers-save-")
        .suffix(".tmp")
        .tempfile_in(folder)?;
    temp.write_all(contents.as_bytes())?;
    temp.as_file().sync_all()?;
    temp.persist(path).map_err(|e| e.error)?;
    if let Ok(dir) = File::open(folder) {
        let _ = dir.sync_all();
    }
    Ok(())
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
