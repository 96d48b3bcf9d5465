//! "What matters most": the few assumptions that move the leading option's
//! share in its target year the most, each over its plausible range — the top
//! of the tornado (`levers sensitivity`), assumptions only, since the levers
//! are the options' own choices.

use levers_core::analysis::{Outcome, SwingItem, sensitivity};
use levers_core::{Baseline, Policy};

/// One assumption and what it does to the outcome over its range.
#[derive(Clone, Debug, PartialEq)]
pub struct Matter {
    /// The parameter's name in files (`nev.growth`).
    pub name: String,
    /// What it means, in one sentence.
    pub description: String,
    pub unit: String,
    /// The plausible range it is moved over, in `unit`.
    pub low: f64,
    pub high: f64,
    /// The outcome with the assumption at `low` and at `high`.
    pub outcome_at_low: f64,
    pub outcome_at_high: f64,
}

/// The `count` assumptions whose ranges move `outcome` of `policy` most, widest first.
pub fn what_matters_most(
    baseline: &Baseline,
    policy: &Policy,
    outcome: Outcome,
    count: usize,
) -> Vec<Matter> {
    let (_, swings) = sensitivity(baseline, policy, outcome);
    swings
        .into_iter()
        .filter_map(|swing| match swing.item {
            SwingItem::Param(id) if swing.width() > 0.0 => {
                let spec = baseline.spec(id);
                Some(Matter {
                    name: spec.name.clone(),
                    // Sector parameters carry no description: their name in words.
                    description: if spec.description.trim().is_empty() {
                        spec.name.replace(['.', '_'], " ")
                    } else {
                        spec.description.clone()
                    },
                    unit: spec.unit.clone(),
                    low: swing.low,
                    high: swing.high,
                    outcome_at_low: swing.outcome_at_low,
                    outcome_at_high: swing.outcome_at_high,
                })
            }
            _ => None,
        })
        .take(count)
        .collect()
}
