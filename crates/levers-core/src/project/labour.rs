//! The economy-wide labour market: a labour force that grows with its trend and
//! with admitted talent, an unemployment rate that cannot fall below its floor,
//! and services that lose workers (and their output) when manufacturing needs
//! more people than the market has spare.

use super::{BN, M, Run};
use crate::projection::YearOutcome;
use crate::sector::SECTOR_COUNT;

/// The labour market's answer in one year.
pub(crate) struct LabourMarket {
    /// Change of services employment against the status quo (negative: drawn away).
    pub services_jobs_change: f64,
    /// The labour force this year without any policy.
    pub trend_labour_force: f64,
}

impl Run<'_> {
    /// Labour force in step `step` without any policy.
    pub(crate) fn trend_labour_force(&self, step: usize) -> f64 {
        let g = &self.p.global;
        g.labour_force_base * (1.0 + g.labour_force_growth).powi(step as i32)
    }

    /// Jobs: direct manufacturing jobs above the status quo; induced services
    /// jobs, staffed only from workers the market has spare (unemployed above the
    /// floor, admitted talent); beyond that, manufacturing takes services' workers.
    pub(crate) fn clear_labour_market(
        &self,
        step: usize,
        outcome: &mut YearOutcome,
        status_quo_jobs: f64,
    ) -> LabourMarket {
        let g = &self.p.global;
        let trend_labour_force = self.trend_labour_force(step);
        // Workers to be had without taking them from other jobs: the unemployed
        // above the floor, and admitted talent (who are unemployed at the floor
        // rate like everyone else).
        let spare = trend_labour_force * (g.unemployment_rate_base - g.unemployment_floor).max(0.0)
            + self.talent_in_hong_kong * (1.0 - g.unemployment_floor);
        let direct = (outcome.manufacturing_jobs - status_quo_jobs).max(0.0);
        let services_jobs_change = (g.induced_jobs_multiplier * direct).min(spare - direct);

        outcome.direct_jobs_added = direct;
        outcome.induced_jobs = services_jobs_change.max(0.0);
        outcome.services_jobs_drawn = (-services_jobs_change).max(0.0);
        outcome.gross_jobs_added = direct + outcome.induced_jobs;
        outcome.net_jobs_added = direct + services_jobs_change;
        outcome.labour_force = trend_labour_force + self.talent_in_hong_kong;
        let employed =
            trend_labour_force * (1.0 - g.unemployment_rate_base) + outcome.net_jobs_added;
        outcome.unemployment_rate_pct = 100.0 * (1.0 - employed / outcome.labour_force);
        LabourMarket {
            services_jobs_change,
            trend_labour_force,
        }
    }

    /// Rest of the economy: each services sector on its trend, plus its share of
    /// the services jobs gained or lost at services' value added per worker.
    pub(crate) fn update_rest_of_economy(
        &mut self,
        outcome: &mut YearOutcome,
        labour: &LabourMarket,
    ) {
        let mut trend_services = 0.0;
        for s in M..SECTOR_COUNT {
            self.growth_factor[s] *= 1.0 + self.p.sectors[s].growth;
            trend_services += self.va0[s] * self.growth_factor[s];
        }
        let labour_index = labour.trend_labour_force / self.p.global.labour_force_base;
        let productivity =
            self.services_productivity * trend_services / self.services_va0 / labour_index;
        let change = labour.services_jobs_change * productivity / BN;
        for s in M..SECTOR_COUNT {
            outcome.sector_value_added_hkd_bn[s] =
                self.va0[s] * self.growth_factor[s] + self.services_share0[s] * change;
        }
    }
}
