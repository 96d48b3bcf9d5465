//! `levers sensitivity`: the tornado — each lever and assumption over its range,
//! widest swing first, with text bars around the package's value.

use levers_core::analysis::{
    MAX_MEASURES_SWUNG_ONE_BY_ONE, Outcome, Sensitivity, Swing, SwingItem, SwingMethod,
};
use levers_core::{Baseline, LeverField, Policy};
use serde_json::{Value, json};

use super::explain::{show, show_change};
use super::{number, pretty_json};
use crate::OutputFormat;
use crate::brackets::with_note;
use crate::columns::{Cell, Column, csv, json_object};
use crate::i18n::Lang;
use crate::table::{Content, Shown, inert, tabulate};

/// Widest label in the text table (measure labels come from the file).
const MAX_LABEL: usize = 60;

/// Half the width of a bar, in characters.
const HALF_BAR: usize = 20;

/// `Rent subsidy (rent_subsidy.amount)`, `NIAS (nias.amount)` or the
/// parameter's name.
pub fn item_name(lang: Lang, item: SwingItem, policy: &Policy, baseline: &Baseline) -> String {
    match item {
        SwingItem::Dial(field) => with_note(lang, &lang.lever_field(field), &field.path()),
        SwingItem::Measure(index) => policy.measures.get(index).map_or_else(String::new, |m| {
            let shown = m.label.as_ref().map_or_else(
                || lang.lever_field(m.kind.field()),
                |l| l.for_language(lang.tag()).to_string(),
            );
            with_note(lang, &shown, &format!("{}.amount", m.name))
        }),
        SwingItem::Kind(kind) => lang.format(
            "tornado-every-kind",
            &[
                ("label", &lang.lever_field(kind.field())),
                ("kind", kind.key()),
            ],
        ),
        SwingItem::Param(id) => baseline.spec(id).name.clone(),
    }
}

fn item_key(item: SwingItem, policy: &Policy, baseline: &Baseline) -> String {
    match item {
        SwingItem::Dial(field) => format!("levers.{}", field.path()),
        SwingItem::Measure(index) => policy
            .measures
            .get(index)
            .map_or_else(String::new, |m| format!("measures.{}.amount", m.name)),
        SwingItem::Kind(kind) => format!("kinds.{}.amount", kind.key()),
        SwingItem::Param(id) => format!("assumptions.{}", baseline.spec(id).name),
    }
}

fn show_item_value(
    lang: Lang,
    item: SwingItem,
    value: f64,
    policy: &Policy,
    baseline: &Baseline,
) -> String {
    // The core writes `12.0 HK$ bn/yr`; the unit is swapped for the reader's.
    let in_language = |field: LeverField| {
        let text = field.format_value(value);
        let unit = field.spec().unit;
        match text.strip_suffix(unit) {
            Some(number) => format!("{number}{}", lang.unit(unit)),
            None => text,
        }
    };
    match item {
        SwingItem::Dial(field) => in_language(field),
        SwingItem::Measure(index) => policy
            .measures
            .get(index)
            .map_or_else(String::new, |m| in_language(m.kind.field())),
        SwingItem::Kind(kind) => in_language(kind.field()),
        SwingItem::Param(id) => format!("{value} {}", lang.unit(&baseline.spec(id).unit)),
    }
}

/// A bar from the package's value to each end: `     ███|█████       `.
pub fn bar(swing: &Swing, centre: f64, scale: f64) -> String {
    let cells = |delta: f64| -> usize {
        if scale > 0.0 && delta.is_finite() {
            ((delta.abs() / scale) * HALF_BAR as f64).round() as usize
        } else {
            0
        }
    };
    let low = swing.outcome_at_low.min(swing.outcome_at_high) - centre;
    let high = swing.outcome_at_low.max(swing.outcome_at_high) - centre;
    let left = cells(low.min(0.0)).min(HALF_BAR);
    let right = cells(high.max(0.0)).min(HALF_BAR);
    format!(
        "{}{}|{}{}",
        " ".repeat(HALF_BAR - left),
        "█".repeat(left),
        "█".repeat(right),
        " ".repeat(HALF_BAR - right)
    )
}

