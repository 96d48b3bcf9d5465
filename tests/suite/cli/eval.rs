//! The command line as scripts use it: golden JSON for every example package, the
//! JSON contract, CSV shape, deltas, compare, new, assumptions, and exit codes.

use serde_json::Value;

use crate::support::{Run, example_packages, json, root, run};

#[test]
fn golden_json_for_every_example_package() {
    let files = example_packages();
    assert!(files.len() >= 5);
    for file in files {
        let relative = format!(
            "policies/{}",
            file.file_name()
                .and_then(|n| n.to_str())
                .unwrap_or_default()
        );
        let Run {
            code,
            stdout,
            stderr,
        } = run(&["eval", &relative, "--format", "json"]);
        assert_eq!(code, Some(0), "{stderr}");
        let name = relative
            .trim_start_matches("policies/")
            .trim_end_matches(".toml")
            .to_string();
        insta::assert_snapshot!(format!("eval_json_{name}"), stdout);
    }
}

#[test]
fn json_follows_the_contract() {
    let value = json(&["eval", "policies/blueprint-2032.toml", "--format", "json"]);
    let years = value["years"].as_array().map_or(0, Vec::len);
    assert_eq!(years, 2035 - 2023 + 1);
    for key in [
        "manufacturing_share_pct",
        "manufacturing_jobs",
        "effective_sectors",
        "fiscal_cost_hkd_bn",
    ] {
        assert_eq!(
            value["series"][key].as_array().map_or(0, Vec::len),
            years,
            "{key}"
        );
    }
    for sector in [
        "microelectronics",
        "ai_robotics",
        "nev",
        "biotech",
        "traditional",
        "finance",
        "trading_logistics",
        "tourism",
        "professional_services",
        "other",
    ] {
        assert_eq!(
            value["sectors"][sector]["value_added_hkd_bn"]
                .as_array()
                .map_or(0, Vec::len),
            years,
            "{sector}"
        );
    }
    let target = &value["target"];
    assert_eq!(target["share_pct"], 5.0);
    assert_eq!(target["year"], 2032);
    assert!(target["met"].is_boolean());
    assert!(target["first_year_met"].is_i64() || target["first_year_met"].is_null());
    let gap = target["gap_pp"].as_f64().unwrap_or(f64::NAN);
    let share_2032 = value["series"]["manufacturing_share_pct"][2032 - 2023]
        .as_f64()
        .unwrap_or(f64::NAN);
    assert!((gap - (5.0 - share_2032)).abs() < 1e-12);
    assert_eq!(target["met"].as_bool(), Some(share_2032 >= 5.0));
}

#[test]
fn base_year_of_every_package_is_one_percent_and_76_800_jobs() {
    let value = json(&[
        "eval",
        "policies/status-quo.toml",
        "policies/land-led.toml",
        "--format",
        "json",
    ]);
    let packages = value.as_array().cloned().unwrap_or_default();
    assert_eq!(packages.len(), 2, "several files give an array");
    for package in packages {
        assert_eq!(package["years"][0], 2023);
        let share = package["series"]["manufacturing_share_pct"][0]
            .as_f64()
            .unwrap_or(0.0);
        // HK$28.79 bn of HK$2,879.4 bn (GDP at basic prices): 1.0% to the rounding of the sector values.
        assert!((share - 1.0).abs() < 1e-3, "{share}");
        assert_eq!(
            package["series"]["manufacturing_jobs"][0].as_f64(),
            Some(75_341.0)
        );
    }
}

#[test]
fn against_reports_year_by_year_differences() {
    let a = json(&["eval", "policies/land-led.toml", "--format", "json"]);
    let b = json(&["eval", "policies/status-quo.toml", "--format", "json"]);
    let d = json(&[
        "eval",
        "policies/land-led.toml",
        "--against",
        "policies/status-quo.toml",
        "--format",
        "json",
    ]);
    for i in 0..13 {
        let expected = a["series"]["manufacturing_jobs"][i]
            .as_f64()
            .unwrap_or(f64::NAN)
            - b["series"]["manufacturing_jobs"][i]
                .as_f64()
                .unwrap_or(f64::NAN);
        assert_eq!(
            d["deltas"]["manufacturing_jobs"][i].as_f64(),
            Some(expected)
        );
    }
    assert_eq!(d["against"]["name"], "Status quo");
}

