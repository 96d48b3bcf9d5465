//! A number as `{}` writes it — the shortest digits that read back to the same
//! number, never in exponent form — with the digits found by `zmij`, several
//! times faster than the standard library: a sweep writes millions of numbers.

use std::fmt::Write as _;

/// Appends `value` exactly as `write!(out, "{value}")` would.
///
/// From 10^-5 to 10^16 zmij writes a number as `{}` does, but for the `.0`
/// after a whole number; other magnitudes go to the standard library. The two
/// find the same shortest digits, the closest to the value, except when the
/// value lies exactly halfway between two candidates: zmij then rounds to even,
/// the standard library up. A value halfway between two numbers of `k`
/// decimals has exactly `k + 1` decimals, and a binary fraction has as many
/// decimals as binary places; so any value with at most `k + 1` binary places
/// (`k` the decimals zmij wrote), and any whole number of 2^53 or more, goes to
/// the standard library too.
pub fn push_shortest(out: &mut String, value: f64) {
    if value.is_finite() {
        let mut buffer = zmij::Buffer::new();
        let printed = buffer.format_finite(value);
        if !printed.contains('e') {
            let (fixed, decimals) = match printed.strip_suffix(".0") {
                Some(whole) => (whole, 0),
                None => (
                    printed,
                    printed
                        .find('.')
                        .map_or(0, |point| printed.len() - point - 1),
                ),
            };
            if !may_be_halfway(value, decimals) {
                out.push_str(fixed);
                return;
            }
        }
    }
    let _ = write!(out, "{value}");
}

/// Whether `value` (finite) might lie halfway between two numbers of
/// `decimals` decimals (see [`push_shortest`]).
fn may_be_halfway(value: f64, decimals: usize) -> bool {
    let bits = value.to_bits();
    let biased = ((bits >> 52) & 0x7ff) as i64;
    let fraction = bits & ((1 << 52) - 1);
    let (significand, exponent) = if biased == 0 {
        (fraction, -1074)
    } else {
        (fraction | (1 << 52), biased - 1075)
    };
    if significand == 0 {
        return false;
    }
    let binary_places = -(exponent + i64::from(significand.trailing_zeros()));
    if binary_places <= 0 {
        value.abs() >= 9_007_199_254_740_992.0
    } else {
        binary_places <= decimals as i64 + 1
    }
}

#[cfg(test)]
mod tests {
    use super::push_shortest;

    fn both(value: f64) -> (String, String) {
        let mut fast = String::new();
        push_shortest(&mut fast, value);
        (fast, format!("{value}"))
    }

    #[test]
    fn special_values_read_as_the_standard_library_writes_them() {
        for value in [
            0.0,
            -0.0,
            1.0,
            -1.0,
            0.1,
            0.3,
            2.5,
            100.0,
            1e-7,
            1e15,
            1e16,
            1e21,
            1e22,
            1e23,
            5e-324,
            f64::MIN_POSITIVE,
            f64::MAX,
            f64::MIN,
            9_007_199_254_740_993.0,
            123_456_789_012_345_680.0,
            // Halfway between two shortest candidates: the standard library
            // rounds up, zmij to even.
            1_658_206_780_088_562.0 + 0.25,
            -(26_829_767_983_277.0 + 0.3125),
            f64::NAN,
            f64::INFINITY,
            f64::NEG_INFINITY,
        ] {
            let (fast, slow) = both(value);
            assert_eq!(fast, slow, "{value:e}");
        }
    }

    #[test]
    fn random_numbers_read_as_the_standard_library_writes_them() {
        let mut state = 0x9E37_79B9_7F4A_7C15_u64;
        let mut next = || {
            state ^= state << 13;
            state ^= state >> 7;
            state ^= state << 17;
            state
        };
        for _ in 0..300_000 {
            let bits = next();
            // Any bit pattern; a fraction of [0, 1) scaled by 10^-20 ..= 10^19;
            // few binary places (near-ties); sweep-like values on a 0.01 grid.
            let unit = (next() >> 11) as f64 / (1_u64 << 53) as f64;
            let scale = 10_f64.powi((next() % 40) as i32 - 20);
            let few_places = ((next() >> 20) as f64) / (1_u64 << (next() % 40)) as f64;
            for value in [
                f64::from_bits(bits),
                unit * scale,
                -few_places,
                few_places,
                (bits % 100_000) as f64 * 0.01,
            ] {
                let (fast, slow) = both(value);
                assert_eq!(fast, slow, "{value:e}");
            }
        }
    }
}
