//! The language-agnostic toml-test suite (../shared/corpora/toml-test, MIT): every
//! invalid TOML file must give a clean parse error naming file, line and column;
//! every valid TOML file (none of which is a policy) must be rejected as a policy
//! with a clear message. Always exit 2, never a panic, nothing on stdout.

use std::path::{Path, PathBuf};

use assert_cmd::Command;

fn corpus() -> Option<PathBuf> {
    let folder = Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared/corpora/toml-test/tests");
    folder.is_dir().then_some(folder)
}

fn toml_files(folder: &Path) -> Vec<PathBuf> {
    let mut files = Vec::new();
    let mut pending = vec![folder.to_path_buf()];
    while let Some(dir) = pending.pop() {
        for entry in std::fs::read_dir(&dir).into_iter().flatten().flatten() {
            let path = entry.path();
            if path.is_dir() {
                pending.push(path);
            } else if path.extension().is_some_and(|e| e == "toml") {
                files.push(path);
            }
        }
    }
    files.sort();
    files
}

/// Runs `levers check` on each file; returns a description of each misbehaviour.
fn check_all(files: &[PathBuf], needs_position: bool) -> Vec<String> {
    let mut failures = Vec::new();
    for file in files {
        let output = Command::cargo_bin("levers")
            .map(|mut c| c.arg("check").arg(file).output())
            .unwrap_or_else(|e| panic!("cannot run levers: {e}"))
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
    let Some(corpus) = corpus() else {
        eprintln!("notice: ../shared/corpora/toml-test is absent; skipping the toml-test corpus");
        return;
    };
    let files = toml_files(&corpus.join("invalid"));
    assert!(
        files.len() > 500,
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
    let Some(corpus) = corpus() else {
        eprintln!("notice: ../shared/corpora/toml-test is absent; skipping the toml-test corpus");
        return;
    };
    let files = toml_files(&corpus.join("valid"));
    assert!(files.len() > 250, "found only {} valid files", files.len());
    let failures = check_all(&files, false);
    assert!(
        failures.is_empty(),
        "{} of {} misbehaved:\n{}",
        failures.len(),
        files.len(),
        failures.join("\n")
    );
}
