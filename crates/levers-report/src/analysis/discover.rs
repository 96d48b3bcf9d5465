//! `levers discover`: scenario discovery. What would have to be true for a
//! package to reach an outcome — the draws where it happens, the box of
//! assumptions PRIM found around them, each restriction with its
//! quasi-p-value, the peeling trajectory, and a sentence a brief can quote.
//! Formats only: every number comes from `levers_core::analysis::discover`.

use levers_core::analysis::Outcome;
use levers_core::analysis::discover::{
    BoxSearch, ChosenBox, Dimension, Discovery, Restriction, Step,
};
use levers_core::{Baseline, Policy};
use serde_json::{Value, json};

use super::number;
use crate::columns::{Cell, Column};
use crate::i18n::Lang;
use crate::table::Shown;

/// A restriction counts in the sentence when its quasi-p-value is at most this.
pub const SIGNIFICANT: f64 = 0.05;

/// The name and unit of column `j` of the samples.
pub fn dimension(discovery: &Discovery, j: usize, baseline: &Baseline) -> (String, String) {
    match discovery.dimensions.get(j) {
        Some(Dimension::Assumption(id)) => {
            let spec = baseline.spec(*id);
            (spec.name.clone(), spec.unit.clone())
        }
        Some(Dimension::Varied(k)) => discovery
            .varied
            .get(*k)
            .map_or_else(Default::default, |v| (v.name.clone(), v.unit.clone())),
        None => (String::new(), String::new()),
    }
}

/// The range column `j` is drawn from: an assumption's plausible range, a
/// varied field's LO..HI.
pub fn dimension_range(discovery: &Discovery, j: usize, baseline: &Baseline) -> (f64, f64) {
    match discovery.dimensions.get(j) {
        Some(Dimension::Assumption(id)) => {
            let spec = baseline.spec(*id);
            (spec.low, spec.high)
        }
        Some(Dimension::Varied(k)) => discovery
            .varied
            .get(*k)
            .map_or((f64::NAN, f64::NAN), |v| (v.low, v.high)),
        None => (f64::NAN, f64::NAN),
    }
}

/// A threshold as people write it: `1.2`, `5.0`, `100,000`.
fn threshold_text(value: f64) -> String {
    if value.abs() >= 1000.0 {
        crate::format::thousands(value)
    } else if (value * 10.0).round() == value * 10.0 {
        format!("{value:.1}")
    } else {
        short(value)
    }
}

/// A number with three significant figures, no exponent for everyday sizes.
pub fn short(value: f64) -> String {
    if !value.is_finite() {
        return "–".to_string();
    }
    let magnitude = value.abs();
    let decimals = if magnitude == 0.0 || magnitude >= 100.0 {
        0
    } else if magnitude >= 10.0 {
        1
    } else if magnitude >= 1.0 {
        2
    } else if magnitude >= 0.01 {
        3
    } else {
        5
    };
    format!("{value:.decimals$}")
}

/// `cost_elasticity >= 3.1`, `x <= 0.9`, `x from 1 to 2`.
pub fn restriction_text(lang: Lang, name: &str, restriction: &Restriction) -> String {
    let (low, high) = (short(restriction.low), short(restriction.high));
    let id = format!("discover-{}", bound_key(restriction).replace('_', "-"));
    lang.format(&id, &[("name", name), ("low", &low), ("high", &high)])
}

/// `>= 3.1`, `<= 0.9`, `1 – 2`: the range alone, for a table cell.
pub fn range_text(lang: Lang, restriction: &Restriction) -> String {
    let (low, high) = (short(restriction.low), short(restriction.high));
    let id = format!(
        "discover-range-{}",
        bound_key(restriction).replace('_', "-")
    );
    lang.format(&id, &[("low", &low), ("high", &high)])
}

/// "Blueprint 2032 meets its target (5.0% by 2032) in 3% of the 1,000 draws"
/// — what the cases are and how many.
fn cases_clause(lang: Lang, discovery: &Discovery, policy: &Policy) -> String {
    let case = &discovery.case;
    let pct = crate::format::percent(discovery.case_share());
    let draws = crate::format::thousands(discovery.draws as f64);
    let year = case.year.to_string();
    let threshold = threshold_text(case.threshold);
    let id = match (case.is_target, case.below, case.outcome) {
        (true, false, _) => "discover-cases-target-met",
        (true, true, _) => "discover-cases-target-missed",
        (false, false, Outcome::ShareInTargetYear) => "discover-cases-share-reached",
        (false, true, Outcome::ShareInTargetYear) => "discover-cases-share-missed",
        (false, false, _) => "discover-cases-outcome-reached",
        (false, true, _) => "discover-cases-outcome-missed",
    };
    lang.format_counts(
        id,
        &[
            ("name", &policy.name),
            ("threshold", &threshold),
            ("year", &year),
            ("pct", &pct),
            ("draws", &draws),
            (
                "outcome",
                &lang.text(&format!("discover-outcome-{}", case.outcome.key())),
            ),
            ("unit", &lang.unit(case.outcome.unit())),
        ],
        &[("draw_count", discovery.draws as i64)],
    )
}

