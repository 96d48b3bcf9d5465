//! The projection: policy in, year-by-year economy out. Pure and deterministic:
//! the same baseline and policy give the same numbers, bit for bit.
//!
//! The equations are explained in `docs/MODEL.md`; the comments below name them.
//! A year runs in this order: spend (take-up, budget cap), accumulate the lagged
//! effects (land, knowledge, talent), run the plants, apply the ceilings, clear
//! the labour market, pay, update the rest of the economy, convert to prices.

mod delivered;
mod labour;
mod last_call;
mod plan;
pub use plan::{StackedRate, stacked_rates};
mod plants;
mod sites;
mod spending;

use crate::baseline::{Baseline, LagKernel, MAX_LAG_YEARS};
use crate::diversification::hhi;
use crate::lever::LeverGroup;
use crate::params::Params;
use crate::policy::{Funding, Policy, Target};
use crate::projection::{Projection, TargetNeeds, TargetStatus, YearOutcome};
use crate::sector::{MANUFACTURING_COUNT, SECTOR_COUNT, Sector};
use delivered::{Delivered, Kernel};
use last_call::{LAND_RENT, LastCall, LastCall2, RELATIVE_PRICE, SITES, TFP};
use plan::Plan;

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

/// The last year an analysis that reads only the target year needs projected:
/// the target year, kept within the policy's years. The projection runs
/// forward in time, so the years up to it come out bit for bit as in the
/// full projection, and the years after it need not be computed.
pub fn horizon_for_target(baseline: &Baseline, policy: &Policy) -> i32 {
    policy
        .target
        .year
        .max(baseline.first_policy_year())
        .min(policy.horizon)
}

/// As [`project`], reusing `out`'s allocation (for sweeps and analyses).
pub fn project_into(baseline: &Baseline, policy: &Policy, out: &mut Projection) {
    Projector::default().project_into(baseline, policy, out);
}

/// What many projections in a row can share: the buffers a projection works
/// in, the package's measures resolved by kind and year (a kind is resolved
/// again only when its measures changed) and the stretched lag kernels. A
/// sweep or a Monte Carlo run keeps one per thread; every projection gives bit
/// for bit what [`project`] gives.
#[derive(Clone, Debug, Default)]
pub struct Projector {
    plan: Plan,
    delivered: Vec<Delivered>,
    kernels: Option<Kernels>,
    /// Costly calls remembered by year and site, from one projection to the next.
    recalled: Vec<[LastCall2; SITES]>,
}

/// The four lag kernels stretched for one projection, with what they were
/// stretched from.
#[derive(Clone, Debug)]
struct Kernels {
    /// `lag_stretch`, as bits.
    stretch: u64,
    /// The baseline's weights as bits, by [`LeverGroup::index`] (kernels longer
    /// than [`MAX_LAG_YEARS`] are never kept: `None`).
    weights: Option<[([u64; MAX_LAG_YEARS], usize); 4]>,
    /// The stretched kernels, by [`LeverGroup::index`].
    stretched: [Kernel; 4],
}

/// A lag kernel's weights as bits, when it has at most [`MAX_LAG_YEARS`].
fn weight_bits(lag: &LagKernel) -> Option<([u64; MAX_LAG_YEARS], usize)> {
    let mut bits = [0; MAX_LAG_YEARS];
    if lag.weights.len() > MAX_LAG_YEARS {
        return None;
    }
    for (slot, weight) in bits.iter_mut().zip(&lag.weights) {
        *slot = weight.to_bits();
    }
    Some((bits, lag.weights.len()))
}

impl Kernels {
    fn of(baseline: &Baseline, stretch: f64) -> Kernels {
        let bits = LeverGroup::ALL.map(|g| weight_bits(baseline.lag(g)));
        Kernels {
            stretch: stretch.to_bits(),
            weights: bits
                .iter()
                .all(Option::is_some)
                .then(|| bits.map(|b| b.unwrap_or(([0; MAX_LAG_YEARS], 0)))),
            stretched: LeverGroup::ALL.map(|g| Kernel::new(baseline.lag(g), stretch)),
        }
    }

