//! Where a peel or a paste cuts: the EMA workbench's `get_quantile`, so that
//! both tools cut the same samples at the same values. The cut is the
//! midpoint between two neighbouring distinct values around the quantile,
//! never a sample's own value, so "inside" never depends on rounding.

/// The `q` quantile of ascending `sorted` values, moved to the midpoint
/// between distinct neighbours (towards the middle of the data).
pub(crate) fn cut(sorted: &[f64], q: f64) -> f64 {
    let Some(last) = sorted.len().checked_sub(1) else {
        return f64::NAN;
    };
    let at = last as f64 * q;
    let (mut lower, mut higher) = (at.floor() as usize, (at.ceil() as usize).min(last));
    if q > 0.5 {
        while sorted[lower] == sorted[higher] && lower > 0 {
            lower -= 1;
        }
    } else {
        while sorted[lower] == sorted[higher] && higher < last {
            higher += 1;
        }
    }
    f64::midpoint(sorted[lower], sorted[higher])
}

#[cfg(test)]
mod tests {
    use super::cut;

    #[test]
    fn cuts_fall_between_distinct_values() {
        let values: Vec<f64> = (0..=20).map(f64::from).collect();
        // 5% of 20 is rank 1 exactly: the cut moves up to between 1 and 2.
        assert_eq!(cut(&values, 0.05), 1.5);
        assert_eq!(cut(&values, 0.95), 18.5);
        assert_eq!(cut(&[1.0, 1.0, 1.0, 2.0], 0.05), 1.5);
        assert_eq!(cut(&[3.0], 0.5), 3.0);
        assert!(cut(&[], 0.5).is_nan());
    }
}
