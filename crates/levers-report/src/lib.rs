//! The report floor of levers: projections for scripts and people — table,
//! JSON, CSV, Markdown, charts and documents. Formats only: every number comes
//! from the core (`levers-core`); knows nothing of files, terminals or the
//! command line.
#![deny(clippy::unwrap_used)]

pub mod analysis;
pub mod assumptions;
pub mod backtest;
pub mod brackets;
pub mod brief;
pub mod chart;
pub mod columns;
pub mod compare;
pub mod csv_out;
pub mod describe;
pub mod dictionary;
pub mod document;
pub mod error;
pub mod fiscal;
pub mod format;
pub mod i18n;
pub mod json;
mod output_format;
pub mod output_schema;
pub mod param_words;
pub mod sanitise;
pub mod series;
pub mod shortest;
pub mod sobol_chart;
pub mod stacked_rates;
pub mod table;
pub mod xlsx;

use levers_core::{Policy, Projection};

pub use error::RenderError;
pub use output_format::OutputFormat;

/// One evaluated package, ready to report.
#[derive(Clone)]
pub struct Evaluated<'a> {
    /// The file it came from, as given on the command line.
    pub file: String,
    pub policy: &'a Policy,
    pub projection: &'a Projection,
}

/// A JSON number, or null where there is none (e.g. cost per job before any job).
pub(crate) fn number(value: f64) -> serde_json::Value {
    if value.is_finite() {
        serde_json::json!(value)
    } else {
        serde_json::Value::Null
    }
}

/// A CSV cell at full precision (shortest round-trip form); empty where there is no value.
pub(crate) fn cell(value: f64) -> String {
    if value.is_finite() {
        format!("{value}")
    } else {
        String::new()
    }
}

/// Pretty-printed JSON ending in a newline, as every command prints it.
pub fn pretty_json(value: &serde_json::Value) -> Result<String, RenderError> {
    Ok(format!("{}\n", serde_json::to_string_pretty(value)?))
}
