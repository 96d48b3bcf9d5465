//! Constant-growth trends fitted to observed series, with the error a reader
//! needs to judge them: the back-test and the calibration both use these.
//!
//! A trend is a least-squares line through the logarithms of the figures, so
//! its slope is a growth rate per year. Its standard error is the usual OLS
//! slope error, in growth units; with only two figures there is none.

/// A fitted trend: constant growth per year.
#[derive(Clone, Debug, PartialEq)]
pub struct Trend {
    /// Growth per year (fraction).
    pub growth: f64,
    /// Standard error of `growth` (fraction per year); None with two figures.
    pub std_error: Option<f64>,
    /// Standard deviation of the figures around the line, in log points (the
    /// year-to-year noise a trend cannot forecast); None with two figures.
    pub residual_sd: Option<f64>,
    /// Years the fit used.
    pub years: Vec<i32>,
}

/// Least-squares growth of `points` (year, value > 0) on a log scale; None
/// with fewer than two usable figures or all in one year.
pub fn fit(points: &[(i32, f64)]) -> Option<Trend> {
    let usable: Vec<(i32, f64)> = points
        .iter()
        .copied()
        .filter(|(_, v)| *v > 0.0 && v.is_finite())
        .collect();
    if usable.len() < 2 {
        return None;
    }
    let n = usable.len() as f64;
    let xs: Vec<f64> = usable.iter().map(|p| f64::from(p.0)).collect();
    let ys: Vec<f64> = usable.iter().map(|p| p.1.ln()).collect();
    let mean_x = xs.iter().sum::<f64>() / n;
    let mean_y = ys.iter().sum::<f64>() / n;
    let sxx: f64 = xs.iter().map(|x| (x - mean_x).powi(2)).sum();
    if sxx <= 0.0 {
        return None;
    }
    let sxy: f64 = xs
        .iter()
        .zip(&ys)
        .map(|(x, y)| (x - mean_x) * (y - mean_y))
        .sum();
    let slope = sxy / sxx;
    let residual_sd = (usable.len() > 2).then(|| {
        let residual: f64 = xs
            .iter()
            .zip(&ys)
            .map(|(x, y)| (y - mean_y - slope * (x - mean_x)).powi(2))
            .sum();
        (residual / (n - 2.0)).sqrt()
    });
    // Delta method: d(e^b − 1)/db = e^b.
    let std_error = residual_sd.map(|sd| sd / sxx.sqrt() * slope.exp());
    Some(Trend {
        growth: slope.exp() - 1.0,
        std_error,
        residual_sd,
        years: usable.iter().map(|p| p.0).collect(),
    })
}

/// The points of `points` strictly before `year`: what a forecast made in
/// `year` could have known.
pub fn before(points: &[(i32, f64)], year: i32) -> Vec<(i32, f64)> {
    points.iter().copied().filter(|(y, _)| *y < year).collect()
}

/// Standard deviation of the year-on-year log changes between consecutive
/// published years (gaps skipped), and how many changes there were: the
/// spread of a random walk's steps.
pub fn step_spread(points: &[(i32, f64)]) -> Option<(f64, usize)> {
    let steps: Vec<f64> = points
        .windows(2)
        .filter(|w| w[1].0 == w[0].0 + 1 && w[0].1 > 0.0 && w[1].1 > 0.0)
        .map(|w| (w[1].1 / w[0].1).ln())
        .collect();
    if steps.len() < 2 {
        return None;
    }
    let n = steps.len() as f64;
    let mean = steps.iter().sum::<f64>() / n;
    let variance = steps.iter().map(|s| (s - mean).powi(2)).sum::<f64>() / (n - 1.0);
    Some((variance.sqrt(), steps.len()))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_constant_growth_series_is_fitted_exactly_with_no_error() {
        let points: Vec<(i32, f64)> = (0..6).map(|k| (2010 + k, 50.0 * 1.03f64.powi(k))).collect();
        let trend = fit(&points).unwrap_or_else(|| unreachable!());
        assert!((trend.growth - 0.03).abs() < 1e-12);
        assert!(trend.std_error.is_some_and(|e| e < 1e-9));
        assert!(fit(&[(2010, 1.0)]).is_none());
        assert!(fit(&[(2010, 1.0), (2012, 2.0)]).is_some_and(|t| t.std_error.is_none()));
    }

    #[test]
    fn noise_gives_a_standard_error_and_before_drops_the_year_itself() {
        let points = [(2010, 10.0), (2011, 11.0), (2012, 10.5), (2013, 11.5)];
        let trend = fit(&points).unwrap_or_else(|| unreachable!());
        assert!(trend.std_error.is_some_and(|e| e > 0.001));
        assert_eq!(before(&points, 2012), vec![(2010, 10.0), (2011, 11.0)]);
        let (sd, n) = step_spread(&points).unwrap_or((0.0, 0));
        assert_eq!(n, 3);
        assert!(sd > 0.05);
    }
}
