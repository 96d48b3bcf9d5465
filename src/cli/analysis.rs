//! The analysis subcommands: `explain`, `sensitivity`, `seek`, `sweep`, `diff`,
//! `summary`, `eval --uncertainty`, and stacked packages (`a.toml+b.toml`).
//! Each reads its inputs, calls `levers_core::analysis`, and prints through
//! `levers_report::analysis`. Parallelism (rayon) lives here, never in the core.

pub mod sweep;

use std::path::{Path, PathBuf};

use clap::ValueEnum;
use levers_core::analysis::seek::SeekRequest;
use levers_core::analysis::{
    Outcome, SeekResult, Uncertainty, attribute, sensitivity as tornado, stack, without_levers,
};
use levers_core::policy::{MAX_BUDGET_CAP_HKD_BN, MAX_HORIZON, MAX_TARGET_SHARE_PCT};
use levers_core::{Baseline, LeverGroup, Policy, Target, project};

pub use self::sweep::SweepFormat;
use super::commands::print;
use super::{Failure, OutputFormat};
use levers_files::{fsio, policy_file};
use levers_report::analysis as out;

/// Most Monte Carlo draws in one run (every draw's yearly results are kept
/// until the percentiles are taken: about 250 bytes each).
pub const MAX_DRAWS: usize = 1_000_000;

/// `--outcome` of `levers sensitivity`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
pub enum OutcomeArg {
    Share,
    Jobs,
    #[value(name = "effective_sectors")]
    EffectiveSectors,
    Cost,
}

impl OutcomeArg {
    pub fn outcome(self) -> Outcome {
        match self {
            OutcomeArg::Share => Outcome::ShareInTargetYear,
            OutcomeArg::Jobs => Outcome::JobsInTargetYear,
            OutcomeArg::EffectiveSectors => Outcome::EffectiveSectorsInTargetYear,
            OutcomeArg::Cost => Outcome::CumulativeCostToTargetYear,
        }
    }
}

/// `levers explain FILE`: Shapley attribution of each headline outcome.
pub fn explain(baseline: &Baseline, file: &Path, format: OutputFormat) -> Result<(), Failure> {
    let policy = load(file, baseline)?;
    let attribution = attribute(baseline, &policy);
    let text = out::explain::render(
        &file.display().to_string(),
        &policy.name,
        policy.target.year,
        &attribution,
        format,
    )
    .map_err(Failure::Internal)?;
    print(&text)
}

/// `levers sensitivity FILE`: the tornado of one outcome.
pub fn sensitivity(
    baseline: &Baseline,
    file: &Path,
    outcome: OutcomeArg,
    format: OutputFormat,
) -> Result<(), Failure> {
    let policy = load(file, baseline)?;
    let outcome = outcome.outcome();
    let (centre, swings) = tornado(baseline, &policy, outcome);
    let text = out::tornado::render(
        &file.display().to_string(),
        &policy.name,
        outcome,
        centre,
        &swings,
        baseline,
        format,
    )
    .map_err(Failure::Internal)?;
    print(&text)
}

/// `levers eval`: plain (commands.rs) or, with `--uncertainty`, Monte Carlo bands.
pub fn eval(
    baseline: &Baseline,
    files: &[PathBuf],
    format: OutputFormat,
    against: Option<&Path>,
    uncertainty: Option<(usize, u64)>,
) -> Result<(), Failure> {
    let Some((draws, seed)) = uncertainty else {
        return super::commands::eval(baseline, files, format, against);
    };
    if against.is_some() {
        return Err(Failure::Invalid(
            "--against cannot be combined with --uncertainty".to_string(),
        ));
    }
    if !(1..=MAX_DRAWS).contains(&draws) {
        return Err(Failure::Invalid(format!(
            "--draws {draws}: expected a whole number from 1 to {MAX_DRAWS}"
        )));
    }
    let mut text = String::new();
    let mut jsons = Vec::new();
    for (i, file) in files.iter().enumerate() {
        let policy = load(file, baseline)?;
        let result = monte_carlo_parallel(baseline, &policy, draws, seed);
        let name = file.display().to_string();
        let rendered = out::bands::render(&name, &policy, &result, format, i == 0)
            .map_err(Failure::Internal)?;
        if format == OutputFormat::Json {
            jsons.push(rendered.trim_end().to_string());
        } else {
            text.push_str(&rendered);
        }
    }
    if format == OutputFormat::Json {
        text = if jsons.len() == 1 {
            format!("{}\n", jsons.join(""))
        } else {
            format!("[\n{}\n]\n", jsons.join(",\n"))
        };
    }
    print(&text)
}

