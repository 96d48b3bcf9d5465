//! `levers sweep`: a grid of packages (`--vary`) or a folder of packages
//! (`--dir`), evaluated in parallel and streamed in a deterministic order.
//!
//! The grid is processed in blocks of [`BLOCK`] packages; within a block rayon
//! evaluates slices of [`SLICE`] packages on its threads, each slice formatted
//! into one string, and the strings are written in order before the next block
//! starts. Output is therefore identical for any number of threads, memory stays
//! bounded, and a consumer sees rows while the sweep runs.

use std::io::Write;
use std::path::{Path, PathBuf};

use indicatif::ProgressBar;
use levers_core::analysis::Grid;
use levers_core::{Baseline, Policy, Projection, Projector, project_into};
use rayon::prelude::*;

use super::Failure;
use super::args::SweepArgs;
pub use super::args::SweepFormat;
use super::input::load;
pub use super::sweep_axis::parse_grid;
use levers_report::analysis::sweep::{
    Labelled, SweepRow, csv_header, csv_plain_row, csv_row, csv_writer, ndjson_row, outcome_columns,
};
use levers_report::csv_out::UTF8_BOM;

use super::console::write_output;
use super::output_name::{Forms, format_named};
use super::shard::Shard;
use levers_report::i18n::Lang;

/// The formats `sweep -o FILE` chooses by the file's extension (`.txt`: the
/// default CSV, as with no extension).
const FORMS: Forms<SweepFormat> = Forms {
    named: &[
        ("csv", SweepFormat::Csv),
        ("txt", SweepFormat::Csv),
        ("ndjson", SweepFormat::Ndjson),
        ("xlsx", SweepFormat::Xlsx),
    ],
    refusal: "sweep-output-form",
    hints: true,
};

/// Packages per block written at once.
pub const BLOCK: usize = 1 << 16;
/// Packages per parallel task.
pub const SLICE: usize = 512;

pub fn run(lang: Lang, baseline: &Baseline, args: &SweepArgs) -> Result<(), Failure> {
    let output = args.output.as_deref();
    // `--format` wins; else the output file's extension; else CSV.
    let format = match args.format {
        Some(format) => format,
        None => format_named(lang, output, &FORMS)?.unwrap_or(SweepFormat::Csv),
    };
    let shard = args.shard.unwrap_or(Shard::WHOLE);
    if format != SweepFormat::Xlsx {
        super::xlsx::check_not_misnamed(lang, output, &format!("{format:?}").to_lowercase())?;
    }
    if format == SweepFormat::Xlsx {
        if args.shard.is_some() {
            return Err(Failure::Invalid(lang.text("sweep-shard-not-xlsx")));
        }
        let path = super::xlsx::destination(lang, output)?;
        let mut csv = Vec::new();
        // The worksheet's row limit is known before any package is run.
        let limit = Some(levers_report::xlsx::MAX_ROWS - 2);
        rows(
            lang,
            baseline,
            args,
            SweepFormat::Csv,
            shard,
            limit,
            &mut csv,
        )?;
        return write_output(lang, path, &workbook(lang, &csv)?);
    }
    if args.excel && format != SweepFormat::Csv {
        return Err(Failure::Invalid(lang.text("excel-csv-only")));
    }
    // The mark goes first in the whole output, so in shard 1 only.
    let mark = if args.excel && shard.is_first() {
        UTF8_BOM.as_bytes()
    } else {
        &[]
    };
    let path = output.unwrap_or(Path::new("-"));
    super::console::stream_output(lang, path, |sink| {
        finish_write(sink.write_all(mark))?;
        rows(lang, baseline, args, format, shard, None, sink)
    })
}

