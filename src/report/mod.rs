//! Reports of projections for scripts and people: table, JSON, CSV, Markdown.
//! Formats only: every number comes from the core.

pub mod analysis;
pub mod assumptions;
pub mod chart;
pub mod compare;
pub mod csv_out;
pub mod document;
pub mod json;
pub mod series;
pub mod table;

use levers_core::{Policy, Projection};

/// One evaluated package, ready to report.
pub struct Evaluated<'a> {
    /// The file it came from, as given on the command line.
    pub file: String,
    pub policy: &'a Policy,
    pub projection: &'a Projection,
}
