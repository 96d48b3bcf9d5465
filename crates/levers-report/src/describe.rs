//! Plain-language descriptions shared by the reports and the workbench: dial
//! values and measure amounts as people say them (`HK$10.0 bn a year from
//! 2025, HK$20.0 bn a year from 2028`), the differences between two packages
//! (measures matched by name: "NIAS: HK$10.0 bn a year → HK$12.0 bn a year
//! from 2027", a new measure, a removed one), and what binds when a goal seek
//! falls short. Pure: no I/O, no report formats. The sentences quote labels
//! from the files: the writer of each medium makes them inert.

use levers_core::analysis::seek::Binding;
use std::borrow::Cow;

use levers_core::measure::{Amount, Eligibility, Measure};
use levers_core::{Baseline, LeverField, Policy, Sector};

use crate::i18n::Lang;

/// A value as people say it in `lang`, from the catalogue's `value-*`
/// messages: `HK$5.0 bn a year`, `30% of rent`, `10,000 people a year`.
pub fn describe_value(lang: Lang, field: LeverField, value: f64) -> String {
    let number = match field {
        // As stored: a typed 45.5% of rent is not "46%".
        LeverField::RentSubsidyPct | LeverField::LandReleaseHaPerYear => {
            format!("{value:.prec$}", prec = field.decimals_for(value))
        }
        LeverField::AdmissionsPerYear | LeverField::TrainingPlacesPerYear => {
            crate::format::thousands_with(value, field.decimals_for(value))
        }
        LeverField::ScaleupInGbaShare => format!(
            "{:.prec$}",
            value * 100.0,
            prec = field.decimals_for(value).saturating_sub(2)
        ),
        _ => format!("{value:.prec$}", prec = field.decimals_for(value).max(1)),
    };
    let money = crate::format::money_bn(lang, value);
    lang.format(
        &format!("value-{}", field.spec().key),
        &[("value", &number), ("money", &money)],
    )
}

