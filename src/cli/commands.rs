//! What each subcommand does. Each reads its inputs, calls the core, and prints.

use std::io::Write;
use std::path::{Path, PathBuf};

use levers_core::{Baseline, Policy, Projection, project};

use super::{
    Cli, Command, Failure, OutputFormat, Workbench, analysis, ecosystem, load_baseline, load_policy,
};
use levers_files::policy_file;
use levers_report::{self, Evaluated};

/// Runs the command `cli` names; the workbench's inputs when it names the
/// workbench (which its caller opens).
pub fn run(cli: Cli) -> Result<Option<Workbench>, Failure> {
    let baseline = load_baseline(cli.baseline_data.as_deref())?;
    match cli.command {
        None => workbench(baseline, cli.file).map(Some),
        Some(Command::Tui { file }) => workbench(baseline, file.or(cli.file)).map(Some),
        Some(command) => run_command(baseline, command).map(|()| None),
    }
}

fn run_command(baseline: Baseline, command: Command) -> Result<(), Failure> {
    match command {
        Command::Tui { .. } => Err(Failure::Internal(
            "the workbench is opened by the caller of cli::main".to_string(),
        )),
        Command::Eval {
            files,
            format,
            against,
            uncertainty,
            draws,
            seed,
        } => match ecosystem::eval_format(format)?.report_format() {
            Some(format) => analysis::eval(
                &baseline,
                &files,
                format,
                against.as_deref(),
                uncertainty.then_some((draws, seed)),
            ),
            None if uncertainty => Err(Failure::Invalid(
                "--format ndjson cannot be combined with --uncertainty".to_string(),
            )),
            None => ecosystem::eval_ndjson(&baseline, &files, against.as_deref()),
        },
        Command::Check { files } => check(&baseline, &files),
        Command::New => print(&policy_file::template(&baseline)),
        Command::Compare { a, b, format } => compare(&baseline, &a, &b, format),
        Command::Explain { file, format } => analysis::explain(&baseline, &file, format),
        Command::Sensitivity {
            file,
            outcome,
            format,
        } => analysis::sensitivity(&baseline, &file, outcome, format),
        Command::Seek {
            target_share,
            best,
            by,
            budget,
            levers,
            from,
            output,
        } => analysis::seek(
            &baseline,
            target_share.filter(|_| !best),
            by,
            budget,
            &levers,
            from.as_deref(),
            output.as_deref(),
        ),
        Command::Sweep {
            file,
            vary,
            dir,
            format,
        } => analysis::sweep(&baseline, file.as_deref(), &vary, dir.as_deref(), format),
        Command::Diff { a, b } => analysis::diff(&baseline, &a, &b),
        Command::Summary { file } => analysis::summary(&baseline, &file),
        Command::Assumptions { file, format } => {
            let policy = file.map(|f| load_policy(&f, &baseline)).transpose()?;
            print(&levers_report::assumptions::render(
                &baseline,
                policy.as_ref(),
                format,
            ))
        }
        Command::Chart {
            files,
            outcome,
            output,
            width,
            height,
            uncertainty,
            draws,
            seed,
        } => ecosystem::chart(
            &baseline,
            &files,
            &outcome,
            &output,
            (width, height),
            uncertainty.then_some((draws, seed)),
        ),
        Command::Report {
            file,
            against,
            output,
            html,
        } => ecosystem::report(&baseline, &file, against.as_deref(), &output, html),
        Command::Schema => ecosystem::print_schema(&baseline),
        Command::Completions { shell } => ecosystem::completions(shell),
        Command::Man => ecosystem::man(),
        Command::Paths => ecosystem::paths(),
    }
}

fn workbench(baseline: Baseline, file: Option<PathBuf>) -> Result<Workbench, Failure> {
    let policy = match &file {
        Some(path) => load_policy(path, &baseline)?,
        None => levers_files::default_package(&baseline)
            .map_err(|e| Failure::Internal(format!("embedded default package: {e}")))?,
    };
    Ok(Workbench {
        baseline,
        policy,
        file,
    })
}

