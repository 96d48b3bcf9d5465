//! Every `cargo run --release -- ...` example in README.md runs as written (with
//! the test binary in place of `cargo run --release --`), in a scratch folder
//! holding a copy of `policies/` and `schema/`, and exits 0. The interactive
//! workbench lines are skipped; the "Using levers from Python/R/jq" section is run
//! by `cli/consumers.rs`.

use std::path::Path;
use std::process::Command;

use crate::support;

fn example_lines(readme: &str) -> Vec<String> {
    let mut lines = Vec::new();
    let mut in_block = false;
    let mut skip_section = false;
    for line in readme.lines() {
        if let Some(heading) = line.strip_prefix("## ") {
            skip_section = heading.starts_with("Using levers from");
        }
        if line.starts_with("```") {
            in_block = !in_block && line.trim_start_matches('`') == "sh";
            continue;
        }
        let command = line.split("  #").next().unwrap_or_default().trim();
        if in_block && !skip_section && command.starts_with("cargo run --release -- ") {
            let interactive = command.contains(" tui ") || command == "cargo run --release";
            if !interactive {
                lines.push(command.to_string());
            }
        }
    }
    lines
}

fn copy_folder(from: &Path, to: &Path) -> std::io::Result<()> {
    std::fs::create_dir_all(to)?;
    for entry in std::fs::read_dir(from)? {
        let entry = entry?;
        if entry.file_type()?.is_dir() {
            copy_folder(&entry.path(), &to.join(entry.file_name()))?;
        } else {
            std::fs::copy(entry.path(), to.join(entry.file_name()))?;
        }
    }
    Ok(())
}

