//! The fiscal accounts through the binary (`eval --format json`, `.fiscal`):
//! a package whose cash, tax forgone and financing are known by hand gives
//! that split; the present value is the annuity formula; budget windows the
//! horizon cuts short say so.

use std::path::Path;

use crate::support::{json, ok};

fn write(dir: &Path, name: &str, text: &str) -> String {
    let path = dir.join(name);
    std::fs::write(&path, text).expect("write package");
    path.display().to_string()
}

/// 8,000 admissions a year at HK$250,000 each from 2025: HK$2 bn of cash a year.
fn admissions_package(funding: &str, assumptions: &str, horizon: i32) -> String {
    format!(
        r#"format = 2
name = "Known cash"
horizon = {horizon}

[target]
manufacturing_share_pct = 5.0
year = 2030

[budget]
funding = "{funding}"

[measures.admissions]
kind = "talent_admissions"
amount = 8000
start = 2025

[assumptions]
admission_cost_hkd = 250000.0
{assumptions}
"#
    )
}

fn floats(value: &serde_json::Value) -> Vec<f64> {
    value
        .as_array()
        .expect("array")
        .iter()
        .map(|v| v.as_f64().expect("number"))
        .collect()
}

fn close(a: f64, b: f64) -> bool {
    (a - b).abs() < 1e-9 * (1.0 + a.abs().max(b.abs()))
}

#[test]
fn known_cash_and_borrowing_give_the_known_split_year_by_year() {
    let dir = tempfile::tempdir().expect("temp dir");
    let file = write(
        dir.path(),
        "known.toml",
        &admissions_package("borrowing", "borrowing_rate = 0.05", 2035),
    );
    let fiscal = json(&["eval", "--format", "json", &file])["fiscal"].clone();
    let years: Vec<i64> = fiscal["years"]
        .as_array()
        .expect("years")
        .iter()
        .map(|y| y.as_i64().expect("year"))
        .collect();
    let cash = floats(&fiscal["cash_outlay_hkd_bn"]);
    let tax = floats(&fiscal["tax_forgone_hkd_bn"]);
    let financing = floats(&fiscal["financing_cost_hkd_bn"]);
    let mut cash_before = 0.0;
    for (i, year) in years.iter().enumerate() {
        let expected_cash = if *year >= 2025 { 2.0 } else { 0.0 };
        assert!(close(cash[i], expected_cash), "{year}: cash {}", cash[i]);
        assert_eq!(tax[i], 0.0, "{year}: no tax measure");
        // Interest this year on everything borrowed in earlier years.
        assert!(
            close(financing[i], 0.05 * cash_before),
            "{year}: financing {} vs {}",
            financing[i],
            0.05 * cash_before
        );
        cash_before += cash[i];
    }
    let horizon = &fiscal["windows"][2];
    assert!(close(
        horizon["cash_outlay_hkd_bn"].as_f64().expect("cash"),
        22.0
    ));
    let measure = &fiscal["measures"][0];
    assert_eq!(measure["name"], "admissions");
    assert_eq!(measure["outlay_is"], "cash_outlay");
    assert!(close(
        measure["outlay_hkd_bn"].as_f64().expect("outlay"),
        22.0
    ));
    assert!(close(
        measure["financing_hkd_bn"].as_f64().expect("financing"),
        horizon["financing_cost_hkd_bn"]
            .as_f64()
            .expect("financing")
    ));
    assert_eq!(fiscal["money"], "real, 2023 HK$");
    assert_eq!(fiscal["financing_is"], "interest on borrowing");
}

