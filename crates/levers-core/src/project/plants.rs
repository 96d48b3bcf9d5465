//! Manufacturing plants in one year: existing plants moving part of the way
//! towards the output their costs support, new capacity from additional
//! investment, and the ceilings (workers, floor space, absorption) that cap both.

use super::last_call::SKILLED_WAGE;
use super::{BN, Delivered, Effects, M, Run, by_sector};
use crate::measure::MeasureKind;
use crate::params::Params;
use crate::projection::{Constraint, YearOutcome};

/// Manufacturing plants in one year, before the ceilings.
#[derive(Default)]
pub(crate) struct Plants {
    /// Existing plants on their baseline trend (the status quo), lifted by knowledge.
    pub trend_value_added: [f64; M],
    pub trend_jobs: [f64; M],
    /// Existing plants' growth beyond trend from better competitiveness.
    pub extra_value_added: [f64; M],
    pub extra_jobs: [f64; M],
    /// Workers new Hong Kong plants would need, and headquarters of GBA plants.
    pub new_jobs_potential: [f64; M],
    pub hq_jobs: [f64; M],
    pub cost_ratio: f64,
}

impl Run<'_> {
    /// Existing plants (trend lifted by knowledge, adjusting partially towards
    /// what their costs support) and new capacity from this year's additional
    /// investment, split between Hong Kong and Guangdong ("10-100" scale-up).
    pub(crate) fn run_plants(&mut self, step: usize, effects: &Effects) -> Plants {
        let g = &self.p.global;
        // Co-investment projects with the private money they bring; the part that
        // would have been invested anyway is deadweight. Money goes where the
        // package aims it, in proportion to what each sector can absorb.
        let leverage = self.coinvestment_leverage(step);
        let placed = self.absorptive_split(&effects.coinvestment);
        let zone_money: [f64; M] =
            by_sector(|s| (1.0 + leverage) * placed[s] * (1.0 - g.subsidy_deadweight));
        let extra_rd = self.absorptive_split(&effects.rd);
        let research_money: [f64; M] = by_sector(|s| g.rd_commercialisation_rate * extra_rd[s]);
        let wages = self.costs.at_wage(self.labour_cost_factor(step));
        let Delivered {
            rent_rate: rent_rates,
            new_plant_rent_rate: new_plant_rent_rates,
            gba_share: gba_shares,
            ..
        } = self.delivered[step];
        let pays_new_plants = self.plan.pays_any_new_plants();
        let most_rent = MeasureKind::RentSubsidy.field().spec().max;
        let most_tax = MeasureKind::ProfitsTaxConcession.field().spec().max;
        let scaleup = Scaleup::of(g);

        let mut plants = Plants::default();
        for s in 0..M {
            let sector = &self.p.sectors[s];
            self.growth_factor[s] *= 1.0 + sector.growth;
            self.productivity_factor[s] *= 1.0 + sector.productivity_growth;

            // Rent relief: the subsidy's part of the rent, and released land's
            // lower market rent on the rest. Existing plants receive only what
            // every firm receives; new plants also what new plants only do.
            let rent_paid = (1.0 - rent_rates[s] / 100.0) * (1.0 - self.land_rent_relief[s]);
            let new_plant_rent = (rent_rates[s] + new_plant_rent_rates[s]).min(most_rent);
            let new_plant_rent_paid =
                (1.0 - new_plant_rent / 100.0) * (1.0 - self.land_rent_relief[s]);
            let cost = wages.cost_index(1.0 - rent_paid);
            let competitiveness = self.competitiveness_at(cost);
            // New plants choose where to locate on after-tax profit: a cost
            // saving counts as the tax cut that would leave them as much.
            let productivity = self.worker_productivity0[s] * self.productivity_factor[s];
            let saving_pp = wages.tax_cut_equivalent_pp(1.0 - new_plant_rent_paid, productivity);
            let tax_cut_pp = (effects.tax_rate[s] + effects.new_plant_tax_rate[s]).min(most_tax);
            let costs = &self.costs;
            let attraction = self
                .location_attraction
                .get(tax_cut_pp + saving_pp, |after_tax_pp| {
                    costs.location_attraction(after_tax_pp)
                });
            plants.cost_ratio += cost * self.manufacturing_share0[s];
            // Existing plants close part of the gap to the output their costs support.
            self.adjustment[s] +=
                g.capacity_adjustment_speed * (competitiveness - 1.0 - self.adjustment[s]);

            // Additional investment arriving this year; relocations from elsewhere
            // in Hong Kong add nothing to Hong Kong.
            let base_investment = self.base_investment[s];
            let investment = scaleup.kept_in_hong_kong
                * (attraction * (zone_money[s] + research_money[s])
                    + base_investment * (attraction - 1.0));
            let (hk_part, gba_part) = scaleup.parts(gba_shares[s]);
            self.new_capacity_hk[s] = scaleup.keep * self.new_capacity_hk[s]
                + scaleup.capital_productivity * investment * hk_part;
            let new_productivity = productivity * scaleup.advanced_productivity_multiple;
            // Plants built on the sites taken up this year; relocations add
            // nothing here either.
            let mut site_capacity = 0.0;
            if effects.sites_taken_ha[s] > 0.0 {
                site_capacity =
                    effects.sites_taken_ha[s] * scaleup.site_jobs_per_ha * new_productivity / BN;
                self.new_capacity_hk[s] += scaleup.kept_in_hong_kong * site_capacity;
            }
            self.new_capacity_gba[s] = scaleup.keep * self.new_capacity_gba[s]
                + scaleup.capital_productivity * investment * gba_part;

            let trend_value_added = self.va0[s] * self.growth_factor[s];
            plants.trend_value_added[s] = trend_value_added * effects.tfp;
            plants.trend_jobs[s] = trend_value_added * BN / productivity;
            plants.extra_value_added[s] = trend_value_added * self.adjustment[s] * effects.tfp;
            plants.extra_jobs[s] = trend_value_added * self.adjustment[s] * BN / productivity;
            plants.new_jobs_potential[s] = self.new_capacity_hk[s] * BN / new_productivity;
            // Every plant built here qualifies for a new-plants-only measure:
            // those the package attracted, those that would have come anyway,
            // and those moved from elsewhere in Hong Kong (tracked only when
            // such a measure exists: nothing else reads it).
            if pays_new_plants {
                let built = attraction * (zone_money[s] + research_money[s] + base_investment);
                self.new_plant_capacity[s] = scaleup.keep * self.new_plant_capacity[s]
                    + scaleup.capital_productivity * built * hk_part;
                self.new_plant_capacity[s] += site_capacity;
                self.new_plant_value_added[s] = self.new_plant_capacity[s] * effects.tfp;
                self.new_plant_jobs[s] = self.new_plant_capacity[s] * BN / new_productivity;
            }
            plants.hq_jobs[s] =
                scaleup.gba_hq_share * self.new_capacity_gba[s] * BN / new_productivity;
        }
        plants
    }

    /// Existing plants' output supported by a cost index of `cost`, relative
    /// to the base year's: `(C₀ / C)^elasticity` below the base cost, else 1.
    fn competitiveness_at(&mut self, cost: f64) -> f64 {
        let cost_index0 = self.cost_index0;
        let elasticity = self.p.global.cost_elasticity;
        self.competitiveness.get(cost, |cost| {
            if cost < cost_index0 {
                power(cost_index0 / cost, elasticity)
            } else {
                1.0
            }
        })
    }

    /// Private HK$ per public HK$ of the co-investment now reaching projects
    /// (the package's own matching ratio, or the model's default).
    fn coinvestment_leverage(&self, step: usize) -> f64 {
        let offered = self.plan.total(MeasureKind::Coinvestment, step);
        if offered > 0.0 {
            self.plan.matching_ratio(MeasureKind::Coinvestment, step)
        } else {
            self.p.global.zone_private_leverage
        }
    }

    /// `money` (HK$ bn per sector, where the package aimed it) re-split in
    /// proportion to aim × what each sector can absorb: its size last year plus
    /// a floor, so a new industry can start but cannot take a mature one's share.
    fn absorptive_split(&self, money: &[f64; M]) -> [f64; M] {
        let floor = self.p.global.absorption_floor_hkd_bn;
        let total: f64 = money.iter().sum();
        let capacity: [f64; M] = by_sector(|s| money[s] * (self.previous_value_added[s] + floor));
        let capacity_total: f64 = capacity.iter().sum();
        if total > 0.0 && capacity_total > 0.0 {
            by_sector(|s| total * capacity[s] / capacity_total)
        } else {
            [0.0; M]
        }
    }

    /// Manufacturing wage cost relative to the base year: admitted talent lowers
    /// the skilled wage economy-wide, and the skilled are only part of the bill.
    fn labour_cost_factor(&mut self, step: usize) -> f64 {
        let g = &self.p.global;
        let skilled_wage = self.recalled[step][SKILLED_WAGE].get(
            1.0 + self.talent_in_hong_kong / g.skilled_labour_force,
            -g.skilled_wage_elasticity,
            power,
        );
        1.0 - g.skilled_wage_bill_share * (1.0 - skilled_wage)
    }

    /// Capacity ceilings: growth (new plants, and existing plants' growth beyond
    /// trend) gets the workers and floor space left after the trend and
    /// headquarters; what cannot be staffed or housed idles. No sector grows
    /// faster than `max_sector_growth` plus a first plant's worth.
    /// Writes the year's ceilings and sectors into `outcome` (a default one).
    pub(crate) fn apply_ceilings(
        &mut self,
        step: usize,
        plants: &Plants,
        tfp: f64,
        outcome: &mut YearOutcome,
    ) {
        let g = &self.p.global;
        let labour_ceiling = self.manufacturing_jobs0
            + g.local_hiring_capacity_per_year * step as f64
            + self.talent_in_manufacturing;
        let floor_ceiling = self.manufacturing_jobs0 * g.floor_m2_per_worker
            + g.spare_industrial_floor_m2
            + self.floor_released_m2;
        let trend_jobs: f64 = plants.trend_jobs.iter().sum();
        let committed_jobs = trend_jobs + plants.hq_jobs.iter().sum::<f64>();
        let growth_jobs: f64 =
            plants.new_jobs_potential.iter().sum::<f64>() + plants.extra_jobs.iter().sum::<f64>();
        let trend_floor = trend_jobs * g.floor_m2_per_worker;
        let (labour_room, land_room) = if growth_jobs > 0.0 {
            (
                (labour_ceiling - committed_jobs) / growth_jobs,
                (floor_ceiling - trend_floor) / (growth_jobs * g.floor_m2_per_worker),
            )
        } else {
            (1.0, 1.0)
        };
        let utilisation = labour_room.min(land_room).clamp(0.0, 1.0);
        let mut binding_constraint = if utilisation >= 1.0 {
            Constraint::None
        } else if labour_room <= land_room {
            Constraint::Labour
        } else {
            Constraint::Land
        };

        outcome.labour_ceiling_jobs = labour_ceiling;
        outcome.floor_space_ceiling_m2 = floor_ceiling;
        outcome.capacity_utilisation = utilisation;
        outcome.knowledge_stock_added_hkd_bn = self.knowledge_added;
        outcome.cost_ratio_to_shenzhen = plants.cost_ratio;
        outcome.new_capacity_hkd_bn = self.new_capacity_hk.iter().sum::<f64>() * tfp;
        outcome.land_released_ha = self.land_released_ha;
        outcome.sites_taken_up_ha = self.sites_taken_up_ha;
        outcome.sites_vacant_ha = self.sites_vacant_ha.iter().sum();
        let mut used_jobs = trend_jobs;
        let hq_share = g.gba_hq_share;
        let gba_kept = 1.0 - hq_share;
        let most_growth = 1.0 + g.max_sector_growth;
        let allowance = g.sector_growth_allowance_hkd_bn;
        let mut gba_value_added = 0.0;
        for s in 0..M {
            let new_value_added =
                (utilisation * self.new_capacity_hk[s] + hq_share * self.new_capacity_gba[s]) * tfp;
            let growth_value_added = utilisation * plants.extra_value_added[s] + new_value_added;
            let growth_jobs = utilisation * (plants.extra_jobs[s] + plants.new_jobs_potential[s])
                + plants.hq_jobs[s];
            let most = self.previous_value_added[s] * most_growth + allowance;
            let room = most - plants.trend_value_added[s];
            let absorbed = if growth_value_added > room.max(0.0) && growth_value_added > 0.0 {
                if binding_constraint == Constraint::None {
                    binding_constraint = Constraint::Absorption;
                }
                room.max(0.0) / growth_value_added
            } else {
                1.0
            };
            let value_added = plants.trend_value_added[s] + absorbed * growth_value_added;
            outcome.sector_value_added_hkd_bn[s] = value_added;
            outcome.sector_jobs[s] = plants.trend_jobs[s] + absorbed * growth_jobs;
            used_jobs += absorbed * (growth_jobs - plants.hq_jobs[s]);
            gba_value_added += gba_kept * self.new_capacity_gba[s] * tfp;
            self.previous_value_added[s] = value_added;
        }
        outcome.gba_value_added_hkd_bn = gba_value_added;
        outcome.binding_constraint = binding_constraint;
        self.previous_jobs = outcome.sector_jobs;
        outcome.manufacturing_jobs = outcome.sector_jobs.iter().sum();
        outcome.floor_space_used_m2 = used_jobs * g.floor_m2_per_worker;
    }
}

