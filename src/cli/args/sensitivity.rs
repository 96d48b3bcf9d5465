//! Arguments of `levers sensitivity`: the tornado or Sobol indices.

use std::path::PathBuf;

use clap::{Args, ValueEnum};
use levers_core::analysis::sobol_model::DEFAULT_SAMPLES;
use levers_core::analysis::{DEFAULT_SEED, Outcome};

use super::OutputArgs;
use super::outcome::target_year_outcome;
use crate::cli::expected::{Expected, whole_number};

#[derive(Debug, Args)]
pub struct SensitivityArgs {
    /// The package whose levers and assumptions are varied.
    #[arg(value_name = "FILE")]
    pub file: PathBuf,
    /// The outcome the tornado swings (one-at-a-time only; sobol reports the
    /// share in the target year and whether the target is met).
    #[arg(long, value_parser = target_year_outcome(), default_value = "share")]
    pub outcome: Outcome,
    /// one-at-a-time: the tornado. sobol: first- and total-order Sobol indices
    /// of every drawn assumption, with 95% bootstrap intervals.
    #[arg(long, value_enum, default_value_t = SensitivityMethod::OneAtATime)]
    pub method: SensitivityMethod,
    /// Base samples N of the Saltelli design (sobol; the model runs N·(k+2) times).
    #[arg(long, default_value_t = DEFAULT_SAMPLES, value_name = "N", value_parser = samples)]
    pub samples: usize,
    /// Seed of the design (sobol): the same seed gives the same indices.
    #[arg(long, default_value_t = DEFAULT_SEED, value_name = "S")]
    pub seed: u64,
    /// Also draw the indices to this SVG file (sobol).
    #[arg(long, value_name = "FILE.svg")]
    pub chart: Option<PathBuf>,
    #[command(flatten)]
    pub output: OutputArgs,
}

/// `sensitivity --method`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
pub enum SensitivityMethod {
    /// Each lever, measure and assumption over its range, all else held.
    #[value(name = "one-at-a-time", alias = "oat", alias = "tornado")]
    OneAtATime,
    /// Variance-based global sensitivity (Saltelli sampling).
    Sobol,
}

/// Most base samples of a Sobol design.
pub const MAX_SAMPLES: usize = 1 << 16;

/// `--samples`: a whole number from 16 to [`MAX_SAMPLES`].
fn samples(text: &str) -> Result<usize, Expected> {
    whole_number(text, 16, MAX_SAMPLES)
}
