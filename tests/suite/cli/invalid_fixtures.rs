//! Every file in tests/fixtures/invalid/ holds one kind of mistake. Its expected
//! messages are in its own `# expect: ...` comment lines (or in NAME.expect beside
//! it, for files that cannot hold comments). `levers check` must exit 2, print each
//! expected text on stderr with the file's path, print nothing on stdout, and not
//! panic.

use std::fs;
use std::path::Path;

use crate::support::{files_in, levers, root};

fn expectations(file: &Path) -> Vec<String> {
    let sidecar = file.with_extension("expect");
    if let Ok(text) = fs::read_to_string(&sidecar) {
        return text.lines().map(str::to_string).collect();
    }
    let bytes = fs::read(file).unwrap_or_default();
    String::from_utf8_lossy(&bytes)
        .lines()
        .filter_map(|line| line.strip_prefix("# expect: "))
        .map(str::to_string)
        .collect()
}

#[test]
fn every_invalid_fixture_is_rejected_with_its_expected_message() {
    let files = files_in(&root().join("tests/fixtures/invalid"), "toml");
    assert!(
        files.len() >= 30,
        "expected at least 30 fixtures, found {}",
        files.len()
    );
    let mut failures = Vec::new();
    for file in &files {
        let expected = expectations(file);
        assert!(
            !expected.is_empty(),
            "{} has no `# expect:` line",
            file.display()
        );
        let output = levers()
            .arg("check")
            .arg(file)
            .output()
            .unwrap_or_else(|e| panic!("cannot run levers: {e}"));
        let stderr = String::from_utf8_lossy(&output.stderr);
        let name = file.display().to_string();
        if output.status.code() != Some(2) {
            failures.push(format!(
                "{name}: exit {:?}, expected 2\n{stderr}",
                output.status.code()
            ));
        }
        if !output.stdout.is_empty() {
            failures.push(format!("{name}: printed on stdout"));
        }
        if stderr.contains("panicked") {
            failures.push(format!("{name}: panicked\n{stderr}"));
        }
        if !stderr.contains(&name) {
            failures.push(format!("{name}: message does not name the file\n{stderr}"));
        }
        for text in expected {
            if !stderr.contains(&text) {
                failures.push(format!("{name}: missing `{text}` in\n{stderr}"));
            }
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n\n"));
}

#[test]
fn a_file_with_several_mistakes_reports_them_all_in_file_order() {
    let file = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures/invalid/many-errors-at-once.toml");
    let output = levers()
        .arg("check")
        .arg(&file)
        .output()
        .unwrap_or_else(|e| panic!("{e}"));
    let stderr = String::from_utf8_lossy(&output.stderr);
    let positions: Vec<usize> = [":6:1:", ":8:20:", ":10:1:"]
        .iter()
        .map(|p| stderr.find(p).unwrap_or(usize::MAX))
        .collect();
    assert!(positions.windows(2).all(|w| w[0] < w[1]), "{stderr}");
    assert_eq!(stderr.matches(": error: ").count(), 3, "{stderr}");
}