/// The parts of the cost index and of the location choice that depend only
/// on the parameters, worked out once for a projection rather than in every
/// sector-year: each is the same operation on the same values as before, so
/// every result keeps its bits.
#[derive(Clone, Copy, Debug)]
pub(crate) struct CostTerms {
    land_share: f64,
    labour_share: f64,
    /// 1 − land share − labour share: costs traded at the same price.
    rest: f64,
    /// Shenzhen's cost in Hong Kong's units today.
    shenzhen: f64,
    /// 100 · (1 − profits tax rate): pp of tax per unit of after-tax saving.
    after_tax_pp: f64,
    /// Operating cost per worker: rent per worker over the land share.
    cost_per_worker: f64,
    profit_share: f64,
    semi_elasticity: f64,
    /// The whole statutory rate, pp, and the attraction there, `e^(ε·top)`.
    top_pp: f64,
    attraction_at_top: f64,
}

impl CostTerms {
    pub(crate) fn of(p: &Params) -> CostTerms {
        let g = &p.global;
        let rest = 1.0 - g.land_cost_share - g.labour_cost_share;
        let top_pp = 100.0 * g.profits_tax_rate;
        CostTerms {
            land_share: g.land_cost_share,
            labour_share: g.labour_cost_share,
            rest,
            shenzhen: g.land_cost_share / g.land_cost_ratio_hk_sz
                + g.labour_cost_share / g.wage_ratio_hk_sz
                + rest,
            after_tax_pp: 100.0 * (1.0 - g.profits_tax_rate),
            cost_per_worker: g.rent_hkd_per_m2_year * g.floor_m2_per_worker / g.land_cost_share,
            profit_share: g.profit_share_of_value_added,
            semi_elasticity: g.tax_semi_elasticity,
            top_pp,
            attraction_at_top: (g.tax_semi_elasticity * top_pp).exp(),
        }
    }

