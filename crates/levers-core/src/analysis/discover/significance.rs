//! How much a restriction matters: the quasi-p-value of Bryant & Lempert
//! (2010) as the EMA workbench computes it. Drop one restriction of the box
//! and take the density of the larger box as the chance `p` of a case; the
//! quasi-p-value is the chance of at least as many cases as the box holds in
//! as many draws, Binomial(points in the box, p) — one-sided. A small value
//! says the restriction is not a chance finding; above 0.05 it could be.

/// P(X ≥ `cases`) for X ~ Binomial(`points`, `p`), summed in log space so that
/// ten thousand draws neither underflow nor overflow.
pub fn binomial_upper_tail(cases: usize, points: usize, p: f64) -> f64 {
    if cases == 0 {
        return 1.0;
    }
    if cases > points || p <= 0.0 {
        return 0.0;
    }
    if p >= 1.0 {
        return 1.0;
    }
    let (n, k) = (points as f64, cases as f64);
    // ln C(n, k) as a sum, exact enough for n up to millions.
    let ln_choose: f64 = (1..=cases)
        .map(|i| ((n - k + i as f64) / i as f64).ln())
        .sum();
    let ratio = (p / (1.0 - p)).ln();
    let mut ln_term = ln_choose + k * p.ln() + (n - k) * (1.0 - p).ln();
    let first = ln_term;
    let mut sum = 1.0; // terms relative to the first, exp(ln_term - first)
    for x in cases..points {
        let x = x as f64;
        ln_term += ((n - x) / (x + 1.0)).ln() + ratio;
        let relative = (ln_term - first).exp();
        sum += relative;
        if relative < 1e-17 * sum && x > n * p {
            break;
        }
    }
    (first + sum.ln()).exp().min(1.0)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_upper_tail_matches_sums_of_the_mass_function() {
        // Binomial(10, 0.3): P(X ≥ 5) = 0.150268 (tables).
        assert!((binomial_upper_tail(5, 10, 0.3) - 0.150_268_3).abs() < 1e-6);
        // P(X ≥ 10) = 0.3^10.
        assert!((binomial_upper_tail(10, 10, 0.3) - 0.3f64.powi(10)).abs() < 1e-15);
        assert_eq!(binomial_upper_tail(0, 10, 0.3), 1.0);
        assert_eq!(binomial_upper_tail(3, 10, 0.0), 0.0);
    }

    #[test]
    fn large_counts_neither_underflow_nor_exceed_one() {
        let small = binomial_upper_tail(9_000, 10_000, 0.5);
        assert!((0.0..1e-300).contains(&small), "{small}");
        let half = binomial_upper_tail(5_000, 10_000, 0.5);
        assert!((half - 0.504).abs() < 0.01, "{half}");
    }
}
