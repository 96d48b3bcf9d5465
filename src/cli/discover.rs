//! `levers discover FILE`: scenario discovery. Draws the assumptions as `eval
//! --uncertainty` does, marks the draws where the outcome asked about
//! happens, and prints the box of assumptions PRIM finds around them (see
//! `levers_core::analysis::discover`), as a table, Markdown, JSON or CSV.

use std::fmt::Write as _;

use levers_core::analysis::discover::{
    DEFAULT_OPTIONS, Dimension, Discovery, Plan, PrimOptions, Question, Varied,
};
use levers_core::analysis::{AxisTarget, MeasureField, Outcome};
use levers_core::{Baseline, Policy};
use levers_report::analysis::discover_output::render;

use super::Failure;
use super::args::DiscoverArgs;
use super::console::{print, progress_bar, write_output};
use super::input::load;
use super::sweep_axis::resolve;
use levers_report::i18n::Lang;

pub fn run(lang: Lang, baseline: &Baseline, args: &DiscoverArgs) -> Result<(), Failure> {
    super::output_name::csv_named(lang, args.samples_out.as_deref())?;
    let policy = load(lang, &args.file, baseline)?;
    let question = question(lang, baseline, &policy, args)?;
    let varied = args
        .vary
        .iter()
        .map(|spec| varied(lang, spec, &policy, baseline))
        .collect::<Result<Vec<_>, _>>()?;
    if let Some(twice) = varied
        .iter()
        .enumerate()
        .find(|(k, v)| varied[..*k].iter().any(|w| w.target == v.target))
    {
        return Err(Failure::Invalid(
            lang.format("discover-vary-twice", &[("name", &twice.1.name)]),
        ));
    }
    let options = PrimOptions {
        peel_alpha: args.alpha,
        min_coverage: args.min_coverage,
        max_quasi_p: args.max_quasi_p,
        ..DEFAULT_OPTIONS
    };
    let plan = Plan::new(baseline, &policy, &question, varied, args.seed);
    let progress = progress_bar(lang, args.draws as u64, "progress-discover");
    let rows = crate::parallel::discovery_rows(baseline, &plan, &policy, args.draws, |n| {
        progress.inc(n);
    });
    progress.finish_and_clear();
    if let Some(path) = &args.samples_out {
        write_output(lang, path, samples_csv(baseline, &plan, &rows).as_bytes())?;
    }
    let discovery = Discovery::from_rows(plan, rows, &options, usize::from(args.boxes));
    let file = args.file.display().to_string();
    let lower_share = lower_share(baseline, &policy, &discovery, args);
    let text = render(
        lang,
        &file,
        &policy,
        &discovery,
        baseline,
        args.output.format,
        lower_share,
    )?;
    print(&text)
}

/// When too few draws reach the share asked about (nothing `--vary`-ed, not
/// `--below`), a lower one the package reaches in one draw in ten over the
/// same draws, for the advice: its p90 in that year, rounded down to a tenth.
fn lower_share(
    baseline: &Baseline,
    policy: &Policy,
    discovery: &Discovery,
    args: &DiscoverArgs,
) -> Option<f64> {
    let case = &discovery.case;
    if !crate::parallel::too_few_cases(discovery)
        || case.below
        || case.outcome != Outcome::ShareInTargetYear
        || !discovery.varied.is_empty()
    {
        return None;
    }
    let bands = crate::parallel::monte_carlo(baseline, policy, args.draws, args.seed, |_| {});
    crate::parallel::share_p90_in(&bands, case.year).and_then(|p90| {
        levers_report::analysis::never_met::share_one_draw_in_ten(p90, case.threshold)
    })
}

