//! `levers sensitivity --method sobol`: first- and total-order Sobol indices of
//! the drawn assumptions for the share in the target year and for whether the
//! target is met, with 95% bootstrap intervals, and a sentence naming the
//! assumptions that matter most. Indices are clamped to [0, 1] by the core,
//! which counts the estimates that needed it; the faces say how many. The
//! indices of "target met" are flagged (JSON `flag`) and left out of the table
//! and the sentence when the target is met in fewer than 1% or more than 99%
//! of the runs: a variance carried by a handful of runs apportions nothing.

use levers_core::analysis::sobol::{Estimate, Indices};
use levers_core::analysis::sobol_model::{RARE_OUTCOME_SHARE, SobolResult};
use levers_core::{Baseline, Policy};
use serde_json::{Value, json};

use super::{number, pretty_json};
use crate::OutputFormat;
use crate::columns::{Cell, Column, csv};
use crate::i18n::Lang;
use crate::table::{Shown, tabulate, titled};

/// Assumptions named in the sentence, at most.
const NAMED: usize = 3;
/// Rows of the text table and bars of the chart, at most (the JSON and CSV
/// have every assumption).
pub const SHOWN: usize = 15;

/// The two outputs the indices apportion.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Output {
    Share,
    TargetMet,
}

impl Output {
    pub const ALL: [Output; 2] = [Output::Share, Output::TargetMet];

    pub const fn key(self) -> &'static str {
        match self {
            Output::Share => "share_in_target_year",
            Output::TargetMet => "target_met",
        }
    }

    pub fn indices(self, result: &SobolResult) -> &Indices {
        match self {
            Output::Share => &result.share,
            Output::TargetMet => &result.met,
        }
    }
}

/// The assumptions by total-order index of `output`, largest first (ties in
/// baseline order): (position in `result.inputs`, first order, total order).
pub fn ranked(result: &SobolResult, output: Output) -> Vec<(usize, Estimate, Estimate)> {
    let indices = output.indices(result);
    let mut rows: Vec<(usize, Estimate, Estimate)> = (0..result.inputs.len())
        .map(|i| (i, indices.first_order[i], indices.total_order[i]))
        .collect();
    rows.sort_by(|a, b| b.2.value.total_cmp(&a.2.value));
    rows
}

/// The parameter name of input `i`.
pub fn input_name(result: &SobolResult, i: usize, baseline: &Baseline) -> String {
    result
        .inputs
        .get(i)
        .map_or_else(String::new, |id| baseline.spec(*id).name.clone())
}

fn names_of(lang: Lang, result: &SobolResult, output: Output, baseline: &Baseline) -> String {
    let top: Vec<String> = ranked(result, output)
        .into_iter()
        .filter(|(_, _, total)| total.value > 0.0)
        .take(NAMED)
        .map(|(i, _, total)| {
            lang.format(
                "sobol-cli-named",
                &[
                    ("name", &input_name(result, i, baseline)),
                    ("total", &format!("{:.2}", total.value)),
                    ("low", &format!("{:.2}", total.low)),
                    ("high", &format!("{:.2}", total.high)),
                ],
            )
        })
        .collect();
    lang.and_list(&top, "sobol-cli-none")
}

/// "What matters most for the share in 2032: …; for meeting the target
/// (met in 41% of runs): …." in words.
pub fn sentence(lang: Lang, result: &SobolResult, policy: &Policy, baseline: &Baseline) -> String {
    let year = policy.target.year.to_string();
    let target = crate::format::as_typed_one_decimal(policy.target.share_pct);
    let share = names_of(lang, result, Output::Share, baseline);
    let first_sum: f64 = result.share.first_order.iter().map(|e| e.value).sum();
    let met = if result.met_is_rare() {
        lang.format(
            "sobol-cli-met-rare",
            &[
                ("target", &target),
                ("year", &year),
                ("pct", &format!("{:.1}", 100.0 * result.probability_met)),
                ("limit", &format!("{:.0}", 100.0 * RARE_OUTCOME_SHARE)),
            ],
        )
    } else if result.met.variance > 0.0 {
        lang.format(
            "sobol-cli-met",
            &[
                ("target", &target),
                ("year", &year),
                ("pct", &format!("{:.0}", 100.0 * result.probability_met)),
                (
                    "names",
                    &names_of(lang, result, Output::TargetMet, baseline),
                ),
            ],
        )
    } else {
        let always = lang.text(if result.probability_met >= 1.0 {
            "sobol-cli-always-met"
        } else {
            "sobol-cli-always-missed"
        });
        lang.format(
            "sobol-cli-met-fixed",
            &[("target", &target), ("year", &year), ("always", &always)],
        )
    };
    let interactions = if first_sum < 0.9 {
        lang.format(
            "sobol-cli-interactions",
            &[("pct", &format!("{:.0}", 100.0 * (1.0 - first_sum.max(0.0))))],
        )
    } else {
        lang.text("sobol-cli-little-interaction")
    };
    lang.format(
        "sobol-cli-sentence",
        &[
            ("year", &year),
            ("share", &share),
            ("met", &met),
            ("sum", &format!("{first_sum:.2}")),
            ("interactions", &interactions),
        ],
    )
}

