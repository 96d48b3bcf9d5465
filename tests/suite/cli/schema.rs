//! The JSON Schema of the policy format (format 1 and format 2): generated, committed, and agreeing
//! with the reader — every example package passes it, and files the reader
//! rejects for a schema-checkable reason fail it too (checked with an
//! independent validator, the `jsonschema` crate).

use std::fs;
use std::path::Path;

use levers_core::LeverField;
use serde_json::Value;

use crate::support::{example_packages, levers};

const COMMITTED: &str = "schema/policy.schema.json";

fn committed_schema() -> Value {
    let text = fs::read_to_string(COMMITTED).expect("schema/policy.schema.json is committed");
    serde_json::from_str(&text).expect("the committed schema is JSON")
}

/// A TOML file as JSON, the way an editor's TOML language server sees it.
fn toml_as_json(path: &Path) -> Value {
    let text = fs::read_to_string(path).expect("readable fixture");
    let text = text.strip_prefix('\u{feff}').unwrap_or(&text);
    let value: toml::Value = toml::from_str(text).expect("fixture is valid TOML");
    serde_json::to_value(value).expect("TOML converts to JSON")
}

#[test]
fn levers_schema_prints_exactly_the_committed_file() {
    let output = levers().arg("schema").output().expect("runs");
    assert!(output.status.success());
    let printed = String::from_utf8(output.stdout).expect("UTF-8");
    let committed = fs::read_to_string(COMMITTED).expect("committed");
    assert!(
        printed == committed,
        "schema/policy.schema.json is out of date: run `cargo run -- schema > schema/policy.schema.json`"
    );
}

#[test]
fn the_schema_is_a_valid_draft_2020_12_schema() {
    let schema = committed_schema();
    assert_eq!(
        schema["$schema"],
        "https://json-schema.org/draft/2020-12/schema"
    );
    jsonschema::meta::validate(&schema).expect("the schema is itself valid");
}

#[test]
fn lever_ranges_in_the_schema_are_the_specs_of_the_reader() {
    let schema = committed_schema();
    for field in LeverField::ALL {
        let spec = field.spec();
        let property = &schema["properties"]["levers"]["properties"][field.group().key()]["properties"]
            [spec.key];
        assert_eq!(property["minimum"].as_f64(), Some(spec.min), "{field}");
        assert_eq!(property["maximum"].as_f64(), Some(spec.max), "{field}");
        let description = property["description"].as_str().unwrap_or_default();
        assert!(description.contains(spec.unit), "{field}: {description}");
        assert_eq!(
            property.get("multipleOf").is_some(),
            spec.integer,
            "{field}"
        );
    }
}

#[test]
fn every_example_package_names_the_schema_and_passes_it() {
    let validator = jsonschema::draft202012::new(&committed_schema()).expect("compiles");
    let files = example_packages();
    assert!(files.len() >= 6, "{files:?}");
    for file in files {
        let text = fs::read_to_string(&file).expect("readable");
        assert_eq!(
            text.lines().next(),
            Some("#:schema ../schema/policy.schema.json"),
            "{} should begin with the #:schema line",
            file.display()
        );
        let errors: Vec<String> = validator
            .iter_errors(&toml_as_json(&file))
            .map(|e| format!("{} at {}", e, e.instance_path()))
            .collect();
        assert!(errors.is_empty(), "{}: {errors:?}", file.display());
    }
    // The history package sits one folder deeper (its years belong to the
    // back-test's base year, 2016, so the schema's year bounds do not apply).
    let history = std::path::Path::new(crate::support::HISTORY_PACKAGE);
    let text = fs::read_to_string(history).expect("readable");
    assert_eq!(
        text.lines().next(),
        Some("#:schema ../../schema/policy.schema.json")
    );
}

#[test]
fn valid_fixtures_pass_the_schema() {
    let validator = jsonschema::draft202012::new(&committed_schema()).expect("compiles");
    for name in [
        "boundaries.toml",
        "integers-for-floats.toml",
        "measures-schedules.toml",
    ] {
        let file = Path::new("tests/fixtures/valid").join(name);
        let errors: Vec<String> = validator
            .iter_errors(&toml_as_json(&file))
            .map(|e| e.to_string())
            .collect();
        assert!(errors.is_empty(), "{name}: {errors:?}");
    }
}

#[test]
fn invalid_fixtures_the_reader_rejects_fail_the_schema_too() {
    let validator = jsonschema::draft202012::new(&committed_schema()).expect("compiles");
    for name in [
        "out-of-range.toml",
        "unknown-root-key.toml",
        "misspelt-lever-key.toml",
        "misspelt-sector.toml",
        "misspelt-assumption.toml",
        "out-of-range-assumption.toml",
        "format-missing.toml",
        "format-unknown.toml",
        "type-text-for-number.toml",
        "funding-misspelt.toml",
        "start-missing.toml",
        "horizon-too-late.toml",
        "fractional-admissions.toml",
        "ramp-too-long.toml",
        "measure-unknown-kind.toml",
        "measure-misspelt-key.toml",
        "measure-kind-missing.toml",
        "measure-out-of-range.toml",
        "measure-matching-ratio-not-allowed.toml",
        "measure-levers-in-format-2.toml",
        "measure-schedule-key-not-a-year.toml",
    ] {
        let file = Path::new("tests/fixtures/invalid").join(name);
        assert!(
            !validator.is_valid(&toml_as_json(&file)),
            "{name} should fail the schema"
        );
        let reader = levers().arg("check").arg(&file).output().expect("runs");
        assert_eq!(reader.status.code(), Some(2), "{name} should fail `check`");
    }
}

/// Issue 14, item 4: an editor shows a label for every key it completes.
#[test]
fn every_typed_node_of_the_schema_has_a_description() {
    fn walk(node: &serde_json::Value, path: &str, missing: &mut Vec<String>) {
        match node {
            serde_json::Value::Object(map) => {
                let typed = map.contains_key("type") || map.contains_key("enum");
                let described = map
                    .get("description")
                    .and_then(serde_json::Value::as_str)
                    .is_some_and(|d| !d.trim().is_empty());
                if typed && !described && !path.is_empty() {
                    missing.push(path.to_string());
                }
                for (key, child) in map {
                    walk(child, &format!("{path}/{key}"), missing);
                }
            }
            serde_json::Value::Array(items) => {
                for (i, child) in items.iter().enumerate() {
                    walk(child, &format!("{path}/{i}"), missing);
                }
            }
            _ => {}
        }
    }
    let mut missing = Vec::new();
    walk(&committed_schema(), "", &mut missing);
    assert!(missing.is_empty(), "no description: {missing:#?}");
}
