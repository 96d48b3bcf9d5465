//! Plain-language descriptions shared by the reports and the workbench: lever
//! values as people say them, the differences between two packages, and what
//! binds when a goal seek falls short. Pure: no I/O, no report formats.

use levers_core::analysis::seek::Binding;
use levers_core::{Baseline, LeverField, LeverGroup, Policy, Sector};

pub use crate::describe_measures::{
    amount_phrase, amount_phrase_in, measure_changes, measure_label, measure_label_in,
};
use crate::format::thousands;

/// A value as people say it, in the report's language: `HK$5.0 bn a year`,
/// `30% of rent`, `10,000 people a year`.
pub fn describe_value(field: LeverField, value: f64) -> String {
    describe_value_in(crate::i18n::language(), field, value)
}

/// [`describe_value`] in `lang`, from the catalogue's `value-*` messages.
pub fn describe_value_in(lang: crate::i18n::Lang, field: LeverField, value: f64) -> String {
    let number = match field {
        LeverField::RentSubsidyPct | LeverField::LandReleaseHaPerYear => format!("{value:.0}"),
        LeverField::AdmissionsPerYear | LeverField::TrainingPlacesPerYear => thousands(value),
        LeverField::ScaleupInGbaShare => format!("{:.0}", value * 100.0),
        _ => format!("{value:.prec$}", prec = field.decimals_for(value).max(1)),
    };
    let money = crate::format::money_bn(lang, value);
    lang.format(
        &format!("value-{}", field.spec().key),
        &[("value", &number), ("money", &money)],
    )
}

/// Every difference between `a` and `b`, one sentence each, in a fixed order.
pub fn lever_changes(a: &Policy, b: &Policy, baseline: &Baseline) -> Vec<String> {
    let lang = crate::i18n::language();
    // `subject: from → to`, in the report's language.
    let change = |subject: &str, from: &str, to: &str| {
        lang.format(
            "change-line",
            &[("subject", subject), ("change", &format!("{from} → {to}"))],
        )
    };
    let mut changes = Vec::new();
    for group in LeverGroup::ALL {
        let name = lang.lever_group(group);
        match (a.levers.get(group), b.levers.get(group)) {
            (None, None) => {}
            (Some(_), None) => changes.push(change(
                &name,
                &lang.text("change-used"),
                &lang.text("change-not-used"),
            )),
            (None, Some(lever)) => changes.push(change(
                &name,
                &lang.text("change-not-used"),
                &lang.format(
                    "change-used-from",
                    &[("year", &lever.timing.start.to_string())],
                ),
            )),
            (Some(x), Some(y)) => {
                let t = (x.timing, y.timing);
                // `subject: starts 2025 → 2027`: the arrow stays out of the catalogue.
                let worded = |id: &str, from: &str, to: &str| {
                    lang.format(
                        "change-line",
                        &[
                            ("subject", &name),
                            (
                                "change",
                                &lang.format(id, &[("change", &format!("{from} → {to}"))]),
                            ),
                        ],
                    )
                };
                if t.0.start != t.1.start {
                    changes.push(worded(
                        "change-starts",
                        &t.0.start.to_string(),
                        &t.1.start.to_string(),
                    ));
                }
                if t.0.ramp_years != t.1.ramp_years {
                    changes.push(worded(
                        "change-ramp",
                        &t.0.ramp_years.to_string(),
                        &t.1.ramp_years.to_string(),
                    ));
                }
                if t.0.end != t.1.end {
                    let show = |e: Option<i32>| {
                        e.map_or(lang.text("change-no-end"), |y| {
                            lang.format("change-ends", &[("year", &y.to_string())])
                        })
                    };
                    changes.push(change(&name, &show(t.0.end), &show(t.1.end)));
                }
                if x.weight_shares() != y.weight_shares() {
                    let weights = |w: Option<[f64; 5]>| {
                        sector_weights_in(lang, w).unwrap_or_else(|| lang.text("change-all-equal"))
                    };
                    changes.push(worded(
                        "change-weights",
                        &weights(x.sector_weights),
                        &weights(y.sector_weights),
                    ));
                }
            }
        }
        for field in group.fields() {
            let (va, vb) = (a.levers.value(field), b.levers.value(field));
            if va != vb {
                changes.push(change(
                    &lang.lever_field(field),
                    &describe_value(field, va),
                    &describe_value(field, vb),
                ));
            }
        }
    }
    changes.extend(measure_changes(a, b));
    if a.target != b.target {
        let target = |t: &levers_core::Target| {
            lang.format(
                "change-target-value",
                &[
                    ("share", &format!("{:.1}", t.share_pct)),
                    ("year", &t.year.to_string()),
                ],
            )
        };
        changes.push(change(
            &lang.text("change-target"),
            &target(&a.target),
            &target(&b.target),
        ));
    }
    if a.horizon != b.horizon {
        changes.push(change(
            &lang.text("change-horizon"),
            &a.horizon.to_string(),
            &b.horizon.to_string(),
        ));
    }
    if a.budget.cap_hkd_bn_per_year != b.budget.cap_hkd_bn_per_year {
        let show = |c: Option<f64>| match (c, lang) {
            (None, _) => lang.text("change-no-cap"),
            (Some(c), crate::i18n::Lang::En) => format!("HK${c:.1} bn a year"),
            (Some(c), _) => lang.format(
                "change-cap",
                &[("money", &crate::format::money_bn(lang, c))],
            ),
        };
        changes.push(change(
            &lang.text("change-budget-cap"),
            &show(a.budget.cap_hkd_bn_per_year),
            &show(b.budget.cap_hkd_bn_per_year),
        ));
    }
    if a.budget.funding != b.budget.funding {
        let funding = |f: levers_core::Funding| lang.text(&format!("funding-{}", f.key()));
        changes.push(change(
            &lang.text("change-funding"),
            &funding(a.budget.funding),
            &funding(b.budget.funding),
        ));
    }
    for spec in &baseline.specs {
        let (x, y) = (a.assumption(spec.id), b.assumption(spec.id));
        if x != y {
            let show = |v: Option<f64>| {
                v.map_or_else(
                    || lang.format("change-baseline", &[("value", &spec.value.to_string())]),
                    |v| v.to_string(),
                )
            };
            changes.push(lang.format(
                "change-assumption",
                &[
                    ("name", &spec.name),
                    ("change", &format!("{} → {}", show(x), show(y))),
                    ("unit", &lang.unit(&spec.unit)),
                ],
            ));
        }
    }
    changes
}

