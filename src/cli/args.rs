//! Command-line arguments (clap derive).

use std::path::PathBuf;

use clap::{Parser, Subcommand};
use levers_report::OutputFormat;

pub use super::analysis::{OutcomeArg, SweepFormat};
use super::ecosystem::{ColorWhen, EvalFormat, outcome_parser};

#[derive(Debug, Parser)]
#[command(
    name = "levers",
    version,
    about = "A terminal workbench for industrial-policy packages (Hong Kong reindustrialisation)",
    after_help = "Examples:\n  levers                                   open the workbench on the default package\n  levers tui policies/land-led.toml        open a package\n  levers eval policies/*.toml --format csv\n  levers compare policies/status-quo.toml policies/blueprint-2032.toml\n  levers new > my-package.toml"
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
    Tui {
        #[arg(value_name = "FILE")]
        file: Option<PathBuf>,
    },
    /// Project packages and print the outcomes year by year.
    #[command(
        after_help = "Examples:\n  levers eval policies/blueprint-2032.toml\n  levers eval a.toml b.toml --format json\n  levers eval policies/*.toml --format ndjson | jq -c '.target'\n  levers eval policies/land-led.toml --against policies/status-quo.toml\n  levers eval policies/land-led.toml+policies/rd-led.toml     (rd-led stacked on land-led)\n  levers eval policies/blueprint-2032.toml --uncertainty --draws 5000 --seed 7\n  cat my-package.toml | levers eval -"
    )]
    Eval {
        /// Package files; `-` reads one from standard input.
        #[arg(required = true, value_name = "FILE")]
        files: Vec<PathBuf>,
        /// Output format (default: table, or `default_format` in the settings file).
        #[arg(long, value_enum)]
        format: Option<EvalFormat>,
        /// Report differences against this package.
        #[arg(long, value_name = "FILE")]
        against: Option<PathBuf>,
        /// Monte Carlo over the assumption ranges: p10/p50/p90 bands and the
        /// probability the target is met.
        #[arg(long)]
        uncertainty: bool,
        /// Number of Monte Carlo draws (with --uncertainty).
        #[arg(long, default_value_t = 1000, value_name = "N")]
        draws: usize,
        /// Seed of the Monte Carlo draws: the same seed gives the same bands.
        #[arg(long, default_value_t = 42, value_name = "S")]
        seed: u64,
    },
    /// Validate packages; prints every problem with file:line:column.
    #[command(
        after_help = "Examples:\n  levers check policies/*.toml\n  levers new | levers check -"
    )]
    Check {
        /// Package files; `-` reads one from standard input.
        #[arg(required = true, value_name = "FILE")]
        files: Vec<PathBuf>,
    },
    /// Print an annotated template package.
    #[command(after_help = "Examples:\n  levers new > my-package.toml")]
    New,
    /// Outcomes of two packages side by side, and what differs between their levers.
    #[command(
        after_help = "Examples:\n  levers compare policies/status-quo.toml policies/blueprint-2032.toml"
    )]
    Compare {
        a: PathBuf,
        b: PathBuf,
        #[arg(long, value_enum, default_value_t = OutputFormat::Table)]
        format: OutputFormat,
    },
    /// Which lever gave how much of each outcome (exact Shapley attribution).
    #[command(
        after_help = "Examples:\n  levers explain policies/blueprint-2032.toml\n  levers explain policies/land-led.toml --format json"
    )]
    Explain {
        file: PathBuf,
        #[arg(long, value_enum, default_value_t = OutputFormat::Table)]
        format: OutputFormat,
    },
    /// Tornado: each lever over its range and each assumption over its plausible range.
    #[command(
        after_help = "Examples:\n  levers sensitivity policies/blueprint-2032.toml\n  levers sensitivity policies/land-led.toml --outcome jobs --format csv"
    )]
    Sensitivity {
        file: PathBuf,
        #[arg(long, value_enum, default_value_t = OutcomeArg::Share)]
        outcome: OutcomeArg,
        #[arg(long, value_enum, default_value_t = OutputFormat::Table)]
        format: OutputFormat,
    },
    /// The cheapest package that meets a target share by a year (or the best reachable).
    ///
    /// Exits with 2 when no package within the lever ranges and budget reaches
    /// the target; the closest package is still written.
    #[command(
        after_help = "Examples:\n  levers seek --target-share 5 --by 2032\n  levers seek --target-share 3 --by 2030 --budget 40 --levers rd,zone -o cheapest.toml\n  levers seek --target-share 5 --by 2032 --from policies/blueprint-2032.toml\n  levers seek --best --by 2030 --budget 20"
    )]
    Seek {
        /// Manufacturing share of GDP to reach, %.
        #[arg(long, value_name = "PCT", required_unless_present = "best")]
        target_share: Option<f64>,
        /// Instead: the highest share reachable by --by within the levers and budget.
        #[arg(long, conflicts_with = "target_share")]
        best: bool,
        /// Year by which to reach it.
        #[arg(long, value_name = "YEAR")]
        by: i32,
        /// Yearly budget cap, HK$ bn (default: the --from package's cap, or none).
        #[arg(long, value_name = "HKD_BN")]
        budget: Option<f64>,
        /// Lever groups the package may use (default: all four).
        #[arg(long, value_delimiter = ',', value_name = "GROUPS")]
        levers: Vec<String>,
        /// Take timings, co-funding, GBA share, horizon, funding and assumptions from this package.
        #[arg(long, value_name = "FILE")]
        from: Option<PathBuf>,
        /// Write the package here instead of stdout.
        #[arg(short = 'o', long = "output", value_name = "OUT.toml")]
        output: Option<PathBuf>,
    },
    /// Evaluate a grid of packages (or every package in a folder), streamed as CSV or NDJSON.
    #[command(
        after_help = "Examples:\n  levers sweep policies/blueprint-2032.toml --vary rd.grants_hkd_bn_per_year=0..20:1 --vary land.rent_subsidy_pct=0..80:10\n  levers sweep --dir policies --format ndjson"
    )]
    Sweep {
        /// The package the grid varies.
        #[arg(
            value_name = "FILE",
            required_unless_present = "dir",
            conflicts_with = "dir"
        )]
        file: Option<PathBuf>,
        /// A lever and its values: GROUP.FIELD=FROM..TO:STEP (repeatable).
        #[arg(long, value_name = "LEVER=FROM..TO:STEP")]
        vary: Vec<String>,
        /// Evaluate every *.toml in this folder, in sorted order.
        #[arg(long, value_name = "FOLDER")]
        dir: Option<PathBuf>,
        #[arg(long, value_enum, default_value_t = SweepFormat::Csv)]
        format: SweepFormat,
    },
    /// What changed from package A to package B, in plain language.
    #[command(
        after_help = "Examples:\n  levers diff policies/land-led.toml policies/blueprint-2032.toml"
    )]
    Diff { a: PathBuf, b: PathBuf },
    /// A paragraph describing a package and its outcome, for a brief.
    #[command(after_help = "Examples:\n  levers summary policies/blueprint-2032.toml")]
    Summary { file: PathBuf },
    /// Every model parameter in force: value, unit, plausible range and source.
    #[command(
        after_help = "Examples:\n  levers assumptions\n  levers assumptions policies/land-led.toml --format csv"
    )]
    Assumptions {
        /// Show the values in force for this package (its [assumptions] applied).
        file: Option<PathBuf>,
        #[arg(long, value_enum, default_value_t = OutputFormat::Table)]
        format: OutputFormat,
    },
    /// Draw one outcome of several packages to an SVG or PNG file.
    #[command(
        after_help = "One line per package, each with its own dash pattern and marker (readable in black and white); the target share and year are marked when the outcome is the manufacturing share.\n\nExamples:\n  levers chart policies/*.toml -o share.svg\n  levers chart policies/status-quo.toml policies/blueprint-2032.toml --outcome manufacturing_jobs -o jobs.png\n  levers chart policies/land-led.toml -o - > share.svg\n  levers chart policies/blueprint-2032.toml policies/talent-led.toml --uncertainty -o share.svg"
    )]
    Chart {
        /// Package files, one line each (`-` reads one from standard input).
        #[arg(required = true, value_name = "FILE")]
        files: Vec<PathBuf>,
        /// The yearly series to draw.
        #[arg(long, value_parser = outcome_parser(), default_value = "manufacturing_share_pct")]
        outcome: String,
        /// Output file; `.svg` or `.png` by extension; `-` writes SVG to stdout.
        #[arg(short, long, value_name = "FILE")]
        output: PathBuf,
        /// Width in pixels.
        #[arg(long, default_value_t = 960, value_parser = clap::value_parser!(u32).range(200..=4000))]
        width: u32,
        /// Height in pixels.
        #[arg(long, default_value_t = 540, value_parser = clap::value_parser!(u32).range(150..=4000))]
        height: u32,
        /// Shade each package's p10–p90 band from Monte Carlo over the assumption
        /// ranges (manufacturing_share_pct and manufacturing_jobs only).
        #[arg(long)]
        uncertainty: bool,
        /// Number of Monte Carlo draws (with --uncertainty).
        #[arg(long, default_value_t = 1000, value_name = "N", value_parser = clap::value_parser!(u64).range(1..=1_000_000))]
        draws: u64,
        /// Seed of the Monte Carlo draws: the same seed gives the same bands.
        #[arg(long, default_value_t = 42, value_name = "S")]
        seed: u64,
    },
    /// Write a self-contained report of a package (Markdown or HTML, with charts).
    #[command(
        after_help = "The report explains the package in words, then gives the headline outcomes, the sectors, which lever gave what, charts (SVG files written beside the report) and every assumption in force with its source.\n\nExamples:\n  levers report policies/blueprint-2032.toml -o report.md\n  levers report policies/land-led.toml --against policies/status-quo.toml -o land.html\n  levers report policies/rd-led.toml --html -o -"
    )]
    Report {
        /// The package to report on (`-` reads it from standard input).
        file: PathBuf,
        /// Compare against this package.
        #[arg(long, value_name = "FILE")]
        against: Option<PathBuf>,
        /// Output file (`.html` gives HTML); `-` for stdout (charts are then left out).
        #[arg(short, long, value_name = "FILE")]
        output: PathBuf,
        /// HTML, whatever the file name.
        #[arg(long)]
        html: bool,
    },
    /// Print the JSON Schema of the policy file format (for editors).
    #[command(
        after_help = "Generated from the same definitions the reader uses. Add `#:schema ./policy.schema.json` as the first line of a package for completion and checking in editors that use taplo (Even Better TOML).\n\nExamples:\n  levers schema > policy.schema.json"
    )]
    Schema,
    /// Print a shell completion script.
    #[command(
        after_help = "Examples:\n  levers completions bash > ~/.local/share/bash-completion/completions/levers\n  levers completions zsh > ~/.zfunc/_levers\n  levers completions fish > ~/.config/fish/completions/levers.fish\n  levers completions powershell >> $PROFILE"
    )]
    Completions {
        #[arg(value_enum)]
        shell: clap_complete::Shell,
    },
    /// Print the manual page (roff) to stdout.
    #[command(after_help = "Examples:\n  levers man > levers.1 && man ./levers.1")]
    Man,
    /// Where levers keeps your settings and your own packages.
    #[command(
        after_help = "LEVERS_CONFIG_DIR and LEVERS_DATA_DIR override the folders.\n\nExamples:\n  levers paths\n  LEVERS_DATA_DIR=/tmp/levers levers paths"
    )]
    Paths,
}
