//! `levers sweep`: one row per package, CSV (written by the `csv` crate) or
//! NDJSON (by `serde_json`, through a [`Serialize`] view of the row, so no map
//! is built per row: sweeps run to millions of rows).

use std::sync::LazyLock;

use levers_core::Projection;
use serde::ser::{Serialize, SerializeMap, Serializer};

use crate::columns::Entry;
use crate::columns::{Cell, Column, csv_header as csv_header_of, csv_record};

/// The outcomes reported for each package of a sweep.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct SweepRow {
    pub share_pct: f64,
    pub met: bool,
    pub first_year_met: Option<i32>,
    pub jobs: f64,
    pub cumulative_cost_hkd_bn: f64,
}

impl SweepRow {
    pub fn of(projection: &Projection, target_year: i32) -> SweepRow {
        let year = projection.year(target_year);
        SweepRow {
            share_pct: projection.target.projected_share_pct,
            met: projection.target.met,
            first_year_met: projection.target.first_year_met,
            jobs: year.map_or(f64::NAN, |y| y.manufacturing_jobs),
            cumulative_cost_hkd_bn: year.map_or(f64::NAN, |y| y.cumulative_fiscal_cost_hkd_bn),
        }
    }
}

/// The outcome columns of every sweep row. Each name says its year or window
/// — the package's target year, the one every face reads by default — so a
/// column is never quoted against another window.
pub fn outcome_columns() -> Vec<Column<'static, SweepRow>> {
    vec![
        Column::new(
            "share_in_target_year_pct",
            "Manufacturing share of GDP in the target year",
            "%",
            |r: &SweepRow| Cell::Number(r.share_pct),
        )
        .defined(
            "The official (nominal) share in the package's target year at this point of the grid.",
            "1.2",
        ),
        Column::new("met", "Target met", "true/false", |r: &SweepRow| {
            Cell::Flag(r.met)
        })
        .defined(
            "Whether the share reaches the target in the target year.",
            "3.11",
        ),
        Column::new(
            "first_year_met",
            "First year the target is met",
            "year",
            |r: &SweepRow| Cell::Whole(r.first_year_met.map(i64::from)),
        )
        .defined(
            "The first year of the run of projected years at or above the target that holds through the target year (a share that only falls through the target was never met by it); when the target year falls short, the first later year that reaches it; empty when none does.",
            "3.11",
        ),
        Column::new(
            "manufacturing_jobs_in_target_year",
            "Manufacturing jobs in the target year",
            "persons",
            |r: &SweepRow| Cell::Number(r.jobs),
        )
        .defined(
            "Direct jobs in the five manufacturing sectors in the target year.",
            "3.7",
        ),
        Column::new(
            "cost_to_target_year_hkd_bn",
            "Cost to the target year",
            "HK$ bn",
            |r: &SweepRow| Cell::Number(r.cumulative_cost_hkd_bn),
        )
        .defined(
            "Cash outlay, tax forgone and financing summed to the package's target year: the window every face quotes by default (`fiscal.to_target_year.total_hkd_bn` of eval).",
            "3.10",
        ),
    ]
}

/// [`outcome_columns`], built once: a sweep writes millions of rows.
static OUTCOMES: LazyLock<Vec<Column<'static, SweepRow>>> = LazyLock::new(outcome_columns);

/// The data dictionary's entries for a sweep: the package (a sweep over a
/// folder), the varied dials, then the outcomes.
pub fn entries() -> Vec<Entry> {
    let leading = [
        ("file", "Package file", "The package file the row is for."),
        (
            "name",
            "Package name",
            "The `name` in the package file (a sweep over a folder of packages).",
        ),
        (
            "<path of each varied dial>",
            "Varied dial",
            "One column per `--vary PATH=FROM..TO:STEP`, named by the path (`rd.grants_hkd_bn_per_year`, `assumptions.nev.growth`, `zone_coinvestment.amount`): the value at this point of the grid.",
        ),
    ];
    let unit = |key: &str| {
        if key.starts_with('<') {
            "the dial's own unit"
        } else {
            ""
        }
    };
    let leading = leading.into_iter().map(|(key, label, definition)| Entry {
        output: "sweep",
        name: key.to_string(),
        label: label.to_string(),
        unit: unit(key).to_string(),
        definition: definition.to_string(),
        section: "2.4",
    });
    leading
        .chain(outcome_columns().iter().map(|column| column.entry("sweep")))
        .collect()
}

/// One row with what leads it: text cells (`file`, `name` of a folder sweep)
/// and the varied levers' values (under `names`).
#[derive(Clone, Copy)]
pub struct Labelled<'a> {
    pub texts: &'a [(&'a str, String)],
    pub names: &'a [String],
    pub values: &'a [f64],
    pub row: &'a SweepRow,
}

