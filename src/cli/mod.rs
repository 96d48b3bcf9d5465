//! The command line: `levers [FILE]`, `levers eval`, `check`, `new`, `compare`,
//! the analysis commands and the connections to other tools. Results go to
//! stdout, messages to stderr. Exit codes: 0 success, 2 invalid input or usage,
//! 1 internal failure.
//!
//! `args` declares and checks the arguments; `input` reads packages and the
//! baseline; `output` prints, writes files and talks to people (verbosity,
//! progress); every other module is one command.

mod address_words;
mod args;
mod assumptions;
mod axis_error;
mod backtest;
mod brief;
mod chart;
mod check;
mod compare;
mod completions;
mod console;
mod data_dictionary;
mod diff;
mod discover;
mod each_draw;
pub mod eval;
mod expected;
mod explain;
mod input;
mod man;
mod migrate;
mod new;
mod output_name;
mod paths;
mod refused;
mod report;
mod schema;
mod seek;
mod seek_limits;
mod sensitivity;
mod shard;
mod suggest;
mod summary;
pub mod sweep;
pub mod sweep_axis;
mod xlsx;

use std::path::PathBuf;
use std::process::ExitCode;

use levers_core::{Baseline, Policy};
use levers_files::diagnostic::Diagnostics;
use levers_report::i18n::Lang;

pub use args::{Cli, Command};

/// Why a command failed, and so which exit code it gets.
#[derive(Debug)]
pub enum Failure {
    /// The user's input is wrong (exit 2); the message says how.
    Invalid(String),
    /// The user's files are wrong (exit 2): their problems, kept structured
    /// until shown, so they are worded in the output language and coloured
    /// part by part on a terminal.
    Files(Diagnostics),
    /// Something broke that is not the user's fault (exit 1).
    Internal(String),
}

/// A rendering error is this program's fault, never the user's: exit 1.
impl From<levers_report::RenderError> for Failure {
    fn from(error: levers_report::RenderError) -> Failure {
        Failure::Internal(error.to_string())
    }
}

impl From<Diagnostics> for Failure {
    fn from(diagnostics: Diagnostics) -> Failure {
        Failure::Files(diagnostics)
    }
}

impl Failure {
    /// A file embedded in levers (`what`) that does not read: this program's
    /// fault, its problems said in English.
    pub fn embedded(what: &str) -> impl FnOnce(Diagnostics) -> Failure + '_ {
        move |e| Failure::Internal(format!("embedded {what}: {}", crate::shown::in_english(&e)))
    }

    /// What went wrong, as plain text (problems in files worded in the
    /// output language), for a message that joins several.
    pub fn into_text(self, lang: Lang) -> String {
        match self {
            Failure::Invalid(message) | Failure::Internal(message) => message,
            Failure::Files(diagnostics) => crate::shown::diagnostics(lang, &diagnostics),
        }
    }

    /// Several failures as one, all the user's (exit 2): problems in files
    /// stay structured when every failure is one.
    pub fn joined(lang: Lang, failures: Vec<Failure>) -> Failure {
        if failures.iter().all(|f| matches!(f, Failure::Files(_))) {
            let mut all = Vec::new();
            for failure in failures {
                if let Failure::Files(diagnostics) = failure {
                    all.extend(diagnostics.0);
                }
            }
            return Failure::Files(Diagnostics(all));
        }
        let texts: Vec<String> = failures.into_iter().map(|f| f.into_text(lang)).collect();
        Failure::Invalid(texts.join("\n"))
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
    /// The language of the command line (`--lang`, else the settings file).
    pub lang: Lang,
    pub baseline: Baseline,
    pub policy: Policy,
    /// The file the package came from (`None`: the embedded default package).
    pub file: Option<PathBuf>,
}

/// What the workbench cannot use from a settings file (an unknown theme or
/// action name), worded in the language and placed at its line and column; `None`
/// when it can use everything. The workbench knows its own names; the command
/// line is handed this by its caller, as it hands the workbench back.
pub type WorkbenchSettings = fn(Lang, levers_files::settings::Settings) -> Option<String>;

