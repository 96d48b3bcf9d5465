//! The commands and conventions that connect levers to the rest of a user's
//! tools: `chart`, `report`, `schema`, `completions`, `man`, `paths`, `eval
//! --format ndjson`, `-` for stdin/stdout, `--quiet`/`--verbose`/`--color`, and
//! progress bars that show only on a terminal.

use std::ffi::OsString;
use std::io::IsTerminal;
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicU8, Ordering};

use clap::builder::PossibleValuesParser;
use clap::{ColorChoice, CommandFactory, FromArgMatches, ValueEnum};
use levers_core::{Baseline, Policy, Projection, project};

use super::commands::print;
use super::{Cli, Failure, OutputFormat};
use levers_files::load::is_stdin;
use levers_files::{schema, settings};
use levers_report::{self, Evaluated, chart, document, series};

/// `--color`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
pub enum ColorWhen {
    /// Colour on a terminal, unless NO_COLOR is set.
    Auto,
    Always,
    Never,
}

/// `eval --format`: the report formats plus NDJSON (one package per line).
#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
pub enum EvalFormat {
    Table,
    Json,
    /// One JSON object per package per line.
    Ndjson,
    Csv,
    Markdown,
}

impl EvalFormat {
    /// The shared report format; `None` for NDJSON, which only `eval` has.
    pub fn report_format(self) -> Option<OutputFormat> {
        match self {
            EvalFormat::Table => Some(OutputFormat::Table),
            EvalFormat::Json => Some(OutputFormat::Json),
            EvalFormat::Csv => Some(OutputFormat::Csv),
            EvalFormat::Markdown => Some(OutputFormat::Markdown),
            EvalFormat::Ndjson => None,
        }
    }
}

/// The choices of `chart --outcome`: every yearly series.
pub fn outcome_parser() -> PossibleValuesParser {
    PossibleValuesParser::new(series::SERIES.iter().map(|s| s.key))
}

// ---- verbosity -------------------------------------------------------------

const QUIET: u8 = 0;
const NORMAL: u8 = 1;
const VERBOSE: u8 = 2;
static VERBOSITY: AtomicU8 = AtomicU8::new(NORMAL);

fn verbosity() -> u8 {
    VERBOSITY.load(Ordering::Relaxed)
}

/// `--quiet` was given: no notes, no progress bars.
pub fn is_quiet() -> bool {
    verbosity() == QUIET
}

/// A message for people (on stderr), silenced by `--quiet`.
pub fn note(message: &str) {
    if verbosity() >= NORMAL {
        eprintln!("{message}");
    }
}

/// A message shown only with `--verbose`.
pub fn detail(message: &str) {
    if verbosity() >= VERBOSE {
        eprintln!("levers: {message}");
    }
}

/// A progress bar for a long operation of `length` steps: drawn on stderr when
/// it is a terminal and `--quiet` is not given, hidden otherwise (so pipes and
/// CI logs stay clean).
pub fn progress_bar(length: u64, what: &str) -> indicatif::ProgressBar {
    if verbosity() == QUIET || !std::io::stderr().is_terminal() {
        return indicatif::ProgressBar::hidden();
    }
    let bar = indicatif::ProgressBar::new(length);
    if let Ok(style) =
        indicatif::ProgressStyle::with_template("{msg} [{bar:30}] {pos}/{len} ({eta} left)")
    {
        bar.set_style(style.progress_chars("=> "));
    }
    bar.set_message(what.to_string());
    bar
}

/// A spinner for a long operation whose length is not known in advance (goal
/// seek); shown and hidden under the same rules as [`progress_bar`].
pub fn spinner(what: &str) -> indicatif::ProgressBar {
    if verbosity() == QUIET || !std::io::stderr().is_terminal() {
        return indicatif::ProgressBar::hidden();
    }
    let spinner = indicatif::ProgressBar::new_spinner();
    spinner.set_message(what.to_string());
    spinner.enable_steady_tick(std::time::Duration::from_millis(120));
    spinner
}

// ---- parsing ---------------------------------------------------------------

/// Parses the command line with the colour choice applied to clap's own output
/// (help, errors), and sets the verbosity.
pub fn parse_cli() -> Result<Cli, clap::Error> {
    let args: Vec<OsString> = std::env::args_os().collect();
    let no_color = std::env::var_os("NO_COLOR").is_some_and(|v| !v.is_empty());
    let choice = color_choice(color_from_args(&args), no_color);
    let matches = Cli::command().color(choice).try_get_matches_from(args)?;
    let cli = Cli::from_arg_matches(&matches)?;
    let level = if cli.quiet {
        QUIET
    } else if cli.verbose {
        VERBOSE
    } else {
        NORMAL
    };
    VERBOSITY.store(level, Ordering::Relaxed);
    Ok(cli)
}

