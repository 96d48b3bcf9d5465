//! Reading users' files with limits, and saving without ever leaving a damaged file.

use std::fs::{self, File};
use std::io::Read;
use std::path::{Path, PathBuf};

use crate::diagnostic::{Diagnostic, Diagnostics, line_column};
use levers_core::ProblemKind;
use levers_core::problem_kind::FileKind;

mod atomic;
pub use atomic::{AtomicFile, PRIVATE_MODE, USUAL_MODE, save_atomic, write_whole};

/// Largest policy or baseline file read.
pub const MAX_FILE_BYTES: u64 = 1024 * 1024;

/// Opens `path` for reading only if it is a regular file: the one checked
/// open behind every read of a user's or levers' own file (packages,
/// baselines, settings, recovery copies, stamps, the installed schema).
/// Opening a FIFO blocks until a writer comes and a device may never end, so
/// the type is checked before opening, the open itself does not wait
/// (`O_NONBLOCK`, which changes nothing for a regular file), and the type is
/// checked again on the opened file (the name may have been replaced between).
pub fn open_regular(path: &Path) -> std::io::Result<(File, fs::Metadata)> {
    use std::os::unix::fs::OpenOptionsExt;
    let refuse = |metadata: &fs::Metadata| {
        std::io::Error::other(format!(
            "it is {}, not a regular file; levers reads only plain files",
            kind_of(metadata)
        ))
    };
    let before = fs::metadata(path)?;
    if !before.is_file() {
        return Err(refuse(&before));
    }
    let file = fs::OpenOptions::new()
        .read(true)
        .custom_flags(rustix::fs::OFlags::NONBLOCK.bits() as i32)
        .open(path)?;
    let metadata = file.metadata()?;
    if !metadata.is_file() {
        return Err(refuse(&metadata));
    }
    Ok((file, metadata))
}

/// Reads at most `limit` bytes of the regular file at `path` ([`open_regular`]);
/// `Ok(None)` when the file is larger.
pub fn read_limited(path: &Path, limit: u64) -> std::io::Result<Option<Vec<u8>>> {
    let (file, _) = open_regular(path)?;
    let mut bytes = Vec::new();
    file.take(limit + 1).read_to_end(&mut bytes)?;
    Ok((bytes.len() as u64 <= limit).then_some(bytes))
}

/// Reads a text file of at most [`MAX_FILE_BYTES`] that must be UTF-8.
pub fn read_text(path: &Path) -> Result<String, Diagnostics> {
    let name = path.display().to_string();
    let problem = |kind: ProblemKind| Diagnostics::one(Diagnostic::file_problem(&name, kind));
    if let Ok(metadata) = fs::metadata(path)
        && let Some(kind) = not_plain(&metadata)
    {
        return Err(problem(ProblemKind::NotAPlainFile { kind }));
    }
    let (file, _) = open_regular(path).map_err(|e| {
        problem(ProblemKind::CannotOpen {
            reason: e.to_string(),
        })
    })?;
    let mut bytes = Vec::new();
    file.take(MAX_FILE_BYTES + 1)
        .read_to_end(&mut bytes)
        .map_err(|e| {
            problem(ProblemKind::CannotRead {
                reason: e.to_string(),
            })
        })?;
    if bytes.len() as u64 > MAX_FILE_BYTES {
        return Err(problem(ProblemKind::FileTooLarge {
            limit_kib: MAX_FILE_BYTES / 1024,
        }));
    }
    String::from_utf8(bytes).map_err(|e| {
        let valid = e.utf8_error().valid_up_to();
        let prefix = String::from_utf8_lossy(&e.as_bytes()[..valid]).into_owned();
        let (line, column) = line_column(&prefix, valid);
        let mut diagnostic = Diagnostic::file_problem(&name, ProblemKind::NotUtf8 { byte: valid });
        diagnostic.position = Some((line, column));
        Diagnostics::one(diagnostic)
    })
}

/// What `metadata` names when it is not a plain file.
fn not_plain(metadata: &fs::Metadata) -> Option<FileKind> {
    use std::os::unix::fs::FileTypeExt;
    let kind = metadata.file_type();
    if kind.is_dir() {
        Some(FileKind::Folder)
    } else if kind.is_fifo() {
        Some(FileKind::Pipe)
    } else if kind.is_socket() {
        Some(FileKind::Socket)
    } else if kind.is_char_device() || kind.is_block_device() {
        Some(FileKind::Device)
    } else {
        None
    }
}

/// What `path` names (following links) when it is there but not a plain
/// file: an output levers will not replace, worded by the face that says so.
pub fn not_plain_at(path: &Path) -> Option<FileKind> {
    fs::metadata(path).ok().as_ref().and_then(not_plain)
}

