//! The economy-wide labour market. Admitted talent joins the labour force and
//! works (at the economy's unemployment rate), partly in manufacturing; the
//! trained find work more often. New demand for local workers (manufacturing
//! jobs talent does not fill, the research jobs extra R&D keeps, and the local
//! services jobs that manufacturing and talent induce) is met, in proportions set by three elasticities, by new
//! labour supply (participation, imported labour), by fewer unemployed (down to
//! the floor) and by workers drawn from other employers; the new workers join
//! with the frictional share of them between jobs. Nothing here can make
//! unemployment rise above the status quo's or fall below the frictional
//! rate, and net jobs grow smoothly with the demand (docs/MODEL.md §3.8).

use super::last_call::{LABOUR_FORCE, TRAINED_AT_WORK};
use super::{BN, M, Run};
use crate::params::GlobalParams;
use crate::projection::YearOutcome;
use crate::sector::SECTOR_COUNT;

/// The labour market's answer in one year.
pub(crate) struct LabourMarket {
    /// Jobs added in local services (induced by manufacturing and by talent,
    /// and the trained who found work) less workers drawn from other employers.
    pub local_services_jobs_change: f64,
    /// Admitted talent working outside manufacturing.
    pub talent_outside_manufacturing: f64,
    /// The extra R&D done this year, HK$ bn: research is output at its cost.
    pub research_output_hkd_bn: f64,
    /// The labour force this year without any policy.
    pub trend_labour_force: f64,
}

/// How new demand for local workers is met, as shares of it: new labour
/// supply, fewer unemployed (before the floor caps it), workers drawn from
/// other employers. A wage rise ω brings `supply_elasticity`·ω more workers,
/// `demand_elasticity`·ω fewer jobs elsewhere, and, on the wage curve, lowers
/// unemployment by u·ω/`wage_curve_elasticity` (all as fractions of the labour
/// force); each source's share is its response over the sum.
#[derive(Clone, Copy, Debug, PartialEq)]
pub(crate) struct LabourSupplyShares {
    pub new_supply: f64,
    pub unemployed: f64,
}

impl LabourSupplyShares {
    pub(crate) fn of(g: &GlobalParams) -> LabourSupplyShares {
        let supply = g.labour_supply_elasticity;
        let unemployed = g.unemployment_rate_base / g.wage_curve_elasticity;
        let total = supply + unemployed + g.labour_demand_elasticity;
        if total > 0.0 {
            LabourSupplyShares {
                new_supply: supply / total,
                unemployed: unemployed / total,
            }
        } else {
            LabourSupplyShares {
                new_supply: 0.0,
                unemployed: 0.0,
            }
        }
    }
}

/// `wanted` workers asked of a pool of `pool`: nearly all while the pool is
/// large, never more than the pool, smoothly in between: P·(1 − e^(−W/P)).
fn from_pool(wanted: f64, pool: f64) -> f64 {
    if pool > 0.0 && wanted > 0.0 {
        pool * -(-wanted / pool).exp_m1()
    } else {
        0.0
    }
}

