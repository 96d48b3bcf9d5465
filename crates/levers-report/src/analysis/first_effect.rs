//! When a measure that moves nothing by the target year does act: the reason
//! the workbench gives beside its warning ("acts from 2034": land released
//! late arrives after the target year) or that it moves nothing at all
//! within the projection.

use levers_core::{Policy, Projection, project};

use super::explain::{NO_JOBS, NO_SHARE_PP};

/// The first year after `after` in which measure `index` of `policy` moves
/// the share (by [`NO_SHARE_PP`] or more) or manufacturing jobs (by
/// [`NO_JOBS`] or more), comparing the package with and without it over the
/// projection `with` (the package's own); `None` when it moves neither
/// before the horizon, or when there is no such measure.
pub fn first_effect_year(
    baseline: &levers_core::Baseline,
    policy: &Policy,
    with: &Projection,
    index: usize,
    after: i32,
) -> Option<i32> {
    if index >= policy.measures.len() {
        return None;
    }
    let mut without = policy.clone();
    without.measures.remove(index);
    let without = project(baseline, &without);
    with.years
        .iter()
        .zip(&without.years)
        .filter(|(a, _)| a.year > after)
        .find(|(a, b)| {
            (a.manufacturing_share_pct - b.manufacturing_share_pct).abs() >= NO_SHARE_PP
                || (a.manufacturing_jobs - b.manufacturing_jobs).abs() >= NO_JOBS
        })
        .map(|(a, _)| a.year)
}
