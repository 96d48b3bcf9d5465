//! The baseline: the economy in the base year and every model parameter, with
//! metadata. Read from `assets/baseline.toml` by the application; the core only
//! receives the parsed values.

use crate::lever::LeverGroup;
use crate::params::{ParamId, ParamSpec, Params, Source};
use crate::policy::Policy;

/// The delay with which a lever's effort turns into effect: `weights[k]` of the
/// effort of year t acts in year t+k. Weights sum to one.
#[derive(Clone, Debug, PartialEq)]
pub struct LagKernel {
    /// Share of a year's effort acting k years later, from k = 0.
    pub weights: Vec<f64>,
    /// Where the lag comes from.
    pub source: Source,
}

/// Longest stretched kernel [`LagKernel::stretched`] returns.
pub const MAX_LAG_YEARS: usize = 24;

impl LagKernel {
    /// The kernel stretched in time by `factor`: each year's weight spread
    /// evenly over `factor` years, then summed back into whole years. The
    /// weights still sum to one; `factor` 1 returns the kernel as given.
    pub fn stretched(&self, factor: f64) -> [f64; MAX_LAG_YEARS] {
        let mut out = [0.0; MAX_LAG_YEARS];
        if factor == 1.0 {
            // Each weight lands whole in its own year: the loop below would
            // compute weight × 1 / 1, exactly the weight.
            for (slot, weight) in out.iter_mut().zip(&self.weights) {
                *slot = *weight;
            }
            return out;
        }
        let factor = if factor.is_finite() && factor > 0.0 {
            factor
        } else {
            1.0
        };
        for (k, weight) in self.weights.iter().enumerate() {
            let (from, to) = (k as f64 * factor, (k + 1) as f64 * factor);
            let mut year = from.floor() as usize;
            while (year as f64) < to && year < MAX_LAG_YEARS {
                let overlap = (to.min(year as f64 + 1.0) - from.max(year as f64)).max(0.0);
                out[year] += weight * overlap / factor;
                year += 1;
            }
        }
        out
    }
}

/// The economy of the base year and every model parameter: what each projection starts from.
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
    /// Unit, range and source of a parameter.
    pub fn spec(&self, id: ParamId) -> &ParamSpec {
        &self.specs[id.0]
    }

    /// The lag kernel of a lever group.
    pub fn lag(&self, group: LeverGroup) -> &LagKernel {
        &self.lags[group.index()]
    }

    /// The parameters in force for `policy`: the baseline's, with the
    /// package's `[assumptions]` applied.
    pub fn params_for(&self, policy: &Policy) -> Params {
        let mut params = self.params;
        for (id, value) in &policy.assumptions {
            params.set(*id, *value);
        }
        params
    }

    /// First year a lever may start and a target may be set for.
    pub fn first_policy_year(&self) -> i32 {
        self.base_year + 1
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn kernel(weights: &[f64]) -> LagKernel {
        LagKernel {
            weights: weights.to_vec(),
            source: Source::Assumption(String::new()),
        }
    }

    #[test]
    fn a_stretched_kernel_keeps_its_mass_and_moves_its_mean_later() {
        let k = kernel(&[0.2, 0.4, 0.3, 0.1]);
        let same = k.stretched(1.0);
        assert_eq!(&same[..4], &[0.2, 0.4, 0.3, 0.1]);
        let mean = |w: &[f64]| w.iter().enumerate().map(|(i, x)| i as f64 * x).sum::<f64>();
        for factor in [0.7, 1.3, 1.6] {
            let s = k.stretched(factor);
            assert!((s.iter().sum::<f64>() - 1.0).abs() < 1e-12, "{factor}");
            assert_eq!(mean(&s) > mean(&same), factor > 1.0, "{factor}");
        }
    }

    #[test]
    fn the_unstretched_shortcut_agrees_with_the_general_spreading() {
        let k = kernel(&[0.0, 0.1, 0.2, 0.3, 0.25, 0.15]);
        let shortcut = k.stretched(1.0);
        let spread = k.stretched(1.0 + f64::EPSILON);
        for (a, b) in shortcut.iter().zip(&spread) {
            assert!((a - b).abs() < 1e-12, "{a} against {b}");
        }
    }
}
