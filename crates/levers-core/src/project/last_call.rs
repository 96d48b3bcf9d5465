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

#[cfg(test)]
mod tests {
    use super::LastCall;
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
    fn signed_zeros_are_different_arguments() {
        let mut recall = LastCall::default();
        assert_eq!(recall.get(0.0, |x| 1.0 / x), f64::INFINITY);
        assert_eq!(recall.get(-0.0, |x| 1.0 / x), f64::NEG_INFINITY);
    }
}
