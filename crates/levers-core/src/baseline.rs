//! The baseline: the economy in the base year and every model parameter, with
//! metadata. Read from `assets/baseline.toml` by the application; the core only
//! receives the parsed values.

use crate::lever::LeverGroup;
use crate::params::{ParamId, ParamSpec, Params, Source};

/// The delay with which a lever's effort turns into effect: `weights[k]` of the
/// effort of year t acts in year t+k. Weights sum to one.
#[derive(Clone, Debug, PartialEq)]
pub struct LagKernel {
    pub weights: Vec<f64>,
    pub source: Source,
}

#[derive(Clone, Debug, PartialEq)]
pub struct Baseline {
    /// Latest year with official figures; year 0 of every projection.
    pub base_year: i32,
    /// Parameter values (the fast form the projection reads).
    pub params: Params,
    /// Parameter metadata, in canonical [`ParamId`] order.
    pub specs: Vec<ParamSpec>,
    /// One lag kernel per lever group, by [`LeverGroup::index`].
    pub lags: [LagKernel; 4],
}

impl Baseline {
    pub fn spec(&self, id: ParamId) -> &ParamSpec {
        &self.specs[id.0]
    }

    pub fn lag(&self, group: LeverGroup) -> &LagKernel {
        &self.lags[group.index()]
    }

    /// First year a lever may start and a target may be set for.
    pub fn first_policy_year(&self) -> i32 {
        self.base_year + 1
    }
}
