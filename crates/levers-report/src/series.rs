//! The yearly outcome series every report shows, defined once: key (for JSON and
//! CSV), label and unit (for tables), and how to read it from a year.

use levers_core::analysis::Outcome;
use levers_core::{Sector, YearOutcome};

pub struct Series {
    pub key: &'static str,
    pub label: &'static str,
    pub unit: &'static str,
    pub decimals: usize,
    pub value: fn(&YearOutcome) -> f64,
}

macro_rules! series {
    ($key:ident, $label:expr, $unit:expr, $decimals:expr) => {
        Series {
            key: stringify!($key),
            label: $label,
            unit: $unit,
            decimals: $decimals,
            value: |y| y.$key,
        }
    };
}

/// The yearly series each of the core's headline outcomes is read from (in
/// its target year), so that either name can stand for the outcome.
pub const OUTCOME_SERIES: [(Outcome, &str); 4] = [
    (Outcome::ShareInTargetYear, "manufacturing_share_pct"),
    (Outcome::JobsInTargetYear, "manufacturing_jobs"),
    (Outcome::EffectiveSectorsInTargetYear, "effective_sectors"),
    (
        Outcome::CumulativeCostToTargetYear,
        "cumulative_fiscal_cost_hkd_bn",
    ),
];

/// Every numeric series, in report order.
pub const SERIES: &[Series] = &[
    series!(
        manufacturing_share_pct,
        "Manufacturing share of GDP",
        "%",
        2
    ),
    series!(
        manufacturing_value_added_hkd_bn,
        "Manufacturing value added",
        "HK$ bn",
        1
    ),
    series!(
        real_manufacturing_share_pct,
        "Manufacturing share of GDP at base-year prices",
        "%",
        2
    ),
    series!(
        manufacturing_relative_price,
        "Manufacturing prices relative to all prices",
        "base year = 1",
        3
    ),
    series!(gdp_hkd_bn, "GDP", "HK$ bn", 1),
    series!(manufacturing_jobs, "Manufacturing jobs (direct)", "jobs", 0),
    series!(direct_jobs_added, "Direct jobs added", "jobs", 0),
    series!(induced_jobs, "Induced jobs", "jobs", 0),
    series!(
        services_jobs_drawn,
        "Services jobs drawn into manufacturing",
        "jobs",
        0
    ),
    series!(gross_jobs_added, "Gross jobs added", "jobs", 0),
    series!(net_jobs_added, "Net jobs added", "jobs", 0),
    series!(
        effective_sectors,
        "Effective number of sectors",
        "sectors",
        3
    ),
    series!(hhi, "Herfindahl-Hirschman index", "0-10,000", 1),
    Series {
        key: "shannon_evenness",
        label: "Shannon evenness",
        unit: "0-1",
        decimals: 4,
        value: YearOutcome::shannon_evenness,
    },
    series!(labour_force, "Labour force", "persons", 0),
    series!(unemployment_rate_pct, "Unemployment rate", "%", 2),
    series!(fiscal_cost_hkd_bn, "Fiscal cost", "HK$ bn/yr", 2),
    series!(cash_outlay_hkd_bn, "Cash outlay", "HK$ bn/yr", 2),
    series!(tax_forgone_hkd_bn, "Tax forgone", "HK$ bn/yr", 2),
    series!(financing_cost_hkd_bn, "Financing cost", "HK$ bn/yr", 2),
    series!(
        cumulative_fiscal_cost_hkd_bn,
        "Cumulative fiscal cost",
        "HK$ bn",
        2
    ),
    Series {
        key: "cost_per_net_job_hkd",
        label: "Cost per net job",
        unit: "HK$",
        decimals: 0,
        value: |y| y.cost_per_net_job_hkd.unwrap_or(f64::NAN),
    },
    series!(
        gba_value_added_hkd_bn,
        "Value added placed in Guangdong",
        "HK$ bn",
        2
    ),
    series!(crowding_out_hkd_bn, "Crowding-out", "HK$ bn", 2),
    series!(
        knowledge_stock_added_hkd_bn,
        "R&D knowledge stock added",
        "HK$ bn",
        2
    ),
    series!(
        cost_ratio_to_shenzhen,
        "Manufacturing cost vs Shenzhen",
        "ratio",
        3
    ),
    series!(
        new_capacity_hkd_bn,
        "New capacity before ceilings",
        "HK$ bn",
        2
    ),
    series!(labour_ceiling_jobs, "Labour ceiling", "jobs", 0),
    series!(floor_space_ceiling_m2, "Floor space ceiling", "m2", 0),
    series!(floor_space_used_m2, "Floor space used", "m2", 0),
    series!(capacity_utilisation, "New capacity in use", "share", 3),
    series!(land_released_ha, "Industrial land released", "ha", 1),
    series!(
        coinvestment_take_up,
        "Co-investment taken up",
        "share of offer",
        3
    ),
    series!(rd_grant_take_up, "R&D grants taken up", "share of offer", 3),
    series!(budget_scale, "Budget scale", "share", 3),
];

pub fn find(key: &str) -> Option<&'static Series> {
    SERIES.iter().find(|s| s.key == key)
}

/// How a column of a year's table is read from the year.
#[derive(Clone, Copy)]
enum Read {
    Series(fn(&YearOutcome) -> f64),
    SectorValueAdded(usize),
    SectorJobs(usize),
}

/// One numeric column of the year-by-year table (CSV, spreadsheet): a series
/// or a sector's value added or jobs. Sector column names carry their unit
/// (`va_microelectronics_hkd_bn`, `jobs_nev_persons`).
#[derive(Clone)]
pub struct Column {
    pub key: String,
    pub label: String,
    pub unit: &'static str,
    read: Read,
}

impl Column {
    pub fn value(&self, year: &YearOutcome) -> f64 {
        match self.read {
            Read::Series(value) => value(year),
            Read::SectorValueAdded(i) => year.sector_value_added_hkd_bn[i],
            Read::SectorJobs(i) => year.sector_jobs[i],
        }
    }
}

/// Unit of a sector's value added and of its jobs, as in the column names.
pub const SECTOR_VALUE_ADDED_UNIT: &str = "HK$ bn";
pub const SECTOR_JOBS_UNIT: &str = "persons";

/// The series as columns, in report order.
pub fn series_columns() -> Vec<Column> {
    SERIES
        .iter()
        .map(|s| Column {
            key: s.key.to_string(),
            label: s.label.to_string(),
            unit: s.unit,
            read: Read::Series(s.value),
        })
        .collect()
}

/// Every sector's value added, then every manufacturing sector's jobs.
pub fn sector_columns() -> Vec<Column> {
    let value_added = Sector::ALL.iter().map(|sector| Column {
        key: format!("va_{}_hkd_bn", sector.key()),
        label: format!("Value added: {}", sector.label()),
        unit: SECTOR_VALUE_ADDED_UNIT,
        read: Read::SectorValueAdded(sector.index()),
    });
    let jobs = Sector::MANUFACTURING.iter().map(|sector| Column {
        key: format!("jobs_{}_persons", sector.key()),
        label: format!("Jobs: {}", sector.label()),
        unit: SECTOR_JOBS_UNIT,
        read: Read::SectorJobs(sector.index()),
    });
    value_added.chain(jobs).collect()
}

/// Series, then sector columns: every number of a year.
pub fn year_columns() -> Vec<Column> {
    let mut columns = series_columns();
    columns.extend(sector_columns());
    columns
}
