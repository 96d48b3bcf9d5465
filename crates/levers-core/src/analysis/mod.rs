//! Analyses on top of the projection: attribution (Shapley), sensitivity
//! (tornado), uncertainty (seeded Monte Carlo), goal seek, sweep grids and
//! package stacking. All pure: the application adds files, threads and formats.

pub mod address;
pub mod attribution;
pub mod backtest;
pub mod backtest_bands;
pub mod dial;
pub mod discover;
pub mod fiscal;
pub mod robust_seek;
pub mod seek;
pub mod sensitivity;
pub mod sobol;
pub mod sobol_model;
pub mod stack;
mod standard_normal;
pub mod sweep;
pub mod trend;
pub mod uncertainty;
pub mod year_noise;

pub use attribution::{
    Attribution, Contributor, EXACT_LIMIT, MAX_SAMPLED_PLAYERS, Method as AttributionMethod,
    OutcomeShares, PROJECTION_BUDGET, Players as AttributionPlayers, SAMPLED_ORDERS, attribute,
    attribute_by_kind, attribute_with, player_count as attribution_player_count, sampled_pairs,
    shapley,
};
pub use seek::{SeekRequest, SeekResult, Shortfall, seek};
pub use sensitivity::{
    MAX_MEASURES_SWUNG_ONE_BY_ONE, Sensitivity, Swing, SwingItem, SwingMethod, sensitivity, tornado,
};
pub use stack::{Conflict, Stacked, stack};
pub use sweep::{Axis, AxisTarget, Grid, GridError, MAX_GRID_PACKAGES, MeasureField};
pub use uncertainty::{
    Band, DEFAULT_DRAWS, DEFAULT_SEED, DrawOutcome, Uncertainty, monte_carlo, run_draw, summarise,
    summarise_with,
};

use crate::policy::Policy;
use crate::projection::Projection;

/// A headline outcome the analyses explain, read in the policy's target year.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Outcome {
    /// Manufacturing share of GDP in the target year, % of GDP.
    ShareInTargetYear,
    /// Manufacturing jobs in the target year, people.
    JobsInTargetYear,
    /// Effective number of sectors (10,000 / HHI of sector shares of GDP) in the target year.
    EffectiveSectorsInTargetYear,
    /// Public cost summed from the base year to the target year, HK$ bn.
    CumulativeCostToTargetYear,
}

impl Outcome {
    /// Every outcome, in the order menus and reports list them.
    pub const ALL: [Outcome; 4] = [
        Outcome::ShareInTargetYear,
        Outcome::JobsInTargetYear,
        Outcome::EffectiveSectorsInTargetYear,
        Outcome::CumulativeCostToTargetYear,
    ];

    /// The name used on the command line and in JSON/CSV output.
    pub const fn key(self) -> &'static str {
        match self {
            Outcome::ShareInTargetYear => "share",
            Outcome::JobsInTargetYear => "jobs",
            Outcome::EffectiveSectorsInTargetYear => "effective_sectors",
            Outcome::CumulativeCostToTargetYear => "cost",
        }
    }

    /// The unit the value is in (`% of GDP`, `jobs`, `sectors`, `HK$ bn`).
    pub const fn unit(self) -> &'static str {
        match self {
            Outcome::ShareInTargetYear => "% of GDP",
            Outcome::JobsInTargetYear => "jobs",
            Outcome::EffectiveSectorsInTargetYear => "sectors",
            Outcome::CumulativeCostToTargetYear => "HK$ bn",
        }
    }

    /// The outcome named by `key` (`share`, `jobs`, `effective_sectors`, `cost`); `None` if unknown.
    pub fn from_key(key: &str) -> Option<Outcome> {
        Outcome::ALL.into_iter().find(|o| o.key() == key)
    }

    /// This outcome in `projection` of `policy`; NaN when the target year is not
    /// projected (a policy that passed validation always has it).
    pub fn value(self, projection: &Projection, policy: &Policy) -> f64 {
        let Some(year) = projection.year(policy.target.year) else {
            return f64::NAN;
        };
        match self {
            Outcome::ShareInTargetYear => year.manufacturing_share_pct,
            Outcome::JobsInTargetYear => year.manufacturing_jobs,
            Outcome::EffectiveSectorsInTargetYear => year.effective_sectors,
            Outcome::CumulativeCostToTargetYear => year.cumulative_fiscal_cost_hkd_bn,
        }
    }
}

/// `policy` with every measure removed: same target, horizon, budget and
/// assumptions. The reference point of attribution.
pub fn without_levers(policy: &Policy) -> Policy {
    let mut status_quo = policy.clone();
    status_quo.measures.clear();
    status_quo
}
