//! The comparison section: the packages side by side, each against the first
//! package the report is compared with (as `eval --against` and the headline
//! table take differences: this package minus that one).

use levers_core::Baseline;

use super::demote_headings;
use crate::Evaluated;
use crate::i18n::Lang;
use crate::sanitise;

/// "## Compared with A, B and C", then the packages side by side: A first
/// (the reference the differences are taken against), then the main package,
/// then B and C.
pub(super) fn comparison_section(
    lang: Lang,
    baseline: &Baseline,
    main: &Evaluated<'_>,
    against: &[Evaluated<'_>],
) -> String {
    let names: Vec<String> = against
        .iter()
        .map(|a| sanitise::markdown(&a.policy.name))
        .collect();
    let names = match names.as_slice() {
        [rest @ .., last] if !rest.is_empty() => lang.format(
            "doc-names-and",
            &[
                ("rest", &rest.join(&lang.text("list-separator"))),
                ("last", last),
            ],
        ),
        _ => names.join(""),
    };
    let mut packages: Vec<Evaluated<'_>> = against.iter().take(1).cloned().collect();
    packages.push(main.clone());
    packages.extend(against.iter().skip(1).cloned());
    let comparison = crate::compare::Comparison::build(lang, baseline, &packages);
    format!(
        "## {}\n\n{}\n",
        lang.format("report-compared-with", &[("name", &names)]),
        demote_headings(&crate::compare::text(&comparison, true))
    )
}