/// What a file system object is, in the user's words (for the system-level
/// messages of saves and reads; the reader's own is [`not_plain`]'s kind).
pub(crate) fn kind_of(metadata: &fs::Metadata) -> &'static str {
    match not_plain(metadata) {
        Some(FileKind::Folder) => "a folder",
        Some(FileKind::Pipe) => "a FIFO (named pipe)",
        Some(FileKind::Socket) => "a socket",
        Some(FileKind::Device) => "a device",
        None => "a file",
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

/// The stamp of the file at `path`, if it is a regular file that can be read
/// ([`open_regular`]: a FIFO put in its place never blocks). At most
/// [`MAX_FILE_BYTES`] are hashed, read in pieces: a file that large is not a
/// package levers can read anyway, and its length tells it apart.
pub fn stamp(path: &Path) -> Option<FileStamp> {
    let (file, metadata) = open_regular(path).ok()?;
    let mut digest = FNV_START;
    let mut reader = std::io::BufReader::new(file.take(MAX_FILE_BYTES));
    loop {
        let buffer = std::io::BufRead::fill_buf(&mut reader).ok()?;
        if buffer.is_empty() {
            break;
        }
        digest = fnv1a_more(digest, buffer);
        let used = buffer.len();
        std::io::BufRead::consume(&mut reader, used);
    }
    Some(FileStamp {
        len: metadata.len(),
        modified: metadata.modified().ok(),
        digest,
    })
}

/// Whether the file at `path` is no longer what `seen` recorded.
pub fn changed_since(path: &Path, seen: &FileStamp) -> bool {
    match stamp(path) {
        Some(now) => now.len != seen.len || now.digest != seen.digest,
        None => true,
    }
}

const FNV_START: u64 = 0xcbf2_9ce4_8422_2325;

/// FNV-1a over `bytes`, continuing from `hash`.
fn fnv1a_more(hash: u64, bytes: &[u8]) -> u64 {
    bytes.iter().fold(hash, |hash, byte| {
        (hash ^ u64::from(*byte)).wrapping_mul(0x0100_0000_01b3)
    })
}

/// FNV-1a of `bytes`: a stamp's digest.
pub fn digest(bytes: &[u8]) -> u64 {
    fnv1a_more(FNV_START, bytes)
}

/// The operating system's reason for `error`, without the path of the
/// temporary file a save writes first (`Permission denied (os error 13)`, not
/// `… at path "/folder/.levers-save-j9Niys.tmp"`): the user named another file.
pub fn reason(error: &std::io::Error) -> String {
    if let Some(code) = error.raw_os_error() {
        return std::io::Error::from_raw_os_error(code).to_string();
    }
    // The temporary-file crate words its errors `{reason} at path "{path}"`
    // and keeps the reason only in that text.
    let mut reason = error.to_string();
    if let Some(at) = reason.find(" at path \"") {
        reason.truncate(at);
    }
    reason
}

/// Whether `path` exists and is a file (for "overwrite?" questions).
pub fn is_file(path: &Path) -> bool {
    fs::metadata(path).is_ok_and(|m| m.is_file())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_write_error_gives_the_system_s_reason_without_the_temporary_file() {
        let Err(error) = tempfile::NamedTempFile::new_in("/nonexistent-levers-folder") else {
            panic!("a temporary file in a folder that does not exist");
        };
        assert!(error.to_string().contains("at path"), "{error}");
        let reason = reason(&error);
        assert!(
            !reason.contains("at path") && !reason.contains(".tmp"),
            "{reason}"
        );
        assert!(reason.contains("os error 2"), "{reason}");
    }
    use std::io::Write;

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
    fn a_fifo_in_place_of_a_file_is_refused_without_blocking() -> std::io::Result<()> {
        let dir = tempfile::tempdir()?;
        let fifo = dir.path().join("p.toml");
        let made = std::process::Command::new("mkfifo").arg(&fifo).status()?;
        assert!(made.success());
        assert_eq!(stamp(&fifo), None);
        let error = open_regular(&fifo).err().map(|e| e.to_string());
        assert!(error.is_some_and(|e| e.contains("FIFO")));
        assert!(read_limited(&fifo, 10).is_err());
        Ok(())
    }

    #[test]
    fn a_hard_linked_file_is_written_in_place_and_both_names_see_it() -> std::io::Result<()> {
        let dir = tempfile::tempdir()?;
        let path = dir.path().join("p.toml");
        let other = dir.path().join("q.toml");
        fs::write(&path, "a long old content\n")?;
        fs::hard_link(&path, &other)?;
        save_atomic(&path, "new")?;
        assert_eq!(fs::read_to_string(&other)?, "new");
        save_atomic(&path, &"longer ".repeat(1000))?;
        assert_eq!(fs::read_to_string(&other)?, "longer ".repeat(1000));
        assert_eq!(fs::read_dir(dir.path())?.count(), 2, "no temporary left");
        Ok(())
    }

    #[test]
    fn an_unfinished_streamed_file_leaves_the_target_as_it_was() -> std::io::Result<()> {
        let dir = tempfile::tempdir()?;
        let path = dir.path().join("out.csv");
        fs::write(&path, "old")?;
        let mut file = AtomicFile::create(&path, 0o644)?;
        file.write_all(b"half of the new")?;
        drop(file);
        assert_eq!(fs::read_to_string(&path)?, "old");
        assert_eq!(fs::read_dir(dir.path())?.count(), 1);
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
        let problem = |path: &Path| read_text(path).err().map(|e| e.0[0].clone());
        let too_large = problem(&big).map(|d| d.problem);
        assert_eq!(
            too_large,
            Some(Some(ProblemKind::FileTooLarge { limit_kib: 1024 }))
        );
        let latin1 = dir.path().join("latin1.toml");
        fs::write(&latin1, b"name = \"caf\xe9\"\n")?;
        let not_utf8 = problem(&latin1).map(|d| (d.problem, d.position));
        assert_eq!(
            not_utf8,
            Some((Some(ProblemKind::NotUtf8 { byte: 11 }), Some((1, 12))))
        );
        let folder = problem(dir.path()).map(|d| d.problem);
        let kind = FileKind::Folder;
        assert_eq!(folder, Some(Some(ProblemKind::NotAPlainFile { kind })));
        Ok(())
    }
}
