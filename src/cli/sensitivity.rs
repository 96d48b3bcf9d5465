//! `levers sensitivity FILE`: the tornado of one outcome — each lever (or
//! named measure) over its range and each assumption over its plausible range;
//! or, with `--method sobol`, first- and total-order Sobol indices of every
//! drawn assumption, as a table, JSON or CSV and (`--chart`) an SVG chart.

use std::path::Path;

use levers_core::analysis::sobol_model::SobolResult;
use levers_core::analysis::{Outcome, tornado};
use levers_core::{Baseline, Policy};
use levers_report::analysis::sobol::{self as sobol_out, Output, SHOWN, input_name, ranked};
use levers_report::sobol_chart::{Row, svg};

use super::Failure;
use super::args::{SensitivityArgs, SensitivityMethod};
use super::console::{print, progress_bar, write_output};
use super::input::load;
use levers_report::i18n::Lang;

pub fn run(lang: Lang, baseline: &Baseline, args: &SensitivityArgs) -> Result<(), Failure> {
    if args.method == SensitivityMethod::OneAtATime && args.chart.is_some() {
        return Err(Failure::Invalid(
            "--chart draws Sobol indices: add --method sobol".to_string(),
        ));
    }
    let policy = load(lang, &args.file, baseline)?;
    let file = args.file.display().to_string();
    if args.method == SensitivityMethod::Sobol {
        return run_sobol(lang, baseline, args, &policy, &file);
    }
    let result = tornado(baseline, &policy, args.outcome);
    let text = levers_report::analysis::tornado::render(
        lang,
        &file,
        &policy,
        args.outcome,
        &result,
        baseline,
        args.output.format,
    )?;
    print(&text)
}

fn run_sobol(
    lang: Lang,
    baseline: &Baseline,
    args: &SensitivityArgs,
    policy: &Policy,
    file: &str,
) -> Result<(), Failure> {
    if args.outcome != Outcome::ShareInTargetYear {
        return Err(Failure::Invalid(format!(
            "--outcome {}: --method sobol reports the share in the target year and whether the target is met; --outcome is for the one-at-a-time tornado",
            args.outcome.key()
        )));
    }
    let plan = levers_core::analysis::sobol_model::SobolPlan::new(
        baseline,
        policy,
        args.samples,
        args.seed,
    );
    let progress = progress_bar(lang, plan.runs() as u64, "progress-sobol");
    let result = crate::parallel::sobol(baseline, policy, args.samples, args.seed, |n| {
        progress.inc(n);
    });
    progress.finish_and_clear();
    if let Some(chart) = &args.chart {
        write_chart(lang, chart, baseline, policy, &result)?;
    }
    let text = sobol_out::render(lang, file, policy, &result, baseline, args.output.format)?;
    print(&text)
}

/// The share's indices as an SVG bar chart, the largest [`SHOWN`] assumptions.
fn write_chart(
    lang: Lang,
    path: &Path,
    baseline: &Baseline,
    policy: &Policy,
    result: &SobolResult,
) -> Result<(), Failure> {
    let rows: Vec<Row> = ranked(result, Output::Share)
        .into_iter()
        .take(SHOWN)
        .map(|(i, first, total)| Row {
            name: input_name(result, i, baseline),
            first,
            total,
        })
        .collect();
    let title = format!(
        "Sobol indices: manufacturing share in {} — {}",
        policy.target.year, policy.name
    );
    let height = 120 + 34 * rows.len() as u32;
    let text = svg(&title, &rows, (960, height))?;
    write_output(lang, path, text.as_bytes())
}
