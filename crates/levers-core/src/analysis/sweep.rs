//! Sweep grids: the cartesian product of values of some lever fields, addressed
//! by index (mixed radix, the last axis fastest) so that any slice of the grid
//! can be built independently — in parallel, in deterministic order. No axis is
//! ever materialised: a value is computed from its index, and the grid's size is
//! counted exactly (checked, in `u64`) before anything else happens.
//!
//! An axis varies a format-1 dial, a field of a format-2 measure (its amount,
//! start, end, ramp or matching ratio) or an assumption.

use crate::lever::LeverField;
use crate::measure::Amount;
use crate::params::ParamId;
use crate::policy::Policy;

/// The most packages a grid may hold: at half a million packages a second this
/// is over three minutes and some 10 GB of CSV. A larger grid is refused before
/// a single package is built (a tiny step is a typo far more often than a wish).
pub const MAX_GRID_PACKAGES: u64 = 100_000_000;

/// The field of a format-2 measure an axis varies.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum MeasureField {
    /// The amount, made a constant (a schedule is replaced).
    Amount,
    /// The first year it acts (a whole year).
    Start,
    /// The last year it acts, inclusive (a whole year).
    End,
    /// Years to reach full strength (a whole number, negative values count as 0).
    RampYears,
    /// Private HK$ required per public HK$ (grants and co-investment only).
    MatchingRatio,
}

impl MeasureField {
    /// Every field, in the order help text lists them.
    pub const ALL: [MeasureField; 5] = [
        MeasureField::Amount,
        MeasureField::Start,
        MeasureField::End,
        MeasureField::RampYears,
        MeasureField::MatchingRatio,
    ];

    /// The key after the measure's name: `nias.amount`, `nias.start`.
    pub const fn key(self) -> &'static str {
        match self {
            MeasureField::Amount => "amount",
            MeasureField::Start => "start",
            MeasureField::End => "end",
            MeasureField::RampYears => "ramp_years",
            MeasureField::MatchingRatio => "matching_ratio",
        }
    }

    /// The field named by the key after the measure's name; `None` if unknown.
    pub fn from_key(key: &str) -> Option<MeasureField> {
        MeasureField::ALL.into_iter().find(|f| f.key() == key)
    }
}

/// What an axis varies.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum AxisTarget {
    /// One of the nine dials (its measure is added when absent).
    Dial(LeverField),
    /// A field of the measure at this index of `Policy::measures`.
    Measure {
        /// Position of the measure in `Policy::measures`.
        index: usize,
        /// Which of its fields the axis sets.
        field: MeasureField,
    },
    /// A baseline parameter, overridden as an assumption.
    Assumption(ParamId),
}

impl AxisTarget {
    /// Whether the values are whole numbers (years, years of ramp, people).
    pub fn is_integer(self, policy: &Policy) -> bool {
        match self {
            AxisTarget::Dial(field) => field.spec().integer,
            AxisTarget::Measure { index, field } => match field {
                MeasureField::Amount => policy
                    .measures
                    .get(index)
                    .is_some_and(|m| m.kind.field().spec().integer),
                MeasureField::MatchingRatio => false,
                MeasureField::Start | MeasureField::End | MeasureField::RampYears => true,
            },
            AxisTarget::Assumption(_) => false,
        }
    }

    /// Sets the target to `value` in `policy`.
    pub fn apply(self, policy: &mut Policy, value: f64, default_start: i32) {
        match self {
            AxisTarget::Dial(field) => policy.set_dial(field, value, default_start),
            AxisTarget::Measure { index, field } => {
                let Some(measure) = policy.measures.get_mut(index) else {
                    return;
                };
                match field {
                    MeasureField::Amount => measure.amount = Amount::Constant(value),
                    MeasureField::Start => measure.timing.start = value as i32,
                    MeasureField::End => measure.timing.end = Some(value as i32),
                    MeasureField::RampYears => measure.timing.ramp_years = value.max(0.0) as u32,
                    MeasureField::MatchingRatio => measure.matching_ratio = Some(value),
                }
            }
            AxisTarget::Assumption(id) => super::sensitivity::set_assumption(policy, id, value),
        }
    }
}

/// One varied field and its values, `from..=to` in steps of `step`.
#[derive(Clone, Debug, PartialEq)]
pub struct Axis {
    /// The dial, measure field or assumption the axis sets.
    pub target: AxisTarget,
    /// The column name in the output: `rd.grants_hkd_bn_per_year`,
    /// `nias.amount`, `assumptions.nev.growth`.
    pub name: String,
    from: f64,
    to: f64,
    step: f64,
    count: u64,
}