/// Monte Carlo with the draws spread over rayon's threads. Each draw has its own
/// generator (seed, draw index) and the draws are collected in index order, so
/// the result is the same for any number of threads.
pub fn monte_carlo_parallel(
    baseline: &Baseline,
    policy: &Policy,
    draws: usize,
    seed: u64,
) -> Uncertainty {
    let progress = super::ecosystem::progress_bar(draws as u64, "Monte Carlo draws");
    let result = crate::parallel::monte_carlo(baseline, policy, draws, seed, |n| progress.inc(n));
    progress.finish_and_clear();
    result
}

/// `levers seek`: the cheapest package meeting a target, written as a policy file.
/// Without a target share (`--best`), the highest share reachable by `by`.
pub fn seek(
    baseline: &Baseline,
    target_share: Option<f64>,
    by: i32,
    budget: Option<f64>,
    levers: &[String],
    from: Option<&Path>,
    output: Option<&Path>,
) -> Result<(), Failure> {
    if let Some(target_share) = target_share
        && !(target_share.is_finite() && target_share > 0.0 && target_share <= MAX_TARGET_SHARE_PCT)
    {
        return Err(Failure::Invalid(format!(
            "--target-share {target_share}: expected a share of GDP above 0 and at most {MAX_TARGET_SHARE_PCT} (%)"
        )));
    }
    let first = baseline.first_policy_year();
    if !(first..=MAX_HORIZON).contains(&by) {
        return Err(Failure::Invalid(format!(
            "--by {by}: expected a year from {first} to {MAX_HORIZON}"
        )));
    }
    if let Some(cap) = budget
        && !(cap.is_finite() && cap > 0.0 && cap <= MAX_BUDGET_CAP_HKD_BN)
    {
        return Err(Failure::Invalid(format!(
            "--budget {cap}: expected HK$ bn a year above 0 and at most {MAX_BUDGET_CAP_HKD_BN}"
        )));
    }
    let groups = parse_groups(levers)?;
    let template = match from {
        Some(path) => load(path, baseline)?,
        None => Policy::status_quo(),
    };
    let Some(target_share) = target_share else {
        return seek_best(baseline, by, budget, groups, template, output);
    };
    let request = SeekRequest {
        target: Target {
            share_pct: target_share,
            year: by,
        },
        budget_cap_hkd_bn: budget.or(template.budget.cap_hkd_bn_per_year),
        groups,
        template,
    };
    let searching = super::ecosystem::spinner("searching for the cheapest package");
    let result = levers_core::analysis::seek(baseline, &request);
    searching.finish_and_clear();
    let message = out::seek::message(&result, target_share, by);
    let (mut policy, found) = match result {
        SeekResult::Found { policy, .. } => (policy, true),
        SeekResult::Unreachable(shortfall) => (shortfall.policy, false),
    };
    policy.name = if found {
        format!("Cheapest package for {target_share}% by {by}")
    } else {
        format!("Closest package to {target_share}% by {by}")
    };
    policy.description = message.clone();
    write_package(&policy, baseline, output)?;
    eprintln!("{message}");
    if found {
        Ok(())
    } else {
        Err(Failure::Invalid(format!(
            "levers seek: the target {target_share}% by {by} is not reachable"
        )))
    }
}

/// `levers seek --best`: the highest share reachable by `by`, written as a
/// policy file (its target is the template's share, for the year `by`).
fn seek_best(
    baseline: &Baseline,
    by: i32,
    budget: Option<f64>,
    groups: Vec<LeverGroup>,
    template: Policy,
    output: Option<&Path>,
) -> Result<(), Failure> {
    let request = SeekRequest {
        target: Target {
            share_pct: template.target.share_pct,
            year: by,
        },
        budget_cap_hkd_bn: budget.or(template.budget.cap_hkd_bn_per_year),
        groups,
        template,
    };
    let searching = super::ecosystem::spinner("searching for the highest share reachable");
    let best = levers_core::analysis::seek::best_reachable(baseline, &request);
    searching.finish_and_clear();
    let message = format!(
        "Best reachable: {:.2}% of GDP in {by}; what binds: {}.",
        best.best_share_pct,
        out::seek::binding_list(&best.binding)
    );
    let mut policy = best.policy;
    policy.name = format!("Highest share reachable by {by}");
    policy.description = message.clone();
    write_package(&policy, baseline, output)?;
    eprintln!("{message}");
    Ok(())
}

