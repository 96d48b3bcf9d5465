//! Writing format 2: the package's measures, one `[measures.<name>]` table each,
//! and the annotated template `levers new` prints.

use std::fmt::Write;

use levers_core::measure::{Amount, Measure, MeasureKind, is_measure_name, measures_from_levers};
use levers_core::{Baseline, Policy, Sector, Timing};

use super::write::{float, line, quoted, write_assumptions, write_head, write_timing};

pub(super) fn write_policy_2(policy: &Policy, baseline: &Baseline) -> String {
    let mut out = String::new();
    write_head(&mut out, policy, baseline, 2);
    // A lever group written as measures takes names no measure of the
    // package has (two measures of one name would not read back).
    let taken = |name: &str| policy.measures.iter().any(|m| m.name == name);
    let from_levers = measures_from_levers(&policy.levers)
        .into_iter()
        .map(|mut m| {
            let base = m.name.replace('.', "_");
            // Of these len + 1 names at least one is free.
            m.name = (1..=policy.measures.len() + 1)
                .map(|n| {
                    if n == 1 {
                        base.clone()
                    } else {
                        format!("{base}_{n}")
                    }
                })
                .find(|name| !taken(name))
                .unwrap_or(base);
            m
        });
    for measure in from_levers.chain(policy.measures.iter().cloned()) {
        write_measure(&mut out, &measure);
    }
    write_assumptions(&mut out, policy, baseline);
    out
}

fn write_measure(out: &mut String, measure: &Measure) {
    let name = if is_measure_name(&measure.name) {
        measure.name.clone()
    } else {
        quoted(&measure.name)
    };
    let spec = measure.kind.field().spec();
    let _ = writeln!(out, "\n[measures.{name}]");
    line(out, "kind", &quoted(measure.kind.key()), spec.help);
    let range = format!("{}, {} ..= {}", spec.unit, spec.min, spec.max);
    match &measure.amount {
        Amount::Constant(value) => line(out, "amount", &number(measure.kind, *value), &range),
        Amount::Schedule(points) => {
            let entries: Vec<String> = points
                .iter()
                .map(|(year, value)| format!("{year} = {}", number(measure.kind, *value)))
                .collect();
            let comment = format!("{range}; each value holds until the next year named");
            line(
                out,
                "amount",
                &format!("{{ {} }}", entries.join(", ")),
                &comment,
            );
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
    write_timing(out, measure.timing);
    if let Some(weights) = measure.sector_weights {
        write_sectors(out, weights);
    }
    match &measure.label {
        Some(label) if !label.is_plain() => {
            let entries: Vec<String> = label
                .translations
                .iter()
                .map(|(tag, text)| format!("{tag} = {}", quoted(text)))
                .collect();
            let _ = writeln!(out, "label = {{ {} }}", entries.join(", "));
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

pub(super) fn write_sectors(out: &mut String, weights: [f64; levers_core::MANUFACTURING_COUNT]) {
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

/// Counts as whole numbers, everything else with a decimal point.
fn number(kind: MeasureKind, value: f64) -> String {
    if kind.field().spec().integer && value.fract() == 0.0 {
        format!("{value:.0}")
    } else {
        float(value)
    }
}

/// The annotated template `levers new` prints: real-looking measures with sources.
pub fn template(baseline: &Baseline) -> String {
    let start = baseline.first_policy_year() + 1;
    let mut policy = Policy::status_quo();
    policy.name = "My package".to_string();
    policy.description = "What this package is for, in a sentence.".to_string();
    policy.budget.cap_hkd_bn_per_year = Some(30.0);
    let timing = |start, ramp_years, end| Timing {
        start,
        ramp_years,
        end,
    };
    policy.measures = vec![
        Measure {
            name: "nias".into(),
            kind: MeasureKind::Coinvestment,
            amount: Amount::Schedule(vec![(start, 2.0), (start + 3, 4.0)]),
            timing: timing(start, 0, None),
            sector_weights: Some([1.0, 1.0, 0.5, 1.0, 0.0]),
            matching_ratio: Some(2.0),
            label: Some("New Industrialisation Acceleration Scheme".into()),
            source: Some("Policy Address 2023; ITC launch, 16 Sep 2024 (1:2 matching)".into()),
            note: Some("HK$10 bn, spread over five years, doubled when re-funded".into()),
        },
        Measure {
            name: "research_matching".into(),
            kind: MeasureKind::RdGrants,
            amount: Amount::Constant(0.5),
            timing: timing(start, 0, Some(start + 2)),
            sector_weights: None,
            matching_ratio: Some(1.0),
            label: Some("Research Matching Grant Scheme".into()),
            source: Some("Policy Address 2024, 16 Oct 2024".into()),
            note: None,
        },
        Measure {
            name: "san_tin_land".into(),
            kind: MeasureKind::LandRelease,
            amount: Amount::Constant(25.0),
            timing: timing(start + 2, 2, None),
            sector_weights: Some([1.0, 1.0, 1.0, 1.0, 0.0]),
            matching_ratio: None,
            label: Some("San Tin Technopole I&T land".into()),
            source: Some("Development Bureau LegCo paper, May 2023".into()),
            note: None,
        },
    ];
    // The `#:schema` line stays first, where editors look for it.
    let body = write_policy_2(&policy, baseline);
    let (schema_line, rest) = body.split_once('\n').unwrap_or(("", &body));
    format!("{schema_line}\n{TEMPLATE_HEADER}{rest}")
}

const TEMPLATE_HEADER: &str = "\
# ---------------------------------------------------------------------------
# A levers policy package (format 2). Edit it, then run `levers eval NAME.toml`
# or open it with `levers tui NAME.toml` (`levers new NAME.toml` writes one).
#
# - A package is a list of named measures: [measures.<name>]. Names are letters,
#   digits, `_` and `-`; diffs and stacking (a.toml+b.toml) match measures by name.
# - `kind` is one of: rent_subsidy (% of rent), land_release (ha a year),
#   rd_grants (HK$ bn a year), talent_admissions (people a year),
#   training_places (places a year), profits_tax_concession (percentage points),
#   coinvestment (HK$ bn a year), gba_scaleup_share (0..1). Two measures may be
#   of the same kind: their amounts add up.
# - `amount` is a constant (`amount = 10.0`) or a schedule keyed by year
#   (`amount = { 2026 = 10.0, 2029 = 20.0 }`). A schedule steps: each value holds
#   from its year until the next year named, and the measure does nothing
#   before the first. Budgets are voted year by year, so values do not blend.
# - Optional: `start` (default: the first policy year), `ramp_years` (default 0,
#   years to reach full strength), `end` (inclusive), `sectors` (weights over
#   microelectronics, ai_robotics, nev, biotech, traditional; default all five
#   equal), `matching_ratio` (rd_grants and coinvestment only: private HK$ per
#   public HK$), and provenance: `label`, `source`, `note`.
# - [budget] is optional; without a cap nothing is scaled down.
# - [assumptions] may override any baseline parameter within its plausible range,
#   e.g. `rd_depreciation = 0.2` or `nev.growth = 0.08`.
# - Format-1 files ([levers.*] groups) still work; `levers migrate FILE`
#   rewrites one as format 2, keeping its comments.
# ---------------------------------------------------------------------------
";
