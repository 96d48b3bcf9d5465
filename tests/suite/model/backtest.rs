//! The back-test as a specification: out of sample, beside naive forecasts,
//! with bands that hold what was observed (docs/MODEL.md §4–§5).

use levers_core::analysis::backtest::{Backtest, backtest, rebase};
use levers_core::analysis::backtest_bands::{BacktestBands, backtest_bands};
use levers_core::history::{History, keys};
use levers_core::{Baseline, Policy};

use crate::support::{HISTORY_PACKAGE, baseline, json, load};

const BASE_YEAR: i32 = 2016;

fn history() -> History {
    levers_files::history_file::embedded().unwrap_or_else(|e| panic!("{e:?}"))
}

fn measures_in_force(baseline: &Baseline, history: &History) -> (Baseline, Policy) {
    let (rebased, _) = rebase(baseline, history, BASE_YEAR).unwrap_or_else(|e| panic!("{e:?}"));
    let policy = load(HISTORY_PACKAGE, &rebased);
    (rebased, policy)
}

fn run(history: &History) -> Backtest {
    let baseline = baseline();
    let (_, policy) = measures_in_force(&baseline, history);
    backtest(&baseline, history, &policy, BASE_YEAR).unwrap_or_else(|e| panic!("{e:?}"))
}

/// `history` with every figure of the manufacturing series (and GDP at basic
/// prices) for years matching `which` multiplied by `factor`.
fn perturbed(history: &History, which: impl Fn(i32) -> bool, factor: f64) -> History {
    let mut changed = history.clone();
    for series in &mut changed.series {
        if [
            keys::MANUFACTURING_SHARE,
            keys::MANUFACTURING_VA_NOMINAL,
            keys::MANUFACTURING_VA_REAL,
            keys::MANUFACTURING_JOBS,
            keys::GDP_BASIC_PRICES,
        ]
        .contains(&series.key.as_str())
        {
            for point in &mut series.points {
                if which(point.year) {
                    point.value *= factor;
                }
            }
        }
    }
    changed
}

#[test]
fn the_back_test_reads_no_manufacturing_figure_after_its_base_year() {
    let history = history();
    let original = run(&history);
    // Halve every later figure: the start, the fitted trends and the
    // projection must not move (only the observed columns do).
    let later = run(&perturbed(&history, |y| y > BASE_YEAR, 0.5));
    assert_eq!(original.start, later.start);
    assert_eq!(original.calibration, later.calibration);
    for (a, b) in original.comparisons.iter().zip(&later.comparisons) {
        assert_eq!(a.projected, b.projected, "{}", a.key);
        assert_eq!(a.no_change, b.no_change, "{}", a.key);
        assert_eq!(a.trend, b.trend, "{}", a.key);
    }
    // Every trend was fitted on years before the base year only.
    let c = &original.calibration;
    for trend in [
        &c.manufacturing_value_added,
        &c.manufacturing_jobs,
        &c.relative_price,
    ] {
        assert!(trend.years.iter().all(|y| *y < BASE_YEAR), "{trend:?}");
    }
    assert!(c.window.1 < BASE_YEAR);
    // The jobs start was not published for 2016: it is extrapolated from
    // earlier figures, never interpolated towards the 2020 test figure.
    assert!(original.start.jobs_extrapolated);
    // An earlier figure does move it: the test above could fail.
    let earlier = run(&perturbed(&history, |y| y < BASE_YEAR, 0.9));
    assert_ne!(original.calibration, earlier.calibration);
}

#[test]
fn the_naive_forecasts_start_where_the_model_starts_and_the_model_beats_no_change_on_the_share() {
    let result = run(&history());
    for c in &result.comparisons {
        let first = c.projected[0];
        assert!(c.no_change.iter().all(|v| *v == first), "{}", c.key);
        for (k, v) in c.trend.iter().enumerate() {
            let expected = first * (1.0 + c.trend_growth).powi(k as i32);
            assert!((v - expected).abs() <= 1e-9 * expected.abs(), "{}", c.key);
        }
        assert!(c.mean_abs_pct_error.is_some(), "{}", c.key);
        assert!(c.no_change_error.is_some(), "{}", c.key);
        assert!(c.trend_error.is_some(), "{}", c.key);
    }
    let share = &result.comparisons[0];
    assert_eq!(share.key, "manufacturing_share_pct");
    let (model, no_change) = (
        share.mean_abs_pct_error.unwrap_or(f64::NAN),
        share.no_change_error.unwrap_or(f64::NAN),
    );
    assert!(
        model < no_change,
        "model {model:.2}% vs no change {no_change:.2}%"
    );
}

