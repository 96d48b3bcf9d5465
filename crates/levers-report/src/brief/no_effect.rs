//! Measures that cost money and move nothing by the target year: named in the
//! brief, so a HK$40 bn measure with no effect by 2032 is never silent. Their
//! effect and cost are read from the attribution (each measure's Shapley part
//! of the share, of jobs and of the cost to the target year), by the one
//! finder `explain` uses.

use levers_core::Baseline;
use levers_core::analysis::attribute;

use crate::Evaluated;
use crate::format::money_bn;
use crate::i18n::Lang;

/// One sentence per measure of `package` (titled `title`) that costs money to
/// its target year and moves neither the share nor jobs by then.
pub fn notes(lang: Lang, baseline: &Baseline, package: &Evaluated<'_>, title: &str) -> Vec<String> {
    worded(lang, baseline, package, "brief-no-effect", title)
}

/// The warnings `check` and `summary` give: one line per measure of
/// `package` that costs money to its target year and moves nothing by then,
/// the words `explain` uses.
pub fn warnings(lang: Lang, baseline: &Baseline, package: &Evaluated<'_>) -> Vec<String> {
    worded(lang, baseline, package, "explain-no-effect", "")
}

/// Message `id` for each silent measure (`option` is the package's title,
/// where the message names it).
fn worded(
    lang: Lang,
    baseline: &Baseline,
    package: &Evaluated<'_>,
    id: &str,
    option: &str,
) -> Vec<String> {
    let year = package.policy.target.year.to_string();
    silent_measures(lang, baseline, package)
        .into_iter()
        .map(|(measure, cost)| {
            let cost = money_bn(lang, cost);
            let args = [
                ("measure", &*measure),
                ("option", option),
                ("cost", &cost),
                ("year", &year),
            ];
            lang.format(id, &args)
        })
        .collect()
}

/// Each measure that costs money to the target year and moves nothing by
/// then, with that cost (HK$ bn), as `explain` finds them.
fn silent_measures(lang: Lang, baseline: &Baseline, package: &Evaluated<'_>) -> Vec<(String, f64)> {
    if package.policy.measures.is_empty() {
        return Vec::new();
    }
    let attribution = attribute(baseline, package.policy);
    crate::analysis::explain::silent_measures(lang, baseline, package.policy, &attribution)
}
