//! Units and labels in every output: JSON `labels`/`units`, CSV column names
//! with units and the optional byte order mark for Excel, the data dictionary
//! (`levers outputs`), and the JSON Schema of `eval --format json` —
//! generated, committed, and met by real outputs (checked with the
//! independent `jsonschema` validator).

use std::collections::BTreeSet;

use serde_json::Value;

use crate::support::{example_packages, json, ok, run};

const BLUEPRINT: &str = "policies/blueprint-2032.toml";
const STATUS_QUO: &str = "policies/status-quo.toml";
const COMMITTED: &str = "schema/eval-output.schema.json";

fn keys(value: &Value) -> BTreeSet<String> {
    value
        .as_object()
        .map(|o| o.keys().cloned().collect())
        .unwrap_or_default()
}

#[test]
fn json_output_carries_a_label_and_a_unit_for_every_series() {
    let report = json(&["eval", BLUEPRINT, "--format", "json"]);
    let series = keys(&report["series"]);
    assert!(series.len() > 30);
    assert_eq!(keys(&report["labels"]), series);
    assert_eq!(keys(&report["units"]), series);
    assert_eq!(report["units"]["manufacturing_share_pct"], "%");
    assert_eq!(report["labels"]["gdp_hkd_bn"], "GDP");
    for (sector, entry) in report["sectors"].as_object().into_iter().flatten() {
        assert_eq!(entry["units"]["value_added_hkd_bn"], "HK$ bn", "{sector}");
        assert_eq!(
            entry["units"].get("jobs").is_some(),
            entry.get("jobs").is_some()
        );
    }
}

#[test]
fn csv_columns_carry_units_and_a_byte_order_mark_only_for_excel() {
    let csv = ok(&["eval", BLUEPRINT, "--format", "csv"]);
    let header: Vec<&str> = csv.lines().next().unwrap_or_default().split(',').collect();
    assert_eq!(header[0], "file", "no byte order mark by default");
    assert!(header.contains(&"va_microelectronics_hkd_bn"));
    assert!(header.contains(&"jobs_microelectronics_persons"));
    assert!(!header.contains(&"va_microelectronics"));
    let excel = ok(&["eval", BLUEPRINT, "--format", "csv", "--excel"]);
    assert_eq!(excel.strip_prefix('\u{feff}'), Some(csv.as_str()));
    let refused = run(&["eval", BLUEPRINT, "--format", "json", "--excel"]);
    assert_eq!(refused.code, Some(2));
    assert!(
        refused.stderr.contains("--format csv"),
        "{}",
        refused.stderr
    );
}

#[test]
fn the_data_dictionary_names_every_column_with_its_unit_and_model_section() {
    let dictionary = json(&["outputs", "--format", "json"]);
    let entries = dictionary.as_array().cloned().unwrap_or_default();
    let names: Vec<&str> = entries
        .iter()
        .filter(|e| e["output"] == "eval")
        .filter_map(|e| e["name"].as_str())
        .collect();
    // Every CSV column, in the CSV's order.
    let csv = ok(&["eval", BLUEPRINT, "--format", "csv"]);
    let header: Vec<&str> = csv.lines().next().unwrap_or_default().split(',').collect();
    assert_eq!(names, header);
    // The units and labels are those of the JSON output.
    let report = json(&["eval", BLUEPRINT, "--format", "json"]);
    let model = std::fs::read_to_string("docs/MODEL.md").unwrap_or_else(|e| panic!("{e}"));
    for entry in &entries {
        let name = entry["name"].as_str().unwrap_or_default();
        if let Some(unit) = report["units"].get(name) {
            assert_eq!(&entry["unit"], unit, "{name}");
            assert_eq!(&entry["label"], &report["labels"][name], "{name}");
        }
        let definition = entry["definition"].as_str().unwrap_or_default();
        assert!(definition.len() > 10, "{name} has no definition");
        let section = entry["model_section"].as_str().unwrap_or_default();
        assert!(
            model.contains(&format!("## {section} ")),
            "{name}: docs/MODEL.md has no section {section}"
        );
    }
    let table = ok(&["outputs"]);
    assert!(table.contains("manufacturing_share_pct"));
    assert!(table.contains("docs/MODEL.md §1.2"));
    let markdown = ok(&["outputs", "--format", "markdown"]);
    assert!(markdown.starts_with("| output | name "), "{markdown}");
}

/// The dictionary's column names for one output.
fn dictionary_names(output: &str) -> Vec<String> {
    json(&["outputs", "--format", "json"])
        .as_array()
        .cloned()
        .unwrap_or_default()
        .iter()
        .filter(|e| e["output"] == output)
        .filter_map(|e| e["name"].as_str().map(str::to_string))
        .collect()
}

fn csv_header(args: &[&str]) -> Vec<String> {
    ok(args)
        .lines()
        .next()
        .unwrap_or_default()
        .split(',')
        .map(str::to_string)
        .collect()
}

