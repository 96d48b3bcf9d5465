//! `eval --uncertainty --each-draw`, and `eval --uncertainty --shard K/N`:
//! every Monte Carlo draw's outcomes instead of the bands. The draws of all
//! packages are numbered one after the other (package 1's draws 0..D, then
//! package 2's, …) and a shard takes its contiguous part of that sequence,
//! so the shards' outputs concatenate to the unsharded output byte for byte.
//! Each draw's generator depends only on the seed and the draw's index, so a
//! shard's draws are those of the unsharded run.

use std::io::Write;

use levers_core::Baseline;
use levers_core::analysis::DrawOutcome;
use levers_core::analysis::run_draw;
use levers_core::analysis::uncertainty::DrawScratch;
use levers_report::analysis::each_draw::{CSV_HEADER, Draw, csv_rows, ndjson};
use levers_report::csv_out::UTF8_BOM;
use rayon::prelude::*;

use super::Failure;
use super::args::{EvalArgs, EvalFormat};
use super::input::load_all;
use super::output::{progress_bar, write_output};
use super::shard::Shard;

/// Draws computed and written at once (bounds memory in long runs).
const BLOCK: u64 = 1 << 14;

/// How each draw is written.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum DrawFormat {
    /// One row per draw and year, header first (in shard 1).
    Csv,
    /// One line per draw.
    Ndjson,
}

impl DrawFormat {
    pub fn of(format: EvalFormat) -> Result<DrawFormat, Failure> {
        match format {
            EvalFormat::Csv => Ok(DrawFormat::Csv),
            EvalFormat::Ndjson => Ok(DrawFormat::Ndjson),
            other => Err(Failure::Invalid(format!(
                "--each-draw and --shard print one row per draw as --format csv or ndjson, not {}",
                format!("{other:?}").to_lowercase()
            ))),
        }
    }
}

/// Runs this shard's draws of every package and writes their rows to `-o`
/// or standard output.
pub fn run(baseline: &Baseline, args: &EvalArgs, format: DrawFormat) -> Result<(), Failure> {
    let policies = load_all(baseline, &args.files)?;
    let files: Vec<String> = args.files.iter().map(|f| f.display().to_string()).collect();
    let job = Job {
        baseline,
        format,
        draws: args.draws.draws as u64,
        seed: args.draws.seed,
        shard: args.shard.unwrap_or(Shard::WHOLE),
        excel: args.excel,
    };
    let packages: Vec<(&str, &levers_core::Policy)> =
        files.iter().map(String::as_str).zip(&policies).collect();
    match args.output.as_deref() {
        Some(path) if !levers_files::load::is_stdin(path) => {
            let mut bytes = Vec::new();
            job.write(&packages, &mut bytes)?;
            write_output(path, &bytes)
        }
        _ => {
            let stdout = std::io::stdout();
            match job.write(&packages, &mut stdout.lock()) {
                Err(Failure::Internal(why)) if why.contains("Broken pipe") => Ok(()),
                other => other,
            }
        }
    }
}

struct Job<'a> {
    baseline: &'a Baseline,
    format: DrawFormat,
    draws: u64,
    seed: u64,
    shard: Shard,
    excel: bool,
}

impl Job<'_> {
    fn write(
        &self,
        packages: &[(&str, &levers_core::Policy)],
        sink: &mut impl Write,
    ) -> Result<(), Failure> {
        let failed =
            |e: &dyn std::fmt::Display| Failure::Internal(format!("cannot write output: {e}"));
        if self.shard.is_first() {
            let mut head = Vec::new();
            if self.excel {
                head.extend_from_slice(UTF8_BOM.as_bytes());
            }
            if self.format == DrawFormat::Csv {
                let mut writer = csv::Writer::from_writer(&mut head);
                writer.write_record(CSV_HEADER).map_err(|e| failed(&e))?;
                writer.flush().map_err(|e| failed(&e))?;
            }
            sink.write_all(&head).map_err(|e| failed(&e))?;
        }
        let total = packages.len() * self.draws as usize;
        let part = self.shard.range(total);
        let progress = progress_bar(part.len() as u64, "Monte Carlo draws");
        for (p, (file, policy)) in packages.iter().enumerate() {
            let first = (p as u64) * self.draws;
            let start = (part.start as u64).clamp(first, first + self.draws) - first;
            let end = (part.end as u64).clamp(first, first + self.draws) - first;
            let mut block = start;
            while block < end {
                let until = (block + BLOCK).min(end);
                let outcomes: Vec<DrawOutcome> = (block..until)
                    .into_par_iter()
                    .map_init(DrawScratch::default, |scratch, index| {
                        run_draw(self.baseline, policy, self.seed, index, scratch)
                    })
                    .collect();
                let bytes = self
                    .rows(file, &policy.name, block, &outcomes)
                    .map_err(|e| failed(&e))?;
                sink.write_all(&bytes).map_err(|e| failed(&e))?;
                progress.inc(until - block);
                block = until;
            }
        }
        progress.finish_and_clear();
        sink.flush().map_err(|e| failed(&e))
    }

    /// The rows of consecutive draws from `first`.
    fn rows(
        &self,
        file: &str,
        name: &str,
        first: u64,
        outcomes: &[DrawOutcome],
    ) -> Result<Vec<u8>, Box<dyn std::error::Error>> {
        let draw = |i: usize, outcome| Draw {
            file,
            name,
            seed: self.seed,
            index: first + i as u64,
            base_year: self.baseline.base_year,
            outcome,
        };
        match self.format {
            DrawFormat::Ndjson => {
                let mut out = Vec::new();
                for (i, outcome) in outcomes.iter().enumerate() {
                    ndjson(&mut out, &draw(i, outcome))?;
                }
                Ok(out)
            }
            DrawFormat::Csv => {
                let mut writer = csv::WriterBuilder::new()
                    .has_headers(false)
                    .from_writer(Vec::new());
                for (i, outcome) in outcomes.iter().enumerate() {
                    csv_rows(&mut writer, &draw(i, outcome))?;
                }
                Ok(writer
                    .into_inner()
                    .map_err(csv::IntoInnerError::into_error)?)
            }
        }
    }
}