/// A value for JSON: none (null) where it is not a finite number.
fn finite(value: f64) -> Option<f64> {
    value.is_finite().then_some(value)
}

impl Serialize for Labelled<'_> {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = serializer.serialize_map(None)?;
        for (key, text) in self.texts {
            map.serialize_entry(key, text)?;
        }
        for (name, value) in self.names.iter().zip(self.values) {
            map.serialize_entry(name, &finite(*value))?;
        }
        for column in OUTCOMES.iter() {
            map.serialize_entry(column.key.as_ref(), &(column.read)(self.row))?;
        }
        map.end()
    }
}

/// The CSV header line: the varied fields (or `file,name`), then the outcomes.
pub fn csv_header(leading: &[String]) -> std::io::Result<Vec<u8>> {
    let mut out = csv_writer();
    // The varied fields name measures (`-1-1.amount`): neutralised as any cell.
    out.write_record(
        leading
            .iter()
            .map(|name| crate::sanitise::csv_text(name).into_owned())
            .chain(csv_header_of(&outcome_columns())),
    )?;
    out.into_inner().map_err(csv::IntoInnerError::into_error)
}

/// A CSV writer for sweep rows (the header is written by [`csv_header`]).
pub fn csv_writer() -> csv::Writer<Vec<u8>> {
    csv::WriterBuilder::new()
        .has_headers(false)
        .from_writer(Vec::new())
}

/// Writes one CSV row: the text cells (made inert for a spreadsheet), the
/// levers' values, then the outcomes; numbers at full precision (shortest
/// round-trip form), empty where there is none. `buffer` is reused between
/// numbers.
pub fn csv_row(
    out: &mut csv::Writer<Vec<u8>>,
    buffer: &mut String,
    labelled: &Labelled<'_>,
) -> csv::Result<()> {
    for (_, text) in labelled.texts {
        out.write_field(crate::sanitise::csv_text(text).as_bytes())?;
    }
    for value in labelled.values {
        buffer.clear();
        if value.is_finite() {
            crate::shortest::push_shortest(buffer, *value);
        }
        out.write_field(buffer.as_bytes())?;
    }
    csv_record(out, buffer, &OUTCOMES, labelled.row)
}

/// [`csv_row`] for a row without text cells (a grid's): the levers' values and
/// the outcomes are numbers, flags and empty cells, which CSV never quotes, so
/// the record goes straight into `out`, the bytes the CSV writer would write
/// (`,` between cells, `\n` after them) without its scan of every byte.
/// `buffer` is reused between rows.
pub fn csv_plain_row(out: &mut Vec<u8>, buffer: &mut String, values: &[f64], row: &SweepRow) {
    buffer.clear();
    for value in values {
        if value.is_finite() {
            crate::shortest::push_shortest(buffer, *value);
        }
        buffer.push(',');
    }
    for column in OUTCOMES.iter() {
        (column.read)(row).csv_push(buffer);
        buffer.push(',');
    }
    buffer.pop();
    buffer.push('\n');
    out.extend_from_slice(buffer.as_bytes());
}

/// Appends one NDJSON line with the same fields as the CSV row.
pub fn ndjson_row(out: &mut Vec<u8>, labelled: &Labelled<'_>) -> serde_json::Result<()> {
    serde_json::to_writer(&mut *out, labelled)?;
    out.push(b'\n');
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::{Labelled, SweepRow, csv_plain_row, csv_row, csv_writer};

    #[test]
    fn a_plain_row_is_what_the_csv_writer_writes() {
        let rows = [
            SweepRow {
                share_pct: 0.884_055_882_034_247_1,
                met: false,
                first_year_met: None,
                jobs: 62_448.603_550_383_38,
                cumulative_cost_hkd_bn: 92.791_898_047_597_21,
            },
            SweepRow {
                share_pct: f64::NAN,
                met: true,
                first_year_met: Some(2031),
                jobs: -0.0,
                cumulative_cost_hkd_bn: f64::INFINITY,
            },
        ];
        // No outcome is text, which a plain row would not quote.
        for column in super::OUTCOMES.iter() {
            assert!(!matches!(
                (column.read)(&rows[0]),
                crate::columns::Cell::Text(_)
            ));
        }
        let names = ["a".to_string(), "b".to_string()];
        for values in [vec![], vec![0.07, 90.0], vec![f64::NAN, -1e-7]] {
            for row in &rows {
                let mut writer = csv_writer();
                let labelled = Labelled {
                    texts: &[],
                    names: &names[..values.len()],
                    values: &values,
                    row,
                };
                csv_row(&mut writer, &mut String::new(), &labelled).unwrap();
                let mut plain = Vec::new();
                csv_plain_row(&mut plain, &mut String::new(), &values, row);
                assert_eq!(plain, writer.into_inner().unwrap());
            }
        }
    }
}
