//! `levers explain`: each headline outcome's change from the status quo, split
//! by lever group or measure (Shapley attribution).

use levers_core::analysis::{
    Attribution, AttributionMethod, Contributor, EXACT_LIMIT, Outcome, OutcomeShares,
};
use levers_core::{Baseline, Policy, project};
use serde_json::{Map, Value, json};

use super::{number, pretty_json};
use crate::OutputFormat;
use crate::columns::{Cell, Column, csv};
use crate::format::{money_bn, signed, signed_as, thousands};
use crate::i18n::Lang;
use crate::table::{Shown, cells, inert, tabulate, text_table, titled};

/// An outcome's value as people read it.
pub fn show(lang: Lang, outcome: Outcome, value: f64) -> String {
    match outcome {
        Outcome::ShareInTargetYear => format!("{value:.2}%"),
        Outcome::JobsInTargetYear => thousands(value),
        Outcome::EffectiveSectorsInTargetYear => format!("{value:.3}"),
        Outcome::CumulativeCostToTargetYear => money_bn(lang, value),
    }
}

/// A change in an outcome: `+1.23 pp`, `+12,300`, `+0.021`, `+HK$3.4 bn`.
pub fn show_change(lang: Lang, outcome: Outcome, change: f64) -> String {
    match outcome {
        Outcome::ShareInTargetYear => format!("{} {}", signed(change, 2), lang.unit("pp")),
        Outcome::JobsInTargetYear => signed_as(thousands, change),
        Outcome::EffectiveSectorsInTargetYear => signed(change, 3),
        Outcome::CumulativeCostToTargetYear => signed_as(|v| money_bn(lang, v), change),
    }
}

/// "Of +4.02 pp, R&D grants gave +1.20 pp, Land & rent +0.50 pp, …"
pub fn sentence(lang: Lang, attribution: &Attribution, shares: &OutcomeShares) -> String {
    if attribution.contributors.is_empty() {
        return lang.text("explain-no-levers");
    }
    let mut parts: Vec<(usize, f64)> = shares.parts.iter().copied().enumerate().collect();
    parts.sort_by(|a, b| b.1.abs().total_cmp(&a.1.abs()));
    let pieces: Vec<String> = parts
        .iter()
        .map(|(i, part)| {
            format!(
                "{} {}",
                lang.contributor(&attribution.contributors[*i]),
                show_change(lang, shares.outcome, *part)
            )
        })
        .collect();
    lang.format(
        "explain-sentence",
        &[
            ("outcome", &outcome_label(lang, shares.outcome)),
            (
                "change",
                &show_change(lang, shares.outcome, shares.change()),
            ),
            ("parts", &pieces.join(&lang.text("list-separator"))),
        ],
    )
}

/// A warning for each measure of `silent` (from [`silent_measures`]), so a
/// costly measure with no effect is never silent.
fn no_effect_notes(lang: Lang, silent: &[(String, f64)], target_year: i32) -> Vec<String> {
    silent
        .iter()
        .map(|(measure, cost_hkd_bn)| {
            lang.format(
                "explain-no-effect",
                &[
                    ("measure", measure),
                    ("cost", &crate::format::money_bn(lang, *cost_hkd_bn)),
                    ("year", &target_year.to_string()),
                ],
            )
        })
        .collect()
}

/// Each measure whose parts of the share and of manufacturing jobs in the
/// target year are nil while its part of the cost to that year is not, and
/// which adds no net jobs across the economy then either (training places
/// add workers outside manufacturing): its name in the reader's language and
/// that cost, HK$ bn. `explain`, `check`, `summary`, the brief and the
/// workbench all read this one finder.
pub fn silent_measures(
    lang: Lang,
    baseline: &Baseline,
    policy: &Policy,
    attribution: &Attribution,
) -> Vec<(String, f64)> {
    silent_contributors(baseline, policy, attribution)
        .into_iter()
        .filter_map(|(index, cost)| {
            let contributor = attribution.contributors.get(index)?;
            Some((lang.contributor(contributor), cost))
        })
        .collect()
}