#[test]
fn a_profits_tax_concession_is_counted_as_tax_forgone_not_cash() {
    let dir = tempfile::tempdir().expect("temp dir");
    let text = admissions_package("reallocation", "", 2035).replace(
        "[assumptions]",
        "[measures.zone_tax]\nkind = \"profits_tax_concession\"\namount = 5.0\nstart = 2025\n\n[assumptions]",
    );
    let file = write(dir.path(), "tax.toml", &text);
    let fiscal = json(&["eval", "--format", "json", &file])["fiscal"].clone();
    let tax: f64 = floats(&fiscal["tax_forgone_hkd_bn"]).iter().sum();
    let cash: f64 = floats(&fiscal["cash_outlay_hkd_bn"]).iter().sum();
    assert!(tax > 0.0, "the concession forgoes tax");
    assert!(close(cash, 22.0), "cash is only the admissions: {cash}");
    let measures = fiscal["measures"].as_array().expect("measures");
    let zone = measures
        .iter()
        .find(|m| m["name"] == "zone_tax")
        .expect("zone_tax");
    assert_eq!(zone["outlay_is"], "tax_forgone");
    assert!(close(zone["outlay_hkd_bn"].as_f64().expect("outlay"), tax));
    assert_eq!(
        fiscal["financing_is"],
        "none: money moved from other spending"
    );
    assert!(
        floats(&fiscal["financing_cost_hkd_bn"])
            .iter()
            .all(|f| *f == 0.0)
    );
}

#[test]
fn present_value_of_a_constant_stream_is_the_annuity_formula_through_the_binary() {
    let dir = tempfile::tempdir().expect("temp dir");
    let file = write(
        dir.path(),
        "annuity.toml",
        &admissions_package("reallocation", "discount_rate = 0.05", 2035),
    );
    let fiscal = json(&["eval", "--format", "json", &file])["fiscal"].clone();
    assert_eq!(fiscal["discount_rate"], 0.05);
    assert_eq!(fiscal["present_value_year"], 2023);
    // HK$2 bn a year for the 11 years 2025..=2035, discounted to 2023: an
    // annuity-due of 11 payments, deferred 2 years.
    let (rate, payments): (f64, i32) = (0.05, 11);
    let annuity_due = 2.0 * (1.0 - (1.0 + rate).powi(-payments)) / rate * (1.0 + rate);
    let expected = annuity_due / (1.0 + rate).powi(2);
    let pv = fiscal["present_value_hkd_bn"].as_f64().expect("pv");
    assert!((pv - expected).abs() < 1e-9, "{pv} vs {expected}");
    assert!(
        fiscal["discount_rate_source"]
            .as_str()
            .is_some_and(|s| s.contains("Green Book")),
        "{}",
        fiscal["discount_rate_source"]
    );
}

#[test]
fn the_discount_rate_in_assumptions_changes_the_present_value_and_nothing_else() {
    let dir = tempfile::tempdir().expect("temp dir");
    let fiscal_at = |rate: &str| {
        let file = write(
            dir.path(),
            &format!("rate-{rate}.toml"),
            &admissions_package("reserves", &format!("discount_rate = {rate}"), 2035),
        );
        json(&["eval", "--format", "json", &file])["fiscal"].clone()
    };
    let (low, high) = (fiscal_at("0.02"), fiscal_at("0.07"));
    assert_eq!(low["windows"], high["windows"], "undiscounted totals stay");
    let pv = |f: &serde_json::Value| f["present_value_hkd_bn"].as_f64().expect("pv");
    let total = low["windows"][2]["total_hkd_bn"].as_f64().expect("total");
    assert!(
        pv(&high) < pv(&low) && pv(&low) < total,
        "{} < {} < {total}",
        pv(&high),
        pv(&low)
    );
}

#[test]
fn budget_windows_cut_short_by_the_horizon_are_marked() {
    let dir = tempfile::tempdir().expect("temp dir");
    let file = write(
        dir.path(),
        "short.toml",
        &admissions_package("reallocation", "", 2031),
    );
    let fiscal = json(&["eval", "--format", "json", &file])["fiscal"].clone();
    let windows = fiscal["windows"].as_array().expect("windows");
    let summary: Vec<(i64, i64, bool)> = windows
        .iter()
        .map(|w| {
            (
                w["from"].as_i64().expect("from"),
                w["to"].as_i64().expect("to"),
                w["truncated"].as_bool().expect("truncated"),
            )
        })
        .collect();
    assert_eq!(
        summary,
        [(2025, 2029, false), (2025, 2031, true), (2025, 2031, false)]
    );
    assert!(close(
        windows[1]["cash_outlay_hkd_bn"].as_f64().expect("cash"),
        14.0
    ));
    let table = ok(&["eval", &file]);
    assert!(
        table.contains("truncated at the horizon: 7 of 10 years"),
        "{table}"
    );
    assert!(table.contains("real, 2023 HK$"), "{table}");
}

