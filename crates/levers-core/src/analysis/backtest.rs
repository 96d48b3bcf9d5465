//! The back-test and the calibration: the model against Hong Kong's own history.
//!
//! [`calibrate`] fits the status-quo trends (manufacturing's real growth, its
//! jobs, and its prices relative to all prices) to the observed series by
//! least squares on logarithms. [`backtest`] rebases the model to an earlier
//! year `Y`, runs the measures actually in force since, and sets the projection
//! beside what was observed and beside two naive forecasts (no change; the
//! series' own trend). Out of sample: every trend and every base-year figure
//! is read from observations before `Y` or in `Y` itself, never after; a
//! base-year figure that was not published is extrapolated from the earlier
//! ones, not interpolated towards a later one. The rest of the economy follows
//! its observed real growth (a conditional back-test: it tests manufacturing,
//! not a GDP forecast; the naive forecasts do not get that help).
//!
//! The relative price of manufacturing is forecast as a random walk (no
//! drift): its trend was not stable before any base year the history allows
//! (it rose 2008–2010 and fell about 5% a year 2010–2014), and for a series
//! whose trend changes sign the conservative forecast is no change
//! (docs/MODEL.md §1.2). The fitted trend is still computed and reported; the
//! uncertainty of the drift is the standard error of the mean yearly change.

use crate::baseline::Baseline;
use crate::history::{History, Series, keys};
use crate::params::{Distribution, Params};
use crate::policy::Policy;
use crate::project::project;
use crate::sector::{MANUFACTURING_COUNT, SECTOR_COUNT, Sector};

pub use super::trend::Trend;
use super::trend::{before, fit, step_spread};
use super::year_noise::YearNoise;

/// The status-quo trends fitted to history, and the model parameters they set.
#[derive(Clone, Debug, PartialEq)]
pub struct Calibration {
    /// First and last year the fits may read (inclusive).
    pub window: (i32, i32),
    /// Trend of manufacturing value added in chained (real) terms.
    pub manufacturing_value_added: Trend,
    /// Trend of manufacturing persons engaged.
    pub manufacturing_jobs: Trend,
    /// Trend of the manufacturing price relative to all prices (official
    /// nominal share / real share), reported; the model does not extrapolate it.
    pub relative_price: Trend,
    /// `manufacturing_relative_price_change`: 0, a random walk without drift.
    pub relative_price_change: f64,
    /// Standard deviation of the drift the uncertainty draws: the standard
    /// error of the mean of the yearly changes observed in the window.
    pub relative_price_sd: f64,
    /// `traditional.growth`: the manufacturing trend less the target industries'
    /// assumed growth, weighted by their shares of value added.
    pub traditional_growth: f64,
    /// Standard error of `traditional_growth`, from the value-added fit.
    pub traditional_growth_sd: Option<f64>,
    /// `traditional.productivity_growth`, by the same weighting of jobs.
    pub traditional_productivity_growth: f64,
    /// Standard deviation of `traditional_productivity_growth`: the value-added
    /// and jobs trends' errors combined (independent), the jobs error being
    /// [`TWO_FIGURE_TREND_SD`] when its trend rests on two figures.
    pub traditional_productivity_sd: f64,
    /// Each series' residual sd around its own log-linear trend in the window
    /// (0 where the trend rests on two figures): the noise every draw adds.
    pub year_noise: YearNoise,
}

/// The error given to a trend fitted on two figures, which has no estimate of
/// its own (fraction per year). A judgement: about the gap between the two
/// surveys' trends of manufacturing jobs (QSEV −3.8% and ASEA −2.7% a year,
/// referee's note in EVIDENCE.md), i.e. how far two honest estimates of one
/// trend can differ.
pub const TWO_FIGURE_TREND_SD: f64 = 0.01;

/// Name of the relative-price parameter in the baseline.
pub const RELATIVE_PRICE_PARAM: &str = "manufacturing_relative_price_change";
/// Name of the traditional industries' growth parameter in the baseline.
pub const TRADITIONAL_GROWTH_PARAM: &str = "traditional.growth";
/// Name of the traditional industries' productivity growth parameter.
pub const TRADITIONAL_PRODUCTIVITY_PARAM: &str = "traditional.productivity_growth";

impl Calibration {
    /// Writes the calibrated values into `params`.
    pub fn apply(&self, params: &mut Params) {
        params.global.manufacturing_relative_price_change = self.relative_price_change;
        let traditional = &mut params.sectors[Sector::Traditional.index()];
        traditional.growth = self.traditional_growth;
        traditional.productivity_growth = self.traditional_productivity_growth;
        self.year_noise.apply(params);
    }

