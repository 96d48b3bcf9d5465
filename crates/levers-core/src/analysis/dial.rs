//! What an analysis may move, addressed the way a user writes it: one of the
//! nine dials (`land.rent_subsidy_pct`, a view over the measures of its kind)
//! or a measure's amount (`nias.amount`). Goal seek moves dials between limits; `--bound` and
//! `--fix` name them in the grammar of [`super::address`].

use crate::lever::LeverField;
use crate::policy::Policy;

/// One movable number of a package.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Knob {
    /// One of the nine dials: the first measure of its kind (added when
    /// absent), or the R&D grants' matching ratio for the co-funding ratio.
    Dial(LeverField),
    /// The amount of the package's measure at this index. A scheduled amount
    /// keeps its shape: the knob is its peak, every year scaled alike.
    MeasureAmount(usize),
}

impl Knob {
    /// The lever field whose range, unit and precision the knob has (a
    /// measure's kind generalises one).
    pub fn field(self, policy: &Policy) -> Option<LeverField> {
        match self {
            Knob::Dial(field) => Some(field),
            Knob::MeasureAmount(index) => policy.measures.get(index).map(|m| m.kind.field()),
        }
    }

    /// How the user writes it: `land.rent_subsidy_pct`, `nias.amount`.
    pub fn address(self, policy: &Policy) -> String {
        match self {
            Knob::Dial(field) => field.path(),
            Knob::MeasureAmount(index) => policy.measures.get(index).map_or_else(
                || format!("measure {index}"),
                |m| format!("{}.amount", m.name),
            ),
        }
    }

    /// Its value in `policy` (a scheduled amount: its peak; 0 when absent).
    pub fn get(self, policy: &Policy) -> f64 {
        match self {
            Knob::Dial(field) => policy.dial_value(field),
            Knob::MeasureAmount(index) => {
                policy.measures.get(index).map_or(0.0, |m| m.amount.peak())
            }
        }
    }

    /// Sets it in `policy`; a dial whose measure is absent adds it, starting
    /// `default_start`.
    pub fn set(self, policy: &mut Policy, value: f64, default_start: i32) {
        match self {
            Knob::Dial(field) => policy.set_dial(field, value, default_start),
            Knob::MeasureAmount(index) => {
                if let Some(measure) = policy.measures.get_mut(index) {
                    measure.amount = measure.amount.with_peak(value);
                }
            }
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
    use crate::measure::Amount;

    #[test]
    fn a_schedule_keeps_its_shape_when_its_peak_moves() {
        let amount = Amount::Schedule(vec![(2025, 10.0), (2028, 20.0)]);
        assert_eq!(
            amount.with_peak(5.0),
            Amount::Schedule(vec![(2025, 2.5), (2028, 5.0)])
        );
        assert_eq!(Amount::Constant(3.0).with_peak(7.0), Amount::Constant(7.0));
    }
}
