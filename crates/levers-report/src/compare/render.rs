//! A [`Comparison`] laid out: a text or Markdown table (settings, then
//! outcomes with each delta beside its value), JSON, and CSV (one row per
//! setting or outcome, one column per package and per delta).

use std::fmt::Write;

use serde_json::json;

use super::Comparison;
use crate::fiscal::money_label;
use crate::format::{fit, signed_as};
use crate::table::{markdown_table, text_table};
use crate::{cell, number, sanitise};

/// Terminal columns kept for the list of measures in the table.
const MEASURES_WIDTH: usize = 32;

/// Table or Markdown.
pub fn text(comparison: &Comparison, markdown: bool) -> String {
    let clean = |text: &str| {
        if markdown {
            sanitise::markdown(text)
        } else {
            sanitise::terminal(text).into_owned()
        }
    };
    let table = |titles: &[String], rows: &[Vec<String>]| {
        if markdown {
            format!("\n{}\n", markdown_table(titles, rows))
        } else {
            format!("\n{}", text_table(titles, rows))
        }
    };
    let titles: Vec<String> = std::iter::once(String::new())
        .chain(comparison.packages.iter().map(|p| clean(&p.title)))
        .collect();
    let first = titles.get(1).cloned().unwrap_or_default();
    let lang = comparison.lang;
    let mut out = lang.format(
        "compare-intro",
        &[
            ("count", &comparison.packages.len().to_string()),
            ("first", &first),
            ("money", &money_label(lang, comparison.common_from)),
        ],
    );
    out.push('\n');
    // Row labels in the reader's language (JSON and CSV keep the English ones).
    let to = comparison.common_to.to_string();
    let window = format!("{}–{}", comparison.common_from, comparison.common_to);
    let label = |key: &str, english: &str| {
        let id = format!("compare-{key}");
        if lang == crate::i18n::Lang::En || !lang.has(&id) {
            english.to_string()
        } else {
            lang.format(&id, &[("to", &to), ("window", &window)])
        }
    };
    let settings: Vec<Vec<String>> = comparison
        .settings
        .iter()
        .map(|s| {
            std::iter::once(label(s.key, &s.label))
                .chain(s.shown.iter().map(|v| {
                    if markdown && s.key == "file" {
                        sanitise::markdown_code(v)
                    } else if !markdown && s.key == "measures" {
                        // Long lists of measures would push the next package off
                        // the screen; JSON and CSV keep them whole.
                        fit(&clean(v), MEASURES_WIDTH).trim_end().to_string()
                    } else {
                        clean(v)
                    }
                }))
                .collect()
        })
        .collect();
    out.push_str(&table(&titles, &settings));
    let outcomes: Vec<Vec<String>> = comparison
        .outcomes
        .iter()
        .map(|o| {
            let deltas = o.deltas();
            std::iter::once(label(o.key, &o.label))
                .chain(
                    o.values
                        .iter()
                        .zip(deltas)
                        .map(|(value, delta)| match (value, delta) {
                            (None, _) if o.key == "first_year_target_met" => {
                                lang.text("compare-never")
                            }
                            (None, _) => "–".to_string(),
                            (Some(v), Some(d)) => crate::brackets::with_note(
                                lang,
                                &(o.show)(lang, *v),
                                &signed_as(|v| (o.show)(lang, v), d),
                            ),
                            (Some(v), None) => (o.show)(lang, *v),
                        }),
                )
                .collect()
        })
        .collect();
    out.push_str(&table(&titles, &outcomes));
    if !comparison.notes.is_empty() {
        let _ = writeln!(out, "\n{}", lang.text("compare-notes"));
        for note in &comparison.notes {
            let _ = writeln!(out, "  - {}", clean(note));
        }
    }
    for (package, changes) in comparison.packages.iter().skip(1).zip(&comparison.changes) {
        let _ = writeln!(
            out,
            "\n{}",
            lang.format(
                "compare-changes",
                &[("from", &first), ("to", &clean(&package.title))]
            )
        );
        if changes.is_empty() {
            let _ = writeln!(out, "  {}", lang.text("compare-same"));
        }
        for change in changes {
            let _ = writeln!(out, "  - {}", clean(change));
        }
    }
    out
}

/// One JSON object: packages, settings, outcomes (values and deltas), notes, changes.
pub fn json(comparison: &Comparison) -> Result<String, crate::RenderError> {
    let packages: Vec<_> = comparison
        .packages
        .iter()
        .map(|p| json!({"title": p.title, "name": p.name, "file": p.file}))
        .collect();
    let settings: Vec<_> = comparison
        .settings
        .iter()
        .map(|s| json!({"key": s.key, "label": s.label, "values": s.values}))
        .collect();
    let outcomes: Vec<_> = comparison
        .outcomes
        .iter()
        .map(|o| {
            let numbers = |values: &[Option<f64>]| -> Vec<_> {
                values
                    .iter()
                    .map(|v| v.map_or(json!(null), number))
                    .collect()
            };
            let (values, deltas) = (numbers(&o.values), numbers(&o.deltas()));
            json!({"key": o.key, "label": o.label, "values": values, "deltas": deltas})
        })
        .collect();
    let first = comparison.packages.first().map(|p| p.title.clone());
    let changes: Vec<_> = comparison
        .packages
        .iter()
        .skip(1)
        .zip(&comparison.changes)
        .map(|(p, c)| json!({"from": first, "to": p.title, "changes": c}))
        .collect();
    let value = json!({
        "reference": first,
        "money": money_label(crate::i18n::Lang::En, comparison.common_from),
        "common_window": {"from": comparison.common_from, "to": comparison.common_to},
        "packages": packages,
        "settings": settings,
        "outcomes": outcomes,
        "notes": comparison.notes,
        "changes": changes,
    });
    crate::pretty_json(&value)
}

/// CSV: `section,key,label`, one column per package, then one per delta.
pub fn csv(comparison: &Comparison) -> Result<String, crate::RenderError> {
    let safe = |text: &str| sanitise::csv_text(text).into_owned();
    // `csv_text` makes the header's cells safe (a delta's title inside its cell).
    let mut header = vec!["section".to_string(), "key".into(), "label".into()];
    header.extend(comparison.packages.iter().map(|p| p.title.clone()));
    header.extend(
        comparison
            .packages
            .iter()
            .skip(1)
            .map(|p| format!("delta {}", safe(&p.title))),
    );
    let others = comparison.packages.len().saturating_sub(1);
    let mut rows = Vec::new();
    for s in &comparison.settings {
        let mut row = vec!["setting".to_string(), s.key.into(), s.label.clone()];
        row.extend(s.values.iter().map(|v| safe(v)));
        row.extend(std::iter::repeat_n(String::new(), others));
        rows.push(row);
    }
    for o in &comparison.outcomes {
        let mut row = vec!["outcome".to_string(), o.key.into(), o.label.clone()];
        row.extend(o.values.iter().map(|v| v.map_or(String::new(), cell)));
        row.extend(
            o.deltas()
                .iter()
                .skip(1)
                .map(|d| d.map_or(String::new(), cell)),
        );
        rows.push(row);
    }
    for note in &comparison.notes {
        let mut row = vec!["note".to_string(), String::new(), safe(note)];
        row.extend(std::iter::repeat_n(
            String::new(),
            comparison.packages.len() + others,
        ));
        rows.push(row);
    }
    crate::analysis::csv_text(&header, &rows)
}
