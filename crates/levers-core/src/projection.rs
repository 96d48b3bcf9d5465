//! What a projection returns: one row per year, the target check, and what the
//! target would need.

use crate::sector::{MANUFACTURING_COUNT, SECTOR_COUNT};

/// What stopped new manufacturing from growing further in a year.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Default)]
pub enum Constraint {
    /// Nothing bound: capacity grew as funded.
    #[default]
    None,
    /// Not enough workers (local hiring plus talent schemes).
    Labour,
    /// Not enough industrial floor space.
    Land,
    /// A sector would grow faster than any comparable economy has.
    Absorption,
}

impl Constraint {
    /// Key in outputs (`none`, `labour`, `land`, `absorption`).
    pub const fn key(self) -> &'static str {
        match self {
            Constraint::None => "none",
            Constraint::Labour => "labour",
            Constraint::Land => "land",
            Constraint::Absorption => "absorption",
        }
    }
}

/// The economy in one projected year. Money in HK$ bn at base-year prices.
#[derive(Clone, Copy, Debug, PartialEq, Default)]
pub struct YearOutcome {
    /// Calendar year.
    pub year: i32,
    /// GDP, HK$ bn at base-year prices.
    pub gdp_hkd_bn: f64,
    /// Manufacturing value added, HK$ bn at base-year prices.
    pub manufacturing_value_added_hkd_bn: f64,
    /// Manufacturing share of nominal GDP, % (the official measure the target uses).
    pub manufacturing_share_pct: f64,
    /// Manufacturing share of GDP at base-year prices, %.
    pub real_manufacturing_share_pct: f64,
    /// Manufacturing prices relative to all prices (base year = 1).
    pub manufacturing_relative_price: f64,
    /// Value added booked in Hong Kong, by [`crate::Sector::index`].
    pub sector_value_added_hkd_bn: [f64; SECTOR_COUNT],
    /// Direct jobs in each manufacturing sector.
    pub sector_jobs: [f64; MANUFACTURING_COUNT],
    /// Direct manufacturing jobs (all five sectors).
    pub manufacturing_jobs: f64,
    /// Direct manufacturing jobs above the status quo.
    pub direct_jobs_added: f64,
    /// Jobs added outside manufacturing: local services jobs induced by
    /// manufacturing and admitted talent, talent's own jobs, the trained who found work.
    pub induced_jobs: f64,
    /// Workers drawn from other employers (not met by new supply or fewer unemployed).
    pub services_jobs_drawn: f64,
    /// Labour force, persons (trend plus admitted talent).
    pub labour_force: f64,
    /// Unemployment rate, %.
    pub unemployment_rate_pct: f64,
    /// Direct plus induced jobs added.
    pub gross_jobs_added: f64,
    /// Change in total employment: direct and other jobs added less the workers drawn.
    pub net_jobs_added: f64,
    /// Herfindahl–Hirschman index of sector shares of GDP (0..=10,000).
    pub hhi: f64,
    /// 10,000 / HHI: the number of equal sectors with the same concentration.
    pub effective_sectors: f64,
    /// Public cost this year: outlays, tax forgone and financing cost.
    pub fiscal_cost_hkd_bn: f64,
    /// Public cost summed from the first projected year, HK$ bn.
    pub cumulative_fiscal_cost_hkd_bn: f64,
    /// Money paid out this year (grants, co-investment, rent, land servicing,
    /// talent schemes), HK$ bn at base-year prices.
    pub cash_outlay_hkd_bn: f64,
    /// Profits tax not collected because of concessions, HK$ bn.
    pub tax_forgone_hkd_bn: f64,
    /// Return forgone on reserves or interest on borrowing for what was spent
    /// before, HK$ bn (not subject to the budget cap).
    pub financing_cost_hkd_bn: f64,
    /// Outlays and tax forgone by measure kind ([`crate::measure::MeasureKind::index`]).
    pub outlay_by_kind_hkd_bn: [f64; 8],
    /// Outlays to date (cash and tax forgone; financing is reported beside, not
    /// added: HM Treasury Green Book) per net job added, HK$; none while no job
    /// is added. The fiscal accounts divide the same outlays.
    pub cost_per_net_job_hkd: Option<f64>,
    /// Production value added placed in Guangdong by Hong Kong firms.
    pub gba_value_added_hkd_bn: f64,
    /// GDP lost to crowding-out this year.
    pub crowding_out_hkd_bn: f64,
    /// R&D knowledge stock added by policy.
    pub knowledge_stock_added_hkd_bn: f64,
    /// Manufacturing cost in Hong Kong relative to Shenzhen (= 1), averaged over the
    /// manufacturing sectors by base-year value added.
    pub cost_ratio_to_shenzhen: f64,
    /// New production capacity in Hong Kong before the labour and land ceilings, HK$ bn of value added.
    pub new_capacity_hkd_bn: f64,
    /// Most manufacturing workers the labour market can supply.
    pub labour_ceiling_jobs: f64,
    /// Industrial floor space manufacturing can use, m².
    pub floor_space_ceiling_m2: f64,
    /// Industrial floor space manufacturing uses, m².
    pub floor_space_used_m2: f64,
    /// Industrial land released so far, hectares (within the pipeline).
    pub land_released_ha: f64,
    /// Serviced land taken up so far by plants that need a site, hectares.
    pub sites_taken_up_ha: f64,
    /// Serviced land ready and waiting for plants that need a site, hectares.
    pub sites_vacant_ha: f64,
    /// Share of budgeted co-investment firms took up this year (1 when none was offered).
    pub coinvestment_take_up: f64,
    /// Share of budgeted R&D grants firms took up this year (1 when none was offered).
    pub rd_grant_take_up: f64,
    /// Share of new production capacity that could be staffed and housed (0..=1).
    pub capacity_utilisation: f64,
    /// What stopped new manufacturing growing further this year.
    pub binding_constraint: Constraint,
    /// 1 when the budget cap does not bind; below 1 the levers were scaled down.
    pub budget_scale: f64,
}