    /// These terms at a year's wage factor (see [`Wages`]).
    pub(crate) fn at_wage(self, wage_factor: f64) -> Wages {
        Wages {
            terms: self,
            labour_cost: self.labour_share * wage_factor,
            labour_saving: self.labour_share * (1.0 - wage_factor),
        }
    }

    /// Investment attraction of an after-tax profit gain worth `cut_pp` of
    /// profits tax (see [`location_attraction`]).
    pub(crate) fn location_attraction(&self, cut_pp: f64) -> f64 {
        location_attraction(
            self.semi_elasticity,
            cut_pp,
            self.top_pp,
            self.attraction_at_top,
        )
    }
}

/// [`CostTerms`] in one year, with the labour share's terms at that year's
/// wage factor.
#[derive(Clone, Copy, Debug)]
pub(crate) struct Wages {
    terms: CostTerms,
    /// Labour share × wage factor.
    labour_cost: f64,
    /// Labour share × (1 − wage factor): the saving from a lower wage.
    labour_saving: f64,
}

impl Wages {
    /// Manufacturing cost in Hong Kong relative to Shenzhen (Shenzhen = 1). The
    /// shares are Hong Kong's (land's is calibrated on Hong Kong's survey of
    /// manufacturers): Hong Kong's cost is land share × (1 − subsidy) + labour
    /// share × wage factor + the rest, per unit of its cost today; Shenzhen's is
    /// the same shares divided by Hong Kong's rent and wage premia, the rest
    /// traded at the same price on both sides.
    pub(crate) fn cost_index(&self, rent_relief: f64) -> f64 {
        let t = &self.terms;
        let hong_kong = t.land_share * (1.0 - rent_relief) + self.labour_cost + t.rest;
        hong_kong / t.shenzhen
    }