    /// Whether these are `baseline`'s kernels stretched by `stretch`.
    fn hold(&self, baseline: &Baseline, stretch: f64) -> bool {
        // Compared in place, without building each kernel's bits: every
        // projection of a sweep or a Monte Carlo run asks.
        self.stretch == stretch.to_bits()
            && self.weights.as_ref().is_some_and(|weights| {
                LeverGroup::ALL.iter().all(|g| {
                    let (bits, len) = &weights[g.index()];
                    let lag = &baseline.lag(*g).weights;
                    lag.len() == *len && lag.iter().zip(bits).all(|(w, b)| w.to_bits() == *b)
                })
            })
    }
}

impl Projector {
    /// Projects `policy` on `baseline` into `out` (see [`project`]).
    pub fn project_into(&mut self, baseline: &Baseline, policy: &Policy, out: &mut Projection) {
        // The baseline's own parameters, not a copy, unless the package
        // overrides some.
        let overridden;
        let params = if policy.assumptions.is_empty() {
            &baseline.params
        } else {
            overridden = baseline.params_for(policy);
            &overridden
        };
        let stretch = params.global.lag_stretch;
        if !self
            .kernels
            .as_ref()
            .is_some_and(|k| k.hold(baseline, stretch))
        {
            self.kernels = Some(Kernels::of(baseline, stretch));
        }
        let Some(kernels) = &self.kernels else {
            return;
        };
        let years =
            (policy.horizon - baseline.base_year).clamp(0, MAX_YEARS as i32 - 1) as usize + 1;
        self.plan.resolve(policy, params, baseline.base_year, years);
        self.delivered.clear();
        self.delivered.reserve(years);
        self.delivered.push(Delivered::default());
        if self.recalled.len() < years {
            self.recalled.resize(years, [LastCall2::default(); SITES]);
        }
        let mut run = Run::new(
            baseline,
            params,
            policy,
            Shared {
                plan: &self.plan,
                kernels: &kernels.stretched,
                delivered: &mut self.delivered,
                recalled: &mut self.recalled,
            },
        );
        out.base_year = baseline.base_year;
        let last = policy
            .horizon
            .min(baseline.base_year + MAX_YEARS as i32 - 1);
        out.years.clear();
        out.years
            .reserve((last - baseline.base_year).max(0) as usize + 1);
        out.years.push(run.base_year_outcome());
        for step in 1..=(last - baseline.base_year).max(0) as usize {
            // Each year is written where it stays (a year outcome is some
            // 600 bytes: moving it costs more than filling it).
            out.years.push(YearOutcome::default());
            if let Some(outcome) = out.years.last_mut() {
                run.step(step, outcome);
            }
        }
        out.target = target_status(out, policy);
        out.target_needs = target_needs(out, params, policy);
    }
}

