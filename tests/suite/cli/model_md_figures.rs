//! The tables of `docs/MODEL.md` that quote what a command prints, checked
//! against it, as `cli/readme_examples.rs` checks the README's: a change of the
//! model that moves a published figure must move MODEL.md too.

/// MODEL.md's table of forward bands (§5) is what `eval --uncertainty` prints
/// for each example: the central 2032 share, P(target met) and the 2032 share's
/// p10 – p50 – p90.
#[test]
fn model_md_s_bands_table_is_what_eval_prints() {
    let model = crate::support::document("docs/MODEL.md");
    let rows: Vec<Vec<String>> = model
        .lines()
        .filter(|l| l.starts_with("| `") && l.contains(".toml`") && l.contains(" – "))
        .map(crate::support::cells)
        .filter(|cells: &Vec<String>| cells.len() == 7)
        .collect();
    assert!(rows.len() >= 7, "a row per example: {rows:?}");
    for cells in rows {
        let file = cells[1]
            .split('`')
            .nth(1)
            .map(|name| format!("policies/{name}"))
            .expect("a file name in backticks");
        let bands = crate::support::json(&["eval", &file, "--uncertainty", "--format", "json"]);
        let plain = crate::support::json(&["eval", &file, "--format", "json"]);
        let at = |value: &serde_json::Value| crate::support::year_index(value, 2032);
        let central = plain["series"]["manufacturing_share_pct"][at(&plain)]
            .as_f64()
            .expect("a share");
        assert!(
            cells[3].starts_with(&format!("{central:.2}%")),
            "{file}: {cells:?}"
        );
        let met = bands["probability_met"].as_f64().expect("P(met)");
        assert_eq!(cells[4], format!("{met:.3}"), "{file}");
        let share = |q: &str| {
            bands["manufacturing_share_pct"][q][at(&bands)]
                .as_f64()
                .expect(q)
        };
        let band = format!(
            "{:.2} – {:.2} – {:.2}",
            share("p10"),
            share("p50"),
            share("p90")
        );
        assert!(cells[5].starts_with(&band), "{file}: {band} vs {cells:?}");
    }
}

/// MODEL.md's table of back-tests from other base years (§4.2) is what
/// `levers backtest --base-year Y --uncertainty` prints: the share's mean
/// absolute errors (model, no change, trend) and each outcome's band coverage.
#[test]
fn model_md_s_back_tests_from_other_origins_are_what_backtest_prints() {
    let model = crate::support::document("docs/MODEL.md");
    let header = "| base year | share years | model | no change | trend | inside p10–p90 (share, VA, jobs) |";
    let rows: Vec<Vec<String>> = model
        .split(header)
        .nth(1)
        .expect("the table of other origins in MODEL.md")
        .lines()
        .skip(2)
        .take_while(|l| l.starts_with('|'))
        .map(|l| {
            l.split('|')
                .map(|c| c.trim().trim_matches('*').to_owned())
                .filter(|c| !c.is_empty())
                .collect()
        })
        .collect();
    assert!(rows.len() >= 4, "{rows:?}");
    for cells in rows {
        let year = &cells[0];
        let backtest = crate::support::json(&[
            "backtest",
            "--base-year",
            year,
            "--uncertainty",
            "--format",
            "json",
        ]);
        let share = &backtest["manufacturing_share_pct"];
        let one_decimal = |key: &str| format!("{:.1}%", share[key].as_f64().expect(key));
        assert_eq!(
            cells[2..5],
            [
                one_decimal("mean_abs_pct_error"),
                one_decimal("no_change_mean_abs_pct_error"),
                one_decimal("trend_mean_abs_pct_error"),
            ],
            "from {year}: {cells:?}"
        );
        let coverage: Vec<String> = [
            "manufacturing_share_pct",
            "manufacturing_value_added_hkd_bn",
            "manufacturing_jobs",
        ]
        .iter()
        .map(|key| {
            let inside = &backtest[key]["coverage"];
            format!("{}/{}", inside["inside"], inside["observed"])
        })
        .collect();
        assert_eq!(cells[5], coverage.join(", "), "from {year}");
        assert_eq!(
            cells[1],
            backtest["manufacturing_share_pct"]["coverage"]["observed"].to_string(),
            "from {year}: share years"
        );
    }
}

