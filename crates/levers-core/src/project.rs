//! The projection: policy in, year-by-year economy out. Pure and deterministic:
//! the same baseline and policy give the same numbers, bit for bit.
//!
//! The equations are explained in `docs/MODEL.md`; the comments below name them.

use crate::baseline::Baseline;
use crate::diversification::hhi;
use crate::lever::{LeverField, LeverGroup};
use crate::params::Params;
use crate::policy::{Funding, Lever, Policy};
use crate::projection::{Constraint, Projection, TargetNeeds, TargetStatus, YearOutcome};
use crate::sector::{MANUFACTURING_COUNT, SECTOR_COUNT, Sector};

/// Most years a projection can hold (base year included).
pub const MAX_YEARS: usize = 64;
const M: usize = MANUFACTURING_COUNT;
const HA_TO_M2: f64 = 10_000.0;
const BN: f64 = 1e9;

/// Projects `policy` on `baseline` from the base year to the policy's horizon.
pub fn project(baseline: &Baseline, policy: &Policy) -> Projection {
    let mut projection = Projection::default();
    project_into(baseline, policy, &mut projection);
    projection
}

/// As [`project`], reusing `out`'s allocation (for sweeps and analyses).
pub fn project_into(baseline: &Baseline, policy: &Policy, out: &mut Projection) {
    let mut params = baseline.params;
    for (id, value) in &policy.assumptions {
        params.set(*id, *value);
    }
    let mut run = Run::new(baseline, &params, policy);
    out.base_year = baseline.base_year;
    let last = policy
        .horizon
        .min(baseline.base_year + MAX_YEARS as i32 - 1);
    out.years.clear();
    out.years
        .reserve((last - baseline.base_year).max(0) as usize + 1);
    out.years.push(run.base_year_outcome());
    for step in 1..=(last - baseline.base_year).max(0) as usize {
        let outcome = run.step(step);
        out.years.push(outcome);
    }
    out.target = target_status(out, policy);
    out.target_needs = target_needs(out, &params, policy);
}

/// What one lever group does, resolved from the policy once per projection.
#[derive(Clone, Copy)]
struct LeverPlan {
    lever: Option<Lever>,
    /// Money split across manufacturing sectors (sums to 1).
    shares: [f64; M],
    /// Rate applied to each sector relative to the most favoured one.
    intensities: [f64; M],
}

impl LeverPlan {
    fn new(policy: &Policy, group: LeverGroup) -> LeverPlan {
        let lever = policy.levers.get(group).copied();
        LeverPlan {
            lever,
            shares: lever.map_or([0.0; M], |l| l.weight_shares()),
            intensities: lever.map_or([0.0; M], |l| l.weight_intensities()),
        }
    }

    fn strength(&self, year: i32) -> f64 {
        self.lever.map_or(0.0, |l| l.timing.strength(year))
    }
}

/// The state carried from one year to the next.
struct Run<'a> {
    baseline: &'a Baseline,
    p: &'a Params,
    policy: &'a Policy,
    plans: [LeverPlan; 4],
    // Base-year facts.
    va0: [f64; SECTOR_COUNT],
    jobs0: [f64; M],
    worker_productivity0: [f64; M],
    manufacturing_jobs0: f64,
    services_productivity: f64,
    services_share0: [f64; SECTOR_COUNT],
    manufacturing_share0: [f64; M],
    cost_index0: f64,
    knowledge_stock0: f64,
    // Lever history: effort (strength × budget scale) per group, R&D flow per year.
    effort: [[f64; MAX_YEARS]; 4],
    rd_flow: [f64; MAX_YEARS],
    // Stocks.
    growth_factor: [f64; SECTOR_COUNT],
    productivity_factor: [f64; M],
    knowledge_added: f64,
    talent_added: f64,
    floor_released_m2: f64,
    new_capacity_hk: [f64; M],
    new_capacity_gba: [f64; M],
    outlay_to_date: f64,
    cumulative_cost: f64,
    previous_jobs: [f64; M],
    previous_new_value_added: [f64; M],
}

