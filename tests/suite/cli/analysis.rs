//! The analysis commands through the binary, checked against the core:
//! sensitivity, eval --uncertainty, sweep, stacked packages, diff, summary.

use levers_core::analysis::sensitivity::SwingItem;
use levers_core::analysis::{Outcome, monte_carlo, sensitivity};
use levers_core::{LeverField, project};

use crate::support::package::{Package, bands_on_threads, stdout_on_threads};
use crate::support::{baseline, json, levers, load, ok, run};

const BLUEPRINT: &str = "policies/blueprint-2032.toml";

// ---- sensitivity ----

#[test]
fn the_tornado_is_sorted_by_swing_and_each_end_is_a_real_projection() {
    let baseline = baseline();
    let policy = load(BLUEPRINT, &baseline);
    let (centre, swings) = sensitivity(&baseline, &policy, Outcome::ShareInTargetYear);
    assert_eq!(
        centre,
        project(&baseline, &policy).target.projected_share_pct
    );
    assert!(swings.windows(2).all(|w| w[0].width() >= w[1].width()));
    let grants = swings
        .iter()
        .find(|s| {
            s.item
                == SwingItem::Measure(
                    policy
                        .dial_measure(LeverField::GrantsHkdBnPerYear)
                        .unwrap_or(usize::MAX),
                )
        })
        .unwrap_or_else(|| panic!("grants missing"));
    // The high end is one and a half times the package's grants.
    let mut at_high = policy.clone();
    let high = policy.dial_value(LeverField::GrantsHkdBnPerYear) * 1.5;
    at_high.set_dial(LeverField::GrantsHkdBnPerYear, high, 2025);
    assert_eq!(grants.high, high);
    assert_eq!(
        grants.outcome_at_high,
        project(&baseline, &at_high).target.projected_share_pct
    );

    let value = json(&["sensitivity", BLUEPRINT, "--format", "json"]);
    assert_eq!(value["outcome"], "share");
    assert_eq!(value["package_value"].as_f64(), Some(centre));
    let first = &value["swings"][0];
    assert_eq!(first["swing"].as_f64(), Some(swings[0].width()));
    let table = ok(&["sensitivity", BLUEPRINT, "--outcome", "jobs"]);
    assert!(
        table.contains('█') && table.contains("Manufacturing jobs"),
        "{table}"
    );
}

// ---- uncertainty ----

#[test]
fn the_same_seed_gives_the_same_bytes_and_another_seed_does_not() {
    let args = [
        "eval",
        BLUEPRINT,
        "--uncertainty",
        "--draws",
        "300",
        "--seed",
        "7",
    ];
    let first = ok(&args);
    assert_eq!(first, ok(&args));
    for format in ["json", "csv"] {
        let with_format = [&args[..], &["--format", format]].concat();
        assert_eq!(ok(&with_format), ok(&with_format));
    }
    let other = ok(&[
        "eval",
        BLUEPRINT,
        "--uncertainty",
        "--draws",
        "300",
        "--seed",
        "8",
    ]);
    assert_ne!(first, other);
    assert!(first.contains("Probability the target"), "{first}");
}

#[test]
fn the_cli_prints_the_same_bytes_on_one_thread_and_on_many() {
    let args = [
        "eval",
        BLUEPRINT,
        "--uncertainty",
        "--draws",
        "2000",
        "--format",
        "json",
    ];
    assert_eq!(stdout_on_threads(&args, 1), stdout_on_threads(&args, 3));
}

#[test]
fn one_thread_and_all_threads_give_identical_bands() {
    let baseline = baseline();
    let policy = load(BLUEPRINT, &baseline);
    let on = |threads| bands_on_threads(&baseline, &policy, (500, 42), threads);
    let (single, many, default_pool) = (on(Some(1)), on(Some(4)), on(None));
    assert_eq!(single, many);
    assert_eq!(single, default_pool);
    assert_eq!(single, monte_carlo(&baseline, &policy, 500, 42));
}