fn estimate_json(e: &Estimate) -> Value {
    json!({"value": number(e.value), "low": number(e.low), "high": number(e.high)})
}

/// Why the indices of "target met" are flagged, in words (JSON and CSV).
fn rare_reason(result: &SobolResult) -> String {
    format!(
        "the target is met in {:.2}% of the runs, outside {:.0}%–{:.0}%: too few runs differ to apportion a variance, so these indices are noise",
        100.0 * result.probability_met,
        100.0 * RARE_OUTCOME_SHARE,
        100.0 * (1.0 - RARE_OUTCOME_SHARE)
    )
}

fn output_json(result: &SobolResult, output: Output, baseline: &Baseline) -> Value {
    let indices = output.indices(result);
    let flagged = output == Output::TargetMet && result.met_is_rare();
    let rows: Vec<Value> = ranked(result, output)
        .iter()
        .map(|(i, first, total)| {
            json!({
                "parameter": input_name(result, *i, baseline),
                "first_order": estimate_json(first),
                "total_order": estimate_json(total),
            })
        })
        .collect();
    json!({
        "variance": number(indices.variance),
        "clamped": indices.clamped,
        "flag": if flagged { Value::from("rare_outcome") } else { Value::Null },
        "flag_reason": if flagged { Value::from(rare_reason(result)) } else { Value::Null },
        "indices": rows,
    })
}

/// One row of the CSV: an assumption's indices for one output.
pub struct Row {
    pub output: Output,
    /// The assumption's name.
    pub parameter: String,
    pub first: Estimate,
    pub total: Estimate,
    /// The output's indices are noise (a rare outcome).
    pub flagged: bool,
}

/// The CSV's columns: output, assumption, each index with its interval, flag.
pub fn columns() -> Vec<Column<'static, Row>> {
    let index = |key: &'static str, label: &'static str, read: fn(&Row) -> f64| {
        Column::new(key, label, "0-1", move |r: &Row| Cell::Number(read(r)))
    };
    vec![
        Column::new("output", "Output", "", |r: &Row| Cell::text(r.output.key()))
            .defined("The output the indices apportion: `share_in_target_year` or `target_met`.", "5.3"),
        Column::new("parameter", "Assumption", "", |r: &Row| Cell::text(&r.parameter))
        .defined("The drawn assumption, named as in `levers assumptions`.", "5.3"),
        index("first_order", "First-order index", |r| r.first.value)
            .defined("Share of the output's variance due to the assumption alone, clamped to [0, 1].", "5.3"),
        index("first_order_low", "First-order index, low", |r| r.first.low)
            .defined("Lower end of the first-order index's 95% bootstrap interval.", "5.3"),
        index("first_order_high", "First-order index, high", |r| r.first.high)
            .defined("Upper end of the first-order index's 95% bootstrap interval.", "5.3"),
        index("total_order", "Total-order index", |r| r.total.value)
            .defined("Share of the output's variance due to the assumption with all its interactions, clamped to [0, 1].", "5.3"),
        index("total_order_low", "Total-order index, low", |r| r.total.low)
            .defined("Lower end of the total-order index's 95% bootstrap interval.", "5.3"),
        index("total_order_high", "Total-order index, high", |r| r.total.high)
            .defined("Upper end of the total-order index's 95% bootstrap interval.", "5.3"),
        Column::new("flag", "Flag", "", |r: &Row| {
            Cell::text(if r.flagged { "rare_outcome" } else { "" })
        })
        .defined("`rare_outcome` when the target is met in fewer than 1% or more than 99% of the runs: the output's indices are noise.", "5.3"),
    ]
}

