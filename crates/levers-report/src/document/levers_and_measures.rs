//! The levers section: the package's measures, with their timing, targeted
//! sectors and provenance.

use std::fmt::Write;

use levers_core::{Policy, Sector};

use super::table;
use crate::brackets::with_note;
use crate::i18n::Lang;
use crate::sanitise;

pub(super) fn levers_table(lang: Lang, policy: &Policy) -> String {
    if policy.measures.is_empty() {
        return format!("{}\n", lang.text("doc-no-levers"));
    }
    let mut out = measures_table(lang, policy);
    let funding = lang.text(&format!("funding-{}", policy.budget.funding.key()));
    let _ = writeln!(
        out,
        "\n{}",
        lang.format(
            "doc-target-funding",
            &[
                ("share", &policy.target.share_pct.to_string()),
                ("year", &policy.target.year.to_string()),
                ("funding", &funding),
            ],
        )
    );
    out
}

/// The measures of a package, one row each, with their provenance.
/// Labels and sources come from the file and are made inert.
fn measures_table(lang: Lang, policy: &Policy) -> String {
    let titles: Vec<String> = [
        "measure", "kind", "amount", "start", "ramp", "end", "sectors", "source",
    ]
    .map(|t| lang.text(&format!("doc-{t}")))
    .to_vec();
    let rows: Vec<Vec<String>> = policy
        .measures
        .iter()
        .map(|m| {
            vec![
                sanitise::markdown(&crate::describe::measure_label(lang, m)),
                lang.lever_field(m.kind.field()),
                crate::describe::amount_phrase(lang, m),
                m.timing.start.to_string(),
                m.timing.ramp_years.to_string(),
                m.timing.end.map_or("—".to_string(), |e| e.to_string()),
                // Talent and training reach one labour market, not sectors.
                if m.kind.targets_sectors() {
                    sectors_text(lang, m.sector_weights)
                } else {
                    "—".to_string()
                },
                m.source
                    .as_deref()
                    .map_or("—".to_string(), sanitise::markdown),
            ]
        })
        .collect();
    table(&titles, &rows, titles.len())
}

/// The targeted sectors with their weights, or "all five equally".
fn sectors_text(lang: Lang, weights: Option<[f64; 5]>) -> String {
    match weights {
        None => lang.text("doc-all-five"),
        Some(weights) => Sector::MANUFACTURING
            .iter()
            .zip(weights)
            .filter(|(_, w)| *w > 0.0)
            .map(|(s, w)| with_note(lang, &lang.sector(*s), &w.to_string()))
            .collect::<Vec<_>>()
            .join(&lang.text("list-separator")),
    }
}