#[test]
fn the_cap_is_worded_on_outlays_with_financing_on_top_in_every_face() {
    let file = "policies/blueprint-2032.toml";
    let cap = "Budget cap: HK$60.0 bn a year on cash outlay and tax forgone";
    let table = ok(&["eval", file]);
    assert!(table.contains(cap) && table.contains("on top"), "{table}");
    let report = ok(&["report", file, "-o", "-"]);
    assert!(
        report.contains(cap) && report.contains("## Public purse"),
        "{report}"
    );
    assert!(!report.contains("Budget cap: HK$60 bn a year."), "{report}");
    let summary = ok(&["summary", file]);
    assert!(!summary.contains("spends"), "{summary}");
}

#[test]
fn a_cap_that_binds_says_in_which_years_in_either_language() {
    // The Blueprint under a HK$10 bn cap: scaled down in the years the
    // projection says, and the sentence names them in both languages.
    let package =
        crate::support::package::Package::blueprint().set("budget.cap_hkd_bn_per_year", 10.0);
    let eval = package.run(&["eval", "{package}", "--format", "json"]);
    eval.exits(0);
    let value: serde_json::Value = serde_json::from_str(&eval.stdout).unwrap_or_default();
    let years: Vec<i64> = value["years"]
        .as_array()
        .map(|y| y.iter().filter_map(serde_json::Value::as_i64).collect())
        .unwrap_or_default();
    let scale = floats(&value["series"]["budget_scale"]);
    let bound: Vec<i64> = years
        .iter()
        .zip(&scale)
        .filter(|(_, s)| **s < 1.0)
        .map(|(y, _)| *y)
        .collect();
    assert!(bound.len() > 1, "the cap binds in several years: {bound:?}");
    let (first, last) = (bound[0], bound[bound.len() - 1]);
    let count = bound.len();
    for (lang, words) in [
        ("en", format!("(binds in {count} years, {first}–{last})")),
        (
            "zh-Hant",
            format!("（有 {count} 年構成限制（{first}–{last} 年））"),
        ),
    ] {
        let table = package.run(&["--lang", lang, "eval", "{package}"]);
        table.exits(0);
        assert!(table.stdout.contains(&words), "{words} in {}", table.stdout);
    }
}

#[test]
fn the_discounted_cost_column_of_eval_csv_sums_to_the_present_value() {
    let file = "policies/blueprint-2032.toml";
    let fiscal = json(&["eval", "--format", "json", file])["fiscal"].clone();
    let text = ok(&["eval", "--format", "csv", file]);
    let mut reader = csv::Reader::from_reader(text.as_bytes());
    let column = reader
        .headers()
        .expect("header")
        .iter()
        .position(|h| h == "discounted_outlay_hkd_bn")
        .expect("discounted column");
    let sum: f64 = reader
        .records()
        .map(|r| r.expect("row")[column].parse::<f64>().expect("number"))
        .sum();
    let pv = fiscal["present_value_hkd_bn"].as_f64().expect("pv");
    assert!((sum - pv).abs() < 1e-9, "{sum} vs {pv}");
}

