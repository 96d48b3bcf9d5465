//! The yearly outcome series every report shows, defined once: key (for JSON and
//! CSV), label and unit (for tables), definition and section of docs/MODEL.md
//! (for the data dictionary), and how to read it from a year.

use levers_core::analysis::Outcome;
use levers_core::{Sector, YearOutcome};

use crate::i18n::Lang;

pub struct Series {
    pub key: &'static str,
    pub unit: &'static str,
    pub decimals: usize,
    /// What the series means, for the data dictionary (`levers outputs`).
    pub definition: &'static str,
    /// The section of docs/MODEL.md that explains it, by number (`3.8`).
    pub section: &'static str,
    pub value: fn(&YearOutcome) -> f64,
}

impl Series {
    /// Its label in `lang`, from the catalogue (`series-KEY`): English for
    /// machine outputs (JSON labels, CSV and dictionary columns).
    pub fn title(&self, lang: Lang) -> String {
        lang.text(&format!("series-{}", self.key))
    }
}

macro_rules! series {
    ($key:ident, $unit:expr, $decimals:expr, $definition:expr, $section:expr) => {
        Series {
            key: stringify!($key),
            unit: $unit,
            decimals: $decimals,
            definition: $definition,
            section: $section,
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
        "%",
        2,
        "Manufacturing value added as a share of nominal GDP, the official measure the target uses.",
        "1.2"
    ),
    series!(
        manufacturing_value_added_hkd_bn,
        "HK$ bn",
        1,
        "Value added of the five manufacturing sectors booked in Hong Kong, at current prices.",
        "3.5"
    ),
    series!(
        real_manufacturing_share_pct,
        "%",
        2,
        "Manufacturing share of GDP at base-year prices (before the relative price of manufacturing moves).",
        "1.2"
    ),
    series!(
        manufacturing_relative_price,
        "base year = 1",
        3,
        "Manufacturing prices relative to all prices; 1 in the base year.",
        "1.2"
    ),
    series!(
        gdp_hkd_bn,
        "HK$ bn",
        1,
        "Gross domestic product, net of crowding-out.",
        "3.9"
    ),
    series!(
        manufacturing_jobs,
        "jobs",
        0,
        "Direct jobs in the five manufacturing sectors.",
        "3.7"
    ),
    series!(
        direct_jobs_added,
        "jobs",
        0,
        "Direct manufacturing jobs above the status quo.",
        "3.8"
    ),
    series!(
        induced_jobs,
        "jobs",
        0,
        "Jobs added outside manufacturing: local services jobs induced by manufacturing and admitted talent, admitted talent's own jobs, and the trained who found work.",
        "3.8"
    ),
    series!(
        services_jobs_drawn,
        "jobs",
        0,
        "Workers drawn from other employers to fill the new jobs (the part not met by new labour supply or fewer unemployed).",
        "3.8"
    ),
    series!(
        gross_jobs_added,
        "jobs",
        0,
        "Direct plus induced jobs added.",
        "3.8"
    ),
    series!(
        net_jobs_added,
        "jobs",
        0,
        "Change in total employment: direct and other jobs added less the workers drawn from other employers.",
        "3.8"
    ),
    series!(
        effective_sectors,
        "sectors",
        3,
        "10,000 / HHI: the number of equal sectors that would give the same concentration of GDP.",
        "1.2"
    ),
    series!(
        hhi,
        "0-10,000",
        1,
        "Herfindahl-Hirschman index of the sectors' shares of GDP (0 to 10,000; higher is more concentrated).",
        "1.2"
    ),
    Series {
        key: "shannon_evenness",
        definition: "Shannon entropy of the sectors' shares of GDP over its maximum (1 = perfectly even).",
        section: "1.2",
        unit: "0-1",
        decimals: 4,
        value: YearOutcome::shannon_evenness,
    },
    series!(
        labour_force,
        "persons",
        0,
        "Labour force: the trend plus admitted talent.",
        "3.8"
    ),
    series!(
        unemployment_rate_pct,
        "%",
        2,
        "Unemployed as a share of the labour force.",
        "3.8"
    ),
    series!(
        fiscal_cost_hkd_bn,
        "HK$ bn/yr",
        2,
        "Public cost in the year: cash outlays, tax forgone and financing cost.",
        "3.10"
    ),
    series!(
        cash_outlay_hkd_bn,
        "HK$ bn/yr",
        2,
        "Money paid out in the year (grants, co-investment, rent, land servicing, talent schemes), at base-year prices.",
        "3.10"
    ),
    series!(
        tax_forgone_hkd_bn,
        "HK$ bn/yr",
        2,
        "Profits tax not collected because of concessions.",
        "3.10"
    ),
    series!(
        financing_cost_hkd_bn,
        "HK$ bn/yr",
        2,
        "Return forgone on reserves, or interest on borrowing, for what was spent before (not subject to the budget cap).",
        "3.10"
    ),
    series!(
        cumulative_fiscal_cost_hkd_bn,
        "HK$ bn",
        2,
        "Fiscal cost summed from the base year to this year.",
        "3.10"
    ),
    Series {
        key: "cost_per_net_job_hkd",
        definition: "Cash outlay and tax forgone summed from the base year to this year (financing cost left out), per net job added; empty (null) while no job is added.",
        section: "3.10",
        unit: "HK$",
        decimals: 0,
        value: |y| y.cost_per_net_job_hkd.unwrap_or(f64::NAN),
    },
    series!(
        gba_value_added_hkd_bn,
        "HK$ bn",
        2,
        "Production value added placed in Guangdong by Hong Kong firms (not in Hong Kong's GDP).",
        "3.6"
    ),
    series!(
        crowding_out_hkd_bn,
        "HK$ bn",
        2,
        "GDP lost in the year to crowding-out by public spending.",
        "3.10"
    ),
    series!(
        knowledge_stock_added_hkd_bn,
        "HK$ bn",
        2,
        "R&D knowledge stock added by policy (depreciating).",
        "3.3"
    ),
    series!(
        cost_ratio_to_shenzhen,
        "ratio",
        3,
        "Manufacturing cost in Hong Kong relative to Shenzhen (= 1), averaged over the manufacturing sectors by base-year value added.",
        "3.5"
    ),
    series!(
        new_capacity_hkd_bn,
        "HK$ bn",
        2,
        "New production capacity in Hong Kong before the labour and land ceilings, as value added.",
        "3.6"
    ),
    series!(
        labour_ceiling_jobs,
        "jobs",
        0,
        "Most manufacturing workers the labour market can supply.",
        "3.7"
    ),
    series!(
        floor_space_ceiling_m2,
        "m2",
        0,
        "Industrial floor space available to manufacturing.",
        "3.7"
    ),
    series!(
        floor_space_used_m2,
        "m2",
        0,
        "Industrial floor space manufacturing uses.",
        "3.7"
    ),
    series!(
        capacity_utilisation,
        "share",
        3,
        "Share of the new production capacity that could be staffed and housed (0 to 1).",
        "3.7"
    ),
    series!(
        land_released_ha,
        "ha",
        1,
        "Industrial land released so far, within the planned pipeline.",
        "3.3"
    ),
    series!(
        sites_taken_up_ha,
        "ha",
        1,
        "Serviced land taken up so far by plants that cannot use flatted factories (at most the yearly demand for sites).",
        "3.3"
    ),
    series!(
        sites_vacant_ha,
        "ha",
        1,
        "Serviced land ready and waiting for plants that need a site: land released ahead of the demand for sites.",
        "3.3"
    ),
    series!(
        coinvestment_take_up,
        "share of offer",
        3,
        "Share of the budgeted co-investment firms took up in the year (1 when none was offered).",
        "3.2"
    ),
    series!(
        rd_grant_take_up,
        "share of offer",
        3,
        "Share of the budgeted R&D grants firms took up in the year (1 when none was offered).",
        "3.2"
    ),
    series!(
        budget_scale,
        "share",
        3,
        "1 when the budget cap does not bind; below 1 every lever was scaled down to fit it.",
        "3.2"
    ),
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
    /// What it means and where docs/MODEL.md explains it (data dictionary).
    pub definition: String,
    pub section: &'static str,
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
            label: s.title(Lang::En),
            unit: s.unit,
            definition: s.definition.to_string(),
            section: s.section,
            read: Read::Series(s.value),
        })
        .collect()
}

