//! Command-line arguments (clap derive): the global options, one `Args` struct
//! per command, and the groups several commands share (`OutputArgs`,
//! `UncertaintyArgs`). Values are checked here, by clap, once; the commands get
//! them typed.
//!
//! The doc comments below are the help text users read (`levers eval --help`),
//! not rustdoc: they are written for a terminal, without Markdown.
#![allow(clippy::doc_markdown, clippy::doc_link_with_quotes)]

use std::path::PathBuf;

use clap::builder::{PossibleValue, PossibleValuesParser, TypedValueParser};
use clap::{Args, Parser, Subcommand, ValueEnum};
use levers_core::analysis::sobol_model::DEFAULT_SAMPLES;
use levers_core::analysis::{DEFAULT_DRAWS, DEFAULT_SEED, Outcome};
use levers_report::OutputFormat;
use levers_report::i18n::Lang;
use levers_report::series::{OUTCOME_SERIES, SERIES};

#[derive(Debug, Parser)]
#[command(
    name = "levers",
    version,
    about = "A terminal workbench for industrial-policy packages (Hong Kong reindustrialisation)",
    after_help = "Examples:\n  levers                                   open the workbench on the default package\n  levers tui policies/land-led.toml        open a package\n  levers eval policies/*.toml --format csv\n  levers compare policies/status-quo.toml policies/blueprint-2032.toml\n  levers new my-package.toml"
)]
pub struct Cli {
    /// Use this baseline data file instead of the embedded assets/baseline.toml.
    #[arg(
        long,
        global = true,
        value_name = "FILE",
        help_heading = "Global options"
    )]
    pub baseline_data: Option<PathBuf>,

    /// Print nothing but results and errors (no notes, no progress bars).
    #[arg(
        short,
        long,
        global = true,
        conflicts_with = "verbose",
        help_heading = "Global options"
    )]
    pub quiet: bool,

    /// Also say what is being read and written, on stderr.
    #[arg(short, long, global = true, help_heading = "Global options")]
    pub verbose: bool,

    /// When to use colour in messages and help (NO_COLOR set means never, unless always).
    #[arg(
        long,
        global = true,
        value_enum,
        value_name = "WHEN",
        default_value_t = ColorWhen::Auto,
        help_heading = "Global options"
    )]
    pub color: ColorWhen,

    /// Language of reports, charts, summaries, tables and the workbench: en or
    /// zh-Hant (default: `lang` in the settings file, else en).
    #[arg(
        long,
        global = true,
        value_name = "LANG",
        value_parser = language(),
        ignore_case = true,
        help_heading = "Global options"
    )]
    pub lang: Option<Lang>,

    #[command(subcommand)]
    pub command: Option<Command>,

    /// A package to open in the workbench (same as `levers tui FILE`).
    #[arg(value_name = "FILE")]
    pub file: Option<PathBuf>,
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// Open the interactive workbench (on the embedded default package if no FILE).
    #[command(after_help = "Examples:\n  levers tui\n  levers tui policies/land-led.toml")]
    Tui(TuiArgs),
    /// Project packages and print the outcomes year by year.
    #[command(
        after_help = "Examples:\n  levers eval policies/blueprint-2032.toml\n  levers eval a.toml b.toml --format json\n  levers eval policies/*.toml --format ndjson | jq -c '.target'\n  levers eval policies/land-led.toml --against policies/status-quo.toml\n  levers eval policies/land-led.toml+policies/rd-led.toml     (rd-led stacked on land-led)\n  levers eval policies/blueprint-2032.toml --uncertainty --draws 5000 --seed 7\n  cat my-package.toml | levers eval -"
    )]
    Eval(EvalArgs),
    /// Validate packages; prints every problem with file:line:column.
    #[command(
        after_help = "Examples:\n  levers check policies/*.toml\n  levers new | levers check -"
    )]
    Check(CheckArgs),
    /// Write an annotated template package (format 2: named measures).
    ///
    /// With FILE, writes it there (an existing file is kept unless --force);
    /// without, prints it.
    #[command(
        after_help = "Examples:\n  levers new my-package.toml\n  levers new > my-package.toml"
    )]
    New(NewArgs),
    /// Rewrite a format-1 package as format 2 (named measures), keeping its comments.
    ///
    /// The rewrite is read back and must project exactly as the original.
    #[command(
        after_help = "Examples:\n  levers migrate policies/announced.toml\n  levers migrate old.toml -o new.toml"
    )]
    Migrate(MigrateArgs),
    /// Two or more packages' settings and outcomes side by side, deltas against the first.
    #[command(
        after_help = "Examples:\n  levers compare policies/status-quo.toml policies/blueprint-2032.toml\n  levers compare policies/status-quo.toml policies/announced.toml policies/blueprint-2032.toml --format csv"
    )]
    Compare(CompareArgs),
    /// Which lever gave how much of each outcome (exact Shapley attribution).
    #[command(
        after_help = "Examples:\n  levers explain policies/blueprint-2032.toml\n  levers explain policies/land-led.toml --format json"
    )]
    Explain(ExplainArgs),
    /// Tornado of each lever and assumption over its range, or Sobol indices (--method sobol).
    #[command(
        after_help = "Examples:\n  levers sensitivity policies/blueprint-2032.toml\n  levers sensitivity policies/land-led.toml --outcome jobs --format csv\n  levers sensitivity policies/blueprint-2032.toml --method sobol --samples 1024 --seed 42 --chart sobol.svg"
    )]
    Sensitivity(SensitivityArgs),
    /// The cheapest package that meets a target share by a year (or the best reachable).
    ///
    /// Exits with 2 when no package within the lever ranges and budget reaches
    /// the target; the closest package is still written.
    #[command(
        after_help = "Examples:\n  levers seek policies/blueprint-2032.toml\n  levers seek --target-share 5 --by 2032\n  levers seek --target-share 3 --by 2030 --budget 40 --levers rd,zone -o cheapest.toml\n  levers seek --target-share 5 --by 2032 --from policies/blueprint-2032.toml\n  levers seek --best --by 2030 --budget 20"
    )]
    Seek(SeekArgs),
    /// Evaluate a grid of packages (or every package in a folder), streamed as CSV or NDJSON.
    #[command(
        after_help = "Examples:\n  levers sweep policies/blueprint-2032.toml --vary rd.grants_hkd_bn_per_year=0..20:1 --vary land.rent_subsidy_pct=0..80:10\n  levers sweep policies/announced-measures.toml --vary zone_coinvestment.amount=0..10:1 --vary zone_coinvestment.start=2025..2029:1\n  levers sweep policies/blueprint-2032.toml --vary assumptions.nev.growth=0..0.1:0.02\n  levers sweep --dir policies --format ndjson"
    )]
    Sweep(SweepArgs),
    /// What changed from package A to package B, in plain language.
    #[command(
        after_help = "Examples:\n  levers diff policies/land-led.toml policies/blueprint-2032.toml\n  levers diff --exit-code a.toml b.toml || echo the packages differ"
    )]
    Diff(DiffArgs),
    /// A paragraph describing a package and its outcome, for a brief.
    #[command(after_help = "Examples:\n  levers summary policies/blueprint-2032.toml")]
    Summary(SummaryArgs),
    /// The model against history: rebased to an earlier year and run with the
    /// measures in force since, projected beside observed.
    #[command(
        after_help = "Examples:\n  levers backtest\n  levers backtest --format json | jq '.manufacturing_share_pct.mean_abs_pct_error'\n  levers backtest --calibrate        (the status-quo trends fitted to all of history)"
    )]
    Backtest(BacktestArgs),
    /// Every model parameter in force: value, unit, plausible range and source.
    #[command(
        after_help = "Examples:\n  levers assumptions\n  levers assumptions policies/land-led.toml --format csv"
    )]
    Assumptions(AssumptionsArgs),
    /// Draw one outcome of several packages to an SVG or PNG file.
    #[command(
        after_help = "One line per package, each with its own dash pattern and marker (readable in black and white), chosen by the package's name so a package looks the same in every chart (the status quo is the black solid line); the target share and year are marked when the outcome is the manufacturing share; a source line (levers version, package files, baseline year) is under every chart.\n\nExamples:\n  levers chart policies/*.toml -o share.svg\n  levers chart policies/status-quo.toml policies/blueprint-2032.toml --outcome manufacturing_jobs -o jobs.png\n  levers chart policies/land-led.toml -o - > share.svg\n  levers chart policies/blueprint-2032.toml policies/talent-led.toml --uncertainty -o share.svg\n  levers chart policies/status-quo.toml policies/blueprint-2032.toml --scale 3 -o print.png"
    )]
    Chart(ChartArgs),
    /// Write a self-contained report of a package (Markdown or HTML, with charts).
    #[command(
        after_help = "The report explains the package in words, then gives the headline outcomes, the sectors, which lever gave what, charts (SVG files written beside the report) and every assumption in force with its source.\n\nExamples:\n  levers report policies/blueprint-2032.toml -o report.md\n  levers report policies/land-led.toml --against policies/status-quo.toml -o land.html\n  levers report policies/blueprint-2032.toml --against policies/status-quo.toml,policies/announced.toml -o options.md\n  levers report policies/rd-led.toml --html -o -"
    )]
    Report(ReportArgs),
    /// Print the JSON Schema of the policy file format (for editors).
    #[command(
        after_help = "Generated from the same definitions the reader uses. With --install it is written into your data folder, and every package levers writes from scratch names it there (`#:schema file:///...`), so editors that use taplo (Even Better TOML) complete and check the package wherever it is saved.\n\nExamples:\n  levers schema --install\n  levers schema > policy.schema.json"
    )]
    Schema(SchemaArgs),
    /// Print a shell completion script.
    #[command(
        after_help = "Examples:\n  levers completions bash > ~/.local/share/bash-completion/completions/levers\n  levers completions zsh > ~/.zfunc/_levers\n  levers completions fish > ~/.config/fish/completions/levers.fish\n  levers completions powershell >> $PROFILE"
    )]
    Completions(CompletionsArgs),
    /// Print a manual page (roff), or write every page to a folder.
    #[command(
        after_help = "Without PAGE prints levers(1); with PAGE prints that subcommand's page, levers-PAGE(1).\n\nExamples:\n  levers man | man -l -\n  levers man eval > levers-eval.1 && man ./levers-eval.1\n  levers man --dir ~/.local/share/man/man1"
    )]
    Man(ManArgs),
    /// The data dictionary: every output column's name, label, unit, definition and model section.
    #[command(
        after_help = "Examples:\n  levers outputs\n  levers outputs --format json | jq '.[] | select(.unit == \"HK$ bn\") | .name'\n  levers outputs --schema > eval-output.schema.json"
    )]
    Outputs(OutputsArgs),
    /// Where levers keeps your settings and your own packages.
    #[command(
        after_help = "LEVERS_CONFIG_DIR and LEVERS_DATA_DIR override the folders.\n\nExamples:\n  levers paths\n  levers paths --format json | jq -r .recovery.path\n  LEVERS_DATA_DIR=/tmp/levers levers paths"
    )]
    Paths(PathsArgs),
}

