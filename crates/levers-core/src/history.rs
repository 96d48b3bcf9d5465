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
}

/// The series the model uses, by the keys of `assets/history.toml`.
pub mod keys {
    /// GDP at basic prices, HK$ bn, current prices.
    pub const GDP_BASIC_PRICES: &str = "gdp_basic_prices_hkd_bn";
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