#[test]
fn every_readme_example_runs_and_succeeds() -> std::io::Result<()> {
    let root = crate::support::root();
    let readme = std::fs::read_to_string(root.join("README.md"))?;
    let lines = example_lines(&readme);
    assert!(lines.len() >= 20, "found only {} examples", lines.len());
    let scratch = tempfile::tempdir()?;
    copy_folder(&root.join("policies"), &scratch.path().join("policies"))?;
    copy_folder(&root.join("schema"), &scratch.path().join("schema"))?;
    let home = scratch.path().join("home");
    std::fs::create_dir_all(home.join(".local/share/bash-completion/completions"))?;
    let binary = support::BINARY;
    let mut failures = Vec::new();
    for line in &lines {
        let command = line.replacen("cargo run --release --", binary, 1);
        let output = Command::new("sh")
            .arg("-c")
            .arg(&command)
            .current_dir(scratch.path())
            .env("HOME", &home)
            .env("LEVERS_CONFIG_DIR", home.join("config"))
            .env("LEVERS_DATA_DIR", home.join("data"))
            .output()?;
        if !output.status.success() {
            failures.push(format!(
                "{line}\n  exit {:?}: {}",
                output.status.code(),
                String::from_utf8_lossy(&output.stderr)
            ));
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
    for written in [
        "my-package.toml",
        "cheapest.toml",
        "share.svg",
        "jobs.png",
        "bands.svg",
        "report.md",
        "land.html",
        "policy.schema.json",
        "levers.1",
    ] {
        let path = scratch.path().join(written);
        assert!(
            path.metadata().is_ok_and(|m| m.len() > 100),
            "{written} was not written"
        );
    }
    Ok(())
}

/// Every TOML example block of the README is a package `levers check` accepts.
#[test]
fn every_toml_example_in_the_readme_is_a_valid_package() -> std::io::Result<()> {
    let readme = crate::support::document("README.md");
    let blocks: Vec<&str> = readme
        .split("```toml\n")
        .skip(1)
        .filter_map(|b| b.split("```").next())
        .filter(|b| b.starts_with("format ="))
        .collect();
    assert!(!blocks.is_empty(), "no ```toml example in README.md");
    for block in blocks {
        let output = support::levers()
            .args(["check", "-"])
            .write_stdin(block)
            .output()?;
        assert!(
            output.status.success(),
            "{block}\n{}",
            String::from_utf8_lossy(&output.stderr)
        );
    }
    Ok(())
}

/// The README's table of 2032 bands is what `eval --uncertainty` prints today:
/// a change of the model that moves a published figure must move the README too.
#[test]
fn the_readme_bands_table_is_what_eval_prints() {
    let readme = crate::support::document("README.md");
    let rows: Vec<Vec<String>> = readme
        .lines()
        .filter(|l| l.starts_with("| `") && l.contains(".toml` |") && l.ends_with("% |"))
        .map(crate::support::cells)
        .filter(|cells: &Vec<String>| cells.len() == 7)
        .collect();
    assert!(
        rows.len() >= 7,
        "the bands table has a row per example: {rows:?}"
    );
    for cells in rows {
        let file = format!("policies/{}", cells[1].trim_matches('`'));
        let bands = crate::support::json(&["eval", &file, "--uncertainty", "--format", "json"]);
        let at = crate::support::year_index(&bands, 2032);
        let share = |q: &str| bands["manufacturing_share_pct"][q][at].as_f64().expect(q);
        assert_eq!(cells[3], format!("{:.2}%", share("p50")), "{file}: median");
        assert_eq!(
            cells[4],
            format!("{:.2}–{:.2}%", share("p10"), share("p90")),
            "{file}: p10–p90"
        );
        let met = bands["probability_met"].as_f64().expect("probability_met");
        assert_eq!(cells[5], format!("{:.1}%", 100.0 * met), "{file}: P(met)");
    }
}

/// The README's example of a mistake is what `levers check` prints for it,
/// character for character.
#[test]
fn the_readme_s_diagnostic_example_is_what_check_prints() -> std::io::Result<()> {
    let root = crate::support::root();
    let readme = std::fs::read_to_string(root.join("README.md"))?;
    let command = "$ levers check tests/fixtures/invalid/measure-misspelt-key.toml\n";
    let block = readme
        .split(command)
        .nth(1)
        .and_then(|rest| rest.split("```").next())
        .expect("the example in README.md");
    let output = support::levers()
        .args(["check", "tests/fixtures/invalid/measure-misspelt-key.toml"])
        .output()?;
    assert_eq!(output.status.code(), Some(2));
    assert_eq!(String::from_utf8_lossy(&output.stderr), block);
    Ok(())
}

/// The README's scenario-discovery example is what `levers discover` prints,
/// line for line, but for the peeling steps the README leaves out.
#[test]
fn the_readme_s_discovery_example_is_what_discover_prints() -> std::io::Result<()> {
    let readme = crate::support::document("README.md");
    let block = readme
        .split("```text\nWhat would have to be true — Blueprint 2032")
        .nth(1)
        .and_then(|rest| rest.split("```").next())
        .expect("the discovery example in README.md");
    let output = support::levers()
        .args([
            "discover",
            "policies/blueprint-2032.toml",
            "--threshold",
            "1.5",
            "--by",
            "2032",
            "--draws",
            "10000",
        ])
        .output()?;
    assert!(output.status.success());
    let printed = String::from_utf8_lossy(&output.stdout);
    let mut printed_lines = printed.lines();
    for line in format!("What would have to be true — Blueprint 2032{block}").lines() {
        assert!(
            printed_lines.any(|p| p == line),
            "README line not printed (or out of order): {line}\n{printed}"
        );
    }
    Ok(())
}

/// The README's finding quotes each package's 2032 share as `eval` prints it
/// (two decimals): the announced measures, the status quo, the Blueprint and
/// every lever at its maximum.
#[test]
fn the_readme_s_finding_quotes_the_shares_eval_prints() {
    let readme = crate::support::document("README.md");
    let finding: String = readme
        .split("**Finding: 5% of GDP by 2032 is out of reach.**")
        .nth(1)
        .and_then(|rest| rest.split("\n\n").next())
        .expect("the finding in README.md")
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ");
    let share_2032 = |file: &str| {
        let eval = crate::support::json(&["eval", file, "--format", "json"]);
        let at = crate::support::year_index(&eval, 2032);
        let share = eval["series"]["manufacturing_share_pct"][at]
            .as_f64()
            .expect("a share");
        format!("{share:.2}%")
    };
    for (quoted_as, file) in [
        ("take the share to {}", "policies/announced.toml"),
        ("against {} without them", "policies/status-quo.toml"),
        ("every lever hard, to {}", "policies/blueprint-2032.toml"),
        (
            "every lever at its maximum to {}",
            "tests/fixtures/valid/everything-at-maximum.toml",
        ),
    ] {
        let sentence = quoted_as.replace("{}", &share_2032(file));
        assert!(
            finding.contains(&sentence),
            "README's finding should say \"{sentence}\" ({file}):\n{finding}"
        );
    }
}

/// The README's back-test tables are what `levers backtest --uncertainty`
/// prints: each outcome's mean absolute errors (model, no change, trend) and
/// its band's coverage and width, one decimal.
#[test]
fn the_readme_s_back_test_tables_are_what_backtest_prints() {
    let readme = crate::support::document("README.md");
    let backtest = crate::support::json(&["backtest", "--uncertainty", "--format", "json"]);
    let row_starting = |start: &str| -> Vec<String> {
        let line = readme
            .lines()
            .find(|l| l.starts_with(start))
            .unwrap_or_else(|| panic!("README has a row starting {start}"));
        line.split('|')
            .map(|c| c.trim().trim_matches('*').to_owned())
            .filter(|c| !c.is_empty())
            .collect()
    };
    let one_decimal =
        |value: &serde_json::Value| format!("{:.1}%", value.as_f64().expect("a number"));
    for (errors_row, coverage_row, key) in [
        (
            "| manufacturing share of GDP",
            "| share of GDP |",
            "manufacturing_share_pct",
        ),
        (
            "| manufacturing value added",
            "| value added |",
            "manufacturing_value_added_hkd_bn",
        ),
        ("| manufacturing jobs", "| jobs |", "manufacturing_jobs"),
    ] {
        let outcome = &backtest[key];
        let errors = row_starting(errors_row);
        assert_eq!(
            errors[1..],
            [
                one_decimal(&outcome["mean_abs_pct_error"]),
                one_decimal(&outcome["no_change_mean_abs_pct_error"]),
                one_decimal(&outcome["trend_mean_abs_pct_error"]),
            ],
            "{key}: {errors:?}"
        );
        let coverage = row_starting(coverage_row);
        let inside = &outcome["coverage"];
        assert!(
            coverage[1].starts_with(&format!(
                "{} of {} year",
                inside["inside"], inside["observed"]
            )),
            "{key}: {coverage:?}"
        );
        assert!(
            coverage[2].starts_with(&one_decimal(&inside["mean_relative_width_pct"])),
            "{key}: {coverage:?}"
        );
    }
}