#[derive(Debug, Args)]
pub struct TuiArgs {
    /// The package to open (default: the embedded announced package).
    #[arg(value_name = "FILE")]
    pub file: Option<PathBuf>,
}

#[derive(Debug, Args)]
pub struct EvalArgs {
    /// Package files; `-` reads one from standard input.
    #[arg(required = true, value_name = "FILE")]
    pub files: Vec<PathBuf>,
    /// Output format (default: table, or `default_format` in the settings file).
    #[arg(long, value_enum)]
    pub format: Option<EvalFormat>,
    /// Report differences against this package.
    #[arg(long, value_name = "FILE")]
    pub against: Option<PathBuf>,
    /// Monte Carlo over the assumption ranges: p10/p50/p90 bands and the
    /// probability the target is met.
    #[arg(long)]
    pub uncertainty: bool,
    #[command(flatten)]
    pub draws: UncertaintyArgs,
    /// Write to this file instead of stdout; a name ending in .xlsx writes an
    /// Excel workbook (as --format xlsx does).
    #[arg(short = 'o', long = "output", value_name = "FILE")]
    pub output: Option<PathBuf>,
    /// With --format csv: start with a UTF-8 byte order mark, which Excel
    /// needs to read names in Chinese (other tools do not want it).
    #[arg(long)]
    pub excel: bool,
    /// With --uncertainty: run only part K of N of the draws (1 <= K <= N) and
    /// print each draw's rows (--format csv or ndjson); the shards' outputs,
    /// concatenated in order, are the unsharded output with --each-draw.
    #[arg(long, value_name = "K/N", value_parser = super::shard::parse, value_hint = clap::ValueHint::Other, requires = "uncertainty")]
    pub shard: Option<super::shard::Shard>,
    /// With --uncertainty: print every draw's outcomes (one row per draw and
    /// projected year, the drawn assumptions as columns) instead of the bands,
    /// as --format csv or ndjson.
    #[arg(long, requires = "uncertainty")]
    pub each_draw: bool,
}