/// The name of an outcome's column, with its year or window, as `sweep`
/// names it: `share_in_target_year_pct`, `cost_to_target_year_hkd_bn`.
pub fn outcome_column(outcome: Outcome) -> &'static str {
    match outcome {
        Outcome::ShareInTargetYear => "share_in_target_year_pct",
        Outcome::JobsInTargetYear => "manufacturing_jobs_in_target_year",
        Outcome::EffectiveSectorsInTargetYear => "effective_sectors_in_target_year",
        Outcome::CumulativeCostToTargetYear => "cost_to_target_year_hkd_bn",
    }
}

/// How a tornado was bounded, in the reader's language: `None` when every
/// measure has its own bar; past the limit, that the measures were swung by
/// kind, how many there were, the limit and the projections run.
pub fn bounded_note(lang: Lang, result: &Sensitivity) -> Option<String> {
    let SwingMethod::ByKind { measures } = result.method else {
        return None;
    };
    Some(lang.format(
        "sensitivity-by-kind",
        &[
            ("count", &measures.to_string()),
            ("limit", &MAX_MEASURES_SWUNG_ONE_BY_ONE.to_string()),
            ("projections", &result.projections.to_string()),
        ],
    ))
}

/// The columns of each swing, as the JSON writes them; the CSV leaves out
/// the label (its `item` key names the item already). Each end's outcome says
/// which outcome it is (`share_in_target_year_pct_at_low`).
pub fn columns<'s>(outcome: Outcome) -> Vec<Column<'static, Row<'s>>> {
    let figure = |key: &'static str, label: &'static str, read: fn(&Swing) -> f64| {
        Column::new(key, label, "the item's unit", move |r: &Row<'s>| {
            Cell::Number(read(r.swing))
        })
    };
    let (unit, column) = (outcome.unit(), outcome_column(outcome));
    vec![
        Column::new("item", "Item", "", |r: &Row<'s>| Cell::text(&r.key))
        .defined(
            "What was swung: `levers.<path>`, `measures.<name>.amount`, `kinds.<kind>.amount` (every measure of a kind, past the limit) or `assumptions.<name>`.",
            "5.2a",
        ),
        Column::new("label", "Label", "", |r: &Row<'s>| Cell::text(&r.label))
        .defined("The item's name as people read it.", "5.2a"),
        figure("current", "Value in the package", |s| s.current)
            .defined("The item's value in the package (an assumption's, in the baseline unless the package overrides it).", "5.2a"),
        figure("low", "Low end", |s| s.low)
            .defined("The item's low end: an assumption's plausible low; a dial or measure amount at half its value, within its allowed range (its minimum when it is at its minimum).", "5.2a"),
        figure("high", "High end", |s| s.high)
            .defined("The item's high end: an assumption's plausible high; a dial or measure amount at one and a half times its value, within its allowed range (one big step above its minimum when it is at its minimum).", "5.2a"),
        Column::new(format!("{column}_at_low"), "Outcome at the low end", unit, |r: &Row<'s>| {
            Cell::Number(r.swing.outcome_at_low)
        })
        .defined("The outcome with the item at its low end, all else held; named by the outcome swung (`--outcome jobs`: `manufacturing_jobs_in_target_year_at_low`).", "5.2a"),
        Column::new(format!("{column}_at_high"), "Outcome at the high end", unit, |r: &Row<'s>| {
            Cell::Number(r.swing.outcome_at_high)
        })
        .defined("The outcome with the item at its high end, all else held; named by the outcome swung.", "5.2a"),
        Column::new("swing", "Swing", unit, |r: &Row<'s>| Cell::Number(r.swing.width()))
            .defined("The distance between the outcomes at the two ends; bars are drawn widest first.", "5.2a"),
    ]
}

/// The CSV's columns: every column but the label.
pub fn csv_columns<'s>(outcome: Outcome) -> Vec<Column<'static, Row<'s>>> {
    let mut columns = columns(outcome);
    columns.retain(|c| c.key != "label");
    columns
}