    /// Writes the calibrated values into `baseline`, and the estimates' errors
    /// into the distributions the uncertainty draws from.
    pub fn apply_to(&self, baseline: &mut Baseline) {
        self.apply(&mut baseline.params);
        for spec in &mut baseline.specs {
            spec.value = baseline.params.get(spec.id);
            let sd = match spec.name.as_str() {
                RELATIVE_PRICE_PARAM => Some(self.relative_price_sd),
                TRADITIONAL_GROWTH_PARAM => self.traditional_growth_sd,
                TRADITIONAL_PRODUCTIVITY_PARAM => Some(self.traditional_productivity_sd),
                _ => None,
            };
            if let Some(sd) = sd.filter(|sd| *sd > 0.0) {
                spec.distribution = Distribution::Normal { sd };
                // The range must hold the central value and two errors each side.
                spec.low = spec.low.min(spec.value - 2.0 * sd);
                spec.high = spec.high.max(spec.value + 2.0 * sd);
            }
        }
    }
}

/// Why a back-test could not run.
#[derive(Clone, Debug, PartialEq)]
pub enum BacktestError {
    /// A series the back-test needs is missing or has too few observations.
    MissingSeries(&'static str),
    /// Too few observations before the base year to fit a trend.
    TooFewBefore {
        /// The series.
        series: &'static str,
        /// The base year asked for.
        year: i32,
    },
    /// No figure for the base year (nor one to extrapolate from).
    NoBaseYearFigure {
        /// The series without a figure.
        series: &'static str,
        /// The base year asked for.
        year: i32,
    },
}

fn points(series: &Series) -> Vec<(i32, f64)> {
    series.points.iter().map(|p| (p.year, p.value)).collect()
}

fn series<'a>(history: &'a History, key: &'static str) -> Result<&'a Series, BacktestError> {
    history
        .series(key)
        .filter(|s| s.points.len() >= 2)
        .ok_or(BacktestError::MissingSeries(key))
}

/// Manufacturing's relative price (official nominal share / real share, up to
/// a constant), in the years all three series were published.
pub fn relative_price_points(history: &History) -> Result<Vec<(i32, f64)>, BacktestError> {
    let share = series(history, keys::MANUFACTURING_SHARE)?;
    let real_va = series(history, keys::MANUFACTURING_VA_REAL)?;
    let real_gdp = series(history, keys::GDP_REAL)?;
    Ok(share
        .points
        .iter()
        .filter_map(|p| {
            let real_share = real_va.at(p.year)? / real_gdp.at(p.year)?;
            Some((p.year, p.value / real_share))
        })
        .collect())
}

/// Fits the status-quo trends to the observations in `window` (inclusive);
/// nothing outside it is read. `params` supplies the target industries'
/// assumed growth and their shares.
pub fn calibrate(
    history: &History,
    params: &Params,
    window: (i32, i32),
) -> Result<Calibration, BacktestError> {
    let inside = |points: Vec<(i32, f64)>| -> Vec<(i32, f64)> {
        points
            .into_iter()
            .filter(|(y, _)| (window.0..=window.1).contains(y))
            .collect()
    };
    let fitted = |key: &'static str, points: Vec<(i32, f64)>| {
        fit(&inside(points)).ok_or(BacktestError::TooFewBefore {
            series: key,
            year: window.1 + 1,
        })
    };
    let manufacturing_value_added = fitted(
        keys::MANUFACTURING_VA_REAL,
        points(series(history, keys::MANUFACTURING_VA_REAL)?),
    )?;
    let manufacturing_jobs = fitted(
        keys::MANUFACTURING_JOBS,
        points(series(history, keys::MANUFACTURING_JOBS)?),
    )?;
    let prices = inside(relative_price_points(history)?);
    let relative_price = fit(&prices).ok_or(BacktestError::TooFewBefore {
        series: keys::MANUFACTURING_SHARE,
        year: window.1 + 1,
    })?;
    let relative_price_sd = step_spread(&prices).map_or(0.0, |(sd, n)| sd / (n as f64).sqrt());
    let share = fitted(
        keys::MANUFACTURING_SHARE,
        points(series(history, keys::MANUFACTURING_SHARE)?),
    )?;
    let year_noise = YearNoise {
        share: share.residual_sd.unwrap_or(0.0),
        value_added: manufacturing_value_added.residual_sd.unwrap_or(0.0),
        jobs: manufacturing_jobs.residual_sd.unwrap_or(0.0),
    };

