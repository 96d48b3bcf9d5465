//! The data dictionary (`levers outputs`): every column of the year-by-year
//! outputs (JSON `series` and `sectors`, CSV, spreadsheet), of `levers sweep`,
//! of the per-draw outputs (`eval --uncertainty --each-draw` and
//! `--draws-out`), of the analyses' CSV (sensitivity, Sobol indices,
//! uncertainty bands, explain, discover, assumptions) and the JSON's fiscal window to
//! the target year, each with the output it belongs to, its label, unit,
//! definition and the section of docs/MODEL.md that explains it. Every entry
//! but the fiscal members comes from the column a writer writes
//! ([`crate::columns`]), so the dictionary cannot drift from the outputs.

use serde_json::{Value, json};

use levers_core::analysis::Outcome;

use crate::OutputFormat;
use crate::analysis::{bands, explain, sobol, tornado};
use crate::columns::Column;
use crate::table::{Shown, cells, tabulate};

pub use crate::columns::Entry;

/// Every column, in the order of the CSV output.
pub fn entries() -> Vec<Entry> {
    let mut entries: Vec<Entry> = crate::csv_out::columns(false)
        .iter()
        .map(|column| column.entry("eval"))
        .collect();
    let fiscal = [
        ("to_target_year", &crate::fiscal::TO_TARGET_YEAR_MEMBERS[..]),
        ("money_offered[]", &crate::fiscal::MONEY_OFFERED_MEMBERS[..]),
    ];
    for (object, members) in fiscal {
        entries.extend(members.iter().map(|member| Entry {
            output: "eval-json",
            name: format!("fiscal.{object}.{}", member.key),
            label: member.label.to_string(),
            unit: member.unit.to_string(),
            definition: member.definition.to_string(),
            section: "3.10",
        }));
    }
    entries.extend(crate::analysis::sweep::entries());
    entries.extend(crate::analysis::draws::entries());
    entries.extend(analysis_entries());
    entries
}

/// The columns of the analyses' CSV (and the JSON objects that mirror it),
/// each under its command.
fn analysis_entries() -> Vec<Entry> {
    fn listed<R>(output: &'static str, columns: &[Column<'_, R>]) -> Vec<Entry> {
        columns.iter().map(|c| c.entry(output)).collect()
    }
    let tornado = tornado::columns(Outcome::ShareInTargetYear);
    let mut entries = listed(
        "sensitivity",
        &tornado::csv_columns(Outcome::ShareInTargetYear),
    );
    entries.extend(tornado.iter().filter(|c| c.key == "label").map(|c| Entry {
        name: format!("swings[].{}", c.key),
        ..c.entry("sensitivity-json")
    }));
    // `--outcome` renames the two outcome columns; the others stay.
    for outcome in Outcome::ALL {
        let output = match outcome {
            Outcome::ShareInTargetYear => continue,
            Outcome::JobsInTargetYear => "sensitivity --outcome jobs",
            Outcome::EffectiveSectorsInTargetYear => "sensitivity --outcome effective_sectors",
            Outcome::CumulativeCostToTargetYear => "sensitivity --outcome cost",
        };
        let renamed = tornado::csv_columns(outcome);
        entries.extend(
            renamed
                .iter()
                .filter(|c| c.key.ends_with("_at_low") || c.key.ends_with("_at_high"))
                .map(|c| c.entry(output)),
        );
    }
    entries.extend(listed("sensitivity-sobol", &sobol::columns()));
    entries.extend(listed("eval-uncertainty", &bands::columns()));
    entries.extend(listed("explain", &explain::columns(&[])));
    entries.push(Entry {
        output: "explain",
        name: "<key of each lever group or measure>".to_string(),
        label: "Contributor".to_string(),
        unit: "the outcome's unit".to_string(),
        definition: explain::CONTRIBUTOR_DEFINITION.to_string(),
        section: "5.2b",
    });
    entries.extend(listed("discover", &crate::analysis::discover::columns()));
    entries.extend(listed("assumptions", &crate::assumptions::columns()));
    entries
}

/// The dictionary's columns in a table, Markdown and CSV: its machine names
/// as titles (the dictionary is for people writing scripts), every one
/// left-aligned; the section as a reference to docs/MODEL.md.
fn shown_columns() -> Vec<Shown<'static, Entry>> {
    vec![
        Shown::left("output", |e: &Entry| e.output.to_string()),
        Shown::left("name", |e: &Entry| e.name.clone()),
        Shown::left("label", |e: &Entry| e.label.clone()),
        Shown::left("unit", |e: &Entry| e.unit.clone()),
        Shown::left("definition", |e: &Entry| e.definition.clone()),
        Shown::left("model_section", |e: &Entry| {
            format!("docs/MODEL.md §{}", e.section)
        }),
    ]
}

/// The dictionary as a table, JSON (an array of objects), CSV or Markdown.
pub fn render(format: OutputFormat) -> Result<String, crate::RenderError> {
    let entries = entries();
    match format {
        OutputFormat::Json => {
            let items: Vec<Value> = entries
                .iter()
                .map(|e| {
                    json!({"output": e.output, "name": e.name, "label": e.label, "unit": e.unit,
                           "definition": e.definition, "model_section": e.section})
                })
                .collect();
            crate::pretty_json(&Value::Array(items))
        }
        OutputFormat::Csv => {
            let (titles, rows) = cells(&shown_columns(), &entries, false);
            crate::analysis::csv_text(&titles, &rows)
        }
        OutputFormat::Table | OutputFormat::Markdown => Ok(tabulate(
            &shown_columns(),
            &entries,
            format == OutputFormat::Markdown,
        )),
    }
}