/// Parses the arguments and runs the command they name.
pub fn main(workbench_settings: WorkbenchSettings) -> Next {
    let cli = match console::parse_cli() {
        Ok(cli) => cli,
        Err(error) => {
            let args: Vec<std::ffi::OsString> = std::env::args_os().collect();
            let lang = console::language(refused::lang_named(&args));
            if error.use_stderr()
                && let Some(message) = suggest::for_refused(lang, &args)
            {
                console::tell(&message);
                return Next::Exit(ExitCode::from(2));
            }
            if error.use_stderr() && lang != Lang::En {
                console::tell(&refused::worded(lang, &error, &args));
                return Next::Exit(ExitCode::from(2));
            }
            let _ = error.print();
            return Next::Exit(ExitCode::from(if error.use_stderr() { 2 } else { 0 }));
        }
    };
    // The one place the language is decided; everything below is passed it.
    let lang = console::language(cli.lang);
    match run(lang, cli, workbench_settings) {
        Ok(Ran::Workbench(workbench)) => Next::Workbench(workbench),
        Ok(Ran::Done) => Next::Exit(exit_code(lang, Ok(()))),
        Ok(Ran::Differ) => Next::Exit(ExitCode::from(1)),
        Err(failure) => Next::Exit(exit_code(lang, Err(failure))),
    }
}

/// How a command ended, when it did not fail.
enum Ran {
    Done,
    /// `diff --exit-code` found differences: exit 1, as `git diff --exit-code`.
    Differ,
    /// Open the workbench on these inputs.
    Workbench(Box<Workbench>),
}

/// The exit code of a run, after printing its failure (if any) to stderr.
pub fn exit_code(lang: Lang, result: Result<(), Failure>) -> ExitCode {
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(Failure::Files(diagnostics)) => {
            console::tell_diagnostics(lang, &diagnostics);
            ExitCode::from(2)
        }
        Err(Failure::Invalid(message)) => {
            console::tell(&message);
            ExitCode::from(2)
        }
        Err(Failure::Internal(message)) => {
            console::tell(&format!("levers: internal error: {message}"));
            ExitCode::from(1)
        }
    }
}

/// Runs the command `cli` names; the workbench's inputs when it names the
/// workbench (which the caller opens).
fn run(lang: Lang, cli: Cli, workbench_settings: WorkbenchSettings) -> Result<Ran, Failure> {
    let baseline = input::load_baseline(lang, cli.baseline_data.as_deref())?;
    let command = match cli.command {
        None => {
            suggest::no_misspelt_subcommand(lang, cli.file.as_deref())?;
            return workbench(lang, baseline, cli.file).map(|w| Ran::Workbench(Box::new(w)));
        }
        Some(Command::Tui(args)) => {
            return workbench(lang, baseline, args.file.or(cli.file))
                .map(|w| Ran::Workbench(Box::new(w)));
        }
        Some(command) => command,
    };
    let baseline = &baseline;
    match command {
        Command::Tui(_) => Ok(()),
        Command::Eval(args) => eval::run(lang, baseline, &args),
        Command::Check(args) => check::run(lang, baseline, &args),
        Command::New(args) => new::run(lang, baseline, &args),
        Command::Migrate(args) => migrate::run(lang, baseline, &args),
        Command::Compare(args) => compare::run(lang, baseline, &args),
        Command::Explain(args) => explain::run(lang, baseline, &args),
        Command::Sensitivity(args) => sensitivity::run(lang, baseline, &args),
        Command::Discover(args) => discover::run(lang, baseline, &args),
        Command::Seek(args) => seek::run(lang, baseline, &args),
        Command::Sweep(args) => sweep::run(lang, baseline, &args),
        Command::Diff(args) => {
            return diff::run(lang, baseline, &args)
                .map(|differ| if differ { Ran::Differ } else { Ran::Done });
        }
        Command::Summary(args) => summary::run(lang, baseline, &args),
        Command::Backtest(args) => backtest::run(lang, baseline, &args),
        Command::Assumptions(args) => assumptions::run(lang, baseline, &args),
        Command::Chart(args) => chart::run(lang, baseline, &args),
        Command::Report(args) => report::run(lang, baseline, &args),
        Command::Brief(args) => brief::run(lang, baseline, &args),
        Command::Schema(args) => schema::run(&args, baseline),
        Command::Completions(args) => completions::run(&args),
        Command::Man(args) => man::run(&args),
        Command::Paths(args) => paths::run(lang, &args, workbench_settings),
        Command::Outputs(args) => data_dictionary::run(lang, &args),
    }
    .map(|()| Ran::Done)
}

/// The workbench's inputs: the package in `file`, or the embedded default.
fn workbench(lang: Lang, baseline: Baseline, file: Option<PathBuf>) -> Result<Workbench, Failure> {
    let policy = match &file {
        Some(path) => levers_files::load_policy(path, &baseline)?,
        None => levers_files::default_package(&baseline)
            .map_err(Failure::embedded("default package"))?,
    };
    Ok(Workbench {
        lang,
        baseline,
        policy,
        file,
    })
}