    let target = Sector::MANUFACTURING.len() - 1;
    let total = |f: fn(&crate::params::SectorParams) -> f64| -> f64 {
        params.sectors[..MANUFACTURING_COUNT].iter().map(f).sum()
    };
    let va_total = total(|s| s.value_added_hkd_bn);
    let jobs_total = total(|s| s.jobs);
    let mut others_growth = 0.0;
    let mut others_jobs_growth = 0.0;
    for sector in &params.sectors[..target] {
        others_growth += sector.value_added_hkd_bn / va_total * sector.growth;
        others_jobs_growth +=
            sector.jobs / jobs_total * (sector.growth - sector.productivity_growth);
    }
    let traditional = &params.sectors[target];
    let traditional_va_share = traditional.value_added_hkd_bn / va_total;
    let traditional_growth =
        (manufacturing_value_added.growth - others_growth) / traditional_va_share;
    let traditional_jobs_share = traditional.jobs / jobs_total;
    let traditional_jobs_growth =
        (manufacturing_jobs.growth - others_jobs_growth) / traditional_jobs_share;
    let va_sd = manufacturing_value_added
        .std_error
        .unwrap_or(TWO_FIGURE_TREND_SD)
        / traditional_va_share;
    let jobs_sd =
        manufacturing_jobs.std_error.unwrap_or(TWO_FIGURE_TREND_SD) / traditional_jobs_share;
    Ok(Calibration {
        traditional_productivity_sd: va_sd.hypot(jobs_sd),
        window,
        traditional_growth_sd: manufacturing_value_added
            .std_error
            .map(|e| e / traditional_va_share),
        manufacturing_value_added,
        manufacturing_jobs,
        relative_price,
        relative_price_change: 0.0,
        relative_price_sd,
        traditional_growth,
        traditional_productivity_growth: traditional_growth - traditional_jobs_growth,
        year_noise,
    })
}

/// The figures the model starts from in the base year, and how each was found.
#[derive(Clone, Debug, PartialEq)]
pub struct BaseYearFigures {
    /// GDP at basic prices, HK$ bn (published).
    pub gdp_hkd_bn: f64,
    /// Manufacturing value added, HK$ bn (published, or the official share x GDP).
    pub manufacturing_hkd_bn: f64,
    /// Manufacturing persons engaged.
    pub jobs: f64,
    /// True when no jobs figure was published for the base year and `jobs` is
    /// the last earlier figure carried forward on the trend fitted before it.
    pub jobs_extrapolated: bool,
    /// Standard deviation of `jobs` (persons): 0 when published; when
    /// extrapolated over k years, jobs × k × the trend's error.
    pub jobs_sd: f64,
}

/// The base-year figures, read from the base year and earlier years only.
pub fn base_year_figures(
    history: &History,
    base_year: i32,
) -> Result<BaseYearFigures, BacktestError> {
    let missing = |series| BacktestError::NoBaseYearFigure {
        series,
        year: base_year,
    };
    let gdp = history
        .at(keys::GDP_BASIC_PRICES, base_year)
        .ok_or(missing(keys::GDP_BASIC_PRICES))?;
    let manufacturing = history
        .at(keys::MANUFACTURING_VA_NOMINAL, base_year)
        .or_else(|| {
            history
                .at(keys::MANUFACTURING_SHARE, base_year)
                .map(|share| share / 100.0 * gdp)
        })
        .ok_or(missing(keys::MANUFACTURING_VA_NOMINAL))?;
    let jobs_series = series(history, keys::MANUFACTURING_JOBS)?;
    let (jobs, jobs_extrapolated, jobs_sd) = if let Some(jobs) = jobs_series.at(base_year) {
        (jobs, false, 0.0)
    } else {
        let earlier = before(&points(jobs_series), base_year);
        let trend = fit(&earlier).ok_or(BacktestError::TooFewBefore {
            series: keys::MANUFACTURING_JOBS,
            year: base_year,
        })?;
        let (last_year, last) = earlier
            .last()
            .copied()
            .ok_or(missing(keys::MANUFACTURING_JOBS))?;
        let jobs = last * (1.0 + trend.growth).powi(base_year - last_year);
        let error = trend.std_error.unwrap_or(TWO_FIGURE_TREND_SD);
        (jobs, true, jobs * f64::from(base_year - last_year) * error)
    };
    Ok(BaseYearFigures {
        gdp_hkd_bn: gdp,
        manufacturing_hkd_bn: manufacturing,
        jobs,
        jobs_extrapolated,
        jobs_sd,
    })
}

