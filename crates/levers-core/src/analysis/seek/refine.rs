//! Refinement: a pattern search along the target's frontier from a package
//! that meets it, towards lower cost.

use super::searcher::Searcher;

/// Pattern search along the frontier; returns (cost, x), x always meeting the target.
pub(super) fn refine(
    searcher: &mut Searcher<'_>,
    mut x: Vec<f64>,
    mut cost: f64,
) -> (f64, Vec<f64>) {
    let k = x.len();
    let mut delta = 0.25;
    while delta >= 1e-3 {
        let mut improved = false;
        for i in 0..=k {
            for j in 0..k {
                // i == k: lower x_j alone; otherwise raise x_i by delta first.
                if i == j {
                    continue;
                }
                let mut base = x.clone();
                if i < k {
                    let raised = (base[i] + delta).min(1.0);
                    if raised == base[i] {
                        continue;
                    }
                    base[i] = raised;
                }
                let top = base[j];
                if top == 0.0 || !searcher.eval(&base).met {
                    continue;
                }
                let (candidate, point) = searcher.bisect(|t| {
                    let mut y = base.clone();
                    y[j] = top * t;
                    y
                });
                if point.met && point.cost < cost - 1e-9 {
                    x = candidate;
                    cost = point.cost;
                    improved = true;
                }
            }
        }
        if !improved {
            delta *= 0.5;
        }
    }
    (cost, x)
}
