//! Arguments of `levers backtest`.

use std::path::PathBuf;

use clap::Args;
use levers_report::OutputFormat;

#[derive(Args, Debug)]
pub struct BacktestArgs {
    /// Year to rebase the model to (history must have its figures).
    #[arg(long, default_value_t = 2016, value_name = "YEAR")]
    pub base_year: i32,
    /// The measures in force (default: the embedded policies/history/hong-kong-2016-2023.toml).
    #[arg(long, value_name = "FILE")]
    pub policy: Option<PathBuf>,
    /// Observed series (default: the embedded assets/history.toml).
    #[arg(long, value_name = "FILE")]
    pub history: Option<PathBuf>,
    /// Print the status-quo trends fitted to the whole history and the
    /// parameter values they give, instead of the back-test.
    #[arg(long)]
    pub calibrate: bool,
    /// Output format.
    #[arg(long, value_enum, default_value_t = OutputFormat::Table)]
    pub format: OutputFormat,
}