#[test]
fn bands_are_ordered_and_the_probability_is_a_share_of_draws() {
    let value = json(&[
        "eval",
        BLUEPRINT,
        "--uncertainty",
        "--draws",
        "200",
        "--format",
        "json",
    ]);
    let p = value["probability_met"].as_f64().unwrap_or(f64::NAN);
    assert!((0.0..=1.0).contains(&p));
    assert_eq!((p * 200.0).fract(), 0.0);
    let share = &value["manufacturing_share_pct"];
    let years = value["years"].as_array().map_or(0, Vec::len);
    // 2024..=2035: the observed base year 2023 has no band.
    assert_eq!(years, 12);
    assert_eq!(value["years"][0], 2024);
    for k in 0..years {
        let (p10, p50, p90) = (
            share["p10"][k].as_f64().unwrap_or(f64::NAN),
            share["p50"][k].as_f64().unwrap_or(f64::NAN),
            share["p90"][k].as_f64().unwrap_or(f64::NAN),
        );
        assert!(p10 <= p50 && p50 <= p90, "{k}: {p10} {p50} {p90}");
    }
}

#[test]
fn the_policys_own_assumptions_are_held_fixed() {
    let baseline = baseline();
    let mut policy = load(BLUEPRINT, &baseline);
    // Hold every drawn parameter: only the year-to-year noise spreads the share.
    policy.assumptions = baseline.specs.iter().map(|s| (s.id, s.value)).collect();
    let u = monte_carlo(&baseline, &policy, 50, 1);
    for band in &u.share_pct {
        assert!(band.p10 < band.p90);
    }
    // With the noise held at 0 as well, no spread remains.
    for (id, value) in &mut policy.assumptions {
        if id.name().ends_with("_noise_sd") {
            *value = 0.0;
        }
    }
    let u = monte_carlo(&baseline, &policy, 50, 1);
    for band in u.share_pct.iter().chain(&u.jobs) {
        assert_eq!(band.p10, band.p90);
    }
}

// ---- sweep ----

#[test]
fn a_sweep_has_one_row_per_grid_point_and_a_row_equals_a_direct_eval() {
    let csv = ok(&[
        "sweep",
        BLUEPRINT,
        "--vary",
        "rd.grants_hkd_bn_per_year=0..20:1",
        "--vary",
        "land.rent_subsidy_pct=0..80:10",
    ]);
    let lines: Vec<&str> = csv.lines().collect();
    assert_eq!(lines.len(), 1 + 21 * 9);
    assert_eq!(
        lines[0],
        "rd.grants_hkd_bn_per_year,land.rent_subsidy_pct,share_in_target_year_pct,met,first_year_met,manufacturing_jobs_in_target_year,cost_to_target_year_hkd_bn"
    );
    // Row for grants 3, rent 40: index 3 * 9 + 4.
    let row: Vec<&str> = lines[1 + 3 * 9 + 4].split(',').collect();
    assert_eq!(&row[..2], ["3", "40"]);

    let point = Package::blueprint()
        .set("levers.rd.grants_hkd_bn_per_year", 3.0)
        .set("levers.land.rent_subsidy_pct", 40.0);
    let evaluated = point.run(&["eval", "{package}", "--format", "json"]).json();
    let share = evaluated["target"]["projected_share_pct"]
        .as_f64()
        .unwrap_or(f64::NAN);
    assert_eq!(row[2], format!("{share}"));
    assert_eq!(row[3], evaluated["target"]["met"].to_string());
    let cost = evaluated["series"]["cumulative_fiscal_cost_hkd_bn"][2032 - 2023]
        .as_f64()
        .unwrap_or(f64::NAN);
    assert_eq!(row[6], format!("{cost}"));
}

