//! Reading users' files with limits, and saving without ever leaving a damaged file.

use std::fs::{self, File};
use std::io::{Read, Write};
use std::path::Path;

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