/// What the box says, in words.
fn box_clause(
    lang: Lang,
    discovery: &Discovery,
    chosen: &ChosenBox,
    baseline: &Baseline,
) -> String {
    let coverage = crate::format::percent(chosen.coverage);
    let density = crate::format::percent(chosen.density);
    if chosen.restrictions.is_empty() {
        return lang.format("discover-no-restriction", &[("coverage", &coverage)]);
    }
    let (strong, weak): (Vec<&Restriction>, Vec<&Restriction>) = chosen
        .restrictions
        .iter()
        .partition(|r| r.quasi_p <= SIGNIFICANT);
    let said: Vec<String> = strong
        .iter()
        .map(|r| restriction_text(lang, &dimension(discovery, r.dimension, baseline).0, r))
        .collect();
    let mut clause = if said.is_empty() {
        lang.format_counts(
            "discover-none-significant",
            &[],
            &[("count", weak.len() as i64)],
        )
    } else {
        lang.format(
            "discover-box",
            &[
                ("coverage", &coverage),
                ("restrictions", &lang.and_list(&said, "sobol-cli-none")),
                ("density", &density),
            ],
        )
    };
    if !said.is_empty() && !weak.is_empty() {
        clause = lang.then(
            &clause,
            &lang.format("discover-weaker", &[("count", &weak.len().to_string())]),
        );
    }
    clause
}

/// What to do on the command line when the first search found too few or too
/// many cases to draw a box (documents and the workbench do not say it);
/// `lower_share`, when known, a share the package reaches in one draw in ten.
pub fn command_line_advice(
    lang: Lang,
    discovery: &Discovery,
    lower_share: Option<f64>,
) -> Option<String> {
    match discovery.searches.first()? {
        BoxSearch::TooFewCases { .. } => Some(match lower_share {
            Some(share) => lang.format(
                "discover-cli-too-few-share",
                &[("share", &crate::format::as_typed_one_decimal(share))],
            ),
            None => lang.text("discover-cli-too-few"),
        }),
        BoxSearch::TooManyCases { .. } => Some(lang.text("discover-cli-too-many")),
        BoxSearch::Found { .. } => None,
    }
}

/// The sentence a brief can quote, for the first box (and the second, if any).
pub fn sentence(lang: Lang, discovery: &Discovery, policy: &Policy, baseline: &Baseline) -> String {
    let cases = cases_clause(lang, discovery, policy);
    let mut parts = Vec::new();
    for (k, search) in discovery.searches.iter().enumerate() {
        let part = match search {
            BoxSearch::Found { chosen, .. } => box_clause(lang, discovery, chosen, baseline),
            BoxSearch::TooFewCases { cases, needed } => lang.format_counts(
                if k == 0 {
                    "discover-too-few"
                } else {
                    "discover-too-few-left"
                },
                &[("needed", &needed.to_string())],
                &[("cases", *cases as i64)],
            ),
            BoxSearch::TooManyCases { non_cases, needed } => lang.format(
                "discover-too-many",
                &[
                    ("non_cases", &non_cases.to_string()),
                    ("needed", &needed.to_string()),
                ],
            ),
        };
        parts.push(if k == 0 {
            part
        } else {
            lang.format("discover-second", &[("clause", &part)])
        });
    }
    lang.format(
        "discover-sentence",
        &[("cases", &cases), ("boxes", &parts.join(" "))],
    )
}

/// Which ends of its range a restriction bounds: `at_least`, `at_most`, `between`.
fn bound_key(r: &Restriction) -> &'static str {
    match (r.low_bound, r.high_bound) {
        (true, false) => "at_least",
        (false, true) => "at_most",
        _ => "between",
    }
}

fn step_json(k: usize, step: &Step) -> Value {
    json!({
        "step": k,
        "coverage": number(step.coverage),
        "density": number(step.density),
        "mass": number(step.mass),
        "restricted_dimensions": step.restricted,
    })
}

