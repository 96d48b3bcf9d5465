//! Clean-up of a found package: numbers on their fields' decimals, idle
//! groups dropped, and the target checked once more.

use super::request::SeekResult;
use super::rounding;
use super::searcher::Searcher;
use super::shortfall::shortfall;
use super::space::cost_fields;
use crate::lever::LeverGroup;

/// Rounds to the fields' decimals, drops idle groups, and checks the target
/// once more.
pub(super) fn finish(searcher: &mut Searcher<'_>, x: &[f64]) -> SeekResult {
    searcher.set(x);
    let exact = searcher.policy.clone();
    searcher.policy = rounding::rounded_meeting_target(searcher, &exact).unwrap_or(exact);
    for group in LeverGroup::ALL {
        let idle = searcher
            .policy
            .levers
            .get(group)
            .is_some_and(|l| cost_fields(group).iter().all(|f| l.values[f.slot()] == 0.0));
        if idle {
            let kept = searcher.policy.levers.get(group).copied();
            searcher.policy.levers.set(group, None);
            if !searcher.eval_policy().met {
                searcher.policy.levers.set(group, kept);
            }
        }
    }
    let point = searcher.eval_policy();
    if point.met {
        SeekResult::Found {
            policy: searcher.policy.clone(),
            share_pct: point.share,
            cost_hkd_bn: point.cost,
        }
    } else {
        SeekResult::Unreachable(shortfall(searcher, x))
    }
}
