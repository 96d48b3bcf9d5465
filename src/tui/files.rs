//! The workbench's work at the edge, in one place: its only file I/O (listing
//! packages, opening and saving) and the goal seek (slow enough to be kept out
//! of `update`). The app asks for it with an [`Effect`] and hears back through
//! an [`Outcome`].

use std::fs;
use std::path::{Path, PathBuf};

use levers_core::analysis::robust_seek::RobustSeek;
use levers_core::analysis::seek::SeekRequest;
use levers_core::{Baseline, Policy};

use levers_files::fsio;
use levers_files::fsio::{FileStamp, SaveTarget};
use levers_files::policy_file::parse_policy;
use levers_report::i18n::Lang;

/// Whether a chosen file becomes the package or the comparison.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Purpose {
    Open,
    Compare,
}

/// Work at the edge the app asks for.
#[derive(Clone, Debug, PartialEq)]
pub enum Effect {
    /// Search for the cheapest package meeting the target (`g`).
    Seek(Box<SeekRequest>),
    /// Find the packages the picker offers.
    ListPackages {
        purpose: Purpose,
        /// The open package's folder, listed first.
        beside: Option<PathBuf>,
    },
    Load {
        path: PathBuf,
        purpose: Purpose,
    },
    /// Save, unless the file exists and `overwrite` is false.
    SaveAs {
        path: PathBuf,
        contents: String,
        overwrite: bool,
    },
    /// Save to `path`. When `seen` is given and the file no longer matches it,
    /// ask first ([`Outcome::ChangedOnDisk`]); a link into another folder is
    /// asked about first unless `allow_link`.
    Save {
        path: PathBuf,
        contents: String,
        seen: Option<FileStamp>,
        allow_link: bool,
    },
}

/// What the file work found.
#[derive(Clone, Debug, PartialEq)]
pub enum Outcome {
    /// What the goal seek found.
    Sought(Box<RobustSeek>),
    Listed {
        purpose: Purpose,
        entries: Vec<PathBuf>,
    },
    Loaded {
        purpose: Purpose,
        path: PathBuf,
        /// The policy, or the same <file:line:column> message `levers check` prints.
        result: Result<Box<Policy>, String>,
        /// The file as read, to notice later changes by someone else.
        stamp: Option<FileStamp>,
        /// The file's text, which later saves edit in place.
        text: Option<String>,
    },
    /// Save-as found a file at the path: ask before replacing it.
    Exists(PathBuf),
    /// Someone else changed (or removed) the file since it was read or saved.
    ChangedOnDisk(PathBuf),
    /// `link` is a symbolic link to `target` in another folder.
    LinkElsewhere { link: PathBuf, target: PathBuf },
    Saved {
        path: PathBuf,
        result: Result<(), String>,
        /// The file as written, and its text.
        stamp: Option<FileStamp>,
        text: Option<String>,
    },
}

/// Does the file work. `folders` are searched for `*.toml` packages, in order.
pub fn execute(effect: Effect, baseline: &Baseline, folders: &[PathBuf], lang: Lang) -> Outcome {
    match effect {
        Effect::Seek(request) => {
            Outcome::Sought(Box::new(super::analysis::run_seek(baseline, &request)))
        }
        Effect::ListPackages { purpose, beside } => {
            let all: Vec<PathBuf> = beside.into_iter().chain(folders.iter().cloned()).collect();
            Outcome::Listed {
                purpose,
                entries: list_packages(&all),
            }
        }
        Effect::Load { path, purpose } => {
            let read = fsio::read_text(&path).and_then(|text| {
                let policy = parse_policy(&path.display().to_string(), &text, baseline)?;
                Ok((Box::new(policy), text))
            });
            let stamp = read.is_ok().then(|| fsio::stamp(&path)).flatten();
            let (result, text) = match read {
                Ok((policy, text)) => (Ok(policy), Some(text)),
                Err(diagnostics) => (Err(crate::shown::diagnostics(lang, &diagnostics)), None),
            };
            Outcome::Loaded {
                purpose,
                path,
                result,
                stamp,
                text,
            }
        }
        Effect::SaveAs {
            path,
            overwrite: false,
            ..
        } if fsio::is_file(&path) => Outcome::Exists(path),
        Effect::SaveAs { path, contents, .. } => {
            guarded_save(lang, path, &contents, None, false, folders)
        }
        Effect::Save {
            path,
            contents,
            seen,
            allow_link,
        } => guarded_save(lang, path, &contents, seen.as_ref(), allow_link, folders),
    }
}

