//! Reading format 2's `[measures.<name>]` tables. Types and names are checked
//! here with positions; value rules are the core's (`validate::measures`).

use levers_core::Baseline;
use levers_core::ProblemKind;
use levers_core::measure::{Amount, Eligibility, Measure, MeasureKind};
use toml::Spanned;
use toml::de::DeValue;

use super::read_label::read_label;
use super::read_timing::{read_timing, read_weights};
use crate::toml_reader::{Reader, Value, get, join};
use levers_core::problem_kind::Expected;

pub const MEASURE_KEYS: [&str; 11] = [
    "kind",
    "amount",
    "start",
    "ramp_years",
    "end",
    "sectors",
    "matching_ratio",
    "eligible",
    "label",
    "source",
    "note",
];

/// Every measure in file order (a TOML file cannot name one twice: the parser
/// reports a duplicate key before this runs).
pub fn read_measures(
    reader: &mut Reader<'_>,
    value: &Value<'_>,
    baseline: &Baseline,
) -> Vec<Measure> {
    if let DeValue::Array(list) = value.get_ref() {
        refuse_list(reader, value, list);
        return Vec::new();
    }
    let Some(table) = reader.table(value, "measures") else {
        return Vec::new();
    };
    let mut entries: Vec<_> = table.iter().collect();
    entries.sort_by_key(|(key, _)| key.span().start);
    entries
        .into_iter()
        .filter_map(|(key, v)| read_measure(reader, key.get_ref(), v, baseline))
        .collect()
}

/// `[[measures]]` (a list, as some TOML files write records) refused with
/// the form this format takes, named after the first entry's `name` when it
/// has one that can be written bare: `[measures.rent]`.
fn refuse_list(reader: &mut Reader<'_>, value: &Value<'_>, list: &[Value<'_>]) {
    let bare = |name: &&str| {
        !name.is_empty()
            && name
                .chars()
                .all(|c| c.is_ascii_alphanumeric() || c == '_' || c == '-')
    };
    let name = list
        .first()
        .and_then(|entry| match entry.get_ref() {
            DeValue::Table(table) => get(table, "name").and_then(|n| n.get_ref().as_str()),
            _ => None,
        })
        .filter(bare)
        .unwrap_or("NAME");
    let wrong = ProblemKind::WrongType {
        found: crate::toml_reader::found(value.get_ref()),
        expected: Expected::Table,
    };
    let diagnostic = crate::diagnostic::Diagnostic::problem(reader.file(), value.span(), wrong)
        .key("measures")
        .suggestion(Some(format!("[measures.{name}]")));
    reader.push(diagnostic);
}

fn read_measure(
    reader: &mut Reader<'_>,
    name: &str,
    value: &Value<'_>,
    baseline: &Baseline,
) -> Option<Measure> {
    let path = join("measures", name);
    let table = reader.table(value, &path)?;
    reader.check_keys(table, &path, &MEASURE_KEYS);
    let spanned = Spanned::new(value.span(), table.clone());
    let kinds = MeasureKind::ALL.map(MeasureKind::key);
    let kind_value = reader.require(
        &spanned,
        &path,
        "kind",
        Expected::OneOf(kinds.map(str::to_string).to_vec()),
    );
    let kind = kind_value.and_then(|v| {
        let at = join(&path, "kind");
        reader.choice(v, &at, MeasureKind::ALL, MeasureKind::key)
    });
    let first_year = baseline.first_policy_year();
    let timing = read_timing(reader, &spanned, &path, false, first_year);
    let sector_weights =
        get(table, "sectors").and_then(|v| read_weights(reader, v, &join(&path, "sectors")));
    let matching_ratio = get(table, "matching_ratio").and_then(|v| {
        let expected = Expected::Dial(levers_core::LeverField::CofundingRatio);
        reader.number(v, &join(&path, "matching_ratio"), expected)
    });
    let eligible = get(table, "eligible")
        .and_then(|v| {
            let at = join(&path, "eligible");
            reader.choice(v, &at, Eligibility::ALL, Eligibility::key)
        })
        .unwrap_or_default();
    let label = get(table, "label").and_then(|v| read_label(reader, v, &join(&path, "label")));
    let [source, note] = ["source", "note"]
        .map(|key| get(table, key).and_then(|v| reader.text(v, &join(&path, key))));
    let kind = kind?;
    let amount = match reader.require(&spanned, &path, "amount", Expected::Amount(kind)) {
        Some(v) => read_amount(reader, v, &join(&path, "amount"), kind)?,
        None => return None,
    };
    Some(Measure {
        name: name.to_string(),
        kind,
        amount,
        timing,
        sector_weights,
        matching_ratio,
        eligible,
        label,
        source,
        note,
    })
}

/// `amount = 10` or `amount = { 2025 = 10, 2028 = 20 }`.
fn read_amount(
    reader: &mut Reader<'_>,
    value: &Value<'_>,
    path: &str,
    kind: MeasureKind,
) -> Option<Amount> {
    let DeValue::Table(table) = value.get_ref() else {
        return reader
            .number(value, path, Expected::Amount(kind))
            .map(Amount::Constant);
    };
    reader.spans.insert(path.to_string(), value.span());
    let mut entries: Vec<_> = table.iter().collect();
    entries.sort_by_key(|(key, _)| key.span().start);
    let mut points = Vec::new();
    for (key, v) in entries {
        let key_text = key.get_ref().as_ref();
        let at = join(path, key_text);
        let Ok(year) = key_text.parse::<i32>() else {
            let kind = ProblemKind::ScheduleKeyNotAYear {
                key: key_text.to_string(),
            };
            reader.push_problem(key.span(), &at, kind);
            continue;
        };
        if let Some(number) = reader.number(v, &at, Expected::Dial(kind.field())) {
            reader.spans.insert(at, key.span());
            points.push((year, number));
        }
    }
    Some(Amount::Schedule(points))
}

/// Line and column (1-based) of the `[measures.<name>]` header in `source`,
/// for messages about a measure found after reading (a stacking clash).
pub fn measure_position(source: &str, name: &str) -> Option<(usize, usize)> {
    let headers = [
        format!("[measures.{name}]"),
        format!("[measures.\"{name}\"]"),
    ];
    source.lines().enumerate().find_map(|(index, line)| {
        let column = line.len() - line.trim_start().len();
        let trimmed = line.trim_start();
        headers
            .iter()
            .any(|h| trimmed.starts_with(h.as_str()))
            .then_some((index + 1, column + 1))
    })
}