/// Every sector's value added, then every manufacturing sector's jobs.
pub fn sector_columns() -> Vec<Column> {
    let value_added = Sector::ALL.iter().map(|sector| Column {
        key: format!("va_{}_hkd_bn", sector.key()),
        label: format!("Value added: {}", crate::i18n::Lang::En.sector(*sector)),
        unit: SECTOR_VALUE_ADDED_UNIT,
        definition: format!(
            "Value added of {} booked in Hong Kong.",
            crate::i18n::Lang::En.sector(*sector)
        ),
        section: "3.5",
        read: Read::SectorValueAdded(sector.index()),
    });
    let jobs = Sector::MANUFACTURING.iter().map(|sector| Column {
        key: format!("jobs_{}_persons", sector.key()),
        label: format!("Jobs: {}", crate::i18n::Lang::En.sector(*sector)),
        unit: SECTOR_JOBS_UNIT,
        definition: format!("Direct jobs in {}.", crate::i18n::Lang::En.sector(*sector)),
        section: "3.7",
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_english_series_labels_are_those_of_series_rs() {
        for series in SERIES {
            assert!(Lang::En.has(&format!("series-{}", series.key)));
            assert!(Lang::ZhHant.has(&format!("series-{}", series.key)));
            assert_ne!(series.title(Lang::ZhHant), series.title(Lang::En));
            assert_ne!(Lang::ZhHant.unit(series.unit), "", "{}", series.unit);
            assert!(
                crate::i18n::unit_id(series.unit).is_some(),
                "unit {} has no id",
                series.unit
            );
        }
    }

    #[test]
    fn every_column_of_a_year_has_a_definition_and_a_section() {
        for column in year_columns() {
            assert!(column.definition.len() > 10, "{}", column.key);
            assert!(!column.section.is_empty(), "{}", column.key);
        }
    }
}
