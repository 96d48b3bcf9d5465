//! Concentration of the economy across sectors.

/// Herfindahl–Hirschman index of the shares of `values` in their total, on the
/// 0..=10,000 scale (DOJ/FTC 2010: 1,500–2,500 moderate, above 2,500 high), and the
/// normalised Shannon entropy −Σ p ln p / ln N (1 = perfectly even).
pub fn concentration(values: &[f64]) -> (f64, f64) {
    let total: f64 = values.iter().sum();
    if total <= 0.0 || values.len() < 2 {
        return (10_000.0, 0.0);
    }
    let mut sum_of_squares = 0.0;
    let mut entropy = 0.0;
    for value in values {
        let share = value / total;
        sum_of_squares += share * share;
        if share > 0.0 {
            entropy -= share * share.ln();
        }
    }
    (
        sum_of_squares * 10_000.0,
        entropy / (values.len() as f64).ln(),
    )
}

/// The Herfindahl–Hirschman index alone (no logarithms): the fast path used by
/// every projection.
pub fn hhi(values: &[f64]) -> f64 {
    let total: f64 = values.iter().sum();
    if total <= 0.0 || values.len() < 2 {
        return 10_000.0;
    }
    values
        .iter()
        .map(|v| (v / total) * (v / total))
        .sum::<f64>()
        * 10_000.0
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn equal_sectors_give_the_minimum_hhi_and_full_evenness() {
        let (hhi, evenness) = concentration(&[2.0; 10]);
        assert!((hhi - 1_000.0).abs() < 1e-9);
        assert!((evenness - 1.0).abs() < 1e-12);
    }

    #[test]
    fn the_fast_hhi_agrees_with_the_full_measure() {
        let values = [672.3, 511.5, 73.1, 350.8, 1286.1, 2.6, 1.4, 0.35, 2.1, 22.8];
        assert_eq!(hhi(&values), concentration(&values).0);
    }

    #[test]
    fn one_sector_is_a_monopoly() {
        let (hhi, evenness) = concentration(&[5.0, 0.0, 0.0]);
        assert_eq!(hhi, 10_000.0);
        assert_eq!(evenness, 0.0);
    }

    #[test]
    fn moving_value_to_the_largest_sector_raises_concentration() {
        let (before, even_before) = concentration(&[50.0, 30.0, 20.0]);
        let (after, even_after) = concentration(&[60.0, 20.0, 20.0]);
        assert!(after > before && even_after < even_before);
    }
}