#[derive(Debug, Args)]
pub struct NewArgs {
    /// Where to write the template (default: print it).
    #[arg(value_name = "FILE")]
    pub file: Option<PathBuf>,
    /// Replace FILE if it exists.
    #[arg(long)]
    pub force: bool,
}

#[derive(Debug, Args)]
pub struct MigrateArgs {
    /// A format-1 package file.
    #[arg(value_name = "FILE")]
    pub file: PathBuf,
    /// Write the format-2 package here instead of stdout.
    #[arg(short = 'o', long = "output", value_name = "OUT.toml")]
    pub output: Option<PathBuf>,
}

#[derive(Debug, Args)]
pub struct CheckArgs {
    /// Package files; `-` reads one from standard input.
    #[arg(required = true, value_name = "FILE")]
    pub files: Vec<PathBuf>,
}

#[derive(Debug, Args)]
pub struct CompareArgs {
    /// Two or more package files; the first is the reference the deltas are against.
    #[arg(required = true, num_args = 2.., value_name = "FILE")]
    pub files: Vec<PathBuf>,
    #[command(flatten)]
    pub output: OutputArgs,
    /// Write an Excel workbook here (the name must end in .xlsx): a sheet
    /// per package, their differences (B minus A), assumptions and charts.
    #[arg(short = 'o', long = "output", value_name = "FILE.xlsx")]
    pub workbook: Option<PathBuf>,
}

