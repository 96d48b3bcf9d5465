//! One column model: the data dictionary (`levers outputs`) and the output
//! schema list exactly the columns each writer prints — checked against the
//! real outputs of every analysis, in CSV and in JSON, in both languages.

use std::collections::BTreeMap;

use serde_json::Value;

use crate::support::{json, ok};

const BLUEPRINT: &str = "policies/blueprint-2032.toml";
const MEASURES: &str = "policies/announced-measures.toml";

/// The dictionary's column names, by output, in its order.
fn dictionary() -> BTreeMap<String, Vec<String>> {
    let mut outputs: BTreeMap<String, Vec<String>> = BTreeMap::new();
    for entry in json(&["outputs", "--format", "json"])
        .as_array()
        .cloned()
        .unwrap_or_default()
    {
        let output = entry["output"].as_str().unwrap_or_default().to_string();
        let name = entry["name"].as_str().unwrap_or_default().to_string();
        outputs.entry(output).or_default().push(name);
    }
    outputs
}

/// The names of an output's fixed columns (placeholders such as
/// `<name of each drawn assumption>` left out).
fn fixed(dictionary: &BTreeMap<String, Vec<String>>, output: &str) -> Vec<String> {
    dictionary
        .get(output)
        .unwrap_or_else(|| panic!("the dictionary has no output {output}"))
        .iter()
        .filter(|name| !name.starts_with('<'))
        .cloned()
        .collect()
}

/// The header of the CSV `levers ARGS` prints.
fn header(args: &[&str]) -> Vec<String> {
    let text = ok(args);
    let mut reader = csv::Reader::from_reader(text.as_bytes());
    reader
        .headers()
        .unwrap_or_else(|e| panic!("{args:?}: {e}"))
        .iter()
        .map(str::to_string)
        .collect()
}

/// An object's member names, in order.
fn members(value: &Value) -> Vec<String> {
    value
        .as_object()
        .unwrap_or_else(|| panic!("not an object: {value}"))
        .keys()
        .cloned()
        .collect()
}

/// The member names of each line of an NDJSON text.
fn ndjson_members(text: &str) -> Vec<Vec<String>> {
    text.lines()
        .map(|line| {
            let value: Value = serde_json::from_str(line).unwrap_or_else(|e| panic!("{e}: {line}"));
            members(&value)
        })
        .collect()
}

#[test]
fn the_dictionary_lists_exactly_the_columns_every_csv_writer_writes() {
    let dictionary = dictionary();
    for lang in ["en", "zh-Hant"] {
        let with = |args: &[&str]| {
            let mut all = vec!["--lang", lang];
            all.extend_from_slice(args);
            header(&all)
        };
        let cases: [(&str, &[&str]); 7] = [
            ("eval", &["eval", BLUEPRINT, MEASURES, "--format", "csv"]),
            ("sensitivity", &["sensitivity", MEASURES, "--format", "csv"]),
            (
                "sensitivity-sobol",
                &[
                    "sensitivity",
                    BLUEPRINT,
                    "--method",
                    "sobol",
                    "--samples",
                    "16",
                    "--format",
                    "csv",
                ],
            ),
            (
                "eval-uncertainty",
                &[
                    "eval",
                    BLUEPRINT,
                    "--uncertainty",
                    "--draws",
                    "8",
                    "--format",
                    "csv",
                ],
            ),
            ("assumptions", &["assumptions", MEASURES, "--format", "csv"]),
            ("sweep", &["sweep", "--dir", "policies", "--format", "csv"]),
            (
                "discover",
                &[
                    "discover",
                    BLUEPRINT,
                    "--threshold",
                    "1.0",
                    "--by",
                    "2032",
                    "--draws",
                    "200",
                    "--format",
                    "csv",
                ],
            ),
        ];
        for (output, args) in cases {
            assert_eq!(with(args), fixed(&dictionary, output), "{output} ({lang})");
        }
        // `--outcome` renames the two outcome columns, as the dictionary says.
        for outcome in ["jobs", "effective_sectors", "cost"] {
            let printed = with(&[
                "sensitivity",
                MEASURES,
                "--outcome",
                outcome,
                "--format",
                "csv",
            ]);
            let renamed = fixed(&dictionary, &format!("sensitivity --outcome {outcome}"));
            let expected: Vec<String> = fixed(&dictionary, "sensitivity")
                .into_iter()
                .map(|name| match name.as_str() {
                    "share_in_target_year_pct_at_low" => renamed[0].clone(),
                    "share_in_target_year_pct_at_high" => renamed[1].clone(),
                    _ => name,
                })
                .collect();
            assert_eq!(printed, expected, "--outcome {outcome} ({lang})");
        }
        // Explain: the fixed columns, then one per contributor (a placeholder
        // in the dictionary), the same contributors the JSON names.
        let explain = with(&["explain", MEASURES, "--format", "csv"]);
        let explain_fixed = fixed(&dictionary, "explain");
        assert_eq!(explain[..explain_fixed.len()], explain_fixed[..]);
        let groups: Vec<String> = json(&["explain", MEASURES, "--format", "json"])["groups"]
            .as_array()
            .into_iter()
            .flatten()
            .filter_map(|g| g.as_str().map(str::to_string))
            .collect();
        assert!(groups.len() > 1, "{groups:?}");
        assert_eq!(explain[explain_fixed.len()..], groups[..]);
        assert!(dictionary["explain"].iter().any(|n| n.starts_with("<key")));
        // Per-draw rows: the fixed columns, then one per drawn assumption.
        let draws = with(&[
            "eval",
            BLUEPRINT,
            "--uncertainty",
            "--draws",
            "2",
            "--each-draw",
            "--format",
            "csv",
        ]);
        let draws_fixed = fixed(&dictionary, "draws");
        assert_eq!(draws[..draws_fixed.len()], draws_fixed[..]);
        assert!(draws.len() > draws_fixed.len() + 10, "{draws:?}");
    }
}

