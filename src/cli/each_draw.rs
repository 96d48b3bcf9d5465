//! Every Monte Carlo draw as rows — the one implementation behind
//! `eval --uncertainty --each-draw`, `--shard K/N` (rows to `-o` or standard
//! output, CSV or NDJSON) and `--draws-out FILE` (the same CSV rows written to
//! a file beside the bands; [`write_draws_out`]). The rows and their
//! columns are `levers_report::analysis::draws`.
//!
//! The draws of all packages are numbered one after the other (package 1's
//! draws 0..D, then package 2's, …) and a shard takes its contiguous part of
//! that sequence, so the shards' outputs concatenate to the unsharded output
//! byte for byte. Each draw's generator depends only on the seed and the
//! draw's index, so a shard's draws are those of the unsharded run, and of the
//! bands.

use std::io::Write;

use levers_core::analysis::uncertainty::{DrawScratch, drawn_assumptions};
use levers_core::analysis::{DrawOutcome, run_draw};
use levers_core::params::{Distribution, ParamSpec};
use std::path::PathBuf;

use levers_core::{Baseline, Policy};
use levers_report::analysis::draws::{Draw, csv_header, csv_rows, ndjson_rows};
use levers_report::csv_out::UTF8_BOM;
use rayon::prelude::*;

use super::Failure;
use super::args::{EvalArgs, EvalFormat, UncertaintyArgs};
use super::console::{progress_bar, stream_output};
use super::input::load_all;
use super::shard::Shard;
use levers_report::i18n::Lang;

/// Draws computed and written at once. A draw's rows take about 25 KB (one
/// row per projected year, every drawn assumption a column), so a block of
/// 256 holds about 6 MB whatever the number of draws: memory is flat as draws
/// grow (issue 22: 16,384 draws a block held 400 MB), and 256 draws still give
/// every core work.
const BLOCK: u64 = 256;

/// How each draw is written.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum DrawFormat {
    /// One row per draw and projected year, header first (in shard 1).
    Csv,
    /// One line per draw and projected year, with the CSV's columns as keys.
    Ndjson,
}

impl DrawFormat {
    pub fn of(lang: Lang, format: EvalFormat) -> Result<DrawFormat, Failure> {
        match format {
            EvalFormat::Csv => Ok(DrawFormat::Csv),
            EvalFormat::Ndjson => Ok(DrawFormat::Ndjson),
            other => Err(Failure::Invalid(lang.format(
                "each-draw-format",
                &[("format", &format!("{other:?}").to_lowercase())],
            ))),
        }
    }
}

/// `--each-draw`, `--shard`: runs this shard's draws of every package and
/// writes their rows to `-o` or standard output.
pub fn run(
    lang: Lang,
    baseline: &Baseline,
    args: &EvalArgs,
    format: DrawFormat,
) -> Result<(), Failure> {
    let policies = load_all(lang, baseline, &args.files)?;
    let files: Vec<String> = args.files.iter().map(|f| f.display().to_string()).collect();
    let job = Job {
        baseline,
        format,
        draws: args.draws.draws as u64,
        seed: args.draws.seed,
        shard: args.shard.unwrap_or(Shard::WHOLE),
        excel: args.excel,
        progress: "progress-draws",
    };
    let packages: Vec<(&str, &Policy)> = files.iter().map(String::as_str).zip(&policies).collect();
    match args.output.as_deref() {
        Some(path) if !levers_files::load::is_stdin(path) => {
            stream_output(lang, path, |sink| job.write(lang, &packages, sink))
        }
        _ => {
            let stdout = std::io::stdout();
            match job.write(lang, &packages, &mut stdout.lock()) {
                Err(Failure::Internal(why)) if why.contains("Broken pipe") => Ok(()),
                other => other,
            }
        }
    }
}

/// One run of draws to write: which, how, and for whom.
pub struct Job<'a> {
    pub baseline: &'a Baseline,
    pub format: DrawFormat,
    /// Draws per package.
    pub draws: u64,
    pub seed: u64,
    pub shard: Shard,
    /// Start with a UTF-8 byte order mark (shard 1 only).
    pub excel: bool,
    /// The message id of the progress bar's label.
    pub progress: &'static str,
}

