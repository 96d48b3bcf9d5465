//! Measures that cost money and move nothing by the target year: named in the
//! brief, so a HK$40 bn measure with no effect by 2032 is never silent. Their
//! effect is read from the attribution (each measure's Shapley part of the
//! share and of jobs in the target year) and their cost from the fiscal
//! accounts, summed to the target year.

use levers_core::Baseline;
use levers_core::analysis::{Contributor, Outcome, attribute};

use crate::Evaluated;
use crate::format::money;
use crate::i18n::language;

/// A part of the share smaller than this, percentage points, moves nothing.
const NO_SHARE_PP: f64 = 0.005;
/// A part of jobs smaller than this moves nothing.
const NO_JOBS: f64 = 1.0;
/// Costs below this, HK$ bn to the target year, are not worth a note.
const SOME_COST_HKD_BN: f64 = 0.05;

/// One sentence per measure of `package` (titled `title`) that costs money to
/// its target year and moves neither the share nor jobs by then.
pub fn notes(baseline: &Baseline, package: &Evaluated<'_>, title: &str) -> Vec<String> {
    let year = package.policy.target.year;
    let lang = language();
    silent_measures(baseline, package)
        .into_iter()
        .map(|(measure, cost)| {
            lang.format(
                "brief-no-effect",
                &[
                    ("measure", &measure),
                    ("option", title),
                    ("cost", &money(lang, cost * 1e9)),
                    ("year", &year.to_string()),
                ],
            )
        })
        .collect()
}

/// The warnings `check` and `summary` give: one line per measure of
/// `package` that costs money to its target year and moves nothing by then,
/// the words `explain` uses.
pub fn warnings(baseline: &Baseline, package: &Evaluated<'_>) -> Vec<String> {
    let year = package.policy.target.year;
    let lang = language();
    silent_measures(baseline, package)
        .into_iter()
        .map(|(measure, cost)| {
            lang.format(
                "explain-no-effect",
                &[
                    ("measure", &measure),
                    ("cost", &money(lang, cost * 1e9)),
                    ("year", &year.to_string()),
                ],
            )
        })
        .collect()
}

/// Each measure that costs money to the target year and moves neither the
/// share nor jobs by then: its label in the reader's language and its cost,
/// HK$ bn.
fn silent_measures(baseline: &Baseline, package: &Evaluated<'_>) -> Vec<(String, f64)> {
    let policy = package.policy;
    if policy.measures.is_empty() {
        return Vec::new();
    }
    let year = policy.target.year;
    let attribution = attribute(baseline, policy);
    let part = |outcome: Outcome, index: usize| {
        attribution
            .outcome(outcome)
            .and_then(|o| o.parts.get(index).copied())
            .unwrap_or(0.0)
    };
    let accounts = crate::fiscal::accounts(baseline, package);
    let lang = language();
    attribution
        .contributors
        .iter()
        .enumerate()
        .filter_map(|(index, contributor)| {
            let Contributor::Measure { name, .. } = contributor else {
                return None;
            };
            let cost: f64 = accounts
                .measures
                .iter()
                .find(|m| &m.name == name)?
                .cost_hkd_bn
                .iter()
                .zip(&accounts.years)
                .filter(|(_, y)| **y <= year)
                .map(|(c, _)| *c)
                .sum();
            let silent = part(Outcome::ShareInTargetYear, index).abs() < NO_SHARE_PP
                && part(Outcome::JobsInTargetYear, index).abs() < NO_JOBS;
            (silent && cost >= SOME_COST_HKD_BN).then(|| (lang.contributor(contributor), cost))
        })
        .collect()
}