#[test]
fn ndjson_sweeps_carry_the_same_numbers_as_csv() {
    let vary = ["--vary", "zone.scaleup_in_gba_share=0..1:0.25"];
    let csv = ok(&[&["sweep", BLUEPRINT][..], &vary].concat());
    let ndjson = ok(&[&["sweep", BLUEPRINT][..], &vary, &["--format", "ndjson"]].concat());
    let rows: Vec<serde_json::Value> = ndjson
        .lines()
        .map(|l| serde_json::from_str(l).unwrap_or_else(|e| panic!("{e}: {l}")))
        .collect();
    assert_eq!(rows.len(), 5);
    for (row, line) in rows.iter().zip(csv.lines().skip(1)) {
        let cells: Vec<&str> = line.split(',').collect();
        assert_eq!(
            row["share_in_target_year_pct"]
                .as_f64()
                .map(|v| format!("{v}"))
                .as_deref(),
            Some(cells[1])
        );
    }
    assert_eq!(rows[4]["zone.scaleup_in_gba_share"].as_f64(), Some(1.0));
}

#[test]
fn bad_vary_specs_are_invalid_input_naming_the_lever_and_its_range() {
    let cases = [
        ("rd.grant=0..1:1", "`rd.grant` names no lever or measure"),
        (
            "zone=0..1:1",
            "`zone` names a whole lever group or measure, not one number",
        ),
        (
            "land.rent_subsidy_pct=0..95:5",
            "land.rent_subsidy_pct: a number from 0 to 90",
        ),
        (
            "land.rent_subsidy_pct=0..10",
            "expected GROUP.FIELD=FROM..TO:STEP",
        ),
        ("land.rent_subsidy_pct=10..0:1", "FROM 10 is above TO 0"),
        ("talent.admissions_per_year=0..10:0.5", "whole numbers"),
        (
            "rd.grants_hkd_bn_per_year=a..1:1",
            "FROM `a` is not a number",
        ),
        ("rd.grants_hkd_bn_per_year=0..1:0", "STEP 0 must be above 0"),
        (
            "land.rent_subsidy_pct=0..95:5",
            "TO 95 is outside the range of land.rent_subsidy_pct",
        ),
    ];
    for (spec, expected) in cases {
        let result = run(&["sweep", BLUEPRINT, "--vary", spec]);
        assert_eq!(result.code, Some(2), "{spec}");
        assert!(
            result.stderr.contains(expected),
            "{spec}: {}",
            result.stderr
        );
        assert!(result.stdout.is_empty());
    }
}

#[test]
fn a_folder_sweep_lists_every_package_in_sorted_order() {
    let csv = ok(&["sweep", "--dir", "policies"]);
    let files: Vec<&str> = csv
        .lines()
        .skip(1)
        .filter_map(|l| l.split(',').next())
        .collect();
    let mut sorted = files.clone();
    sorted.sort_unstable();
    assert_eq!(files, sorted);
    assert!(files.contains(&"policies/blueprint-2032.toml"));
    let count = std::fs::read_dir("policies").map_or(0, |d| {
        d.filter(|e| {
            e.as_ref()
                .is_ok_and(|e| e.path().extension().is_some_and(|x| x == "toml"))
        })
        .count()
    });
    assert_eq!(files.len(), count);
}

// ---- stacking, diff, summary ----

#[test]
fn stacked_packages_warn_about_conflicts_and_evaluate_the_top_package_over_the_bottom() {
    let result = run(&[
        "eval",
        "policies/land-led.toml+policies/rd-led.toml",
        "--format",
        "json",
    ]);
    assert_eq!(result.code, Some(0), "{}", result.stderr);
    let value: serde_json::Value =
        serde_json::from_str(&result.stdout).unwrap_or_else(|e| panic!("{e}"));
    let baseline = baseline();
    let stacked = levers_core::analysis::stack(
        &load("policies/land-led.toml", &baseline),
        &load("policies/rd-led.toml", &baseline),
    );
    let projection = project(&baseline, &stacked.policy);
    assert_eq!(
        value["target"]["projected_share_pct"].as_f64(),
        Some(projection.target.projected_share_pct)
    );
    for conflict in &stacked.conflicts {
        assert!(
            result.stderr.contains(&conflict.field.path()),
            "{}",
            result.stderr
        );
    }

    let conflicting = run(&[
        "eval",
        "policies/land-led.toml+policies/blueprint-2032.toml",
    ]);
    assert_eq!(conflicting.code, Some(0));
    assert!(
        conflicting.stderr.contains("warning:")
            && conflicting.stderr.contains("land.rent_subsidy_pct")
    );
    // The budget comes from the package on top, and a different one is said:
    // the Blueprint's cap and reserves replace land-led's borrowing.
    assert!(
        conflicting.stderr.contains(
            "warning: policies/blueprint-2032.toml brings its budget (cap HK$60.0 bn a year, funded from reserves) over policies/land-led.toml's (no cap, funded from borrowing)"
        ),
        "{}",
        conflicting.stderr
    );
    let chinese = run(&[
        "--lang",
        "zh-Hant",
        "eval",
        "policies/land-led.toml+policies/blueprint-2032.toml",
    ]);
    assert!(
        chinese.stderr.contains("取代 policies/land-led.toml 的 70")
            && chinese.stderr.contains("預算以上層組合為準")
            && !chinese.stderr.contains("warning"),
        "{}",
        chinese.stderr
    );
    // Packages with the same budget stack without a word on it.
    let same = run(&["eval", "policies/rd-led.toml+policies/talent-led.toml"]);
    assert!(!same.stderr.contains("budget"), "{}", same.stderr);
}