/// The model rebased to `base_year` from history: GDP at basic prices,
/// manufacturing's value added and jobs (split like the baseline's), and R&D,
/// with the status-quo trends calibrated on the years before `base_year` only;
/// the rest of the economy grows at its observed real rate up to the last
/// observed year.
pub fn rebase(
    baseline: &Baseline,
    history: &History,
    base_year: i32,
) -> Result<(Baseline, Calibration), BacktestError> {
    let figures = base_year_figures(history, base_year)?;
    let real_gdp = series(history, keys::GDP_REAL)?;
    let last = real_gdp
        .points
        .last()
        .map_or(base_year, |p| p.year)
        .max(base_year + 1);
    let services_growth = match (real_gdp.at(base_year), real_gdp.at(last)) {
        (Some(start), Some(end)) if start > 0.0 => {
            (end / start).powf(1.0 / f64::from(last - base_year)) - 1.0
        }
        _ => {
            return Err(BacktestError::NoBaseYearFigure {
                series: keys::GDP_REAL,
                year: base_year,
            });
        }
    };

    let mut rebased = baseline.clone();
    rebased.base_year = base_year;
    let p = &mut rebased.params;
    let m = MANUFACTURING_COUNT;
    let va_total: f64 = p.sectors[..m].iter().map(|s| s.value_added_hkd_bn).sum();
    let jobs_total: f64 = p.sectors[..m].iter().map(|s| s.jobs).sum();
    let services_total: f64 = p.sectors[m..].iter().map(|s| s.value_added_hkd_bn).sum();
    let manufacturing = figures.manufacturing_hkd_bn;
    for (i, sector) in p.sectors.iter_mut().enumerate().take(SECTOR_COUNT) {
        if i < m {
            sector.value_added_hkd_bn *= manufacturing / va_total;
            sector.jobs *= figures.jobs / jobs_total;
        } else {
            sector.value_added_hkd_bn *= (figures.gdp_hkd_bn - manufacturing) / services_total;
            sector.growth = services_growth;
        }
    }
    // R&D: the base year's figure, or the latest before it (never a later one).
    if let Some(gerd) = history.series(keys::GERD).and_then(|s| {
        s.points
            .iter()
            .rev()
            .find(|o| o.year <= base_year)
            .map(|o| o.value)
    }) {
        p.global.gerd_base_hkd_bn = gerd;
    }
    let first = history.first_year.min(base_year - 1);
    let calibration = calibrate(history, p, (first, base_year - 1))?;
    calibration.apply_to(&mut rebased);
    // An extrapolated start is itself a forecast: the traditional industries
    // (most of the jobs) carry its error, so the total has the right spread.
    if figures.jobs_sd > 0.0 {
        let id = Sector::Traditional.index();
        let jobs = rebased.params.sectors[id].jobs;
        if let Some(spec) = rebased
            .specs
            .iter_mut()
            .find(|s| s.name == "traditional.jobs")
        {
            spec.value = jobs;
            spec.distribution = Distribution::Normal {
                sd: figures.jobs_sd,
            };
            spec.low = spec.low.min(jobs - 3.0 * figures.jobs_sd).max(0.0);
            spec.high = spec.high.max(jobs + 3.0 * figures.jobs_sd);
        }
    }
    Ok((rebased, calibration))
}

/// One outcome observed and projected, year by year, beside two naive forecasts.
#[derive(Clone, Debug, PartialEq)]
pub struct Comparison {
    /// Key of the outcome in outputs (`manufacturing_share_pct`, …); the
    /// faces word its name and unit (`backtest-label-KEY`, `backtest-unit-KEY`).
    pub key: &'static str,
    /// None where nothing was published.
    pub observed: Vec<Option<f64>>,
    /// The model's value for each year of `Backtest::years`.
    pub projected: Vec<f64>,
    /// The no-change forecast: the base-year value every year.
    pub no_change: Vec<f64>,
    /// The trend forecast: the base-year value grown at the series' own
    /// log-linear trend fitted on the years before the base year.
    pub trend: Vec<f64>,
    /// That trend's growth per year.
    pub trend_growth: f64,
    /// Mean of |projected − observed| / observed over the observed years after
    /// the base year, in %; None when there are none.
    pub mean_abs_pct_error: Option<f64>,
    /// The same for the no-change forecast.
    pub no_change_error: Option<f64>,
    /// The same for the trend forecast.
    pub trend_error: Option<f64>,
}

