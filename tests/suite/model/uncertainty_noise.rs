//! Forward bands are prediction bands: every draw adds the year-to-year noise
//! the back-test's bands add, by one definition (`analysis/year_noise.rs`),
//! the same on any number of threads (docs/MODEL.md §5).

use levers_core::analysis::backtest::{backtest, rebase};
use levers_core::analysis::backtest_bands::backtest_bands;
use levers_core::analysis::uncertainty::DrawScratch;
use levers_core::analysis::year_noise::{
    JOBS_NOISE_PARAM, SHARE_NOISE_PARAM, VALUE_ADDED_NOISE_PARAM,
};
use levers_core::analysis::{Uncertainty, monte_carlo, run_draw};
use levers_core::{ParamId, Policy};

use crate::support::package::bands_on_threads;
use crate::support::{HISTORY_PACKAGE, baseline, load};

/// 10th–90th percentile distance of a standard normal, times two.
const Z_WIDTH: f64 = 2.0 * 1.281_552;

fn id(name: &str) -> ParamId {
    ParamId::from_name(name).unwrap_or_else(|| panic!("{name} is a parameter"))
}

/// The status quo with the three noise sds set to `sd`.
fn status_quo_with_noise(sd: f64) -> Policy {
    let mut policy = Policy::status_quo();
    for name in [SHARE_NOISE_PARAM, VALUE_ADDED_NOISE_PARAM, JOBS_NOISE_PARAM] {
        policy.assumptions.push((id(name), sd));
    }
    policy
}

fn relative_width(bands: &Uncertainty, k: usize) -> f64 {
    let band = bands.share_pct[k];
    (band.p90 - band.p10) / band.p50
}

#[test]
fn forward_bands_add_the_year_to_year_noise_the_back_test_adds() {
    let baseline = baseline();
    let sd = baseline.params.global.manufacturing_share_noise_sd;
    assert!(sd > 0.0, "the baseline has a share noise");
    let with = monte_carlo(&baseline, &Policy::status_quo(), 1_000, 42);
    let without = monte_carlo(&baseline, &status_quo_with_noise(0.0), 1_000, 42);
    assert_eq!(with.years.first(), Some(&2024));
    // The first projected year: the parameters alone barely move the share,
    // the noise alone spreads it by about 2 × 1.28 × sd of the median.
    let (noisy, bare) = (relative_width(&with, 0), relative_width(&without, 0));
    assert!(bare < 0.05, "parameters alone: {bare}");
    assert!(noisy > 0.9 * Z_WIDTH * sd, "with noise: {noisy} (sd {sd})");
    assert!(
        noisy < 1.2 * Z_WIDTH * sd + bare,
        "with noise: {noisy} (sd {sd})"
    );
    // Centred (median-preserving in logs): the medians stay within 2% of each
    // other every year (1,000 draws: the rest is sampling).
    for (a, b) in with.share_pct.iter().zip(&without.share_pct) {
        assert!((a.p50 / b.p50 - 1.0).abs() < 0.02, "{a:?} against {b:?}");
    }
    // No year's band is narrower with the noise (beyond sampling error).
    for k in 0..with.years.len() {
        assert!(relative_width(&with, k) >= 0.98 * relative_width(&without, k));
    }
    // The fiscal cost has no noise of its own.
    assert_eq!(with.cost_hkd_bn, without.cost_hkd_bn);
}

#[test]
fn the_back_test_bands_are_the_forward_bands_of_the_rebased_model() {
    let baseline = baseline();
    let history = levers_files::history_file::embedded().unwrap_or_else(|e| panic!("{e:?}"));
    let (rebased, calibration) =
        rebase(&baseline, &history, 2016).unwrap_or_else(|e| panic!("{e:?}"));
    // The rebased model carries the noise fitted before 2016, not the forward one.
    let noise = calibration.year_noise;
    assert!(noise.share > 0.02 && noise.share < 0.035, "{noise:?}");
    assert_eq!(noise.jobs, 0.0, "two jobs figures before 2016: no noise");
    assert_eq!(
        rebased.params.global.manufacturing_share_noise_sd,
        noise.share
    );
    let policy = load(HISTORY_PACKAGE, &rebased);
    let test = backtest(&baseline, &history, &policy, 2016).unwrap_or_else(|e| panic!("{e:?}"));
    let bands = backtest_bands(&rebased, &policy, &test, 400, 42);
    let forward = monte_carlo(&rebased, &policy, 400, 42);
    let share = &bands.outcomes[0];
    assert_eq!(share.key, "manufacturing_share_pct");
    for (k, band) in forward.share_pct.iter().enumerate() {
        // Forward bands start the year after the base year; the back-test's at it.
        assert_eq!(band.p10.to_bits(), share.p10[k + 1].to_bits(), "year {k}");
        assert_eq!(band.p90.to_bits(), share.p90[k + 1].to_bits(), "year {k}");
    }
}

#[test]
fn the_target_is_read_on_the_drawn_share_with_its_noise() {
    let baseline = baseline();
    let mut policy = Policy::status_quo();
    // A target at the central 2032 share: about half the draws reach it.
    policy.target.share_pct = 0.80;
    let at = usize::try_from(policy.target.year - baseline.base_year).unwrap_or(0);
    let mut scratch = DrawScratch::default();
    let mut met = 0;
    for index in 0..300 {
        let draw = run_draw(&baseline, &policy, 42, index, &mut scratch);
        assert_eq!(draw.target_met, draw.share_pct[at] >= 0.80, "draw {index}");
        met += usize::from(draw.target_met);
    }
    assert!((60..=240).contains(&met), "{met} of 300 draws meet 0.80%");
}

#[test]
fn the_noise_is_the_same_on_one_two_and_three_threads() {
    let baseline = baseline();
    let policy = Policy::status_quo();
    let on = |threads| bands_on_threads(&baseline, &policy, (300, 42), Some(threads));
    let one = on(1);
    assert_eq!(one, on(2));
    assert_eq!(one, on(3));
    assert_eq!(one, monte_carlo(&baseline, &policy, 300, 42));
    // And it is there: without it the first year's band is another.
    let bare = monte_carlo(&baseline, &status_quo_with_noise(0.0), 300, 42);
    assert_ne!(one.share_pct[0], bare.share_pct[0]);
}
