//! Observed history: yearly series with a source for every figure, read from
//! `assets/history.toml` by the application. The back-test and the calibration
//! compare the model with it.

/// One observed figure.
#[derive(Clone, Debug, PartialEq)]
pub struct Observation {
    /// Calendar year of the figure.
    pub year: i32,
    /// The figure, in the unit of its series.
    pub value: f64,
    /// Where the figure was published (table, release, page).
    pub source: String,
}

/// A named series of observations, in year order, at most one per year.
#[derive(Clone, Debug, PartialEq, Default)]
pub struct Series {
    /// Key of the series in `assets/history.toml`.
    pub key: String,
    /// Unit of every figure in the series.
    pub unit: String,
    /// What the series measures.
    pub description: String,
    /// The figures, in year order.
    pub points: Vec<Observation>,
}

impl Series {
    /// The figure for `year`, if one was published.
    pub fn at(&self, year: i32) -> Option<f64> {
        self.points.iter().find(|p| p.year == year).map(|p| p.value)
    }

    /// The figure for `year`, or, between two published years, the log-linear
    /// interpolation of its neighbours (growth at a constant rate).
    pub fn at_or_between(&self, year: i32) -> Option<f64> {
        if let Some(value) = self.at(year) {
            return Some(value);
        }
        let before = self.points.iter().rev().find(|p| p.year < year)?;
        let after = self.points.iter().find(|p| p.year > year)?;
        if before.value <= 0.0 || after.value <= 0.0 {
            return None;
        }
        let weight = f64::from(year - before.year) / f64::from(after.year - before.year);
        Some(before.value * (after.value / before.value).powf(weight))
    }
}

/// The series the model uses, by the keys of `assets/history.toml`.
pub mod keys {
    /// GDP at basic prices, HK$ bn, current prices.
    pub const GDP_BASIC_PRICES: &str = "gdp_basic_prices_hkd_bn";
    /// GDP at current market prices, HK$ bn.
    pub const GDP_NOMINAL: &str = "gdp_nominal_hkd_bn";
    /// GDP in chained (base-year) dollars, HK$ bn.
    pub const GDP_REAL: &str = "gdp_real_hkd_bn";
    /// Manufacturing value added at current prices, HK$ bn.
    pub const MANUFACTURING_VA_NOMINAL: &str = "manufacturing_va_nominal_hkd_bn";
    /// Manufacturing value added in chained (base-year) dollars, HK$ bn.
    pub const MANUFACTURING_VA_REAL: &str = "manufacturing_va_real_hkd_bn";
    /// Manufacturing share of GDP at basic prices, %.
    pub const MANUFACTURING_SHARE: &str = "manufacturing_share_pct";
    /// Persons engaged in manufacturing.
    pub const MANUFACTURING_JOBS: &str = "manufacturing_persons_engaged";
    /// Gross domestic expenditure on R&D, HK$ bn.
    pub const GERD: &str = "gerd_hkd_bn";
    /// Series the back-test cannot run without.
    pub const REQUIRED: [&str; 5] = [
        GDP_REAL,
        MANUFACTURING_VA_NOMINAL,
        MANUFACTURING_VA_REAL,
        MANUFACTURING_SHARE,
        MANUFACTURING_JOBS,
    ];
}

/// Every observed series, over the years any of them covers.
#[derive(Clone, Debug, PartialEq, Default)]
pub struct History {
    /// First year any series covers.
    pub first_year: i32,
    /// Last year any series covers.
    pub last_year: i32,
    /// The series, each with its sources.
    pub series: Vec<Series>,
}

impl History {
    /// The series with key `key`, if present.
    pub fn series(&self, key: &str) -> Option<&Series> {
        self.series.iter().find(|s| s.key == key)
    }

    /// The figure of series `key` for `year`, if published.
    pub fn at(&self, key: &str, year: i32) -> Option<f64> {
        self.series(key)?.at(year)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn series(points: &[(i32, f64)]) -> Series {
        Series {
            key: "x".into(),
            points: points
                .iter()
                .map(|&(year, value)| Observation {
                    year,
                    value,
                    source: String::new(),
                })
                .collect(),
            ..Series::default()
        }
    }

    #[test]
    fn interpolation_grows_at_a_constant_rate_between_published_years() {
        let s = series(&[(2010, 100.0), (2012, 121.0)]);
        let mid = s.at_or_between(2011).unwrap_or(f64::NAN);
        assert!((mid - 110.0).abs() < 1e-9);
        assert_eq!(s.at_or_between(2009), None);
        assert_eq!(s.at_or_between(2013), None);
        assert_eq!(s.at(2011), None);
    }
}
