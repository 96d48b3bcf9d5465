//! `levers brief A B C … -o FILE`: the two-page options brief, as HTML,
//! Markdown or an Excel workbook that opens on its Summary sheet.

use std::path::Path;

use levers_core::Baseline;
use levers_core::analysis::DrawOutcome;
use levers_core::analysis::discover::{DEFAULT_OPTIONS, Discovery, Plan, Question};
use levers_files::load::is_stdin;
use levers_report::Evaluated;
use levers_report::analysis::never_met;
use levers_report::brief::{self, Brief, Draws};
use levers_report::format::as_typed;

use super::Failure;
use super::args::BriefArgs;
use super::console::{progress_bar, write_output};
use super::input::Projected;
use super::output_name::{Forms, format_required};
use levers_report::i18n::Lang;

/// What `-o` asks for.
#[derive(Clone, Copy)]
enum Form {
    Html,
    Markdown,
    Workbook,
}

pub fn run(lang: Lang, baseline: &Baseline, args: &BriefArgs) -> Result<(), Failure> {
    let form = form(lang, &args.output)?;
    super::console::check_folder(lang, &args.output)?;
    let packages = Projected::load(lang, baseline, &args.files)?;
    let evaluated = packages.evaluated();
    // `--threshold 1,1` asks once: one row each, in the order first given.
    let mut thresholds: Vec<f64> = Vec::new();
    for threshold in &args.threshold {
        if !thresholds
            .iter()
            .any(|t| t.to_bits() == threshold.to_bits())
        {
            thresholds.push(*threshold);
        }
    }
    let brief = build(
        lang,
        baseline,
        &evaluated,
        &thresholds,
        args.draws,
        args.seed,
    )?;
    match form {
        Form::Html => write_output(lang, &args.output, brief::html(&brief).as_bytes()),
        Form::Workbook => super::xlsx::write_workbook_with_summary(
            lang,
            baseline,
            &evaluated,
            &brief,
            &args.output,
        ),
        Form::Markdown => {
            let chart = (!is_stdin(&args.output))
                .then(|| write_chart_beside(&args.output, &brief))
                .transpose()?;
            write_output(
                lang,
                &args.output,
                brief::markdown(&brief, chart.as_deref()).as_bytes(),
            )
        }
    }
}

