//! Arguments of `levers brief`, the two-page options brief.

use std::path::PathBuf;

use clap::Args;
use levers_core::analysis::{DEFAULT_DRAWS, DEFAULT_SEED};

use super::shared::MAX_DRAWS;
use crate::cli::expected::{Expected, number_in, whole_number};

#[derive(Debug, Args)]
pub struct BriefArgs {
    /// The options, one package file each (the first is drawn first; an option
    /// with no levers or measures is read as doing nothing).
    #[arg(required = true, value_name = "FILE")]
    pub files: Vec<PathBuf>,
    /// Output file: .html (self-contained, prints on two A4 pages), .md
    /// (Markdown, the chart written beside it as <name>-share.svg) or .xlsx
    /// (an Excel workbook opening on a Summary sheet); - prints Markdown.
    #[arg(short, long, value_name = "FILE", default_value = "-")]
    pub output: PathBuf,
    /// Also show the chance that the share in the target year is at least
    /// this many % of GDP (repeat the flag or separate with commas).
    #[arg(long, value_name = "PCT", value_delimiter = ',', value_parser = threshold)]
    pub threshold: Vec<f64>,
    /// Number of Monte Carlo draws behind the chances and bands (at least 100:
    /// "in 8 draws out of 10 between" needs enough draws to mean it).
    #[arg(long, default_value_t = DEFAULT_DRAWS, value_name = "N", value_parser = brief_draws)]
    pub draws: usize,
    /// Seed of the Monte Carlo draws: the same seed gives the same chances.
    #[arg(long, default_value_t = DEFAULT_SEED, value_name = "S")]
    pub seed: u64,
}

/// `brief --draws`: from 100 (bands and chances of ten draws in ten say
/// little) to [`MAX_DRAWS`].
fn brief_draws(text: &str) -> Result<usize, Expected> {
    whole_number(text, 100, MAX_DRAWS)
}

/// `--threshold`: a share of GDP in % from 0 to 100.
fn threshold(text: &str) -> Result<f64, Expected> {
    number_in(
        text.trim_end_matches('%'),
        0.0..=100.0,
        "arg-expected-threshold",
    )
}
