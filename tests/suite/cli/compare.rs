//! `levers compare A B C …` and `report --against B,C` through the binary:
//! three and six packages side by side in every format, deltas against the
//! first, names told apart, differences of horizon and target noted, totals
//! over the common window.

use crate::support::{json, ok, run};

const THREE: [&str; 3] = [
    "policies/status-quo.toml",
    "policies/announced.toml",
    "policies/blueprint-2032.toml",
];

const SIX: [&str; 6] = [
    "policies/status-quo.toml",
    "policies/announced.toml",
    "policies/announced-measures.toml",
    "policies/blueprint-2032.toml",
    "policies/gba-division.toml",
    "policies/land-led.toml",
];

fn compare(files: &[&str], format: &str) -> String {
    let mut args = vec!["compare"];
    args.extend(files);
    args.extend(["--format", format]);
    ok(&args)
}

fn compare_json(files: &[&str]) -> serde_json::Value {
    let mut args = vec!["compare"];
    args.extend(files);
    args.extend(["--format", "json"]);
    json(&args)
}

/// The packages' titles, in order.
fn titles(value: &serde_json::Value) -> Vec<&str> {
    let packages = value["packages"].as_array().expect("packages");
    packages
        .iter()
        .map(|p| p["title"].as_str().expect("title"))
        .collect()
}

fn outcome<'a>(value: &'a serde_json::Value, key: &str) -> &'a serde_json::Value {
    value["outcomes"]
        .as_array()
        .expect("outcomes")
        .iter()
        .find(|o| o["key"] == key)
        .unwrap_or_else(|| panic!("no outcome {key}"))
}

#[test]
fn three_packages_side_by_side_with_deltas_against_the_first() {
    let value = compare_json(&THREE);
    let titles = titles(&value);
    assert_eq!(
        titles,
        ["Status quo", "Announced measures (2024–)", "Blueprint 2032"]
    );
    assert_eq!(value["reference"], "Status quo");
    // Each value is the package's own `eval` number; each delta is it less the first's.
    let share = outcome(&value, "share_in_own_target_year_pct");
    for (i, file) in THREE.iter().enumerate() {
        let eval = json(&["eval", file, "--format", "json"]);
        assert_eq!(
            share["values"][i].as_f64(),
            eval["target"]["projected_share_pct"].as_f64(),
            "{file}"
        );
        let total = outcome(&value, "total_cost_own_horizon_hkd_bn")["values"][i]
            .as_f64()
            .expect("total");
        let horizon = eval["fiscal"]["windows"][2]["total_hkd_bn"]
            .as_f64()
            .expect("eval total");
        assert!(
            (total - horizon).abs() < 1e-9,
            "{file}: {total} vs {horizon}"
        );
    }
    let first = share["values"][0].as_f64().expect("first");
    assert!(share["deltas"][0].is_null());
    for i in 1..3 {
        let delta = share["deltas"][i].as_f64().expect("delta");
        let own = share["values"][i].as_f64().expect("value");
        assert!((delta - (own - first)).abs() < 1e-12);
    }
    let settings = value["settings"].as_array().expect("settings");
    let cap = settings
        .iter()
        .find(|s| s["key"] == "budget_cap")
        .expect("cap setting");
    assert_eq!(cap["values"][2], "HK$60.0 bn a year");
    assert_eq!(value["changes"].as_array().map(Vec::len), Some(2));

    // Net jobs are across the economy; manufacturing's own are the jobs row's
    // deltas. The labels are the English catalogue's, in JSON as in the table.
    let net = outcome(&value, "net_jobs_added_in_common_year");
    assert_eq!(net["label"], "Net jobs added across the economy in 2035");
    let table = compare(&THREE, "table");
    assert!(table.starts_with("Comparing 3 packages"), "{table}");
    assert!(
        table.contains("Net jobs added across the economy in 2035"),
        "{table}"
    );
    assert!(
        table.contains("target") && table.contains("horizon"),
        "{table}"
    );
    assert!(
        table.contains("What changes from Status quo to Blueprint 2032:"),
        "{table}"
    );
    let markdown = compare(&THREE, "markdown");
    assert!(
        markdown.contains("| Status quo | Announced measures (2024–) | Blueprint 2032 |"),
        "{markdown}"
    );
}