/// The brief of `packages`, its chances from `draws` Monte Carlo draws each
/// (the draws `eval --uncertainty --draws N --seed S` makes for each file).
pub fn build(
    lang: Lang,
    baseline: &Baseline,
    packages: &[Evaluated<'_>],
    thresholds_pct: &[f64],
    draws: usize,
    seed: u64,
) -> Result<Brief, Failure> {
    one_target(lang, packages)?;
    let progress = progress_bar(lang, (draws * packages.len()) as u64, "progress-draws");
    let outcomes: Vec<Vec<DrawOutcome>> = packages
        .iter()
        .map(|p| {
            crate::parallel::draw_outcomes(baseline, p.policy, draws, seed, |n| progress.inc(n))
        })
        .collect();
    progress.finish_and_clear();
    let draws: Vec<Draws<'_>> = outcomes
        .iter()
        .map(|outcomes| Draws { seed, outcomes })
        .collect();
    let input = brief::Input {
        lang,
        baseline,
        packages,
        draws: &draws,
        thresholds_pct,
    };
    let mut brief = Brief::build(&input)?;
    let leading = brief
        .leading_row()
        .map(|row| (brief.leading, row.share_p90_pct));
    brief.what_would_have_to_be_true = what_would_have_to_be_true(
        lang,
        baseline,
        packages,
        thresholds_pct.first().copied(),
        leading,
        brief_draws(&draws),
        seed,
    );
    Ok(brief)
}

/// A brief asks one question of every option, in one window: the chance of
/// one target share by one target year. Options with different target years
/// are refused, each named with its year (their figures would stand under one
/// year's heading, and their lifts over doing nothing would mix years); so are
/// options with different target shares, each named with its share (one row
/// would give each option's chance of its own share under the first one's).
fn one_target(lang: Lang, packages: &[Evaluated<'_>]) -> Result<(), Failure> {
    let Some(first) = packages.first() else {
        return Ok(());
    };
    let target = first.policy.target;
    let differ = |id: &str, each: &dyn Fn(&Evaluated<'_>) -> (&'static str, String)| {
        let listed: Vec<String> = packages
            .iter()
            .map(|p| {
                let (name, value) = each(p);
                lang.format(
                    &format!("brief-option-{name}"),
                    &[("file", &p.file), (name, &value)],
                )
            })
            .collect();
        Failure::Invalid(lang.format(
            id,
            &[("options", &listed.join(&lang.text("list-separator")))],
        ))
    };
    if packages.iter().any(|p| p.policy.target.year != target.year) {
        return Err(differ("brief-target-years-differ", &|p| {
            ("year", p.policy.target.year.to_string())
        }));
    }
    if packages
        .iter()
        .any(|p| p.policy.target.share_pct.to_bits() != target.share_pct.to_bits())
    {
        return Err(differ("brief-target-shares-differ", &|p| {
            ("share", as_typed(p.policy.target.share_pct))
        }));
    }
    Ok(())
}

/// Draws each package was evaluated with (the same for every package).
fn brief_draws(draws: &[Draws<'_>]) -> usize {
    draws.first().map_or(0, |d| d.outcomes.len())
}

/// For each option, scenario discovery (PRIM) over the same draws: the sentence
/// `levers discover` prints, for the first `--threshold` when one is given (the
/// question a brief usually asks of a target out of reach), else the option's
/// own target. When no option meets its target in enough draws to find a box
/// (often in none), one sentence says so for all of them, and the question
/// goes on to the share the leading option (`leading`: its row and p90 share)
/// reaches in one draw in ten.
fn what_would_have_to_be_true(
    lang: Lang,
    baseline: &Baseline,
    packages: &[Evaluated<'_>],
    threshold_pct: Option<f64>,
    leading: Option<(usize, f64)>,
    draws: usize,
    seed: u64,
) -> Vec<String> {
    let question = Question {
        threshold: threshold_pct,
        ..Question::TARGET_MET
    };
    let discover = |package: &Evaluated<'_>, question: &Question| {
        let plan = Plan::new(baseline, package.policy, question, Vec::new(), seed);
        let discovery =
            crate::parallel::discover(baseline, plan, package.policy, draws, &DEFAULT_OPTIONS, 1);
        let said =
            levers_report::analysis::discover::sentence(lang, &discovery, package.policy, baseline);
        (discovery, said)
    };
    let found: Vec<(Discovery, String)> = packages.iter().map(|p| discover(p, &question)).collect();
    // The options share one target (see `one_target`).
    let too_rarely_met = threshold_pct.is_none()
        && found
            .iter()
            .all(|(discovery, _)| crate::parallel::too_few_cases(discovery));
    let most_cases = found.iter().map(|(d, _)| d.cases).max().unwrap_or(0);
    let lower = leading.and_then(|(row, p90)| {
        let leader = packages.get(row)?;
        let share = never_met::share_one_draw_in_ten(p90, leader.policy.target.share_pct)?;
        Some((leader, share))
    });
    match (too_rarely_met, packages.first(), lower) {
        (true, Some(first), Some((leader, share))) => {
            let none = never_met::sentence(
                lang,
                packages.len(),
                &first.policy.target,
                draws,
                most_cases,
                &leader.policy.name,
                share,
            );
            let lower_question = Question {
                threshold: Some(share),
                ..Question::TARGET_MET
            };
            vec![none, discover(leader, &lower_question).1]
        }
        _ => found.into_iter().map(|(_, said)| said).collect(),
    }
}

/// The form the file name asks for (`-`: Markdown on standard output);
/// other extensions, and none, are refused.
fn form(lang: Lang, output: &Path) -> Result<Form, Failure> {
    const FORMS: Forms<Form> = Forms {
        named: &[
            ("html", Form::Html),
            ("htm", Form::Html),
            ("md", Form::Markdown),
            ("markdown", Form::Markdown),
            ("xlsx", Form::Workbook),
        ],
        refusal: "brief-form",
        hints: false,
    };
    Ok(format_required(lang, output, &FORMS)?.unwrap_or(Form::Markdown))
}

/// Writes the chart as `<brief>-share.svg` beside a Markdown brief; its
/// name, relative to the brief, for the image link.
fn write_chart_beside(output: &Path, brief: &Brief) -> Result<String, Failure> {
    let stem = output
        .file_stem()
        .map_or_else(|| "brief".to_string(), |s| s.to_string_lossy().into_owned());
    let name = format!("{stem}-share.svg");
    // Said like the brief itself: a file beside it may be replaced.
    write_output(
        brief.lang,
        &output.with_file_name(&name),
        brief.chart_svg.as_bytes(),
    )?;
    Ok(name)
}
