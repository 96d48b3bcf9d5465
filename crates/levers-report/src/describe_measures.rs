//! Format-2 measures in words: an amount as people say it (`HK$10.0 bn a year
//! from 2025, HK$20.0 bn a year from 2028`) and what changed between the
//! measures of two packages, matched by name — "NIAS: HK$10.0 bn a year →
//! HK$12.0 bn a year from 2027", a new measure, a removed one. The sentences
//! quote labels from the files: the writer of each medium makes them inert.

use levers_core::Policy;
use levers_core::measure::{Amount, Measure};

use crate::describe::sector_weights_in;
use crate::i18n::language;

/// The name people know a measure by: its label in the language of report
/// output ([`language`]), else its key.
pub fn measure_label(measure: &Measure) -> &str {
    measure_label_in(language(), measure)
}

/// The name people know a measure by in `lang`: its label for that language
/// (`label = { en = "…", zh-Hant = "…" }`), its plain label, else its key.
pub fn measure_label_in(lang: crate::i18n::Lang, measure: &Measure) -> &str {
    measure
        .label
        .as_ref()
        .map_or(measure.name.as_str(), |label| {
            label.for_language(lang.tag())
        })
}

/// `HK$10.0 bn a year`, or for a schedule `HK$10.0 bn a year from 2025,
/// HK$20.0 bn a year from 2028`.
pub fn amount_phrase(measure: &Measure) -> String {
    amount_phrase_in(crate::i18n::language(), measure)
}

/// [`amount_phrase`] in `lang`.
pub fn amount_phrase_in(lang: crate::i18n::Lang, measure: &Measure) -> String {
    let field = measure.kind.field();
    match &measure.amount {
        Amount::Constant(value) => crate::describe::describe_value_in(lang, field, *value),
        Amount::Schedule(points) => points
            .iter()
            .map(|(year, value)| {
                lang.format(
                    "amount-from",
                    &[
                        (
                            "amount",
                            &crate::describe::describe_value_in(lang, field, *value),
                        ),
                        ("year", &year.to_string()),
                    ],
                )
            })
            .collect::<Vec<_>>()
            .join(&lang.text("list-separator")),
    }
}

/// The amount with its timing: `HK$10.0 bn a year from 2025 until 2029`.
fn amount_with_timing(measure: &Measure) -> String {
    amount_with_timing_in(language(), measure)
}

/// The amount with its timing (`HK$10.0 bn a year from 2025 until 2029`) in `lang`.
pub fn amount_with_timing_in(lang: crate::i18n::Lang, measure: &Measure) -> String {
    let mut text = amount_phrase_in(lang, measure);
    if matches!(measure.amount, Amount::Constant(_)) {
        text = from_year_in(lang, &text, measure.timing.start);
    }
    if let Some(end) = measure.timing.end {
        text = lang.format(
            "measure-until",
            &[("text", &text), ("year", &end.to_string())],
        );
    }
    text
}

/// `HK$10.0 bn a year from 2025` (`2025 年起每年 100億港元`).
fn from_year(amount: &str, year: i32) -> String {
    from_year_in(language(), amount, year)
}

fn from_year_in(lang: crate::i18n::Lang, amount: &str, year: i32) -> String {
    lang.format(
        "amount-from",
        &[("amount", amount), ("year", &year.to_string())],
    )
}

/// `subject: from → to`, in the report's language.
fn change(subject: &str, from: &str, to: &str) -> String {
    language().format(
        "change-line",
        &[("subject", subject), ("change", &format!("{from} → {to}"))],
    )
}

/// `subject: <what> from → to`, the what from message `id` (`ramp 2 → 3 years`).
fn worded(subject: &str, id: &str, from: &str, to: &str) -> String {
    let lang = language();
    let what = lang.format(id, &[("change", &format!("{from} → {to}"))]);
    lang.format("change-line", &[("subject", subject), ("change", &what)])
}

/// Every difference between the measures of `a` and `b`, one sentence each:
/// changed measures and new ones in `b`'s order, then removed ones.
pub fn measure_changes(a: &Policy, b: &Policy) -> Vec<String> {
    let lang = language();
    let mut changes = Vec::new();
    for after in &b.measures {
        match a.measures.iter().find(|m| m.name == after.name) {
            None => changes.push(lang.format(
                "measure-new",
                &[
                    ("label", measure_label(after)),
                    ("kind", &lang.lever_field(after.kind.field())),
                    ("amount", &amount_with_timing(after)),
                ],
            )),
            Some(before) => changes.extend(changed(before, after)),
        }
    }
    for before in &a.measures {
        if !b.measures.iter().any(|m| m.name == before.name) {
            changes.push(lang.format(
                "measure-removed",
                &[
                    ("label", measure_label(before)),
                    ("amount", &amount_with_timing(before)),
                ],
            ));
        }
    }
    changes
}

