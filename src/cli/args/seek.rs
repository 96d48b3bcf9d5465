//! Arguments of `levers seek`: the target, the limits and the confidence.

use std::path::PathBuf;

use clap::Args;
use levers_core::analysis::{DEFAULT_DRAWS, DEFAULT_SEED};

use super::shared::{Typed, draws, typed};
use crate::cli::expected::{Expected, number_in};

#[derive(Debug, Args)]
pub struct SeekArgs {
    /// The package to start from: the same as --from FILE.
    #[arg(value_name = "FILE", conflicts_with = "from")]
    pub file: Option<PathBuf>,
    /// Manufacturing share of GDP to reach, % (default: the --from package's target).
    #[arg(long, value_name = "PCT", value_parser = typed, required_unless_present_any = ["best", "from", "file"])]
    pub target_share: Option<Typed>,
    /// Instead: the highest share reachable by --by within the levers and budget.
    #[arg(long, conflicts_with_all = ["target_share", "confidence"])]
    pub best: bool,
    /// Year by which to reach it (default: the --from package's target year).
    #[arg(long, value_name = "YEAR", required_unless_present_any = ["from", "file"])]
    pub by: Option<i32>,
    /// Yearly budget cap, HK$ bn (default: the --from package's cap, or none).
    #[arg(long, value_name = "HKD_BN", value_parser = typed)]
    pub budget: Option<Typed>,
    /// Lever groups the package may use (default: those the --from package
    /// uses, else all four).
    #[arg(long, value_delimiter = ',', value_name = "GROUPS")]
    pub levers: Vec<String>,
    /// Take timings, co-funding, GBA share, horizon, funding and assumptions
    /// from this package; a package of named measures is sought over their amounts.
    #[arg(long, value_name = "FILE")]
    pub from: Option<PathBuf>,
    /// The cheapest package meeting the target in at least this share of
    /// Monte Carlo draws (0 to 1, e.g. 0.8), the same draws for every candidate.
    #[arg(long, value_name = "P", value_parser = confidence)]
    pub confidence: Option<f64>,
    /// Keep a lever dial or a measure's amount in a range:
    /// GROUP.FIELD=LO..HI or MEASURE.amount=LO..HI (repeatable).
    #[arg(long, value_name = "NAME.FIELD=LO..HI")]
    pub bound: Vec<String>,
    /// Keep these as the --from package has them: a measure, a lever group or
    /// GROUP.FIELD (comma-separated, repeatable).
    #[arg(long, value_delimiter = ',', value_name = "NAME")]
    pub fix: Vec<String>,
    /// Monte Carlo draws per candidate (with --confidence).
    #[arg(long, default_value_t = DEFAULT_DRAWS, value_name = "N", value_parser = draws, requires = "confidence")]
    pub draws: usize,
    /// Seed of the draws (with --confidence): the same seed gives the same package.
    #[arg(long, default_value_t = DEFAULT_SEED, value_name = "S", requires = "confidence")]
    pub seed: u64,
    /// Write the package here instead of stdout.
    #[arg(short = 'o', long = "output", value_name = "OUT.toml")]
    pub output: Option<PathBuf>,
}

impl SeekArgs {
    /// The package to start from, given as FILE or as --from FILE.
    pub fn package(&self) -> Option<&PathBuf> {
        self.from.as_ref().or(self.file.as_ref())
    }
}

/// `--confidence`: a chance above 0 and below 1.
fn confidence(text: &str) -> Result<f64, Expected> {
    use std::ops::Bound::Excluded;
    number_in(
        text,
        (Excluded(0.0), Excluded(1.0)),
        "arg-expected-confidence",
    )
}