/// [`silent_measures`] as positions in the attribution's contributors, with
/// each one's cost to the target year, HK$ bn.
pub fn silent_contributors(
    baseline: &Baseline,
    policy: &Policy,
    attribution: &Attribution,
) -> Vec<(usize, f64)> {
    let part = |outcome: Outcome, index: usize| {
        attribution
            .outcome(outcome)
            .and_then(|o| o.parts.get(index).copied())
            .unwrap_or(0.0)
    };
    let candidates: Vec<usize> = attribution
        .contributors
        .iter()
        .enumerate()
        .filter(|(index, contributor)| {
            matches!(contributor, Contributor::Measure { .. })
                && part(Outcome::ShareInTargetYear, *index).abs() < NO_SHARE_PP
                && part(Outcome::JobsInTargetYear, *index).abs() < NO_JOBS
                && part(Outcome::CumulativeCostToTargetYear, *index) >= SOME_COST_HKD_BN
        })
        .map(|(index, _)| index)
        .collect();
    if candidates.is_empty() {
        return Vec::new();
    }
    let year = policy.target.year;
    let net_jobs = |p: &Policy| {
        project(baseline, p)
            .year(year)
            .map_or(0.0, |y| y.net_jobs_added)
    };
    let with = net_jobs(policy);
    candidates
        .into_iter()
        .filter(|index| {
            let Some(Contributor::Measure { name, .. }) = attribution.contributors.get(*index)
            else {
                return false;
            };
            let mut without = policy.clone();
            without.measures.retain(|m| &m.name != name);
            (with - net_jobs(&without)).abs() < NO_JOBS
        })
        .map(|index| (index, part(Outcome::CumulativeCostToTargetYear, index)))
        .collect()
}

/// Below this a measure's part of the share is nil (pp): it rounds to 0.00.
pub const NO_SHARE_PP: f64 = 0.005;
/// Below this a measure's part of jobs is nil (jobs).
pub const NO_JOBS: f64 = 1.0;
/// From this a measure's cost counts (HK$ bn): HK$50 m, 0.1 as printed.
pub const SOME_COST_HKD_BN: f64 = 0.05;

/// Widest text table `explain` prints before turning it on its side.
const MAX_TEXT_WIDTH: usize = 120;

/// Widest a contributor's name is shown in the turned table, in columns.
const MAX_NAME_WIDTH: usize = 40;

/// The table with rows and columns swapped: the outcomes across (their
/// labels cut to fit), then status quo, package, change and each
/// contributor down.
fn transposed(titles: &[String], rows: &[Vec<String>]) -> (Vec<String>, Vec<Vec<String>>) {
    let mut turned_titles = vec![String::new()];
    turned_titles.extend(rows.iter().map(|row| {
        crate::format::fit(row.first().map_or("", String::as_str), 18)
            .trim_end()
            .to_string()
    }));
    let turned_rows = titles
        .iter()
        .enumerate()
        .skip(1)
        .map(|(column, title)| {
            let mut row = vec![
                crate::format::fit(title, MAX_NAME_WIDTH)
                    .trim_end()
                    .to_string(),
            ];
            row.extend(
                rows.iter()
                    .map(|r| r.get(column).cloned().unwrap_or_default()),
            );
            row
        })
        .collect();
    (turned_titles, turned_rows)
}

/// An outcome's short name with its year, as the workbench's strip says it
/// (`Share 2032`, `Cost to 2032`), for a column header.
fn short_outcome_label(lang: Lang, outcome: Outcome, year: i32) -> String {
    let id = match outcome {
        Outcome::ShareInTargetYear => "kpi-share",
        Outcome::JobsInTargetYear => "kpi-jobs",
        Outcome::EffectiveSectorsInTargetYear => "kpi-sectors",
        Outcome::CumulativeCostToTargetYear => "kpi-cost-to",
    };
    lang.format(id, &[("year", &year.to_string())])
}