/// The state carried from one year to the next.
struct Run<'a> {
    baseline: &'a Baseline,
    p: &'a Params,
    policy: &'a Policy,
    plan: &'a Plan,
    /// Lag kernels by [`LeverGroup::index`], stretched by `lag_stretch`.
    kernels: &'a [Kernel; 4],
    // Base-year facts.
    va0: [f64; SECTOR_COUNT],
    worker_productivity0: [f64; M],
    manufacturing_jobs0: f64,
    services_va0: f64,
    services_share0: [f64; SECTOR_COUNT],
    manufacturing_share0: [f64; M],
    cost_index0: f64,
    knowledge_stock0: f64,
    /// What the cost index and the location choice read of the parameters.
    costs: plants::CostTerms,
    /// Private investment each sector draws without any package, HK$ bn
    /// (the base × the sector's share of manufacturing).
    base_investment: [f64; M],
    /// How new demand for local workers is met (shares of it).
    labour_supply: labour::LabourSupplyShares,
    /// What the package delivered each year, by step (the base year delivers
    /// nothing); the lagged channels read this history.
    delivered: &'a mut Vec<Delivered>,
    /// Costly calls remembered by step and site (see [`LastCall2`]).
    recalled: &'a mut [[LastCall2; SITES]],
    // Stocks.
    growth_factor: [f64; SECTOR_COUNT],
    productivity_factor: [f64; M],
    adjustment: [f64; M],
    knowledge_added: f64,
    talent_in_hong_kong: f64,
    talent_in_manufacturing: f64,
    /// Locals trained by the package and still in the labour force.
    trained_in_labour_force: f64,
    floor_released_m2: f64,
    /// Released floor space on the market for each sector (by the land's
    /// sector weights), m²: what sites taken up by plants that need them
    /// leave for the rest of the market.
    floor_on_market_by_sector_m2: [f64; M],
    /// Serviced land ready for plants and not yet taken up, by the sectors it
    /// is zoned for, ha.
    sites_vacant_ha: [f64; M],
    /// Serviced land taken up so far by plants that need a site, ha.
    sites_taken_up_ha: f64,
    /// Fall in the industrial rent each sector pays because released land added
    /// floor space to its market (fraction of the base rent).
    land_rent_relief: [f64; M],
    land_released_ha: f64,
    new_capacity_hk: [f64; M],
    new_capacity_gba: [f64; M],
    /// Capacity of every plant built in Hong Kong since the base year, whether
    /// the package brought it or not (what a new-plants-only measure pays on),
    /// HK$ bn of value added a year, and its jobs and value added last year.
    new_plant_capacity: [f64; M],
    new_plant_jobs: [f64; M],
    new_plant_value_added: [f64; M],
    outlay_to_date: f64,
    cumulative_cost: f64,
    previous_jobs: [f64; M],
    previous_value_added: [f64; M],
    // Costly powers whose arguments repeat from sector to sector and year to year.
    grant_demand: LastCall,
    coinvestment_demand: LastCall,
    competitiveness: LastCall,
    location_attraction: LastCall,
}

/// What a run borrows from its [`Projector`]: the resolved plan, the
/// stretched kernels, the history of deliveries (holding the base year's,
/// nothing, already) and the calls remembered by year.
struct Shared<'a> {
    plan: &'a Plan,
    kernels: &'a [Kernel; 4],
    delivered: &'a mut Vec<Delivered>,
    recalled: &'a mut [[LastCall2; SITES]],
}

/// Lagged lever effects in one year (0 before a lever acts).
struct Effects {
    /// Profits-tax concession reaching each sector, pp.
    tax_rate: [f64; M],
    /// The part of it paid to new plants only, pp.
    new_plant_tax_rate: [f64; M],
    /// Co-investment placed, as it reaches projects, HK$ bn per sector.
    coinvestment: [f64; M],
    /// Extra R&D reaching the knowledge stock this year, HK$ bn per sector.
    rd: [f64; M],
    /// Productivity multiplier from the added knowledge stock.
    tfp: f64,
    /// Serviced land taken up this year by plants that need a site, ha per sector.
    sites_taken_ha: [f64; M],
}

