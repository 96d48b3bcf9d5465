//! Year-to-year noise: the one definition the forward bands and the back-test's
//! bands share.
//!
//! The model projects trends; history also moves around its trend from year
//! to year (cycles, and the rounding of the published share). So each draw
//! multiplies every projected year of the share, real value added and jobs by
//! exp(sd × z), z standard normal, independent across years and outcomes, sd
//! the series' residual standard deviation around its own log-linear trend in
//! the calibration window ([`super::backtest::calibrate`]; the baseline's
//! `*_noise_sd` parameters forward, the years before the base year in a
//! back-test). The bands are then prediction bands, not confidence bands.
//!
//! Draw `i`'s noise comes from its own `ChaCha8` stream (`NOISE_STREAMS + i`
//! of the run's seed), apart from the stream its parameters are drawn from, so
//! it depends only on the seed and the draw's index: the same numbers on any
//! number of threads, and parameter draws unchanged by the noise.

use rand::SeedableRng;
use rand_chacha::ChaCha8Rng;

use super::standard_normal::normal;
use crate::params::Params;

/// Offset of the noise streams from the draws' streams (same seed, other streams).
const NOISE_STREAMS: u64 = 1 << 40;

/// Parameter holding the share's noise.
pub const SHARE_NOISE_PARAM: &str = "manufacturing_share_noise_sd";
/// Parameter holding real value added's noise.
pub const VALUE_ADDED_NOISE_PARAM: &str = "manufacturing_value_added_noise_sd";
/// Parameter holding jobs' noise.
pub const JOBS_NOISE_PARAM: &str = "manufacturing_jobs_noise_sd";

/// Standard deviations of the year-to-year noise, log points.
#[derive(Clone, Copy, Debug, PartialEq, Default)]
pub struct YearNoise {
    /// The published manufacturing share of GDP.
    pub share: f64,
    /// Real manufacturing value added.
    pub value_added: f64,
    /// Manufacturing persons engaged.
    pub jobs: f64,
}

impl YearNoise {
    /// The noise `params` hold (the baseline's, with a package's overrides).
    pub fn of(params: &Params) -> Self {
        let global = &params.global;
        YearNoise {
            share: global.manufacturing_share_noise_sd,
            value_added: global.manufacturing_value_added_noise_sd,
            jobs: global.manufacturing_jobs_noise_sd,
        }
    }

    /// Writes the noise into `params`.
    pub fn apply(&self, params: &mut Params) {
        let global = &mut params.global;
        global.manufacturing_share_noise_sd = self.share;
        global.manufacturing_value_added_noise_sd = self.value_added;
        global.manufacturing_jobs_noise_sd = self.jobs;
    }

    /// The standard normal that draw `index` of the run seeded with `seed`
    /// gives the share in year `k` after the base year (k ≥ 1; 0 for the base
    /// year): [`Self::add_to`] multiplies that year's share by exp(sd × it).
    /// For searches that read one year only (robust seek).
    pub fn share_normal(seed: u64, index: u64, k: usize) -> f64 {
        let mut rng = ChaCha8Rng::seed_from_u64(seed);
        rng.set_stream(NOISE_STREAMS + index);
        (0..k).fold(0.0, |_, _| normal(&mut rng))
    }

    /// Multiplies each year of a draw's `[share, value added, jobs]` series
    /// after the first (the base year, observed) by draw `index`'s noise in
    /// the run seeded with `seed`. The normals are drawn share first, then
    /// value added, then jobs, one per year, the base year's slot included (it
    /// gets none).
    pub fn add_to(&self, series: [&mut Vec<f64>; 3], seed: u64, index: u64) {
        let mut rng = ChaCha8Rng::seed_from_u64(seed);
        rng.set_stream(NOISE_STREAMS + index);
        let [share, value_added, jobs] = series;
        for (sd, values) in [
            (self.share, share),
            (self.value_added, value_added),
            (self.jobs, jobs),
        ] {
            for (k, value) in values.iter_mut().enumerate() {
                if k > 0 {
                    *value *= (sd * normal(&mut rng)).exp();
                }
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A draw's share, value added and jobs series.
    #[derive(Debug, PartialEq)]
    struct Drawn {
        share_pct: Vec<f64>,
        value_added_hkd_bn: Vec<f64>,
        jobs: Vec<f64>,
    }

    impl Drawn {
        fn series(&mut self) -> [&mut Vec<f64>; 3] {
            [
                &mut self.share_pct,
                &mut self.value_added_hkd_bn,
                &mut self.jobs,
            ]
        }
    }

    fn outcome(years: usize) -> Drawn {
        Drawn {
            share_pct: vec![1.0; years],
            value_added_hkd_bn: vec![30.0; years],
            jobs: vec![80_000.0; years],
        }
    }

    #[test]
    fn the_base_year_keeps_its_value_and_later_years_move_by_their_own_sd() {
        let noise = YearNoise {
            share: 0.05,
            value_added: 0.0,
            jobs: 0.02,
        };
        let mut drawn = outcome(4);
        noise.add_to(drawn.series(), 42, 3);
        assert_eq!(drawn.share_pct[0], 1.0);
        assert_eq!(drawn.jobs[0], 80_000.0);
        assert!(drawn.share_pct[1..].iter().all(|s| (*s - 1.0).abs() > 0.0));
        // No noise: value added untouched.
        assert_eq!(drawn.value_added_hkd_bn, vec![30.0; 4]);
        // Same seed and index: same noise; another index: other noise.
        let mut again = outcome(4);
        noise.add_to(again.series(), 42, 3);
        assert_eq!(again, drawn);
        let mut other = outcome(4);
        noise.add_to(other.series(), 42, 4);
        assert_ne!(other.share_pct, drawn.share_pct);
    }

    #[test]
    fn the_share_normal_of_a_year_is_the_one_the_whole_draw_uses() {
        let noise = YearNoise {
            share: 0.05,
            value_added: 0.02,
            jobs: 0.02,
        };
        let mut drawn = outcome(6);
        noise.add_to(drawn.series(), 9, 11);
        for k in 0..6 {
            let z = YearNoise::share_normal(9, 11, k);
            assert_eq!(
                drawn.share_pct[k].to_bits(),
                (0.05 * z).exp().to_bits(),
                "year {k}"
            );
        }
    }

    #[test]
    fn over_many_draws_the_log_noise_has_the_sd_asked_for() {
        let noise = YearNoise {
            share: 0.07,
            value_added: 0.02,
            jobs: 0.03,
        };
        let logs: Vec<f64> = (0..4_000)
            .map(|i| {
                let mut drawn = outcome(2);
                noise.add_to(drawn.series(), 7, i);
                drawn.share_pct[1].ln()
            })
            .collect();
        let n = logs.len() as f64;
        let mean = logs.iter().sum::<f64>() / n;
        let sd = (logs.iter().map(|l| (l - mean).powi(2)).sum::<f64>() / (n - 1.0)).sqrt();
        assert!(mean.abs() < 0.005, "mean {mean}");
        assert!((sd - 0.07).abs() < 0.004, "sd {sd}");
    }
}
