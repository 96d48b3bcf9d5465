//! One outcome vocabulary: a headline outcome of the core (`jobs`) and the
//! yearly series it is read from (`manufacturing_jobs`) are the same thing, so
//! `sensitivity --outcome` and `chart --outcome` each accept the other's name.

use clap::builder::{PossibleValue, PossibleValuesParser, TypedValueParser};
use levers_core::analysis::Outcome;
use levers_report::series::{OUTCOME_SERIES, SERIES};

/// `sensitivity --outcome`: the core's outcome keys; the series names too.
pub(super) fn target_year_outcome() -> impl TypedValueParser<Value = Outcome> {
    let values = Outcome::ALL.map(|outcome| {
        PossibleValue::new(outcome.key())
            .aliases(series_of(outcome).filter(|key| *key != outcome.key()))
    });
    PossibleValuesParser::new(values).try_map(|name| {
        Outcome::ALL
            .into_iter()
            .find(|outcome| outcome.key() == name || series_of(*outcome) == Some(name.as_str()))
            .ok_or_else(|| format!("unknown outcome `{name}`"))
    })
}

/// `chart --outcome`: every yearly series; the core's outcome keys too. The
/// value is the series key, whichever name was given.
pub(super) fn yearly_series() -> impl TypedValueParser<Value = String> {
    let values = SERIES.iter().map(|series| {
        let outcome = Outcome::ALL
            .into_iter()
            .find(|outcome| series_of(*outcome) == Some(series.key));
        PossibleValue::new(series.key)
            .aliases(outcome.map(Outcome::key).filter(|key| *key != series.key))
    });
    PossibleValuesParser::new(values).map(|name| {
        Outcome::ALL
            .into_iter()
            .find(|outcome| outcome.key() == name)
            .and_then(series_of)
            .map_or(name, str::to_string)
    })
}

/// The yearly series an outcome of the core is read from.
fn series_of(outcome: Outcome) -> Option<&'static str> {
    OUTCOME_SERIES
        .iter()
        .find(|(of, _)| *of == outcome)
        .map(|(_, key)| *key)
}
