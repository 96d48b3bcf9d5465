//! The argument groups several commands share: `--format` of a one-report
//! command, and how Monte Carlo draws (`--draws`, `--seed`, `--draws-out`).

use std::path::PathBuf;

use clap::Args;
use levers_core::analysis::{DEFAULT_DRAWS, DEFAULT_SEED};
use levers_report::OutputFormat;

use crate::cli::expected::{Expected, whole_number};

/// `--format` of the commands that print one report.
#[derive(Debug, Args)]
pub struct OutputArgs {
    /// Output format.
    #[arg(long, value_enum, default_value_t = OutputFormat::Table)]
    pub format: OutputFormat,
}

/// Most Monte Carlo draws in one run (every draw's yearly results are kept
/// until the percentiles are taken: about 250 bytes each).
pub const MAX_DRAWS: usize = 1_000_000;

/// How Monte Carlo draws over the assumption ranges (with `--uncertainty`).
#[derive(Debug, Args)]
pub struct UncertaintyArgs {
    /// Number of Monte Carlo draws (with --uncertainty).
    #[arg(long, default_value_t = DEFAULT_DRAWS, value_name = "N", value_parser = draws, requires = "uncertainty")]
    pub draws: usize,
    /// Seed of the Monte Carlo draws: the same seed gives the same bands.
    #[arg(long, default_value_t = DEFAULT_SEED, value_name = "S", requires = "uncertainty")]
    pub seed: u64,
    /// Also write every draw as CSV: one row per draw and year, with the drawn
    /// assumptions as columns (for pandas, DuckDB, R).
    #[arg(long, value_name = "FILE.csv", requires = "uncertainty")]
    pub draws_out: Option<PathBuf>,
}

/// `--draws`: a whole number from 1 to [`MAX_DRAWS`].
pub(crate) fn draws(text: &str) -> Result<usize, Expected> {
    whole_number(text, 1, MAX_DRAWS)
}

/// A number given on the command line with the text it was typed as: a
/// refusal echoes the text (`--target-share 1e400`), not the number it
/// parses to (`inf`).
#[derive(Clone, Debug)]
pub struct Typed {
    pub value: f64,
    pub text: String,
}

/// A number as typed, parsed as clap parses an `f64`.
pub(crate) fn typed(text: &str) -> Result<Typed, Expected> {
    text.parse()
        .map(|value| Typed {
            value,
            text: text.to_string(),
        })
        .map_err(|_: std::num::ParseFloatError| Expected::new("arg-expected-number"))
}