/// Saves unless the file changed on disk since `seen` or the path is a link into
/// another folder (and `allow_link` is false): those come back as questions.
fn guarded_save(
    lang: Lang,
    path: PathBuf,
    contents: &str,
    seen: Option<&FileStamp>,
    allow_link: bool,
    folders: &[PathBuf],
) -> Outcome {
    if seen.is_some_and(|seen| fsio::changed_since(&path, seen)) {
        return Outcome::ChangedOnDisk(path);
    }
    let target = fsio::save_target(&path);
    if let SaveTarget::ThroughLink {
        link,
        target,
        other_folder: true,
    } = &target
        && !allow_link
    {
        return Outcome::LinkElsewhere {
            link: link.clone(),
            target: target.clone(),
        };
    }
    let result = save(lang, target.path(), contents, folders);
    let stamp = result.is_ok().then(|| fsio::stamp(&path)).flatten();
    let text = result.is_ok().then(|| contents.to_string());
    Outcome::Saved {
        path,
        result,
        stamp,
        text,
    }
}

fn save(lang: Lang, path: &Path, contents: &str, folders: &[PathBuf]) -> Result<(), String> {
    // The library folder is ours to create; any other missing folder is a typo.
    if let Some(parent) = path.parent()
        && folders.iter().any(|f| f == parent)
    {
        fs::create_dir_all(parent).map_err(|e| {
            lang.format(
                "tui-cannot-create-folder",
                &[
                    ("folder", &parent.display().to_string()),
                    ("reason", &fsio::reason(&e)),
                ],
            )
        })?;
    }
    fsio::write_whole(path, contents.as_bytes(), fsio::USUAL_MODE).map_err(|e| {
        format!(
            "{}\n{}",
            lang.format(
                "tui-cannot-save",
                &[
                    ("path", &path.display().to_string()),
                    ("reason", &fsio::reason(&e)),
                ],
            ),
            lang.text("tui-edits-kept")
        )
    })
}

/// The packages directly in `folders` (`*.toml` files with a `format` key:
/// not `Cargo.toml` and the like), each folder once and sorted by name.
pub fn list_packages(folders: &[PathBuf]) -> Vec<PathBuf> {
    let mut all = Vec::new();
    let mut seen = Vec::new();
    for folder in folders {
        let same = fs::canonicalize(folder).unwrap_or_else(|_| folder.clone());
        if seen.contains(&same) {
            continue;
        }
        seen.push(same);
        let Ok(entries) = fs::read_dir(folder) else {
            continue;
        };
        let mut found: Vec<PathBuf> = entries
            .filter_map(Result::ok)
            .map(|e| e.path())
            .filter(|p| p.extension().is_some_and(|x| x == "toml") && p.is_file())
            .filter(|p| looks_like_package(p))
            .collect();
        found.sort();
        all.extend(found);
    }
    all
}

/// Whether the file's first lines set `format` (every package does, in its
/// top table); read no further than 4 KiB.
fn looks_like_package(path: &Path) -> bool {
    use std::io::Read;
    let mut head = Vec::with_capacity(4096);
    let read = fs::File::open(path).and_then(|file| file.take(4096).read_to_end(&mut head));
    read.is_ok()
        && String::from_utf8_lossy(&head).lines().any(|line| {
            line.trim_start()
                .strip_prefix("format")
                .is_some_and(|rest| rest.trim_start().starts_with('='))
        })
}
