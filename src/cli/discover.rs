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
use levers_report::format::as_typed;
use levers_report::i18n::Lang;

pub fn run(lang: Lang, baseline: &Baseline, args: &DiscoverArgs) -> Result<(), Failure> {
    let policy = load(lang, &args.file, baseline)?;
    let question = question(baseline, &policy, args)?;
    let varied = args
        .vary
        .iter()
        .map(|spec| varied(spec, &policy, baseline))
        .collect::<Result<Vec<_>, _>>()?;
    if let Some(twice) = varied
        .iter()
        .enumerate()
        .find(|(k, v)| varied[..*k].iter().any(|w| w.target == v.target))
    {
        return Err(Failure::Invalid(format!(
            "--vary {}: varied twice; give each field one range",
            twice.1.name
        )));
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
    let text = render(
        lang,
        &file,
        &policy,
        &discovery,
        baseline,
        args.output.format,
    )?;
    print(&text)
}

/// The cases asked about, checked against the package.
fn question(
    baseline: &Baseline,
    policy: &Policy,
    args: &DiscoverArgs,
) -> Result<Question, Failure> {
    if args.outcome != Outcome::ShareInTargetYear && args.threshold.is_none() {
        return Err(Failure::Invalid(format!(
            "--outcome {}: give the level a draw must reach with --threshold (the package's target is a share of GDP), e.g. --outcome jobs --threshold 100000",
            args.outcome.key()
        )));
    }
    if let Some(threshold) = args.threshold {
        let share = args.outcome == Outcome::ShareInTargetYear;
        if !threshold.is_finite() || (share && !(0.0..=100.0).contains(&threshold)) {
            return Err(Failure::Invalid(format!(
                "--threshold {}: expected {}",
                as_typed(threshold),
                if share {
                    "a share of GDP from 0 to 100 (%), e.g. 1.2"
                } else {
                    "a finite number in the outcome's unit"
                }
            )));
        }
    }
    let first = baseline.first_policy_year();
    if let Some(year) = args.by
        && !(first..=policy.horizon).contains(&year)
    {
        return Err(Failure::Invalid(format!(
            "--by {year}: expected a projected year of the package, from {first} to its horizon {}",
            policy.horizon
        )));
    }
    Ok(Question {
        outcome: args.outcome,
        threshold: args.threshold,
        year: args.by,
        below: args.below,
    })
}

/// `NAME.FIELD=LO..HI`: a dial or a measure's field sampled beside the
/// assumptions; the names and ranges `sweep --vary` accepts.
fn varied(spec: &str, policy: &Policy, baseline: &Baseline) -> Result<Varied, Failure> {
    let invalid = |why: String| Failure::Invalid(format!("--vary {spec}: {why}"));
    let (path, range) = spec.split_once('=').ok_or_else(|| {
        invalid("expected NAME.FIELD=LO..HI, e.g. zone_coinvestment.amount=0..20 or rd.grants_hkd_bn_per_year=0..20".into())
    })?;
    let path = path.trim();
    let (target, (min, max, range_words)) =
        resolve(path, policy, baseline).map_err(|why| invalid(why.to_string()))?;
    if let AxisTarget::Assumption(_) = target {
        return Err(invalid(
            "assumptions are drawn already; --vary adds a lever dial or a measure's field".into(),
        ));
    }
    let (low, high) = super::seek_limits::number_range(range)
        .filter(|(lo, hi)| lo.is_finite() && hi.is_finite())
        .ok_or_else(|| invalid("expected a range LO..HI of two numbers, e.g. 0..20".into()))?;
    if !(min <= low && low < high && high <= max) {
        return Err(invalid(format!(
            "expected {min} ≤ LO < HI ≤ {max} ({range_words})"
        )));
    }
    let integer = target.is_integer(policy);
    if integer && (low.fract() != 0.0 || high.fract() != 0.0) {
        return Err(invalid(format!("`{path}` takes whole numbers")));
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
