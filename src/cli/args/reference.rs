//! Arguments of the commands that print reference material or places:
//! `schema`, `outputs`, `completions`, `man` and `paths`.

use std::path::PathBuf;

use clap::{Args, ValueEnum};

use super::OutputArgs;

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
