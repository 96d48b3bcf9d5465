//! Policy format 2: the example written in measures projects like its format-1
//! original, written packages read back the same, and `levers migrate` keeps
//! every number and every comment.

use std::fs;
use std::path::PathBuf;

use levers_files::policy_file;

use crate::support::{baseline, example_packages, files_in, json, load, ok, root, run};

/// `levers eval --format json FILE` without the line naming the file, and
/// without the fiscal accounts by measure (named by dial in format 1, by the
/// author in format 2; their sums are still compared year by year).
fn numbers(file: &str) -> serde_json::Value {
    let mut value = json(&["eval", "--format", "json", file]);
    if let Some(object) = value.as_object_mut() {
        object.remove("file");
    }
    if let Some(fiscal) = value.get_mut("fiscal").and_then(|f| f.as_object_mut()) {
        fiscal.remove("measures");
    }
    value
}

#[test]
fn announced_measures_written_in_format_2_project_exactly_like_announced() {
    assert_eq!(
        numbers("policies/announced-measures.toml"),
        numbers("policies/announced.toml")
    );
}

/// The format-2 packages among the examples and valid fixtures.
fn format_2_files() -> Vec<PathBuf> {
    let mut files = example_packages();
    files.extend(files_in(&root().join("tests/fixtures/valid"), "toml"));
    files
        .into_iter()
        .filter(|f| fs::read_to_string(f).is_ok_and(|t| t.contains("\nformat = 2")))
        .collect()
}

#[test]
fn a_format_2_package_written_and_read_back_is_the_same_policy() {
    let baseline = baseline();
    let files = format_2_files();
    assert!(files.len() >= 2, "{files:?}");
    let template = policy_file::template(&levers_report::i18n::Lang::En, &baseline);
    let from_template =
        policy_file::parse_policy("new", &template, &baseline).unwrap_or_else(|e| {
            panic!(
                "the template does not read: {}",
                levers::shown::in_english(&e)
            )
        });
    let mut policies = vec![from_template];
    policies.extend(
        files
            .iter()
            .map(|f| load(&f.display().to_string(), &baseline)),
    );
    for policy in policies {
        let written = policy_file::write_policy(&levers_report::i18n::Lang::En, &policy, &baseline);
        let read_back =
            policy_file::parse_policy("written", &written, &baseline).unwrap_or_else(|e| {
                let e = levers::shown::in_english(&e);
                panic!(
                    "{}: written file does not read: {e}\n{written}",
                    policy.name
                )
            });
        assert_eq!(read_back, policy, "{written}");
        assert!(written.starts_with("#:schema"), "{written}");
    }
}

#[test]
fn every_example_migrated_to_format_2_projects_to_exactly_the_same_numbers() {
    let folder = tempfile::tempdir().expect("temporary folder");
    // policies/history/ holds a back-test package, not a projection from today.
    let examples = example_packages().into_iter().filter(|f| {
        !f.starts_with("policies/history") && !f.to_string_lossy().contains("/history/")
    });
    for file in examples {
        let name = file.display().to_string();
        let out = folder.path().join(file.file_name().expect("a file name"));
        let out_name = out.display().to_string();
        ok(&["migrate", &name, "-o", &out_name]);
        let migrated = fs::read_to_string(&out).expect("migrated file");
        assert!(migrated.contains("format = 2"), "{name}:\n{migrated}");
        assert!(!migrated.contains("[levers."), "{name}:\n{migrated}");
        assert_eq!(numbers(&out_name), numbers(&name), "{name}:\n{migrated}");
        let original = fs::read_to_string(&file).expect("readable");
        for comment in original
            .lines()
            .filter_map(|l| l.split_once('#').map(|c| c.1.trim()))
        {
            assert!(
                migrated.contains(comment),
                "{name}: lost the comment `{comment}`\n{migrated}"
            );
        }
    }
}

#[test]
fn stacking_merges_measures_by_name_and_a_shared_name_is_an_error_naming_both_places() {
    let a = "tests/fixtures/stacked/measures-a.toml";
    let merged = run(&[
        "check",
        &format!("{a}+tests/fixtures/stacked/measures-b.toml"),
    ]);
    assert_eq!(merged.code, Some(0), "{}", merged.stderr);
    let clash = run(&[
        "check",
        &format!("{a}+tests/fixtures/stacked/measures-clash.toml"),
    ]);
    assert_eq!(clash.code, Some(2), "{}", clash.stderr);
    assert!(
        clash.stderr.contains(
            "tests/fixtures/stacked/measures-a.toml:8:1: error: measure `nias` is defined in both"
        ) && clash
            .stderr
            .contains("(also at tests/fixtures/stacked/measures-clash.toml:4:1)"),
        "{}",
        clash.stderr
    );
}

#[test]
fn migrating_a_format_2_file_says_it_is_written_unchanged() {
    let result = run(&["migrate", "policies/land-led.toml"]);
    result.exits(0);
    assert!(
        result
            .stderr
            .contains("policies/land-led.toml is already format 2: written unchanged"),
        "{}",
        result.stderr
    );
    let original = fs::read_to_string(root().join("policies/land-led.toml")).expect("read");
    assert_eq!(result.stdout, original);
    // A format-1 file is migrated without the note.
    let migrated = run(&["migrate", "tests/fixtures/valid/format-1-blueprint.toml"]);
    migrated.exits(0);
    assert!(!migrated.stderr.contains("already"), "{}", migrated.stderr);
}
