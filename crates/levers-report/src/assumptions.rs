//! `levers assumptions`: every parameter in force with unit, range and source.

use crate::inert;
use levers_core::{Baseline, ParamId, Policy, Source};
use serde_json::json;

use super::table::{aligned_table, markdown_table};
use crate::OutputFormat;

struct Row {
    name: String,
    value: f64,
    overridden: bool,
    unit: String,
    low: f64,
    high: f64,
    kind: &'static str,
    source: String,
}

fn rows(baseline: &Baseline, policy: Option<&Policy>) -> Vec<Row> {
    ParamId::all()
        .map(|id| {
            let spec = baseline.spec(id);
            let overridden = policy.and_then(|p| p.assumption(id));
            let (kind, source) = match &spec.source {
                Source::Cited(text) => ("source", text.clone()),
                Source::Assumption(text) => ("assumption", text.clone()),
            };
            Row {
                name: spec.name.clone(),
                value: overridden.unwrap_or(spec.value),
                overridden: overridden.is_some(),
                unit: spec.unit.clone(),
                low: spec.low,
                high: spec.high,
                kind,
                source,
            }
        })
        .collect()
}

pub fn render(baseline: &Baseline, policy: Option<&Policy>, format: OutputFormat) -> String {
    let rows = rows(baseline, policy);
    match format {
        OutputFormat::Json => {
            let items: Vec<_> = rows
                .iter()
                .map(|r| json!({"name": r.name, "value": r.value, "overridden": r.overridden, "unit": r.unit, "low": r.low, "high": r.high, "kind": r.kind, "source": r.source}))
                .collect();
            format!("{}\n", serde_json::Value::Array(items))
        }
        OutputFormat::Csv => {
            let mut writer = csv::Writer::from_writer(Vec::new());
            let _ = writer.write_record([
                "name",
                "value",
                "overridden",
                "unit",
                "low",
                "high",
                "kind",
                "source",
            ]);
            // Names, units and sources come from the baseline file: every
            // text cell is neutralised (`=HYPERLINK(…)` stays text).
            let safe = |text: &str| inert::csv_text(text).into_owned();
            for r in &rows {
                let _ = writer.write_record([
                    safe(&r.name),
                    r.value.to_string(),
                    r.overridden.to_string(),
                    safe(&r.unit),
                    r.low.to_string(),
                    r.high.to_string(),
                    r.kind.to_string(),
                    safe(&r.source),
                ]);
            }
            String::from_utf8(writer.into_inner().unwrap_or_default()).unwrap_or_default()
        }
        OutputFormat::Table | OutputFormat::Markdown => {
            let lang = crate::i18n::language();
            let titles: Vec<String> = ["parameter", "value", "unit", "range", "source"]
                .map(|t| lang.text(&format!("assumptions-{t}")))
                .to_vec();
            // Text from the baseline file, made inert for the medium: escaped
            // in Markdown (no tag, link or extra `|` column), one visible line
            // in a terminal table.
            let inert_cell = |text: &str| {
                if format == OutputFormat::Markdown {
                    inert::markdown(text)
                } else {
                    inert::xml(text).into_owned()
                }
            };
            let cells: Vec<Vec<String>> = rows
                .iter()
                .map(|r| {
                    let marker = if r.overridden { " *" } else { "" };
                    let source = if r.kind == "assumption" {
                        format!("[A] {}", inert_cell(&r.source))
                    } else {
                        inert_cell(&r.source)
                    };
                    // A parameter's name is an identifier: a code span in
                    // Markdown (escaped instead if a backtick could break out).
                    let name = if format == OutputFormat::Markdown {
                        inert::markdown_code(&r.name)
                    } else {
                        inert::xml(&r.name).into_owned()
                    };
                    vec![
                        name,
                        format!("{}{marker}", r.value),
                        inert_cell(&lang.unit(&r.unit)),
                        format!("{} .. {}", r.low, r.high),
                        source,
                    ]
                })
                .collect();
            let mut out = if format == OutputFormat::Markdown {
                markdown_table(&titles, &cells)
            } else {
                left_aligned(&titles, &cells)
            };
            out.push('\n');
            out.push_str(&lang.text("assumptions-key"));
            out.push('\n');
            out
        }
    }
}

/// Text columns read better left-aligned.
fn left_aligned(titles: &[String], rows: &[Vec<String>]) -> String {
    aligned_table(titles, rows, &vec![true; titles.len()])
}