    /// A cost saving as the profits-tax cut (pp) that raises a plant's after-tax
    /// profit as much: rent is deductible, so a saving of R raises after-tax
    /// profit by (1 − t)·R, and a cut of τ pp raises it by τ/100 of the profit
    /// (the gross surplus, `profit_share_of_value_added` of value added). The
    /// saving is the fall in Hong Kong's cost (land share × rent relief + labour
    /// share × wage fall) times the operating cost per worker, which is the rent
    /// per worker over the land share (the land share's own calibration).
    fn tax_cut_equivalent_pp(&self, rent_relief: f64, value_added_per_worker: f64) -> f64 {
        let t = &self.terms;
        let saving_share = t.land_share * rent_relief + self.labour_saving;
        if saving_share <= 0.0 {
            return 0.0;
        }
        let profit_per_worker = t.profit_share * value_added_per_worker;
        t.after_tax_pp * saving_share * t.cost_per_worker / profit_per_worker
    }
}

/// What new capacity the year's investment adds, and where: the parameters
/// the sector loop reads, held in locals.
struct Scaleup {
    /// 1 − relocation share: investment that is new to Hong Kong.
    kept_in_hong_kong: f64,
    /// 1 − depreciation of new capacity.
    keep: f64,
    capital_productivity: f64,
    stage_share: f64,
    /// 1 − the scale-up stage's share.
    before_stage: f64,
    boost: f64,
    advanced_productivity_multiple: f64,
    gba_hq_share: f64,
    /// Workers on a hectare of serviced land taken up.
    site_jobs_per_ha: f64,
}