/// MODEL.md's back-test table (§4.2), year by year, is what `levers backtest`
/// prints: the projected share (two decimals), value added (one) and jobs
/// (whole) of each year from 2016.
#[test]
fn model_md_s_back_test_years_are_what_backtest_prints() {
    let model = crate::support::document("docs/MODEL.md");
    let header = "| year | share % observed | projected | VA HK$ bn (2016 prices) observed | projected | jobs observed | projected |";
    let rows: Vec<Vec<String>> = model
        .split(header)
        .nth(1)
        .expect("the back-test table in MODEL.md")
        .lines()
        .skip(2)
        .take_while(|l| l.starts_with('|'))
        .map(crate::support::cells)
        .collect();
    assert!(rows.len() >= 8, "{rows:?}");
    let backtest = crate::support::json(&["backtest", "--format", "json"]);
    let years: Vec<i64> = backtest["years"]
        .as_array()
        .expect("years")
        .iter()
        .filter_map(serde_json::Value::as_i64)
        .collect();
    let projected = |series: &str, at: usize| {
        backtest[series]["projected"][at]
            .as_f64()
            .unwrap_or(f64::NAN)
    };
    for cells in rows {
        let year: i64 = cells[1].parse().expect("a year");
        let at = years
            .iter()
            .position(|y| *y == year)
            .expect("a back-test year");
        let shown = [
            format!("{:.2}", projected("manufacturing_share_pct", at)),
            format!("{:.1}", projected("manufacturing_value_added_hkd_bn", at)),
            levers_report::format::thousands(projected("manufacturing_jobs", at)),
        ];
        assert_eq!(
            [&cells[3], &cells[5], &cells[7]],
            [&shown[0], &shown[1], &shown[2]],
            "{year}"
        );
    }
}

/// REVIEW.md's answer on what would have to be true for the Blueprint (point
/// 8) quotes the sentence `discover --threshold` prints for the share it
/// reaches in one draw in ten: the share, the draws that reach it, the box's
/// coverage, restrictions and density.
#[test]
fn review_s_box_for_the_blueprint_is_what_discover_prints() {
    let blueprint = "policies/blueprint-2032.toml";
    let share = crate::cli::discover::share_reached_in_one_draw_in_ten(blueprint);
    let asked = crate::support::json(&[
        "discover",
        blueprint,
        "--threshold",
        &share,
        "--format",
        "json",
    ]);
    let summary = asked["summary"].as_str().expect("a summary");
    // "… in 11% of 1,000 draws; 90% of those have A >= x and B >= y (density 17%)."
    let (reach, the_box) = summary.split_once("; ").expect("two clauses");
    let pct = reach
        .split(" in ")
        .last()
        .and_then(|tail| tail.split('%').next())
        .expect("a percentage of draws");
    let the_box = the_box
        .replace(" of those have ", " of them with ")
        .replace(">=", "≥")
        .replace("<=", "≤")
        .trim_end_matches('.')
        .to_string();
    let backticked = |text: &str| {
        text.split(' ')
            .map(|word| {
                if word.contains('_') {
                    format!("`{word}`")
                } else {
                    word.to_string()
                }
            })
            .collect::<Vec<_>>()
            .join(" ")
    };
    let expected = format!(
        "the Blueprint reaches {share}% in 2032 in {pct}% of 1,000 draws, {}",
        backticked(&the_box)
    );
    let review = crate::support::document("docs/REVIEW.md");
    let flat = review.split_whitespace().collect::<Vec<_>>().join(" ");
    assert!(flat.contains(&expected), "REVIEW.md should say: {expected}");
}
