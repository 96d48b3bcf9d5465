//! The rules for format-2 measures, shared by the file reader (which ties each
//! problem to a line) and the workbench.

use std::collections::BTreeSet;

use crate::lever::LeverField;
use crate::measure::{Amount, MAX_MEASURE_NAME_CHARS, Measure, is_measure_name};
use crate::policy::{MAX_DESCRIPTION_CHARS, MAX_NAME_CHARS};
use crate::validate::{Echo, PathPrefix, Report, Span, fits, range_text};

pub(crate) fn problems(measures: &[Measure], span: Span, report: &mut Report<'_>) {
    let mut seen = BTreeSet::new();
    for measure in measures {
        let at = MeasurePath(&measure.name);
        if !is_measure_name(&measure.name) {
            report(
                format!("measures.{}", measure.name),
                format!("`{}` cannot name a measure", measure.name),
                format!(
                    "a name of letters, digits, `_` and `-`, at most {MAX_MEASURE_NAME_CHARS} characters"
                ),
            );
        }
        if !seen.insert(measure.name.as_str()) {
            report(
                format!("measures.{}", measure.name),
                format!("two measures are named `{}`", measure.name),
                "a name used by one measure only (rename one of them)".into(),
            );
        }
        amount(measure, &at, span, report);
        span.timing(&at, measure.timing, report);
        span.weights(&at, measure.sector_weights, report);
        if measure.sector_weights.is_some() && !measure.kind.targets_sectors() {
            report(
                format!("{at}sectors"),
                format!(
                    "a {} measure cannot target sectors: admitted talent and trained workers join one labour market that every sector shares",
                    measure.kind.key()
                ),
                "no `sectors` here (delete the line); aim the money and land measures at sectors instead".into(),
            );
        }
        matching_ratio(measure, &at, report);
        // A label in several languages: each of its texts within the limit.
        let label_length = measure
            .label
            .iter()
            .flat_map(|label| label.texts())
            .map(|t| t.chars().count())
            .max();
        for (key, length, limit) in [
            ("label", label_length, MAX_NAME_CHARS),
            (
                "source",
                measure.source.as_deref().map(|t| t.chars().count()),
                MAX_DESCRIPTION_CHARS,
            ),
            (
                "note",
                measure.note.as_deref().map(|t| t.chars().count()),
                MAX_DESCRIPTION_CHARS,
            ),
        ] {
            let length = length.unwrap_or(0);
            if length > limit {
                report(
                    format!("{at}{key}"),
                    format!("the {key} is {length} characters long"),
                    format!("at most {limit} characters"),
                );
            }
        }
    }
}

/// A constant or each scheduled value in the kind's range; schedule years inside
/// the projection and increasing.
fn amount(measure: &Measure, at: PathPrefix<'_>, span: Span, report: &mut Report<'_>) {
    let field = measure.kind.field();
    let label = field.spec().label;
    let check = |path: &dyn Fn() -> String, value: f64, report: &mut Report<'_>| {
        if !fits(field, value) {
            report(
                path(),
                format!(
                    "{label} {} is out of range for a {} measure",
                    Echo(value),
                    measure.kind.key()
                ),
                range_text(field),
            );
        }
    };
    match &measure.amount {
        Amount::Constant(value) => check(&|| format!("{at}amount"), *value, report),
        Amount::Schedule(points) => {
            if points.is_empty() {
                report(
                    format!("{at}amount"),
                    "the schedule names no year".into(),
                    "a constant (`amount = 10`) or years with values (`amount = { 2026 = 10 }`)"
                        .into(),
                );
            }
            let mut previous: Option<i32> = None;
            for (year, value) in points {
                let path = || format!("{at}amount.{year}");
                let Span { first, last } = span;
                if !(first..=last).contains(year) {
                    report(
                        path(),
                        format!("schedule year {year} is outside the projection"),
                        format!("a year from {first} to the horizon ({last})"),
                    );
                } else if previous.is_some_and(|p| p >= *year) {
                    report(
                        path(),
                        format!("schedule year {year} does not follow the year before it"),
                        "years in increasing order".into(),
                    );
                }
                previous = Some(*year);
                check(&path, *value, report);
            }
        }
    }
}

fn matching_ratio(measure: &Measure, at: PathPrefix<'_>, report: &mut Report<'_>) {
    let Some(ratio) = measure.matching_ratio else {
        return;
    };
    let path = || format!("{at}matching_ratio");
    if !measure.kind.has_matching_ratio() {
        report(
            path(),
            format!(
                "a {} measure has no matching ratio (only rd_grants and coinvestment ask for private money)",
                measure.kind.key()
            ),
            "no `matching_ratio` here (delete the line)".into(),
        );
    } else if !fits(LeverField::CofundingRatio, ratio) {
        report(
            path(),
            format!("matching ratio {} is out of range", Echo(ratio)),
            range_text(LeverField::CofundingRatio),
        );
    }
}

/// `measures.nias.`: the prefix of a measure's keys.
struct MeasurePath<'a>(&'a str);

impl std::fmt::Display for MeasurePath<'_> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "measures.{}.", self.0)
    }
}
