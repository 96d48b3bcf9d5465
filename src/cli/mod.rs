//! The command line: `levers [FILE]`, `levers eval`, `check`, `new`, `compare`,
//! `assumptions`, `tui`. Results go to stdout, messages to stderr. Exit codes:
//! 0 success, 2 invalid input or usage, 1 internal failure.

pub mod analysis;
mod args;
mod backtest;
mod commands;
pub mod ecosystem;

use std::path::Path;
use std::process::ExitCode;

use levers_core::{Baseline, Policy};

pub use args::{Cli, Command, OutputFormat};

use crate::diagnostic::Diagnostics;
use crate::{baseline_file, fsio, policy_file};

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

pub fn main() -> ExitCode {
    let cli = match ecosystem::parse_cli() {
        Ok(cli) => cli,
        Err(error) => {
            let _ = error.print();
            return ExitCode::from(if error.use_stderr() { 2 } else { 0 });
        }
    };
    match commands::run(cli) {
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

/// Reads and validates a policy file (`-`: standard input).
pub fn load_policy(path: &Path, baseline: &Baseline) -> Result<Policy, Diagnostics> {
    if ecosystem::is_stdin(path) {
        let text = ecosystem::read_stdin()?;
        return policy_file::parse_policy(ecosystem::STDIN_NAME, &text, baseline);
    }
    let text = fsio::read_text(path)?;
    policy_file::parse_policy(&path.display().to_string(), &text, baseline)
}
