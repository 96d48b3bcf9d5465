//! Coordinate climb of the share in the target year, for when no ray reaches
//! the target at the box edge.

use super::searcher::Searcher;

/// Coordinate climb of the share in the target year (for the unreachable case).
pub(super) fn climb_share(searcher: &mut Searcher<'_>, mut x: Vec<f64>) -> Vec<f64> {
    let mut share = searcher.eval(&x).share;
    let mut delta = 0.25;
    while delta >= 1e-3 {
        let mut improved = false;
        for i in 0..x.len() {
            for sign in [1.0, -1.0] {
                let mut y = x.clone();
                y[i] = (y[i] + sign * delta).clamp(0.0, 1.0);
                let point = searcher.eval(&y);
                if point.share > share + 1e-12 {
                    (x, share, improved) = (y, point.share, true);
                }
            }
        }
        if !improved {
            delta *= 0.5;
        }
    }
    x
}
