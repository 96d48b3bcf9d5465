//! `levers sensitivity --method sobol` through the binary, checked against the
//! core's sequential Sobol run; and the one-at-a-time tornado by measure name.

use levers_core::analysis::sensitivity::SwingItem;
use levers_core::analysis::sobol_model::sobol;
use levers_core::analysis::{Outcome, sensitivity};
use levers_core::{measure::Amount, project};

use crate::support::package::{Package, stdout_on_threads};
use crate::support::{Run, baseline, json, load, ok, run};

/// The Blueprint with a 1% target: met in some runs, missed in others.
fn uncertain_package() -> Package {
    Package::blueprint()
        .named("blueprint-1pct.toml")
        .set("target.manufacturing_share_pct", 1.0)
}

#[test]
fn sobol_json_is_the_cores_indices_bit_for_bit_on_any_number_of_threads() {
    let package = uncertain_package();
    let file = package.path();
    let args = [
        "sensitivity",
        &file,
        "--method",
        "sobol",
        "--samples",
        "128",
        "--seed",
        "9",
        "--format",
        "json",
    ];
    let one = stdout_on_threads(&args, 1);
    assert_eq!(one, stdout_on_threads(&args, 2));
    let value: serde_json::Value = serde_json::from_slice(&one).unwrap_or_else(|e| panic!("{e}"));
    let baseline = baseline();
    let core = sobol(&baseline, &load(&file, &baseline), 128, 9);
    assert_eq!(value["runs"], 128 * (core.inputs.len() + 2));
    let top = &value["share_in_target_year"]["indices"][0];
    let (i, total) = core
        .share
        .total_order
        .iter()
        .enumerate()
        .max_by(|a, b| a.1.value.total_cmp(&b.1.value))
        .unwrap_or_else(|| panic!("no inputs"));
    assert_eq!(top["parameter"], baseline.spec(core.inputs[i]).name);
    assert_eq!(top["total_order"]["value"].as_f64(), Some(total.value));
    assert!(total.low <= total.value && total.value <= total.high);
    assert_eq!(
        value["probability_met"].as_f64(),
        Some(core.probability_met)
    );
    assert!(
        core.met.variance > 0.0,
        "the 1% target is met in some runs only"
    );
    let summary = value["summary"].as_str().unwrap_or_default();
    assert!(
        summary.contains(&baseline.spec(core.inputs[i]).name)
            && summary.contains("for meeting the target"),
        "{summary}"
    );
}

#[test]
fn sobol_draws_a_chart_and_refuses_what_it_cannot_do() {
    let package = uncertain_package();
    let file = package.path();
    let chart = package.beside("sobol.svg");
    let chart_text = chart.display().to_string();
    let Run {
        code,
        stdout,
        stderr,
    } = run(&[
        "sensitivity",
        &file,
        "--method",
        "sobol",
        "--samples",
        "64",
        "--chart",
        &chart_text,
    ]);
    assert_eq!(code, Some(0), "{stderr}");
    assert!(
        stdout.contains("The assumptions that matter most"),
        "{stdout}"
    );
    let svg = std::fs::read_to_string(&chart).unwrap_or_else(|e| panic!("{e}"));
    assert!(
        svg.starts_with("<svg") && svg.contains("manufacturing_relative_price_change"),
        "{svg}"
    );
    assert!(svg.matches("<rect").count() >= 2 * 15, "two bars a row");
    for (args, expected) in [
        (vec!["--method", "sobol", "--samples", "8"], "from 16"),
        (
            vec!["--method", "sobol", "--outcome", "jobs"],
            "one-at-a-time",
        ),
        (vec!["--chart", "x.svg"], "--method sobol"),
    ] {
        let mut full = vec!["sensitivity", file.as_str()];
        full.extend(args.iter().copied());
        let Run { code, stderr, .. } = run(&full);
        assert_eq!(code, Some(2), "{args:?}: {stderr}");
        assert!(stderr.contains(expected), "{args:?}: {stderr}");
    }
}