impl Scaleup {
    fn of(g: &crate::params::GlobalParams) -> Scaleup {
        Scaleup {
            kept_in_hong_kong: 1.0 - g.relocation_share,
            keep: 1.0 - g.new_capacity_depreciation,
            capital_productivity: g.capital_productivity,
            stage_share: g.scaleup_stage_share,
            before_stage: 1.0 - g.scaleup_stage_share,
            boost: g.gba_scaleup_boost,
            advanced_productivity_multiple: g.advanced_productivity_multiple,
            gba_hq_share: g.gba_hq_share,
            site_jobs_per_ha: g.site_jobs_per_ha,
        }
    }

    /// The parts of new capacity built in Hong Kong and in the GBA when
    /// `gba_share` of the scale-up stage is placed there.
    fn parts(&self, gba_share: f64) -> (f64, f64) {
        let multiplier = 1.0 + self.boost * gba_share;
        let hk_part = self.before_stage + self.stage_share * multiplier * (1.0 - gba_share);
        let gba_part = self.stage_share * multiplier * gba_share;
        (hk_part, gba_part)
    }
}

/// Investment attraction of an after-tax profit gain worth `cut_pp` of
/// profits tax: e^(ε·pp) at semi-elasticity ε (de Mooij & Ederveen's
/// exponential), as far as the whole statutory rate `top_pp`, where the
/// evidence ends (tax rates between the statutory rate and zero); beyond it
/// the response continues along its tangent from `at_top` = e^(ε·`top_pp`)
/// (which a projection works out once), growing with the incentive without
/// compounding.
fn location_attraction(semi_elasticity: f64, cut_pp: f64, top_pp: f64, at_top: f64) -> f64 {
    if cut_pp <= 0.0 {
        1.0
    } else if cut_pp <= top_pp {
        (semi_elasticity * cut_pp).exp()
    } else {
        at_top * (1.0 + semi_elasticity * (cut_pp - top_pp))
    }
}

