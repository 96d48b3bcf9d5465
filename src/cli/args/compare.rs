//! Arguments of the commands that set packages side by side: `compare` and
//! `diff`.

use std::path::PathBuf;

use clap::Args;

use super::OutputArgs;

#[derive(Debug, Args)]
pub struct CompareArgs {
    /// Two or more package files; the first is the reference the deltas are against.
    #[arg(required = true, num_args = 2.., value_name = "FILE")]
    pub files: Vec<PathBuf>,
    #[command(flatten)]
    pub output: OutputArgs,
    /// Write an Excel workbook here (the name must end in .xlsx): it opens on
    /// a Summary sheet (the options side by side to the target year: share
    /// with its p10–p90 band, chance of the target, jobs, cost, present value,
    /// cost per net job), then a contents sheet, a sheet per package, their
    /// differences (B minus A), assumptions and charts.
    #[arg(short = 'o', long = "output", value_name = "FILE.xlsx")]
    pub workbook: Option<PathBuf>,
}

#[derive(Debug, Args)]
pub struct DiffArgs {
    /// The package before the change.
    #[arg(value_name = "A")]
    pub a: PathBuf,
    /// The package after the change.
    #[arg(value_name = "B")]
    pub b: PathBuf,
    /// Exit with 1 when the packages differ and 0 when they are the same (as git diff).
    #[arg(long)]
    pub exit_code: bool,
}