#[derive(Debug, Args)]
pub struct ExplainArgs {
    /// The package whose outcomes are attributed to its levers.
    #[arg(value_name = "FILE")]
    pub file: PathBuf,
    #[command(flatten)]
    pub output: OutputArgs,
}

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
fn samples(text: &str) -> Result<usize, String> {
    text.parse()
        .ok()
        .filter(|n| (16..=MAX_SAMPLES).contains(n))
        .ok_or_else(|| format!("expected a whole number from 16 to {MAX_SAMPLES}"))
}

#[derive(Debug, Args)]
pub struct SeekArgs {
    /// The package to start from: the same as --from FILE.
    #[arg(value_name = "FILE", conflicts_with = "from")]
    pub file: Option<PathBuf>,
    /// Manufacturing share of GDP to reach, % (default: the --from package's target).
    #[arg(long, value_name = "PCT", required_unless_present_any = ["best", "from", "file"])]
    pub target_share: Option<f64>,
    /// Instead: the highest share reachable by --by within the levers and budget.
    #[arg(long, conflicts_with_all = ["target_share", "confidence"])]
    pub best: bool,
    /// Year by which to reach it (default: the --from package's target year).
    #[arg(long, value_name = "YEAR", required_unless_present_any = ["from", "file"])]
    pub by: Option<i32>,
    /// Yearly budget cap, HK$ bn (default: the --from package's cap, or none).
    #[arg(long, value_name = "HKD_BN")]
    pub budget: Option<f64>,
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
fn confidence(text: &str) -> Result<f64, String> {
    text.parse::<f64>()
        .ok()
        .filter(|p| *p > 0.0 && *p < 1.0)
        .ok_or_else(|| "expected a chance above 0 and below 1, e.g. 0.8".to_string())
}

#[derive(Debug, Args)]
pub struct SweepArgs {
    /// The package the grid varies.
    #[arg(
        value_name = "FILE",
        required_unless_present = "dir",
        conflicts_with = "dir"
    )]
    pub file: Option<PathBuf>,
    /// What to vary and its values: GROUP.FIELD (format-1 dial), MEASURE.FIELD
    /// (amount, start, end, ramp_years, matching_ratio) or assumptions.PARAM,
    /// then =FROM..TO:STEP (repeatable).
    #[arg(long, value_name = "PATH=FROM..TO:STEP")]
    pub vary: Vec<String>,
    /// Evaluate every *.toml in this folder, in sorted order.
    #[arg(long, value_name = "FOLDER")]
    pub dir: Option<PathBuf>,
    /// Output format: one row (CSV) or one object (NDJSON) per package.
    #[arg(long, value_enum, default_value_t = SweepFormat::Csv)]
    pub format: SweepFormat,
    /// Write to this file instead of stdout; a name ending in .xlsx writes an
    /// Excel workbook.
    #[arg(short = 'o', long = "output", value_name = "FILE")]
    pub output: Option<PathBuf>,
    /// Evaluate only part K of N of the packages (1 <= K <= N); the shards'
    /// outputs, concatenated in order, are the whole sweep's output.
    #[arg(long, value_name = "K/N", value_parser = super::shard::parse, value_hint = clap::ValueHint::Other)]
    pub shard: Option<super::shard::Shard>,
    /// With --format csv: start with a UTF-8 byte order mark (in shard 1
    /// only), which Excel needs to read names in Chinese.
    #[arg(long)]
    pub excel: bool,
}