#[test]
fn the_data_dictionary_also_names_the_sweep_and_per_draw_columns() {
    // A sweep: the varied dial's column (named by its path), then the outcomes.
    let sweep = csv_header(&[
        "sweep",
        BLUEPRINT,
        "--vary",
        "rd.grants_hkd_bn_per_year=0..2:1",
        "--format",
        "csv",
    ]);
    let described = dictionary_names("sweep");
    assert_eq!(sweep[0], "rd.grants_hkd_bn_per_year");
    assert!(
        described.iter().any(|n| n.starts_with("<path")),
        "{described:?}"
    );
    for column in &sweep[1..] {
        assert!(
            described.contains(column),
            "sweep column {column} not in {described:?}"
        );
    }
    // --each-draw and --draws-out: one row per draw and year, the fixed
    // columns, then one per drawn assumption — the same header in both.
    let each_draw = csv_header(&[
        "eval",
        BLUEPRINT,
        "--uncertainty",
        "--draws",
        "2",
        "--each-draw",
        "--format",
        "csv",
    ]);
    let dir = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
    let file = dir.path().join("draws.csv");
    ok(&[
        "eval",
        BLUEPRINT,
        "--uncertainty",
        "--draws",
        "2",
        "--draws-out",
        &file.display().to_string(),
    ]);
    let text = std::fs::read_to_string(&file).unwrap_or_else(|e| panic!("{e}"));
    let header: Vec<&str> = text.lines().next().unwrap_or_default().split(',').collect();
    let described = dictionary_names("draws");
    let fixed: Vec<&str> = described
        .iter()
        .map(String::as_str)
        .filter(|n| !n.starts_with('<'))
        .collect();
    assert_eq!(header[..fixed.len()], fixed[..]);
    assert_eq!(
        header, each_draw,
        "--draws-out and --each-draw share one header"
    );
    assert!(header.contains(&"cost_elasticity"), "{header:?}");
    assert!(
        described.iter().any(|n| n.starts_with("<name")),
        "{described:?}"
    );
}

fn committed_schema() -> Value {
    let text = std::fs::read_to_string(COMMITTED).unwrap_or_else(|e| panic!("{COMMITTED}: {e}"));
    serde_json::from_str(&text).unwrap_or_else(|e| panic!("{COMMITTED}: {e}"))
}

#[test]
fn the_committed_output_schema_is_the_generated_one_and_a_valid_schema() {
    let printed = ok(&["outputs", "--schema"]);
    let committed = std::fs::read_to_string(COMMITTED).unwrap_or_default();
    assert!(
        printed == committed,
        "{COMMITTED} is out of date: run `cargo run -- outputs --schema > {COMMITTED}`"
    );
    jsonschema::meta::validate(&committed_schema()).unwrap_or_else(|e| panic!("{e}"));
}

#[test]
fn real_eval_outputs_meet_the_schema_and_broken_ones_do_not() {
    let validator =
        jsonschema::draft202012::new(&committed_schema()).unwrap_or_else(|e| panic!("{e}"));
    let mut outputs: Vec<Value> = example_packages()
        .iter()
        .map(|file| json(&["eval", &file.display().to_string(), "--format", "json"]))
        .collect();
    outputs.push(json(&["eval", BLUEPRINT, STATUS_QUO, "--format", "json"]));
    outputs.push(json(&[
        "eval",
        BLUEPRINT,
        "--against",
        STATUS_QUO,
        "--format",
        "json",
    ]));
    for output in &outputs {
        let errors: Vec<String> = validator
            .iter_errors(output)
            .map(|e| e.to_string())
            .collect();
        assert!(errors.is_empty(), "{errors:?}");
    }
    let good = &outputs[0];
    let mut missing_series = good.clone();
    if let Some(series) = missing_series["series"].as_object_mut() {
        series.remove("manufacturing_jobs");
    }
    let mut wrong_unit = good.clone();
    wrong_unit["units"]["gdp_hkd_bn"] = Value::from("US$ bn");
    let mut text_in_series = good.clone();
    text_in_series["series"]["gdp_hkd_bn"][0] = Value::from("NaN");
    for broken in [missing_series, wrong_unit, text_in_series] {
        assert!(!validator.is_valid(&broken));
    }
}

#[test]
fn the_data_dictionary_names_the_json_window_to_the_target_year_member_by_member() {
    let dictionary = json(&["outputs", "--format", "json"]);
    let members: Vec<Value> = dictionary
        .as_array()
        .cloned()
        .unwrap_or_default()
        .into_iter()
        .filter(|e| e["output"] == "eval-json")
        .collect();
    let report = json(&["eval", BLUEPRINT, "--format", "json"]);
    let window = &report["fiscal"]["to_target_year"];
    let listed: BTreeSet<String> = members
        .iter()
        .filter_map(|e| e["name"].as_str())
        .filter_map(|name| name.strip_prefix("fiscal.to_target_year."))
        .map(str::to_string)
        .collect();
    assert_eq!(listed, keys(window), "every member, no other");
    for entry in &members {
        assert!(
            !entry["unit"].as_str().unwrap_or_default().is_empty(),
            "{entry}"
        );
        assert!(
            !entry["label"].as_str().unwrap_or_default().is_empty(),
            "{entry}"
        );
    }
    let total = members
        .iter()
        .find(|e| e["name"] == "fiscal.to_target_year.total_hkd_bn")
        .unwrap_or_else(|| panic!("no total in {members:?}"));
    assert_eq!(total["unit"], "HK$ bn");
    // The schema requires every member, so an output without one fails it.
    let validator =
        jsonschema::draft202012::new(&committed_schema()).unwrap_or_else(|e| panic!("{e}"));
    assert!(validator.is_valid(&report));
    let mut without = report.clone();
    if let Some(members) = without["fiscal"]["to_target_year"].as_object_mut() {
        members.remove("present_value_hkd_bn");
    }
    assert!(!validator.is_valid(&without));
}