/// `microelectronics 1, nev 0.5` — the sectors a lever favours, with their weights;
/// `None` when it treats all five equally.
pub fn sector_weights_in(lang: crate::i18n::Lang, weights: Option<[f64; 5]>) -> Option<String> {
    if lang == crate::i18n::Lang::En {
        return sector_weights(weights);
    }
    let weights = weights?;
    let parts: Vec<String> = Sector::MANUFACTURING
        .iter()
        .zip(weights)
        .filter(|(_, w)| *w > 0.0)
        .map(|(s, w)| format!("{} {w}", lang.sector(*s)))
        .collect();
    Some(parts.join("、"))
}

/// The sector weights by sector key (`microelectronics 2, nev 1`).
pub fn sector_weights(weights: Option<[f64; 5]>) -> Option<String> {
    let weights = weights?;
    let parts: Vec<String> = Sector::MANUFACTURING
        .iter()
        .zip(weights)
        .filter(|(_, w)| *w > 0.0)
        .map(|(s, w)| format!("{} {w}", s.key()))
        .collect();
    Some(parts.join(", "))
}

/// "the labour supply", "the budget cap", "the ceilings of R&D grants, Co-investment".
pub fn binding_phrase(binding: &Binding) -> String {
    let lang = crate::i18n::language();
    match binding {
        Binding::Labour => lang.text("binds-labour"),
        Binding::Land => lang.text("binds-land"),
        Binding::Absorption => lang.text("binds-absorption"),
        Binding::Budget => lang.text("binds-budget"),
        Binding::LeverCeilings(fields) => lang.format(
            "binds-lever-maxima",
            &[(
                "levers",
                &fields
                    .iter()
                    .map(|f| lang.lever_field(*f))
                    .collect::<Vec<_>>()
                    .join(&lang.text("list-separator")),
            )],
        ),
    }
}

/// "… binds: a, b and c" or "no constraint binds".
pub fn binding_list(binding: &[Binding]) -> String {
    let phrases: Vec<String> = binding.iter().map(binding_phrase).collect();
    crate::i18n::language().and_list(&phrases, "binds-nothing")
}