impl<'a> Run<'a> {
    fn new(baseline: &'a Baseline, p: &'a Params, policy: &'a Policy) -> Run<'a> {
        let va0 = Sector::ALL.map(|s| p.sector(s).value_added_hkd_bn);
        let jobs0: [f64; M] = std::array::from_fn(|i| p.sectors[i].jobs);
        let manufacturing_jobs0: f64 = jobs0.iter().sum();
        let manufacturing_va0: f64 = va0[..M].iter().sum();
        let services_va0: f64 = va0[M..].iter().sum();
        let services_jobs0: f64 = p.sectors[M..].iter().map(|s| s.jobs).sum();
        let g = &p.global;
        Run {
            baseline,
            p,
            policy,
            plans: LeverGroup::ALL.map(|group| LeverPlan::new(policy, group)),
            va0,
            jobs0,
            worker_productivity0: std::array::from_fn(|i| va0[i] * BN / jobs0[i].max(1.0)),
            manufacturing_jobs0,
            services_productivity: services_va0 * BN / services_jobs0.max(1.0),
            services_share0: std::array::from_fn(
                |i| {
                    if i < M { 0.0 } else { va0[i] / services_va0 }
                },
            ),
            manufacturing_share0: std::array::from_fn(|i| va0[i] / manufacturing_va0),
            cost_index0: cost_index(p, 0.0, 1.0),
            knowledge_stock0: g.gerd_base_hkd_bn / g.rd_depreciation,
            effort: [[0.0; MAX_YEARS]; 4],
            rd_flow: [0.0; MAX_YEARS],
            growth_factor: [1.0; SECTOR_COUNT],
            productivity_factor: [1.0; M],
            knowledge_added: 0.0,
            talent_added: 0.0,
            floor_released_m2: 0.0,
            new_capacity_hk: [0.0; M],
            new_capacity_gba: [0.0; M],
            outlay_to_date: 0.0,
            cumulative_cost: 0.0,
            previous_jobs: jobs0,
            previous_new_value_added: [0.0; M],
        }
    }

    fn value(&self, field: LeverField) -> f64 {
        self.policy.levers.value(field)
    }

    fn base_year_outcome(&self) -> YearOutcome {
        let g = &self.p.global;
        let floor_used = self.manufacturing_jobs0 * g.floor_m2_per_worker;
        let mut outcome = YearOutcome {
            year: self.baseline.base_year,
            sector_value_added_hkd_bn: self.va0,
            sector_jobs: self.jobs0,
            manufacturing_jobs: self.manufacturing_jobs0,
            labour_ceiling_jobs: self.manufacturing_jobs0,
            floor_space_ceiling_m2: floor_used + g.spare_industrial_floor_m2,
            floor_space_used_m2: floor_used,
            capacity_utilisation: 1.0,
            budget_scale: 1.0,
            cost_ratio_to_shenzhen: self.cost_index0,
            ..YearOutcome::default()
        };
        fill_aggregates(&mut outcome);
        outcome
    }

    /// Public cash outlay and tax forgone at full lever strengths `strength`.
    fn planned_outlay(&self, strength: [f64; 4]) -> f64 {
        let g = &self.p.global;
        let [land, rd, talent, zone] = strength;
        let land_plan = &self.plans[LeverGroup::Land.index()];
        let zone_plan = &self.plans[LeverGroup::Zone.index()];
        let rent_rate = self.value(LeverField::RentSubsidyPct) / 100.0;
        let tax_rate = self.value(LeverField::ProfitsTaxConcessionPp) / 100.0;
        let mut rent_subsidy = 0.0;
        let mut tax_forgone = 0.0;
        for s in 0..M {
            let floor = self.previous_jobs[s] * g.floor_m2_per_worker;
            rent_subsidy += rent_rate * land_plan.intensities[s] * g.rent_hkd_per_m2_year * floor;
            tax_forgone += tax_rate
                * zone_plan.intensities[s]
                * g.profit_share_of_value_added
                * self.previous_new_value_added[s];
        }
        let land_cost = rent_subsidy / BN
            + self.value(LeverField::LandReleaseHaPerYear) * g.land_servicing_cost_hkd_bn_per_ha;
        let rd_cost = self.value(LeverField::GrantsHkdBnPerYear);
        let talent_cost = (self.value(LeverField::AdmissionsPerYear) * g.admission_cost_hkd
            + self.value(LeverField::TrainingPlacesPerYear) * g.training_cost_hkd)
            / BN;
        let zone_cost = self.value(LeverField::CoinvestmentHkdBnPerYear) + tax_forgone;
        land * land_cost + rd * rd_cost + talent * talent_cost + zone * zone_cost
    }

    /// Extra R&D done in a year with R&D effort `effort`: additionality with
    /// diminishing returns, a·R / (1 + R/E0).
    fn rd_flow_at(&self, effort: f64) -> f64 {
        let g = &self.p.global;
        let funded = self.value(LeverField::GrantsHkdBnPerYear)
            * (1.0 + self.value(LeverField::CofundingRatio))
            * effort;
        g.rd_additionality * funded / (1.0 + funded / g.rd_saturation_hkd_bn)
    }

    /// Effort of `group` in step `step`, spread over its lag kernel.
    fn lagged(&self, group: LeverGroup, history: &[f64; MAX_YEARS], step: usize) -> f64 {
        self.baseline
            .lag(group)
            .weights
            .iter()
            .take(step + 1)
            .enumerate()
            .map(|(k, w)| w * history[step - k])
            .sum()
    }

    /// One year: spend, let lagged effects accumulate, run the plants, apply the
    /// ceilings, count jobs, pay, and update the rest of the economy.
    fn step(&mut self, step: usize) -> YearOutcome {
        let year = self.baseline.base_year + step as i32;
        let (outlay, budget_scale) = self.spend(step, year);
        let effects = self.accumulate(step);
        let plants = self.run_plants(year, &effects);
        let mut outcome = self.apply_ceilings(step, &plants, effects.tfp);
        outcome.year = year;
        outcome.budget_scale = budget_scale;
        let displaced_jobs = self.count_jobs(&mut outcome, plants.trend_jobs.iter().sum());
        self.pay(&mut outcome, outlay);
        self.update_rest_of_economy(&mut outcome, displaced_jobs);
        fill_aggregates(&mut outcome);
        outcome
    }

    /// Budget: every lever scaled pro rata when the planned cost exceeds the cap.
    /// Records this year's effort per group; returns the outlay and the scale.
    fn spend(&mut self, step: usize, year: i32) -> (f64, f64) {
        let strength = self.plans.map(|plan| plan.strength(year));
        let planned = self.planned_outlay(strength);
        let budget_scale = match self.policy.budget.cap_hkd_bn_per_year {
            Some(cap) if planned > cap => cap / planned,
            _ => 1.0,
        };
        for group in LeverGroup::ALL {
            self.effort[group.index()][step] = strength[group.index()] * budget_scale;
        }
        self.rd_flow[step] = self.rd_flow_at(self.effort[LeverGroup::Rd.index()][step]);
        (planned * budget_scale, budget_scale)
    }

    /// Lagged effects of each lever, and the stocks they build: knowledge,
    /// skilled workforce, serviced floor space.
    fn accumulate(&mut self, step: usize) -> Effects {
        let g = &self.p.global;
        let land = self.lagged(LeverGroup::Land, &self.effort[0], step);
        let talent = self.lagged(LeverGroup::Talent, &self.effort[2], step);
        let zone = self.lagged(LeverGroup::Zone, &self.effort[3], step);
        let rd = self.lagged(LeverGroup::Rd, &self.rd_flow, step);

        // Knowledge stock (perpetual inventory) and the productivity it brings.
        self.knowledge_added = (1.0 - g.rd_depreciation) * self.knowledge_added + rd;
        let tfp = if self.knowledge_added > 0.0 {
            (1.0 + self.knowledge_added / self.knowledge_stock0).powf(g.rd_output_elasticity)
        } else {
            1.0
        };

        // Skilled workforce added by talent schemes, with attrition.
        let talent_inflow = (self.value(LeverField::AdmissionsPerYear)
            * g.admissions_manufacturing_share
            + self.value(LeverField::TrainingPlacesPerYear) * g.training_to_manufacturing_share)
            * talent;
        self.talent_added = (1.0 - g.talent_attrition) * self.talent_added + talent_inflow;

        // Serviced industrial land turns into floor space.
        self.floor_released_m2 +=
            self.value(LeverField::LandReleaseHaPerYear) * HA_TO_M2 * g.plot_ratio * land;
        Effects {
            land,
            zone,
            rd,
            tfp,
        }
    }

    /// Existing plants (trend lifted by competitiveness and knowledge) and new
    /// production capacity from this year's investment, split between Hong Kong
    /// and Guangdong ("10-100" scale-up).
    fn run_plants(&mut self, year: i32, effects: &Effects) -> Plants {
        let p = self.p;
        let g = &p.global;
        let land_plan = self.plans[LeverGroup::Land.index()];
        let talent_plan = self.plans[LeverGroup::Talent.index()];
        let zone_plan = self.plans[LeverGroup::Zone.index()];
        let rd_plan = self.plans[LeverGroup::Rd.index()];
        let gba_share = self.value(LeverField::ScaleupInGbaShare) * zone_plan.strength(year);
        let scaleup_multiplier = 1.0 + g.gba_scaleup_boost * gba_share;
        let hk_part = (1.0 - g.scaleup_stage_share)
            + g.scaleup_stage_share * scaleup_multiplier * (1.0 - gba_share);
        let gba_part = g.scaleup_stage_share * scaleup_multiplier * gba_share;
        // Co-investment meets a limited pipeline of investable projects:
        // diminishing returns Z / (1 + Z / Z_sat), before private leverage.
        let coinvestment = self.value(LeverField::CoinvestmentHkdBnPerYear) * effects.zone;
        let zone_money = (1.0 + g.zone_private_leverage) * coinvestment
            / (1.0 + coinvestment / g.coinvestment_saturation_hkd_bn);
        let research_money = g.rd_commercialisation_rate * effects.rd;

        let mut plants = Plants::default();
        // Sectors a lever treats alike share their cost factors (most packages
        // weight sectors equally): computed once, not five times.
        let mut memo_cost_key = (f64::NAN, f64::NAN);
        let mut memo_cost = (1.0, self.cost_index0);
        let mut memo_tax_key = f64::NAN;
        let mut memo_tax = 1.0;
        for s in 0..M {
            let sector = &p.sectors[s];
            self.growth_factor[s] *= 1.0 + sector.growth;
            self.productivity_factor[s] *= 1.0 + sector.productivity_growth;

            let cost_key = (land_plan.intensities[s], talent_plan.intensities[s]);
            if cost_key != memo_cost_key {
                memo_cost_key = cost_key;
                memo_cost = self.competitiveness(cost_key.0, cost_key.1, effects.land);
            }
            if zone_plan.intensities[s] != memo_tax_key {
                memo_tax_key = zone_plan.intensities[s];
                memo_tax = self.tax_attraction(memo_tax_key, effects.zone);
            }
            let (competitiveness, cost) = memo_cost;
            let attraction = competitiveness * memo_tax;
            plants.cost_ratio += cost * self.manufacturing_share0[s];

            // New production investment arriving this year.
            let investment = attraction
                * (zone_money * zone_plan.shares[s] + research_money * rd_plan.shares[s])
                + g.private_investment_base_hkd_bn
                    * self.manufacturing_share0[s]
                    * (attraction - 1.0);
            let keep = 1.0 - g.new_capacity_depreciation;
            self.new_capacity_hk[s] =
                keep * self.new_capacity_hk[s] + g.capital_productivity * investment * hk_part;
            self.new_capacity_gba[s] =
                keep * self.new_capacity_gba[s] + g.capital_productivity * investment * gba_part;

            // Existing plants: the baseline trend (which has its workers and floor),
            // lifted by knowledge; growth from better competitiveness needs room.
            let trend_value_added = self.va0[s] * self.growth_factor[s];
            let productivity = self.worker_productivity0[s] * self.productivity_factor[s];
            plants.trend_value_added[s] = trend_value_added * effects.tfp;
            plants.trend_jobs[s] = trend_value_added * BN / productivity;
            plants.extra_value_added[s] = trend_value_added * (competitiveness - 1.0) * effects.tfp;
            plants.extra_jobs[s] = trend_value_added * (competitiveness - 1.0) * BN / productivity;
            let new_productivity = productivity * g.advanced_productivity_multiple;
            plants.new_jobs_potential[s] = self.new_capacity_hk[s] * BN / new_productivity;
            plants.hq_jobs[s] = g.gba_hq_share * self.new_capacity_gba[s] * BN / new_productivity;
        }
        plants
    }

    /// Capacity ceilings: growth (new plants, and existing plants' growth beyond
    /// trend) gets the workers and floor space left after the trend and
    /// headquarters; what cannot be staffed or housed idles.
    fn apply_ceilings(&mut self, step: usize, plants: &Plants, tfp: f64) -> YearOutcome {
        let g = &self.p.global;
        let labour_ceiling = self.manufacturing_jobs0
            + g.local_hiring_capacity_per_year * step as f64
            + self.talent_added;
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
        let binding_constraint = if utilisation >= 1.0 {
            Constraint::None
        } else if labour_room <= land_room {
            Constraint::Labour
        } else {
            Constraint::Land
        };

        let mut outcome = YearOutcome {
            labour_ceiling_jobs: labour_ceiling,
            floor_space_ceiling_m2: floor_ceiling,
            capacity_utilisation: utilisation,
            binding_constraint,
            knowledge_stock_added_hkd_bn: self.knowledge_added,
            cost_ratio_to_shenzhen: plants.cost_ratio,
            new_capacity_hkd_bn: self.new_capacity_hk.iter().sum::<f64>() * tfp,
            ..YearOutcome::default()
        };
        for s in 0..M {
            let new_value_added = (utilisation * self.new_capacity_hk[s]
                + g.gba_hq_share * self.new_capacity_gba[s])
                * tfp;
            outcome.sector_value_added_hkd_bn[s] = plants.trend_value_added[s]
                + utilisation * plants.extra_value_added[s]
                + new_value_added;
            outcome.sector_jobs[s] = plants.trend_jobs[s]
                + utilisation * (plants.extra_jobs[s] + plants.new_jobs_potential[s])
                + plants.hq_jobs[s];
            outcome.gba_value_added_hkd_bn +=
                (1.0 - g.gba_hq_share) * self.new_capacity_gba[s] * tfp;
            self.previous_new_value_added[s] = new_value_added;
        }
        self.previous_jobs = outcome.sector_jobs;
        outcome.manufacturing_jobs = outcome.sector_jobs.iter().sum();
        outcome.floor_space_used_m2 =
            (trend_jobs + utilisation * growth_jobs) * g.floor_m2_per_worker;
        outcome
    }

    /// Jobs: direct above the status quo, induced, and net of displacement.
    /// Returns the displaced jobs.
    fn count_jobs(&self, outcome: &mut YearOutcome, status_quo_jobs: f64) -> f64 {
        let g = &self.p.global;
        outcome.direct_jobs_added = (outcome.manufacturing_jobs - status_quo_jobs).max(0.0);
        outcome.induced_jobs = g.induced_jobs_multiplier * outcome.direct_jobs_added;
        outcome.gross_jobs_added = outcome.direct_jobs_added + outcome.induced_jobs;
        let displaced_jobs = g.displacement_share * outcome.gross_jobs_added;
        outcome.net_jobs_added = outcome.gross_jobs_added - displaced_jobs;
        displaced_jobs
    }

    /// Public purse: outlays, then the cost of financing what was spent so far,
    /// and the crowding-out of the funding source.
    fn pay(&mut self, outcome: &mut YearOutcome, outlay: f64) {
        let g = &self.p.global;
        let (financing_rate, crowding_rate) = match self.policy.budget.funding {
            Funding::Reserves => (g.reserves_return, g.crowding_out_reserves),
            Funding::Borrowing => (g.borrowing_rate, g.crowding_out_borrowing),
            Funding::Reallocation => (0.0, g.crowding_out_reallocation),
        };
        let fiscal_cost = outlay + financing_rate * self.outlay_to_date;
        self.outlay_to_date += outlay;
        self.cumulative_cost += fiscal_cost;
        outcome.fiscal_cost_hkd_bn = fiscal_cost;
        outcome.cumulative_fiscal_cost_hkd_bn = self.cumulative_cost;
        outcome.cost_per_net_job_hkd = (outcome.net_jobs_added >= 1.0)
            .then(|| self.cumulative_cost * BN / outcome.net_jobs_added);
        outcome.crowding_out_hkd_bn = crowding_rate * fiscal_cost;
    }

    /// Rest of the economy: trend, plus induced less displaced work, less
    /// crowding-out, shared by base-year size.
    fn update_rest_of_economy(&mut self, outcome: &mut YearOutcome, displaced_jobs: f64) {
        let services_change = (outcome.induced_jobs - displaced_jobs) * self.services_productivity
            / BN
            - outcome.crowding_out_hkd_bn;
        for s in M..SECTOR_COUNT {
            self.growth_factor[s] *= 1.0 + self.p.sectors[s].growth;
            outcome.sector_value_added_hkd_bn[s] =
                self.va0[s] * self.growth_factor[s] + self.services_share0[s] * services_change;
        }
    }
}

/// Lagged lever effects in one year (effort-weighted, 0 before a lever acts).
struct Effects {
    land: f64,
    zone: f64,
    /// Extra R&D reaching the knowledge stock this year, HK$ bn.
    rd: f64,
    /// Productivity multiplier from the added knowledge stock.
    tfp: f64,
}

/// Manufacturing plants in one year, before the ceilings.
#[derive(Default)]
struct Plants {
    /// Existing plants on their baseline trend (the status quo), lifted by knowledge.
    trend_value_added: [f64; M],
    trend_jobs: [f64; M],
    /// Existing plants' growth beyond trend from better competitiveness.
    extra_value_added: [f64; M],
    extra_jobs: [f64; M],
    /// Workers new Hong Kong plants would need, and headquarters of GBA plants.
    new_jobs_potential: [f64; M],
    hq_jobs: [f64; M],
    cost_ratio: f64,
}

impl Run<'_> {
    /// Competitiveness Q = (C0 / C)^σ against Shenzhen and the cost index C, for a
    /// sector the land and talent levers reach with these intensities.
    fn competitiveness(
        &self,
        land_intensity: f64,
        talent_intensity: f64,
        land_effect: f64,
    ) -> (f64, f64) {
        let g = &self.p.global;
        let rent_relief =
            self.value(LeverField::RentSubsidyPct) / 100.0 * land_intensity * land_effect;
        let wage_factor = if self.talent_added > 0.0 && talent_intensity > 0.0 {
            (1.0 + self.talent_added / g.skilled_manufacturing_workers_base * talent_intensity)
                .powf(-g.skilled_wage_elasticity)
        } else {
            1.0
        };
        let cost = cost_index(self.p, rent_relief, wage_factor);
        let competitiveness = if cost < self.cost_index0 {
            (self.cost_index0 / cost).powf(g.cost_elasticity)
        } else {
            1.0
        };
        (competitiveness, cost)
    }

