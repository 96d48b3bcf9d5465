//! One column model for the rows the analyses write: each column is described
//! once — key, label, unit, definition, section of docs/MODEL.md, and how to
//! read its cell from a row — and generic writers make CSV, JSON objects and
//! NDJSON lines from that description, while the data dictionary
//! (`levers outputs`) lists the same columns. A column added to a writer is in
//! the dictionary by construction; a test checks the two agree. People read
//! other columns than scripts do (titles in their language, ranges, signed
//! changes, bars): those are described once in [`crate::table::Shown`], from
//! which one writer makes the text table and the Markdown table.

use std::borrow::Cow;
use std::fmt::Write as _;

use serde::ser::{Serialize, SerializeMap, Serializer};
use serde_json::{Map, Value};

use crate::RenderError;

/// One cell, as every writer needs it.
pub enum Cell<'a> {
    /// A figure: full precision (shortest round-trip form) in CSV, a number in
    /// JSON; empty and null where it is not finite.
    Number(f64),
    /// A whole number (a year, a draw's index); empty and null for none.
    Whole(Option<i64>),
    /// An unsigned whole number (a seed).
    Count(u64),
    /// A yes or no: `true`/`false` in CSV, a boolean in JSON.
    Flag(bool),
    /// Text, made inert for a spreadsheet in CSV (it may come from a file).
    Text(Cow<'a, str>),
}

impl<'a> Cell<'a> {
    /// A text cell borrowing its text.
    pub fn text(text: &'a str) -> Self {
        Cell::Text(Cow::Borrowed(text))
    }

    /// The cell in CSV (text neutralised for a spreadsheet), written into
    /// `buffer` so that streams of millions of rows reuse one string.
    fn csv_into(&self, buffer: &mut String) {
        buffer.clear();
        self.csv_push(buffer);
    }

    /// [`Self::csv_into`], appending to `buffer`.
    pub(crate) fn csv_push(&self, buffer: &mut String) {
        match self {
            Cell::Number(value) if value.is_finite() => {
                crate::shortest::push_shortest(buffer, *value);
            }
            Cell::Number(_) | Cell::Whole(None) => {}
            Cell::Whole(Some(value)) => {
                let _ = write!(buffer, "{value}");
            }
            Cell::Count(value) => {
                let _ = write!(buffer, "{value}");
            }
            Cell::Flag(flag) => buffer.push_str(if *flag { "true" } else { "false" }),
            Cell::Text(text) => buffer.push_str(&crate::sanitise::csv_text(text)),
        }
    }

    fn json(&self) -> Value {
        match self {
            Cell::Number(value) => crate::number(*value),
            Cell::Whole(value) => value.map_or(Value::Null, Value::from),
            Cell::Count(value) => Value::from(*value),
            Cell::Flag(flag) => Value::from(*flag),
            Cell::Text(text) => Value::from(text.as_ref()),
        }
    }
}

impl Serialize for Cell<'_> {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        match self {
            Cell::Number(value) => value.is_finite().then_some(*value).serialize(serializer),
            Cell::Whole(value) => value.serialize(serializer),
            Cell::Count(value) => value.serialize(serializer),
            Cell::Flag(flag) => flag.serialize(serializer),
            Cell::Text(text) => serializer.serialize_str(text),
        }
    }
}

/// How a column's cell is read from a row of type `R`.
pub type Read<'a, R> = Box<dyn for<'r> Fn(&'r R) -> Cell<'r> + Send + Sync + 'a>;

/// One column of an analysis's rows.
pub struct Column<'a, R> {
    /// Its name in CSV headers and JSON members.
    pub key: Cow<'a, str>,
    pub label: Cow<'a, str>,
    pub unit: Cow<'a, str>,
    /// What it means, for the data dictionary.
    pub definition: Cow<'a, str>,
    /// The section of docs/MODEL.md that explains it, by number (`3.8`).
    pub section: &'static str,
    pub read: Read<'a, R>,
}

