//! Which lever gave how much: the exact Shapley decomposition of each headline
//! outcome over the lever groups a package uses.
//!
//! With n groups used (n ≤ 4) the value of every subset of groups is projected
//! once (2^n projections into one reused buffer), then each group's part is the
//! average, over all orders of switching the groups on, of the change it brings
//! when it is switched on. The parts add up to the total change from the status
//! quo (same target, horizon, budget and assumptions, no levers); interactions —
//! the budget cap sharing money out, capacity ceilings binding — are split
//! evenly between the groups that cause them, as Shapley prescribes.

use super::{Outcome, without_levers};
use crate::baseline::Baseline;
use crate::lever::LeverGroup;
use crate::policy::Policy;
use crate::project::project_into;
use crate::projection::Projection;

/// Each outcome's change from the status quo, split by lever group.
#[derive(Clone, Debug, PartialEq)]
pub struct Attribution {
    /// The groups the package uses, in [`LeverGroup::ALL`] order.
    pub groups: Vec<LeverGroup>,
    /// One entry per [`Outcome::ALL`], in that order.
    pub outcomes: Vec<OutcomeShares>,
}

#[derive(Clone, Debug, PartialEq)]
pub struct OutcomeShares {
    pub outcome: Outcome,
    /// The outcome with no levers.
    pub status_quo: f64,
    /// The outcome with all the package's levers.
    pub total: f64,
    /// Each group's part of `total - status_quo`, in the order of `groups`.
    pub parts: Vec<f64>,
}

impl Attribution {
    pub fn outcome(&self, outcome: Outcome) -> Option<&OutcomeShares> {
        self.outcomes.iter().find(|o| o.outcome == outcome)
    }
}

impl OutcomeShares {
    pub fn change(&self) -> f64 {
        self.total - self.status_quo
    }
}

/// Attributes each headline outcome of `policy` to its lever groups.
pub fn attribute(baseline: &Baseline, policy: &Policy) -> Attribution {
    let groups: Vec<LeverGroup> = policy.levers.used().collect();
    let n = groups.len();
    let mut subset_policy = without_levers(policy);
    let mut projection = Projection::default();
    // values[mask * 4 + k]: outcome k with the groups in `mask` switched on.
    let mut values = vec![0.0; (1 << n) * Outcome::ALL.len()];
    for mask in 0..1usize << n {
        for (bit, group) in groups.iter().enumerate() {
            let lever = (mask >> bit & 1 == 1)
                .then(|| policy.levers.get(*group).copied())
                .flatten();
            subset_policy.levers.set(*group, lever);
        }
        project_into(baseline, &subset_policy, &mut projection);
        for (k, outcome) in Outcome::ALL.into_iter().enumerate() {
            values[mask * Outcome::ALL.len() + k] = outcome.value(&projection, policy);
        }
    }
    let full = (1 << n) - 1;
    let outcomes = Outcome::ALL
        .into_iter()
        .enumerate()
        .map(|(k, outcome)| {
            let subset_values: Vec<f64> = (0..1usize << n)
                .map(|mask| values[mask * Outcome::ALL.len() + k])
                .collect();
            OutcomeShares {
                outcome,
                status_quo: subset_values[0],
                total: subset_values[full],
                parts: shapley(n, &subset_values),
            }
        })
        .collect();
    Attribution { groups, outcomes }
}

/// Shapley values of `n` players from the value of every coalition,
/// `values[mask]` with bit i of `mask` set when player i is in. Exact: the
/// parts sum to `values[all] - values[none]` up to rounding.
///
/// # Panics
/// When `values` does not hold one value per coalition (2^n): a caller's bug.
pub fn shapley(n: usize, values: &[f64]) -> Vec<f64> {
    assert_eq!(values.len(), 1 << n, "one value per coalition");
    // weight[s] = s! (n - s - 1)! / n!, the share of orders in which a player
    // joins a given coalition of size s.
    let factorial = |k: usize| (1..=k).map(|i| i as f64).product::<f64>();
    let weight: Vec<f64> = (0..n)
        .map(|s| factorial(s) * factorial(n - s - 1) / factorial(n))
        .collect();
    (0..n)
        .map(|player| {
            let bit = 1 << player;
            (0..1usize << n)
                .filter(|mask| mask & bit == 0)
                .map(|mask| {
                    weight[mask.count_ones() as usize] * (values[mask | bit] - values[mask])
                })
                .sum()
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn symmetric_players_get_equal_parts_and_parts_add_up() {
        // v(S) = (|S ∩ {0,1}|)² + 3·[2 ∈ S]: players 0 and 1 interchangeable.
        let values: Vec<f64> = (0..8usize)
            .map(|mask| {
                let pair = f64::from((mask & 0b011).count_ones());
                pair * pair + if mask & 0b100 != 0 { 3.0 } else { 0.0 }
            })
            .collect();
        let parts = shapley(3, &values);
        assert!((parts[0] - parts[1]).abs() < 1e-12);
        assert!((parts[0] - 2.0).abs() < 1e-12);
        assert!((parts[2] - 3.0).abs() < 1e-12);
        let sum: f64 = parts.iter().sum();
        assert!((sum - (values[7] - values[0])).abs() < 1e-12);
    }

    #[test]
    fn a_player_that_adds_nothing_gets_nothing() {
        // v depends only on player 1.
        let values = [0.0, 0.0, 5.0, 5.0];
        assert_eq!(shapley(2, &values), vec![0.0, 5.0]);
    }

    #[test]
    fn no_players_no_parts() {
        assert!(shapley(0, &[1.0]).is_empty());
    }
}
