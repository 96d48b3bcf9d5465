//! The public purse's side of a year: what each lever would cost, how much of
//! the money offered firms actually take up, and the budget cap.

use super::{BN, M, Run};
use crate::lever::{LeverField, LeverGroup};

/// Money a year firms take up when `offered` is on the table and projects that
/// want `demand` exist: a smooth minimum, offered·demand / (offered + demand).
/// Below the demand nearly all is taken; far above it, no more than the demand.
pub(crate) fn take_up(offered: f64, demand: f64) -> f64 {
    if offered > 0.0 && demand > 0.0 {
        offered * demand / (offered + demand)
    } else {
        0.0
    }
}

/// Demand for matched public money when firms must add `private_per_public`
/// HK$ for each public HK$: `demand_at_reference` at the reference match,
/// falling with the private share of the cost, ((1 + m_ref) / (1 + m))^η.
pub(crate) fn matched_demand(
    demand_at_reference: f64,
    reference_match: f64,
    private_per_public: f64,
    elasticity: f64,
) -> f64 {
    demand_at_reference * ((1.0 + reference_match) / (1.0 + private_per_public)).powf(elasticity)
}

/// The reference matches the demand parameters are quoted at: ITF's Enterprise
/// Support Scheme funds R&D 1:1; the Re-industrialisation Funding Scheme and the
/// New Industrialisation Acceleration Scheme fund production lines 1:2.
pub(crate) const RD_REFERENCE_MATCH: f64 = 1.0;
pub(crate) const COINVESTMENT_REFERENCE_MATCH: f64 = 2.0;

/// One year's spending after take-up and the budget cap.
pub(crate) struct Spending {
    /// Outlays and tax forgone this year, HK$ bn (financing comes later).
    pub outlay: f64,
    /// 1 unless the cap scaled every lever down.
    pub budget_scale: f64,
    pub coinvestment_take_up: f64,
    pub rd_grant_take_up: f64,
}

impl Run<'_> {
    /// Budget: what the levers would cost at full strength this year, every lever
    /// scaled pro rata when that exceeds the cap. Records this year's effort, R&D
    /// flow, co-investment placed and land released.
    pub(crate) fn spend(&mut self, step: usize, year: i32) -> Spending {
        let g = &self.p.global;
        let strength = self.plans.map(|plan| plan.strength(year));
        let [land, rd, talent, zone] = strength;

        let pipeline_left = (g.industrial_land_pipeline_ha - self.land_released_ha).max(0.0);
        let land_ha = (self.value(LeverField::LandReleaseHaPerYear) * land).min(pipeline_left);
        let rent_cost = self.rent_subsidy_cost(land);
        let land_cost = rent_cost + land_ha * g.land_servicing_cost_hkd_bn_per_ha;

        let grants_offered = self.value(LeverField::GrantsHkdBnPerYear) * rd;
        let grant_demand = matched_demand(
            g.rd_grant_demand_hkd_bn,
            RD_REFERENCE_MATCH,
            self.value(LeverField::CofundingRatio),
            g.matching_demand_elasticity,
        );
        let grants = take_up(grants_offered, grant_demand);

        let talent_cost = talent
            * (self.value(LeverField::AdmissionsPerYear) * g.admission_cost_hkd
                + self.value(LeverField::TrainingPlacesPerYear) * g.training_cost_hkd)
            / BN;

        let coinvestment_offered = self.value(LeverField::CoinvestmentHkdBnPerYear) * zone;
        let coinvestment_demand = matched_demand(
            g.coinvestment_demand_hkd_bn,
            COINVESTMENT_REFERENCE_MATCH,
            g.zone_private_leverage,
            g.matching_demand_elasticity,
        );
        let coinvestment = take_up(coinvestment_offered, coinvestment_demand);
        let zone_cost = coinvestment + self.tax_forgone(zone);

        let planned = land_cost + grants + talent_cost + zone_cost;
        let budget_scale = match self.policy.budget.cap_hkd_bn_per_year {
            Some(cap) if planned > cap => cap / planned,
            _ => 1.0,
        };
        for group in LeverGroup::ALL {
            self.effort[group.index()][step] = strength[group.index()] * budget_scale;
        }
        self.rd_flow[step] = self.rd_flow_from(grants * budget_scale);
        self.coinvestment_flow[step] = coinvestment * budget_scale;
        self.land_flow_ha[step] = land_ha * budget_scale;
        self.land_released_ha += land_ha * budget_scale;
        let ratio = |taken: f64, offered: f64| if offered > 0.0 { taken / offered } else { 1.0 };
        Spending {
            outlay: planned * budget_scale,
            budget_scale,
            coinvestment_take_up: ratio(coinvestment, coinvestment_offered),
            rd_grant_take_up: ratio(grants, grants_offered),
        }
    }

    /// Rent paid for targeted manufacturers on the floor space they used last year.
    fn rent_subsidy_cost(&self, strength: f64) -> f64 {
        let g = &self.p.global;
        let plan = &self.plans[LeverGroup::Land.index()];
        let rate = self.value(LeverField::RentSubsidyPct) / 100.0 * strength;
        (0..M)
            .map(|s| {
                rate * plan.intensities[s]
                    * g.rent_hkd_per_m2_year
                    * self.previous_jobs[s]
                    * g.floor_m2_per_worker
            })
            .sum::<f64>()
            / BN
    }

    /// Profits tax forgone on the value added of new plants in targeted sectors.
    fn tax_forgone(&self, strength: f64) -> f64 {
        let g = &self.p.global;
        let plan = &self.plans[LeverGroup::Zone.index()];
        let rate = self.value(LeverField::ProfitsTaxConcessionPp) / 100.0 * strength;
        (0..M)
            .map(|s| {
                rate * plan.intensities[s]
                    * g.profit_share_of_value_added
                    * self.previous_new_value_added[s]
            })
            .sum()
    }

    /// Extra R&D done in a year when `grants` HK$ bn are paid out: the grants and
    /// the private money they require, with additionality that diminishes,
    /// a·R / (1 + R/E0).
    fn rd_flow_from(&self, grants: f64) -> f64 {
        let g = &self.p.global;
        let funded = grants * (1.0 + self.value(LeverField::CofundingRatio));
        g.rd_additionality * funded / (1.0 + funded / g.rd_saturation_hkd_bn)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn take_up_never_exceeds_the_offer_or_the_demand() {
        for offered in [0.0, 0.5, 2.0, 10.0, 100.0] {
            for demand in [0.0, 0.5, 2.0, 10.0] {
                let taken = take_up(offered, demand);
                assert!(taken <= offered + 1e-12 && taken <= demand + 1e-12);
                assert!(taken >= 0.0);
            }
        }
    }

    #[test]
    fn asking_for_more_private_money_lowers_demand() {
        let at = |m| matched_demand(2.0, 2.0, m, 1.5);
        assert!((at(2.0) - 2.0).abs() < 1e-12);
        assert!(at(0.0) > at(1.0) && at(1.0) > at(2.0) && at(2.0) > at(5.0));
    }
}