/// Under `--lang zh-Hant` the Sobol chart's title, axis and legend were
/// English, and so were `sensitivity`'s two refusals of its own (`--chart`
/// without `--method sobol`, `--outcome` with it); and `--chart x.pdf` wrote
/// an SVG named x.pdf. The words are Chinese now, and a chart name that is
/// not .svg is refused before any run, with nothing written.
#[test]
fn sobol_chart_and_refusals_speak_chinese_and_the_chart_is_only_svg() {
    let package = uncertain_package();
    let file = package.path();
    let chart = package.beside("sobol.svg");
    let chart_text = chart.display().to_string();
    let sobol = ["--method", "sobol", "--samples", "16"];
    let mut args = vec!["--lang", "zh-Hant", "sensitivity", file.as_str()];
    args.extend(sobol);
    args.extend(["--chart", &chart_text]);
    run(&args).exits(0);
    let svg = std::fs::read_to_string(&chart).unwrap_or_else(|e| panic!("{e}"));
    for chinese in [
        "Sobol 指數：2032 年製造業比重",
        "總效應",
        "一階效應",
        "佔結果方差的比例",
    ] {
        assert!(svg.contains(chinese), "no {chinese} in\n{svg}");
    }
    for english in [
        "Sobol indices",
        "first order",
        "total order",
        "share of the output",
    ] {
        assert!(!svg.contains(english), "{english} in\n{svg}");
    }
    for (extra, chinese) in [
        (
            &["--chart", "x.svg"][..],
            "--chart 繪畫 Sobol 指數：請加上 --method sobol",
        ),
        (
            &["--method", "sobol", "--outcome", "jobs"],
            "--method sobol 只報告目標年份的比重及能否達標",
        ),
    ] {
        let mut args = vec!["--lang", "zh-Hant", "sensitivity", file.as_str()];
        args.extend(extra);
        run(&args)
            .exits(2)
            .says(&[chinese])
            .never_says(&["draws Sobol", "reports the share"]);
    }
    for name in ["sobol.pdf", "sobol.png", "sobol.html"] {
        let out = package.beside(name);
        let out_text = out.display().to_string();
        let mut args = vec!["sensitivity", file.as_str()];
        args.extend(sobol);
        args.extend(["--chart", &out_text]);
        run(&args).exits(2).says(&[
            "the --chart of Sobol indices is an SVG",
            "name the file .svg",
        ]);
        assert!(!out.exists(), "{name} was written");
    }
}

#[test]
fn the_tornado_of_a_measures_package_moves_each_measure_by_name() {
    let baseline = baseline();
    let policy = load("policies/announced-measures.toml", &baseline);
    let value = json(&[
        "sensitivity",
        "policies/announced-measures.toml",
        "--format",
        "json",
    ]);
    let swings = value["swings"]
        .as_array()
        .unwrap_or_else(|| panic!("swings"));
    let item = swings
        .iter()
        .find(|s| s["item"] == "measures.zone_coinvestment.amount")
        .unwrap_or_else(|| panic!("no measure row: {value}"));
    assert!(
        swings.iter().all(|s| !s["item"]
            .as_str()
            .unwrap_or_default()
            .starts_with("levers.")),
        "no format-1 dials are added to a measures package"
    );
    // The high end is one and a half times the measure's amount.
    let mut at_high = policy.clone();
    let index = at_high
        .measures
        .iter()
        .position(|m| m.name == "zone_coinvestment")
        .unwrap_or_else(|| panic!("measure"));
    let high = at_high.measures[index].amount.peak() * 1.5;
    assert_eq!(item["high"].as_f64(), Some(high));
    at_high.measures[index].amount = Amount::Constant(high);
    let expected = project(&baseline, &at_high).target.projected_share_pct;
    assert_eq!(
        item["share_in_target_year_pct_at_high"].as_f64(),
        Some(expected)
    );
    let (_, core) = sensitivity(&baseline, &policy, Outcome::ShareInTargetYear);
    assert!(core.iter().any(|s| s.item == SwingItem::Measure(index)));
}

#[test]
fn a_rare_target_met_is_flagged_in_json_and_csv_and_left_out_of_the_table_with_the_reason() {
    let baseline = baseline();
    let policy = crate::model::sobol::blueprint_met_in(0.005, 256);
    let dir = tempfile::tempdir().expect("temp dir");
    let path = dir.path().join("blueprint-rare.toml");
    std::fs::write(
        &path,
        levers_files::policy_file::write_policy(&levers_report::i18n::Lang::En, &policy, &baseline),
    )
    .expect("write");
    let file = path.display().to_string();
    let args = |format: &str| {
        vec![
            "sensitivity",
            "--method",
            "sobol",
            "--samples",
            "256",
            "--seed",
            "5",
            "--format",
            format,
            &file,
        ]
        .into_iter()
        .map(String::from)
        .collect::<Vec<_>>()
    };
    let run_with = |format: &str| {
        let args = args(format);
        ok(&args.iter().map(String::as_str).collect::<Vec<_>>())
    };
    let value: serde_json::Value = serde_json::from_str(&run_with("json")).expect("json");
    let p = value["probability_met"].as_f64().expect("p");
    assert!(p > 0.0 && p < 0.01, "{p}");
    assert_eq!(value["target_met"]["flag"], "rare_outcome");
    assert!(value["share_in_target_year"]["flag"].is_null());
    assert!(
        value["target_met"]["flag_reason"]
            .as_str()
            .is_some_and(|r| r.contains("too few runs")),
        "{value}"
    );
    for index in value["target_met"]["indices"].as_array().expect("indices") {
        for order in ["first_order", "total_order"] {
            let v = index[order]["value"].as_f64().expect("value");
            assert!((0.0..=1.0).contains(&v), "{index}");
        }
    }
    let csv = run_with("csv");
    assert!(
        csv.lines()
            .filter(|l| l.starts_with("target_met,"))
            .all(|l| l.ends_with(",rare_outcome")),
        "{csv}"
    );
    let table = run_with("table");
    assert!(
        table.contains("the indices are not shown") && table.contains("outside 1%–99%"),
        "{table}"
    );
    assert!(
        !table
            .split(|c: char| !c.is_alphanumeric())
            .any(|word| word.eq_ignore_ascii_case("nan")),
        "{table}"
    );
}
