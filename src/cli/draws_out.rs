//! `--draws-out FILE` (with `--uncertainty`, in `eval` and `chart`): the rows
//! of `--each-draw` — every Monte Carlo draw, one CSV row per draw and
//! projected year, with the drawn assumptions as columns — written to a file
//! beside the bands. The same draws, seed and order as the bands, so a draw's
//! rows reproduce what the band summarises. One implementation:
//! [`super::each_draw::Job`].

use std::path::{Path, PathBuf};

use levers_core::{Baseline, Policy};

use super::Failure;
use super::each_draw::{DrawFormat, Job};
use super::output::stream_output;
use super::shard::Shard;

/// Writes the draws of every package to `out` as CSV.
pub fn write(
    baseline: &Baseline,
    files: &[PathBuf],
    policies: &[Policy],
    draws: usize,
    seed: u64,
    out: &Path,
) -> Result<(), Failure> {
    let job = Job {
        baseline,
        format: DrawFormat::Csv,
        draws: draws as u64,
        seed,
        shard: Shard::WHOLE,
        excel: false,
        progress: "progress-draws-out",
    };
    let shown: Vec<String> = files.iter().map(|f| f.display().to_string()).collect();
    let packages: Vec<(&str, &Policy)> = shown.iter().map(String::as_str).zip(policies).collect();
    stream_output(out, |sink| job.write(&packages, sink))
}