fn box_json(discovery: &Discovery, chosen: &ChosenBox, baseline: &Baseline) -> Value {
    let restrictions: Vec<Value> = chosen
        .restrictions
        .iter()
        .map(|r| {
            let (parameter, unit) = dimension(discovery, r.dimension, baseline);
            json!({
                "parameter": parameter,
                "unit": unit,
                "low": number(r.low),
                "high": number(r.high),
                "bound": bound_key(r),
                "quasi_p": number(r.quasi_p),
                "density_without": number(r.density_without),
            })
        })
        .collect();
    json!({
        "step": chosen.step,
        "coverage": number(chosen.coverage),
        "density": number(chosen.density),
        "mass": number(chosen.mass),
        "cases": chosen.cases,
        "points": chosen.points,
        "restrictions": restrictions,
        "dropped_restrictions": chosen.dropped,
    })
}

fn search_json(discovery: &Discovery, search: &BoxSearch, baseline: &Baseline) -> Value {
    match search {
        BoxSearch::Found { trajectory, chosen } => json!({
            "trajectory": trajectory.iter().enumerate().map(|(k, s)| step_json(k, s)).collect::<Vec<_>>(),
            "box": box_json(discovery, chosen, baseline),
            "no_box": Value::Null,
        }),
        BoxSearch::TooFewCases { cases, needed } => json!({
            "trajectory": [],
            "box": Value::Null,
            "no_box": {"reason": "too_few_cases", "cases": cases, "needed": needed},
        }),
        BoxSearch::TooManyCases { non_cases, needed } => json!({
            "trajectory": [],
            "box": Value::Null,
            "no_box": {"reason": "too_many_cases", "non_cases": non_cases, "needed": needed},
        }),
    }
}

/// The whole discovery as one JSON object: `cases`, `draws`, `trajectory`
/// and `box` of the first search at the top, every search under `boxes`.
pub fn to_json(
    lang: Lang,
    file: &str,
    policy: &Policy,
    discovery: &Discovery,
    baseline: &Baseline,
) -> Value {
    let case = &discovery.case;
    let searches: Vec<Value> = discovery
        .searches
        .iter()
        .map(|s| search_json(discovery, s, baseline))
        .collect();
    let first = searches.first().cloned().unwrap_or(Value::Null);
    let dimensions: Vec<Value> = (0..discovery.dimensions.len())
        .map(|j| {
            let (parameter, unit) = dimension(discovery, j, baseline);
            let kind = match discovery.dimensions[j] {
                Dimension::Assumption(_) => "assumption",
                Dimension::Varied(_) => "varied",
            };
            json!({"parameter": parameter, "unit": unit, "kind": kind})
        })
        .collect();
    let options = &discovery.options;
    json!({
        "file": file,
        "name": policy.name,
        "method": "prim",
        "draws": discovery.draws,
        "seed": discovery.seed,
        "case": {
            "outcome": case.outcome.key(),
            "threshold": number(case.threshold),
            "unit": case.outcome.unit(),
            "year": case.year,
            "below": case.below,
            "target": case.is_target,
        },
        "cases": discovery.cases,
        "case_share": number(discovery.case_share()),
        "options": {
            "peel_alpha": options.peel_alpha,
            "paste_alpha": options.paste_alpha,
            "min_mass": options.min_mass,
            "min_coverage": options.min_coverage,
            "min_cases": options.min_cases,
            "max_quasi_p": options.max_quasi_p,
        },
        "dimensions": dimensions,
        "trajectory": first.get("trajectory").cloned().unwrap_or(Value::Null),
        "box": first.get("box").cloned().unwrap_or(Value::Null),
        "no_box": first.get("no_box").cloned().unwrap_or(Value::Null),
        "boxes": searches,
        "summary": sentence(lang, discovery, policy, baseline),
    })
}

/// One row of the CSV: a restriction of a chosen box.
pub struct Row<'d> {
    /// The box's number, from 1.
    pub number: usize,
    pub chosen: &'d ChosenBox,
    pub restriction: &'d Restriction,
    /// The restricted dimension's name and unit.
    pub parameter: String,
    pub unit: String,
}

