//! The model's parameters: their values (fast, `Copy`) and their metadata (unit,
//! plausible range, source), in one canonical order shared by the data file, the
//! `[assumptions]` table of a policy, sensitivity analysis and Monte Carlo.

use crate::sector::{MANUFACTURING_COUNT, SECTOR_COUNT, Sector};

/// Declares the economy-wide parameters once: the struct, and the canonical
/// list of their names (the names used in `assets/baseline.toml` and in a policy's
/// `[assumptions]` table).
macro_rules! global_params {
    ($( $(#[$doc:meta])* $field:ident ),* $(,)?) => {
        /// Economy-wide model parameters. Each is documented, with its unit, range
        /// and source, in `assets/baseline.toml` and in `docs/MODEL.md`.
        #[derive(Clone, Copy, Debug, PartialEq, Default)]
        pub struct GlobalParams { $( $(#[$doc])* pub $field: f64, )* }

        impl GlobalParams {
            /// Field names in declaration order, as written in files and `[assumptions]`.
            pub const NAMES: &'static [&'static str] = &[$(stringify!($field)),*];

            /// The field at position `index` of [`Self::NAMES`]. The positions
            /// unroll to constants, so this compiles to a jump, not to an array
            /// of every field built for each call (Monte Carlo sets some
            /// hundred parameters per draw).
            #[allow(unused_assignments)]
            fn slot_mut(&mut self, index: usize) -> Option<&mut f64> {
                let mut position = 0;
                $(
                    if index == position {
                        return Some(&mut self.$field);
                    }
                    position += 1;
                )*
                None
            }

            /// The value at position `index` of [`Self::NAMES`] (NaN past the end).
            #[allow(unused_assignments)]
            fn value(&self, index: usize) -> f64 {
                let mut position = 0;
                $(
                    if index == position {
                        return self.$field;
                    }
                    position += 1;
                )*
                f64::NAN
            }
        }
    };
}

global_params! {
    /// Stretch of every lag kernel in time (1 = as given).
    lag_stretch,
    /// Share of land and rent in a manufacturer's operating cost (fraction).
    land_cost_share,
    /// Share of wages in a manufacturer's operating cost (fraction).
    labour_cost_share,
    /// Industrial rent in Hong Kong relative to Shenzhen (ratio).
    land_cost_ratio_hk_sz,
    /// Manufacturing wages in Hong Kong relative to Shenzhen (ratio).
    wage_ratio_hk_sz,
    /// Elasticity of manufacturing activity to its cost relative to Shenzhen.
    cost_elasticity,
    /// Share of the gap to the cost-implied output that existing plants close each year.
    capacity_adjustment_speed,
    /// Industrial rent, HK$ per m² of floor space per year.
    rent_hkd_per_m2_year,
    /// Floor space used per manufacturing worker, m².
    floor_m2_per_worker,
    /// Vacant industrial floor space that manufacturing could take up, m².
    spare_industrial_floor_m2,
    /// Gross floor area built per m² of released site (plot ratio).
    plot_ratio,
    /// Cost of forming and servicing one hectare of industrial land, HK$ bn.
    land_servicing_cost_hkd_bn_per_ha,
    /// Land premium the government recovers when it sells one hectare of
    /// serviced industrial land, HK$ bn.
    industrial_land_premium_hkd_bn_per_ha,
    /// Industrial land planned for release in total (the pipeline), hectares.
    industrial_land_pipeline_ha,
    /// Industrial floor space in Hong Kong (the market whose rent released land lowers), m².
    industrial_floor_stock_m2,
    /// Fall in industrial rent per proportional rise in industrial floor space.
    industrial_rent_stock_elasticity,
    /// Serviced industrial land that production unable to use flatted
    /// factories would take up each year and cannot find today, hectares a year.
    unmet_site_demand_ha_per_year,
    /// Workers on a hectare of serviced land taken up by such production.
    site_jobs_per_ha,
    /// Labour force in the base year, persons.
    labour_force_base,
    /// Trend growth of the labour force (fraction per year).
    labour_force_growth,
    /// Unemployment rate in the base year (fraction).
    unemployment_rate_base,
    /// Lowest unemployment rate the labour market can reach (fraction).
    unemployment_floor,
    /// Extra manufacturing workers the local labour market can supply each year.
    local_hiring_capacity_per_year,
    /// Share of admitted talent who work in manufacturing (fraction).
    admissions_manufacturing_share,
    /// Share of training places that end in a manufacturing job (fraction).
    training_to_manufacturing_share,
    /// Yearly attrition of the added skilled workforce (fraction per year).
    talent_attrition,
    /// Skilled (degree-holding) workers in the whole labour force in the base year.
    skilled_labour_force,
    /// Share of skilled workers' pay in manufacturing's wage bill (fraction).
    skilled_wage_bill_share,
    /// Elasticity of the skilled wage to the skilled workforce.
    skilled_wage_elasticity,
    /// Share of admitted talent who join Hong Kong's labour force (the rest leave
    /// or do not seek work here); those who join find work like everyone else.
    talent_employment_share,
    /// Value added a year by one employed admitted worker outside manufacturing, HK$.
    talent_value_added_hkd,
    /// Local services jobs induced per employed admitted worker (complementarity, spending).
    talent_local_jobs_multiplier,
    /// R&D spending a year that keeps one research job, HK$.
    rd_spending_per_research_job_hkd,
    /// Value added a year per worker in the local services that gain or lose
    /// induced jobs (retail, food, personal services), HK$ in the base year.
    local_services_productivity_hkd,
    /// Elasticity of labour supply (participation and imported labour) to the wage.
    labour_supply_elasticity,
    /// Own-wage elasticity of labour demand of other employers (absolute value).
    labour_demand_elasticity,
    /// Elasticity of the wage to the unemployment rate (wage curve, absolute value).
    wage_curve_elasticity,
    /// Rise in the probability of employment per trained worker (fraction).
    training_employment_effect,
    /// Unemployment no training can remove (frictional), fraction of the labour force.
    frictional_unemployment_rate,
    /// Public cost of one admission under the talent schemes, HK$.
    admission_cost_hkd,
    /// Public cost of one training place, HK$.
    training_cost_hkd,
    /// Gross domestic expenditure on R&D in the base year, HK$ bn.
    gerd_base_hkd_bn,
    /// Depreciation of the R&D knowledge stock (fraction per year).
    rd_depreciation,
    /// Extra R&D done (the firm's own money included) per public HK$ of grant, before saturation.
    rd_additionality,
    /// Grants paid at which additionality has halved, HK$ bn per year.
    rd_saturation_hkd_bn,
    /// Grants a year firms would take up at 1:1 private matching, HK$ bn.
    rd_grant_demand_hkd_bn,
    /// Elasticity of the demand for matched public money to the private share asked.
    matching_demand_elasticity,
    /// Elasticity of manufacturing productivity to the knowledge stock.
    rd_output_elasticity,
    /// Production investment pulled in per HK$ of extra R&D.
    rd_commercialisation_rate,
    /// Private HK$ invested per HK$ of government co-investment.
    zone_private_leverage,
    /// Co-investment a year firms would take up at 1:2 matching, HK$ bn.
    coinvestment_demand_hkd_bn,
    /// Share of subsidised investment that would have happened anyway (fraction).
    subsidy_deadweight,
    /// Share of new activity moved from elsewhere in Hong Kong (fraction).
    relocation_share,
    /// Increase in investment per percentage point of profits-tax concession.
    tax_semi_elasticity,
    /// Private investment per year in the target industries that responds to costs, HK$ bn.
    private_investment_base_hkd_bn,
    /// Gross surplus (profit before depreciation and interest) as a share of value added (fraction).
    profit_share_of_value_added,
    /// Hong Kong's profits tax rate on corporations (fraction).
    profits_tax_rate,
    /// Share of new production in the "10-100" scale-up stage (fraction).
    scaleup_stage_share,
    /// Share of GBA-placed scale-up value booked in Hong Kong (HQ, R&D, design).
    gba_hq_share,
    /// Extra scale-up investment when all of it is placed in Guangdong (fraction).
    gba_scaleup_boost,
    /// Value added per HK$ of new production capital per year.
    capital_productivity,
    /// Yearly retirement of new production capacity (fraction per year).
    new_capacity_depreciation,
    /// Value added per worker in new ("intelligent") plants relative to existing ones.
    advanced_productivity_multiple,
    /// Fastest real growth of a manufacturing sector's value added (fraction per year).
    max_sector_growth,
    /// Value added a sector may add in a year beyond that growth, HK$ bn (a first plant).
    sector_growth_allowance_hkd_bn,
    /// Value added added to each sector's size when money is shared by absorptive capacity, HK$ bn.
    absorption_floor_hkd_bn,
    /// Change of manufacturing prices relative to all prices (fraction per year).
    manufacturing_relative_price_change,
    /// Local services jobs induced per direct manufacturing job.
    induced_jobs_multiplier,
    /// GDP lost per HK$ of public cost when funded from reserves.
    crowding_out_reserves,
    /// GDP lost per HK$ of public cost when funded by borrowing.
    crowding_out_borrowing,
    /// GDP lost per HK$ of public cost when funded by cutting other spending.
    crowding_out_reallocation,
    /// Return forgone on reserves drawn down (fraction per year).
    reserves_return,
    /// Interest rate on government borrowing (fraction per year).
    borrowing_rate,
    /// Real rate at which future public costs are discounted (fraction per year).
    discount_rate,
    /// Year-to-year noise of the published manufacturing share around its trend
    /// (standard deviation, log points): added to every Monte Carlo draw.
    manufacturing_share_noise_sd,
    /// Year-to-year noise of real manufacturing value added around its trend (log points).
    manufacturing_value_added_noise_sd,
    /// Year-to-year noise of manufacturing persons engaged around its trend (log points).
    manufacturing_jobs_noise_sd,
}

/// Parameters of one sector. Non-manufacturing sectors use only the first three.
#[derive(Clone, Copy, Debug, PartialEq, Default)]
pub struct SectorParams {
    /// Value added in the base year, HK$ bn.
    pub value_added_hkd_bn: f64,
    /// Persons engaged in the base year.
    pub jobs: f64,
    /// Baseline real growth of value added (fraction per year).
    pub growth: f64,
    /// Growth of value added per worker (fraction per year); manufacturing only.
    pub productivity_growth: f64,
}

/// The field names of a sector's parameters, in canonical order.
pub const SECTOR_PARAM_NAMES: [&str; 4] = [
    "value_added_hkd_bn",
    "jobs",
    "growth",
    "productivity_growth",
];

const fn sector_param_count(sector: Sector) -> usize {
    if sector.is_manufacturing() { 4 } else { 3 }
}

/// Total number of parameters.
pub const PARAM_COUNT: usize =
    GlobalParams::NAMES.len() + MANUFACTURING_COUNT * 4 + (SECTOR_COUNT - MANUFACTURING_COUNT) * 3;

/// A parameter's position in the canonical order.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct ParamId(pub usize);

impl ParamId {
    /// Every parameter, globals first, then each sector's in [`Sector::ALL`] order.
    pub fn all() -> impl Iterator<Item = ParamId> {
        (0..PARAM_COUNT).map(ParamId)
    }

    /// Where this parameter lives: a global field or a sector's field.
    fn locate(self) -> Option<ParamSlot> {
        let globals = GlobalParams::NAMES.len();
        if self.0 < globals {
            return Some(ParamSlot::Global(self.0));
        }
        let mut offset = globals;
        for sector in Sector::ALL {
            let count = sector_param_count(sector);
            if self.0 < offset + count {
                return Some(ParamSlot::Sector(sector, self.0 - offset));
            }
            offset += count;
        }
        None
    }

    /// The name used in files: `rd_depreciation`, `nev.growth`, ...
    pub fn name(self) -> String {
        match self.locate() {
            Some(ParamSlot::Global(i)) => GlobalParams::NAMES[i].to_string(),
            Some(ParamSlot::Sector(s, f)) => format!("{}.{}", s.key(), SECTOR_PARAM_NAMES[f]),
            None => String::new(),
        }
    }

    /// The parameter named `name` in files (`rd_depreciation`, `nev.growth`); `None` if unknown.
    pub fn from_name(name: &str) -> Option<ParamId> {
        ParamId::all().find(|id| id.name() == name)
    }

    /// The sector this parameter belongs to, if any.
    pub fn sector(self) -> Option<Sector> {
        match self.locate() {
            Some(ParamSlot::Sector(s, _)) => Some(s),
            _ => None,
        }
    }
}

enum ParamSlot {
    Global(usize),
    Sector(Sector, usize),
}

/// All parameter values, in a form the projection reads directly.
#[derive(Clone, Copy, Debug, PartialEq, Default)]
pub struct Params {
    /// Economy-wide parameters (elasticities, rates, crowding-out).
    pub global: GlobalParams,
    /// Per-sector parameters, indexed by [`Sector::index`].
    pub sectors: [SectorParams; SECTOR_COUNT],
}

impl Params {
    /// The parameters of one sector.
    pub fn sector(&self, sector: Sector) -> &SectorParams {
        &self.sectors[sector.index()]
    }

    /// The value of parameter `id`, in its unit ([`ParamSpec::unit`]); NaN for an
    /// id out of range (ids from [`ParamId::all`] are always in range).
    pub fn get(&self, id: ParamId) -> f64 {
        match id.locate() {
            Some(ParamSlot::Global(i)) => self.global.value(i),
            Some(ParamSlot::Sector(s, f)) => {
                let p = &self.sectors[s.index()];
                [
                    p.value_added_hkd_bn,
                    p.jobs,
                    p.growth,
                    p.productivity_growth,
                ][f]
            }
            None => f64::NAN,
        }
    }

    /// Overwrites parameter `id`; an id out of range is ignored. Does not check the range.
    pub fn set(&mut self, id: ParamId, value: f64) {
        match id.locate() {
            Some(ParamSlot::Global(i)) => {
                if let Some(slot) = self.global.slot_mut(i) {
                    *slot = value;
                }
            }
            Some(ParamSlot::Sector(s, f)) => {
                let p = &mut self.sectors[s.index()];
                let slots = [
                    &mut p.value_added_hkd_bn,
                    &mut p.jobs,
                    &mut p.growth,
                    &mut p.productivity_growth,
                ];
                if let Some(slot) = slots.into_iter().nth(f) {
                    *slot = value;
                }
            }
            None => {}
        }
    }
}

/// Where a parameter's value comes from.
#[derive(Clone, Debug, PartialEq)]
pub enum Source {
    /// A citation a reader can look up.
    Cited(String),
    /// Nobody has measured this for Hong Kong: a stated assumption, with its reasoning.
    Assumption(String),
}

/// How Monte Carlo draws a parameter within its range.
#[derive(Clone, Copy, Debug, PartialEq, Default)]
pub enum Distribution {
    /// Triangular between low and high with its mode at the central value.
    #[default]
    Triangular,
    /// Uniform between low and high.
    Uniform,
    /// Not drawn: held at its value (data, not an estimate).
    Fixed,
    /// Normal around the central value with standard deviation `sd`, cut at
    /// low and high: for an estimate whose error is known (a fitted trend).
    Normal {
        /// Standard deviation, in the parameter's unit.
        sd: f64,
    },
}

/// Everything known about one parameter.
#[derive(Clone, Debug, PartialEq)]
pub struct ParamSpec {
    /// Position in the canonical order.
    pub id: ParamId,
    /// The name used in files and on the command line (`nev.growth`).
    pub name: String,
    /// What the parameter means, in one sentence, for tables and the workbench.
    pub description: String,
    /// Unit of the value, low and high (`HK$ per HK$`, `ratio`, `%/yr`).
    pub unit: String,
    /// The central (baseline) value, in [`ParamSpec::unit`].
    pub value: f64,
    /// Lowest plausible value: overrides below it are refused, draws stay above it.
    pub low: f64,
    /// Highest plausible value: overrides above it are refused, draws stay below it.
    pub high: f64,
    /// Where the central value and the range come from.
    pub source: Source,
    /// How uncertainty draws sample between low and high.
    pub distribution: Distribution,
}

impl ParamSpec {
    /// Whether `value` lies within low..=high (both inclusive).
    pub fn contains(&self, value: f64) -> bool {
        value >= self.low && value <= self.high
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_parameter_name_maps_back_to_its_id() {
        let mut seen = std::collections::BTreeSet::new();
        for id in ParamId::all() {
            let name = id.name();
            assert!(!name.is_empty(), "{id:?} has no name");
            assert!(seen.insert(name.clone()), "{name} appears twice");
            assert_eq!(ParamId::from_name(&name), Some(id));
        }
        assert_eq!(seen.len(), PARAM_COUNT);
        assert_eq!(ParamId::from_name("finance.productivity_growth"), None);
    }

    #[test]
    fn set_then_get_returns_the_value_for_every_parameter() {
        let mut params = Params::default();
        for id in ParamId::all() {
            params.set(id, id.0 as f64 + 0.5);
        }
        for id in ParamId::all() {
            assert_eq!(params.get(id), id.0 as f64 + 0.5, "{}", id.name());
        }
        assert_eq!(
            params.sector(Sector::Nev).growth,
            params.get(ParamId::from_name("nev.growth").unwrap())
        );
    }
}