/// Every difference between `a` and `b`, one sentence each, in a fixed order.
pub fn lever_changes(lang: Lang, a: &Policy, b: &Policy, baseline: &Baseline) -> Vec<String> {
    let change = |subject: &str, from: &str, to: &str| change_line(lang, subject, from, to);
    let mut changes = measure_changes(lang, a, b);
    if a.target != b.target {
        let target = |t: &levers_core::Target| {
            lang.format(
                "change-target-value",
                &[
                    ("share", &crate::format::as_typed_one_decimal(t.share_pct)),
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
            (Some(c), Lang::En) => format!("HK${c:.1} bn a year"),
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

/// `microelectronics 1, nev 0.5` — the sectors a lever favours, with their
/// weights; `None` when it treats all five equally. English names the sectors
/// by key, as a package file writes them; another language by its labels
/// (`微電子 1、新能源汽車 0.5`).
pub fn sector_weights(lang: Lang, weights: Option<[f64; 5]>) -> Option<String> {
    let weights = weights?;
    let name = |s: Sector| match lang {
        Lang::En => s.key().to_string(),
        Lang::ZhHant => lang.sector(s),
    };
    let parts: Vec<String> = Sector::MANUFACTURING
        .iter()
        .zip(weights)
        .filter(|(_, w)| *w > 0.0)
        .map(|(s, w)| format!("{} {w}", name(*s)))
        .collect();
    Some(parts.join(if lang == Lang::En { ", " } else { "、" }))
}

/// "the labour supply", "the budget cap", "the ceilings of R&D grants, Co-investment".
pub fn binding_phrase(lang: Lang, binding: &Binding) -> String {
    match binding {
        Binding::Labour => lang.text("binds-labour"),
        Binding::Land => lang.text("binds-land"),
        Binding::Absorption => lang.text("binds-absorption"),
        Binding::Budget => lang.text("binds-budget"),
        Binding::LeverCeilings(fields) => lang.format(
            "binds-lever-maxima",
            &[("levers", &field_list(lang, fields))],
        ),
        Binding::Demand(fields) => {
            lang.format("binds-demand", &[("levers", &field_list(lang, fields))])
        }
    }
}

/// Fields by their names in `lang`, in a list.
fn field_list(lang: Lang, fields: &[levers_core::LeverField]) -> String {
    fields
        .iter()
        .map(|f| lang.lever_field(*f))
        .collect::<Vec<_>>()
        .join(&lang.text("list-separator"))
}

/// "… binds: a, b and c" or "no constraint binds".
pub fn binding_list(lang: Lang, binding: &[Binding]) -> String {
    let phrases: Vec<String> = binding.iter().map(|b| binding_phrase(lang, b)).collect();
    lang.and_list(&phrases, "binds-nothing")
}

/// The name people know a measure by in `lang`: its label for that language
/// (`label = { en = "…", zh-Hant = "…" }`), its plain label; a measure named
/// by its kind (a dial, as a format-1 file's groups are read) the dial's name
/// from the catalogue; else its key.
pub fn measure_label(lang: Lang, measure: &Measure) -> Cow<'_, str> {
    match &measure.label {
        Some(label) => Cow::Borrowed(label.for_language(lang.tag())),
        None if measure.is_dial() => Cow::Owned(lang.lever_field(measure.kind.field())),
        None => Cow::Borrowed(measure.name.as_str()),
    }
}

/// `HK$10.0 bn a year`, or for a schedule `HK$10.0 bn a year from 2025,
/// HK$20.0 bn a year from 2028`, in `lang`.
pub fn amount_phrase(lang: Lang, measure: &Measure) -> String {
    let field = measure.kind.field();
    let amount = match &measure.amount {
        Amount::Constant(value) => describe_value(lang, field, *value),
        Amount::Schedule(points) => points
            .iter()
            .map(|(year, value)| from_year(lang, &describe_value(lang, field, *value), *year))
            .collect::<Vec<_>>()
            .join(&lang.text("list-separator")),
    };
    match measure.eligible {
        Eligibility::AllFirms => amount,
        Eligibility::NewPlants => {
            crate::brackets::with_note(lang, &amount, &eligibility(lang, measure.eligible))
        }
    }
}

/// The amount with its timing (`HK$10.0 bn a year from 2025 until 2029`) in `lang`.
pub fn amount_with_timing(lang: Lang, measure: &Measure) -> String {
    let mut text = amount_phrase(lang, measure);
    if matches!(measure.amount, Amount::Constant(_)) {
        text = from_year(lang, &text, measure.timing.start);
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
fn from_year(lang: Lang, amount: &str, year: i32) -> String {
    lang.format(
        "amount-from",
        &[("amount", amount), ("year", &year.to_string())],
    )
}

/// `subject: from → to`, in `lang`.
fn change_line(lang: Lang, subject: &str, from: &str, to: &str) -> String {
    lang.format(
        "change-line",
        &[("subject", subject), ("change", &format!("{from} → {to}"))],
    )
}

/// `subject: <what> from → to`, the what from message `id` (`ramp 2 → 3 years`).
fn worded(lang: Lang, subject: &str, id: &str, from: &str, to: &str) -> String {
    let what = lang.format(id, &[("change", &format!("{from} → {to}"))]);
    lang.format("change-line", &[("subject", subject), ("change", &what)])
}

/// Every difference between the measures of `a` and `b`, one sentence each:
/// changed measures and new ones in `b`'s order, then removed ones.
pub fn measure_changes(lang: Lang, a: &Policy, b: &Policy) -> Vec<String> {
    let mut changes = Vec::new();
    // A dial's measure (named by its kind, as format 1 is read) reads as
    // the dial moved from or to zero: `Rent subsidy: 0% of rent → 50% of rent from 2025`.
    let zero = |m: &Measure| describe_value(lang, m.kind.field(), 0.0);
    for after in &b.measures {
        match a.measures.iter().find(|m| m.name == after.name) {
            None if after.is_dial() && after.label.is_none() => changes.push(change_line(
                lang,
                &measure_label(lang, after),
                &zero(after),
                &amount_with_timing(lang, after),
            )),
            None => changes.push(lang.format(
                "measure-new",
                &[
                    ("label", &measure_label(lang, after)),
                    ("kind", &lang.lever_field(after.kind.field())),
                    ("amount", &amount_with_timing(lang, after)),
                ],
            )),
            Some(before) => changes.extend(changed(lang, before, after)),
        }
    }
    for before in &a.measures {
        if b.measures.iter().any(|m| m.name == before.name) {
            continue;
        }
        if before.is_dial() && before.label.is_none() {
            changes.push(change_line(
                lang,
                &measure_label(lang, before),
                &amount_with_timing(lang, before),
                &zero(before),
            ));
        } else {
            changes.push(lang.format(
                "measure-removed",
                &[
                    ("label", &measure_label(lang, before)),
                    ("amount", &amount_with_timing(lang, before)),
                ],
            ));
        }
    }
    changes
}

/// The differences of one measure, named by its label in `after`.
fn changed(lang: Lang, before: &Measure, after: &Measure) -> Vec<String> {
    let label = &*measure_label(lang, after);
    // `label: from → to`, and `label: <what> from → to` with the what from message `id`.
    let line = |from: &str, to: &str| change_line(lang, label, from, to);
    let what = |id: &str, from: &str, to: &str| worded(lang, label, id, from, to);
    let mut changes = Vec::new();
    if before.kind != after.kind {
        changes.push(what("change-kind", before.kind.key(), after.kind.key()));
    }
    let (t0, t1) = (before.timing, after.timing);
    let both_constant = matches!(
        (&before.amount, &after.amount),
        (Amount::Constant(_), Amount::Constant(_))
    );
    if both_constant && t0.start != t1.start {
        changes.push(line(
            &from_year(lang, &amount_phrase(lang, before), t0.start),
            &from_year(lang, &amount_phrase(lang, after), t1.start),
        ));
    } else {
        if before.amount != after.amount || before.kind != after.kind {
            changes.push(line(
                &amount_phrase(lang, before),
                &amount_phrase(lang, after),
            ));
        }
        if t0.start != t1.start {
            changes.push(what(
                "change-starts",
                &t0.start.to_string(),
                &t1.start.to_string(),
            ));
        }
    }
    if t0.ramp_years != t1.ramp_years {
        let (r0, r1) = (t0.ramp_years.to_string(), t1.ramp_years.to_string());
        changes.push(what("change-ramp", &r0, &r1));
    }
    if t0.end != t1.end {
        let show = |e: Option<i32>| {
            e.map_or(lang.text("change-no-end"), |y| {
                lang.format("change-ends", &[("year", &y.to_string())])
            })
        };
        changes.push(line(&show(t0.end), &show(t1.end)));
    }
    if before.weight_shares() != after.weight_shares() {
        let show = |w| sector_weights(lang, w).unwrap_or_else(|| lang.text("change-all-equal"));
        let (w0, w1) = (show(before.sector_weights), show(after.sector_weights));
        changes.push(what("change-weights", &w0, &w1));
    }
    if before.matching_ratio != after.matching_ratio {
        let show = |r: Option<f64>| {
            r.map_or_else(|| lang.text("change-model-default"), |r| format!("{r}"))
        };
        let (r0, r1) = (show(before.matching_ratio), show(after.matching_ratio));
        changes.push(what("change-matching", &r0, &r1));
    }
    if before.eligible != after.eligible {
        let (e0, e1) = (
            eligibility(lang, before.eligible),
            eligibility(lang, after.eligible),
        );
        changes.push(what("change-eligible", &e0, &e1));
    }
    if before.label != after.label {
        let none = lang.text("compare-none");
        changes.push(worded(
            lang,
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

/// Which firms a measure pays, in `lang`.
pub fn eligibility(lang: Lang, eligible: Eligibility) -> String {
    lang.text(match eligible {
        Eligibility::AllFirms => "eligible-all-firms",
        Eligibility::NewPlants => "eligible-new-plants",
    })
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
            measure_changes(Lang::En, &a, &b),
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
            measure_changes(Lang::En, &a, &b),
            [
                "New measure itf (R&D grants): HK$1.0 bn a year from 2026, HK$2.0 bn a year from 2028",
                "Measure NIAS removed (was HK$10.0 bn a year from 2025)"
            ]
        );
        assert!(measure_changes(Lang::En, &b, &b).is_empty());
    }
}