/// An outcome's label in `lang`.
pub fn outcome_label(lang: Lang, outcome: Outcome) -> String {
    lang.text(&format!("outcome-label-{}", outcome.key()))
}

/// What a contributor's column holds.
pub const CONTRIBUTOR_DEFINITION: &str =
    "The contributor's part of the change (its Shapley value): the parts sum to the change.";

/// The CSV's columns, a row per outcome: its value without and with the
/// package, the change, and each contributor's part of it.
pub fn columns(contributors: &[Contributor]) -> Vec<Column<'_, OutcomeShares>> {
    let figure = |key: &'static str, label: &'static str, read: fn(&OutcomeShares) -> f64| {
        Column::new(
            key,
            label,
            "the outcome's unit",
            move |o: &OutcomeShares| Cell::Number(read(o)),
        )
    };
    let mut columns = vec![
        Column::new("outcome", "Outcome", "", |o: &OutcomeShares| {
            Cell::text(o.outcome.key())
        })
        .defined(
            "The headline outcome, in the package's target year (or to it, for the cost).",
            "5.2b",
        ),
        Column::new("unit", "Unit", "", |o: &OutcomeShares| {
            Cell::text(o.outcome.unit())
        })
        .defined("The outcome's unit.", "5.2b"),
        figure("status_quo", "Status quo", |o| o.status_quo)
            .defined("The outcome in the status quo (same target, horizon, budget and assumptions, nothing switched on).", "5.2b"),
        figure("total", "Package", |o| o.total).defined("The outcome with the package.", "5.2b"),
        figure("change", "Change", OutcomeShares::change)
            .defined("The package's outcome minus the status quo's.", "5.2b"),
    ];
    columns.extend(contributors.iter().enumerate().map(|(i, contributor)| {
        Column::new(
            contributor.key(),
            contributor.key(),
            "the outcome's unit",
            move |o: &OutcomeShares| Cell::Number(o.parts.get(i).copied().unwrap_or(f64::NAN)),
        )
        .defined(CONTRIBUTOR_DEFINITION, "5.2b")
    }));
    columns
}

/// The columns of the table, a row per outcome: its label, its value in the
/// status quo and with the package, the change, and each contributor's part
/// (titled by the contributor's name, from the file for a measure).
fn shown_columns(
    lang: Lang,
    target_year: i32,
    contributors: &[Contributor],
) -> Vec<Shown<'static, OutcomeShares>> {
    let year = target_year.to_string();
    let mut columns = vec![
        Shown::left(
            lang.format("explain-outcome", &[("year", &year)]),
            move |o: &OutcomeShares| outcome_label(lang, o.outcome),
        ),
        Shown::right(lang.text("explain-status-quo"), move |o: &OutcomeShares| {
            show(lang, o.outcome, o.status_quo)
        }),
        Shown::right(lang.text("explain-package"), move |o: &OutcomeShares| {
            show(lang, o.outcome, o.total)
        }),
        Shown::right(lang.text("explain-change"), move |o: &OutcomeShares| {
            show_change(lang, o.outcome, o.change())
        }),
    ];
    columns.extend(contributors.iter().enumerate().map(|(i, contributor)| {
        Shown::right(lang.contributor(contributor), move |o: &OutcomeShares| {
            show_change(lang, o.outcome, o.parts.get(i).copied().unwrap_or(f64::NAN))
        })
        .title_from_file()
    }));
    columns
}

