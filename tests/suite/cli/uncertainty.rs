//! `eval --uncertainty`: bands for share, jobs, cost and effective sectors on
//! projected years only, and `--draws-out` writing every draw as tidy CSV that
//! reproduces the bands.

use levers_core::analysis::monte_carlo;

use crate::support::{baseline, json, load, ok};

const BLUEPRINT: &str = "policies/blueprint-2032.toml";

#[test]
fn bands_cover_share_jobs_cost_and_sectors_and_skip_the_observed_base_year() {
    let value = json(&[
        "eval",
        BLUEPRINT,
        "--uncertainty",
        "--draws",
        "200",
        "--format",
        "json",
    ]);
    let baseline = baseline();
    assert_eq!(value["years"][0], baseline.base_year + 1, "no band on 2023");
    let core = monte_carlo(&baseline, &load(BLUEPRINT, &baseline), 200, 42);
    for (key, bands) in [
        ("manufacturing_share_pct", &core.share_pct),
        ("manufacturing_jobs", &core.jobs),
        ("fiscal_cost_hkd_bn", &core.cost_hkd_bn),
        ("effective_sectors", &core.effective_sectors),
    ] {
        let p90 = value[key]["p90"]
            .as_array()
            .unwrap_or_else(|| panic!("{key}"));
        assert_eq!(p90.len(), core.years.len(), "{key}");
        let last = bands.last().unwrap_or_else(|| panic!("{key}"));
        assert_eq!(
            p90.last().and_then(serde_json::Value::as_f64),
            Some(last.p90)
        );
        assert!(last.p10 <= last.p50 && last.p50 <= last.p90, "{key}");
    }
    // The cost is uncertain once measures run (take-up is drawn).
    let cost = core.cost_hkd_bn.last().unwrap_or_else(|| panic!("cost"));
    assert!(cost.p90 > cost.p10, "{cost:?}");
}

#[test]
fn draws_out_writes_one_row_per_draw_and_year_that_reproduces_the_band() {
    let dir = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
    let out = dir.path().join("draws.csv");
    let out_text = out.display().to_string();
    ok(&[
        "eval",
        BLUEPRINT,
        "--uncertainty",
        "--draws",
        "101",
        "--draws-out",
        &out_text,
    ]);
    let mut reader = csv::Reader::from_path(&out).unwrap_or_else(|e| panic!("{e}"));
    let header = reader.headers().unwrap_or_else(|e| panic!("{e}")).clone();
    for column in [
        "draw",
        "year",
        "manufacturing_share_pct",
        "target_met",
        "cost_elasticity",
    ] {
        assert!(header.iter().any(|h| h == column), "{column} in {header:?}");
    }
    let rows: Vec<csv::StringRecord> = reader
        .records()
        .map(|r| r.unwrap_or_else(|e| panic!("{e}")))
        .collect();
    let baseline = baseline();
    let policy = load(BLUEPRINT, &baseline);
    let years = (policy.horizon - baseline.base_year) as usize;
    assert_eq!(rows.len(), 101 * years, "draws × projected years");
    let column = |name: &str| {
        header
            .iter()
            .position(|h| h == name)
            .unwrap_or_else(|| panic!("{name}"))
    };
    let (year, share) = (column("year"), column("manufacturing_share_pct"));
    // The median of the draws' share in 2032 is the band's p50 (101 draws: the 51st).
    let mut in_2032: Vec<f64> = rows
        .iter()
        .filter(|r| &r[year] == "2032")
        .map(|r| r[share].parse().unwrap_or(f64::NAN))
        .collect();
    in_2032.sort_by(f64::total_cmp);
    let core = monte_carlo(&baseline, &policy, 101, 42);
    let at = core
        .years
        .iter()
        .position(|y| *y == 2032)
        .unwrap_or_else(|| panic!("2032"));
    assert_eq!(in_2032[50], core.share_pct[at].p50);
    // Every cell is a number or a boolean: nothing a spreadsheet would execute.
    assert!(rows.iter().all(|r| {
        r.iter()
            .skip(1)
            .all(|c| c.parse::<f64>().is_ok() || c == "true" || c == "false")
    }));
}

