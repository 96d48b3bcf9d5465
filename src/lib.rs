//! levers: a terminal workbench for industrial-policy packages.
//!
//! The floors, each a crate that depends only on those below it:
//! `levers-core` (the pure projection) → `levers-files` (reading and writing
//! files) → `levers-report` (formats, charts, documents) → this crate, where the
//! command line (`cli`) and the workbench (`tui`) stand side by side and never
//! import each other. `parallel` is shared by both.
#![deny(clippy::unwrap_used)]

pub mod cli;
pub mod parallel;
pub mod shown;
pub mod tui;

use std::process::ExitCode;

/// The program: the command line runs, and opens the workbench when asked to.
pub fn main() -> ExitCode {
    match cli::main(tui::settings_notes) {
        cli::Next::Exit(code) => code,
        cli::Next::Workbench(workbench) => {
            let cli::Workbench {
                lang,
                baseline,
                policy,
                file,
            } = *workbench;
            // Without a terminal there is nothing to draw on: a plain message
            // and a usage error, not an internal one with a backtrace.
            let result = if std::io::IsTerminal::is_terminal(&std::io::stdin())
                && std::io::IsTerminal::is_terminal(&std::io::stdout())
            {
                tui::run(lang, baseline, policy, file)
                    .map_err(|e| cli::Failure::Internal(format!("{e:?}")))
            } else {
                Err(cli::Failure::Invalid(
                    "levers: the workbench needs an interactive terminal; in scripts use `levers eval FILE`"
                        .to_string(),
                ))
            };
            cli::exit_code(lang, result)
        }
    }
}
