//! Arguments of `levers eval` and its `--format`.

use std::path::PathBuf;

use clap::{Args, ValueEnum};
use levers_report::OutputFormat;

use super::UncertaintyArgs;

#[derive(Debug, Args)]
pub struct EvalArgs {
    /// Package files; `-` reads one from standard input.
    #[arg(required = true, value_name = "FILE")]
    pub files: Vec<PathBuf>,
    /// Output format (default: the -o file's extension, else table or
    /// `default_format` in the settings file).
    #[arg(long, value_enum)]
    pub format: Option<EvalFormat>,
    /// Report differences against this package.
    #[arg(long, value_name = "FILE")]
    pub against: Option<PathBuf>,
    /// Monte Carlo over the assumption ranges: p10/p50/p90 bands and the
    /// probability the target is met.
    #[arg(long)]
    pub uncertainty: bool,
    #[command(flatten)]
    pub draws: UncertaintyArgs,
    /// Write to this file instead of stdout; without --format its extension
    /// chooses the format: .csv, .json, .ndjson, .md, .xlsx (an Excel
    /// workbook), .txt or none for the table.
    #[arg(short = 'o', long = "output", value_name = "FILE")]
    pub output: Option<PathBuf>,
    /// With --format csv: start with a UTF-8 byte order mark, which Excel
    /// needs to read names in Chinese (other tools do not want it).
    #[arg(long)]
    pub excel: bool,
    /// With --uncertainty: run only part K of N of the draws (1 <= K <= N) and
    /// print each draw's rows (--format csv or ndjson); the shards' outputs,
    /// concatenated in order, are the unsharded output with --each-draw.
    #[arg(long, value_name = "K/N", value_parser = crate::cli::shard::parse, value_hint = clap::ValueHint::Other, requires = "uncertainty")]
    pub shard: Option<crate::cli::shard::Shard>,
    /// With --uncertainty: print every draw's outcomes (one row per draw and
    /// projected year, the drawn assumptions as columns) instead of the bands,
    /// as --format csv or ndjson.
    #[arg(long, requires = "uncertainty")]
    pub each_draw: bool,
}

/// `eval --format`: the report formats plus NDJSON (one package per line).
#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
pub enum EvalFormat {
    Table,
    Json,
    /// One JSON object per package per line.
    Ndjson,
    Csv,
    Markdown,
    /// An Excel workbook (needs -o FILE.xlsx).
    Xlsx,
}

impl EvalFormat {
    /// The shared report format; `None` for NDJSON and xlsx, which are not text reports.
    pub fn report_format(self) -> Option<OutputFormat> {
        match self {
            EvalFormat::Table => Some(OutputFormat::Table),
            EvalFormat::Json => Some(OutputFormat::Json),
            EvalFormat::Csv => Some(OutputFormat::Csv),
            EvalFormat::Markdown => Some(OutputFormat::Markdown),
            EvalFormat::Ndjson | EvalFormat::Xlsx => None,
        }
    }
}