#[test]
fn chart_bands_the_cost_and_writes_the_draws_it_shaded() {
    let dir = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
    let svg = dir.path().join("cost.svg");
    let draws = dir.path().join("draws.csv");
    let (svg_text, draws_text) = (svg.display().to_string(), draws.display().to_string());
    ok(&[
        "chart",
        BLUEPRINT,
        "--outcome",
        "fiscal_cost_hkd_bn",
        "--uncertainty",
        "--draws",
        "50",
        "--draws-out",
        &draws_text,
        "-o",
        &svg_text,
    ]);
    let chart = std::fs::read_to_string(&svg).unwrap_or_else(|e| panic!("{e}"));
    assert!(chart.contains("p10"), "the band is labelled: {chart}");
    let rows = std::fs::read_to_string(&draws).unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(
        rows.lines().count(),
        1 + 50 * 12,
        "header + draws × projected years"
    );
}

#[test]
fn the_report_gives_the_bands_of_share_jobs_cost_and_sectors_in_the_target_year() {
    let baseline = baseline();
    let policy = load("policies/blueprint-2032.toml", &baseline);
    let u = monte_carlo(
        &baseline,
        &policy,
        levers_core::analysis::DEFAULT_DRAWS,
        levers_core::analysis::DEFAULT_SEED,
    );
    let i = u
        .years
        .iter()
        .position(|y| *y == policy.target.year)
        .expect("the target year is projected");
    let report = ok(&["report", "policies/blueprint-2032.toml", "-o", "-"]);
    let row = |label: &str| {
        report
            .lines()
            .find(|l| l.starts_with(&format!("| {label}")))
            .unwrap_or_else(|| panic!("{label} row missing:\n{report}"))
            .to_string()
    };
    let share = row("Manufacturing share of GDP (%)");
    let b = &u.share_pct[i];
    assert!(
        share.ends_with(&format!("| {:.2} | {:.2} | {:.2} |", b.p10, b.p50, b.p90)),
        "{share}"
    );
    let cost = row("Fiscal cost");
    assert!(
        cost.contains(&format!("{:.2}", u.cost_hkd_bn[i].p50)),
        "{cost}"
    );
    let sectors = row("Effective number of sectors");
    assert!(
        sectors.contains(&format!("{:.3}", u.effective_sectors[i].p90)),
        "{sectors}"
    );
    row("Manufacturing jobs");
}

/// One draw is "1 draw": `eval --uncertainty --draws 1`, `discover --draws 1`
/// and `backtest --uncertainty --draws 1` said "1 draws" (a brief needs at
/// least 100 draws: its bands would say "in 8 draws out of 10 between 1.74%
/// and 1.74%").
/// The word follows the count (a Fluent plural on the number), so 1,000 are
/// still "1,000 draws"; Chinese, which has no plural, is unchanged.
#[test]
fn one_draw_is_worded_draw_and_more_are_draws() {
    let blueprint = BLUEPRINT;
    let bands = ok(&["eval", blueprint, "--uncertainty", "--draws", "1"]);
    assert!(bands.contains("(1 draw, seed"), "{bands}");
    let thousand = ok(&["eval", blueprint, "--uncertainty", "--draws", "1000"]);
    assert!(thousand.contains("(1,000 draws, seed"), "{thousand}");
    let discover = ok(&["discover", blueprint, "--draws", "1"]);
    assert!(discover.contains("of 1 draw"), "{discover}");
    assert!(discover.contains("1 draw, seed"), "{discover}");
    let backtest = ok(&["backtest", "--uncertainty", "--draws", "1"]);
    assert!(backtest.contains("of 1 draw (seed"), "{backtest}");
    let refused = crate::support::run(&["brief", blueprint, "--draws", "1", "-o", "-"]);
    refused.exits(2);
    assert!(
        refused
            .stderr
            .contains("expected a whole number from 100 to 1000000"),
        "{}",
        refused.stderr
    );
    for text in [&bands, &discover, &backtest] {
        assert!(!text.contains(" 1 draws"), "{text}");
    }
    let chinese = ok(&[
        "--lang",
        "zh-Hant",
        "eval",
        blueprint,
        "--uncertainty",
        "--draws",
        "1",
    ]);
    assert!(chinese.contains("（1 次抽樣，種子"), "{chinese}");
}