/// The indices as JSON, CSV, a table or Markdown.
pub fn render(
    lang: Lang,
    file: &str,
    policy: &Policy,
    result: &SobolResult,
    baseline: &Baseline,
    format: OutputFormat,
) -> Result<String, crate::RenderError> {
    match format {
        OutputFormat::Json => pretty_json(&json!({
            "file": file,
            "name": policy.name,
            "method": "sobol",
            "samples": result.samples,
            "runs": result.samples * (result.inputs.len() + 2),
            "seed": result.seed,
            "target": {"share_pct": policy.target.share_pct, "year": policy.target.year},
            "probability_met": number(result.probability_met),
            "clamped_to": [0.0, 1.0],
            "share_in_target_year": output_json(result, Output::Share, baseline),
            "target_met": output_json(result, Output::TargetMet, baseline),
            "summary": sentence(Lang::En, result, policy, baseline),
        })),
        OutputFormat::Csv => {
            let rows: Vec<Row> = Output::ALL
                .into_iter()
                .flat_map(|output| {
                    let flagged = output == Output::TargetMet && result.met_is_rare();
                    ranked(result, output)
                        .into_iter()
                        .map(move |(input, first, total)| Row {
                            output,
                            parameter: input_name(result, input, baseline),
                            first,
                            total,
                            flagged,
                        })
                })
                .collect();
            csv(&columns(), &rows)
        }
        OutputFormat::Table | OutputFormat::Markdown => Ok(table(
            lang,
            file,
            policy,
            result,
            baseline,
            format == OutputFormat::Markdown,
        )),
    }
}

/// A ranked assumption: its position in the inputs, its indices of the share.
type Ranked = (usize, Estimate, Estimate);

/// The columns of the table: the assumption, then the first- and total-order
/// indices of the share and of meeting the target, each with its interval
/// (`–` for meeting the target when it is rare).
fn shown_columns<'a>(
    lang: Lang,
    policy: &Policy,
    result: &'a SobolResult,
    baseline: &'a Baseline,
) -> Vec<Shown<'a, Ranked>> {
    let interval = |e: &Estimate| format!("{:.2} ({:.2}–{:.2})", e.value, e.low, e.high);
    let rare = result.met_is_rare();
    let met = move |e: &Estimate| if rare { "–".to_string() } else { interval(e) };
    let year = policy.target.year.to_string();
    vec![
        Shown::left(lang.text("sobol-cli-assumption"), |r: &Ranked| {
            input_name(result, r.0, baseline)
        })
        .from_file(),
        Shown::right(
            lang.format("sobol-cli-share-first", &[("year", &year)]),
            move |r: &Ranked| interval(&r.1),
        ),
        Shown::right(lang.text("sobol-cli-total"), move |r: &Ranked| {
            interval(&r.2)
        }),
        Shown::right(lang.text("sobol-cli-met-first"), move |r: &Ranked| {
            met(&result.met.first_order[r.0])
        }),
        Shown::right(lang.text("sobol-cli-total"), move |r: &Ranked| {
            met(&result.met.total_order[r.0])
        }),
    ]
}

fn table(
    lang: Lang,
    file: &str,
    policy: &Policy,
    result: &SobolResult,
    baseline: &Baseline,
    markdown: bool,
) -> String {
    let ranked_share = ranked(result, Output::Share);
    let shown = &ranked_share[..ranked_share.len().min(SHOWN)];
    let runs = lang.format(
        "sobol-cli-runs",
        &[
            ("samples", &crate::format::thousands(result.samples as f64)),
            (
                "runs",
                &crate::format::thousands((result.samples * (result.inputs.len() + 2)) as f64),
            ),
            ("seed", &result.seed.to_string()),
        ],
    );
    let clamped = result.share.clamped + result.met.clamped;
    let runs = if clamped > 0 {
        format!(
            "{runs} {}",
            lang.format("sobol-cli-clamped", &[("count", &clamped.to_string())])
        )
    } else {
        runs
    };
    let summary = sentence(lang, result, policy, baseline);
    let mut out = if markdown {
        let title = titled(lang, "sobol-cli-title-markdown", &policy.name, file, true);
        let summary = crate::sanitise::markdown(&summary);
        format!("## {title}\n\n{runs}\n\n{summary}\n\n")
    } else {
        let title = titled(lang, "sobol-cli-title", &policy.name, file, false);
        format!("{title}\n{runs}\n\n{summary}\n\n")
    };
    let columns = shown_columns(lang, policy, result, baseline);
    out.push_str(&tabulate(&columns, shown, markdown));
    if ranked_share.len() > SHOWN {
        out.push('\n');
        out.push_str(&lang.format(
            "sobol-cli-more",
            &[("count", &(ranked_share.len() - SHOWN).to_string())],
        ));
        out.push('\n');
    }
    out
}
