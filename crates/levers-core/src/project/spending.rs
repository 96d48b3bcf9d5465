//! The public purse's side of a year: what each lever would cost, how much of
//! the money offered firms actually take up, and the budget cap.

use super::{BN, Delivered, M, Run, by_sector};
use crate::measure::MeasureKind;

/// Money a year firms take up when `offered` is on the table and projects that
/// want `demand` exist: the smaller of the two. An oversubscribed scheme spends
/// its whole offer (ITF and RFS rounds with more applications than money);
/// beyond the demand, money offered stays unspent. (Model 2 used the smooth
/// minimum offered·demand / (offered + demand), which spent only half an offer
/// that equalled the demand.)
pub(crate) fn take_up(offered: f64, demand: f64) -> f64 {
    offered.min(demand).max(0.0)
}

/// Demand for matched public money when firms must add `private_per_public`
/// HK$ for each public HK$: `demand_at_reference` at the reference match,
/// falling with the private share of the cost, `((1 + m_ref) / (1 + m))^η`.
pub(crate) fn matched_demand(
    demand_at_reference: f64,
    reference_match: f64,
    private_per_public: f64,
    elasticity: f64,
) -> f64 {
    demand_at_reference
        * super::plants::power(
            (1.0 + reference_match) / (1.0 + private_per_public),
            elasticity,
        )
}

/// Σ `term(s)` over the sectors whose rate is not zero, from +0: a sector
/// without the measure adds exactly 0 (its rate is 0), so skipping it changes
/// no bit and spares its divisions.
#[inline]
fn sum_where_rated(rates: &[f64; M], term: impl Fn(usize) -> f64) -> f64 {
    let mut total = 0.0;
    for (s, rate) in rates.iter().enumerate() {
        if *rate != 0.0 {
            total += term(s);
        }
    }
    total
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
    /// Outlays and tax forgone by kind, after the cap.
    pub by_kind: [f64; 8],
}