#[test]
fn a_stack_that_breaks_a_rule_is_invalid_input() {
    let dir = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
    let late = dir.path().join("late.toml");
    std::fs::write(
        &late,
        "format = 1\nname = \"Late\"\nhorizon = 2045\n[levers.rd]\ngrants_hkd_bn_per_year = 5.0\nstart = 2040\n",
    )
    .unwrap_or_else(|e| panic!("{e}"));
    let stack = format!("{}+policies/land-led.toml", late.display());
    let result = run(&["eval", &stack]);
    assert_eq!(result.code, Some(2), "{}", result.stderr);
    assert!(
        result.stderr.contains("measures.rd_grants.start"),
        "{}",
        result.stderr
    );
    let missing = run(&["eval", "policies/land-led.toml+nowhere.toml"]);
    assert_eq!(missing.code, Some(2));
}

#[test]
fn diff_says_what_changed_in_words() {
    let text = ok(&["diff", "policies/land-led.toml", BLUEPRINT]);
    assert!(
        text.contains("R&D grants: HK$0.0 bn a year → HK$12.0 bn a year from 2025"),
        "{text}"
    );
    assert!(
        text.contains("Rent subsidy: 70% of rent → 50% of rent"),
        "{text}"
    );
    let same = ok(&["diff", BLUEPRINT, BLUEPRINT]);
    assert!(same.contains("nothing changes"), "{same}");
}

#[test]
fn the_summary_is_a_paragraph_with_the_headline_numbers() {
    let baseline = baseline();
    let policy = load(BLUEPRINT, &baseline);
    let projection = project(&baseline, &policy);
    let text = ok(&["summary", BLUEPRINT]);
    // One paragraph, and no warning: training places move neither the share
    // nor manufacturing jobs by 2032, but they add net jobs across the economy.
    assert_eq!(text.lines().count(), 1, "{text}");
    assert!(!text.contains("Warning:"), "{text}");
    assert!(
        text.starts_with("This package pays out or forgoes in tax about HK$"),
        "{text}"
    );
    assert!(
        !text.contains("spends"),
        "financing is not spending: {text}"
    );
    assert!(
        text.contains("financing (return forgone on reserves drawn) adds HK$"),
        "{text}"
    );
    let share = format!(
        "{:.2}% of GDP by 2032",
        projection.target.projected_share_pct
    );
    assert!(text.contains(&share), "{text}");
    // Net jobs across the economy, and beside them the direct manufacturing
    // jobs (a far smaller number: most of the Blueprint's are talent at work).
    let year = projection
        .year(2032)
        .unwrap_or_else(|| panic!("2032 is projected"));
    let jobs = format!(
        "adding {} net jobs across the economy (direct manufacturing jobs +{}) at HK$",
        levers_report::format::thousands(year.net_jobs_added),
        levers_report::format::thousands(year.direct_jobs_added)
    );
    assert!(text.contains(&jobs), "{jobs} in {text}");
    assert!(year.direct_jobs_added < year.net_jobs_added / 5.0);
    // The land released by 2032 and where it went, in the projection's numbers.
    let land = format!(
        "Land by 2032: {} ha released, {} ha taken up by plants that need a site",
        levers_report::format::thousands(year.land_released_ha),
        levers_report::format::thousands(year.sites_taken_up_ha)
    );
    assert!(text.contains(&land), "{text}");
    let status_quo = ok(&["summary", "policies/status-quo.toml"]);
    assert!(!status_quo.contains("Land by"), "{status_quo}");
    assert!(
        status_quo.contains("uses no policy levers")
            && status_quo.contains("Manufacturing is projected at")
            && status_quo.contains("short of the 5.0% target"),
        "{status_quo}"
    );
}