fn bands(seed: u64) -> (Backtest, BacktestBands) {
    let history = history();
    let baseline = baseline();
    let (rebased, policy) = measures_in_force(&baseline, &history);
    let result =
        backtest(&baseline, &history, &policy, BASE_YEAR).unwrap_or_else(|e| panic!("{e:?}"));
    let bands = backtest_bands(&rebased, &policy, &result, 1_000, seed);
    (result, bands)
}

#[test]
fn the_bands_hold_at_least_80_percent_of_the_observed_years_and_are_not_wider_than_needed() {
    let (result, bands) = bands(42);
    assert_eq!(bands.outcomes.len(), result.comparisons.len());
    let observed = bands.observed();
    assert!(observed >= 8, "{observed}");
    let coverage = bands.inside() as f64 / observed as f64;
    assert!(coverage >= 0.8, "coverage {coverage:.2}");
    for (band, comparison) in bands.outcomes.iter().zip(&result.comparisons) {
        assert_eq!(band.p10.len(), result.years.len());
        for k in 1..result.years.len() {
            assert!(
                band.p10[k] < band.p50[k] && band.p50[k] < band.p90[k],
                "{}",
                band.key
            );
        }
        // Not wider than they must be: p10–p90 spans under a quarter of the
        // median on average, far inside the trend forecast's own miss on the
        // share (17% mean error).
        assert!(
            band.mean_relative_width_pct < 25.0,
            "{}: {}",
            band.key,
            band.mean_relative_width_pct
        );
        assert_eq!(band.key, comparison.key);
    }
}

#[test]
fn the_same_seed_gives_the_same_bands_and_another_seed_other_ones() {
    let (_, a) = bands(7);
    let (_, b) = bands(7);
    let (_, c) = bands(8);
    assert_eq!(a, b);
    assert_ne!(a.outcomes[0].p10, c.outcomes[0].p10);
}

#[test]
fn backtest_uncertainty_json_gives_p10_p50_p90_as_long_as_the_years() {
    let value = json(&[
        "backtest",
        "--uncertainty",
        "--draws",
        "200",
        "--format",
        "json",
    ]);
    let years = value["years"].as_array().map_or(0, Vec::len);
    assert!(years > 1);
    for key in [
        "manufacturing_share_pct",
        "manufacturing_value_added_hkd_bn",
        "manufacturing_jobs",
    ] {
        for band in ["p10", "p50", "p90"] {
            assert_eq!(
                value[key][band].as_array().map_or(0, Vec::len),
                years,
                "{key}.{band}"
            );
        }
        assert!(
            value[key]["no_change_mean_abs_pct_error"].is_number(),
            "{key}"
        );
        assert!(value[key]["trend_mean_abs_pct_error"].is_number(), "{key}");
        assert!(
            value[key]["coverage"]["observed"].as_u64().is_some(),
            "{key}"
        );
    }
    assert_eq!(value["uncertainty"]["draws"], 200);
    // Without --uncertainty there are no bands.
    let plain = json(&["backtest", "--format", "json"]);
    assert!(plain["manufacturing_share_pct"].get("p10").is_none());
}

#[test]
fn from_every_base_year_the_history_allows_the_model_beats_no_change_on_the_share() {
    let history = history();
    let baseline = baseline();
    // Before 2013 fewer than two annual-survey jobs figures precede the base year.
    assert!(rebase(&baseline, &history, 2012).is_err());
    let (mut inside, mut observed) = (0, 0);
    for year in [2013, 2014, 2016, 2017] {
        let (rebased, _) = rebase(&baseline, &history, year).unwrap_or_else(|e| panic!("{e:?}"));
        let policy = load(HISTORY_PACKAGE, &rebased);
        let result =
            backtest(&baseline, &history, &policy, year).unwrap_or_else(|e| panic!("{e:?}"));
        let share = &result.comparisons[0];
        let (model, no_change) = (
            share.mean_abs_pct_error.unwrap_or(f64::NAN),
            share.no_change_error.unwrap_or(f64::NAN),
        );
        assert!(
            model < no_change,
            "{year}: model {model:.1}% vs no change {no_change:.1}%"
        );
        let bands = backtest_bands(&rebased, &policy, &result, 400, 42);
        inside += bands.inside();
        observed += bands.observed();
    }
    assert!(
        inside as f64 >= 0.8 * observed as f64,
        "{inside} of {observed} inside p10–p90"
    );
}