#[test]
fn csv_has_one_row_per_package_and_year_with_the_same_numbers_as_json() {
    let Run {
        code,
        stdout,
        stderr: _,
    } = run(&[
        "eval",
        "policies/status-quo.toml",
        "policies/rd-led.toml",
        "--format",
        "csv",
    ]);
    assert_eq!(code, Some(0));
    let mut reader = csv::Reader::from_reader(stdout.as_bytes());
    let headers = reader.headers().cloned().unwrap_or_default();
    let share_column = headers
        .iter()
        .position(|h| h == "manufacturing_share_pct")
        .unwrap_or(usize::MAX);
    let rows: Vec<csv::StringRecord> = reader.records().flatten().collect();
    assert_eq!(rows.len(), 2 * 13);
    let value = json(&["eval", "policies/rd-led.toml", "--format", "json"]);
    let last = &rows[25];
    assert_eq!(&last[2], "2035");
    let from_csv: f64 = last[share_column].parse().unwrap_or(f64::NAN);
    assert_eq!(
        Some(from_csv),
        value["series"]["manufacturing_share_pct"][12].as_f64()
    );
}

#[test]
fn table_and_markdown_state_the_target_in_words() {
    let Run {
        code,
        stdout,
        stderr: _,
    } = run(&["eval", "policies/status-quo.toml"]);
    assert_eq!(code, Some(0));
    assert!(stdout.contains("Target 5.0% of GDP by 2032: projected 0.80%, short by 4.20 pp; not met within the horizon."), "{stdout}");
    let Run {
        code: _,
        stdout: markdown,
        stderr: _,
    } = run(&["eval", "policies/status-quo.toml", "--format", "markdown"]);
    assert!(
        markdown.contains("| year | mfg % GDP |") && markdown.contains("| 2023 | 1.00 |"),
        "{markdown}"
    );
}

#[test]
fn compare_describes_lever_changes_in_plain_language() {
    let Run {
        code,
        stdout,
        stderr: _,
    } = run(&[
        "compare",
        "policies/status-quo.toml",
        "policies/blueprint-2032.toml",
    ]);
    assert_eq!(code, Some(0));
    for line in [
        "R&D grants: HK$0.0 bn a year → HK$12.0 bn a year",
        "Rent subsidy: 0% of rent → 50% of rent",
        "Talent admissions: 0 people a year → 30,000 people a year",
        "Budget cap: no cap → HK$60.0 bn a year",
    ] {
        assert!(stdout.contains(line), "missing `{line}` in\n{stdout}");
    }
    let Run {
        code: _,
        stdout: same,
        stderr: _,
    } = run(&[
        "compare",
        "policies/land-led.toml",
        "policies/land-led.toml",
    ]);
    assert!(same.contains("nothing: the packages are the same"));
}

#[test]
fn the_template_is_a_valid_package_that_evaluates() -> std::io::Result<()> {
    let Run {
        code,
        stdout: template,
        stderr: _,
    } = run(&["new"]);
    assert_eq!(code, Some(0));
    let dir = tempfile::tempdir()?;
    let path = dir.path().join("mine.toml");
    std::fs::write(&path, &template)?;
    let path = path.display().to_string();
    let Run {
        code: check,
        stdout: _,
        stderr,
    } = run(&["check", &path]);
    assert_eq!(check, Some(0), "{stderr}");
    let value = json(&["eval", &path, "--format", "json"]);
    assert_eq!(value["name"], "My package");
    assert!(
        template.contains("format = 2")
            && template.contains("[measures.nias]")
            && template.contains("source = ")
    );
    Ok(())
}

#[test]
fn new_writes_the_template_to_a_file_and_keeps_an_existing_one() -> std::io::Result<()> {
    let Run {
        stdout: printed, ..
    } = run(&["new"]);
    let dir = tempfile::tempdir()?;
    let path = dir.path().join("mine.toml");
    let shown = path.display().to_string();
    let Run { code, stderr, .. } = run(&["new", &shown]);
    assert_eq!(code, Some(0), "{stderr}");
    assert_eq!(std::fs::read_to_string(&path)?, printed);
    assert!(
        stderr.contains("levers check") && stderr.contains(&shown),
        "{stderr}"
    );

    std::fs::write(&path, "# my own work\n")?;
    let Run { code, stderr, .. } = run(&["new", &shown]);
    assert_eq!(code, Some(2));
    assert!(
        stderr.contains("exists and is kept") && stderr.contains("--force"),
        "{stderr}"
    );
    assert_eq!(std::fs::read_to_string(&path)?, "# my own work\n");

    let Run { code, .. } = run(&["new", &shown, "--force"]);
    assert_eq!(code, Some(0));
    assert_eq!(std::fs::read_to_string(&path)?, printed);
    Ok(())
}

