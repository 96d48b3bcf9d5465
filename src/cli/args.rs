//! Command-line arguments (clap derive).

use std::path::PathBuf;

use clap::{Parser, Subcommand, ValueEnum};

#[derive(Debug, Parser)]
#[command(
    name = "levers",
    version,
    about = "A terminal workbench for industrial-policy packages (Hong Kong reindustrialisation)",
    after_help = "Examples:\n  levers                                   open the workbench on the default package\n  levers tui policies/land-led.toml        open a package\n  levers eval policies/*.toml --format csv\n  levers compare policies/status-quo.toml policies/blueprint-2032.toml\n  levers new > my-package.toml"
)]
pub struct Cli {
    /// Use this baseline data file instead of the embedded assets/baseline.toml.
    #[arg(long, global = true, value_name = "FILE")]
    pub baseline_data: Option<PathBuf>,

    #[command(subcommand)]
    pub command: Option<Command>,

    /// A package to open in the workbench (same as `levers tui FILE`).
    #[arg(value_name = "FILE")]
    pub file: Option<PathBuf>,
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// Open the interactive workbench (on the embedded default package if no FILE).
    Tui {
        #[arg(value_name = "FILE")]
        file: Option<PathBuf>,
    },
    /// Project packages and print the outcomes year by year.
    #[command(
        after_help = "Examples:\n  levers eval policies/blueprint-2032.toml\n  levers eval a.toml b.toml --format json\n  levers eval policies/land-led.toml --against policies/status-quo.toml"
    )]
    Eval {
        #[arg(required = true, value_name = "FILE")]
        files: Vec<PathBuf>,
        #[arg(long, value_enum, default_value_t = OutputFormat::Table)]
        format: OutputFormat,
        /// Report differences against this package.
        #[arg(long, value_name = "FILE")]
        against: Option<PathBuf>,
    },
    /// Validate packages; prints every problem with file:line:column.
    #[command(after_help = "Examples:\n  levers check policies/*.toml")]
    Check {
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
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
pub enum OutputFormat {
    Table,
    Json,
    Csv,
    Markdown,
}
