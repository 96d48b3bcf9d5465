//! What an analysis may move, addressed the way a user writes it: a format-1
//! lever dial (`land.rent_subsidy_pct`) or a format-2 measure's amount
//! (`nias.amount`). Goal seek moves dials between limits; `--bound` and
//! `--fix` name them in the grammar of [`super::address`].

use crate::lever::LeverField;
use crate::measure::Amount;
use crate::policy::Policy;

/// One movable number of a package.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Knob {
    /// A dial of a format-1 lever group.
    Lever(LeverField),
    /// The amount of the package's measure at this index. A scheduled amount
    /// keeps its shape: the knob is its peak, every year scaled alike.
    MeasureAmount(usize),
}

impl Knob {
    /// The lever field whose range, unit and precision the knob has (a
    /// measure's kind generalises one).
    pub fn field(self, policy: &Policy) -> Option<LeverField> {
        match self {
            Knob::Lever(field) => Some(field),
            Knob::MeasureAmount(index) => policy.measures.get(index).map(|m| m.kind.field()),
        }
    }

    /// How the user writes it: `land.rent_subsidy_pct`, `nias.amount`.
    pub fn address(self, policy: &Policy) -> String {
        match self {
            Knob::Lever(field) => field.path(),
            Knob::MeasureAmount(index) => policy.measures.get(index).map_or_else(
                || format!("measure {index}"),
                |m| format!("{}.amount", m.name),
            ),
        }
    }

    /// Its value in `policy` (a scheduled amount: its peak; 0 when absent).
    pub fn get(self, policy: &Policy) -> f64 {
        match self {
            Knob::Lever(field) => policy.levers.value(field),
            Knob::MeasureAmount(index) => {
                policy.measures.get(index).map_or(0.0, |m| m.amount.peak())
            }
        }
    }

    /// Sets it in `policy`; a lever group not in use is switched on, starting
    /// `default_start`.
    pub fn set(self, policy: &mut Policy, value: f64, default_start: i32) {
        match self {
            Knob::Lever(field) => policy.set_lever_value(field, value, default_start),
            Knob::MeasureAmount(index) => {
                if let Some(measure) = policy.measures.get_mut(index) {
                    measure.amount = scaled_amount(&measure.amount, value);
                }
            }
        }
    }
}

/// `amount` with its peak moved to `peak`: a constant becomes `peak`; a
/// schedule is scaled year by year (all years become `peak` if it was all 0).
fn scaled_amount(amount: &Amount, peak: f64) -> Amount {
    match amount {
        Amount::Constant(_) => Amount::Constant(peak),
        Amount::Schedule(points) => {
            let old = amount.peak();
            Amount::Schedule(
                points
                    .iter()
                    .map(|(year, value)| {
                        let scaled = if old > 0.0 { value / old * peak } else { peak };
                        (*year, scaled)
                    })
                    .collect(),
            )
        }
    }
}

/// A range a knob must stay in (`--bound`; `--fix` is a range of one value).
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Limit {
    /// The number held in range.
    pub knob: Knob,
    /// Lowest value allowed, in the knob's unit.
    pub low: f64,
    /// Highest value allowed, in the knob's unit (equal to `low` for `--fix`).
    pub high: f64,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_schedule_keeps_its_shape_when_its_peak_moves() {
        let amount = Amount::Schedule(vec![(2025, 10.0), (2028, 20.0)]);
        assert_eq!(
            scaled_amount(&amount, 5.0),
            Amount::Schedule(vec![(2025, 2.5), (2028, 5.0)])
        );
        assert_eq!(
            scaled_amount(&Amount::Constant(3.0), 7.0),
            Amount::Constant(7.0)
        );
    }
}