/// The sweep's rows (this shard's part), in `format`, to `sink`.
fn rows(
    lang: Lang,
    baseline: &Baseline,
    args: &SweepArgs,
    format: SweepFormat,
    shard: Shard,
    limit: Option<usize>,
    sink: &mut (impl Write + ?Sized),
) -> Result<(), Failure> {
    let vary = &args.vary;
    match (args.file.as_deref(), args.dir.as_deref()) {
        (_, Some(dir)) => {
            if !vary.is_empty() {
                return Err(Failure::Invalid(lang.text("sweep-vary-not-dir")));
            }
            sweep_dir(lang, baseline, dir, format, shard, limit, sink)
        }
        (Some(file), None) => {
            let policy = load(lang, file, baseline)?;
            let grid = parse_grid(lang, vary, &policy, baseline)?;
            check_limit(lang, grid.len(), limit)?;
            check_grid(lang, baseline, &policy, &grid)?;
            let part = shard.range(grid.len());
            let progress = super::console::progress_bar(lang, part.len() as u64, "progress-sweep");
            let result = write_grid_part(baseline, &policy, &grid, format, shard, sink, &progress);
            progress.finish_and_clear();
            finish_write(result)
        }
        (None, None) => Err(Failure::Invalid(lang.text("sweep-file-or-dir"))),
    }
}

