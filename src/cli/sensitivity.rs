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
use super::output_name::{Forms, format_named};
use levers_report::i18n::Lang;

/// The Sobol chart is SVG: `--chart x.pdf` (or `.png`) wrote SVG under that
/// name; another extension is refused before the run.
const SVG: Forms<()> = Forms {
    named: &[("svg", ())],
    refusal: "sobol-chart-form",
    hints: true,
};

pub fn run(lang: Lang, baseline: &Baseline, args: &SensitivityArgs) -> Result<(), Failure> {
    if args.method == SensitivityMethod::OneAtATime && args.chart.is_some() {
        return Err(Failure::Invalid(lang.text("sensitivity-chart-needs-sobol")));
    }
    format_named(lang, args.chart.as_deref(), &SVG)?;
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
        return Err(Failure::Invalid(lang.format(
            "sensitivity-sobol-outcome",
            &[("outcome", args.outcome.key())],
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
    let title = lang.format(
        "sobol-chart-title",
        &[
            ("year", &policy.target.year.to_string()),
            ("name", &policy.name),
        ],
    );
    let height = 120 + 34 * rows.len() as u32;
    let text = svg(lang, &title, &rows, (960, height))?;
    write_output(lang, path, text.as_bytes())
}