impl<'a> Run<'a> {
    fn new(
        baseline: &'a Baseline,
        p: &'a Params,
        policy: &'a Policy,
        Shared {
            plan,
            kernels,
            delivered,
            recalled,
        }: Shared<'a>,
    ) -> Run<'a> {
        let va0 = Sector::ALL.map(|s| p.sector(s).value_added_hkd_bn);
        let jobs0: [f64; M] = std::array::from_fn(|i| p.sectors[i].jobs);
        let manufacturing_va0: f64 = va0[..M].iter().sum();
        let services_va0: f64 = va0[M..].iter().sum();
        let manufacturing_share0: [f64; M] = std::array::from_fn(|i| va0[i] / manufacturing_va0);
        let costs = plants::CostTerms::of(p);
        Run {
            baseline,
            p,
            policy,
            plan,
            kernels,
            va0,
            worker_productivity0: std::array::from_fn(|i| va0[i] * BN / jobs0[i].max(1.0)),
            manufacturing_jobs0: jobs0.iter().sum(),
            services_va0,
            services_share0: std::array::from_fn(
                |i| {
                    if i < M { 0.0 } else { va0[i] / services_va0 }
                },
            ),
            manufacturing_share0,
            cost_index0: costs.at_wage(1.0).cost_index(0.0),
            knowledge_stock0: p.global.gerd_base_hkd_bn / p.global.rd_depreciation,
            costs,
            base_investment: std::array::from_fn(|i| {
                p.global.private_investment_base_hkd_bn * manufacturing_share0[i]
            }),
            labour_supply: labour::LabourSupplyShares::of(&p.global),
            delivered,
            recalled,
            growth_factor: [1.0; SECTOR_COUNT],
            productivity_factor: [1.0; M],
            adjustment: [0.0; M],
            knowledge_added: 0.0,
            talent_in_hong_kong: 0.0,
            talent_in_manufacturing: 0.0,
            trained_in_labour_force: 0.0,
            floor_released_m2: 0.0,
            floor_on_market_by_sector_m2: [0.0; M],
            sites_vacant_ha: [0.0; M],
            sites_taken_up_ha: 0.0,
            land_rent_relief: [0.0; M],
            land_released_ha: 0.0,
            new_capacity_hk: [0.0; M],
            new_capacity_gba: [0.0; M],
            new_plant_capacity: [0.0; M],
            new_plant_jobs: [0.0; M],
            new_plant_value_added: [0.0; M],
            outlay_to_date: 0.0,
            cumulative_cost: 0.0,
            previous_jobs: jobs0,
            previous_value_added: std::array::from_fn(|i| va0[i]),
            grant_demand: LastCall::default(),
            coinvestment_demand: LastCall::default(),
            competitiveness: LastCall::default(),
            location_attraction: LastCall::default(),
        }
    }

    fn base_year_outcome(&self) -> YearOutcome {
        let g = &self.p.global;
        let floor_used = self.manufacturing_jobs0 * g.floor_m2_per_worker;
        let mut outcome = YearOutcome {
            year: self.baseline.base_year,
            sector_value_added_hkd_bn: self.va0,
            sector_jobs: std::array::from_fn(|i| self.p.sectors[i].jobs),
            manufacturing_jobs: self.manufacturing_jobs0,
            labour_ceiling_jobs: self.manufacturing_jobs0,
            floor_space_ceiling_m2: floor_used + g.spare_industrial_floor_m2,
            floor_space_used_m2: floor_used,
            capacity_utilisation: 1.0,
            budget_scale: 1.0,
            coinvestment_take_up: 1.0,
            rd_grant_take_up: 1.0,
            labour_force: g.labour_force_base,
            unemployment_rate_pct: 100.0 * g.unemployment_rate_base,
            cost_ratio_to_shenzhen: self.cost_index0,
            ..YearOutcome::default()
        };
        fill_aggregates(&mut outcome, 1.0);
        outcome
    }

    fn kernel(&self, group: LeverGroup) -> &Kernel {
        &self.kernels[group.index()]
    }

    /// One year, in the order the module documentation gives.
    /// `outcome` comes in as [`YearOutcome::default`].
    fn step(&mut self, step: usize, outcome: &mut YearOutcome) {
        let year = self.baseline.base_year + step as i32;
        let spending = self.spend(step);
        let effects = self.accumulate(step);
        let plants = self.run_plants(step, &effects);
        self.apply_ceilings(step, &plants, effects.tfp, outcome);
        outcome.year = year;
        outcome.budget_scale = spending.budget_scale;
        outcome.coinvestment_take_up = spending.coinvestment_take_up;
        outcome.rd_grant_take_up = spending.rd_grant_take_up;
        let labour = self.clear_labour_market(step, outcome, plants.trend_jobs.iter().sum());
        self.update_rest_of_economy(outcome, &labour);
        outcome.outlay_by_kind_hkd_bn = spending.by_kind;
        outcome.tax_forgone_hkd_bn =
            spending.by_kind[crate::measure::MeasureKind::ProfitsTaxConcession.index()];
        outcome.cash_outlay_hkd_bn = spending.outlay - outcome.tax_forgone_hkd_bn;
        self.pay(outcome, spending.outlay);
        let relative_price = self.recalled[step][RELATIVE_PRICE].get(
            1.0 + self.p.global.manufacturing_relative_price_change,
            step as f64,
            |base, _| base.powi(step as i32),
        );
        fill_aggregates(outcome, relative_price);
    }

    /// Lagged effects of each lever, and the stocks they build: knowledge,
    /// talent, serviced floor space.
    fn accumulate(&mut self, step: usize) -> Effects {
        let g = &self.p.global;
        let history = &self.delivered;
        let rd = self.kernel(LeverGroup::Rd).lagged(history, step, |d| d.rd);
        self.knowledge_added =
            (1.0 - g.rd_depreciation) * self.knowledge_added + rd.iter().sum::<f64>();
        let tfp = if self.knowledge_added > 0.0 {
            self.recalled[step][TFP].get(
                1.0 + self.knowledge_added / self.knowledge_stock0,
                g.rd_output_elasticity,
                f64::powf,
            )
        } else {
            1.0
        };

        // Admitted talent joins the whole labour force; a share of it, and of
        // the trained, works in manufacturing. Both leave at the attrition rate.
        let [admitted, trained] = self
            .kernel(LeverGroup::Talent)
            .lagged(history, step, |d| [d.admitted, d.trained]);
        let keep = 1.0 - g.talent_attrition;
        self.talent_in_hong_kong = keep * self.talent_in_hong_kong + admitted;
        self.talent_in_manufacturing = keep * self.talent_in_manufacturing
            + admitted * g.admissions_manufacturing_share
            + trained * g.training_to_manufacturing_share;

        self.trained_in_labour_force = keep * self.trained_in_labour_force + trained;

        // Land released turns into floor space after site formation and building,
        // and more floor space lowers the rent of the market it joins.
        let [land_ha, land_by_sector @ ..] =
            self.kernel(LeverGroup::Land)
                .lagged(history, step, |d| -> [f64; M + 1] {
                    let mut year = [d.land_ha; M + 1];
                    year[1..].copy_from_slice(&d.land_ha_by_sector);
                    year
                });
        self.floor_released_m2 += land_ha * HA_TO_M2 * g.plot_ratio;
        for (floor, ha) in self
            .floor_on_market_by_sector_m2
            .iter_mut()
            .zip(land_by_sector)
        {
            *floor += ha * HA_TO_M2 * g.plot_ratio;
        }
        // Plants that cannot use flatted factories take up the sites they
        // need; the floor built on them leaves the market whose rent falls.
        // (Nothing to take before any land is released.)
        let mut sites_taken_ha = [0.0; M];
        if self.land_released_ha > 0.0 {
            sites_taken_ha = sites::take_up(
                &mut self.sites_vacant_ha,
                land_by_sector,
                g.unmet_site_demand_ha_per_year,
            );
            for (floor, ha) in self
                .floor_on_market_by_sector_m2
                .iter_mut()
                .zip(sites_taken_ha)
            {
                *floor -= ha * HA_TO_M2 * g.plot_ratio;
            }
            self.sites_taken_up_ha += sites_taken_ha.iter().sum::<f64>();
        }
        self.land_rent_relief = land_rent_relief(
            &self.floor_on_market_by_sector_m2,
            g.industrial_floor_stock_m2,
            g.industrial_rent_stock_elasticity,
            &mut self.recalled[step][LAND_RENT],
        );
        let zone_kernel = self.kernel(LeverGroup::Zone);
        // The new-plants-only rate is lagged only when a measure pays it (it
        // is zero otherwise): most packages spare the third sum.
        let (tax_rate, coinvestment, new_plant_tax_rate) = if self
            .plan
            .pays_new_plants(crate::measure::MeasureKind::ProfitsTaxConcession)
        {
            let zone = zone_kernel.lagged(history, step, |d| -> [f64; 3 * M] {
                let mut year = [0.0; 3 * M];
                year[..M].copy_from_slice(&d.tax_rate);
                year[M..2 * M].copy_from_slice(&d.coinvestment);
                year[2 * M..].copy_from_slice(&d.new_plant_tax_rate);
                year
            });
            (
                by_sector(|s| zone[s]),
                by_sector(|s| zone[M + s]),
                by_sector(|s| zone[2 * M + s]),
            )
        } else {
            let zone = zone_kernel.lagged(history, step, |d| -> [f64; 2 * M] {
                let mut year = [0.0; 2 * M];
                year[..M].copy_from_slice(&d.tax_rate);
                year[M..].copy_from_slice(&d.coinvestment);
                year
            });
            (by_sector(|s| zone[s]), by_sector(|s| zone[M + s]), [0.0; M])
        };
        Effects {
            tax_rate,
            new_plant_tax_rate,
            coinvestment,
            rd,
            tfp,
            sites_taken_ha,
        }
    }

    /// Public purse: outlays, then the cost of financing what was spent so far,
    /// and the crowding-out of the funding source. Crowding-out shrinks every
    /// sector in proportion, so it lowers value added but never raises the share.
    fn pay(&mut self, outcome: &mut YearOutcome, outlay: f64) {
        let g = &self.p.global;
        let (financing_rate, crowding_rate) = match self.policy.budget.funding {
            Funding::Reserves => (g.reserves_return, g.crowding_out_reserves),
            Funding::Borrowing => (g.borrowing_rate, g.crowding_out_borrowing),
            Funding::Reallocation => (0.0, g.crowding_out_reallocation),
        };
        let financing = financing_rate * self.outlay_to_date;
        let fiscal_cost = outlay + financing;
        outcome.financing_cost_hkd_bn = financing;
        self.outlay_to_date += outlay;
        self.cumulative_cost += fiscal_cost;
        outcome.fiscal_cost_hkd_bn = fiscal_cost;
        outcome.cumulative_fiscal_cost_hkd_bn = self.cumulative_cost;
        outcome.cost_per_net_job_hkd = (outcome.net_jobs_added >= 1.0)
            .then(|| self.outlay_to_date * BN / outcome.net_jobs_added);
        let crowding_out = crowding_rate * fiscal_cost;
        let gdp: f64 = outcome.sector_value_added_hkd_bn.iter().sum();
        let kept = if gdp > 0.0 {
            (1.0 - crowding_out / gdp).max(0.0)
        } else {
            1.0
        };
        outcome.crowding_out_hkd_bn = gdp * (1.0 - kept);
        for value in &mut outcome.sector_value_added_hkd_bn {
            *value *= kept;
        }
    }
}