impl Job<'_> {
    /// Writes the header (shard 1) and this shard's rows of `packages`
    /// (file as shown, package) to `sink`.
    pub fn write(
        &self,
        lang: Lang,
        packages: &[(&str, &Policy)],
        sink: &mut (impl Write + ?Sized),
    ) -> Result<(), Failure> {
        let failed =
            |e: &dyn std::fmt::Display| Failure::Internal(format!("cannot write output: {e}"));
        let drawn = drawn_specs(self.baseline);
        let names: Vec<String> = drawn.iter().map(|s| s.name.clone()).collect();
        let observed = observed_years(self.baseline);
        if self.shard.is_first() {
            let mut head = Vec::new();
            if self.excel {
                head.extend_from_slice(UTF8_BOM.as_bytes());
            }
            if self.format == DrawFormat::Csv {
                head.extend(csv_header(&names)?);
            }
            sink.write_all(&head).map_err(|e| failed(&e))?;
        }
        let total = packages.len() * self.draws as usize;
        let part = self.shard.range(total);
        let progress = progress_bar(lang, part.len() as u64, self.progress);
        for (p, (file, policy)) in packages.iter().enumerate() {
            let first = (p as u64) * self.draws;
            let start = (part.start as u64).clamp(first, first + self.draws) - first;
            let end = (part.end as u64).clamp(first, first + self.draws) - first;
            let mut block = start;
            while block < end {
                let until = (block + BLOCK).min(end);
                let runs: Vec<(DrawOutcome, Vec<f64>)> = (block..until)
                    .into_par_iter()
                    .map_init(DrawScratch::default, |scratch, index| {
                        let outcome = run_draw(self.baseline, policy, self.seed, index, scratch);
                        let values =
                            assumptions_in_force(self.baseline, policy, self.seed, &drawn, index);
                        (outcome, values)
                    })
                    .collect();
                let mut bytes = Vec::new();
                for (i, (outcome, values)) in runs.iter().enumerate() {
                    let draw = Draw {
                        file,
                        seed: self.seed,
                        index: block + i as u64,
                        base_year: self.baseline.base_year,
                        observed,
                        outcome,
                        assumptions: values,
                    };
                    match self.format {
                        DrawFormat::Csv => csv_rows(&mut bytes, &names, &draw)?,
                        DrawFormat::Ndjson => ndjson_rows(&mut bytes, &names, &draw)?,
                    }
                }
                sink.write_all(&bytes).map_err(|e| failed(&e))?;
                progress.inc(until - block);
                block = until;
            }
        }
        progress.finish_and_clear();
        sink.flush().map_err(|e| failed(&e))
    }
}

/// `--draws-out FILE` (with `--uncertainty`, in `eval` and `chart`): the same
/// CSV rows as `--each-draw`, with the bands' draws, seed and order, written to
/// a file beside the bands; nothing when no file is asked for.
pub fn write_draws_out(
    lang: Lang,
    baseline: &Baseline,
    files: &[PathBuf],
    policies: &[Policy],
    asked: &UncertaintyArgs,
) -> Result<(), Failure> {
    let Some(out) = asked.draws_out.as_deref() else {
        return Ok(());
    };
    let job = Job {
        baseline,
        format: DrawFormat::Csv,
        draws: asked.draws as u64,
        seed: asked.seed,
        shard: Shard::WHOLE,
        excel: false,
        progress: "progress-draws-out",
    };
    let shown: Vec<String> = files.iter().map(|f| f.display().to_string()).collect();
    let packages: Vec<(&str, &Policy)> = shown.iter().map(String::as_str).zip(policies).collect();
    stream_output(lang, out, |sink| job.write(lang, &packages, sink))
}

/// The assumptions a draw samples, in baseline order: the header's columns.
fn drawn_specs(baseline: &Baseline) -> Vec<&ParamSpec> {
    baseline
        .specs
        .iter()
        .filter(|s| s.distribution != Distribution::Fixed && s.low < s.high)
        .collect()
}

/// The value each of `specs` has in draw `index`: drawn, else the package's
/// override (overridden assumptions are not drawn), else the baseline value.
fn assumptions_in_force(
    baseline: &Baseline,
    policy: &Policy,
    seed: u64,
    specs: &[&ParamSpec],
    index: u64,
) -> Vec<f64> {
    let drawn = drawn_assumptions(baseline, policy, seed, index);
    specs
        .iter()
        .map(|spec| {
            drawn
                .iter()
                .find(|(id, _)| *id == spec.id)
                .map(|(_, v)| *v)
                .or_else(|| policy.assumption(spec.id))
                .unwrap_or(spec.value)
        })
        .collect()
}

/// Leading years of every projection that are observed, not projected.
fn observed_years(baseline: &Baseline) -> usize {
    (baseline.first_policy_year() - baseline.base_year).max(0) as usize
}