impl<'a, R> Column<'a, R> {
    pub fn new(
        key: impl Into<Cow<'a, str>>,
        label: impl Into<Cow<'a, str>>,
        unit: impl Into<Cow<'a, str>>,
        read: impl for<'r> Fn(&'r R) -> Cell<'r> + Send + Sync + 'a,
    ) -> Self {
        Column {
            key: key.into(),
            label: label.into(),
            unit: unit.into(),
            definition: Cow::Borrowed(""),
            section: "",
            read: Box::new(read),
        }
    }

    /// The column with its definition and section of docs/MODEL.md.
    #[must_use]
    pub fn defined(mut self, definition: impl Into<Cow<'a, str>>, section: &'static str) -> Self {
        self.definition = definition.into();
        self.section = section;
        self
    }

    /// The column's entry in the data dictionary, under `output`.
    pub fn entry(&self, output: &'static str) -> Entry {
        Entry {
            output,
            name: self.key.to_string(),
            label: self.label.to_string(),
            unit: self.unit.to_string(),
            definition: self.definition.to_string(),
            section: self.section,
        }
    }
}

/// The CSV header of `columns` (keys may carry a measure's name, so they are
/// neutralised as any cell).
pub fn csv_header<R>(columns: &[Column<'_, R>]) -> Vec<String> {
    columns
        .iter()
        .map(|c| crate::sanitise::csv_text(&c.key).into_owned())
        .collect()
}

/// Writes one row's cells as a CSV record; `buffer` is reused between cells.
pub fn csv_record<R, W: std::io::Write>(
    out: &mut csv::Writer<W>,
    buffer: &mut String,
    columns: &[Column<'_, R>],
    row: &R,
) -> csv::Result<()> {
    for column in columns {
        (column.read)(row).csv_into(buffer);
        out.write_field(buffer.as_bytes())?;
    }
    out.write_record(None::<&[u8]>)
}

/// A CSV text: the header, then a record per row.
pub fn csv<R>(columns: &[Column<'_, R>], rows: &[R]) -> Result<String, RenderError> {
    let mut writer = csv::Writer::from_writer(Vec::new());
    writer.write_record(csv_header(columns))?;
    let mut buffer = String::new();
    for row in rows {
        csv_record(&mut writer, &mut buffer, columns, row)?;
    }
    Ok(String::from_utf8(writer.into_inner()?)?)
}

/// One row as a JSON object, its members in column order.
pub fn json_object<R>(columns: &[Column<'_, R>], row: &R) -> Map<String, Value> {
    columns
        .iter()
        .map(|c| (c.key.to_string(), (c.read)(row).json()))
        .collect()
}

/// One row as a JSON object, serialised without building a map (NDJSON
/// streams of millions of rows).
pub struct JsonRow<'c, 'a, R> {
    pub columns: &'c [Column<'a, R>],
    pub row: &'c R,
}

impl<R> Serialize for JsonRow<'_, '_, R> {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = serializer.serialize_map(Some(self.columns.len()))?;
        for column in self.columns {
            map.serialize_entry(column.key.as_ref(), &(column.read)(self.row))?;
        }
        map.end()
    }
}

/// One output column as the data dictionary lists it (`levers outputs`).
pub struct Entry {
    /// The output the column belongs to: `eval` (the CSV columns, also the
    /// JSON series), `eval-json` (members only the JSON has, by path),
    /// `sweep`, `each-draw` or `draws-out`.
    pub output: &'static str,
    pub name: String,
    pub label: String,
    pub unit: String,
    pub definition: String,
    /// The section of docs/MODEL.md, by number (`3.8`).
    pub section: &'static str,
}

#[cfg(test)]
mod tests {
    use super::*;

    fn columns() -> Vec<Column<'static, (f64, &'static str)>> {
        vec![
            Column::new("value", "Value", "%", |r: &(f64, &str)| Cell::Number(r.0)),
            Column::new("name", "Name", "", |r: &(f64, &'static str)| {
                Cell::Text(Cow::Borrowed(r.1))
            }),
        ]
    }

    #[test]
    fn every_writer_writes_the_same_columns_in_the_same_order() {
        let rows = [(1.5, "=cmd"), (f64::NAN, "plain")];
        let text = csv(&columns(), &rows).unwrap_or_default();
        assert_eq!(text, "value,name\n1.5,'=cmd\n,plain\n");
        let object = json_object(&columns(), &rows[1]);
        assert_eq!(
            Value::Object(object).to_string(),
            r#"{"value":null,"name":"plain"}"#
        );
        let streamed = serde_json::to_string(&JsonRow {
            columns: &columns(),
            row: &rows[0],
        })
        .unwrap_or_default();
        assert_eq!(streamed, r#"{"value":1.5,"name":"=cmd"}"#);
    }
}