fn write_package(
    policy: &Policy,
    baseline: &Baseline,
    output: Option<&Path>,
) -> Result<(), Failure> {
    let text = policy_file::write_policy(policy, baseline);
    match output {
        Some(path) => fsio::save_atomic(path, &text)
            .map_err(|e| Failure::Internal(format!("cannot write {}: {e}", path.display()))),
        None => print(&text),
    }
}

fn parse_groups(keys: &[String]) -> Result<Vec<LeverGroup>, Failure> {
    if keys.is_empty() {
        return Ok(LeverGroup::ALL.to_vec());
    }
    let mut groups = Vec::new();
    for key in keys {
        let key = key.trim();
        let group = LeverGroup::from_key(key).ok_or_else(|| {
            Failure::Invalid(format!(
                "--levers: unknown lever group `{key}`; expected some of land, rd, talent, zone (comma-separated)"
            ))
        })?;
        if !groups.contains(&group) {
            groups.push(group);
        }
    }
    Ok(groups)
}

/// `levers sweep`: see [`sweep::run`].
pub fn sweep(
    baseline: &Baseline,
    file: Option<&Path>,
    vary: &[String],
    dir: Option<&Path>,
    format: SweepFormat,
) -> Result<(), Failure> {
    sweep::run(baseline, file, vary, dir, format)
}

/// `levers diff A B`: what changed, in plain language.
pub fn diff(baseline: &Baseline, a: &Path, b: &Path) -> Result<(), Failure> {
    let first = load(a, baseline)?;
    let second = load(b, baseline)?;
    let changes = levers_report::compare::lever_changes(&first, &second, baseline);
    let mut text = format!("From {} to {}:\n", a.display(), b.display());
    if changes.is_empty() {
        text.push_str("  nothing changes: the packages are the same\n");
    }
    for change in changes {
        text.push_str(&format!("  - {change}\n"));
    }
    print(&text)
}

/// `levers summary FILE`: a paragraph for a brief.
pub fn summary(baseline: &Baseline, file: &Path) -> Result<(), Failure> {
    let policy = load(file, baseline)?;
    let projection = project(baseline, &policy);
    let status_quo = project(baseline, &without_levers(&policy));
    let attribution = attribute(baseline, &policy);
    let text = out::summary::paragraph(&policy, &projection, &status_quo, &attribution);
    print(&format!("{text}\n"))
}

/// Reads a package, or a stack of packages written `a.toml+b.toml`.
pub fn load(file: &Path, baseline: &Baseline) -> Result<Policy, Failure> {
    load_stacked(file, baseline).map_err(Failure::Invalid)
}

/// Reads `FILE`, or, when no such file exists and the name joins several with
/// `+`, each of them stacked left to right (`a.toml+b.toml`: b on top of a; see
/// `levers_core::analysis::stack` for the rule). Conflicts — the same lever
/// field set to different values — are warned about on stderr; a stacked
/// package that breaks a rule is an error. The error is the text to show.
pub fn load_stacked(file: &Path, baseline: &Baseline) -> Result<Policy, String> {
    let name = file.display().to_string();
    let parts: Vec<&str> = name.split('+').collect();
    if parts.len() < 2 || fsio::is_file(file) {
        return super::load_policy(file, baseline).map_err(|d| d.to_string());
    }
    let mut stacked: Option<Policy> = None;
    let mut errors = Vec::new();
    let mut below_name = String::new();
    for part in &parts {
        let policy = match super::load_policy(Path::new(part), baseline) {
            Ok(policy) => policy,
            Err(diagnostics) => {
                errors.push(diagnostics.to_string());
                continue;
            }
        };
        stacked = Some(match stacked {
            None => policy,
            Some(below) => {
                let result = stack(&below, &policy);
                for conflict in &result.conflicts {
                    eprintln!(
                        "warning: {part} sets levers.{} = {} over {} from {below_name}; using {}",
                        conflict.field.path(),
                        conflict.above,
                        conflict.below,
                        conflict.above
                    );
                }
                result.policy
            }
        });
        below_name = if below_name.is_empty() {
            (*part).to_string()
        } else {
            format!("{below_name}+{part}")
        };
    }
    if !errors.is_empty() {
        return Err(errors.join("\n"));
    }
    let policy = stacked.ok_or_else(|| format!("{name}: no packages to stack"))?;
    let problems = policy.problems(baseline);
    if problems.is_empty() {
        Ok(policy)
    } else {
        Err(problems
            .iter()
            .map(|p| {
                format!(
                    "{name}: error: {}: {}; expected {}",
                    p.path, p.message, p.expected
                )
            })
            .collect::<Vec<_>>()
            .join("\n"))
    }
}