/// The CSV's columns: the box (the same on each of its rows), then the
/// restriction.
pub fn columns<'d>() -> Vec<Column<'static, Row<'d>>> {
    let of_box = |key: &'static str, label: &'static str, read: fn(&ChosenBox) -> f64| {
        Column::new(key, label, "share", move |r: &Row<'d>| {
            Cell::Number(read(r.chosen))
        })
    };
    let of_restriction = |key: &'static str, label: &'static str, read: fn(&Restriction) -> f64| {
        Column::new(key, label, "the parameter's unit", move |r: &Row<'d>| {
            Cell::Number(read(r.restriction))
        })
    };
    vec![
        Column::new("box", "Box", "index", |r: &Row<'d>| {
            Cell::Whole(i64::try_from(r.number).ok())
        })
        .defined("The box's number: 1, or 2 for the box sought among the draws outside the first (`--boxes 2`).", "5.4"),
        Column::new("step", "Step", "index", |r: &Row<'d>| {
            Cell::Whole(i64::try_from(r.chosen.step).ok())
        })
        .defined("The step of the peeling trajectory chosen as the box.", "5.4"),
        of_box("coverage", "Coverage", |b| b.coverage)
            .defined("Cases in the box over all cases.", "5.4"),
        of_box("density", "Density", |b| b.density)
            .defined("Cases in the box over the draws in the box.", "5.4"),
        of_box("mass", "Mass", |b| b.mass).defined("Share of all draws inside the box.", "5.4"),
        Column::new("parameter", "Parameter", "", |r: &Row<'d>| Cell::text(&r.parameter))
            .defined("The restricted assumption, or the varied dial or measure field (`--vary`).", "5.4"),
        Column::new("unit", "Unit", "", |r: &Row<'d>| Cell::text(&r.unit))
            .defined("The parameter's unit.", "5.4"),
        of_restriction("low", "Low limit", |r| r.low)
            .defined("The low end of the parameter's range in the box.", "5.4"),
        of_restriction("high", "High limit", |r| r.high)
            .defined("The high end of the parameter's range in the box.", "5.4"),
        Column::new("bound", "Bound", "at_least/at_most/between", |r: &Row<'d>| {
            Cell::text(bound_key(r.restriction))
        })
        .defined("Which ends restrict: `at_least` (the low), `at_most` (the high) or `between` (both).", "5.4"),
        Column::new("quasi_p", "Quasi-p-value", "probability", |r: &Row<'d>| {
            Cell::Number(r.restriction.quasi_p)
        })
        .defined("The chance of at least this many cases in the box if the restriction were dropped, the density without it taken as the chance of a case (one-sided binomial; Bryant & Lempert 2010).", "5.4"),
        Column::new("density_without", "Density without", "share", |r: &Row<'d>| {
            Cell::Number(r.restriction.density_without)
        })
        .defined("The density of the box with this restriction dropped.", "5.4"),
    ]
}

pub(super) fn csv(
    discovery: &Discovery,
    baseline: &Baseline,
) -> Result<String, crate::RenderError> {
    let mut rows = Vec::new();
    for (k, search) in discovery.searches.iter().enumerate() {
        let BoxSearch::Found { chosen, .. } = search else {
            continue;
        };
        for restriction in &chosen.restrictions {
            let (parameter, unit) = dimension(discovery, restriction.dimension, baseline);
            rows.push(Row {
                number: k + 1,
                chosen,
                restriction,
                parameter,
                unit,
            });
        }
    }
    crate::columns::csv(&columns(), &rows)
}

/// The columns of a box's restrictions: the parameter and its unit (from the
/// baseline or the package file), the range in the box, the range sampled and
/// the quasi-p-value.
pub fn restriction_columns<'a>(
    lang: Lang,
    discovery: &'a Discovery,
    baseline: &'a Baseline,
) -> Vec<Shown<'a, Restriction>> {
    let title = |key: &str| lang.text(key);
    vec![
        Shown::left(title("discover-cli-parameter"), |r: &Restriction| {
            dimension(discovery, r.dimension, baseline).0
        })
        .from_file(),
        Shown::right(title("discover-cli-in-box"), move |r: &Restriction| {
            range_text(lang, r)
        }),
        Shown::right(title("discover-cli-sampled"), |r: &Restriction| {
            let (low, high) = dimension_range(discovery, r.dimension, baseline);
            format!("{} – {}", short(low), short(high))
        }),
        Shown::left(title("discover-cli-unit"), move |r: &Restriction| {
            lang.unit(&dimension(discovery, r.dimension, baseline).1)
        })
        .from_file(),
        Shown::right(title("discover-cli-quasi-p"), |r: &Restriction| {
            p_text(r.quasi_p)
        }),
    ]
}

/// A quasi-p-value as tables print it: `< 0.001`, `0.032`.
pub fn p_text(p: f64) -> String {
    if p < 0.001 {
        "< 0.001".to_string()
    } else {
        format!("{p:.3}")
    }
}
