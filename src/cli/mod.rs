//! The command line: `levers [FILE]`, `levers eval`, `check`, `new`, `compare`,
//! `assumptions`, `tui`. Results go to stdout, messages to stderr. Exit codes:
//! 0 success, 2 invalid input or usage, 1 internal failure.

pub mod analysis;
mod args;
mod commands;
pub mod ecosystem;

use std::path::{Path, PathBuf};
use std::process::ExitCode;

use levers_core::{Baseline, Policy};

pub use args::{Cli, Command};
use levers_files::load_policy;
pub use levers_report::OutputFormat;

use levers_files::diagnostic::Diagnostics;
use levers_files::{baseline_file, fsio};

/// Why a command failed, and so which exit code it gets.
#[derive(Debug)]
pub enum Failure {
    /// The user's input is wrong (exit 2); the message says how.
    Invalid(String),
    /// Something broke that is not the user's fault (exit 1).
    Internal(String),
}

impl From<Diagnostics> for Failure {
    fn from(diagnostics: Diagnostics) -> Failure {
        Failure::Invalid(diagnostics.to_string())
    }
}

/// What is left to do once the command line has done its part.
pub enum Next {
    /// The command ran (or failed); exit with this code.
    Exit(ExitCode),
    /// `levers`, `levers FILE` or `levers tui`: open the workbench on this
    /// package. The command line does not know the workbench; its caller does.
    Workbench(Box<Workbench>),
}

/// The inputs of the workbench, read and validated by the command line.
pub struct Workbench {
    pub baseline: Baseline,
    pub policy: Policy,
    /// The file the package came from (`None`: the embedded default package).
    pub file: Option<PathBuf>,
}

/// Parses the arguments and runs the command they name.
pub fn main() -> Next {
    let cli = match ecosystem::parse_cli() {
        Ok(cli) => cli,
        Err(error) => {
            let _ = error.print();
            return Next::Exit(ExitCode::from(if error.use_stderr() { 2 } else { 0 }));
        }
    };
    match commands::run(cli) {
        Ok(Some(workbench)) => Next::Workbench(Box::new(workbench)),
        Ok(None) => Next::Exit(exit_code(Ok(()))),
        Err(failure) => Next::Exit(exit_code(Err(failure))),
    }
}

/// The exit code of a run, after printing its failure (if any) to stderr.
pub fn exit_code(result: Result<(), Failure>) -> ExitCode {
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(Failure::Invalid(message)) => {
            eprintln!("{message}");
            ExitCode::from(2)
        }
        Err(Failure::Internal(message)) => {
            eprintln!("levers: internal error: {message}");
            ExitCode::from(1)
        }
    }
}

/// The baseline in force: a user's file if given, else the embedded one.
pub fn load_baseline(path: Option<&Path>) -> Result<Baseline, Failure> {
    match path {
        Some(path) => {
            let text = fsio::read_text(path)?;
            Ok(baseline_file::parse_baseline(
                &path.display().to_string(),
                &text,
            )?)
        }
        None => baseline_file::embedded()
            .map_err(|e| Failure::Internal(format!("embedded baseline: {e}"))),
    }
}
