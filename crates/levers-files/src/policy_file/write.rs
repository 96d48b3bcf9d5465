//! Writing a policy as a commented, human-readable format-2 file: its
//! measures, one `[measures.<name>]` table each. What is written reads back to
//! the same policy (the round-trip tests hold this).

use std::fmt::Write;

use levers_core::measure::{Amount, Eligibility, Measure, MeasureKind, is_measure_name};
use levers_core::policy::{CURRENT_FORMAT, MAX_HORIZON};
use levers_core::problem_kind::Words;
use levers_core::{Baseline, Policy, Sector, Timing};

/// The policy as TOML in the current format (2), every field commented with
/// its meaning, unit and range, beginning with a `#:schema` line naming the
/// installed schema ([`crate::schema_install`]).
pub fn write_policy(words: &dyn Words, policy: &Policy, baseline: &Baseline) -> String {
    let mut out = String::new();
    write_head(&mut out, policy, baseline);
    for measure in &policy.measures {
        write_measure(words, &mut out, measure);
    }
    write_assumptions(&mut out, policy, baseline);
    out
}

/// The lines before the measures.
fn write_head(out: &mut String, policy: &Policy, baseline: &Baseline) {
    let first = baseline.first_policy_year();
    let _ = writeln!(out, "{}", crate::schema_install::schema_line());
    let _ = writeln!(
        out,
        "# levers policy package. Check it with `levers check FILE`;"
    );
    let _ = writeln!(
        out,
        "# every key is explained in `levers new` and docs/MODEL.md."
    );
    let _ = writeln!(out, "format = {CURRENT_FORMAT}");
    let _ = writeln!(out, "name = {}", quoted(&policy.name));
    if !policy.description.is_empty() {
        let _ = writeln!(out, "description = {}", quoted(&policy.description));
    }
    line(
        out,
        "horizon",
        &policy.horizon.to_string(),
        &format!("last projected year, {first} ..= {MAX_HORIZON}"),
    );

    let _ = writeln!(out, "\n[target]");
    line(
        out,
        "manufacturing_share_pct",
        &float(policy.target.share_pct),
        "manufacturing share of GDP aimed at, % (0 < x <= 50)",
    );
    line(
        out,
        "year",
        &policy.target.year.to_string(),
        "the year it should be reached",
    );

    let budget = policy.budget;
    let _ = writeln!(out, "\n[budget]");
    if let Some(cap) = budget.cap_hkd_bn_per_year {
        line(
            out,
            "cap_hkd_bn_per_year",
            &float(cap),
            "HK$ bn a year of outlays (not financing cost); above it levers scale down pro rata",
        );
    }
    line(
        out,
        "funding",
        &quoted(budget.funding.key()),
        "\"reserves\" | \"borrowing\" | \"reallocation\"",
    );
}

fn write_assumptions(out: &mut String, policy: &Policy, baseline: &Baseline) {
    if !policy.assumptions.is_empty() {
        let _ = writeln!(
            out,
            "\n[assumptions]  # overrides of baseline parameters (see `levers assumptions`)"
        );
        for (id, value) in &policy.assumptions {
            let spec = baseline.spec(*id);
            let comment = format!(
                "{}, plausible {} ..= {}; baseline {}",
                spec.unit, spec.low, spec.high, spec.value
            );
            line(out, &spec.name, &float(*value), &comment);
        }
    }
}

fn write_measure(words: &dyn Words, out: &mut String, measure: &Measure) {
    let name = if is_measure_name(&measure.name) {
        measure.name.clone()
    } else {
        quoted(&measure.name)
    };
    let spec = measure.kind.field().spec();
    let _ = writeln!(out, "\n[measures.{name}]");
    line(
        out,
        "kind",
        &quoted(measure.kind.key()),
        &words.lever_help(measure.kind.field()),
    );
    let range = format!("{}, {} ..= {}", spec.unit, spec.min, spec.max);
    match &measure.amount {
        Amount::Constant(value) => line(out, "amount", &number(measure.kind, *value), &range),
        Amount::Schedule(points) => {
            let entries = points
                .iter()
                .map(|(year, value)| format!("{year} = {}", number(measure.kind, *value)));
            let comment = format!("{range}; each value holds until the next year named");
            line(out, "amount", &inline_table(entries), &comment);
        }
    }
    if let Some(ratio) = measure.matching_ratio {
        line(
            out,
            "matching_ratio",
            &float(ratio),
            "private HK$ per public HK$",
        );
    }
    if measure.eligible != Eligibility::AllFirms {
        line(
            out,
            "eligible",
            &format!("\"{}\"", measure.eligible.key()),
            "paid to plants built from the base year on; incumbents receive nothing",
        );
    }
    write_timing(out, measure.timing);
    if let Some(weights) = measure.sector_weights {
        write_sectors(out, weights);
    }
    match &measure.label {
        Some(label) if !label.is_plain() => {
            let entries = label
                .translations
                .iter()
                .map(|(tag, text)| format!("{tag} = {}", quoted(text)));
            let _ = writeln!(out, "label = {}", inline_table(entries));
        }
        Some(label) => {
            let _ = writeln!(out, "label = {}", quoted(label));
        }
        None => {}
    }
    for (key, text) in [("source", &measure.source), ("note", &measure.note)] {
        if let Some(text) = text {
            let _ = writeln!(out, "{key} = {}", quoted(text));
        }
    }
}

fn write_sectors(out: &mut String, weights: [f64; levers_core::MANUFACTURING_COUNT]) {
    let entries = Sector::MANUFACTURING
        .iter()
        .zip(weights)
        .filter(|(_, w)| *w != 0.0)
        .map(|(s, w)| format!("{} = {}", s.key(), float(w)));
    let comment = "relative weights; sectors left out get none";
    line(out, "sectors", &inline_table(entries), comment);
}

/// `{ a = 1, b = 2 }`: `entries` as an inline table.
fn inline_table(entries: impl Iterator<Item = String>) -> String {
    format!("{{ {} }}", entries.collect::<Vec<_>>().join(", "))
}

/// Counts as whole numbers, everything else with a decimal point.
fn number(kind: MeasureKind, value: f64) -> String {
    if kind.field().spec().integer && value.fract() == 0.0 {
        format!("{value:.0}")
    } else {
        float(value)
    }
}

fn write_timing(out: &mut String, timing: Timing) {
    line(
        out,
        "start",
        &timing.start.to_string(),
        "first year the measure acts",
    );
    line(
        out,
        "ramp_years",
        &timing.ramp_years.to_string(),
        "years to reach full strength, 0 ..= 10",
    );
    if let Some(end) = timing.end {
        line(out, "end", &end.to_string(), "last year the measure acts");
    }
}

pub(super) fn line(out: &mut String, key: &str, value: &str, comment: &str) {
    let assignment = format!("{key} = {value}");
    let _ = writeln!(out, "{assignment:<34} # {comment}");
}

/// Shortest text that reads back to exactly `value`, always with a decimal point.
pub(super) fn float(value: f64) -> String {
    format!("{value:?}")
}

pub(super) fn quoted(text: &str) -> String {
    toml::Value::String(text.to_string()).to_string()
}