pub fn render(
    lang: Lang,
    file: &str,
    name: &str,
    target_year: i32,
    attribution: &Attribution,
    silent: &[(String, f64)],
    format: OutputFormat,
) -> Result<String, crate::RenderError> {
    let contributors = &attribution.contributors;
    match format {
        OutputFormat::Json => {
            let outcomes: Vec<Value> = attribution
                .outcomes
                .iter()
                .map(|o| {
                    let parts: Map<String, Value> = contributors
                        .iter()
                        .zip(&o.parts)
                        .map(|(g, p)| (g.key().to_string(), number(*p)))
                        .collect();
                    let mut outcome = json!({
                        "outcome": o.outcome.key(),
                        "label": outcome_label(Lang::En, o.outcome),
                        "unit": o.outcome.unit(),
                        "status_quo": number(o.status_quo),
                        "total": number(o.total),
                        "change": number(o.change()),
                        "parts": parts,
                    });
                    // A sampled attribution: each part's standard error.
                    if matches!(attribution.method, AttributionMethod::SampledOrders(_)) {
                        let errors: Map<String, Value> = contributors
                            .iter()
                            .zip(&o.standard_errors)
                            .map(|(g, e)| (g.key().to_string(), number(*e)))
                            .collect();
                        outcome["standard_errors"] = Value::Object(errors);
                    }
                    outcome
                })
                .collect();
            let value = json!({
                "file": file,
                "name": name,
                "target_year": target_year,
                "groups": contributors.iter().map(Contributor::key).collect::<Vec<_>>(),
                "method": method_key(attribution.method),
                "outcomes": outcomes,
            });
            pretty_json(&value)
        }
        OutputFormat::Csv => csv(&columns(contributors), &attribution.outcomes),
        OutputFormat::Table | OutputFormat::Markdown => {
            let markdown = format == OutputFormat::Markdown;
            // Measure labels come from the file: the sentences that name them
            // are made inert for the medium.
            let from_file = |text: String| inert(&text, markdown);
            let title = titled(lang, "explain-title", name, file, markdown);
            let mut out = format!("{}{title}\n\n", if markdown { "## " } else { "" });
            let columns = shown_columns(lang, target_year, contributors);
            let table = tabulate(&columns, &attribution.outcomes, markdown);
            let too_wide = !markdown
                && table
                    .lines()
                    .any(|l| unicode_width::UnicodeWidthStr::width(l) > MAX_TEXT_WIDTH);
            out.push_str(&if too_wide {
                // Many measures: one row each, the outcomes across, so the
                // table stays as wide as a terminal however many there are.
                let (titles, rows) = cells(&columns, &attribution.outcomes, false);
                let (mut titles, rows) = transposed(&titles, &rows);
                // Across, the outcomes' short names, whole (`Share 2032`).
                for (title, outcome) in titles.iter_mut().skip(1).zip(&attribution.outcomes) {
                    *title = short_outcome_label(lang, outcome.outcome, target_year);
                }
                text_table(&titles, &rows)
            } else {
                table
            });
            out.push('\n');
            if let Some(share) = attribution.outcome(Outcome::ShareInTargetYear) {
                out.push_str(&from_file(sentence(lang, attribution, share)));
                out.push('\n');
            }
            for note in no_effect_notes(lang, silent, target_year) {
                out.push_str(&from_file(note));
                out.push('\n');
            }
            out.push_str(&lang.text("explain-shapley"));
            out.push('\n');
            if let Some(note) = sampling_note(lang, attribution) {
                out.push_str(&note);
                out.push('\n');
            }
            Ok(out)
        }
    }
}

fn method_key(method: AttributionMethod) -> &'static str {
    match method {
        AttributionMethod::Exact => "exact",
        AttributionMethod::SampledOrders(_) => "sampled_orders",
    }
}

/// For a sampled attribution: how it was estimated and how precise it is.
pub fn sampling_note(lang: Lang, attribution: &Attribution) -> Option<String> {
    let AttributionMethod::SampledOrders(orders) = attribution.method else {
        return None;
    };
    let share = attribution.outcome(Outcome::ShareInTargetYear)?;
    let largest = share.standard_errors.iter().fold(0.0_f64, |m, e| m.max(*e));
    Some(lang.format(
        "explain-sampled",
        &[
            ("count", &attribution.contributors.len().to_string()),
            ("limit", &EXACT_LIMIT.to_string()),
            ("orders", &orders.to_string()),
            ("error", &format!("{largest:.4}")),
        ],
    ))
}
