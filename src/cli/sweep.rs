//! `levers sweep`: a grid of packages (`--vary`) or a folder of packages
//! (`--dir`), evaluated in parallel and streamed in a deterministic order.
//!
//! The grid is processed in blocks of [`BLOCK`] packages; within a block rayon
//! evaluates slices of [`SLICE`] packages on its threads, each slice formatted
//! into one string, and the strings are written in order before the next block
//! starts. Output is therefore identical for any number of threads, memory stays
//! bounded, and a consumer sees rows while the sweep runs.

use std::io::{IsTerminal, Write};
use std::path::{Path, PathBuf};

use clap::ValueEnum;
use indicatif::{ProgressBar, ProgressDrawTarget, ProgressStyle};
use levers_core::analysis::Grid;
use levers_core::{Baseline, Policy, Projection, project_into};
use rayon::prelude::*;

use super::Failure;
use super::args::SweepArgs;
use super::input::load;
pub use super::sweep_axis::parse_grid;
use levers_report::analysis::sweep::{SweepRow, csv_header, csv_row, ndjson_row};

/// Packages per block written at once.
pub const BLOCK: usize = 1 << 16;
/// Packages per parallel task.
pub const SLICE: usize = 512;

/// `sweep --format`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
pub enum SweepFormat {
    Csv,
    Ndjson,
}

pub fn run(baseline: &Baseline, args: &SweepArgs) -> Result<(), Failure> {
    let (vary, format) = (&args.vary, args.format);
    match (args.file.as_deref(), args.dir.as_deref()) {
        (_, Some(dir)) => {
            if !vary.is_empty() {
                return Err(Failure::Invalid(
                    "--vary applies to a FILE, not to --dir".to_string(),
                ));
            }
            sweep_dir(baseline, dir, format)
        }
        (Some(file), None) => {
            let policy = load(file, baseline)?;
            let grid = parse_grid(vary, &policy, baseline)?;
            check_grid(baseline, &policy, &grid)?;
            super::output::stdout_open()?;
            let stdout = std::io::stdout();
            let mut sink = stdout.lock();
            let progress = progress_bar(grid.len() as u64);
            let result = write_grid(baseline, &policy, &grid, format, &mut sink, &progress);
            progress.finish_and_clear();
            finish_write(result)
        }
        (None, None) => Err(Failure::Invalid(
            "levers sweep: give a FILE with --vary, or --dir FOLDER".to_string(),
        )),
    }
}

/// A closed pipe ends the sweep quietly; any other write error is internal.
fn finish_write(result: std::io::Result<()>) -> Result<(), Failure> {
    match result {
        Err(e) if e.kind() != std::io::ErrorKind::BrokenPipe => {
            Err(Failure::Internal(format!("cannot write output: {e}")))
        }
        _ => Ok(()),
    }
}

fn progress_bar(total: u64) -> ProgressBar {
    if !std::io::stderr().is_terminal() || super::output::is_quiet() {
        return ProgressBar::hidden();
    }
    let bar = ProgressBar::with_draw_target(Some(total), ProgressDrawTarget::stderr());
    if let Ok(style) =
        ProgressStyle::with_template("{bar:40} {pos}/{len} packages ({per_sec}, {eta} left)")
    {
        bar.set_style(style);
    }
    bar
}

/// Values are within each lever's range by construction; what else could break
/// a rule is a group switched on by the grid (from two years after the base
/// year) in a package whose horizon ends before. The first and last packages
/// of the grid are checked.
fn check_grid(baseline: &Baseline, policy: &Policy, grid: &Grid) -> Result<(), Failure> {
    for index in [0, grid.len().saturating_sub(1)] {
        let mut probe = policy.clone();
        grid.apply(index, &mut probe, baseline.base_year + 2);
        if let Some(problem) = probe.problems(baseline).first() {
            return Err(Failure::Invalid(format!(
                "--vary: the varied package breaks a rule: {}: {}; expected {}",
                problem.path, problem.message, problem.expected
            )));
        }
    }
    Ok(())
}