#[test]
fn a_draw_scratch_can_serve_several_policies() {
    use levers_core::analysis::run_draw;
    use levers_core::analysis::uncertainty::DrawScratch;
    let baseline = baseline();
    let first = load(BLUEPRINT, &baseline);
    let second = load("policies/land-led.toml", &baseline);
    let mut shared = DrawScratch::default();
    let _ = run_draw(&baseline, &first, 1, 0, &mut shared);
    let reused = run_draw(&baseline, &second, 1, 0, &mut shared);
    let fresh = run_draw(&baseline, &second, 1, 0, &mut DrawScratch::default());
    assert_eq!(reused, fresh);
}

#[test]
fn uncertainty_rejects_zero_draws_and_against() {
    let zero = run(&["eval", BLUEPRINT, "--uncertainty", "--draws", "0"]);
    assert_eq!(zero.code, Some(2));
    assert!(
        zero.stderr.contains("--draws <N>") && zero.stderr.contains("from 1 to 1000000"),
        "{}",
        zero.stderr
    );
    let against = run(&[
        "eval",
        BLUEPRINT,
        "--uncertainty",
        "--against",
        "policies/status-quo.toml",
    ]);
    assert_eq!(against.code, Some(2));
}

#[test]
fn a_sweep_prints_the_same_bytes_on_one_thread_and_on_many() {
    let with_threads = |threads: &str| {
        let output = levers()
            .env("RAYON_NUM_THREADS", threads)
            .args([
                "sweep",
                BLUEPRINT,
                "--vary",
                "rd.grants_hkd_bn_per_year=0..30:0.1",
                "--vary",
                "talent.admissions_per_year=0..20000:2000",
            ])
            .output()
            .unwrap_or_else(|e| panic!("{e}"));
        assert!(output.status.success());
        output.stdout
    };
    let single = with_threads("1");
    assert_eq!(single.split(|b| *b == b'\n').count() - 1, 1 + 301 * 11);
    assert_eq!(single, with_threads("3"));
}

#[test]
fn a_stacked_reference_works_in_every_eval_format() {
    let stacked = "policies/land-led.toml+policies/rd-led.toml";
    for format in ["table", "json", "ndjson", "csv", "markdown"] {
        let result = run(&["eval", BLUEPRINT, "--against", stacked, "--format", format]);
        assert_eq!(result.code, Some(0), "{format}: {}", result.stderr);
    }
}

#[test]
fn sensitivity_and_chart_accept_each_others_outcome_names() {
    let by_key = ok(&[
        "sensitivity",
        BLUEPRINT,
        "--outcome",
        "jobs",
        "--format",
        "csv",
    ]);
    let by_series = ok(&[
        "sensitivity",
        BLUEPRINT,
        "--outcome",
        "manufacturing_jobs",
        "--format",
        "csv",
    ]);
    assert_eq!(by_key, by_series);
    let chart = |outcome: &str| ok(&["chart", BLUEPRINT, "--outcome", outcome, "-o", "-"]);
    assert_eq!(chart("jobs"), chart("manufacturing_jobs"));
    assert_eq!(chart("cost"), chart("cumulative_fiscal_cost_hkd_bn"));
}