/// Loads every file, reporting all that fail before giving up.
fn load_all(baseline: &Baseline, files: &[PathBuf]) -> Result<Vec<Policy>, Failure> {
    let mut policies = Vec::new();
    let mut errors = Vec::new();
    for file in files {
        match analysis::load_stacked(file, baseline) {
            Ok(policy) => policies.push(policy),
            Err(diagnostics) => errors.push(diagnostics.to_string()),
        }
    }
    if errors.is_empty() {
        Ok(policies)
    } else {
        Err(Failure::Invalid(errors.join("\n")))
    }
}

pub(super) fn eval(
    baseline: &Baseline,
    files: &[PathBuf],
    format: OutputFormat,
    against: Option<&Path>,
) -> Result<(), Failure> {
    let policies = load_all(baseline, files)?;
    let projections: Vec<Projection> = policies.iter().map(|p| project(baseline, p)).collect();
    let reference = against
        .map(|path| load_policy(path, baseline))
        .transpose()?;
    let reference_projection = reference.as_ref().map(|p| project(baseline, p));
    let reference_eval = match (&reference, &reference_projection, against) {
        (Some(policy), Some(projection), Some(path)) => Some(Evaluated {
            file: path.display().to_string(),
            policy,
            projection,
        }),
        _ => None,
    };
    let evaluated: Vec<Evaluated<'_>> = files
        .iter()
        .zip(&policies)
        .zip(&projections)
        .map(|((file, policy), projection)| Evaluated {
            file: file.display().to_string(),
            policy,
            projection,
        })
        .collect();
    match format {
        OutputFormat::Json => {
            let mut values: Vec<serde_json::Value> = evaluated
                .iter()
                .map(|e| levers_report::json::package(e, reference_eval.as_ref()))
                .collect();
            let value = if values.len() == 1 {
                values.remove(0)
            } else {
                serde_json::Value::Array(values)
            };
            print(&levers_report::pretty_json(&value).map_err(Failure::Internal)?)
        }
        OutputFormat::Csv => {
            let mut bytes = Vec::new();
            levers_report::csv_out::write(&evaluated, &mut bytes)
                .map_err(|e| Failure::Internal(e.to_string()))?;
            print(&String::from_utf8_lossy(&bytes))
        }
        OutputFormat::Table | OutputFormat::Markdown => {
            let markdown = format == OutputFormat::Markdown;
            let mut out = String::new();
            for (i, e) in evaluated.iter().enumerate() {
                if i > 0 {
                    out.push('\n');
                }
                out.push_str(&levers_report::table::package(e, markdown));
                if let Some(reference) = &reference_eval {
                    out.push('\n');
                    out.push_str(&levers_report::compare::render(
                        reference, e, baseline, format,
                    ));
                }
            }
            print(&out)
        }
    }
}

fn check(baseline: &Baseline, files: &[PathBuf]) -> Result<(), Failure> {
    let policies = load_all(baseline, files)?;
    for (file, policy) in files.iter().zip(&policies) {
        ecosystem::note(&format!("{}: ok ({})", file.display(), policy.name));
    }
    Ok(())
}

fn compare(baseline: &Baseline, a: &Path, b: &Path, format: OutputFormat) -> Result<(), Failure> {
    let policies = load_all(baseline, &[a.to_path_buf(), b.to_path_buf()])?;
    let projections: Vec<Projection> = policies.iter().map(|p| project(baseline, p)).collect();
    let first = Evaluated {
        file: a.display().to_string(),
        policy: &policies[0],
        projection: &projections[0],
    };
    let second = Evaluated {
        file: b.display().to_string(),
        policy: &policies[1],
        projection: &projections[1],
    };
    print(&levers_report::compare::render(
        &first, &second, baseline, format,
    ))
}

/// Writes to stdout; a closed pipe (`levers eval … | head`) is not an error.
pub(super) fn print(text: &str) -> Result<(), Failure> {
    let mut stdout = std::io::stdout().lock();
    match stdout
        .write_all(text.as_bytes())
        .and_then(|()| stdout.flush())
    {
        Err(e) if e.kind() != std::io::ErrorKind::BrokenPipe => {
            Err(Failure::Internal(format!("cannot write output: {e}")))
        }
        _ => Ok(()),
    }
}