/// `--color` as given before clap parses (its own help and errors need it).
fn color_from_args(args: &[OsString]) -> ColorWhen {
    let mut found = ColorWhen::Auto;
    let mut iter = args.iter().skip(1).map(|a| a.to_string_lossy());
    while let Some(arg) = iter.next() {
        if arg == "--" {
            break;
        }
        let value = if arg == "--color" {
            iter.next().map(|v| v.into_owned())
        } else {
            arg.strip_prefix("--color=").map(str::to_string)
        };
        if let Some(when) = value.and_then(|v| ColorWhen::from_str(&v, true).ok()) {
            found = when;
        }
    }
    found
}

/// NO_COLOR (https://no-color.org) turns `auto` off; `always` still colours.
pub fn color_choice(when: ColorWhen, no_color: bool) -> ColorChoice {
    match when {
        ColorWhen::Always => ColorChoice::Always,
        ColorWhen::Never => ColorChoice::Never,
        ColorWhen::Auto if no_color => ColorChoice::Never,
        ColorWhen::Auto => ColorChoice::Auto,
    }
}

// ---- eval ------------------------------------------------------------------

/// `eval`'s format: the flag, else the settings file's `default_format`, else table.
pub fn eval_format(flag: Option<EvalFormat>) -> Result<EvalFormat, Failure> {
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

/// `eval --format ndjson`: one compact JSON object per package per line, the
/// same object as `--format json`.
pub fn eval_ndjson(
    baseline: &Baseline,
    files: &[PathBuf],
    against: Option<&Path>,
) -> Result<(), Failure> {
    let policies = load_packages(baseline, files)?;
    let projections: Vec<Projection> = policies.iter().map(|p| project(baseline, p)).collect();
    let reference = against
        .map(|path| super::analysis::load(path, baseline).map(|p| (path, p)))
        .transpose()?;
    let reference_projection = reference.as_ref().map(|(_, p)| project(baseline, p));
    let reference_eval = match (&reference, &reference_projection) {
        (Some((path, policy)), Some(projection)) => Some(Evaluated {
            file: path.display().to_string(),
            policy,
            projection,
        }),
        _ => None,
    };
    let mut out = String::new();
    for ((file, policy), projection) in files.iter().zip(&policies).zip(&projections) {
        let evaluated = Evaluated {
            file: file.display().to_string(),
            policy,
            projection,
        };
        let value = levers_report::json::package(&evaluated, reference_eval.as_ref());
        let line = serde_json::to_string(&value).map_err(|e| Failure::Internal(e.to_string()))?;
        out.push_str(&line);
        out.push('\n');
    }
    print(&out)
}

/// Loads every file, reporting all that fail before giving up.
fn load_packages(baseline: &Baseline, files: &[PathBuf]) -> Result<Vec<Policy>, Failure> {
    let mut policies = Vec::new();
    let mut errors = Vec::new();
    for file in files {
        detail(&format!("reading {}", file.display()));
        match super::analysis::load_stacked(file, baseline) {
            Ok(policy) => policies.push(policy),
            Err(message) => errors.push(message),
        }
    }
    if errors.is_empty() {
        Ok(policies)
    } else {
        Err(Failure::Invalid(errors.join("\n")))
    }
}

// ---- chart -----------------------------------------------------------------

/// `levers chart FILE... --outcome KEY -o OUT`.
pub fn chart(
    baseline: &Baseline,
    files: &[PathBuf],
    outcome: &str,
    output: &Path,
    size: (u32, u32),
    uncertainty: Option<(u64, u64)>,
) -> Result<(), Failure> {
    let series = series::find(outcome)
        .ok_or_else(|| Failure::Invalid(format!("unknown outcome `{outcome}`")))?;
    let kind = chart_kind(output)?;
    if uncertainty.is_some() && !BANDED.contains(&outcome) {
        return Err(Failure::Invalid(format!(
            "--uncertainty draws bands for {} only, not {outcome}",
            BANDED.join(" and ")
        )));
    }
    let policies = load_packages(baseline, files)?;
    let projections: Vec<Projection> = policies.iter().map(|p| project(baseline, p)).collect();
    let mut lines: Vec<chart::Line> = policies
        .iter()
        .zip(&projections)
        .map(|(policy, projection)| chart::Line::of(&policy.name, projection, series))
        .collect();
    if let Some((draws, seed)) = uncertainty {
        for (line, policy) in lines.iter_mut().zip(&policies) {
            line.band = Some(band(baseline, policy, outcome, draws, seed));
        }
    }
    let target = policies.first().map(|p| p.target);
    let spec = chart::Chart::new(series, lines, target);
    match kind {
        chart::Kind::Svg => {
            let svg = chart::svg(&spec, size).map_err(Failure::Internal)?;
            write_output(output, svg.as_bytes())
        }
        chart::Kind::Png => {
            let png = chart::png(&spec, size).map_err(Failure::Internal)?;
            write_output(output, &png)
        }
    }
}

/// The outcomes Monte Carlo gives bands for.
const BANDED: [&str; 2] = ["manufacturing_share_pct", "manufacturing_jobs"];

/// The p10–p90 band of `outcome` (one of [`BANDED`]) for `policy`, by year.
fn band(
    baseline: &Baseline,
    policy: &Policy,
    outcome: &str,
    draws: u64,
    seed: u64,
) -> Vec<(i32, f64, f64)> {
    let draws = usize::try_from(draws).unwrap_or(usize::MAX);
    let result = super::analysis::monte_carlo_parallel(baseline, policy, draws, seed);
    let bands = if outcome == "manufacturing_jobs" {
        &result.jobs
    } else {
        &result.share_pct
    };
    result
        .years
        .iter()
        .zip(bands)
        .map(|(year, b)| (*year, b.p10, b.p90))
        .collect()
}

/// SVG or PNG by the output's extension; `-` is SVG on stdout.
fn chart_kind(output: &Path) -> Result<chart::Kind, Failure> {
    if is_stdin(output) {
        return Ok(chart::Kind::Svg);
    }
    let extension = output
        .extension()
        .map(|e| e.to_string_lossy().to_ascii_lowercase());
    match extension.as_deref() {
        Some("svg") => Ok(chart::Kind::Svg),
        Some("png") => Ok(chart::Kind::Png),
        _ => Err(Failure::Invalid(format!(
            "{}: the chart's file name must end in .svg or .png (or be - for SVG on stdout)",
            output.display()
        ))),
    }
}

/// Writes `bytes` to `output` atomically, or to stdout for `-`.
fn write_output(output: &Path, bytes: &[u8]) -> Result<(), Failure> {
    if is_stdin(output) {
        use std::io::Write;
        let mut stdout = std::io::stdout().lock();
        return match stdout.write_all(bytes).and_then(|()| stdout.flush()) {
            Err(e) if e.kind() != std::io::ErrorKind::BrokenPipe => {
                Err(Failure::Internal(format!("cannot write output: {e}")))
            }
            _ => Ok(()),
        };
    }
    write_file(output, bytes)
        .map_err(|e| Failure::Invalid(format!("{}: cannot write: {e}", output.display())))?;
    note(&format!("wrote {}", output.display()));
    Ok(())
}

/// Writes a whole file atomically (temporary file in the same folder, renamed),
/// so a reader never sees half a chart.
fn write_file(path: &Path, bytes: &[u8]) -> std::io::Result<()> {
    use std::io::Write;
    let folder = match path.parent() {
        Some(parent) if !parent.as_os_str().is_empty() => parent,
        _ => Path::new("."),
    };
    let mut builder = tempfile::Builder::new();
    builder.prefix(".levers-out-").suffix(".tmp");
    // A report or chart is for sharing: readable by others, as `>` would make it.
    #[cfg(unix)]
    builder.permissions(std::os::unix::fs::PermissionsExt::from_mode(0o644));
    let mut temp = builder.tempfile_in(folder)?;
    temp.write_all(bytes)?;
    temp.as_file().sync_all()?;
    temp.persist(path).map_err(|e| e.error)?;
    Ok(())
}

// ---- report ----------------------------------------------------------------

/// `levers report FILE [--against FILE] -o OUT [--html]`.
pub fn report(
    baseline: &Baseline,
    file: &Path,
    against: Option<&Path>,
    output: &Path,
    html: bool,
) -> Result<(), Failure> {
    let html = html
        || output
            .extension()
            .is_some_and(|e| e.eq_ignore_ascii_case("html") || e.eq_ignore_ascii_case("htm"));
    let policy = super::analysis::load(file, baseline)?;
    let reference = against
        .map(|p| super::analysis::load(p, baseline))
        .transpose()?;
    let projection = project(baseline, &policy);
    let reference_projection = reference.as_ref().map(|p| project(baseline, p));
    let main = Evaluated {
        file: file.display().to_string(),
        policy: &policy,
        projection: &projection,
    };
    let other = match (&reference, &reference_projection, against) {
        (Some(policy), Some(projection), Some(path)) => Some(Evaluated {
            file: path.display().to_string(),
            policy,
            projection,
        }),
        _ => None,
    };
    let to_stdout = is_stdin(output);
    let chart_base = if to_stdout {
        None
    } else {
        Some(output.with_extension(""))
    };
    let uncertainty =
        super::analysis::monte_carlo_parallel(baseline, &policy, REPORT_DRAWS, REPORT_SEED);
    let charts = match &chart_base {
        Some(base) => write_report_charts(base, &main, other.as_ref(), &uncertainty)?,
        None => Vec::new(),
    };
    let input = document::Input {
        baseline,
        main: &main,
        against: other.as_ref(),
        charts: &charts,
        uncertainty: Some(&uncertainty),
    };
    let text = if html {
        document::html(&input)
    } else {
        document::markdown(&input)
    };
    write_output(output, text.as_bytes())
}

/// Monte Carlo draws behind a report's uncertainty sentence and share band,
/// with a fixed seed so the same package gives the same report.
const REPORT_DRAWS: usize = 1000;
const REPORT_SEED: u64 = 42;

/// The report's charts, written beside it as `<report>-<outcome>.svg`; the
/// main package's share and jobs carry their p10–p90 band.
fn write_report_charts(
    base: &Path,
    main: &Evaluated<'_>,
    against: Option<&Evaluated<'_>>,
    uncertainty: &levers_core::analysis::Uncertainty,
) -> Result<Vec<document::ChartFile>, Failure> {
    let mut written = Vec::new();
    for key in document::CHART_OUTCOMES {
        let Some(series) = series::find(key) else {
            continue;
        };
        let mut first = chart::Line::of(&main.policy.name, main.projection, series);
        let bands = match key {
            "manufacturing_share_pct" => Some(&uncertainty.share_pct),
            "manufacturing_jobs" => Some(&uncertainty.jobs),
            _ => None,
        };
        first.band = bands.map(|bands| {
            uncertainty
                .years
                .iter()
                .zip(bands)
                .map(|(year, b)| (*year, b.p10, b.p90))
                .collect()
        });
        let mut lines = vec![first];
        if let Some(other) = against {
            lines.push(chart::Line::of(
                &other.policy.name,
                other.projection,
                series,
            ));
        }
        let spec = chart::Chart::new(series, lines, Some(main.policy.target));
        let svg = chart::svg(&spec, (800, 450)).map_err(Failure::Internal)?;
        let stem = base.file_name().map_or_else(
            || "report".to_string(),
            |n| n.to_string_lossy().into_owned(),
        );
        let name = format!("{stem}-{key}.svg");
        let path = base.with_file_name(&name);
        write_file(&path, svg.as_bytes())
            .map_err(|e| Failure::Invalid(format!("{}: cannot write: {e}", path.display())))?;
        detail(&format!("wrote {}", path.display()));
        written.push(document::ChartFile {
            title: series.label.to_string(),
            file_name: name,
            svg,
        });
    }
    Ok(written)
}

// ---- schema, completions, man, paths ----------------------------------------

pub fn print_schema(baseline: &Baseline) -> Result<(), Failure> {
    print(&schema::policy_schema_text(baseline).map_err(Failure::Internal)?)
}

pub fn completions(shell: clap_complete::Shell) -> Result<(), Failure> {
    let mut bytes = Vec::new();
    clap_complete::generate(shell, &mut Cli::command(), "levers", &mut bytes);
    print(&String::from_utf8_lossy(&bytes))
}

pub fn man() -> Result<(), Failure> {
    let mut bytes = Vec::new();
    clap_mangen::Man::new(Cli::command())
        .render(&mut bytes)
        .map_err(|e| Failure::Internal(e.to_string()))?;
    print(&String::from_utf8_lossy(&bytes))
}

/// `levers paths`: the settings file and the library, and whether they exist.
/// A settings file with mistakes is reported (exit 2) after the paths.
pub fn paths() -> Result<(), Failure> {
    let describe = |path: Option<PathBuf>, what: &str| -> String {
        match path {
            Some(path) => {
                let state = if path.exists() {
                    "exists"
                } else {
                    "not created yet"
                };
                format!("{what:<10} {}  ({state})\n", path.display())
            }
            None => format!("{what:<10} (no home folder found; set the environment variable)\n"),
        }
    };
    let mut out = String::new();
    out.push_str(&describe(settings::settings_path(), "settings"));
    out.push_str(&describe(settings::library_dir(), "library"));
    out.push_str(&format!(
        "\nOverride with {} (settings) and {} (library: <dir>/policies).\n",
        settings::CONFIG_DIR_VAR,
        settings::DATA_DIR_VAR
    ));
    print(&out)?;
    let settings = settings::load()?;
    if let Some(file) = &settings.file {
        detail(&format!("{} is valid", file.display()));
    }
    Ok(())
}