#[test]
fn compare_csv_is_csv_with_a_column_per_package_and_per_delta() {
    let text = compare(&THREE, "csv");
    let mut reader = csv::Reader::from_reader(text.as_bytes());
    let header: Vec<String> = reader
        .headers()
        .expect("header")
        .iter()
        .map(String::from)
        .collect();
    assert_eq!(
        header,
        [
            "section",
            "key",
            "label",
            "Status quo",
            "Announced measures (2024–)",
            "Blueprint 2032",
            "delta Announced measures (2024–)",
            "delta Blueprint 2032"
        ]
    );
    let rows: Vec<csv::StringRecord> = reader.records().map(|r| r.expect("row")).collect();
    assert!(rows.iter().all(|r| r.len() == header.len()));
    let share = rows
        .iter()
        .find(|r| &r[1] == "share_in_common_year_pct")
        .expect("share row");
    let (a, c, delta): (f64, f64, f64) = (
        share[3].parse().expect("number"),
        share[5].parse().expect("number"),
        share[7].parse().expect("number"),
    );
    assert!((delta - (c - a)).abs() < 1e-12);
    assert!(!text.contains("  "), "a table, not CSV:\n{text}");
}

#[test]
fn six_packages_collide_by_name_and_differ_by_horizon_and_target_year() {
    let value = compare_json(&SIX);
    let titles = titles(&value);
    assert_eq!(titles.len(), 6);
    assert_eq!(titles[1], "Announced measures (2024–) (announced.toml)");
    assert_eq!(
        titles[2],
        "Announced measures (2024–) (announced-measures.toml)"
    );
    let unique: std::collections::BTreeSet<&&str> = titles.iter().collect();
    assert_eq!(unique.len(), 6, "{titles:?}");
    // gba-division runs to 2040 with a 2035 target: the common window stops at 2035.
    assert_eq!(value["common_window"]["to"], 2035);
    let notes: Vec<&str> = value["notes"]
        .as_array()
        .expect("notes")
        .iter()
        .map(|n| n.as_str().expect("note"))
        .collect();
    assert!(
        notes.iter().any(|n| n.starts_with("Horizons differ")),
        "{notes:?}"
    );
    assert!(
        notes.iter().any(|n| n.starts_with("Target years differ")),
        "{notes:?}"
    );
    assert!(
        notes.iter().any(|n| n.contains("told apart by file")),
        "{notes:?}"
    );
    // Over the common window gba-division's total is its cumulative cost to 2035,
    // smaller than its cost to its own horizon.
    let gba = json(&["eval", "policies/gba-division.toml", "--format", "json"]);
    let years = gba["years"].as_array().expect("years");
    let at_2035 = years.iter().position(|y| y == 2035).expect("2035");
    let cumulative = gba["series"]["cumulative_fiscal_cost_hkd_bn"][at_2035]
        .as_f64()
        .expect("cumulative");
    let common = outcome(&value, "total_cost_common_window_hkd_bn")["values"][4]
        .as_f64()
        .expect("common total");
    let own = outcome(&value, "total_cost_own_horizon_hkd_bn")["values"][4]
        .as_f64()
        .expect("own total");
    assert!(
        (common - cumulative).abs() < 1e-9,
        "{common} vs {cumulative}"
    );
    assert!(own > common);
    // Rows the notes call not comparable give no delta; the common ones do.
    for key in [
        "share_in_own_target_year_pct",
        "gap_to_own_target_pp",
        "total_cost_own_horizon_hkd_bn",
    ] {
        let row = outcome(&value, key);
        assert!(
            row["deltas"]
                .as_array()
                .is_some_and(|d| d.iter().all(serde_json::Value::is_null)),
            "{key}: {row}"
        );
    }
    assert!(
        outcome(&value, "share_in_common_year_pct")["deltas"][4].is_number(),
        "{value}"
    );
    for format in ["table", "markdown", "csv"] {
        let text = compare(&SIX, format);
        assert!(
            text.contains("Horizons differ (2035, 2035, 2035, 2035, 2040, 2035)"),
            "{format}"
        );
    }
}