#[test]
fn the_window_to_the_target_year_is_in_the_json_the_table_and_the_summary() {
    let dir = tempfile::tempdir().expect("temp dir");
    // HK$2 bn of cash a year from 2025; target year 2030, horizon 2035.
    let file = write(
        dir.path(),
        "known.toml",
        &admissions_package("reallocation", "", 2035),
    );
    let report = json(&["eval", &file, "--format", "json"]);
    let window = &report["fiscal"]["to_target_year"];
    assert_eq!(window["from"], 2025);
    assert_eq!(window["to"], 2030);
    let cash = window["cash_outlay_hkd_bn"].as_f64().expect("cash");
    assert!(close(cash, 12.0), "{cash}");
    // The yearly costs of the JSON's own series, summed to the target year.
    let years = floats(&report["fiscal"]["years"]);
    let costs = floats(&report["fiscal"]["total_hkd_bn"]);
    let to_target: f64 = years
        .iter()
        .zip(&costs)
        .filter(|(year, _)| **year <= 2030.0)
        .map(|(_, cost)| cost)
        .sum();
    let total = window["total_hkd_bn"].as_f64().expect("total");
    assert!(close(total, to_target), "{total} vs {to_target}");
    let horizon = report["fiscal"]["windows"][2]["total_hkd_bn"]
        .as_f64()
        .expect("horizon");
    assert!(close(horizon, 22.0), "{horizon}: paid to 2035");
    assert!(window["present_value_hkd_bn"].as_f64().expect("pv") < total);
    assert!(window["per_job"]["cost_per_net_job_hkd"].is_number());

    let table = ok(&["eval", &file]);
    let row = table
        .lines()
        .find(|line| line.contains("to the target year"))
        .unwrap_or_else(|| panic!("no window to the target year in\n{table}"));
    assert!(row.contains("2025–2030") && row.contains("12.00"), "{row}");

    let summary = ok(&["summary", &file]);
    assert!(
        summary.contains("about HK$2.0 bn a year from 2025 to 2030 (HK$12.0 bn in all"),
        "{summary}"
    );
}

#[test]
fn every_face_says_what_is_offered_and_what_is_taken_up() {
    // The referee's package: HK$100 bn a year of R&D grants from 2025.
    let dir = tempfile::tempdir().expect("temp dir");
    let file = write(
        dir.path(),
        "hundred.toml",
        r#"format = 2
name = "A hundred billion"
horizon = 2035

[target]
manufacturing_share_pct = 5.0
year = 2032

[measures.grants]
kind = "rd_grants"
amount = 100
start = 2025
"#,
    );
    let fiscal = json(&["eval", "--format", "json", &file])["fiscal"].clone();
    let offers = fiscal["money_offered"].as_array().expect("money_offered");
    assert_eq!(offers.len(), 1);
    assert_eq!(offers[0]["kind"], "rd_grants");
    let window = &offers[0]["to_target_year"];
    let offered = window["offered_hkd_bn"].as_f64().expect("offered");
    let taken = window["taken_up_hkd_bn"].as_f64().expect("taken");
    assert!(close(offered, 800.0), "2025–2032 at 100 a year: {offered}");
    assert!(taken > 0.0 && taken < offered, "{taken}");
    // Taken up is the cash paid out on the grants, the only cash of the package.
    let cash = fiscal["to_target_year"]["cash_outlay_hkd_bn"]
        .as_f64()
        .expect("cash");
    assert!(close(taken, cash), "{taken} vs {cash}");
    let per_year = format!("HK${:.1} bn a year taken up", taken / 8.0);
    let summary = ok(&["summary", &file]);
    assert!(
        summary.contains("R&D grants HK$100.0 bn a year offered") && summary.contains(&per_year),
        "{summary}"
    );
    let table = ok(&["eval", &file]);
    assert!(
        table.contains("HK$100.0 bn a year offered") && table.contains(&per_year),
        "{table}"
    );
    let report = ok(&["report", &file, "-o", "-"]);
    assert!(report.contains("HK$100.0 bn a year offered"), "{report}");
}