/// Each end of a tornado bar names its outcome and window, in CSV and JSON.
#[test]
fn sensitivity_columns_say_which_outcome_each_end_is() {
    for (outcome, column) in [
        ("share", "share_in_target_year_pct"),
        ("jobs", "manufacturing_jobs_in_target_year"),
        ("cost", "cost_to_target_year_hkd_bn"),
    ] {
        let csv = ok(&[
            "sensitivity",
            BLUEPRINT,
            "--outcome",
            outcome,
            "--format",
            "csv",
        ]);
        let header = csv.lines().next().unwrap_or_default();
        assert!(header.contains(&format!("{column}_at_low")), "{header}");
        assert!(!header.contains("outcome_at"), "{header}");
        let report = json(&[
            "sensitivity",
            BLUEPRINT,
            "--outcome",
            outcome,
            "--format",
            "json",
        ]);
        assert!(
            report["swings"][0][format!("{column}_at_high")].is_number(),
            "{report}"
        );
    }
}

/// `seek` without a package to start from writes format 2, as `levers new`
/// does; the package it writes projects as the search said.
#[test]
fn seek_from_scratch_writes_format_2_like_new() {
    let dir = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
    let out = dir.path().join("sought.toml");
    let out_text = out.display().to_string();
    let result = run(&[
        "seek",
        "--target-share",
        "3",
        "--by",
        "2030",
        "--budget",
        "20",
        "-o",
        &out_text,
    ]);
    assert!(matches!(result.code, Some(0 | 2)), "{}", result.stderr);
    let written = std::fs::read_to_string(&out).unwrap_or_else(|e| panic!("{e}"));
    assert!(
        written.lines().any(|l| l.trim() == "format = 2"),
        "{written}"
    );
    let new = ok(&["new"]);
    assert!(new.lines().any(|l| l.trim() == "format = 2"));
    ok(&["check", &out_text]);
}

/// `explain` of a package of ten measures fits a wide terminal: one row per
/// measure instead of one column.
#[test]
fn explain_with_ten_measures_stays_as_wide_as_a_terminal() {
    let dir = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
    let mut text = String::from(
        "format = 2\nname = \"Ten measures\"\nhorizon = 2035\n\n[target]\nmanufacturing_share_pct = 5.0\nyear = 2032\n",
    );
    for i in 0..10 {
        text.push_str(&format!(
            "\n[measures.grant_{i}]\nkind = \"rd_grants\"\namount = 0.5\nstart = 2025\nlabel = \"R&D grant scheme number {i} with a long descriptive name\"\n"
        ));
    }
    let file = dir.path().join("ten.toml");
    std::fs::write(&file, text).unwrap_or_else(|e| panic!("{e}"));
    let table = ok(&["explain", &file.display().to_string()]);
    let widest = table
        .lines()
        .filter(|l| {
            !l.starts_with("Manufacturing share of GDP, target year:")
                && !l.starts_with("Parts are")
        })
        .map(unicode_width::UnicodeWidthStr::width)
        .max()
        .unwrap_or(0);
    assert!(widest <= 120, "{widest} columns:\n{table}");
    assert!(table.contains("R&D grant scheme number 9"), "{table}");
}

/// The tornado moves a dial or measure around its value (half to one and a
/// half times it), not over its whole allowed range.
#[test]
fn the_tornado_moves_a_policy_choice_around_its_value() {
    let report = json(&["sensitivity", BLUEPRINT, "--format", "json"]);
    let swings = report["swings"].as_array().cloned().unwrap_or_default();
    let grants = swings
        .iter()
        .find(|s| s["item"] == "measures.rd_grants.amount")
        .unwrap_or_else(|| panic!("no R&D grants swing"));
    let current = grants["current"].as_f64().unwrap_or(f64::NAN);
    assert!(current > 0.0);
    assert_eq!(grants["low"].as_f64(), Some(current * 0.5));
    assert_eq!(grants["high"].as_f64(), Some(current * 1.5));
    let measures = json(&[
        "sensitivity",
        "policies/announced-measures.toml",
        "--format",
        "json",
    ]);
    for swing in measures["swings"].as_array().cloned().unwrap_or_default() {
        if swing["item"]
            .as_str()
            .is_some_and(|i| i.starts_with("measures."))
        {
            let current = swing["current"].as_f64().unwrap_or(f64::NAN);
            let high = swing["high"].as_f64().unwrap_or(f64::NAN);
            assert!(high <= current * 1.5 + 1e-9, "{swing}");
        }
    }
}

