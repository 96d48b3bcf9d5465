//! Reading `assets/history.toml` (embedded, or a user's copy given with
//! `--history`): observed series, each figure with its source.

use std::collections::BTreeMap;

use levers_core::history::{History, Observation, Series};
use serde::Deserialize;

use crate::diagnostic::{Diagnostic, Diagnostics};

/// The history shipped with levers.
pub const EMBEDDED_HISTORY: &str = include_str!("../../../assets/history.toml");
pub const EMBEDDED_NAME: &str = "<embedded history.toml>";

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct HistoryFile {
    format: i64,
    first_year: i32,
    last_year: i32,
    series: BTreeMap<String, SeriesFile>,
    #[serde(default)]
    composition: Option<toml::Table>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct SeriesFile {
    unit: String,
    description: String,
    points: Vec<PointFile>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct PointFile {
    year: i32,
    value: f64,
    source: String,
}

/// The embedded history. It is checked by the test suite.
pub fn embedded() -> Result<History, Diagnostics> {
    parse_history(EMBEDDED_NAME, EMBEDDED_HISTORY)
}

pub fn parse_history(file: &str, source: &str) -> Result<History, Diagnostics> {
    let parsed: HistoryFile = toml::from_str(source).map_err(|error| {
        let message = error.message().to_string();
        Diagnostics::one(match error.span() {
            Some(span) => Diagnostic::at(file, source, span, message),
            None => Diagnostic::file_level(file, message),
        })
    })?;
    let mut problems = Vec::new();
    if parsed.format != 1 {
        problems.push(
            Diagnostic::file_level(
                file,
                format!("history format {} is not known", parsed.format),
            )
            .expected("format = 1"),
        );
    }
    let _ = parsed.composition;
    let mut series = Vec::new();
    for (key, s) in parsed.series {
        let mut points: Vec<Observation> = s
            .points
            .into_iter()
            .map(|p| Observation {
                year: p.year,
                value: p.value,
                source: p.source,
            })
            .collect();
        points.sort_by_key(|p| p.year);
        for pair in points.windows(2) {
            if pair[0].year == pair[1].year {
                problems.push(Diagnostic::file_level(
                    file,
                    format!("series `{key}` has two figures for {}", pair[0].year),
                ));
            }
        }
        for p in &points {
            if !p.value.is_finite() || p.value <= 0.0 {
                problems.push(
                    Diagnostic::file_level(
                        file,
                        format!(
                            "series `{key}`, {}: {} is not a positive number",
                            p.year, p.value
                        ),
                    )
                    .expected("a positive, finite figure"),
                );
            }
            if p.year < parsed.first_year || p.year > parsed.last_year {
                problems.push(
                    Diagnostic::file_level(
                        file,
                        format!(
                            "series `{key}` has a figure for {}, outside first_year..last_year",
                            p.year
                        ),
                    )
                    .expected(format!("{} ..= {}", parsed.first_year, parsed.last_year)),
                );
            }
        }
        series.push(Series {
            key,
            unit: s.unit,
            description: s.description,
            points,
        });
    }
    if problems.is_empty() {
        Ok(History {
            first_year: parsed.first_year,
            last_year: parsed.last_year,
            series,
        })
    } else {
        Err(Diagnostics(problems))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_embedded_history_reads_and_has_every_series_the_back_test_needs() {
        let history = embedded().map_err(|e| crate::diagnostic::test_words::text(&e));
        let history = history.as_ref().map_err(String::as_str);
        assert_eq!(history.map(|h| h.first_year), Ok(2008));
        for key in levers_core::history::keys::REQUIRED {
            let points = history.map(|h| h.series(key).map_or(0, |s| s.points.len()));
            assert!(points.is_ok_and(|n| n >= 2), "{key}");
        }
    }

    #[test]
    fn a_negative_figure_and_an_unknown_key_are_errors() {
        let text = "format = 1\nfirst_year = 2010\nlast_year = 2012\n[series.x]\nunit = \"u\"\ndescription = \"d\"\npoints = [{ year = 2011, value = -1.0, source = \"s\" }]\n";
        assert!(parse_history("h.toml", text).is_err());
        let unknown = text.replace("unit =", "units =");
        let error = parse_history("h.toml", &unknown)
            .err()
            .map(|e| crate::diagnostic::test_words::text(&e));
        assert!(error.is_some_and(|e| e.contains("h.toml")));
    }
}
