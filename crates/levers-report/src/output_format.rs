//! The formats a report can be printed in.

/// How a report is printed: aligned text, JSON, CSV or a Markdown table.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
#[cfg_attr(feature = "clap", derive(clap::ValueEnum))]
pub enum OutputFormat {
    Table,
    Json,
    Csv,
    Markdown,
}
