//! Coordinate climb, for when no ray reaches the target at the box edge: the
//! share in the target year raised lever by lever, each moved whichever way
//! helps (a lever whose increase lowers the share goes down); for the closest
//! package, then the cost lowered where the share stays.

use super::searcher::Searcher;

/// Two shares closer than this are the same share (% of GDP).
const SAME_SHARE: f64 = 1e-9;

/// Coordinate climb from `x`: each number in turn moved up and down by a step
/// (0.25 of its range, halved when no move helps, down to 0.001), a move kept
/// when `better(moved, current)`. `score` measures a point of the box.
pub(crate) fn climb<S>(
    mut x: Vec<f64>,
    mut score: impl FnMut(&[f64]) -> S,
    better: impl Fn(&S, &S) -> bool,
) -> Vec<f64> {
    let mut current = score(&x);
    let mut delta = 0.25;
    while delta >= 1e-3 {
        let mut improved = false;
        for i in 0..x.len() {
            for sign in [1.0, -1.0] {
                let mut y = x.clone();
                y[i] = (y[i] + sign * delta).clamp(0.0, 1.0);
                if y[i] == x[i] {
                    continue;
                }
                let moved = score(&y);
                if better(&moved, &current) {
                    (x, current, improved) = (y, moved, true);
                }
            }
        }
        if !improved {
            delta *= 0.5;
        }
    }
    x
}

/// Coordinate climb of the share in the target year from `x`.
pub(super) fn climb_share(searcher: &mut Searcher<'_>, x: Vec<f64>) -> Vec<f64> {
    climb(x, |x| searcher.eval(x), |a, b| a.share > b.share + 1e-12)
}

/// The closest package, from `x` where the share was climbed: the cheapest
/// found that reaches the same share (a lever that adds nothing by the target
/// year, such as land released too late to be built on, is not paid for).
pub(super) fn cheapest_at_share(searcher: &mut Searcher<'_>, x: Vec<f64>) -> Vec<f64> {
    let top = searcher.eval(&x).share;
    climb(
        x,
        |x| searcher.eval(x),
        |a, b| a.share >= top - SAME_SHARE && a.cost < b.cost - 1e-9,
    )
}