/// The fall in industrial rent each sector faces when `released` m² of floor
/// space (by the sectors the land is zoned for) join a market of `stock` m²,
/// with rent falling `elasticity` % per 1% more space:
/// `relief_i = 1 − (1 + F·intensity_i / stock)^(−elasticity)`, where `F` is all the
/// released floor and `intensity_i = F_i / max_k F_k`. Land zoned for every sector
/// lowers every sector's rent; land zoned for one sector lowers its rent only.
/// The power goes through `recall`.
fn land_rent_relief(
    released: &[f64; M],
    stock: f64,
    elasticity: f64,
    recall: &mut LastCall2,
) -> [f64; M] {
    let total: f64 = released.iter().sum();
    let most = released.iter().copied().fold(0.0, f64::max);
    if total <= 0.0 || most <= 0.0 || elasticity == 0.0 {
        return [0.0; M];
    }
    // Sectors zoned alike (the usual case: no weights, or equal ones) share one
    // power: compute it once and reuse it, bit for bit the same.
    let mut out = [0.0; M];
    let mut last: Option<(f64, f64)> = None;
    for (relief, floor) in out.iter_mut().zip(released) {
        let added = total * floor / most;
        *relief = match last {
            Some((previous, value)) if previous == added => value,
            _ if added > 0.0 => 1.0 - recall.get(1.0 + added / stock, -elasticity, f64::powf),
            _ => 0.0,
        };
        last = Some((added, *relief));
    }
    out
}

