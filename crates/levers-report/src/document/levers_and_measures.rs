//! The levers section: the dials of a format-1 package and the named
//! measures of a format-2 one, with their timing and targeted sectors.

use std::fmt::Write;

use levers_core::{LeverField, LeverGroup, Policy, Sector};

use super::table;
use crate::brackets::with_note;
use crate::i18n::language;
use crate::sanitise;

pub(super) fn levers_table(policy: &Policy) -> String {
    let lang = language();
    let titles: Vec<String> = ["group", "lever", "value", "start", "ramp", "end", "sectors"]
        .map(|t| lang.text(&format!("doc-{t}")))
        .to_vec();
    let mut rows = Vec::new();
    for group in LeverGroup::ALL {
        let Some(lever) = policy.levers.get(group) else {
            continue;
        };
        let sectors = sectors_text(lever.sector_weights);
        for field in group.fields() {
            let value = LeverField::format_value(field, lever.values[field.slot()]);
            let unit = field.spec().unit;
            let value = match value.strip_suffix(unit) {
                Some(number) => format!("{number}{}", lang.unit(unit)),
                None => value,
            };
            rows.push(vec![
                lang.lever_group(group),
                lang.lever_field(field),
                value,
                lever.timing.start.to_string(),
                lever.timing.ramp_years.to_string(),
                lever.timing.end.map_or("—".to_string(), |e| e.to_string()),
                sectors.clone(),
            ]);
        }
    }
    let mut out = match (rows.is_empty(), policy.measures.is_empty()) {
        (true, true) => return format!("{}\n", lang.text("doc-no-levers")),
        (true, false) => String::new(),
        (false, _) => table(&titles, &rows, titles.len()),
    };
    if !policy.measures.is_empty() {
        if !out.is_empty() {
            out.push('\n');
        }
        out.push_str(&measures_table(policy));
    }
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

/// The measures of a format-2 package, one row each, with their provenance.
/// Labels and sources come from the file and are made inert.
fn measures_table(policy: &Policy) -> String {
    let lang = language();
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
                sanitise::markdown(crate::describe::measure_label(m)),
                lang.lever_field(m.kind.field()),
                crate::describe::amount_phrase_in(lang, m),
                m.timing.start.to_string(),
                m.timing.ramp_years.to_string(),
                m.timing.end.map_or("—".to_string(), |e| e.to_string()),
                sectors_text(m.sector_weights),
                m.source
                    .as_deref()
                    .map_or("—".to_string(), sanitise::markdown),
            ]
        })
        .collect();
    table(&titles, &rows, titles.len())
}

/// The targeted sectors with their weights, or "all five equally".
fn sectors_text(weights: Option<[f64; 5]>) -> String {
    let lang = language();
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
