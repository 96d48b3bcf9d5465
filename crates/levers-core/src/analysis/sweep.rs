//! Sweep grids: the cartesian product of values of some lever fields, addressed
//! by index (mixed radix, the last axis fastest) so that any slice of the grid
//! can be built independently — in parallel, in deterministic order.

use crate::lever::LeverField;
use crate::policy::Policy;

/// One varied field and its values, `from..=to` in steps of `step`.
#[derive(Clone, Debug, PartialEq)]
pub struct Axis {
    pub field: LeverField,
    pub values: Vec<f64>,
}

impl Axis {
    /// Values from `from` to `to` inclusive in steps of `step` (both ends within
    /// a thousandth of a step are included). `None` unless `step > 0` and
    /// `from <= to`, all finite.
    pub fn range(field: LeverField, from: f64, to: f64, step: f64) -> Option<Axis> {
        if !(from.is_finite() && to.is_finite() && step.is_finite() && step > 0.0 && from <= to) {
            return None;
        }
        let count = ((to - from) / step + 1e-3).floor() as usize + 1;
        let values = (0..count)
            .map(|i| (round_noise(from + step * i as f64)).min(to))
            .collect();
        Some(Axis { field, values })
    }
}

/// Removes binary noise from `0.1 * 3` (0.30000000000000004 → 0.3): values are
/// rounded to nine decimals, far finer than any lever's step.
fn round_noise(value: f64) -> f64 {
    (value * 1e9).round() / 1e9
}

#[derive(Clone, Debug, PartialEq)]
pub struct Grid {
    pub axes: Vec<Axis>,
}

impl Grid {
    /// Number of packages in the grid.
    pub fn len(&self) -> usize {
        self.axes.iter().map(|a| a.values.len()).product()
    }

    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    /// The values of package `index`, one per axis.
    pub fn values(&self, mut index: usize, out: &mut [f64]) {
        for (axis, slot) in self.axes.iter().zip(out.iter_mut()).rev() {
            let n = axis.values.len();
            *slot = axis.values[index % n];
            index /= n;
        }
    }

    /// Writes package `index` into `policy` (a copy of the base package):
    /// groups not used are switched on from `default_start`.
    pub fn apply(&self, index: usize, policy: &mut Policy, default_start: i32) {
        let mut rest = index;
        for axis in self.axes.iter().rev() {
            let n = axis.values.len();
            policy.set_lever_value(axis.field, axis.values[rest % n], default_start);
            rest /= n;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ranges_include_both_ends() {
        let axis = Axis::range(LeverField::RentSubsidyPct, 0.0, 80.0, 10.0).expect("valid range");
        assert_eq!(axis.values.len(), 9);
        assert_eq!(axis.values[8], 80.0);
        let axis = Axis::range(LeverField::ScaleupInGbaShare, 0.0, 0.3, 0.1).expect("valid range");
        assert_eq!(axis.values, vec![0.0, 0.1, 0.2, 0.3]);
        assert!(Axis::range(LeverField::RentSubsidyPct, 5.0, 1.0, 1.0).is_none());
        assert!(Axis::range(LeverField::RentSubsidyPct, 0.0, 1.0, 0.0).is_none());
    }

    #[test]
    fn indices_enumerate_the_product_with_the_last_axis_fastest() {
        let grid = Grid {
            axes: vec![
                Axis::range(LeverField::GrantsHkdBnPerYear, 0.0, 2.0, 1.0).expect("valid range"),
                Axis::range(LeverField::RentSubsidyPct, 0.0, 10.0, 10.0).expect("valid range"),
            ],
        };
        assert_eq!(grid.len(), 6);
        let mut values = [0.0; 2];
        grid.values(3, &mut values);
        assert_eq!(values, [1.0, 10.0]);
        let mut policy = Policy::status_quo();
        grid.apply(3, &mut policy, 2025);
        assert_eq!(policy.levers.value(LeverField::GrantsHkdBnPerYear), 1.0);
        assert_eq!(policy.levers.value(LeverField::RentSubsidyPct), 10.0);
    }
}
