//! Arguments of the commands that explain one package: `explain`, `summary`
//! and `assumptions`.

use std::path::PathBuf;

use clap::Args;

use super::OutputArgs;

#[derive(Debug, Args)]
pub struct ExplainArgs {
    /// The package whose outcomes are attributed to its levers.
    #[arg(value_name = "FILE")]
    pub file: PathBuf,
    #[command(flatten)]
    pub output: OutputArgs,
}

#[derive(Debug, Args)]
pub struct SummaryArgs {
    /// The package to describe.
    #[arg(value_name = "FILE")]
    pub file: PathBuf,
}

#[derive(Debug, Args)]
pub struct AssumptionsArgs {
    /// Show the values in force for this package (its [assumptions] applied).
    #[arg(value_name = "FILE")]
    pub file: Option<PathBuf>,
    #[command(flatten)]
    pub output: OutputArgs,
}