/// The CSV rows of a sweep as a workbook: one sheet, keys and units above.
fn workbook(lang: Lang, csv: &[u8]) -> Result<Vec<u8>, Failure> {
    let mut reader = csv::ReaderBuilder::new()
        .has_headers(false)
        .from_reader(csv);
    let mut rows = Vec::new();
    for record in reader.records() {
        let record = record.map_err(|e| Failure::Internal(e.to_string()))?;
        // Workbook cells are typed strings, never formulas: the `'` the CSV
        // writer put before `=`, `-`, … would only show.
        rows.push(
            record
                .iter()
                .map(|cell| levers_report::sanitise::csv_text_undone(cell).to_string())
                .collect::<Vec<_>>(),
        );
    }
    check_limit(
        lang,
        rows.len().saturating_sub(1),
        Some(levers_report::xlsx::MAX_ROWS - 2),
    )?;
    let keys = if rows.is_empty() {
        Vec::new()
    } else {
        rows.remove(0)
    };
    let outcomes = outcome_columns();
    let units: Vec<&str> = keys
        .iter()
        .map(|key| {
            outcomes
                .iter()
                .find(|column| column.key == key.as_str())
                .map_or("", |column| column.unit.as_ref())
        })
        .collect();
    levers_report::xlsx::table("Sweep", &keys, &units, &rows).map_err(Failure::from)
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

/// Refuses, before any work, more packages than the output can hold.
fn check_limit(lang: Lang, packages: usize, limit: Option<usize>) -> Result<(), Failure> {
    match limit {
        Some(limit) if packages > limit => Err(Failure::Invalid(lang.format(
            "sweep-too-many-rows",
            &[
                ("packages", &packages.to_string()),
                ("limit", &limit.to_string()),
            ],
        ))),
        _ => Ok(()),
    }
}

/// Every package of the grid is checked against the rules `levers check`
/// applies, before any row is written: axes interact (a start varied past a
/// varied end, a group switched on past the horizon), so checking corners is
/// not enough. The rules cost far less than a projection, so this adds a small
/// share to the run; the first package that breaks one is named with its values.
pub fn check_grid(
    lang: Lang,
    baseline: &Baseline,
    policy: &Policy,
    grid: &Grid,
) -> Result<(), Failure> {
    let default_start = baseline.base_year + 2;
    let len = grid.len();
    let broken = (0..len)
        .step_by(SLICE)
        .collect::<Vec<_>>()
        .into_par_iter()
        .map_init(
            || policy.clone(),
            |candidate, first| {
                (first..(first + SLICE).min(len)).find_map(|index| {
                    grid.apply(index, candidate, default_start);
                    candidate
                        .problems(baseline)
                        .into_iter()
                        .next()
                        .map(|problem| (index, problem))
                })
            },
        )
        .find_map_first(|found| found);
    let Some((index, problem)) = broken else {
        return Ok(());
    };
    let mut values = vec![0.0; grid.axes().len()];
    grid.values(index, &mut values);
    let point: Vec<String> = grid
        .axes()
        .iter()
        .zip(&values)
        .map(|(axis, value)| format!("{} = {value}", axis.name))
        .collect();
    let worded = lang.problem(&problem.kind);
    Err(Failure::Invalid(lang.format(
        "sweep-grid-breaks-rule",
        &[
            ("number", &(index + 1).to_string()),
            ("point", &point.join(", ")),
            ("path", &problem.path),
            ("message", &worded.message),
            ("expected", &worded.expected),
        ],
    )))
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
    write_grid_part(baseline, policy, grid, format, Shard::WHOLE, sink, progress)
}

/// [`write_grid`] for one shard's part of the grid; the CSV header comes with
/// shard 1 only.
fn write_grid_part(
    baseline: &Baseline,
    policy: &Policy,
    grid: &Grid,
    format: SweepFormat,
    shard: Shard,
    sink: &mut (impl Write + ?Sized),
    progress: &ProgressBar,
) -> std::io::Result<()> {
    let names: Vec<String> = grid.axes().iter().map(|a| a.name.clone()).collect();
    if format != SweepFormat::Ndjson && shard.is_first() {
        sink.write_all(&csv_header(&names)?)?;
    }
    let part = shard.range(grid.len());
    let default_start = baseline.base_year + 2;
    let mut start = part.start;
    while start < part.end {
        let end = (start + BLOCK).min(part.end);
        let slices: Vec<std::io::Result<Vec<u8>>> = (start..end)
            .step_by(SLICE)
            .collect::<Vec<_>>()
            .into_par_iter()
            .map_init(
                || {
                    (
                        policy.clone(),
                        Projector::default(),
                        Projection::default(),
                        vec![0.0; names.len()],
                    )
                },
                |(candidate, projector, projection, values), first| {
                    let mut rows = Rows::for_grid(format);
                    for index in first..(first + SLICE).min(end) {
                        grid.apply(index, candidate, default_start);
                        grid.values(index, values);
                        projector.project_into(baseline, candidate, projection);
                        let row = SweepRow::of(projection, candidate.target.year);
                        rows.push(&Labelled {
                            texts: &[],
                            names: &names,
                            values,
                            row: &row,
                        })?;
                    }
                    rows.into_bytes()
                },
            )
            .collect();
        for slice in slices {
            sink.write_all(&slice?)?;
        }
        progress.inc((end - start) as u64);
        start = end;
    }
    sink.flush()
}

/// Rows being written in one format (CSV for xlsx too).
enum Rows {
    Csv(Box<csv::Writer<Vec<u8>>>, String),
    /// CSV rows without text cells, written without the CSV writer.
    Plain(Vec<u8>, String),
    Ndjson(Vec<u8>),
}

impl Rows {
    /// Rows of a grid, which have no text cells.
    fn for_grid(format: SweepFormat) -> Rows {
        match format {
            SweepFormat::Csv | SweepFormat::Xlsx => {
                Rows::Plain(Vec::with_capacity(SLICE * 128), String::new())
            }
            SweepFormat::Ndjson => Rows::new(format),
        }
    }

    fn new(format: SweepFormat) -> Rows {
        match format {
            SweepFormat::Ndjson => Rows::Ndjson(Vec::with_capacity(SLICE * 128)),
            SweepFormat::Csv | SweepFormat::Xlsx => {
                Rows::Csv(Box::new(csv_writer()), String::new())
            }
        }
    }

    fn push(&mut self, labelled: &Labelled<'_>) -> std::io::Result<()> {
        match self {
            Rows::Csv(writer, buffer) => csv_row(writer, buffer, labelled).map_err(Into::into),
            Rows::Plain(bytes, buffer) => {
                debug_assert!(labelled.texts.is_empty(), "a grid's rows have no texts");
                csv_plain_row(bytes, buffer, labelled.values, labelled.row);
                Ok(())
            }
            Rows::Ndjson(bytes) => ndjson_row(bytes, labelled).map_err(Into::into),
        }
    }

    fn into_bytes(self) -> std::io::Result<Vec<u8>> {
        match self {
            Rows::Csv(writer, _) => into_bytes(*writer),
            Rows::Plain(bytes, _) | Rows::Ndjson(bytes) => Ok(bytes),
        }
    }
}

fn into_bytes(writer: csv::Writer<Vec<u8>>) -> std::io::Result<Vec<u8>> {
    writer.into_inner().map_err(csv::IntoInnerError::into_error)
}

/// Files of a `--dir` sweep read, evaluated and written at a time: memory
/// holds one block of packages and their rows, whatever the folder holds.
const DIR_BLOCK: usize = 256;
/// Most files whose problems a `--dir` sweep lists; the rest are counted.
const MAX_FILES_REPORTED: usize = 100;

/// Every `*.toml` in `dir`, in sorted order, one row each (this shard's part).
///
/// Two passes, each in blocks of [`DIR_BLOCK`] files read in parallel: the
/// first reads every file and keeps only its problems, so that a mistake
/// anywhere is reported before any row is written (as `check` would, and
/// nothing half-written reaches standard output); the second reads each file
/// again, projects it and writes its row at once. Memory holds one block, not
/// every package and row (only the sorted file names are kept); each file is
/// read twice. A file changed into a mistake between the passes ends the
/// sweep with its error.
fn sweep_dir(
    lang: Lang,
    baseline: &Baseline,
    dir: &Path,
    format: SweepFormat,
    shard: Shard,
    limit: Option<usize>,
    sink: &mut (impl Write + ?Sized),
) -> Result<(), Failure> {
    let entries = std::fs::read_dir(dir)
        .map_err(|e| Failure::Invalid(format!("{}: cannot read folder: {e}", dir.display())))?;
    let mut files: Vec<PathBuf> = entries
        .filter_map(|entry| entry.ok().map(|e| e.path()))
        .filter(|path| path.extension().is_some_and(|ext| ext == "toml"))
        .collect();
    files.sort();
    check_limit(lang, files.len(), limit)?;
    let part = shard.range(files.len());
    let files = &files[part];
    // Every `*.toml` is a package or a mistake the user hears about: a FIFO,
    // folder or broken link so named is not skipped in silence (`load` goes
    // through the checked reader, which says what it is).
    check_dir_files(lang, baseline, files)?;
    if format != SweepFormat::Ndjson && shard.is_first() {
        let header = csv_header(&["file".to_string(), "name".to_string()])
            .map_err(|e| Failure::Internal(e.to_string()))?;
        if !written(sink.write_all(&header))? {
            return Ok(());
        }
    }
    for block in files.chunks(DIR_BLOCK) {
        let rows: Vec<Result<Vec<u8>, Failure>> = block
            .par_iter()
            .map_init(Projection::default, |projection, file| {
                let policy = load(lang, file, baseline)?;
                project_into(baseline, &policy, projection);
                let row = SweepRow::of(projection, policy.target.year);
                let texts = [
                    ("file", file.display().to_string()),
                    ("name", policy.name.clone()),
                ];
                let mut out = Rows::new(format);
                out.push(&Labelled {
                    texts: &texts,
                    names: &[],
                    values: &[],
                    row: &row,
                })
                .and_then(|()| out.into_bytes())
                .map_err(|e| Failure::Internal(e.to_string()))
            })
            .collect();
        for row in rows {
            if !written(sink.write_all(&row?))? {
                return Ok(());
            }
        }
    }
    written(sink.flush()).map(|_| ())
}

/// Reads every file of a `--dir` sweep, keeping only the problems (the first
/// [`MAX_FILES_REPORTED`] files' in full, the rest counted).
fn check_dir_files(lang: Lang, baseline: &Baseline, files: &[PathBuf]) -> Result<(), Failure> {
    let mut errors = Vec::new();
    let mut more = 0usize;
    for block in files.chunks(DIR_BLOCK) {
        let problems: Vec<String> = block
            .par_iter()
            .filter_map(|file| match load(lang, file, baseline) {
                Ok(_) => None,
                Err(failure) => Some(failure.into_text(lang)),
            })
            .collect();
        for message in problems {
            if errors.len() < MAX_FILES_REPORTED {
                errors.push(message);
            } else {
                more += 1;
            }
        }
    }
    if errors.is_empty() {
        return Ok(());
    }
    if more > 0 {
        errors.push(lang.format("sweep-more-files", &[("count", &more.to_string())]));
    }
    Err(Failure::Invalid(errors.join("\n")))
}

/// Whether a write went through: `false` when the reader closed the pipe
/// (the sweep ends quietly, as [`finish_write`] says), an error otherwise.
fn written(result: std::io::Result<()>) -> Result<bool, Failure> {
    match result {
        Ok(()) => Ok(true),
        Err(e) if e.kind() == std::io::ErrorKind::BrokenPipe => Ok(false),
        Err(e) => Err(Failure::Internal(format!("cannot write output: {e}"))),
    }
}