/// Why an axis or a grid cannot be built.
#[derive(Clone, Debug, PartialEq)]
pub enum GridError {
    /// `step > 0` and `from <= to`, all finite, do not hold.
    Empty,
    /// The axis or the grid would hold more than [`MAX_GRID_PACKAGES`]; the
    /// exact size when it fits in a `u64`, else `None`, and the size as a float.
    TooLarge {
        /// The exact number of packages, when it fits in a `u64`.
        packages: Option<u64>,
        /// The number of packages as a float (for a message when it overflows).
        approx: f64,
    },
}

impl Axis {
    /// A format-1 dial from `from` to `to` inclusive in steps of `step`.
    pub fn range(field: LeverField, from: f64, to: f64, step: f64) -> Result<Axis, GridError> {
        Axis::over(AxisTarget::Dial(field), field.path(), from, to, step)
    }

    /// Values from `from` to `to` inclusive in steps of `step` (both ends within
    /// a thousandth of a step are included), counted without being built.
    pub fn over(
        target: AxisTarget,
        name: String,
        from: f64,
        to: f64,
        step: f64,
    ) -> Result<Axis, GridError> {
        if !(from.is_finite() && to.is_finite() && step.is_finite() && step > 0.0 && from <= to) {
            return Err(GridError::Empty);
        }
        // The number of steps as a float first: it may be 1e20 or infinite
        // (a subnormal step), far beyond any integer type.
        let steps = ((to - from) / step + 1e-3).floor();
        let limit = MAX_GRID_PACKAGES as f64;
        if !steps.is_finite() || steps + 1.0 > limit {
            return Err(GridError::TooLarge {
                packages: None,
                approx: steps + 1.0,
            });
        }
        let count = steps as u64 + 1;
        Ok(Axis {
            target,
            name,
            from,
            to,
            step,
            count,
        })
    }

    /// How many values the axis holds (at least one).
    pub fn len(&self) -> u64 {
        self.count
    }

    /// Never: an axis holds at least its first value.
    pub fn is_empty(&self) -> bool {
        self.count == 0
    }

    /// The value at `index` (`index < len()`).
    pub fn value(&self, index: u64) -> f64 {
        round_noise(self.from + self.step * index as f64).min(self.to)
    }
}

/// Removes binary noise from `0.1 * 3` (0.30000000000000004 → 0.3): values are
/// rounded to nine decimals, far finer than any lever's step.
fn round_noise(value: f64) -> f64 {
    (value * 1e9).round() / 1e9
}

/// The cartesian product of some axes: package `i` of the grid takes, on each
/// axis, the value at digit `i` of a mixed-radix count (the last axis fastest).
#[derive(Clone, Debug, PartialEq)]
pub struct Grid {
    axes: Vec<Axis>,
    len: u64,
}

impl Grid {
    /// A grid over `axes`, refused when it holds more than
    /// [`MAX_GRID_PACKAGES`] (the product is computed with checked arithmetic).
    pub fn new(axes: Vec<Axis>) -> Result<Grid, GridError> {
        let exact = axes.iter().try_fold(1u64, |n, a| n.checked_mul(a.len()));
        match exact {
            Some(len) if len <= MAX_GRID_PACKAGES => Ok(Grid { axes, len }),
            _ => Err(GridError::TooLarge {
                packages: exact,
                approx: axes.iter().map(|a| a.len() as f64).product(),
            }),
        }
    }

    /// The axes, in the order given (the last varies fastest).
    pub fn axes(&self) -> &[Axis] {
        &self.axes
    }

    /// Number of packages in the grid (at most [`MAX_GRID_PACKAGES`], so it
    /// fits a `usize` on every supported target).
    pub fn len(&self) -> usize {
        usize::try_from(self.len).unwrap_or(usize::MAX)
    }

    /// True when the grid holds no package (never: an axis with no value is refused as [`GridError::Empty`]).
    pub fn is_empty(&self) -> bool {
        self.len == 0
    }

    /// The values of package `index`, one per axis.
    pub fn values(&self, index: usize, out: &mut [f64]) {
        let mut rest = index as u64;
        for (axis, slot) in self.axes.iter().zip(out.iter_mut()).rev() {
            *slot = axis.value(rest % axis.count);
            rest /= axis.count;
        }
    }

