//! Hard physical bounds: what each baseline parameter can be at all, whatever a
//! data file says its own plausible range is, and what a projection can be. A
//! `--baseline-data` file is as untrusted as a policy file; a value outside
//! these bounds gives NaN, negative jobs or a share above 100%, never a result.

use crate::params::ParamId;
use crate::projection::Projection;

/// The bounds `low..=high` no value, low or high of parameter `id` may leave.
pub fn physical_bounds(id: ParamId) -> (f64, f64) {
    let name = id.name();
    let field = name.rsplit('.').next().unwrap_or(&name);
    if id.sector().is_some() {
        return match field {
            "value_added_hkd_bn" => (0.0, 1e5),
            "jobs" => (0.0, 1e8),
            // Yearly growth: from halving to doubling.
            _ => (-0.5, 1.0),
        };
    }
    global_bounds(field)
}

fn global_bounds(name: &str) -> (f64, f64) {
    const FRACTION: (f64, f64) = (0.0, 1.0);
    const RATE: (f64, f64) = (-0.5, 1.0);
    const ELASTICITY: (f64, f64) = (-10.0, 10.0);
    const POSITIVE: (f64, f64) = (f64::MIN_POSITIVE, 1e9);
    const AMOUNT: (f64, f64) = (0.0, 1e9);
    match name {
        "lag_stretch" => (0.1, 10.0),
        "land_cost_share"
        | "labour_cost_share"
        | "capacity_adjustment_speed"
        | "unemployment_rate_base"
        | "unemployment_floor"
        | "admissions_manufacturing_share"
        | "training_to_manufacturing_share"
        | "talent_attrition"
        | "skilled_wage_bill_share"
        | "rd_depreciation"
        | "subsidy_deadweight"
        | "relocation_share"
        | "profit_share_of_value_added"
        | "profits_tax_rate"
        | "scaleup_stage_share"
        | "gba_hq_share"
        | "new_capacity_depreciation"
        | "talent_employment_share"
        | "training_employment_effect"
        | "frictional_unemployment_rate"
        | "manufacturing_share_noise_sd"
        | "manufacturing_value_added_noise_sd"
        | "manufacturing_jobs_noise_sd" => FRACTION,
        "labour_force_growth"
        | "max_sector_growth"
        | "manufacturing_relative_price_change"
        | "reserves_return"
        | "borrowing_rate"
        | "discount_rate" => RATE,
        "cost_elasticity"
        | "skilled_wage_elasticity"
        | "matching_demand_elasticity"
        | "rd_output_elasticity"
        | "tax_semi_elasticity" => ELASTICITY,
        // Absolute values: a negative one would turn a response around, and the
        // labour market divides by their sum.
        "labour_supply_elasticity"
        | "labour_demand_elasticity"
        | "industrial_rent_stock_elasticity" => (0.0, 10.0),
        "wage_curve_elasticity" => (0.001, 10.0),
        "land_cost_ratio_hk_sz"
        | "wage_ratio_hk_sz"
        | "floor_m2_per_worker"
        | "plot_ratio"
        | "labour_force_base"
        | "skilled_labour_force"
        | "rd_saturation_hkd_bn"
        | "advanced_productivity_multiple"
        | "capital_productivity"
        | "rent_hkd_per_m2_year"
        | "industrial_floor_stock_m2"
        | "rd_spending_per_research_job_hkd" => POSITIVE,
        // Every other global parameter is an amount of money, space or people.
        _ => AMOUNT,
    }
}

/// A quantity of a projection that can be impossible, for [`Impossible`].
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Quantity {
    /// GDP (must be positive).
    Gdp,
    /// Manufacturing value added (not negative).
    ManufacturingValueAdded,
    /// The official share, % (0 to 100).
    ManufacturingShare,
    /// The share at base-year prices, % (0 to 100).
    RealManufacturingShare,
    /// Manufacturing jobs (not negative).
    ManufacturingJobs,
    /// The labour force (positive).
    LabourForce,
    /// The unemployment rate, % (0 to 100).
    UnemploymentRate,
    /// Net jobs added (finite).
    NetJobsAdded,
    /// The cumulative public cost (finite).
    CumulativeCost,
    /// A sector's value added or jobs (not negative).
    Sector,
}

