//! The last argument and answer of a costly pure function of one number.

/// Remembers one call of a pure function (a power or an exponential whose other
/// inputs are fixed for the projection): asked again with the same argument, bit
/// for bit, it gives the same answer without calling the function. Packages hold
/// most rates steady across sectors and years, so most calls are repeats.
#[derive(Default)]
pub(crate) struct LastCall {
    last: Option<(u64, f64)>,
}

impl LastCall {
    /// `compute(argument)`, or the answer remembered for that argument.
    pub(crate) fn get(&mut self, argument: f64, compute: impl FnOnce(f64) -> f64) -> f64 {
        match self.last {
            Some((seen, answer)) if seen == argument.to_bits() => answer,
            _ => {
                let answer = compute(argument);
                self.last = Some((argument.to_bits(), answer));
                answer
            }
        }
    }
}

/// As [`LastCall`], for a pure function of two numbers (a power `base^exponent`
/// whose exponent is a parameter, a pool's `from_pool(wanted, pool)`). A
/// [`super::Projector`] keeps one per site and year from one projection to the
/// next: packages of a sweep that leave a channel alone ask the same question
/// of it in each year, and get the answer back without the call.
#[derive(Clone, Copy, Debug, Default)]
pub(crate) struct LastCall2 {
    last: Option<(u64, u64, f64)>,
}

impl LastCall2 {
    /// `compute(a, b)`, or the answer remembered for those arguments (bit for bit).
    pub(crate) fn get(&mut self, a: f64, b: f64, compute: impl FnOnce(f64, f64) -> f64) -> f64 {
        match self.last {
            Some((seen_a, seen_b, answer)) if seen_a == a.to_bits() && seen_b == b.to_bits() => {
                answer
            }
            _ => {
                let answer = compute(a, b);
                self.last = Some((a.to_bits(), b.to_bits(), answer));
                answer
            }
        }
    }
}

/// The calls a projection remembers in each year, by site.
pub(crate) const SITES: usize = 6;
/// `(1 + K/K₀)^elasticity`: productivity from the added knowledge stock.
pub(crate) const TFP: usize = 0;
/// `(1 + T/L)^(−elasticity)`: the skilled wage with admitted talent.
pub(crate) const SKILLED_WAGE: usize = 1;
/// `(1 + F/stock)^(−elasticity)`: industrial rent with released floor space.
pub(crate) const LAND_RENT: usize = 2;
/// `from_pool(wanted, pool)`: the trained who find work.
pub(crate) const TRAINED_AT_WORK: usize = 3;
/// `(1 + g)^step`: manufacturing's relative price (keyed on the step too).
pub(crate) const RELATIVE_PRICE: usize = 4;
/// `(1 + g)^step`: the labour force on trend (keyed on the step too).
pub(crate) const LABOUR_FORCE: usize = 5;

#[cfg(test)]
mod tests {
    use super::{LastCall, LastCall2};
    use std::cell::Cell;

    #[test]
    fn a_repeated_argument_is_answered_without_the_call() {
        let calls = Cell::new(0);
        let square = |x: f64| {
            calls.set(calls.get() + 1);
            x * x
        };
        let mut recall = LastCall::default();
        assert_eq!(recall.get(3.0, square), 9.0);
        assert_eq!(recall.get(3.0, square), 9.0);
        assert_eq!(calls.get(), 1);
        assert_eq!(recall.get(4.0, square), 16.0);
        assert_eq!(calls.get(), 2);
    }

    #[test]
    fn a_two_argument_call_is_remembered_only_for_both_arguments() {
        let calls = Cell::new(0);
        let power = |x: f64, y: f64| {
            calls.set(calls.get() + 1);
            x.powf(y)
        };
        let mut recall = LastCall2::default();
        assert_eq!(recall.get(2.0, 3.0, power), 8.0);
        assert_eq!(recall.get(2.0, 3.0, power), 8.0);
        assert_eq!(calls.get(), 1);
        assert_eq!(recall.get(2.0, 2.0, power), 4.0);
        assert_eq!(recall.get(3.0, 2.0, power), 9.0);
        assert_eq!(calls.get(), 3);
        assert!(recall.get(f64::NAN, 1.0, power).is_nan());
        assert!(recall.get(f64::NAN, 1.0, power).is_nan());
        assert_eq!(
            calls.get(),
            4,
            "a NaN argument is the same bits, remembered"
        );
    }

    #[test]
    fn signed_zeros_are_different_arguments() {
        let mut recall = LastCall::default();
        assert_eq!(recall.get(0.0, |x| 1.0 / x), f64::INFINITY);
        assert_eq!(recall.get(-0.0, |x| 1.0 / x), f64::NEG_INFINITY);
    }
}
