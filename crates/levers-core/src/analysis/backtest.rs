//! The back-test and the calibration: the model against Hong Kong's own history.
//!
//! [`calibrate`] fits the status-quo trends (manufacturing's real growth, its
//! jobs, and its prices relative to all prices) to the observed series by
//! least squares on logarithms. [`backtest`] rebases the model to an earlier
//! year, runs the measures actually in force since, and sets the projection
//! beside what was observed. The rest of the economy follows its observed real
//! growth (a conditional back-test: it tests manufacturing, not a GDP forecast).

use std::fmt;

use crate::baseline::Baseline;
use crate::history::{History, Series, keys};
use crate::params::Params;
use crate::policy::Policy;
use crate::project::project;
use crate::sector::{MANUFACTURING_COUNT, SECTOR_COUNT, Sector};

/// Fewest observations a trend is fitted to inside the window; with fewer, the
/// fit uses every observation of the series and says so.
pub const MIN_POINTS: usize = 3;

/// A fitted trend: constant growth per year.
#[derive(Clone, Debug, PartialEq)]
pub struct Trend {
    /// Growth per year (fraction).
    pub growth: f64,
    /// Years the fit used.
    pub years: Vec<i32>,
    /// True when the window held too few observations and all were used.
    pub widened: bool,
}

/// The status-quo trends fitted to history, and the model parameters they set.
#[derive(Clone, Debug, PartialEq)]
pub struct Calibration {
    /// First and last year of the fitting window.
    pub window: (i32, i32),
    /// Trend of manufacturing value added at base-year prices.
    pub manufacturing_value_added: Trend,
    /// Trend of manufacturing persons engaged.
    pub manufacturing_jobs: Trend,
    /// Trend of the manufacturing price relative to the GDP deflator.
    pub relative_price: Trend,
    /// `traditional.growth`: the manufacturing trend less the target industries'
    /// assumed growth, weighted by their shares of value added.
    pub traditional_growth: f64,
    /// `traditional.productivity_growth`, by the same weighting of jobs.
    pub traditional_productivity_growth: f64,
}

impl Calibration {
    /// Writes the calibrated values into `params`.
    pub fn apply(&self, params: &mut Params) {
        params.global.manufacturing_relative_price_change = self.relative_price.growth;
        let traditional = &mut params.sectors[Sector::Traditional.index()];
        traditional.growth = self.traditional_growth;
        traditional.productivity_growth = self.traditional_productivity_growth;
    }
}

/// Why a back-test could not run.
#[derive(Clone, Debug, PartialEq)]
pub enum BacktestError {
    /// A series the back-test needs is missing or has too few observations.
    MissingSeries(&'static str),
    /// No figure (nor one to interpolate) for the base year.
    NoBaseYearFigure {
        /// The series without a figure.
        series: &'static str,
        /// The base year asked for.
        year: i32,
    },
}

impl fmt::Display for BacktestError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            BacktestError::MissingSeries(key) => write!(
                f,
                "the history has no usable series `{key}` (at least two observations are needed)"
            ),
            BacktestError::NoBaseYearFigure { series, year } => write!(
                f,
                "the history has no figure for `{series}` in {year}, nor figures on both sides of it to interpolate"
            ),
        }
    }
}

/// Least-squares growth of `points` (year, value > 0) on a log scale.
fn fit(points: &[(i32, f64)]) -> Option<f64> {
    let usable: Vec<(f64, f64)> = points
        .iter()
        .filter(|(_, v)| *v > 0.0 && v.is_finite())
        .map(|&(y, v)| (f64::from(y), v.ln()))
        .collect();
    if usable.len() < 2 {
        return None;
    }
    let n = usable.len() as f64;
    let mean_x = usable.iter().map(|p| p.0).sum::<f64>() / n;
    let mean_y = usable.iter().map(|p| p.1).sum::<f64>() / n;
    let sxx: f64 = usable.iter().map(|p| (p.0 - mean_x).powi(2)).sum();
    let sxy: f64 = usable.iter().map(|p| (p.0 - mean_x) * (p.1 - mean_y)).sum();
    (sxx > 0.0).then(|| (sxy / sxx).exp() - 1.0)
}

