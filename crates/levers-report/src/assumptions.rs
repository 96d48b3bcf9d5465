//! `levers assumptions`: every parameter in force with unit, range and source.

use crate::sanitise;
use levers_core::{Baseline, ParamId, Policy, Source};
use serde_json::Value;

use super::table::{aligned_table, markdown_table};
use crate::OutputFormat;
use crate::columns::{Cell, Column, csv, json_object};
use crate::i18n::Lang;

/// One parameter in force.
pub struct Row {
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

/// The columns of the CSV and of the JSON's objects, a row per parameter.
pub fn columns() -> Vec<Column<'static, Row>> {
    vec![
        Column::new("name", "Parameter", "", |r: &Row| Cell::text(&r.name)).defined(
            "The parameter's name, as packages override it under `[assumptions]`.",
            "9.1",
        ),
        Column::new(
            "value",
            "Value in force",
            "the parameter's unit",
            |r: &Row| Cell::Number(r.value),
        )
        .defined(
            "The value the projection uses: the package's override, or the baseline's.",
            "9.1",
        ),
        Column::new("overridden", "Overridden", "true/false", |r: &Row| {
            Cell::Flag(r.overridden)
        })
        .defined("Whether the package overrides the baseline's value.", "9.1"),
        Column::new("unit", "Unit", "", |r: &Row| Cell::text(&r.unit))
            .defined("The parameter's unit.", "9.1"),
        Column::new("low", "Low end", "the parameter's unit", |r: &Row| {
            Cell::Number(r.low)
        })
        .defined(
            "The low end of the plausible range (the Monte Carlo draws and the tornado use it).",
            "9.1",
        ),
        Column::new("high", "High end", "the parameter's unit", |r: &Row| {
            Cell::Number(r.high)
        })
        .defined("The high end of the plausible range.", "9.1"),
        Column::new("kind", "Kind", "source/assumption", |r: &Row| {
            Cell::text(r.kind)
        })
        .defined(
            "`source` when the value is cited, `assumption` when it is the model's assumption.",
            "9.1",
        ),
        Column::new("source", "Source", "", |r: &Row| Cell::text(&r.source))
            .defined("Where the value comes from, or why it is assumed.", "9.1"),
    ]
}

pub fn render(
    lang: Lang,
    baseline: &Baseline,
    policy: Option<&Policy>,
    format: OutputFormat,
) -> String {
    let rows = rows(baseline, policy);
    match format {
        OutputFormat::Json => {
            let columns = columns();
            let items: Vec<Value> = rows
                .iter()
                .map(|r| Value::Object(json_object(&columns, r)))
                .collect();
            format!("{}\n", Value::Array(items))
        }
        // Names, units and sources come from the baseline file: every text
        // cell is neutralised (`=HYPERLINK(…)` stays text).
        OutputFormat::Csv => csv(&columns(), &rows).unwrap_or_default(),
        OutputFormat::Table | OutputFormat::Markdown => {
            let titles: Vec<String> = ["parameter", "value", "unit", "range", "source"]
                .map(|t| lang.text(&format!("assumptions-{t}")))
                .to_vec();
            // Text from the baseline file, made inert for the medium: escaped
            // in Markdown (no tag, link or extra `|` column), one visible line
            // in a terminal table.
            let inert_cell = |text: &str| {
                if format == OutputFormat::Markdown {
                    sanitise::markdown(text)
                } else {
                    sanitise::xml(text).into_owned()
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
                        sanitise::markdown_code(&r.name)
                    } else {
                        sanitise::xml(&r.name).into_owned()
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
