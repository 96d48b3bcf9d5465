//! Command-line arguments (clap derive): the global options and the `Cli` and
//! `Command` they belong to here; one `Args` struct per command in a file per
//! command (or per few related commands), and the groups several commands
//! share (`OutputArgs`, `UncertaintyArgs`) in `shared.rs`. Values are checked
//! here, by clap, once; the commands get them typed.
//!
//! The doc comments below are the help text users read (`levers eval --help`),
//! not rustdoc: they are written for a terminal, without Markdown.
#![allow(clippy::doc_markdown, clippy::doc_link_with_quotes)]

mod backtest;
mod brief;
mod chart_report;
mod compare;
mod discover;
mod eval;
mod explain;
mod outcome;
mod packages;
mod reference;
mod seek;
mod sensitivity;
mod shared;
mod sweep;

use std::path::PathBuf;

use clap::builder::{PossibleValue, PossibleValuesParser, TypedValueParser};
use clap::{Parser, Subcommand, ValueEnum};
use levers_report::i18n::Lang;

pub use backtest::BacktestArgs;
pub use brief::BriefArgs;
pub use chart_report::{ChartArgs, ReportArgs};
pub use compare::{CompareArgs, DiffArgs};
pub use discover::DiscoverArgs;
pub use eval::{EvalArgs, EvalFormat};
pub use explain::{AssumptionsArgs, ExplainArgs, SummaryArgs};
pub use packages::{CheckArgs, MigrateArgs, NewArgs, TuiArgs};
pub use reference::{CompletionsArgs, ManArgs, OutputsArgs, PathsArgs, PathsFormat, SchemaArgs};
pub use seek::SeekArgs;
pub use sensitivity::{SensitivityArgs, SensitivityMethod};
pub use shared::{OutputArgs, UncertaintyArgs};
pub use sweep::{SweepArgs, SweepFormat};

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
        value_parser = language_tag(),
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
        after_help = "Examples:\n  levers eval policies/blueprint-2032.toml\n  levers eval a.toml b.toml --format json\n  levers eval a.toml b.toml -o outcomes.csv     (the file's extension chooses the format)\n  levers eval policies/*.toml --format ndjson | jq -c '.target'\n  levers eval policies/land-led.toml --against policies/status-quo.toml\n  levers eval policies/land-led.toml+policies/rd-led.toml     (rd-led stacked on land-led)\n  levers eval policies/blueprint-2032.toml --uncertainty --draws 5000 --seed 7\n  cat my-package.toml | levers eval -"
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
    /// Scenario discovery: the box of assumptions under which a package
    /// reaches (or misses) an outcome, found by PRIM over Monte Carlo draws.
    #[command(
        after_help = "A draw is a case when the package meets its target (or, with --threshold and --by, when the outcome reaches that level in that year; --below for failure). PRIM peels the box of all draws down to the assumptions that hold most cases (coverage) with few others (density), and names each restriction with its quasi-p-value.\n\nExamples:\n  levers discover policies/blueprint-2032.toml --draws 10000\n  levers discover policies/blueprint-2032.toml --threshold 1.2 --by 2032 --draws 10000\n  levers discover policies/blueprint-2032.toml --below --format json | jq '.box.restrictions'\n  levers discover policies/announced-measures.toml --vary zone_coinvestment.amount=0..20 --threshold 1 --by 2032\n  levers discover policies/blueprint-2032.toml --outcome jobs --threshold 100000 --by 2035 --boxes 2"
    )]
    Discover(DiscoverArgs),
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
        after_help = "The report explains the package in words, then gives the headline outcomes, the sectors, which lever gave what, charts (SVG files written beside a Markdown report, embedded in an HTML one) and every assumption in force with its source.\n\nExamples:\n  levers report policies/blueprint-2032.toml -o report.md\n  levers report policies/land-led.toml --against policies/status-quo.toml -o land.html\n  levers report policies/blueprint-2032.toml --against policies/status-quo.toml,policies/announced.toml -o options.md\n  levers report policies/rd-led.toml --html -o -"
    )]
    Report(ReportArgs),
    /// The two-page options brief: bottom line, one options table, a chart,
    /// what matters most and what it would take (HTML, Markdown or Excel).
    #[command(
        after_help = "Every figure is the one `levers eval` prints for the same file; costs and jobs are read over one window, to the target year. The HTML is self-contained and prints on two A4 pages; --lang zh-Hant writes it in Traditional Chinese.\n\nExamples:\n  levers brief policies/status-quo.toml policies/announced.toml policies/blueprint-2032.toml -o brief.html\n  levers brief policies/announced.toml policies/land-led.toml --threshold 1,2 -o brief.xlsx\n  levers --lang zh-Hant brief policies/announced.toml policies/blueprint-2032.toml -o brief-zh.html"
    )]
    Brief(BriefArgs),
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
    /// Where levers keeps your settings and your own packages; checks the settings file.
    #[command(
        after_help = "LEVERS_CONFIG_DIR and LEVERS_DATA_DIR override the folders.\n\nExamples:\n  levers paths\n  levers paths --format json | jq -r .recovery.path\n  LEVERS_DATA_DIR=/tmp/levers levers paths"
    )]
    Paths(PathsArgs),
}

/// `--lang`: a language levers speaks, by its tag (any case).
fn language_tag() -> impl TypedValueParser<Value = Lang> {
    PossibleValuesParser::new(Lang::ALL.map(|lang| PossibleValue::new(lang.tag())))
        .try_map(|tag| Lang::from_tag(&tag).ok_or_else(|| format!("unknown language `{tag}`")))
}

/// `--color`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
pub enum ColorWhen {
    /// Colour on a terminal, unless NO_COLOR is set.
    Auto,
    Always,
    Never,
}