#[test]
fn compare_needs_two_packages() {
    let one = run(&["compare", "policies/status-quo.toml"]);
    assert_eq!(one.code, Some(2), "{}", one.stderr);
}

#[test]
fn a_report_takes_several_packages_to_compare_against() {
    let report = ok(&[
        "report",
        "policies/blueprint-2032.toml",
        "--against",
        "policies/status-quo.toml,policies/announced.toml",
        "--against",
        "policies/land-led.toml",
        "-o",
        "-",
    ]);
    assert!(
        report
            .lines()
            .any(|l| l == "## Compared with Status quo, Announced measures (2024–) and Land-led"),
        "{report}"
    );
    assert!(report.contains("Comparing 4 packages"), "{report}");
    // The first compared with is the reference every difference is taken against.
    assert!(
        report.contains("| Status quo | Blueprint 2032 | Announced measures (2024–) | Land-led |"),
        "{report}"
    );
}

#[test]
fn a_hostile_package_name_is_inert_in_every_compare_format() {
    let dir = tempfile::tempdir().expect("temp dir");
    let path = dir.path().join("evil.toml");
    std::fs::write(
        &path,
        "format = 2\nname = \"Evil\\u001b[31m | *x*\"\nhorizon = 2035\n",
    )
    .expect("write");
    let evil = path.display().to_string();
    let files = [evil.as_str(), "policies/status-quo.toml"];
    for format in ["table", "markdown", "csv", "json"] {
        let text = compare(&files, format);
        assert!(!text.contains('\u{1b}'), "{format}: a raw escape:\n{text}");
    }
    let markdown = compare(&files, "markdown");
    assert!(
        markdown.contains("Evil\\\\u{1b}\\[31m \\| \\*x\\*"),
        "{markdown}"
    );
}

/// An 8.25 pp profits-tax cut reads 8.25 in compare, diff and report, not 8.2
/// (which is another setting).
#[test]
fn a_quarter_point_tax_cut_keeps_its_decimals_in_compare_diff_and_report() {
    let dir = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
    let text = std::fs::read_to_string(crate::support::root().join("policies/gba-division.toml"))
        .unwrap_or_else(|e| panic!("{e}"));
    // The amount of its `[measures.profits_tax_concession]` table.
    let (head, tail) = text
        .split_once("[measures.profits_tax_concession]")
        .unwrap_or_else(|| panic!("gba-division.toml sets no profits-tax cut"));
    let line = tail
        .lines()
        .find(|l| l.trim_start().starts_with("amount ="))
        .unwrap_or_else(|| panic!("the cut has no amount"))
        .to_string();
    let changed = format!(
        "{head}[measures.profits_tax_concession]{}",
        tail.replacen(&line, "amount = 8.25", 1)
    );
    let file = dir.path().join("quarter.toml");
    std::fs::write(&file, changed).unwrap_or_else(|e| panic!("{e}"));
    let file = file.display().to_string();
    let base = "policies/gba-division.toml";
    for args in [
        vec!["compare", base, file.as_str()],
        vec!["diff", base, file.as_str()],
        vec!["report", file.as_str(), "-o", "-"],
    ] {
        let out = crate::support::run(&args);
        assert!(out.stdout.contains("8.25"), "{args:?}: {}", out.stdout);
        assert!(
            !out.stdout.contains("8.2 pp") && !out.stdout.contains("8.2 percentage"),
            "{args:?}"
        );
    }
}
