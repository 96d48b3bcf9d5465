//! Real consumers of the machine-readable output: the CSV read with a CSV
//! reader and the JSON with a JSON reader agree with the table (at the table's
//! precision), and the README's "Using levers from Python/R/jq" commands run.

use std::collections::BTreeMap;
use std::fs;
use std::path::Path;
use std::process::Command as Process;

use assert_cmd::Command;
use serde_json::Value;

use crate::support;

const PACKAGE: &str = "policies/blueprint-2032.toml";

fn levers() -> Command {
    let mut command = support::levers();
    command.env("LEVERS_CONFIG_DIR", "/nonexistent-levers-config");
    command
}

fn stdout_of(args: &[&str]) -> String {
    String::from_utf8(support::output_of(levers().args(args))).expect("UTF-8")
}

/// The table's rows by year: the cells of each data row.
fn table_rows() -> BTreeMap<i32, Vec<String>> {
    stdout_of(&["eval", PACKAGE])
        .lines()
        .filter_map(|line| {
            let cells: Vec<String> = line.split_whitespace().map(str::to_string).collect();
            let year = cells.first()?.parse::<i32>().ok()?;
            (cells.len() == 9).then_some((year, cells))
        })
        .collect()
}

/// The table's columns: (CSV/JSON series key, decimals; None = thousands).
const COLUMNS: [(&str, Option<usize>); 7] = [
    ("manufacturing_share_pct", Some(2)),
    ("manufacturing_value_added_hkd_bn", Some(1)),
    ("manufacturing_jobs", None),
    ("net_jobs_added", None),
    ("effective_sectors", Some(3)),
    ("fiscal_cost_hkd_bn", Some(2)),
    ("cumulative_fiscal_cost_hkd_bn", Some(1)),
];

/// `value` as the table shows it.
fn at_table_precision(value: f64, decimals: Option<usize>) -> String {
    match decimals {
        Some(d) => format!("{value:.d$}"),
        None => levers_report::format::thousands(value),
    }
}

#[test]
fn csv_read_with_a_csv_reader_agrees_with_the_table() {
    let table = table_rows();
    assert!(table.len() >= 10, "{table:?}");
    let csv_text = stdout_of(&["eval", PACKAGE, "--format", "csv"]);
    let mut reader = csv::Reader::from_reader(csv_text.as_bytes());
    let headers = reader.headers().expect("a header row").clone();
    let column = |key: &str| {
        headers
            .iter()
            .position(|h| h == key)
            .unwrap_or_else(|| panic!("no CSV column {key}"))
    };
    let mut seen = 0;
    for record in reader.records() {
        let record = record.expect("a well-formed row");
        let year: i32 = record[column("year")].parse().expect("year");
        let row = &table[&year];
        for (i, (key, decimals)) in COLUMNS.iter().enumerate() {
            let value: f64 = record[column(key)].parse().expect("a number");
            assert_eq!(
                at_table_precision(value, *decimals),
                row[i + 1],
                "{key} in {year}"
            );
        }
        assert_eq!(&record[column("binding_constraint")], row[8]);
        seen += 1;
    }
    assert_eq!(seen, table.len());
}

#[test]
fn json_read_with_a_json_reader_agrees_with_the_table() {
    let table = table_rows();
    let json: Value =
        serde_json::from_str(&stdout_of(&["eval", PACKAGE, "--format", "json"])).expect("JSON");
    let years = json["years"].as_array().expect("years");
    assert_eq!(years.len(), table.len());
    for (index, year) in years.iter().enumerate() {
        let year = year.as_i64().expect("a year") as i32;
        let row = &table[&year];
        for (i, (key, decimals)) in COLUMNS.iter().enumerate() {
            let value = json["series"][key][index].as_f64().expect("a number");
            assert_eq!(
                at_table_precision(value, *decimals),
                row[i + 1],
                "{key} in {year}"
            );
        }
    }
    let first_line = stdout_of(&["eval", PACKAGE]);
    let projected = json["target"]["projected_share_pct"]
        .as_f64()
        .expect("number");
    assert!(first_line.contains(&format!("projected {projected:.2}%")));
}

/// The shell commands of the README section, as written.
fn readme_commands() -> Vec<String> {
    let readme = fs::read_to_string("README.md").expect("README.md");
    let start = readme
        .find("## Using levers from Python/R/jq")
        .expect("the README has the section");
    let section = &readme[start..];
    let end = section[3..].find("\n## ").map_or(section.len(), |e| e + 3);
    let mut commands = Vec::new();
    let mut in_block = false;
    for line in section[..end].lines() {
        if line.starts_with("```") {
            in_block = line == "```sh" && !in_block;
            continue;
        }
        if in_block && !line.trim().is_empty() && !line.starts_with('#') {
            commands.push(line.to_string());
        }
    }
    commands
}

fn have(program: &str) -> bool {
    Process::new("sh")
        .args(["-c", &format!("command -v {program}")])
        .output()
        .is_ok_and(|o| o.status.success())
}

#[test]
fn the_readme_commands_for_python_r_and_jq_run() {
    let commands = readme_commands();
    assert!(commands.len() >= 5, "{commands:?}");
    let binary = support::BINARY;
    let dir = tempfile::tempdir().expect("temp dir");
    fs::create_dir(dir.path().join("policies")).expect("mkdir");
    for entry in fs::read_dir("policies").expect("policies/") {
        let path = entry.expect("entry").path();
        if path.extension().is_some_and(|e| e == "toml") {
            let name = path.file_name().expect("a name");
            fs::copy(&path, dir.path().join("policies").join(name)).expect("copy");
        }
    }
    let mut ran = 0;
    for command in &commands {
        assert!(
            command.contains("cargo run --release -q --") || !command.contains("cargo run"),
            "README commands use `cargo run --release -q --`: {command}"
        );
        let missing: Vec<&str> = ["jq", "python3", "Rscript"]
            .into_iter()
            .filter(|tool| command.contains(tool) && !have(tool))
            .collect();
        if !missing.is_empty() {
            eprintln!("skipped (no {}): {command}", missing.join(", "));
            continue;
        }
        let runnable = command.replace("cargo run --release -q --", &format!("'{binary}'"));
        // bash's pipefail makes a failing levers fail the pipe; plain sh still
        // catches it through the empty output checked below.
        let mut shell = if have("bash") {
            let mut bash = Process::new("bash");
            bash.args(["-o", "pipefail"]);
            bash
        } else {
            Process::new("sh")
        };
        let output = shell
            .args(["-c", &runnable])
            .current_dir(dir.path())
            .env("LEVERS_CONFIG_DIR", dir.path().join("no-config"))
            .output()
            .expect("sh runs");
        assert!(
            output.status.success(),
            "README command failed: {command}\n{}",
            String::from_utf8_lossy(&output.stderr)
        );
        let writes_a_file = command.contains(" > ");
        assert!(
            writes_a_file || !output.stdout.is_empty(),
            "README command printed nothing: {command}"
        );
        ran += 1;
    }
    assert!(ran >= 2, "at least the levers-only commands run");
    assert!(Path::new(&dir.path().join("runs.csv")).is_file());
}