/// Mean absolute percentage error of `forecast` against `observed`, over the
/// observed years after the first (the base year, where all forecasts start).
pub fn mean_abs_pct_error(observed: &[Option<f64>], forecast: &[f64]) -> Option<f64> {
    let errors: Vec<f64> = observed
        .iter()
        .zip(forecast)
        .skip(1)
        .filter_map(|(o, p)| o.filter(|o| *o != 0.0).map(|o| 100.0 * (p - o).abs() / o))
        .collect();
    (!errors.is_empty()).then(|| errors.iter().sum::<f64>() / errors.len() as f64)
}

/// The model rebased to an observed year and run over the years since, beside what was observed.
#[derive(Clone, Debug, PartialEq)]
pub struct Backtest {
    /// The observed year the model was rebased to.
    pub base_year: i32,
    /// The years compared, from the base year on.
    pub years: Vec<i32>,
    /// The figures the model started from in the base year.
    pub start: BaseYearFigures,
    /// The status-quo trends fitted to history before the base year.
    pub calibration: Calibration,
    /// Share of GDP (nominal), value added (at base-year prices), jobs.
    pub comparisons: Vec<Comparison>,
}

/// Runs `policy` (the measures in force) on the model rebased to `base_year`,
/// up to the policy's horizon, and compares with history and naive forecasts.
pub fn backtest(
    baseline: &Baseline,
    history: &History,
    policy: &Policy,
    base_year: i32,
) -> Result<Backtest, BacktestError> {
    let (rebased, calibration) = rebase(baseline, history, base_year)?;
    let start = base_year_figures(history, base_year)?;
    let projection = project(&rebased, policy);
    let years: Vec<i32> = projection.years.iter().map(|y| y.year).collect();
    let observed = |key: &'static str| -> Vec<Option<f64>> {
        years.iter().map(|&y| history.at(key, y)).collect()
    };
    // Observed real value added, expressed at base-year prices like the model's.
    let real = series(history, keys::MANUFACTURING_VA_REAL)?;
    let value_added_observed: Vec<Option<f64>> = years
        .iter()
        .map(|&y| Some(start.manufacturing_hkd_bn * real.at(y)? / real.at(base_year)?))
        .collect();
    let trend_before = |key: &'static str| -> Result<Trend, BacktestError> {
        let earlier = before(&points(series(history, key)?), base_year);
        fit(&earlier).ok_or(BacktestError::TooFewBefore {
            series: key,
            year: base_year,
        })
    };
    let comparison = |key, observed: Vec<Option<f64>>, projected: Vec<f64>, fitted: Trend| {
        let trend_growth = fitted.growth;
        let first = projected.first().copied().unwrap_or(f64::NAN);
        let no_change = vec![first; projected.len()];
        let trend: Vec<f64> = (0..projected.len())
            .map(|k| first * (1.0 + trend_growth).powi(k as i32))
            .collect();
        Comparison {
            key,
            mean_abs_pct_error: mean_abs_pct_error(&observed, &projected),
            no_change_error: mean_abs_pct_error(&observed, &no_change),
            trend_error: mean_abs_pct_error(&observed, &trend),
            observed,
            projected,
            no_change,
            trend,
            trend_growth,
        }
    };
    let series_of = |f: fn(&crate::projection::YearOutcome) -> f64| -> Vec<f64> {
        projection.years.iter().map(f).collect()
    };
    let comparisons = vec![
        comparison(
            "manufacturing_share_pct",
            observed(keys::MANUFACTURING_SHARE),
            series_of(|y| y.manufacturing_share_pct),
            trend_before(keys::MANUFACTURING_SHARE)?,
        ),
        comparison(
            "manufacturing_value_added_hkd_bn",
            value_added_observed,
            series_of(|y| y.manufacturing_value_added_hkd_bn),
            trend_before(keys::MANUFACTURING_VA_REAL)?,
        ),
        comparison(
            "manufacturing_jobs",
            observed(keys::MANUFACTURING_JOBS),
            series_of(|y| y.manufacturing_jobs),
            trend_before(keys::MANUFACTURING_JOBS)?,
        ),
    ];
    Ok(Backtest {
        base_year,
        years,
        start,
        calibration,
        comparisons,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_error_skips_the_base_year_and_unobserved_years() {
        let observed = [Some(1.0), None, Some(2.0), Some(4.0)];
        let forecast = [5.0, 9.0, 2.2, 3.0];
        let error = mean_abs_pct_error(&observed, &forecast).unwrap_or(f64::NAN);
        assert!((error - 17.5).abs() < 1e-9); // (10% + 25%) / 2
        assert_eq!(mean_abs_pct_error(&[Some(1.0), None], &[1.0, 2.0]), None);
    }
}
