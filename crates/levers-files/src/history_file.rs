//! Reading `assets/history.toml` (embedded, or a user's copy given with
//! `--history`): observed series, each figure with its source. Read as the
//! baseline is, key by key, every problem at its place in the file.

use std::ops::Range;

use levers_core::ProblemKind;
use levers_core::history::{History, Observation, Series};
use levers_core::problem_kind::{DataFile, Expected};
use toml::de::DeValue;

use crate::diagnostic::Diagnostics;
use crate::toml_reader::{Reader, Value, get, join};

/// The history shipped with levers.
pub const EMBEDDED_HISTORY: &str = include_str!("../../../assets/history.toml");
pub const EMBEDDED_NAME: &str = "<embedded history.toml>";

const ROOT_KEYS: [&str; 5] = ["format", "first_year", "last_year", "series", "composition"];
const SERIES_KEYS: [&str; 3] = ["unit", "description", "points"];
const POINT_KEYS: [&str; 3] = ["year", "value", "source"];

/// The embedded history. It is checked by the test suite.
pub fn embedded() -> Result<History, Diagnostics> {
    parse_history(EMBEDDED_NAME, EMBEDDED_HISTORY)
}

pub fn parse_history(file: &str, source: &str) -> Result<History, Diagnostics> {
    let source = source.strip_prefix('\u{feff}').unwrap_or(source);
    let (reader, root) = Reader::parse(file, source)?;
    // Every problem is found while reading: where values are is not kept.
    let mut reader = reader.without_spans();
    let table = root.get_ref();
    reader.check_keys(table, "", &ROOT_KEYS);
    // Format 1 is the only one there is.
    reader.format(&root, DataFile::History, &[1]);
    let mut bound = |key: &str| {
        reader
            .require(&root, "", key, Expected::AnyYear)
            .and_then(|v| reader.year(v, key, Expected::AnyYear))
    };
    let (first_year, last_year) = (bound("first_year"), bound("last_year"));
    // The base-year split's composition is documentation: only its shape is read.
    if let Some(v) = get(table, "composition") {
        reader.table(v, "composition");
    }
    let years = first_year.zip(last_year);
    let mut series = Vec::new();
    if let Some(all) = reader
        .require(&root, "", "series", Expected::Table)
        .and_then(|v| reader.table(v, "series"))
    {
        for (key, value) in all {
            series.extend(read_series(&mut reader, key.get_ref(), value, years));
        }
    }
    reader.finish()?;
    series.sort_by(|a, b| a.key.cmp(&b.key));
    Ok(History {
        first_year: first_year.unwrap_or_default(),
        last_year: last_year.unwrap_or_default(),
        series,
    })
}

/// A figure as read, with where its year and value are, for the rules that
/// compare figures.
struct Point {
    observation: Observation,
    at: Range<usize>,
    year_at: Range<usize>,
    value_at: Range<usize>,
}

/// Series `name`: its unit, description and points, every figure positive,
/// within the file's `years` and given once.
fn read_series(
    reader: &mut Reader<'_>,
    name: &str,
    value: &Value<'_>,
    years: Option<(i32, i32)>,
) -> Option<Series> {
    let path = join("series", name);
    let table = reader.table(value, &path)?;
    reader.check_keys(table, &path, &SERIES_KEYS);
    let mut text = |key: &str, expected: Expected| {
        reader
            .require_in(table, value.span(), &path, key, expected)
            .and_then(|v| reader.text(v, &join(&path, key)))
    };
    let (unit, description) = (
        text("unit", Expected::Text),
        text("description", Expected::Text),
    );
    let at = join(&path, "points");
    let items = reader.require_in(table, value.span(), &path, "points", Expected::Points)?;
    let DeValue::Array(items) = items.get_ref() else {
        return reader.wrong_type(items, &at, Expected::Points);
    };
    let mut points: Vec<Point> = items
        .iter()
        .filter_map(|item| read_point(reader, item, &at))
        .collect();
    points.sort_by_key(|p| p.observation.year);
    let series = || name.to_string();
    for pair in points.windows(2) {
        let year = pair[1].observation.year;
        if pair[0].observation.year == year {
            let series = series();
            reader.push_problem(
                pair[1].at.clone(),
                &at,
                ProblemKind::DuplicateFigure { series, year },
            );
        }
    }
    for point in &points {
        let Observation { year, value, .. } = point.observation;
        if !value.is_finite() || value <= 0.0 {
            let kind = ProblemKind::FigureNotPositive {
                series: series(),
                year,
                value,
            };
            reader.push_problem(point.value_at.clone(), &join(&at, "value"), kind);
        }
        if let Some((first, last)) = years
            && !(first..=last).contains(&year)
        {
            let kind = ProblemKind::FigureOutsideYears {
                series: series(),
                year,
                first,
                last,
            };
            reader.push_problem(point.year_at.clone(), &join(&at, "year"), kind);
        }
    }
    Some(Series {
        key: series(),
        unit: unit?,
        description: description?,
        points: points.into_iter().map(|p| p.observation).collect(),
    })
}

/// One point of a series: `{ year = 2016, value = 2489.0, source = "…" }`.
fn read_point(reader: &mut Reader<'_>, item: &Value<'_>, path: &str) -> Option<Point> {
    let point = reader.table(item, path)?;
    reader.check_keys(point, path, &POINT_KEYS);
    let span = item.span();
    let year_at = reader.require_in(point, span.clone(), path, "year", Expected::AnyYear);
    let value_at = reader.require_in(point, span.clone(), path, "value", Expected::AnyNumber);
    let source_at = reader.require_in(point, span.clone(), path, "source", Expected::Text);
    let year = year_at.and_then(|v| reader.year(v, &join(path, "year"), Expected::AnyYear));
    let value = value_at.and_then(|v| reader.number(v, &join(path, "value"), Expected::AnyNumber));
    let source = source_at.and_then(|v| reader.text(v, &join(path, "source")));
    Some(Point {
        observation: Observation {
            year: year?,
            value: value?,
            source: source?,
        },
        at: span,
        year_at: year_at?.span(),
        value_at: value_at?.span(),
    })
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
    fn each_problem_is_a_kind_at_its_place_in_file_order() {
        let text = "format = 1\nfirst_year = 2010\nlast_year = 2012\n[series.x]\nunit = \"u\"\ndescription = \"d\"\npoints = [\n  { year = 2011, value = 1.0, source = \"s\" },\n  { year = 2011, value = 2.0, source = \"s\" },\n  { year = 2013, value = 3.0, source = \"s\" },\n]\n[series.y]\nunit = \"u\"\npoints = []\n";
        let problems = parse_history("h.toml", text).err().map(|d| d.0);
        let found: Vec<_> = problems
            .iter()
            .flatten()
            .map(|d| {
                (
                    d.position,
                    d.key.as_deref(),
                    d.problem.as_ref().map(ProblemKind::id),
                )
            })
            .collect();
        assert_eq!(
            found,
            [
                (
                    Some((9, 3)),
                    Some("series.x.points"),
                    Some("duplicate-figure")
                ),
                (
                    Some((10, 12)),
                    Some("series.x.points.year"),
                    Some("figure-outside-years")
                ),
                (
                    Some((12, 1)),
                    Some("series.y.description"),
                    Some("missing-key-in")
                ),
            ]
        );
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
