//! Arguments of the commands that open, write and check package files:
//! `tui`, `new`, `migrate`, `check`.

use std::path::PathBuf;

use clap::Args;

#[derive(Debug, Args)]
pub struct TuiArgs {
    /// The package to open (default: the embedded announced package).
    #[arg(value_name = "FILE")]
    pub file: Option<PathBuf>,
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