/// Whether and when the target is met.
#[derive(Clone, Copy, Debug, PartialEq, Default)]
pub struct TargetStatus {
    /// The share aimed at, % of GDP.
    pub share_pct: f64,
    /// The year it should be reached.
    pub year: i32,
    /// Manufacturing share of GDP projected for the target year.
    pub projected_share_pct: f64,
    /// Whether the projected share in the target year reaches the target.
    pub met: bool,
    /// First projected year the share reaches the target, if any.
    pub first_year_met: Option<i32>,
    /// Target minus projected share in the target year; positive means short.
    pub gap_pp: f64,
}

/// What the target share would take in the target year.
#[derive(Clone, Copy, Debug, PartialEq, Default)]
pub struct TargetNeeds {
    /// Manufacturing value added the target share needs, HK$ bn at base-year prices.
    pub value_added_hkd_bn: f64,
    /// Workers at the manufacturing productivity projected for that year.
    pub jobs_at_projected_productivity: f64,
    /// Workers at base-year manufacturing productivity.
    pub jobs_at_base_productivity: f64,
    /// Industrial floor space the target needs, m².
    pub floor_space_m2: f64,
    /// Industrial land beyond the floor space available that year, hectares.
    pub additional_land_ha: f64,
    /// Of that, land beyond what is left of the planned pipeline, hectares.
    pub land_beyond_pipeline_ha: f64,
}

/// A package projected year by year from the base year.
#[derive(Clone, Debug, PartialEq, Default)]
pub struct Projection {
    /// Year 0 of the projection (latest official figures).
    pub base_year: i32,
    /// One row per year from the base year to the horizon.
    pub years: Vec<YearOutcome>,
    /// Whether and when the target is met.
    pub target: TargetStatus,
    /// What the target would take in the target year.
    pub target_needs: TargetNeeds,
}

impl YearOutcome {
    /// Shannon entropy of the sectors' shares of GDP at current prices (as
    /// the HHI), divided by ln(10): 1 = perfectly even. Derived on demand: it
    /// costs ten logarithms, which a sweep of millions of packages need not pay.
    pub fn shannon_evenness(&self) -> f64 {
        crate::diversification::concentration(&self.nominal_sector_values()).1
    }

    /// Each sector's value added at current prices: manufacturing's at its
    /// relative price, the rest as they are (base-year prices are services').
    pub fn nominal_sector_values(&self) -> [f64; crate::sector::SECTOR_COUNT] {
        let mut nominal = self.sector_value_added_hkd_bn;
        for value in &mut nominal[..crate::sector::MANUFACTURING_COUNT] {
            *value *= self.manufacturing_relative_price;
        }
        nominal
    }
}

impl Projection {
    /// The row for `year`, when projected.
    pub fn year(&self, year: i32) -> Option<&YearOutcome> {
        let index = usize::try_from(year - self.base_year).ok()?;
        self.years.get(index)
    }

    /// The row for the horizon.
    pub fn last(&self) -> Option<&YearOutcome> {
        self.years.last()
    }
}