/// The cases asked about, checked against the package.
fn question(
    lang: Lang,
    baseline: &Baseline,
    policy: &Policy,
    args: &DiscoverArgs,
) -> Result<Question, Failure> {
    if args.outcome != Outcome::ShareInTargetYear && args.threshold.is_none() {
        return Err(Failure::Invalid(lang.format(
            "discover-needs-threshold",
            &[("outcome", args.outcome.key())],
        )));
    }
    if let Some(typed) = &args.threshold {
        let threshold = typed.value;
        let share = args.outcome == Outcome::ShareInTargetYear;
        if !threshold.is_finite() || (share && !(0.0..=100.0).contains(&threshold)) {
            let id = if share {
                "discover-threshold-share"
            } else {
                "discover-threshold-finite"
            };
            return Err(Failure::Invalid(lang.format(id, &[("value", &typed.text)])));
        }
    }
    let first = baseline.first_policy_year();
    if let Some(year) = args.by
        && !(first..=policy.horizon).contains(&year)
    {
        return Err(Failure::Invalid(lang.format(
            "discover-by",
            &[
                ("year", &year.to_string()),
                ("first", &first.to_string()),
                ("horizon", &policy.horizon.to_string()),
            ],
        )));
    }
    Ok(Question {
        outcome: args.outcome,
        threshold: args.threshold.as_ref().map(|typed| typed.value),
        year: args.by,
        below: args.below,
    })
}

/// `NAME.FIELD=LO..HI`: a dial or a measure's field sampled beside the
/// assumptions; the names and ranges `sweep --vary` accepts.
fn varied(lang: Lang, spec: &str, policy: &Policy, baseline: &Baseline) -> Result<Varied, Failure> {
    let invalid = |why: String| {
        Failure::Invalid(lang.format("vary-failed", &[("spec", spec), ("why", &why)]))
    };
    let (path, range) = spec
        .split_once('=')
        .ok_or_else(|| invalid(lang.text("discover-vary-expected")))?;
    let path = path.trim();
    let (target, (min, max, range_words)) =
        resolve(lang, path, policy, baseline).map_err(|why| invalid(why.say(lang)))?;
    if let AxisTarget::Assumption(_) = target {
        return Err(invalid(lang.text("discover-vary-assumption")));
    }
    let (low, high) = super::seek_limits::number_range(range)
        .filter(|(lo, hi)| lo.is_finite() && hi.is_finite())
        .ok_or_else(|| invalid(lang.text("argument-two-numbers")))?;
    if !(min <= low && low < high && high <= max) {
        return Err(invalid(lang.format(
            "discover-vary-range",
            &[
                ("min", &min.to_string()),
                ("max", &max.to_string()),
                ("range", &range_words),
            ],
        )));
    }
    let integer = target.is_integer(policy);
    if integer && (low.fract() != 0.0 || high.fract() != 0.0) {
        return Err(invalid(
            lang.format("discover-vary-whole", &[("path", path)]),
        ));
    }
    Ok(Varied {
        name: path.to_string(),
        unit: unit_of(target, policy),
        target,
        low,
        high,
        integer,
    })
}

fn unit_of(target: AxisTarget, policy: &Policy) -> String {
    match target {
        AxisTarget::Dial(field) => field.spec().unit.to_string(),
        AxisTarget::Measure { index, field } => match field {
            MeasureField::Amount => policy
                .measures
                .get(index)
                .map_or_else(String::new, |m| m.kind.field().spec().unit.to_string()),
            MeasureField::Start | MeasureField::End => "year".to_string(),
            MeasureField::RampYears => "years".to_string(),
            MeasureField::MatchingRatio => "private HK$ per public HK$".to_string(),
        },
        AxisTarget::Assumption(_) => String::new(),
    }
}

/// `--samples-out`: every row PRIM reads, as CSV (the dimensions' names as
/// columns, then `case`, 1 or 0), in draw order.
fn samples_csv(baseline: &Baseline, plan: &Plan, rows: &[(Vec<f64>, bool)]) -> String {
    let names: Vec<String> = plan
        .dimensions
        .iter()
        .map(|d| {
            let name = match d {
                Dimension::Assumption(id) => baseline.spec(*id).name.clone(),
                Dimension::Varied(k) => plan
                    .varied
                    .get(*k)
                    .map_or_else(String::new, |v| v.name.clone()),
            };
            levers_report::sanitise::csv_text(&name).into_owned()
        })
        .collect();
    let mut out = names.join(",");
    out.push_str(",case\n");
    for (values, case) in rows {
        for v in values {
            let _ = write!(out, "{v},");
        }
        out.push_str(if *case { "1\n" } else { "0\n" });
    }
    out
}