/// An array filled sector by sector with `value(s)`. A plain loop the compiler
/// inlines: `array::map` and `array::from_fn` are not always inlined, and the
/// projection builds several of these a year.
#[inline]
fn by_sector<const N: usize>(mut value: impl FnMut(usize) -> f64) -> [f64; N] {
    let mut out = [0.0; N];
    for (s, slot) in out.iter_mut().enumerate() {
        *slot = value(s);
    }
    out
}

/// GDP, shares and diversification from the sector values (at base-year
/// prices). The official share is nominal: manufacturing's value at its own
/// relative price over GDP at current prices.
fn fill_aggregates(outcome: &mut YearOutcome, relative_price: f64) {
    let values = &outcome.sector_value_added_hkd_bn;
    outcome.gdp_hkd_bn = values.iter().sum();
    outcome.manufacturing_value_added_hkd_bn = values[..M].iter().sum();
    outcome.real_manufacturing_share_pct =
        100.0 * outcome.manufacturing_value_added_hkd_bn / outcome.gdp_hkd_bn;
    let nominal_manufacturing = outcome.manufacturing_value_added_hkd_bn * relative_price;
    outcome.manufacturing_relative_price = relative_price;
    let nominal = outcome.nominal_sector_values();
    outcome.manufacturing_share_pct = 100.0 * nominal_manufacturing
        / (outcome.gdp_hkd_bn - outcome.manufacturing_value_added_hkd_bn + nominal_manufacturing);
    outcome.hhi = hhi(&nominal);
    outcome.effective_sectors = 10_000.0 / outcome.hhi;
}

