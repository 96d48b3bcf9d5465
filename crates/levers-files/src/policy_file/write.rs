//! Writing a policy as a commented, human-readable file. What is written reads
//! back to the same policy (the round-trip tests hold this).

use std::fmt::Write;

use levers_core::policy::MAX_HORIZON;
use levers_core::{Baseline, Lever, LeverGroup, Policy, Timing};

/// The policy as TOML, every field commented with its meaning, unit and range:
/// format 2 when it has measures (lever groups are then written as measures
/// too), format 1 when it has lever groups only (as the workbench edits them).
/// Either begins with a `#:schema` line naming the installed schema
/// ([`crate::schema_install`]).
pub fn write_policy(policy: &Policy, baseline: &Baseline) -> String {
    if !policy.measures.is_empty() {
        return super::write_measures::write_policy_2(policy, baseline);
    }
    write_policy_1(policy, baseline)
}

/// Format 1: the lever groups (measures, if any, are not written).
pub(super) fn write_policy_1(policy: &Policy, baseline: &Baseline) -> String {
    let mut out = String::new();
    write_head(&mut out, policy, baseline, 1);
    for group in LeverGroup::ALL {
        if let Some(lever) = policy.levers.get(group) {
            write_lever(&mut out, group, lever);
        }
    }
    write_assumptions(&mut out, policy, baseline);
    out
}

/// The lines every format shares before the levers or measures.
pub(super) fn write_head(out: &mut String, policy: &Policy, baseline: &Baseline, format: i64) {
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
    let _ = writeln!(out, "format = {format}");
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

pub(super) fn write_assumptions(out: &mut String, policy: &Policy, baseline: &Baseline) {
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

fn write_lever(out: &mut String, group: LeverGroup, lever: &Lever) {
    let _ = writeln!(out, "\n[levers.{}]  # {}", group.key(), group.label());
    for field in group.fields() {
        let spec = field.spec();
        let value = lever.values[field.slot()];
        let text = if spec.integer && value.fract() == 0.0 {
            format!("{value:.0}")
        } else {
            float(value)
        };
        let comment = format!(
            "{} ({}, {} ..= {})",
            spec.help, spec.unit, spec.min, spec.max
        );
        line(out, spec.key, &text, &comment);
    }
    write_timing(out, lever.timing);
    if let Some(weights) = lever.sector_weights {
        super::write_measures::write_sectors(out, weights);
    }
}

pub(super) fn write_timing(out: &mut String, timing: Timing) {
    line(
        out,
        "start",
        &timing.start.to_string(),
        "first year the lever acts",
    );
    line(
        out,
        "ramp_years",
        &timing.ramp_years.to_string(),
        "years to reach full strength, 0 ..= 10",
    );
    if let Some(end) = timing.end {
        line(out, "end", &end.to_string(), "last year the lever acts");
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
