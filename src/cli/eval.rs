//! `levers eval`: project packages and print the outcomes year by year — as a
//! table, JSON, CSV, Markdown or NDJSON, against a reference package, or with
//! Monte Carlo bands (`--uncertainty`).

use std::path::Path;

use clap::ValueEnum;
use levers_core::analysis::Uncertainty;
use levers_core::{Baseline, Policy};
use levers_files::settings;
use levers_report::analysis as out;
use levers_report::{Evaluated, OutputFormat, fiscal};

use super::Failure;
use super::args::{EvalArgs, EvalFormat};
use super::console::{detail, print, progress_bar, write_output};
use super::input::{Projected, load_all};
use super::output_name::{Forms, format_named};
use levers_report::i18n::Lang;

/// The formats `eval -o FILE` chooses by the file's extension.
const FORMS: Forms<EvalFormat> = Forms {
    named: &[
        ("txt", EvalFormat::Table),
        ("csv", EvalFormat::Csv),
        ("json", EvalFormat::Json),
        ("ndjson", EvalFormat::Ndjson),
        ("md", EvalFormat::Markdown),
        ("markdown", EvalFormat::Markdown),
        ("xlsx", EvalFormat::Xlsx),
    ],
    refusal: "eval-output-form",
    hints: true,
};

/// What `eval` was asked for, once its arguments are checked together.
enum Plan<'a> {
    /// One report per package, each compared with `against` if given.
    Report {
        format: OutputFormat,
        against: Option<&'a Path>,
    },
    /// One compact JSON object per package per line.
    Ndjson { against: Option<&'a Path> },
    /// An Excel workbook written to `-o FILE.xlsx`.
    Workbook { against: Option<&'a Path> },
    /// Each Monte Carlo draw's outcomes (`--each-draw`, `--shard`).
    Draws(super::each_draw::DrawFormat),
    /// p10/p50/p90 bands from Monte Carlo over the assumption ranges.
    Bands(OutputFormat),
}

impl<'a> Plan<'a> {
    fn of(lang: Lang, args: &'a EvalArgs) -> Result<Plan<'a>, Failure> {
        super::output_name::csv_named(lang, args.draws.draws_out.as_deref())?;
        let against = args.against.as_deref();
        // `--format` wins; else the output file's extension; else the
        // settings file's default.
        let format = match args.format {
            Some(format) => format,
            None => match format_named(lang, args.output.as_deref(), &FORMS)? {
                Some(format) => format,
                None => format_in_force(None)?,
            },
        };
        if format != EvalFormat::Xlsx {
            let name = format!("{format:?}").to_lowercase();
            super::xlsx::check_not_misnamed(lang, args.output.as_deref(), &name)?;
        }
        if args.excel && format != EvalFormat::Csv {
            return Err(Failure::Invalid(lang.text("excel-csv-only")));
        }
        if args.uncertainty && (args.each_draw || args.shard.is_some()) {
            if against.is_some() {
                return Err(Failure::Invalid(lang.text("eval-against-uncertainty")));
            }
            return super::each_draw::DrawFormat::of(lang, format).map(Plan::Draws);
        }
        if format == EvalFormat::Xlsx {
            if args.uncertainty {
                return Err(Failure::Invalid(lang.text("eval-xlsx-uncertainty")));
            }
            super::xlsx::destination(lang, args.output.as_deref())?;
            return Ok(Plan::Workbook { against });
        }
        match (format.report_format(), args.uncertainty) {
            (None, true) => Err(Failure::Invalid(lang.text("eval-ndjson-bands"))),
            (None, false) => Ok(Plan::Ndjson { against }),
            (Some(_), true) if against.is_some() => {
                Err(Failure::Invalid(lang.text("eval-against-uncertainty")))
            }
            (Some(format), true) => Ok(Plan::Bands(format)),
            (Some(format), false) => Ok(Plan::Report { format, against }),
        }
    }
}

pub fn run(lang: Lang, baseline: &Baseline, args: &EvalArgs) -> Result<(), Failure> {
    let plan = Plan::of(lang, args)?;
    let against = match plan {
        Plan::Report { against, .. } | Plan::Workbook { against } | Plan::Ndjson { against } => {
            against
        }
        Plan::Bands(format) => return bands(lang, baseline, args, format),
        Plan::Draws(format) => return super::each_draw::run(lang, baseline, args, format),
    };
    let packages = Projected::load(lang, baseline, &args.files)?;
    let reference = Projected::optional(lang, baseline, against)?;
    let (packages, reference) = (packages.evaluated(), reference.evaluated());
    let reference = reference.first();
    match plan {
        Plan::Report { format, .. } => emit(
            lang,
            args,
            &report(lang, baseline, &packages, reference, format)?,
        ),
        Plan::Workbook { .. } => super::xlsx::write_workbook(
            lang,
            baseline,
            &packages,
            reference,
            args.output.as_deref(),
        ),
        _ => emit(lang, args, &ndjson(baseline, &packages, reference)?),
    }
}

/// `eval`'s format: the flag, else the settings file's `default_format`, else table.
fn format_in_force(flag: Option<EvalFormat>) -> Result<EvalFormat, Failure> {
    if let Some(format) = flag {
        return Ok(format);
    }
    let settings = settings::load()?;
    let format = settings
        .default_format
        .as_deref()
        .and_then(|name| EvalFormat::from_str(name, false).ok())
        .unwrap_or(EvalFormat::Table);
    detail(&format!(
        "eval format {format:?} (from the settings file or the default)"
    ));
    Ok(format)
}

/// The packages in one report format, each followed by its comparison with
/// `reference` (table and Markdown) or carrying it (JSON).
fn report(
    lang: Lang,
    baseline: &Baseline,
    evaluated: &[Evaluated<'_>],
    reference: Option<&Evaluated<'_>>,
    format: OutputFormat,
) -> Result<String, Failure> {
    match format {
        OutputFormat::Json => {
            let values = evaluated
                .iter()
                .map(|e| with_fiscal(baseline, e, levers_report::json::package(e, reference)));
            levers_report::pretty_json(&one_or_array(values.collect())).map_err(Failure::from)
        }
        OutputFormat::Csv => {
            let mut bytes = Vec::new();
            levers_report::csv_out::write(baseline, evaluated, reference, &mut bytes)
                .map_err(|e| Failure::Internal(e.to_string()))?;
            Ok(String::from_utf8_lossy(&bytes).into_owned())
        }
        OutputFormat::Table | OutputFormat::Markdown => {
            let markdown = format == OutputFormat::Markdown;
            let mut out = String::new();
            for (i, e) in evaluated.iter().enumerate() {
                if i > 0 {
                    out.push('\n');
                }
                out.push_str(&levers_report::table::package(lang, e, markdown));
                out.push('\n');
                out.push_str(&fiscal_text(lang, baseline, e, markdown));
                if let Some(reference) = reference {
                    out.push('\n');
                    out.push_str(&levers_report::compare::render(
                        lang, reference, e, baseline, markdown,
                    ));
                }
            }
            Ok(out)
        }
    }
}

/// One package's JSON as it is; several packages' as an array.
fn one_or_array(mut values: Vec<serde_json::Value>) -> serde_json::Value {
    if values.len() == 1 {
        values.remove(0)
    } else {
        serde_json::Value::Array(values)
    }
}

/// The package's JSON object with its fiscal accounts added as `fiscal`.
fn with_fiscal(
    baseline: &Baseline,
    evaluated: &Evaluated<'_>,
    mut value: serde_json::Value,
) -> serde_json::Value {
    let accounts = fiscal::accounts(baseline, evaluated);
    if let serde_json::Value::Object(object) = &mut value {
        object.insert(
            "fiscal".into(),
            fiscal::json(baseline, evaluated.policy, &accounts),
        );
    }
    value
}

/// The fiscal accounts under a package's yearly table.
fn fiscal_text(
    lang: Lang,
    baseline: &Baseline,
    evaluated: &Evaluated<'_>,
    markdown: bool,
) -> String {
    let accounts = fiscal::accounts(baseline, evaluated);
    fiscal::render(
        lang,
        baseline,
        evaluated.policy,
        evaluated.projection,
        &accounts,
        markdown,
    )
}

/// `--format ndjson`: one compact JSON object per package per line, the same
/// object as `--format json`.
fn ndjson(
    baseline: &Baseline,
    evaluated: &[Evaluated<'_>],
    reference: Option<&Evaluated<'_>>,
) -> Result<String, Failure> {
    let mut out = String::new();
    for e in evaluated {
        let value = with_fiscal(baseline, e, levers_report::json::package(e, reference));
        let line = serde_json::to_string(&value).map_err(|e| Failure::Internal(e.to_string()))?;
        out.push_str(&line);
        out.push('\n');
    }
    Ok(out)
}

/// `--uncertainty`: each package's Monte Carlo bands.
fn bands(
    lang: Lang,
    baseline: &Baseline,
    args: &EvalArgs,
    format: OutputFormat,
) -> Result<(), Failure> {
    let policies = load_all(lang, baseline, &args.files)?;
    super::each_draw::write_draws_out(lang, baseline, &args.files, &policies, &args.draws)?;
    let (draws, seed) = (args.draws.draws, args.draws.seed);
    let mut text = String::new();
    let mut values = Vec::new();
    for (i, (file, policy)) in args.files.iter().zip(&policies).enumerate() {
        let result = monte_carlo_parallel(lang, baseline, policy, draws, seed);
        let name = file.display().to_string();
        if format == OutputFormat::Json {
            values.push(out::bands::value(&name, policy, &result));
        } else {
            let rendered = out::bands::render(lang, &name, policy, &result, format, i == 0)?;
            text.push_str(&rendered);
        }
    }
    if format == OutputFormat::Json {
        text = levers_report::pretty_json(&one_or_array(values))?;
    }
    emit(lang, args, &text)
}

/// Text output: to `-o FILE` when given, else to stdout; after a byte order
/// mark with `--excel`.
fn emit(lang: Lang, args: &EvalArgs, text: &str) -> Result<(), Failure> {
    let marked;
    let text = if args.excel {
        marked = format!("{}{text}", levers_report::csv_out::UTF8_BOM);
        &marked
    } else {
        text
    };
    match args.output.as_deref() {
        Some(path) => write_output(lang, path, text.as_bytes()),
        None => print(text),
    }
}

/// Monte Carlo with the draws spread over rayon's threads. Each draw has its own
/// generator (seed, draw index) and the draws are collected in index order, so
/// the result is the same for any number of threads.
pub fn monte_carlo_parallel(
    lang: Lang,
    baseline: &Baseline,
    policy: &Policy,
    draws: usize,
    seed: u64,
) -> Uncertainty {
    let progress = progress_bar(lang, draws as u64, "progress-draws");
    let result = crate::parallel::monte_carlo(baseline, policy, draws, seed, |n| progress.inc(n));
    progress.finish_and_clear();
    result
}