    /// Investment attraction of the profits-tax concession, e^(ε·pp), for a sector
    /// the zone lever reaches with `zone_intensity`.
    fn tax_attraction(&self, zone_intensity: f64, zone_effect: f64) -> f64 {
        let concession_pp =
            self.value(LeverField::ProfitsTaxConcessionPp) * zone_intensity * zone_effect;
        if concession_pp > 0.0 {
            (self.p.global.tax_semi_elasticity * concession_pp).exp()
        } else {
            1.0
        }
    }
}

/// Manufacturing cost in Hong Kong relative to Shenzhen (Shenzhen = 1):
/// land share × rent ratio × (1 − subsidy) + labour share × wage ratio × wage
/// factor + the rest, traded at the same price on both sides.
fn cost_index(p: &Params, rent_relief: f64, wage_factor: f64) -> f64 {
    let g = &p.global;
    g.land_cost_share * g.land_cost_ratio_hk_sz * (1.0 - rent_relief)
        + g.labour_cost_share * g.wage_ratio_hk_sz * wage_factor
        + (1.0 - g.land_cost_share - g.labour_cost_share)
}

/// GDP, manufacturing share and diversification from the sector values.
fn fill_aggregates(outcome: &mut YearOutcome) {
    let values = &outcome.sector_value_added_hkd_bn;
    outcome.gdp_hkd_bn = values.iter().sum();
    outcome.manufacturing_value_added_hkd_bn = values[..M].iter().sum();
    outcome.manufacturing_share_pct =
        100.0 * outcome.manufacturing_value_added_hkd_bn / outcome.gdp_hkd_bn;
    outcome.hhi = hhi(values);
    outcome.effective_sectors = 10_000.0 / outcome.hhi;
}

