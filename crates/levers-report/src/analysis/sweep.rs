//! `levers sweep`: one row per package, CSV or NDJSON, written without
//! intermediate allocation per value (sweeps run to millions of rows).

use std::fmt::Write;

use levers_core::{LeverField, Projection};

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

const OUTCOME_COLUMNS: [&str; 5] = [
    "share_pct",
    "met",
    "first_year_met",
    "jobs",
    "cumulative_cost_hkd_bn",
];

/// The CSV header: the varied fields (or `file,name`), then the outcomes.
pub fn csv_header(leading: &[String]) -> String {
    let mut line: Vec<String> = leading.to_vec();
    line.extend(OUTCOME_COLUMNS.map(String::from));
    format!("{}\n", line.join(","))
}

pub fn lever_columns(fields: &[LeverField]) -> Vec<String> {
    fields.iter().map(|f| f.path()).collect()
}

fn number(out: &mut String, value: f64, json: bool) {
    if value.is_finite() {
        let _ = write!(out, "{value}");
    } else if json {
        out.push_str("null");
    }
}

/// Text fields quoted as CSV requires.
pub fn csv_text_field(text: &str) -> String {
    let text = crate::inert::csv_text(text);
    if text.contains([',', '"', '\n', '\r']) {
        format!("\"{}\"", text.replace('"', "\"\""))
    } else {
        text.to_string()
    }
}

/// Appends one CSV row: the leading cells (already formatted), then the outcomes.
pub fn csv_row(out: &mut String, leading: &[f64], texts: &[String], row: &SweepRow) {
    for text in texts {
        out.push_str(&csv_text_field(text));
        out.push(',');
    }
    for value in leading {
        number(out, *value, false);
        out.push(',');
    }
    number(out, row.share_pct, false);
    out.push_str(if row.met { ",true," } else { ",false," });
    if let Some(year) = row.first_year_met {
        let _ = write!(out, "{year}");
    }
    out.push(',');
    number(out, row.jobs, false);
    out.push(',');
    number(out, row.cumulative_cost_hkd_bn, false);
    out.push('\n');
}

/// Appends one NDJSON line with the same fields as the CSV row.
pub fn ndjson_row(
    out: &mut String,
    names: &[String],
    leading: &[f64],
    texts: &[(&str, String)],
    row: &SweepRow,
) {
    out.push('{');
    for (key, text) in texts {
        let _ = write!(
            out,
            "\"{key}\":{},",
            serde_json::to_string(text).unwrap_or_else(|_| "null".to_string())
        );
    }
    for (name, value) in names.iter().zip(leading) {
        let _ = write!(out, "\"{name}\":");
        number(out, *value, true);
        out.push(',');
    }
    out.push_str("\"share_pct\":");
    number(out, row.share_pct, true);
    let _ = write!(out, ",\"met\":{},\"first_year_met\":", row.met);
    match row.first_year_met {
        Some(year) => {
            let _ = write!(out, "{year}");
        }
        None => out.push_str("null"),
    }
    out.push_str(",\"jobs\":");
    number(out, row.jobs, true);
    out.push_str(",\"cumulative_cost_hkd_bn\":");
    number(out, row.cumulative_cost_hkd_bn, true);
    out.push_str("}\n");
}
