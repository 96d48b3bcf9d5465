//! The rules for format-2 measures, shared by the file reader (which ties each
//! problem to a line) and the workbench.

use std::collections::BTreeSet;

use crate::lever::LeverField;
use crate::measure::{Amount, Eligibility, MAX_MEASURE_NAME_CHARS, Measure, is_measure_name};
use crate::policy::{
    MAX_DESCRIPTION_CHARS, MAX_HORIZON, MAX_NAME_CHARS, MAX_RAMP_YEARS, MAX_SECTOR_WEIGHT, Timing,
};
use crate::problem_kind::ProblemKind;
use crate::sector::{MANUFACTURING_COUNT, Sector};

pub(crate) fn problems(measures: &[Measure], span: Span, report: &mut Report<'_>) {
    // A package has a handful of measures, whose names a scan compares faster
    // than a set is built (a sweep checks every package of its grid); past
    // `SCANNED` names a set keeps the check from growing with their square.
    const SCANNED: usize = 32;
    let mut seen = BTreeSet::new();
    for (position, measure) in measures.iter().enumerate() {
        let at = MeasurePath(&measure.name);
        if !is_measure_name(&measure.name) {
            report(
                format!("measures.{}", measure.name),
                ProblemKind::BadMeasureName {
                    name: measure.name.clone(),
                    limit: MAX_MEASURE_NAME_CHARS,
                },
            );
        }
        let repeated = if measures.len() <= SCANNED {
            measures[..position].iter().any(|m| m.name == measure.name)
        } else {
            !seen.insert(measure.name.as_str())
        };
        if repeated {
            report(
                format!("measures.{}", measure.name),
                ProblemKind::DuplicateMeasure {
                    name: measure.name.clone(),
                    first_line: None,
                },
            );
        }
        amount(measure, &at, span, report);
        span.timing(&at, measure.timing, report);
        span.weights(&at, measure.sector_weights, report);
        if measure.sector_weights.is_some() && !measure.kind.targets_sectors() {
            report(
                format!("{at}sectors"),
                ProblemKind::MeasureCannotTargetSectors { kind: measure.kind },
            );
        }
        matching_ratio(measure, &at, report);
        if measure.eligible == Eligibility::NewPlants && !measure.kind.can_limit_to_new_plants() {
            report(
                format!("{at}eligible"),
                ProblemKind::CannotLimitToNewPlants { kind: measure.kind },
            );
        }
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
                    ProblemKind::TooLong { key, length, limit },
                );
            }
        }
    }
}

/// A constant or each scheduled value in the kind's range; schedule years inside
/// the projection and increasing.
fn amount(measure: &Measure, at: PathPrefix<'_>, span: Span, report: &mut Report<'_>) {
    let field = measure.kind.field();
    let kind = measure.kind;
    let check = |path: &dyn Fn() -> String, value: f64, report: &mut Report<'_>| {
        if !fits(field, value) {
            report(path(), ProblemKind::AmountOutOfRange { kind, value });
        }
    };
    match &measure.amount {
        Amount::Constant(value) => check(&|| format!("{at}amount"), *value, report),
        Amount::Schedule(points) => {
            if points.is_empty() {
                report(format!("{at}amount"), ProblemKind::EmptySchedule);
            }
            let mut previous: Option<i32> = None;
            for (year, value) in points {
                let path = || format!("{at}amount.{year}");
                let Span { first, last } = span;
                if !(first..=last).contains(year) {
                    report(
                        path(),
                        ProblemKind::ScheduleYearOutside {
                            year: *year,
                            first,
                            last,
                        },
                    );
                } else if previous.is_some_and(|p| p >= *year) {
                    report(path(), ProblemKind::ScheduleYearOutOfOrder { year: *year });
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
        report(path(), ProblemKind::NoMatchingRatio { kind: measure.kind });
    } else if !fits(LeverField::CofundingRatio, ratio) {
        report(
            path(),
            ProblemKind::MatchingRatioOutOfRange { value: ratio },
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

/// The years a package's measures may name: the first policy year to the horizon.
#[derive(Clone, Copy)]
pub(crate) struct Span {
    pub first: i32,
    pub last: i32,
}

/// Records a problem: path and kind.
pub(crate) type Report<'a> = dyn FnMut(String, ProblemKind) + 'a;

/// The start of a path (`measures.nias.`), written out only
/// when a problem is reported: a sweep checks every package of its grid, and
/// nearly all of them have no problem to name.
pub(crate) type PathPrefix<'a> = &'a dyn std::fmt::Display;

impl Span {
    /// Rules for `start`, `ramp_years` and `end` under `at` (`measures.nias.`).
    pub(crate) fn timing(self, at: PathPrefix<'_>, timing: Timing, report: &mut Report<'_>) {
        let Span { first, last } = self;
        if !(first..=last).contains(&timing.start) {
            report(
                format!("{at}start"),
                ProblemKind::StartOutsideProjection {
                    start: timing.start,
                    first,
                    last,
                },
            );
        }
        if timing.ramp_years > MAX_RAMP_YEARS {
            report(
                format!("{at}ramp_years"),
                ProblemKind::RampTooLong {
                    years: timing.ramp_years,
                    max: MAX_RAMP_YEARS,
                },
            );
        } else if timing.start + timing.ramp_years as i32 > last && timing.start <= last {
            report(
                format!("{at}ramp_years"),
                ProblemKind::RampPastHorizon {
                    start: timing.start,
                    years: timing.ramp_years,
                    last,
                },
            );
        }
        if let Some(end) = timing.end
            && (end < timing.start || end > MAX_HORIZON)
        {
            let (start, last) = (timing.start, MAX_HORIZON);
            report(
                format!("{at}end"),
                if end < start {
                    ProblemKind::EndBeforeStart { end, start, last }
                } else {
                    ProblemKind::EndAfterLastYear { end, start, last }
                },
            );
        }
    }

    /// Rules for `sectors` weights under `at` (a method beside `timing`, so
    /// both read as the rules of one projection span).
    #[allow(clippy::unused_self)]
    pub(crate) fn weights(
        self,
        at: PathPrefix<'_>,
        weights: Option<[f64; MANUFACTURING_COUNT]>,
        report: &mut Report<'_>,
    ) {
        let Some(weights) = weights else {
            return;
        };
        for (sector, weight) in Sector::MANUFACTURING.into_iter().zip(weights) {
            if !(weight.is_finite() && (0.0..=MAX_SECTOR_WEIGHT).contains(&weight)) {
                report(
                    format!("{at}sectors.{}", sector.key()),
                    ProblemKind::SectorWeightOutOfRange {
                        value: weight,
                        max: MAX_SECTOR_WEIGHT,
                    },
                );
            }
        }
        // Only weights that are all exactly zero reach no sector; a negative
        // or otherwise out-of-range weight is the range rule's, above.
        if weights.iter().all(|w| *w == 0.0) {
            report(format!("{at}sectors"), ProblemKind::WeightsAllZero);
        }
    }
}

/// Whether `value` is allowed for `field`: finite, in range, whole if counted.
pub(crate) fn fits(field: LeverField, value: f64) -> bool {
    let spec = field.spec();
    value.is_finite()
        && value >= spec.min
        && value <= spec.max
        && !(spec.integer && value.fract() != 0.0)
}
