//! Arguments of `levers sweep` and its `--format`.

use std::path::PathBuf;

use clap::{Args, ValueEnum};

#[derive(Debug, Args)]
pub struct SweepArgs {
    /// The package the grid varies.
    #[arg(
        value_name = "FILE",
        required_unless_present = "dir",
        conflicts_with = "dir"
    )]
    pub file: Option<PathBuf>,
    /// What to vary and its values: GROUP.FIELD (format-1 dial), MEASURE.FIELD
    /// (amount, start, end, ramp_years, matching_ratio) or assumptions.PARAM,
    /// then =FROM..TO:STEP (repeatable).
    #[arg(long, value_name = "PATH=FROM..TO:STEP")]
    pub vary: Vec<String>,
    /// Evaluate every *.toml in this folder, in sorted order.
    #[arg(long, value_name = "FOLDER")]
    pub dir: Option<PathBuf>,
    /// Output format: one row (CSV) or one object (NDJSON) per package
    /// (default: the -o file's extension, else CSV).
    #[arg(long, value_enum)]
    pub format: Option<SweepFormat>,
    /// Write to this file instead of stdout; without --format its extension
    /// chooses the format: .csv (or .txt), .ndjson, .xlsx (an Excel workbook).
    #[arg(short = 'o', long = "output", value_name = "FILE")]
    pub output: Option<PathBuf>,
    /// Evaluate only part K of N of the packages (1 <= K <= N); the shards'
    /// outputs, concatenated in order, are the whole sweep's output.
    #[arg(long, value_name = "K/N", value_parser = crate::cli::shard::parse, value_hint = clap::ValueHint::Other)]
    pub shard: Option<crate::cli::shard::Shard>,
    /// With --format csv: start with a UTF-8 byte order mark (in shard 1
    /// only), which Excel needs to read names in Chinese.
    #[arg(long)]
    pub excel: bool,
}

/// `sweep --format`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
pub enum SweepFormat {
    Csv,
    Ndjson,
    /// An Excel workbook of the CSV rows (needs -o FILE.xlsx).
    Xlsx,
}