#[derive(Debug, Args)]
pub struct DiffArgs {
    /// The package before the change.
    #[arg(value_name = "A")]
    pub a: PathBuf,
    /// The package after the change.
    #[arg(value_name = "B")]
    pub b: PathBuf,
    /// Exit with 1 when the packages differ and 0 when they are the same (as git diff).
    #[arg(long)]
    pub exit_code: bool,
}

#[derive(Debug, Args)]
pub struct SummaryArgs {
    /// The package to describe.
    #[arg(value_name = "FILE")]
    pub file: PathBuf,
}

#[derive(Args, Debug)]
pub struct BacktestArgs {
    /// Year to rebase the model to (history must have its figures).
    #[arg(long, default_value_t = 2016, value_name = "YEAR")]
    pub base_year: i32,
    /// The measures in force (default: the embedded policies/history/hong-kong-2016-2023.toml).
    #[arg(long, value_name = "FILE")]
    pub policy: Option<PathBuf>,
    /// Observed series (default: the embedded assets/history.toml).
    #[arg(long, value_name = "FILE")]
    pub history: Option<PathBuf>,
    /// Print the status-quo trends fitted to the whole history and the
    /// parameter values they give, instead of the back-test.
    #[arg(long)]
    pub calibrate: bool,
    /// Output format.
    #[arg(long, value_enum, default_value_t = OutputFormat::Table)]
    pub format: OutputFormat,
}

#[derive(Debug, Args)]
pub struct AssumptionsArgs {
    /// Show the values in force for this package (its [assumptions] applied).
    #[arg(value_name = "FILE")]
    pub file: Option<PathBuf>,
    #[command(flatten)]
    pub output: OutputArgs,
}