/// `base^exponent`, without the library call when `base` is exactly 1 (no
/// talent admitted yet, no match changed): IEEE 754 defines 1^y = 1 for every
/// y, so the answer is bit for bit what `powf` gives.
pub(super) fn power(base: f64, exponent: f64) -> f64 {
    if base == 1.0 {
        1.0
    } else {
        base.powf(exponent)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A cost saving as a profits-tax cut, pp (see [`Wages::tax_cut_equivalent_pp`]).
    fn tax_cut_equivalent_pp(
        p: &Params,
        rent_relief: f64,
        wage_factor: f64,
        value_added_per_worker: f64,
    ) -> f64 {
        CostTerms::of(p)
            .at_wage(wage_factor)
            .tax_cut_equivalent_pp(rent_relief, value_added_per_worker)
    }

    /// [`super::location_attraction`] with e^(ε·top) worked out here.
    fn location_attraction(semi_elasticity: f64, cut_pp: f64, top_pp: f64) -> f64 {
        super::location_attraction(
            semi_elasticity,
            cut_pp,
            top_pp,
            (semi_elasticity * top_pp).exp(),
        )
    }

    const EPSILON: f64 = 0.0255;
    const TOP: f64 = 16.5;

    #[test]
    fn location_attraction_is_the_exponential_up_to_the_whole_rate_then_its_tangent() {
        assert_eq!(location_attraction(EPSILON, 0.0, TOP), 1.0);
        assert_eq!(location_attraction(EPSILON, -3.0, TOP), 1.0);
        assert_eq!(
            location_attraction(EPSILON, 8.0, TOP),
            (EPSILON * 8.0).exp()
        );
        // Continuous at the whole rate, with the same slope on both sides.
        let h = 1e-6;
        let at = |x| location_attraction(EPSILON, x, TOP);
        assert!((at(TOP + h) - at(TOP - h)).abs() < 1e-6);
        let slope_below = (at(TOP) - at(TOP - h)) / h;
        let slope_above = (at(TOP + h) - at(TOP)) / h;
        assert!((slope_below - slope_above).abs() < 1e-4);
        // Beyond, it keeps growing but never compounds.
        let mut last = at(TOP);
        for x in [20.0, 40.0, 80.0, 160.0] {
            assert!(at(x) > last && at(x) < (EPSILON * x).exp());
            last = at(x);
        }
    }

    /// The baseline's values of what the equivalence reads.
    fn params() -> Params {
        let mut p = Params::default();
        p.global.land_cost_share = 0.04;
        p.global.labour_cost_share = 0.11;
        p.global.rent_hkd_per_m2_year = 1937.0;
        p.global.floor_m2_per_worker = 40.0;
        p.global.profit_share_of_value_added = 0.43;
        p.global.profits_tax_rate = 0.165;
        p
    }

    #[test]
    fn a_saving_is_the_tax_cut_that_leaves_the_same_after_tax_profit() {
        let p = params();
        let g = &p.global;
        assert_eq!(tax_cut_equivalent_pp(&p, 0.0, 1.0, 500_000.0), 0.0);
        // A 20% rent subsidy: the saving per worker, after tax, over profit.
        let value_added = 500_000.0;
        let saving = 0.2 * g.rent_hkd_per_m2_year * g.floor_m2_per_worker;
        let expected = 100.0 * (1.0 - g.profits_tax_rate) * saving
            / (g.profit_share_of_value_added * value_added);
        let pp = tax_cut_equivalent_pp(&p, 0.2, 1.0, value_added);
        assert!(
            (pp - expected).abs() < 1e-9 * expected,
            "{pp} vs {expected}"
        );
        // Twice the saving is worth twice the points; richer plants less.
        assert!((tax_cut_equivalent_pp(&p, 0.4, 1.0, value_added) - 2.0 * pp).abs() < 1e-9);
        assert!(tax_cut_equivalent_pp(&p, 0.2, 1.0, 2.0 * value_added) < pp);
        // A lower wage is a saving too.
        assert!(tax_cut_equivalent_pp(&p, 0.0, 0.98, value_added) > 0.0);
    }
}