/// The differences of one measure, named by its label in `after`.
fn changed(before: &Measure, after: &Measure) -> Vec<String> {
    let lang = language();
    let label = measure_label(after);
    let mut changes = Vec::new();
    if before.kind != after.kind {
        changes.push(worded(
            label,
            "change-kind",
            before.kind.key(),
            after.kind.key(),
        ));
    }
    let (t0, t1) = (before.timing, after.timing);
    let both_constant = matches!(
        (&before.amount, &after.amount),
        (Amount::Constant(_), Amount::Constant(_))
    );
    if both_constant && t0.start != t1.start {
        changes.push(change(
            label,
            &from_year(&amount_phrase(before), t0.start),
            &from_year(&amount_phrase(after), t1.start),
        ));
    } else {
        if before.amount != after.amount || before.kind != after.kind {
            changes.push(change(label, &amount_phrase(before), &amount_phrase(after)));
        }
        if t0.start != t1.start {
            changes.push(worded(
                label,
                "change-starts",
                &t0.start.to_string(),
                &t1.start.to_string(),
            ));
        }
    }
    if t0.ramp_years != t1.ramp_years {
        changes.push(worded(
            label,
            "change-ramp",
            &t0.ramp_years.to_string(),
            &t1.ramp_years.to_string(),
        ));
    }
    if t0.end != t1.end {
        let show = |e: Option<i32>| {
            e.map_or(lang.text("change-no-end"), |y| {
                lang.format("change-ends", &[("year", &y.to_string())])
            })
        };
        changes.push(change(label, &show(t0.end), &show(t1.end)));
    }
    if before.weight_shares() != after.weight_shares() {
        let show = |w| sector_weights_in(lang, w).unwrap_or_else(|| lang.text("change-all-equal"));
        changes.push(worded(
            label,
            "change-weights",
            &show(before.sector_weights),
            &show(after.sector_weights),
        ));
    }
    if before.matching_ratio != after.matching_ratio {
        let show = |r: Option<f64>| {
            r.map_or_else(|| lang.text("change-model-default"), |r| format!("{r}"))
        };
        changes.push(worded(
            label,
            "change-matching",
            &show(before.matching_ratio),
            &show(after.matching_ratio),
        ));
    }
    if before.label != after.label {
        let none = lang.text("compare-none");
        changes.push(worded(
            &after.name,
            "change-label",
            before.label.as_deref().unwrap_or(&none),
            after.label.as_deref().unwrap_or(&none),
        ));
    }
    if before.source != after.source {
        changes.push(lang.format(
            "change-line",
            &[("subject", label), ("change", &lang.text("change-source"))],
        ));
    }
    changes
}

#[cfg(test)]
mod tests {
    use super::*;
    use levers_core::measure::MeasureKind;

    fn nias(amount: Amount, start: i32) -> Measure {
        Measure {
            label: Some("NIAS".into()),
            ..Measure::new("nias", MeasureKind::RdGrants, amount, start)
        }
    }

    fn package(measures: Vec<Measure>) -> Policy {
        let mut policy = Policy::status_quo();
        policy.measures = measures;
        policy
    }

    #[test]
    fn a_changed_amount_and_start_read_as_one_sentence() {
        let a = package(vec![nias(Amount::Constant(10.0), 2025)]);
        let b = package(vec![nias(Amount::Constant(12.0), 2027)]);
        assert_eq!(
            measure_changes(&a, &b),
            ["NIAS: HK$10.0 bn a year from 2025 → HK$12.0 bn a year from 2027"]
        );
    }

    #[test]
    fn a_schedule_names_each_year_and_new_and_removed_measures_are_named() {
        let a = package(vec![nias(Amount::Constant(10.0), 2025)]);
        let mut itf = nias(Amount::Schedule(vec![(2026, 1.0), (2028, 2.0)]), 2026);
        itf.name = "itf".into();
        itf.label = None;
        let b = package(vec![itf]);
        assert_eq!(
            measure_changes(&a, &b),
            [
                "New measure itf (R&D grants): HK$1.0 bn a year from 2026, HK$2.0 bn a year from 2028",
                "Measure NIAS removed (was HK$10.0 bn a year from 2025)"
            ]
        );
        assert!(measure_changes(&b, &b).is_empty());
    }
}
