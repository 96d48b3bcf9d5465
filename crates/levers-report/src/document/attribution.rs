//! The attribution section: the headline outcomes shared out among the
//! lever groups (Shapley).

use levers_core::analysis::Attribution;

use super::table;
use crate::format::{signed_as, thousands};
use crate::i18n::Lang;
use crate::sanitise;

/// The Shapley attribution of the headline outcomes to the lever groups.
pub(super) fn attribution_section(
    lang: Lang,
    attribution: &Attribution,
    target_year: i32,
) -> String {
    if attribution.contributors.is_empty() {
        return format!("{}\n", lang.text("doc-attribution-none"));
    }
    let mut out = lang.format(
        "doc-attribution-intro",
        &[("year", &target_year.to_string())],
    );
    out.push_str("\n\n");
    let mut titles = vec![
        lang.text("doc-outcome"),
        lang.text("doc-status-quo"),
        lang.text("doc-package"),
    ];
    titles.extend(
        attribution
            .contributors
            .iter()
            .map(|c| sanitise::markdown(&lang.contributor(c))),
    );
    let rows: Vec<Vec<String>> = attribution
        .outcomes
        .iter()
        .map(|o| {
            let decimals = match o.outcome.unit() {
                "jobs" => 0,
                "sectors" => 3,
                _ => 2,
            };
            let number = |v: f64| {
                if decimals == 0 {
                    thousands(v)
                } else {
                    format!("{v:.decimals$}")
                }
            };
            let mut row = vec![
                crate::brackets::with_note(
                    lang,
                    &crate::analysis::explain::outcome_label(lang, o.outcome),
                    &lang.text(&format!("outcome-unit-{}", o.outcome.key())),
                ),
                number(o.status_quo),
                number(o.total),
            ];
            row.extend(o.parts.iter().map(|p| signed_as(number, *p)));
            row
        })
        .collect();
    out.push_str(&table(&titles, &rows, 1));
    out
}