/// A scheme funded for three of the eight years to the target is said per
/// year it runs, not averaged over years it offers nothing.
#[test]
fn money_offered_in_some_years_is_said_for_those_years() {
    let dir = tempfile::tempdir().expect("temp dir");
    let file = write(
        dir.path(),
        "three.toml",
        r#"format = 2
name = "Three years"
horizon = 2035

[measures.grants]
kind = "rd_grants"
amount = 0.5
start = 2025
end = 2027
"#,
    );
    let summary = ok(&["summary", &file]);
    assert!(
        summary.contains(
            "R&D grants HK$1.5 bn offered in 3 of the 8 years (HK$500 m a year on average)"
        ),
        "{summary}"
    );
    let chinese = ok(&["--lang", "zh-Hant", "summary", &file]);
    assert!(
        chinese.contains("研發資助在 8 年中的 3 年提供合共 15億港元（平均每年 5億港元）"),
        "{chinese}"
    );
}

#[test]
fn the_present_value_in_the_json_discounts_outlays_not_financing() {
    let file = "policies/blueprint-2032.toml";
    let fiscal = json(&["eval", "--format", "json", file])["fiscal"].clone();
    let rate = fiscal["discount_rate"].as_f64().expect("rate");
    let years = floats(&fiscal["years"]);
    let cash = floats(&fiscal["cash_outlay_hkd_bn"]);
    let tax = floats(&fiscal["tax_forgone_hkd_bn"]);
    let total = floats(&fiscal["total_hkd_bn"]);
    let discount = |series: &[f64]| -> f64 {
        years
            .iter()
            .zip(series)
            .map(|(y, v)| v / (1.0 + rate).powf(y - 2023.0))
            .sum()
    };
    let outlay: Vec<f64> = cash.iter().zip(&tax).map(|(c, t)| c + t).collect();
    let pv = fiscal["present_value_hkd_bn"].as_f64().expect("pv");
    assert!((pv - discount(&outlay)).abs() < 1e-9, "{pv}");
    assert!(
        pv < discount(&total) - 1.0,
        "financing is not discounted in"
    );
}

#[test]
fn compare_reads_the_present_value_and_cost_per_job_of_the_outlays_as_eval_does() {
    let (status_quo, blueprint) = ("policies/status-quo.toml", "policies/blueprint-2032.toml");
    let compared = json(&["compare", status_quo, blueprint, "--format", "json"]);
    let outcome = |key: &str| -> f64 {
        compared["outcomes"]
            .as_array()
            .expect("outcomes")
            .iter()
            .find(|o| o["key"] == key)
            .and_then(|o| o["values"][1].as_f64())
            .unwrap_or_else(|| panic!("{key} in {compared}"))
    };
    // Both horizons are 2035: the common window is eval's window to the horizon.
    let fiscal = json(&["eval", blueprint, "--format", "json"])["fiscal"].clone();
    let pv = fiscal["present_value_hkd_bn"].as_f64().expect("pv");
    assert!(
        (outcome("present_value_common_window_hkd_bn") - pv).abs() < 1e-9,
        "{pv}"
    );
    let per_job = fiscal["per_job"]["cost_per_net_job_hkd"]
        .as_f64()
        .expect("per job");
    let compared_per_job = outcome("cost_per_net_job_common_year_hkd");
    assert!(
        (compared_per_job - per_job).abs() < 1e-6 * per_job,
        "{compared_per_job} vs {per_job}"
    );
}

/// The purse's table by measure names each measure as people know it (its
/// label), as every other face does, not by its key.
#[test]
fn the_purse_by_measure_names_measures_by_their_labels() {
    let table = ok(&["eval", "policies/announced-measures.toml"]);
    let by_measure = table
        .split("To the horizon, by measure:")
        .nth(1)
        .unwrap_or_else(|| panic!("{table}"));
    assert!(
        by_measure.contains("San Tin Technopole I&T land"),
        "{by_measure}"
    );
    assert!(!by_measure.contains("san_tin_land"), "{by_measure}");
    let report = ok(&["report", "policies/blueprint-2032.toml", "-o", "-"]);
    assert!(
        report.contains("| Rent subsidy | cash outlay |"),
        "{report}"
    );
}