    /// Writes package `index` into `policy` (a copy of the base package):
    /// groups not used are switched on from `default_start`.
    pub fn apply(&self, index: usize, policy: &mut Policy, default_start: i32) {
        let mut rest = index as u64;
        for axis in self.axes.iter().rev() {
            axis.target
                .apply(policy, axis.value(rest % axis.count), default_start);
            rest /= axis.count;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn axis(field: LeverField, from: f64, to: f64, step: f64) -> Axis {
        Axis::range(field, from, to, step).expect("valid range")
    }

    #[test]
    fn ranges_include_both_ends() {
        let rent = axis(LeverField::RentSubsidyPct, 0.0, 80.0, 10.0);
        assert_eq!(rent.len(), 9);
        assert_eq!(rent.value(8), 80.0);
        let share = axis(LeverField::ScaleupInGbaShare, 0.0, 0.3, 0.1);
        let values: Vec<f64> = (0..share.len()).map(|i| share.value(i)).collect();
        assert_eq!(values, vec![0.0, 0.1, 0.2, 0.3]);
        assert!(Axis::range(LeverField::RentSubsidyPct, 5.0, 1.0, 1.0).is_err());
        assert!(Axis::range(LeverField::RentSubsidyPct, 0.0, 1.0, 0.0).is_err());
    }

    #[test]
    fn tiny_steps_are_refused_before_anything_is_built() {
        let grants = LeverField::GrantsHkdBnPerYear;
        for step in [1e-19, 1e-17, 1e-9, 1e-7, 5e-324] {
            let error = Axis::range(grants, 0.0, 20.0, step).expect_err("too large");
            assert!(matches!(error, GridError::TooLarge { .. }), "{step}");
        }
        let fine = axis(grants, 0.0, 20.0, 1e-6);
        assert_eq!(fine.len(), 20_000_001);
        let error = Grid::new(vec![
            fine.clone(),
            axis(LeverField::RentSubsidyPct, 0.0, 80.0, 10.0),
        ])
        .expect_err("too large");
        assert_eq!(
            error,
            GridError::TooLarge {
                packages: Some(180_000_009),
                approx: 180_000_009.0
            }
        );
        assert!(Grid::new(vec![fine]).is_ok());
    }

    #[test]
    fn indices_enumerate_the_product_with_the_last_axis_fastest() {
        let grid = Grid::new(vec![
            axis(LeverField::GrantsHkdBnPerYear, 0.0, 2.0, 1.0),
            axis(LeverField::RentSubsidyPct, 0.0, 10.0, 10.0),
        ])
        .expect("small grid");
        assert_eq!(grid.len(), 6);
        let mut values = [0.0; 2];
        grid.values(3, &mut values);
        assert_eq!(values, [1.0, 10.0]);
        let mut policy = Policy::status_quo();
        grid.apply(3, &mut policy, 2025);
        assert_eq!(policy.dial_value(LeverField::GrantsHkdBnPerYear), 1.0);
        assert_eq!(policy.dial_value(LeverField::RentSubsidyPct), 10.0);
    }

    #[test]
    fn a_measure_axis_sets_its_amount_timing_and_ratio() {
        let mut policy = Policy::status_quo();
        policy.add_dial_measure(crate::measure::MeasureKind::RdGrants, 2026);
        let at = |field| AxisTarget::Measure { index: 0, field };
        at(MeasureField::Amount).apply(&mut policy, 7.0, 2025);
        at(MeasureField::Start).apply(&mut policy, 2028.0, 2025);
        at(MeasureField::End).apply(&mut policy, 2031.0, 2025);
        at(MeasureField::RampYears).apply(&mut policy, 2.0, 2025);
        at(MeasureField::MatchingRatio).apply(&mut policy, 1.5, 2025);
        let measure = &policy.measures[0];
        assert_eq!(measure.amount, Amount::Constant(7.0));
        assert_eq!(
            (
                measure.timing.start,
                measure.timing.end,
                measure.timing.ramp_years
            ),
            (2028, Some(2031), 2)
        );
        assert_eq!(measure.matching_ratio, Some(1.5));
        assert!(at(MeasureField::Start).is_integer(&policy));
        assert!(!at(MeasureField::Amount).is_integer(&policy));
        // An index past the end changes nothing rather than panicking.
        let before = policy.clone();
        AxisTarget::Measure {
            index: 9,
            field: MeasureField::Amount,
        }
        .apply(&mut policy, 1.0, 2025);
        assert_eq!(policy, before);
    }
}