/// The columns of the tornado's table: the item, its range, the outcome's
/// change at each end, the swing and the bar around the package's value.
fn shown_columns<'a>(
    lang: Lang,
    policy: &'a Policy,
    baseline: &'a Baseline,
    outcome: Outcome,
    centre: f64,
    scale: f64,
) -> Vec<Shown<'a, &'a Swing>> {
    let title = |key: &str| lang.text(key);
    let change = move |change: f64| show_change(lang, outcome, change);
    let bar_title = format!(
        "{} ← {} → {}",
        title("sensitivity-low"),
        title("sensitivity-package"),
        title("sensitivity-high")
    );
    vec![
        Shown::left(title("sensitivity-item"), move |s: &&Swing| {
            item_name(lang, s.item, policy, baseline)
        })
        .from_file_fitted(MAX_LABEL),
        Shown::right(title("sensitivity-range"), move |s: &&Swing| {
            let shown = |value| show_item_value(lang, s.item, value, policy, baseline);
            format!("{} → {}", shown(s.low), shown(s.high))
        }),
        Shown::right(title("sensitivity-at-low"), move |s: &&Swing| {
            change(s.outcome_at_low - centre)
        }),
        Shown::right(title("sensitivity-at-high"), move |s: &&Swing| {
            change(s.outcome_at_high - centre)
        }),
        Shown::right(title("sensitivity-swing"), move |s: &&Swing| {
            show(lang, outcome, s.width())
                .trim_end_matches('%')
                .to_string()
        }),
        Shown::right(bar_title, move |s: &&Swing| bar(s, centre, scale)).holding(Content::Code),
    ]
}

/// A swing with its item's key and name.
pub struct Row<'s> {
    pub swing: &'s Swing,
    pub key: String,
    pub label: String,
}

fn rows<'s>(swings: &'s [Swing], policy: &Policy, baseline: &Baseline) -> Vec<Row<'s>> {
    swings
        .iter()
        .map(|swing| Row {
            swing,
            key: item_key(swing.item, policy, baseline),
            label: item_name(Lang::En, swing.item, policy, baseline),
        })
        .collect()
}

pub fn render(
    lang: Lang,
    file: &str,
    policy: &Policy,
    outcome: Outcome,
    result: &Sensitivity,
    baseline: &Baseline,
    format: OutputFormat,
) -> Result<String, crate::RenderError> {
    let name = policy.name.as_str();
    let centre = result.centre;
    let swings = result.swings.as_slice();
    match format {
        OutputFormat::Json => {
            let columns = columns(outcome);
            let items: Vec<Value> = rows(swings, policy, baseline)
                .iter()
                .map(|s| Value::Object(json_object(&columns, s)))
                .collect();
            let mut value = json!({
                "file": file,
                "name": name,
                "outcome": outcome.key(),
                "unit": outcome.unit(),
                "package_value": number(centre),
                "swings": items,
            });
            // Only a bounded tornado says how (small packages' output is as before).
            if let SwingMethod::ByKind { measures } = result.method {
                value["bounded"] = json!({
                    "swung": "by_kind",
                    "measures": measures,
                    "limit": MAX_MEASURES_SWUNG_ONE_BY_ONE,
                    "projections": result.projections,
                    "note": bounded_note(lang, result),
                });
            }
            pretty_json(&value)
        }
        OutputFormat::Csv => csv(&csv_columns(outcome), &rows(swings, policy, baseline)),
        OutputFormat::Table | OutputFormat::Markdown => {
            let shown: Vec<&Swing> = swings.iter().filter(|s| s.width() > 0.0).collect();
            let scale = shown.iter().fold(0.0f64, |m, s| {
                m.max((s.outcome_at_low - centre).abs())
                    .max((s.outcome_at_high - centre).abs())
            });
            let columns = shown_columns(lang, policy, baseline, outcome, centre, scale);
            // Markdown escapes the file too (this title has no code span).
            let markdown = format == OutputFormat::Markdown;
            let (name, file) = (inert(name, markdown), inert(file, markdown));
            let mut out = lang.format("sensitivity-title", &[("name", &name), ("file", &file)]);
            out.push('\n');
            out.push_str(&lang.format(
                "sensitivity-intro",
                &[
                    ("outcome", &super::explain::outcome_label(lang, outcome)),
                    ("value", &show(lang, outcome, centre)),
                ],
            ));
            out.push_str("\n\n");
            out.push_str(&tabulate(
                &columns,
                &shown,
                format == OutputFormat::Markdown,
            ));
            let flat = swings.len() - shown.len();
            if flat > 0 {
                out.push('\n');
                out.push_str(&lang.format("sensitivity-flat", &[("count", &flat.to_string())]));
                out.push('\n');
            }
            if let Some(note) = bounded_note(lang, result) {
                out.push('\n');
                out.push_str(&note);
                out.push('\n');
            }
            Ok(out)
        }
    }
}
