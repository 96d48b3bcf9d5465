//! Arguments of `levers backtest`.

use std::path::PathBuf;

use clap::Args;
use levers_core::analysis::{DEFAULT_DRAWS, DEFAULT_SEED};
use levers_report::OutputFormat;

use super::shared::draws;

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
    /// Add p10/p50/p90 bands per year (Monte Carlo over the assumptions, the
    /// trends' errors estimated before the base year) and their coverage of
    /// what was observed.
    #[arg(long)]
    pub uncertainty: bool,
    /// Number of draws for --uncertainty.
    #[arg(long, default_value_t = DEFAULT_DRAWS, value_name = "N", value_parser = draws, requires = "uncertainty")]
    pub draws: usize,
    /// Seed for --uncertainty: the same seed gives the same bands.
    #[arg(long, default_value_t = DEFAULT_SEED, value_name = "S", requires = "uncertainty")]
    pub seed: u64,
    /// Output format.
    #[arg(long, value_enum, default_value_t = OutputFormat::Table)]
    pub format: OutputFormat,
}