#[derive(Debug, Args)]
pub struct ChartArgs {
    /// Package files, one line each (`-` reads one from standard input).
    #[arg(required = true, value_name = "FILE")]
    pub files: Vec<PathBuf>,
    /// The yearly series to draw.
    #[arg(long, value_parser = yearly_series(), default_value = "manufacturing_share_pct")]
    pub outcome: String,
    /// Output file; `.svg` or `.png` by extension; `-` writes SVG to stdout.
    #[arg(short, long, value_name = "FILE")]
    pub output: PathBuf,
    /// Width in pixels.
    #[arg(long, default_value_t = 960, value_parser = clap::value_parser!(u32).range(200..=4000))]
    pub width: u32,
    /// Height in pixels.
    #[arg(long, default_value_t = 540, value_parser = clap::value_parser!(u32).range(150..=4000))]
    pub height: u32,
    /// Scale for print: pixels, text, lines and markers all grow by this factor
    /// (from 1 to 4; --width 960 --scale 3 gives a 2880-pixel PNG).
    #[arg(long, default_value_t = 1.0, value_name = "FACTOR", value_parser = chart_scale)]
    pub scale: f64,
    /// Shade each package's p10–p90 band from Monte Carlo over the assumption
    /// ranges (manufacturing_share_pct, manufacturing_jobs, fiscal_cost_hkd_bn
    /// and effective_sectors only).
    #[arg(long)]
    pub uncertainty: bool,
    #[command(flatten)]
    pub draws: UncertaintyArgs,
}

#[derive(Debug, Args)]
pub struct ReportArgs {
    /// The package to report on (`-` reads it from standard input).
    #[arg(value_name = "FILE")]
    pub file: PathBuf,
    /// Compare against these packages (repeat the flag or separate with commas).
    #[arg(long, value_name = "FILE", value_delimiter = ',')]
    pub against: Vec<PathBuf>,
    /// Output file: `.md` (Markdown), `.html` or `.xlsx` (an Excel workbook); `-`
    /// for Markdown on stdout (charts are then left out).
    #[arg(short, long, value_name = "FILE")]
    pub output: PathBuf,
    /// HTML, whatever the file name.
    #[arg(long)]
    pub html: bool,
}

#[derive(Debug, Args)]
pub struct SchemaArgs {
    /// Write the schema into the data folder (<data dir>/schema/policy.schema.json)
    /// and print the `#:schema` line that names it, instead of printing the schema.
    #[arg(long)]
    pub install: bool,
}

#[derive(Debug, Args)]
pub struct OutputsArgs {
    #[command(flatten)]
    pub output: OutputArgs,
    /// Print the JSON Schema of `eval --format json` instead.
    #[arg(long)]
    pub schema: bool,
}

#[derive(Debug, Args)]
pub struct CompletionsArgs {
    /// The shell to write the completion script for.
    #[arg(value_enum, value_name = "SHELL")]
    pub shell: clap_complete::Shell,
}

#[derive(Debug, Args)]
pub struct ManArgs {
    /// A subcommand whose page to print (`eval` prints levers-eval(1)).
    #[arg(value_name = "PAGE", conflicts_with = "dir")]
    pub page: Option<String>,
    /// Write levers.1 and every levers-SUBCOMMAND.1 into this folder instead.
    #[arg(long, value_name = "FOLDER")]
    pub dir: Option<PathBuf>,
}

#[derive(Debug, Args)]
pub struct PathsArgs {
    /// Output format.
    #[arg(long, value_enum, default_value_t = PathsFormat::Text)]
    pub format: PathsFormat,
}

/// `paths --format`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
pub enum PathsFormat {
    /// One folder per line, and whether it exists.
    Text,
    /// One object: each place's path and whether it exists.
    Json,
}

/// `sweep --format`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
pub enum SweepFormat {
    Csv,
    Ndjson,
    /// An Excel workbook of the CSV rows (needs -o FILE.xlsx).
    Xlsx,
}

/// `--format` of the commands that print one report.
#[derive(Debug, Args)]
pub struct OutputArgs {
    /// Output format.
    #[arg(long, value_enum, default_value_t = OutputFormat::Table)]
    pub format: OutputFormat,
}

/// Most Monte Carlo draws in one run (every draw's yearly results are kept
/// until the percentiles are taken: about 250 bytes each).
pub const MAX_DRAWS: usize = 1_000_000;