fn target_status(projection: &Projection, policy: &Policy) -> TargetStatus {
    let target = policy.target;
    let projected_share_pct = projection
        .year(target.year)
        .map_or(f64::NAN, |y| y.manufacturing_share_pct);
    let first_year_met = projection
        .years
        .iter()
        .skip(1)
        .find(|y| y.manufacturing_share_pct >= target.share_pct)
        .map(|y| y.year);
    TargetStatus {
        share_pct: target.share_pct,
        year: target.year,
        projected_share_pct,
        met: projected_share_pct >= target.share_pct,
        first_year_met,
        gap_pp: target.share_pct - projected_share_pct,
    }
}

fn target_needs(projection: &Projection, p: &Params, policy: &Policy) -> TargetNeeds {
    let (Some(base), Some(year)) = (
        projection.years.first(),
        projection.year(policy.target.year),
    ) else {
        return TargetNeeds::default();
    };
    let value_added_hkd_bn = policy.target.share_pct / 100.0 * year.gdp_hkd_bn;
    let productivity = |y: &YearOutcome| y.manufacturing_value_added_hkd_bn / y.manufacturing_jobs;
    let jobs_at_projected_productivity = value_added_hkd_bn / productivity(year);
    let floor_space_m2 = jobs_at_projected_productivity * p.global.floor_m2_per_worker;
    TargetNeeds {
        value_added_hkd_bn,
        jobs_at_projected_productivity,
        jobs_at_base_productivity: value_added_hkd_bn / productivity(base),
        floor_space_m2,
        additional_land_ha: ((floor_space_m2 - year.floor_space_ceiling_m2)
            / (p.global.plot_ratio * HA_TO_M2))
            .max(0.0),
    }
}