impl Run<'_> {
    /// Budget: what the package would cost this year, every channel scaled pro
    /// rata when that exceeds the cap. Records this year's flows: R&D, money
    /// placed per sector, land released, people admitted and trained, tax rates.
    pub(crate) fn spend(&mut self, step: usize) -> Spending {
        let g = &self.p.global;
        let plan = &self.plan;

        let pipeline_left = (g.industrial_land_pipeline_ha - self.land_released_ha).max(0.0);
        let land_ha = plan
            .total(MeasureKind::LandRelease, step)
            .min(pipeline_left);
        let new_plant_rents = plan.at_new_plants(MeasureKind::RentSubsidy, step);
        let rent_cost = self
            .rent_subsidy_cost(plan.at(MeasureKind::RentSubsidy, step), &self.previous_jobs)
            + self.rent_subsidy_cost(new_plant_rents, &self.new_plant_jobs);
        // Serviced land is sold: the premium recovered offsets the servicing
        // (never beyond it: a lever is not counted as a source of revenue).
        let land_net_cost_per_ha = (g.land_servicing_cost_hkd_bn_per_ha
            - g.industrial_land_premium_hkd_bn_per_ha)
            .max(0.0);
        let land_cost = rent_cost + land_ha * land_net_cost_per_ha;

        let grants_offered = plan.total(MeasureKind::RdGrants, step);
        let grants_match = plan.matching_ratio(MeasureKind::RdGrants, step);
        let grant_demand = self.grant_demand.get(grants_match, |matched| {
            matched_demand(
                g.rd_grant_demand_hkd_bn,
                RD_REFERENCE_MATCH,
                matched,
                g.matching_demand_elasticity,
            )
        });
        let grants = take_up(grants_offered, grant_demand);

        let admissions = plan.total(MeasureKind::TalentAdmissions, step);
        let training = plan.total(MeasureKind::TrainingPlaces, step);
        let talent_cost = (admissions * g.admission_cost_hkd + training * g.training_cost_hkd) / BN;

        let coinvestment_offered = plan.total(MeasureKind::Coinvestment, step);
        let coinvestment_match = plan.matching_ratio(MeasureKind::Coinvestment, step);
        let coinvestment_demand = self.coinvestment_demand.get(coinvestment_match, |matched| {
            matched_demand(
                g.coinvestment_demand_hkd_bn,
                COINVESTMENT_REFERENCE_MATCH,
                matched,
                g.matching_demand_elasticity,
            )
        });
        let coinvestment = take_up(coinvestment_offered, coinvestment_demand);
        let tax_rates = *plan.at(MeasureKind::ProfitsTaxConcession, step);
        let new_plant_tax_rates = *plan.at_new_plants(MeasureKind::ProfitsTaxConcession, step);
        let zone_cost = coinvestment
            + self.tax_forgone(&tax_rates, &self.previous_value_added)
            + self.tax_forgone(&new_plant_tax_rates, &self.new_plant_value_added);

        let planned = land_cost + grants + talent_cost + zone_cost;
        let scale = match self.policy.budget.cap_hkd_bn_per_year {
            Some(cap) if planned > cap => cap / planned,
            _ => 1.0,
        };
        let placed = |amount: f64, offered: f64, split: &[f64; M]| -> [f64; M] {
            if offered > 0.0 {
                by_sector(|s| split[s] / offered * amount * scale)
            } else {
                [0.0; M]
            }
        };
        let grants_by_sector = placed(grants, grants_offered, plan.at(MeasureKind::RdGrants, step));
        let rd_flow = self.rd_flow_from(grants * scale);
        let grants_placed: f64 = grants_by_sector.iter().sum();
        let delivered = Delivered {
            rd: if grants_placed > 0.0 {
                by_sector(|s| rd_flow * grants_by_sector[s] / grants_placed)
            } else {
                [0.0; M]
            },
            coinvestment: placed(
                coinvestment,
                coinvestment_offered,
                plan.at(MeasureKind::Coinvestment, step),
            ),
            land_ha: land_ha * scale,
            land_ha_by_sector: {
                let aimed = plan.at(MeasureKind::LandRelease, step);
                let aimed_total = plan.total(MeasureKind::LandRelease, step);
                if aimed_total > 0.0 {
                    by_sector(|s| aimed[s] / aimed_total * land_ha * scale)
                } else {
                    [0.0; M]
                }
            },
            admitted: admissions * scale,
            trained: training * scale,
            tax_rate: by_sector(|s| tax_rates[s] * scale),
            rent_rate: {
                let rates = plan.at(MeasureKind::RentSubsidy, step);
                by_sector(|s| rates[s] * scale)
            },
            new_plant_tax_rate: by_sector(|s| new_plant_tax_rates[s] * scale),
            new_plant_rent_rate: by_sector(|s| new_plant_rents[s] * scale),
            gba_share: {
                let shares = plan.at(MeasureKind::GbaScaleupShare, step);
                by_sector(|s| shares[s] * scale)
            },
        };
        self.land_released_ha += delivered.land_ha;
        debug_assert_eq!(self.delivered.len(), step, "years are spent in order");
        self.delivered.push(delivered);
        let ratio = |taken: f64, offered: f64| if offered > 0.0 { taken / offered } else { 1.0 };
        let mut by_kind = [0.0; 8];
        by_kind[MeasureKind::RentSubsidy.index()] = rent_cost * scale;
        by_kind[MeasureKind::LandRelease.index()] = land_ha * land_net_cost_per_ha * scale;
        by_kind[MeasureKind::RdGrants.index()] = grants * scale;
        by_kind[MeasureKind::TalentAdmissions.index()] =
            admissions * g.admission_cost_hkd / BN * scale;
        by_kind[MeasureKind::TrainingPlaces.index()] = training * g.training_cost_hkd / BN * scale;
        by_kind[MeasureKind::ProfitsTaxConcession.index()] = (zone_cost - coinvestment) * scale;
        by_kind[MeasureKind::Coinvestment.index()] = coinvestment * scale;
        Spending {
            by_kind,
            outlay: planned * scale,
            budget_scale: scale,
            coinvestment_take_up: ratio(coinvestment, coinvestment_offered),
            rd_grant_take_up: ratio(grants, grants_offered),
        }
    }

    /// Rent paid at `rates` (% of rent, per sector) on the floor space of
    /// `jobs` (last year's: every firm's, or new plants' for a measure paid to
    /// new plants only), at the market rent they face (lower where released
    /// land has added floor space).
    fn rent_subsidy_cost(&self, rates: &[f64; M], jobs: &[f64; M]) -> f64 {
        let g = &self.p.global;
        sum_where_rated(rates, |s| {
            rates[s] / 100.0
                * g.rent_hkd_per_m2_year
                * (1.0 - self.land_rent_relief[s])
                * jobs[s]
                * g.floor_m2_per_worker
        }) / BN
    }

    /// Profits tax forgone at `rates` (pp, per sector) on the gross surplus of
    /// `value_added` (last year's): of every firm of a targeted sector that
    /// claims the concession, incumbents as well as new plants (Model 2 charged
    /// new plants only), or of new plants only for a measure paid to them.
    fn tax_forgone(&self, rates: &[f64; M], value_added: &[f64; M]) -> f64 {
        let g = &self.p.global;
        sum_where_rated(rates, |s| {
            rates[s] / 100.0 * g.profit_share_of_value_added * value_added[s]
        })
    }

    /// Extra R&D done in a year when `grants` HK$ bn are paid out: additionality
    /// per public HK$ (the firms' matching money is part of what the evaluations
    /// measure), diminishing with the amount, a·G / (1 + G/G½).
    fn rd_flow_from(&self, grants: f64) -> f64 {
        let g = &self.p.global;
        g.rd_additionality * grants / (1.0 + grants / g.rd_saturation_hkd_bn)
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
    fn an_oversubscribed_scheme_spends_its_whole_offer() {
        assert_eq!(take_up(2.0, 5.0), 2.0);
        assert_eq!(take_up(5.0, 5.0), 5.0);
        assert_eq!(take_up(8.0, 5.0), 5.0);
    }

    #[test]
    fn asking_for_more_private_money_lowers_demand() {
        let at = |m| matched_demand(2.0, 2.0, m, 1.5);
        assert!((at(2.0) - 2.0).abs() < 1e-12);
        assert!(at(0.0) > at(1.0) && at(1.0) > at(2.0) && at(2.0) > at(5.0));
    }
}
