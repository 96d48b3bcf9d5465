//! Arguments of `levers discover`: scenario discovery (PRIM).

use std::path::PathBuf;

use clap::Args;
use levers_core::analysis::discover::DEFAULT_OPTIONS;
use levers_core::analysis::{DEFAULT_DRAWS, DEFAULT_SEED, Outcome};

use super::OutputArgs;
use super::outcome::target_year_outcome;
use super::shared::{Typed, draws, typed};
use crate::cli::expected::{Expected, number_in, whole_number};

#[derive(Debug, Args)]
pub struct DiscoverArgs {
    /// The package whose Monte Carlo draws are searched.
    #[arg(value_name = "FILE")]
    pub file: PathBuf,
    /// A draw is a case when the outcome reaches this level in the year of
    /// --by (the share in % of GDP; jobs in people; cost in HK$ bn). Default:
    /// the package's target share (then a case is the target met).
    #[arg(long, value_name = "LEVEL", allow_negative_numbers = true, value_parser = typed)]
    pub threshold: Option<Typed>,
    /// The year the outcome is read in (default: the package's target year).
    #[arg(long, value_name = "YEAR")]
    pub by: Option<i32>,
    /// The outcome read: share (default), jobs, effective_sectors or cost
    /// (cumulative to the year); anything but the share needs --threshold.
    #[arg(long, value_parser = target_year_outcome(), default_value = "share")]
    pub outcome: Outcome,
    /// Cases are the draws that fall below the threshold (failure).
    #[arg(long)]
    pub below: bool,
    /// Number of Monte Carlo draws (drawn as eval --uncertainty draws them).
    #[arg(long, default_value_t = DEFAULT_DRAWS, value_name = "N", value_parser = draws)]
    pub draws: usize,
    /// Seed of the draws: the same seed gives the same box.
    #[arg(long, default_value_t = DEFAULT_SEED, value_name = "S")]
    pub seed: u64,
    /// Boxes to find: 2 looks for a second box among the draws outside the first.
    #[arg(long, default_value_t = 1, value_name = "N", value_parser = |text: &str| whole_number(text, 1_u8, 2))]
    pub boxes: u8,
    /// Also sample a lever dial or a measure's field uniformly from LO to HI
    /// in every draw (repeatable): GROUP.FIELD=LO..HI or MEASURE.FIELD=LO..HI.
    #[arg(long, value_name = "NAME.FIELD=LO..HI")]
    pub vary: Vec<String>,
    /// Share of the box's points each peel removes (PRIM's alpha).
    #[arg(long, default_value_t = DEFAULT_OPTIONS.peel_alpha, value_name = "A", value_parser = alpha)]
    pub alpha: f64,
    /// The box chosen is the densest step of the trajectory that keeps at
    /// least this share of the cases (0.05 to 1).
    #[arg(long, default_value_t = DEFAULT_OPTIONS.min_coverage, value_name = "C", value_parser = coverage)]
    pub min_coverage: f64,
    /// Restrictions with a quasi-p-value above this are dropped from the box
    /// (1 keeps them all, as the EMA workbench's box does).
    #[arg(long, default_value_t = DEFAULT_OPTIONS.max_quasi_p, value_name = "P", value_parser = quasi_p)]
    pub max_quasi_p: f64,
    /// Also write the sampled table (one row per draw: every dimension, then
    /// `case` 1 or 0) to this CSV file, e.g. for another PRIM to read.
    #[arg(long, value_name = "FILE.csv")]
    pub samples_out: Option<PathBuf>,
    #[command(flatten)]
    pub output: OutputArgs,
}

/// `--alpha`: from 0.01 to 0.2.
fn alpha(text: &str) -> Result<f64, Expected> {
    number_in(text, 0.01..=0.2, "arg-expected-alpha")
}

/// `--max-quasi-p`: from 0.001 to 1.
fn quasi_p(text: &str) -> Result<f64, Expected> {
    number_in(text, 0.001..=1.0, "arg-expected-quasi-p")
}

/// `--min-coverage`: from 0.05 to 1.
fn coverage(text: &str) -> Result<f64, Expected> {
    number_in(text, 0.05..=1.0, "arg-expected-coverage")
}
