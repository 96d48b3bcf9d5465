//! Clean-up of a found package: numbers on their fields' decimals, idle
//! groups dropped, and the target checked once more.

use super::request::SeekResult;
use super::rounding;
use super::searcher::Searcher;
use super::shortfall::shortfall;
use super::space::{drop_group, idle_groups};

/// Rounds to the fields' decimals, drops idle groups and dials left at zero,
/// and checks the target once more.
pub(super) fn finish(searcher: &mut Searcher<'_>, x: &[f64]) -> SeekResult {
    searcher.set(x);
    let exact = searcher.policy.clone();
    searcher.policy = rounding::rounded_meeting_target(searcher, &exact).unwrap_or(exact);
    for group in idle_groups(&searcher.policy) {
        let kept = searcher.policy.measures.clone();
        drop_group(&mut searcher.policy, group);
        if !searcher.eval_policy().met {
            searcher.policy.measures = kept;
        }
    }
    let point = searcher.eval_policy();
    if point.met {
        let mut policy = searcher.policy.clone();
        policy.tidy_dials();
        SeekResult::Found {
            policy,
            share_pct: point.share,
            cost_hkd_bn: point.cost,
        }
    } else {
        SeekResult::Unreachable(shortfall(searcher, x))
    }
}