/// The first projected year of the run of years at or above the target that
/// holds through the target year; when the target year falls short, the first
/// year after it that reaches the target. A share that is above the target in
/// early years and below it by the target year was never met by it.
fn first_year_met(years: &[YearOutcome], target: Target) -> Option<i32> {
    let reaches = |y: &YearOutcome| y.manufacturing_share_pct >= target.share_pct;
    let at = years.iter().position(|y| y.year == target.year)?;
    let projected = years.get(1..=at)?;
    if projected.last().is_some_and(reaches) {
        let below = projected.iter().rposition(|y| !reaches(y));
        projected.get(below.map_or(0, |i| i + 1)).map(|y| y.year)
    } else {
        years[at + 1..].iter().find(|y| reaches(y)).map(|y| y.year)
    }
}

fn target_status(projection: &Projection, policy: &Policy) -> TargetStatus {
    let target = policy.target;
    let projected_share_pct = projection
        .year(target.year)
        .map_or(f64::NAN, |y| y.manufacturing_share_pct);
    let first_year_met = first_year_met(&projection.years, target);
    TargetStatus {
        share_pct: target.share_pct,
        year: target.year,
        projected_share_pct,
        met: projected_share_pct >= target.share_pct,
        first_year_met,
        gap_pp: target.share_pct - projected_share_pct,
    }
}

/// What the target share (nominal) would take in the target year: manufacturing
/// value added at base-year prices, the workers and the land.
fn target_needs(projection: &Projection, p: &Params, policy: &Policy) -> TargetNeeds {
    let (Some(base), Some(year)) = (
        projection.years.first(),
        projection.year(policy.target.year),
    ) else {
        return TargetNeeds::default();
    };
    let share = policy.target.share_pct / 100.0;
    let rest = year.gdp_hkd_bn - year.manufacturing_value_added_hkd_bn;
    let value_added_hkd_bn = share * rest / (year.manufacturing_relative_price * (1.0 - share));
    let productivity = |y: &YearOutcome| y.manufacturing_value_added_hkd_bn / y.manufacturing_jobs;
    let jobs_at_projected_productivity = value_added_hkd_bn / productivity(year);
    let floor_space_m2 = jobs_at_projected_productivity * p.global.floor_m2_per_worker;
    let additional_land_ha = ((floor_space_m2 - year.floor_space_ceiling_m2)
        / (p.global.plot_ratio * HA_TO_M2))
        .max(0.0);
    let pipeline_left = (p.global.industrial_land_pipeline_ha - year.land_released_ha).max(0.0);
    TargetNeeds {
        value_added_hkd_bn,
        jobs_at_projected_productivity,
        jobs_at_base_productivity: value_added_hkd_bn / productivity(base),
        floor_space_m2,
        additional_land_ha,
        land_beyond_pipeline_ha: (additional_land_ha - pipeline_left).max(0.0),
    }
}
