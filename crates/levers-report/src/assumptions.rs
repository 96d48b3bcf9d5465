//! `levers assumptions`: every parameter in force with unit, range and source.

use levers_core::{Baseline, ParamId, Policy, Source};
use serde_json::Value;

use crate::OutputFormat;
use crate::columns::{Cell, Column, csv, json_object};
use crate::i18n::Lang;
use crate::table::{Content, Shown, tabulate};

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

/// Every parameter in force: the baseline's, or `policy`'s override.
pub fn rows(baseline: &Baseline, policy: Option<&Policy>) -> Vec<Row> {
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

/// The columns of the workbook's assumptions sheet, in its order: parameter,
/// unit, range, the baseline's value (`Default`), kind and source.
pub fn sheet_columns() -> Vec<Column<'static, Row>> {
    let mut all = columns();
    let mut sheet: Vec<Column<'static, Row>> =
        ["name", "unit", "low", "high", "value", "kind", "source"]
            .into_iter()
            .filter_map(|key| all.iter().position(|c| c.key == key).map(|i| all.remove(i)))
            .collect();
    if let Some(value) = sheet.iter_mut().find(|c| c.key == "value") {
        value.label = "Default".into();
    }
    sheet
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
            let markdown = format == OutputFormat::Markdown;
            let mut out = tabulate(&shown_columns(lang), &rows, markdown);
            out.push('\n');
            out.push_str(&lang.text("assumptions-key"));
            out.push('\n');
            out
        }
    }
}

/// The columns of the table, every one left-aligned (text columns read better
/// so): the parameter (an identifier), its value in force (`*` when the
/// package overrides it), unit, range and source (`[A]` before an assumption's
/// reason), the unit and source as the baseline file gives them.
fn shown_columns(lang: Lang) -> Vec<Shown<'static, Row>> {
    let title = |key: &str| lang.text(&format!("assumptions-{key}"));
    vec![
        Shown::left(title("parameter"), |r: &Row| r.name.clone()).holding(Content::Identifier),
        Shown::left(title("value"), |r: &Row| {
            format!("{}{}", r.value, if r.overridden { " *" } else { "" })
        }),
        Shown::left(title("unit"), move |r: &Row| lang.unit(&r.unit)).from_file(),
        Shown::left(title("range"), |r: &Row| format!("{} .. {}", r.low, r.high)),
        Shown::left(title("source"), |r: &Row| r.source.clone())
            .from_file()
            .prefixed(|r: &Row| if r.kind == "assumption" { "[A] " } else { "" }),
    ]
}
