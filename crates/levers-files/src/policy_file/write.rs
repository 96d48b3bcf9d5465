//! Writing a policy as a commented, human-readable file. What is written reads
//! back to the same policy (the round-trip tests hold this).

use std::fmt::Write;

use levers_core::policy::{CURRENT_FORMAT, MAX_HORIZON};
use levers_core::{Baseline, Lever, LeverField, LeverGroup, Policy, Sector, Timing};

/// The policy as TOML, every field commented with its meaning, unit and range.
pub fn write_policy(policy: &Policy, baseline: &Baseline) -> String {
    let first = baseline.first_policy_year();
    let mut out = String::new();
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
        &mut out,
        "horizon",
        &policy.horizon.to_string(),
        &format!("last projected year, {first} ..= {MAX_HORIZON}"),
    );

    let _ = writeln!(out, "\n[target]");
    line(
        &mut out,
        "manufacturing_share_pct",
        &float(policy.target.share_pct),
        "manufacturing share of GDP aimed at, % (0 < x <= 50)",
    );
    line(
        &mut out,
        "year",
        &policy.target.year.to_string(),
        "the year it should be reached",
    );

    let budget = policy.budget;
    let _ = writeln!(out, "\n[budget]");
    if let Some(cap) = budget.cap_hkd_bn_per_year {
        line(
            &mut out,
            "cap_hkd_bn_per_year",
            &float(cap),
            "HK$ bn a year of outlays (not financing cost); above it levers scale down pro rata",
        );
    }
    line(
        &mut out,
        "funding",
        &quoted(budget.funding.key()),
        "\"reserves\" | \"borrowing\" | \"reallocation\"",
    );

    for group in LeverGroup::ALL {
        if let Some(lever) = policy.levers.get(group) {
            write_lever(&mut out, group, lever);
        }
    }

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
            line(&mut out, &spec.name, &float(*value), &comment);
        }
    }
    out
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
        let entries: Vec<String> = Sector::MANUFACTURING
            .iter()
            .zip(weights)
            .filter(|(_, w)| *w != 0.0)
            .map(|(s, w)| format!("{} = {}", s.key(), float(w)))
            .collect();
        line(
            out,
            "sectors",
            &format!("{{ {} }}", entries.join(", ")),
            "relative weights; sectors left out get none",
        );
    }
}

fn write_timing(out: &mut String, timing: Timing) {
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

fn line(out: &mut String, key: &str, value: &str, comment: &str) {
    let assignment = format!("{key} = {value}");
    let _ = writeln!(out, "{assignment:<34} # {comment}");
}

/// Shortest text that reads back to exactly `value`, always with a decimal point.
fn float(value: f64) -> String {
    format!("{value:?}")
}

fn quoted(text: &str) -> String {
    toml::Value::String(text.to_string()).to_string()
}

/// The annotated template `levers new` prints: every lever used, with moderate values.
pub fn template(baseline: &Baseline) -> String {
    let start = baseline.first_policy_year() + 1;
    let mut policy = Policy::status_quo();
    policy.name = "My package".to_string();
    policy.description = "What this package is for, in a sentence.".to_string();
    let values = [
        (LeverField::RentSubsidyPct, 30.0),
        (LeverField::LandReleaseHaPerYear, 20.0),
        (LeverField::GrantsHkdBnPerYear, 5.0),
        (LeverField::CofundingRatio, 2.0),
        (LeverField::AdmissionsPerYear, 10_000.0),
        (LeverField::TrainingPlacesPerYear, 5_000.0),
        (LeverField::ProfitsTaxConcessionPp, 5.0),
        (LeverField::CoinvestmentHkdBnPerYear, 2.0),
        (LeverField::ScaleupInGbaShare, 0.5),
    ];
    for (field, value) in values {
        policy.set_lever_value(field, value, start);
    }
    if let Some(land) = policy.levers.get_mut(LeverGroup::Land) {
        land.timing.ramp_years = 2;
        land.sector_weights = Some([1.0, 1.0, 0.5, 1.0, 0.0]);
    }
    policy.budget.cap_hkd_bn_per_year = Some(30.0);
    let mut text = String::from(TEMPLATE_HEADER);
    text.push_str(&write_policy(&policy, baseline));
    text
}

const TEMPLATE_HEADER: &str = "\
# ---------------------------------------------------------------------------
# A levers policy package (format 1). Save it as NAME.toml, edit the values, and
# run `levers eval NAME.toml` or open it with `levers tui NAME.toml`.
#
# - Any [levers.*] table may be deleted: that lever is then not used.
# - Every lever has `start` (required), `ramp_years` (default 0) and an optional
#   `end` (inclusive), and optional `sectors` weights over the five manufacturing
#   sectors: microelectronics, ai_robotics, nev, biotech, traditional (default:
#   all five equal). Money levers are split by the weights; rate levers apply in
#   full to the most favoured sector and proportionally to the others.
# - [budget] is optional; without a cap nothing is scaled down.
# - [assumptions] may override any baseline parameter within its plausible range,
#   e.g. `rd_depreciation = 0.2` or `nev.growth = 0.08`.
# ---------------------------------------------------------------------------
";