#[test]
fn the_tornado_names_its_outcome_columns_by_the_outcome_swung() {
    let dictionary = fixed(&dictionary(), "sensitivity");
    let jobs = header(&[
        "sensitivity",
        BLUEPRINT,
        "--outcome",
        "jobs",
        "--format",
        "csv",
    ]);
    let renamed: Vec<String> = dictionary
        .iter()
        .map(|name| {
            name.replace(
                "share_in_target_year_pct",
                "manufacturing_jobs_in_target_year",
            )
        })
        .collect();
    assert_eq!(jobs, renamed);
    assert_ne!(jobs, dictionary);
}

#[test]
fn json_rows_carry_the_same_members_as_the_csv_columns() {
    let dictionary = dictionary();
    // Assumptions: one object per parameter, the CSV's columns in order.
    let assumptions = json(&["assumptions", "--format", "json"]);
    for item in assumptions.as_array().into_iter().flatten() {
        assert_eq!(members(item), fixed(&dictionary, "assumptions"));
    }
    // The tornado: each swing has the CSV's columns and its label.
    let tornado = json(&["sensitivity", MEASURES, "--format", "json"]);
    let mut expected = fixed(&dictionary, "sensitivity");
    expected.insert(1, "label".to_string());
    let swings = tornado["swings"].as_array().cloned().unwrap_or_default();
    assert!(swings.len() > 5);
    for swing in &swings {
        assert_eq!(members(swing), expected);
    }
    assert_eq!(dictionary["sensitivity-json"], ["swings[].label"]);
    // Explain: each outcome has the fixed columns, and parts for the groups.
    let explain = json(&["explain", MEASURES, "--format", "json"]);
    for outcome in explain["outcomes"].as_array().into_iter().flatten() {
        let keys = members(outcome);
        for column in fixed(&dictionary, "explain") {
            assert!(keys.contains(&column), "{column} not in {keys:?}");
        }
        assert_eq!(
            members(&outcome["parts"]),
            members(&Value::Object(
                explain["groups"]
                    .as_array()
                    .into_iter()
                    .flatten()
                    .map(|g| (g.as_str().unwrap_or_default().to_string(), Value::Null))
                    .collect()
            ))
        );
    }
    // Sweeps and draws as NDJSON: every line has the CSV's columns.
    let sweep_csv = header(&["sweep", "--dir", "policies", "--format", "csv"]);
    let sweep = ok(&["sweep", "--dir", "policies", "--format", "ndjson"]);
    for line in ndjson_members(&sweep) {
        assert_eq!(line, sweep_csv);
    }
    let args = [
        "eval",
        BLUEPRINT,
        "--uncertainty",
        "--draws",
        "2",
        "--each-draw",
        "--format",
    ];
    let draws_csv = header(&[&args[..], &["csv"]].concat());
    let draws = ok(&[&args[..], &["ndjson"]].concat());
    let lines = ndjson_members(&draws);
    assert!(lines.len() > 2);
    for line in lines {
        assert_eq!(line, draws_csv);
    }
}

#[test]
fn the_output_schema_requires_exactly_the_series_the_json_writes_and_the_dictionary_lists() {
    let schema = json(&["outputs", "--schema"]);
    let package = &schema["$defs"]["package"]["properties"];
    let required: Vec<String> = package["series"]["required"]
        .as_array()
        .into_iter()
        .flatten()
        .filter_map(|k| k.as_str().map(str::to_string))
        .collect();
    let report = json(&["eval", BLUEPRINT, "--format", "json"]);
    assert_eq!(members(&report["series"]), required);
    assert_eq!(members(&report["labels"]), required);
    assert_eq!(members(&report["units"]), required);
    assert_eq!(members(&package["series"]["properties"]), required);
    // The series are the dictionary's eval columns between `year` and
    // `binding_constraint`, in the same order.
    let eval = fixed(&dictionary(), "eval");
    let start = eval.iter().position(|n| n == "year").map_or(0, |i| i + 1);
    let end = eval
        .iter()
        .position(|n| n == "binding_constraint")
        .unwrap_or_default();
    assert_eq!(eval[start..end], required[..]);
}