impl Quantity {
    /// Its key, as the faces' catalogues word it (`impossible-KEY`).
    pub const fn key(self) -> &'static str {
        match self {
            Quantity::Gdp => "gdp",
            Quantity::ManufacturingValueAdded => "manufacturing-value-added",
            Quantity::ManufacturingShare => "manufacturing-share",
            Quantity::RealManufacturingShare => "real-manufacturing-share",
            Quantity::ManufacturingJobs => "manufacturing-jobs",
            Quantity::LabourForce => "labour-force",
            Quantity::UnemploymentRate => "unemployment-rate",
            Quantity::NetJobsAdded => "net-jobs-added",
            Quantity::CumulativeCost => "cumulative-cost",
            Quantity::Sector => "sector",
        }
    }
}

/// What is impossible in a projection: a quantity, the year and the value it
/// would take (NaN, infinite or out of its range).
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Impossible {
    /// What would be impossible.
    pub quantity: Quantity,
    /// The first year it would be.
    pub year: i32,
    /// The value it would take.
    pub value: f64,
}

/// What is impossible in `projection`, if anything: a number that is not
/// finite, a share outside 0..=100 %, negative jobs, value added or labour
/// force, GDP at or below zero. Commands print this as an error, never the numbers.
pub fn impossible(projection: &Projection) -> Option<Impossible> {
    for year in &projection.years {
        let share = 0.0..=100.0;
        let checks = [
            (Quantity::Gdp, year.gdp_hkd_bn, year.gdp_hkd_bn > 0.0),
            (
                Quantity::ManufacturingValueAdded,
                year.manufacturing_value_added_hkd_bn,
                year.manufacturing_value_added_hkd_bn >= 0.0,
            ),
            (
                Quantity::ManufacturingShare,
                year.manufacturing_share_pct,
                share.contains(&year.manufacturing_share_pct),
            ),
            (
                Quantity::RealManufacturingShare,
                year.real_manufacturing_share_pct,
                share.contains(&year.real_manufacturing_share_pct),
            ),
            (
                Quantity::ManufacturingJobs,
                year.manufacturing_jobs,
                year.manufacturing_jobs >= 0.0,
            ),
            (
                Quantity::LabourForce,
                year.labour_force,
                year.labour_force > 0.0,
            ),
            (
                Quantity::UnemploymentRate,
                year.unemployment_rate_pct,
                share.contains(&year.unemployment_rate_pct),
            ),
            (Quantity::NetJobsAdded, year.net_jobs_added, true),
            (
                Quantity::CumulativeCost,
                year.cumulative_fiscal_cost_hkd_bn,
                true,
            ),
        ];
        let sectors = year
            .sector_value_added_hkd_bn
            .iter()
            .chain(&year.sector_jobs)
            .map(|value| (Quantity::Sector, *value, *value >= 0.0));
        for (quantity, value, possible) in checks.into_iter().chain(sectors) {
            if !value.is_finite() || !possible {
                return Some(Impossible {
                    quantity,
                    year: year.year,
                    value,
                });
            }
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::params::PARAM_COUNT;
    use crate::projection::YearOutcome;

    #[test]
    fn an_impossible_number_is_named_with_its_year_and_value() {
        let possible = YearOutcome {
            year: 2030,
            gdp_hkd_bn: 100.0,
            labour_force: 1.0,
            ..YearOutcome::default()
        };
        let of = |year: YearOutcome| {
            impossible(&Projection {
                years: vec![possible, year],
                ..Projection::default()
            })
        };
        assert_eq!(of(possible), None);
        let share = of(YearOutcome {
            manufacturing_share_pct: 101.0,
            ..possible
        });
        assert_eq!(
            share,
            Some(Impossible {
                quantity: Quantity::ManufacturingShare,
                year: 2030,
                value: 101.0
            })
        );
        let mut sector_jobs = possible.sector_jobs;
        sector_jobs[2] = -1.0;
        let sector = of(YearOutcome {
            sector_jobs,
            ..possible
        });
        assert_eq!(sector.map(|i| i.quantity), Some(Quantity::Sector));
        let gdp = of(YearOutcome {
            gdp_hkd_bn: f64::NAN,
            ..possible
        });
        assert!(gdp.is_some_and(|i| i.quantity == Quantity::Gdp && i.value.is_nan()));
    }

    #[test]
    fn every_parameter_has_a_non_empty_physical_range() {
        for id in (0..PARAM_COUNT).map(ParamId) {
            let (low, high) = physical_bounds(id);
            assert!(low < high, "{}", id.name());
        }
    }
}