/// Evaluates every package of `grid` on top of `policy`, writing rows in grid
/// order to `sink`. Public for the benchmark.
pub fn write_grid(
    baseline: &Baseline,
    policy: &Policy,
    grid: &Grid,
    format: SweepFormat,
    sink: &mut impl Write,
    progress: &ProgressBar,
) -> std::io::Result<()> {
    let names: Vec<String> = grid.axes().iter().map(|a| a.name.clone()).collect();
    if format == SweepFormat::Csv {
        sink.write_all(csv_header(&names).as_bytes())?;
    }
    let total = grid.len();
    let default_start = baseline.base_year + 2;
    let mut start = 0;
    while start < total {
        let end = (start + BLOCK).min(total);
        let slices: Vec<String> = (start..end)
            .step_by(SLICE)
            .collect::<Vec<_>>()
            .into_par_iter()
            .map_init(
                || {
                    (
                        policy.clone(),
                        Projection::default(),
                        vec![0.0; names.len()],
                    )
                },
                |(candidate, projection, values), first| {
                    let mut text = String::with_capacity(SLICE * 96);
                    for index in first..(first + SLICE).min(end) {
                        grid.apply(index, candidate, default_start);
                        grid.values(index, values);
                        project_into(baseline, candidate, projection);
                        let row = SweepRow::of(projection, candidate.target.year);
                        match format {
                            SweepFormat::Csv => csv_row(&mut text, values, &[], &row),
                            SweepFormat::Ndjson => ndjson_row(&mut text, &names, values, &[], &row),
                        }
                    }
                    text
                },
            )
            .collect();
        for slice in &slices {
            sink.write_all(slice.as_bytes())?;
        }
        progress.inc((end - start) as u64);
        start = end;
    }
    sink.flush()
}

/// Every `*.toml` in `dir`, in sorted order, one row each.
fn sweep_dir(baseline: &Baseline, dir: &Path, format: SweepFormat) -> Result<(), Failure> {
    let entries = std::fs::read_dir(dir)
        .map_err(|e| Failure::Invalid(format!("{}: cannot read folder: {e}", dir.display())))?;
    let mut files: Vec<PathBuf> = entries
        .filter_map(|entry| entry.ok().map(|e| e.path()))
        .filter(|path| path.extension().is_some_and(|ext| ext == "toml") && path.is_file())
        .collect();
    files.sort();
    let mut errors = Vec::new();
    let mut policies = Vec::new();
    for file in &files {
        match load(file, baseline) {
            Ok(policy) => policies.push(policy),
            Err(Failure::Invalid(message) | Failure::Internal(message)) => errors.push(message),
        }
    }
    if !errors.is_empty() {
        return Err(Failure::Invalid(errors.join("\n")));
    }
    let rows: Vec<SweepRow> = policies
        .par_iter()
        .map_init(Projection::default, |projection, policy| {
            project_into(baseline, policy, projection);
            SweepRow::of(projection, policy.target.year)
        })
        .collect();
    let mut text = String::new();
    if format == SweepFormat::Csv {
        text.push_str(&csv_header(&["file".to_string(), "name".to_string()]));
    }
    for ((file, policy), row) in files.iter().zip(&policies).zip(&rows) {
        let file = file.display().to_string();
        match format {
            SweepFormat::Csv => csv_row(&mut text, &[], &[file, policy.name.clone()], row),
            SweepFormat::Ndjson => ndjson_row(
                &mut text,
                &[],
                &[],
                &[("file", file), ("name", policy.name.clone())],
                row,
            ),
        }
    }
    let stdout = std::io::stdout();
    let mut sink = stdout.lock();
    finish_write(sink.write_all(text.as_bytes()).and_then(|()| sink.flush()))
}
