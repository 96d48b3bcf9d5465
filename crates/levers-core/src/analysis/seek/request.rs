//! What a seek is asked and what it answers: the request, the found package
//! or the shortfall, and why a target is out of reach.

use crate::analysis::dial::Limit;
use crate::lever::{LeverField, LeverGroup};
use crate::policy::{Policy, Target};

/// What to seek.
#[derive(Clone, Debug, PartialEq)]
pub struct SeekRequest {
    /// The share to reach and the year to reach it by.
    pub target: Target,
    /// Yearly budget cap, HK$ bn (levers scale down above it).
    pub budget_cap_hkd_bn: Option<f64>,
    /// The groups the package may use: only measures of these groups' kinds
    /// are moved; a group the template does not use is added at zero.
    pub groups: Vec<LeverGroup>,
    /// Horizon, funding, assumptions, timings, sector weights and non-cost
    /// fields are taken from here; the search moves its measures' amounts.
    pub template: Policy,
    /// Ranges the moved numbers must keep (`--bound`); a range of one value
    /// holds the number there (`--fix`). Without one: from 0 to the field's maximum.
    pub limits: Vec<Limit>,
}

impl SeekRequest {
    /// The search for `policy`'s own target, within its budget cap, over the
    /// groups it uses (all four when it uses none), with no limits. The
    /// workbench seeks this; `levers seek --from FILE` too, by default.
    pub fn for_package(policy: &Policy) -> SeekRequest {
        let mut groups: Vec<LeverGroup> = LeverGroup::ALL
            .into_iter()
            .filter(|g| policy.measures.iter().any(|m| m.kind.field().group() == *g))
            .collect();
        if groups.is_empty() {
            groups = LeverGroup::ALL.to_vec();
        }
        SeekRequest {
            target: policy.target,
            budget_cap_hkd_bn: policy.budget.cap_hkd_bn_per_year,
            groups,
            template: policy.clone(),
            limits: Vec::new(),
        }
    }
}

/// Why the target cannot be reached.
#[derive(Clone, Debug, PartialEq)]
pub enum Binding {
    /// Not enough workers for new plants in the target year.
    Labour,
    /// Not enough industrial floor space in the target year.
    Land,
    /// A target sector already grows as fast as comparable economies ever have.
    Absorption,
    /// The budget cap scaled the levers down.
    Budget,
    /// These fields sit at their maximum.
    LeverCeilings(Vec<LeverField>),
    /// These money fields offer more than firms take up in the target year:
    /// their demand, not their maximum, holds them back.
    Demand(Vec<LeverField>),
}

/// The best the search could do when the target is out of reach, and why.
#[derive(Clone, Debug, PartialEq)]
pub struct Shortfall {
    /// The package that comes closest.
    pub policy: Policy,
    /// Manufacturing share the closest package reaches in the target year, % of GDP.
    pub best_share_pct: f64,
    /// Every constraint that holds the share back (empty when none was identified).
    pub binding: Vec<Binding>,
}

/// The answer of a seek: the cheapest package found that meets the target, or
/// the closest one when none does.
#[derive(Clone, Debug, PartialEq)]
pub enum SeekResult {
    /// A package that meets the target.
    Found {
        /// The package found (the template with the moved numbers set).
        policy: Policy,
        /// Its manufacturing share in the target year, % of GDP.
        share_pct: f64,
        /// Its cumulative public cost to the target year, HK$ bn.
        cost_hkd_bn: f64,
    },
    /// No package within the limits meets the target.
    Unreachable(Shortfall),
}
