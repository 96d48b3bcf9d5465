//! Loading a package the way every front end does: from a file or, for `-`,
//! from standard input, with the same limits and messages either way.

use std::io::Read;
use std::path::Path;

use levers_core::{Baseline, Policy, ProblemKind};

use crate::diagnostic::{Diagnostic, Diagnostics};
use crate::{fsio, policy_file};

/// The name a package read from standard input has in messages.
pub const STDIN_NAME: &str = "<stdin>";

/// Whether `path` names standard input (`-`).
pub fn is_stdin(path: &Path) -> bool {
    path.as_os_str() == "-"
}

/// Reads a policy from standard input with the same limits as a file.
pub fn read_stdin() -> Result<String, Diagnostics> {
    let fail = |message: String| Diagnostics::one(Diagnostic::file_level(STDIN_NAME, message));
    let mut bytes = Vec::new();
    std::io::stdin()
        .lock()
        .take(fsio::MAX_FILE_BYTES + 1)
        .read_to_end(&mut bytes)
        .map_err(|e| fail(format!("cannot read: {e}")))?;
    let problem = |kind: ProblemKind| Diagnostics::one(Diagnostic::file_problem(STDIN_NAME, kind));
    if bytes.len() as u64 > fsio::MAX_FILE_BYTES {
        return Err(problem(ProblemKind::FileTooLarge {
            limit_kib: fsio::MAX_FILE_BYTES / 1024,
        }));
    }
    String::from_utf8(bytes).map_err(|e| {
        problem(ProblemKind::NotUtf8 {
            byte: e.utf8_error().valid_up_to(),
        })
    })
}

/// Reads and validates a policy file (`-`: standard input).
pub fn load_policy(path: &Path, baseline: &Baseline) -> Result<Policy, Diagnostics> {
    if is_stdin(path) {
        let text = read_stdin()?;
        return policy_file::parse_policy(STDIN_NAME, &text, baseline);
    }
    let text = fsio::read_text(path)?;
    policy_file::parse_policy(&path.display().to_string(), &text, baseline)
}