/// Fits `points` inside `window`, widening to all points when too few fall in it.
fn trend(points: &[(i32, f64)], window: (i32, i32)) -> Option<Trend> {
    let inside: Vec<(i32, f64)> = points
        .iter()
        .copied()
        .filter(|(y, _)| (window.0..=window.1).contains(y))
        .collect();
    let (used, widened) = if inside.len() >= MIN_POINTS {
        (inside, false)
    } else {
        (points.to_vec(), true)
    };
    Some(Trend {
        growth: fit(&used)?,
        years: used.iter().map(|p| p.0).collect(),
        widened,
    })
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

/// Fits the status-quo trends to the observations in `window` (inclusive).
/// `params` supplies the target industries' assumed growth and their shares.
pub fn calibrate(
    history: &History,
    params: &Params,
    window: (i32, i32),
) -> Result<Calibration, BacktestError> {
    let value_added = points(series(history, keys::MANUFACTURING_VA_REAL)?);
    let jobs = points(series(history, keys::MANUFACTURING_JOBS)?);
    let share = series(history, keys::MANUFACTURING_SHARE)?;
    let real_va = series(history, keys::MANUFACTURING_VA_REAL)?;
    let real_gdp = series(history, keys::GDP_REAL)?;
    // Nominal share over real share is manufacturing's relative price (up to a constant).
    let relative_price: Vec<(i32, f64)> = share
        .points
        .iter()
        .filter_map(|p| {
            let real_share = real_va.at(p.year)? / real_gdp.at(p.year)?;
            Some((p.year, p.value / real_share))
        })
        .collect();
    let missing = BacktestError::MissingSeries;
    let manufacturing_value_added =
        trend(&value_added, window).ok_or(missing(keys::MANUFACTURING_VA_REAL))?;
    let manufacturing_jobs = trend(&jobs, window).ok_or(missing(keys::MANUFACTURING_JOBS))?;
    let relative_price =
        trend(&relative_price, window).ok_or(missing(keys::MANUFACTURING_SHARE))?;

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
    let traditional_growth = (manufacturing_value_added.growth - others_growth)
        / (traditional.value_added_hkd_bn / va_total);
    let traditional_jobs_growth =
        (manufacturing_jobs.growth - others_jobs_growth) / (traditional.jobs / jobs_total);
    Ok(Calibration {
        window,
        manufacturing_value_added,
        manufacturing_jobs,
        relative_price,
        traditional_growth,
        traditional_productivity_growth: traditional_growth - traditional_jobs_growth,
    })
}

/// The model rebased to `base_year` from history: GDP, manufacturing's value
/// added and jobs (split like the baseline's), and R&D, with the status-quo
/// trends calibrated on the years up to `base_year` only; the rest of the
/// economy grows at its observed real rate up to the last observed year.
pub fn rebase(
    baseline: &Baseline,
    history: &History,
    base_year: i32,
) -> Result<(Baseline, Calibration), BacktestError> {
    let need = |key: &'static str| -> Result<f64, BacktestError> {
        history
            .series(key)
            .and_then(|s| s.at_or_between(base_year))
            .ok_or(BacktestError::NoBaseYearFigure {
                series: key,
                year: base_year,
            })
    };
    let gdp = history
        .at(keys::GDP_BASIC_PRICES, base_year)
        .map_or_else(|| need(keys::GDP_NOMINAL), Ok)?;
    let manufacturing = need(keys::MANUFACTURING_VA_NOMINAL)?;
    let jobs = need(keys::MANUFACTURING_JOBS)?;
    let real_gdp = series(history, keys::GDP_REAL)?;
    let last = real_gdp
        .points
        .last()
        .map_or(base_year, |p| p.year)
        .max(base_year + 1);
    let services_growth = match (real_gdp.at_or_between(base_year), real_gdp.at(last)) {
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
    for (i, sector) in p.sectors.iter_mut().enumerate().take(SECTOR_COUNT) {
        if i < m {
            sector.value_added_hkd_bn *= manufacturing / va_total;
            sector.jobs *= jobs / jobs_total;
        } else {
            sector.value_added_hkd_bn *= (gdp - manufacturing) / services_total;
            sector.growth = services_growth;
        }
    }
    if let Some(gerd) = history
        .series(keys::GERD)
        .and_then(|s| s.at_or_between(base_year))
    {
        p.global.gerd_base_hkd_bn = gerd;
    }
    let first = history.first_year.min(base_year);
    let calibration = calibrate(history, p, (first, base_year))?;
    calibration.apply(p);
    for spec in &mut rebased.specs {
        spec.value = rebased.params.get(spec.id);
    }
    Ok((rebased, calibration))
}

/// One outcome observed and projected, year by year.
#[derive(Clone, Debug, PartialEq)]
pub struct Comparison {
    /// Key of the outcome in outputs (`manufacturing_share_pct`, …).
    pub key: &'static str,
    /// The outcome's name as people read it.
    pub label: &'static str,
    /// The outcome's unit.
    pub unit: &'static str,
    /// None where nothing was published.
    pub observed: Vec<Option<f64>>,
    /// The model's value for each year of `Backtest::years`.
    pub projected: Vec<f64>,
    /// Mean of |projected − observed| / observed over the observed years after
    /// the base year, in %; None when there are none.
    pub mean_abs_pct_error: Option<f64>,
}

/// The model rebased to an observed year and run over the years since, beside what was observed.
#[derive(Clone, Debug, PartialEq)]
pub struct Backtest {
    /// The observed year the model was rebased to.
    pub base_year: i32,
    /// The years compared, from the base year on.
    pub years: Vec<i32>,
    /// The status-quo trends fitted to history before the base year.
    pub calibration: Calibration,
    /// Share of GDP (nominal), value added (at base-year prices), jobs.
    pub comparisons: Vec<Comparison>,
}

/// Runs `policy` (the measures in force) on the model rebased to `base_year`,
/// up to the policy's horizon, and compares with history.
pub fn backtest(
    baseline: &Baseline,
    history: &History,
    policy: &Policy,
    base_year: i32,
) -> Result<Backtest, BacktestError> {
    let (rebased, calibration) = rebase(baseline, history, base_year)?;
    let projection = project(&rebased, policy);
    let years: Vec<i32> = projection.years.iter().map(|y| y.year).collect();
    let observed = |key: &'static str| -> Vec<Option<f64>> {
        years.iter().map(|&y| history.at(key, y)).collect()
    };
    // Observed real value added, expressed at base-year prices like the model's.
    let real = history.series(keys::MANUFACTURING_VA_REAL);
    let base_nominal = history
        .series(keys::MANUFACTURING_VA_NOMINAL)
        .and_then(|s| s.at_or_between(base_year));
    let value_added_observed: Vec<Option<f64>> = years
        .iter()
        .map(|&y| {
            let real = real?;
            Some(base_nominal? * real.at(y)? / real.at_or_between(base_year)?)
        })
        .collect();
    let comparison = |key, label, unit, observed: Vec<Option<f64>>, projected: Vec<f64>| {
        let errors: Vec<f64> = observed
            .iter()
            .zip(&projected)
            .skip(1)
            .filter_map(|(o, p)| o.filter(|o| *o != 0.0).map(|o| 100.0 * (p - o).abs() / o))
            .collect();
        Comparison {
            key,
            label,
            unit,
            mean_abs_pct_error: (!errors.is_empty())
                .then(|| errors.iter().sum::<f64>() / errors.len() as f64),
            observed,
            projected,
        }
    };
    let series_of = |f: fn(&crate::projection::YearOutcome) -> f64| -> Vec<f64> {
        projection.years.iter().map(f).collect()
    };
    let comparisons = vec![
        comparison(
            "manufacturing_share_pct",
            "Manufacturing share of GDP",
            "% (nominal)",
            observed(keys::MANUFACTURING_SHARE),
            series_of(|y| y.manufacturing_share_pct),
        ),
        comparison(
            "manufacturing_value_added_hkd_bn",
            "Manufacturing value added",
            "HK$ bn at base-year prices",
            value_added_observed,
            series_of(|y| y.manufacturing_value_added_hkd_bn),
        ),
        comparison(
            "manufacturing_jobs",
            "Manufacturing jobs",
            "persons engaged",
            observed(keys::MANUFACTURING_JOBS),
            series_of(|y| y.manufacturing_jobs),
        ),
    ];
    Ok(Backtest {
        base_year,
        years,
        calibration,
        comparisons,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_constant_growth_series_is_fitted_exactly() {
        let points: Vec<(i32, f64)> = (0..6).map(|k| (2010 + k, 50.0 * 1.03f64.powi(k))).collect();
        let growth = fit(&points).unwrap_or(f64::NAN);
        assert!((growth - 0.03).abs() < 1e-12);
    }

    #[test]
    fn a_window_with_too_few_points_widens_to_all_and_says_so() {
        let points = [(2010, 10.0), (2012, 9.0), (2020, 8.0), (2022, 7.0)];
        let narrow = trend(&points, (2010, 2016)).unwrap_or_else(|| unreachable!());
        assert!(narrow.widened);
        assert_eq!(narrow.years.len(), 4);
        let wide = trend(&points, (2010, 2022)).unwrap_or_else(|| unreachable!());
        assert!(!wide.widened);
        assert!(fit(&[(2010, 1.0)]).is_none());
    }
}