/// How Monte Carlo draws over the assumption ranges (with `--uncertainty`).
#[derive(Debug, Args)]
pub struct UncertaintyArgs {
    /// Number of Monte Carlo draws (with --uncertainty).
    #[arg(long, default_value_t = DEFAULT_DRAWS, value_name = "N", value_parser = draws, requires = "uncertainty")]
    pub draws: usize,
    /// Seed of the Monte Carlo draws: the same seed gives the same bands.
    #[arg(long, default_value_t = DEFAULT_SEED, value_name = "S", requires = "uncertainty")]
    pub seed: u64,
    /// Also write every draw as CSV: one row per draw and year, with the drawn
    /// assumptions as columns (for pandas, DuckDB, R).
    #[arg(long, value_name = "FILE.csv", requires = "uncertainty")]
    pub draws_out: Option<PathBuf>,
}

/// `--draws`: a whole number from 1 to [`MAX_DRAWS`].
fn draws(text: &str) -> Result<usize, String> {
    text.parse()
        .ok()
        .filter(|n| (1..=MAX_DRAWS).contains(n))
        .ok_or_else(|| format!("expected a whole number from 1 to {MAX_DRAWS}"))
}

/// `--lang`: a language levers speaks, by its tag (any case).
fn language() -> impl TypedValueParser<Value = Lang> {
    PossibleValuesParser::new(Lang::ALL.map(|lang| PossibleValue::new(lang.tag())))
        .try_map(|tag| Lang::from_tag(&tag).ok_or_else(|| format!("unknown language `{tag}`")))
}

/// `chart --scale`: a number from 1 to 4.
fn chart_scale(text: &str) -> Result<f64, String> {
    text.parse::<f64>()
        .ok()
        .filter(|scale| (1.0..=4.0).contains(scale))
        .ok_or_else(|| "expected a number from 1 to 4 (e.g. 3 for print)".to_string())
}

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
    /// An Excel workbook (needs -o FILE.xlsx).
    Xlsx,
}

impl EvalFormat {
    /// The shared report format; `None` for NDJSON and xlsx, which are not text reports.
    pub fn report_format(self) -> Option<OutputFormat> {
        match self {
            EvalFormat::Table => Some(OutputFormat::Table),
            EvalFormat::Json => Some(OutputFormat::Json),
            EvalFormat::Csv => Some(OutputFormat::Csv),
            EvalFormat::Markdown => Some(OutputFormat::Markdown),
            EvalFormat::Ndjson | EvalFormat::Xlsx => None,
        }
    }
}

// One outcome vocabulary: a headline outcome of the core (`jobs`) and the
// yearly series it is read from (`manufacturing_jobs`) are the same thing, so
// `sensitivity --outcome` and `chart --outcome` each accept the other's name.

/// `sensitivity --outcome`: the core's outcome keys; the series names too.
fn target_year_outcome() -> impl TypedValueParser<Value = Outcome> {
    let values = Outcome::ALL.map(|outcome| {
        PossibleValue::new(outcome.key())
            .aliases(series_of(outcome).filter(|key| *key != outcome.key()))
    });
    PossibleValuesParser::new(values).try_map(|name| {
        Outcome::ALL
            .into_iter()
            .find(|outcome| outcome.key() == name || series_of(*outcome) == Some(name.as_str()))
            .ok_or_else(|| format!("unknown outcome `{name}`"))
    })
}

/// `chart --outcome`: every yearly series; the core's outcome keys too. The
/// value is the series key, whichever name was given.
fn yearly_series() -> impl TypedValueParser<Value = String> {
    let values = SERIES.iter().map(|series| {
        let outcome = Outcome::ALL
            .into_iter()
            .find(|outcome| series_of(*outcome) == Some(series.key));
        PossibleValue::new(series.key)
            .aliases(outcome.map(Outcome::key).filter(|key| *key != series.key))
    });
    PossibleValuesParser::new(values).map(|name| {
        Outcome::ALL
            .into_iter()
            .find(|outcome| outcome.key() == name)
            .and_then(series_of)
            .map_or(name, str::to_string)
    })
}

/// The yearly series an outcome of the core is read from.
fn series_of(outcome: Outcome) -> Option<&'static str> {
    OUTCOME_SERIES
        .iter()
        .find(|(of, _)| *of == outcome)
        .map(|(_, key)| *key)
}