/// `explain` warns of a measure that costs money and moves nothing by the
/// target year, exactly when its JSON parts say so.
#[test]
fn explain_warns_of_a_costly_measure_with_no_effect_by_the_target_year() {
    let file = "policies/announced-measures.toml";
    let parts = json(&["explain", file, "--format", "json"]);
    let text = ok(&["explain", file]);
    let outcomes = parts["outcomes"].as_array().cloned().unwrap_or_default();
    let part = |outcome: &str, key: &str| {
        outcomes
            .iter()
            .find(|o| o["outcome"] == outcome)
            .and_then(|o| o["parts"][key].as_f64())
            .unwrap_or(f64::NAN)
    };
    let silent: Vec<String> = parts["groups"]
        .as_array()
        .cloned()
        .unwrap_or_default()
        .iter()
        .filter_map(|g| g.as_str().map(str::to_string))
        .filter(|key| {
            part("share", key).abs() < 0.005
                && part("jobs", key).abs() < 1.0
                && part("cost", key) >= 0.05
        })
        .collect();
    let warnings = text.lines().filter(|l| l.starts_with("Warning:")).count();
    assert_eq!(warnings, silent.len(), "{silent:?}\n{text}");
}

#[test]
fn explains_table_names_each_outcome_whole_across_the_top() {
    for (lang, names) in [
        (
            "en",
            [
                "Share 2032",
                "Mfg jobs 2032",
                "Eff. sectors",
                "Cost to 2032",
            ],
        ),
        (
            "zh-Hant",
            ["2032年比重", "2032年製造業就業", "有效行業", "至2032年成本"],
        ),
    ] {
        let text = ok(&["--lang", lang, "explain", BLUEPRINT]);
        let header = text
            .lines()
            .find(|l| l.contains(names[0]))
            .unwrap_or_else(|| panic!("{lang}: no header: {text}"));
        for name in names {
            assert!(header.contains(name), "{lang}: {header}");
        }
        assert!(!header.contains('…'), "{lang}: cut: {header}");
    }
}

/// Beyond twelve contributors the attribution samples orders, and its JSON
/// gives each part's standard error beside it (the table gives the largest).
#[test]
fn a_sampled_attribution_gives_each_part_s_standard_error_in_its_json() {
    let mut text = String::from("format = 2\nname = \"Fourteen schemes\"\nhorizon = 2035\n");
    for i in 1..=14 {
        text.push_str(&format!(
            "\n[measures.scheme_{i}]\nkind = \"rd_grants\"\namount = {}\nstart = 2025\n",
            f64::from(i) / 10.0
        ));
    }
    let package = Package::text("fourteen.toml", &text);
    let explained = package.run(&["explain", "{package}", "--format", "json"]);
    explained.exits(0);
    let value: serde_json::Value =
        serde_json::from_str(&explained.stdout).unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(value["method"], "sampled_orders");
    for outcome in value["outcomes"].as_array().unwrap_or(&Vec::new()) {
        let parts = outcome["parts"].as_object().expect("parts");
        let errors = outcome["standard_errors"]
            .as_object()
            .expect("standard errors");
        assert_eq!(
            parts.keys().collect::<Vec<_>>(),
            errors.keys().collect::<Vec<_>>()
        );
        assert!(
            errors
                .values()
                .all(|e| e.as_f64().is_some_and(|e| e >= 0.0)),
            "{errors:?}"
        );
    }
    // An exact attribution has none to give.
    let exact = json(&[
        "explain",
        "policies/blueprint-2032.toml",
        "--format",
        "json",
    ]);
    assert_eq!(exact["method"], "exact");
    assert!(exact["outcomes"][0].get("standard_errors").is_none());
}
