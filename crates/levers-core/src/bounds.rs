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

/// What is impossible in `projection`, if anything: a number that is not
/// finite, a share outside 0..=100 %, negative jobs, value added or labour
/// force, GDP at or below zero. Commands print this as an error, never the numbers.
pub fn impossible(projection: &Projection) -> Option<String> {
    for year in &projection.years {
        let checks: [(&str, f64, bool); 9] = [
            ("GDP", year.gdp_hkd_bn, year.gdp_hkd_bn > 0.0),
            (
                "manufacturing value added",
                year.manufacturing_value_added_hkd_bn,
                year.manufacturing_value_added_hkd_bn >= 0.0,
            ),
            (
                "the manufacturing share of GDP (%)",
                year.manufacturing_share_pct,
                (0.0..=100.0).contains(&year.manufacturing_share_pct),
            ),
            (
                "the real manufacturing share of GDP (%)",
                year.real_manufacturing_share_pct,
                (0.0..=100.0).contains(&year.real_manufacturing_share_pct),
            ),
            (
                "manufacturing jobs",
                year.manufacturing_jobs,
                year.manufacturing_jobs >= 0.0,
            ),
            (
                "the labour force",
                year.labour_force,
                year.labour_force > 0.0,
            ),
            (
                "the unemployment rate (%)",
                year.unemployment_rate_pct,
                (0.0..=100.0).contains(&year.unemployment_rate_pct),
            ),
            ("net jobs added", year.net_jobs_added, true),
            (
                "the cumulative public cost",
                year.cumulative_fiscal_cost_hkd_bn,
                true,
            ),
        ];
        for (what, value, possible) in checks {
            if !value.is_finite() || !possible {
                return Some(format!(
                    "the projection is impossible: {what} in {} would be {value}; the baseline data is outside what the model can use",
                    year.year
                ));
            }
        }
        let sectors = year
            .sector_value_added_hkd_bn
            .iter()
            .chain(&year.sector_jobs);
        if let Some(value) = sectors.copied().find(|v| !v.is_finite() || *v < 0.0) {
            return Some(format!(
                "the projection is impossible: a sector's value added or jobs in {} would be {value}; the baseline data is outside what the model can use",
                year.year
            ));
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::params::PARAM_COUNT;

    #[test]
    fn every_parameter_has_a_non_empty_physical_range() {
        for id in (0..PARAM_COUNT).map(ParamId) {
            let (low, high) = physical_bounds(id);
            assert!(low < high, "{}", id.name());
        }
    }
}