#[test]
fn assumptions_lists_every_parameter_and_marks_overrides() {
    let value = json(&["assumptions", "policies/rd-led.toml", "--format", "json"]);
    let rows = value.as_array().cloned().unwrap_or_default();
    assert_eq!(rows.len(), levers_core::PARAM_COUNT);
    let overridden: Vec<&Value> = rows.iter().filter(|r| r["overridden"] == true).collect();
    assert_eq!(overridden.len(), 1);
    assert_eq!(overridden[0]["name"], "rd_commercialisation_rate");
    assert_eq!(overridden[0]["value"], 0.8);
    for row in &rows {
        assert!(row["unit"].as_str().is_some_and(|u| !u.is_empty()));
        assert!(row["kind"] == "source" || row["kind"] == "assumption");
    }
}

#[test]
fn exit_codes_distinguish_usage_input_and_success() {
    assert_eq!(
        run(&["eval"]).code,
        Some(2),
        "missing FILE is a usage error"
    );
    assert_eq!(run(&["frobnicate"]).code, Some(2));
    let Run {
        code,
        stdout,
        stderr,
    } = run(&["eval", "no/such/file.toml"]);
    assert_eq!(code, Some(2));
    assert!(
        stdout.is_empty() && stderr.contains("no/such/file.toml: error: cannot open"),
        "{stderr}"
    );
    // levers' own words in the reader's language; the system's reason as it gives it.
    let chinese = run(&["--lang", "zh-Hant", "eval", "no/such/file.toml"]);
    assert_eq!(chinese.code, Some(2));
    assert!(
        chinese
            .stderr
            .contains("no/such/file.toml: 錯誤：無法開啟："),
        "{}",
        chinese.stderr
    );
    assert!(
        !chinese.stderr.contains("cannot open"),
        "{}",
        chinese.stderr
    );
    assert_eq!(run(&["check", "policies/status-quo.toml"]).code, Some(0));
    assert_eq!(run(&["--version"]).code, Some(0));
}

#[test]
fn a_baseline_data_file_replaces_the_embedded_one() -> std::io::Result<()> {
    let dir = tempfile::tempdir()?;
    let path = dir.path().join("baseline.toml");
    let text = std::fs::read_to_string(root().join("assets/baseline.toml"))?;
    std::fs::write(
        &path,
        text.replace(
            "[sectors.finance.growth]\nvalue = 0.03\n",
            "[sectors.finance.growth]\nvalue = 0.05\n",
        ),
    )?;
    let path = path.display().to_string();
    let faster = json(&[
        "--baseline-data",
        &path,
        "eval",
        "policies/status-quo.toml",
        "--format",
        "json",
    ]);
    let normal = json(&["eval", "policies/status-quo.toml", "--format", "json"]);
    let finance = |v: &Value| {
        v["sectors"]["finance"]["value_added_hkd_bn"][12]
            .as_f64()
            .unwrap_or(0.0)
    };
    assert!(finance(&faster) > finance(&normal) * 1.2);
    std::fs::write(&path, "format = 1\nbase_year = 2023\n")?;
    let Run {
        code,
        stdout: _,
        stderr,
    } = run(&["--baseline-data", &path, "eval", "policies/status-quo.toml"]);
    assert_eq!(code, Some(2));
    assert!(stderr.contains("missing key `lags`"), "{stderr}");
    Ok(())
}

/// `eval` says where the land released by the target year went, from the
/// same series its JSON gives, in both languages; a package releasing no land
/// says nothing of it.
#[test]
fn eval_says_how_much_released_land_plants_took_up_and_how_much_waits() {
    let file = "policies/land-led.toml";
    let eval = crate::support::json(&["eval", file, "--format", "json"]);
    let at = crate::support::year_index(&eval, 2032);
    let series = |key: &str| eval["series"][key][at].as_f64().expect(key);
    let (released, taken, vacant) = (
        series("land_released_ha"),
        series("sites_taken_up_ha"),
        series("sites_vacant_ha"),
    );
    assert!(taken > 0.0 && vacant > 0.0 && taken + vacant <= released);
    let sentence = format!(
        "Land by 2032: {released:.0} ha released, {taken:.0} ha taken up by plants that need a site, {vacant:.0} ha serviced and waiting"
    );
    let text = crate::support::ok(&["eval", file]);
    assert!(text.contains(&sentence), "{sentence}\n{text}");
    let chinese = crate::support::ok(&["eval", file, "--lang", "zh-Hant"]);
    assert!(chinese.contains("至 2032 年的土地"), "{chinese}");
    let none = crate::support::ok(&["eval", "policies/rd-led.toml"]);
    assert!(!none.contains("Land by"), "{none}");
}