impl Run<'_> {
    /// Labour force in step `step` without any policy.
    pub(crate) fn trend_labour_force(&mut self, step: usize) -> f64 {
        let g = &self.p.global;
        g.labour_force_base
            * self.recalled[step][LABOUR_FORCE].get(
                1.0 + g.labour_force_growth,
                step as f64,
                |base, _| base.powi(step as i32),
            )
    }

    /// Jobs: direct manufacturing jobs above the status quo, admitted talent at
    /// work, the trained who found work, the local services jobs manufacturing
    /// and talent induce; local demand met by new supply, fewer unemployed and
    /// workers drawn from other employers.
    pub(crate) fn clear_labour_market(
        &mut self,
        step: usize,
        outcome: &mut YearOutcome,
        status_quo_jobs: f64,
    ) -> LabourMarket {
        let g = &self.p.global;
        let trend_labour_force = self.trend_labour_force(step);
        let u0 = g.unemployment_rate_base;

        // Admitted talent in the labour force works at the economy's rate.
        let talent_in_labour_force = g.talent_employment_share * self.talent_in_hong_kong;
        let talent_employed = talent_in_labour_force * (1.0 - u0);
        let direct = (outcome.manufacturing_jobs - status_quo_jobs).max(0.0);
        let talent_in_manufacturing = (g.admissions_manufacturing_share * self.talent_in_hong_kong)
            .min(talent_employed)
            .min(direct);
        let talent_outside_manufacturing = talent_employed - talent_in_manufacturing;

        // The trained leave structural unemployment: the unemployed below the
        // floor demand can reach, above the frictional rate no training removes.
        let structural = trend_labour_force
            * (g.unemployment_floor.min(u0) - g.frictional_unemployment_rate).max(0.0);
        let trained_employed = self.recalled[step][TRAINED_AT_WORK].get(
            g.training_employment_effect * self.trained_in_labour_force,
            structural,
            from_pool,
        );

        // Local workers wanted: manufacturing jobs talent does not fill, the
        // research jobs the extra R&D keeps while it is done, and the local
        // services jobs manufacturing and talent induce.
        let research_output_hkd_bn = self.delivered[step].rd.iter().sum::<f64>();
        let research_jobs = research_output_hkd_bn * BN / g.rd_spending_per_research_job_hkd;
        let induced =
            g.induced_jobs_multiplier * direct + g.talent_local_jobs_multiplier * talent_employed;
        let local_demand = direct - talent_in_manufacturing + research_jobs + induced;
        let shares = self.labour_supply;
        let new_supply = shares.new_supply * local_demand;
        let cyclical = trend_labour_force * (u0 - g.unemployment_floor).max(0.0);
        let from_unemployed = from_pool(shares.unemployed * local_demand, cyclical);
        let drawn = (local_demand - new_supply - from_unemployed).max(0.0);

        let added_outside =
            talent_outside_manufacturing + research_jobs + induced + trained_employed;
        outcome.direct_jobs_added = direct;
        outcome.induced_jobs = added_outside;
        outcome.services_jobs_drawn = drawn;
        outcome.gross_jobs_added = direct + added_outside;
        outcome.net_jobs_added = direct + added_outside - drawn;
        // New supply comes with the frictional share of it between jobs, as
        // every labour force does: `new_supply` at work are a fraction
        // 1 − frictional of the workers who join.
        let joining = new_supply / (1.0 - g.frictional_unemployment_rate);
        outcome.labour_force = trend_labour_force + talent_in_labour_force + joining;
        let employed = trend_labour_force * (1.0 - u0) + outcome.net_jobs_added;
        outcome.unemployment_rate_pct = 100.0 * (1.0 - employed / outcome.labour_force);
        LabourMarket {
            local_services_jobs_change: induced + trained_employed - drawn,
            talent_outside_manufacturing,
            research_output_hkd_bn,
            trend_labour_force,
        }
    }

    /// Rest of the economy: each services sector on its trend, plus its share
    /// of the jobs added or lost in local services at local services' value
    /// added per worker, of admitted talent's own output (both productivities
    /// grow with services output per worker on trend), and of the extra
    /// research done, output at its cost (as national accounts count R&D).
    pub(crate) fn update_rest_of_economy(
        &mut self,
        outcome: &mut YearOutcome,
        labour: &LabourMarket,
    ) {
        let g = &self.p.global;
        let mut trend_services = 0.0;
        for s in M..SECTOR_COUNT {
            self.growth_factor[s] *= 1.0 + self.p.sectors[s].growth;
            trend_services += self.va0[s] * self.growth_factor[s];
        }
        let labour_index = labour.trend_labour_force / g.labour_force_base;
        let productivity_index = trend_services / self.services_va0 / labour_index;
        let change = productivity_index
            * (labour.local_services_jobs_change * g.local_services_productivity_hkd
                + labour.talent_outside_manufacturing * g.talent_value_added_hkd)
            / BN
            + labour.research_output_hkd_bn;
        for s in M..SECTOR_COUNT {
            outcome.sector_value_added_hkd_bn[s] =
                self.va0[s] * self.growth_factor[s] + self.services_share0[s] * change;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_pool_gives_nearly_all_that_is_asked_while_large_and_never_more_than_itself() {
        assert!((from_pool(10.0, 1e6) - 10.0).abs() < 1e-3);
        assert!(from_pool(1e9, 100.0) <= 100.0);
        assert!(from_pool(50.0, 100.0) < 50.0);
        assert!(from_pool(60.0, 100.0) > from_pool(50.0, 100.0));
        assert_eq!(from_pool(10.0, 0.0), 0.0);
    }

    #[test]
    fn the_three_sources_share_the_demand_in_proportion_to_their_responses() {
        let g = GlobalParams {
            labour_supply_elasticity: 0.3,
            labour_demand_elasticity: 0.3,
            wage_curve_elasticity: 0.1,
            unemployment_rate_base: 0.03,
            ..GlobalParams::default()
        };
        let shares = LabourSupplyShares::of(&g);
        assert!((shares.new_supply - 1.0 / 3.0).abs() < 1e-12);
        assert!((shares.unemployed - 1.0 / 3.0).abs() < 1e-12);
        let rigid = LabourSupplyShares::of(&GlobalParams {
            labour_supply_elasticity: 0.0,
            ..g
        });
        assert_eq!(rigid.new_supply, 0.0);
    }
}
