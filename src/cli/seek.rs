//! `levers seek`: the cheapest package that meets a target share by a year, or
//! (`--best`) the highest share reachable, written as a policy file; with
//! `--confidence P`, the cheapest that meets it in at least P of the Monte
//! Carlo draws. `--bound` and `--fix` limit what it may move.

use std::path::Path;

use levers_core::analysis::SeekResult;
use levers_core::analysis::dial::Limit;
use levers_core::analysis::robust_seek::seek_robust;
use levers_core::analysis::seek::SeekRequest;
use levers_core::policy::{MAX_BUDGET_CAP_HKD_BN, MAX_HORIZON, MAX_TARGET_SHARE_PCT};
use levers_core::{Baseline, LeverGroup, Policy, Target};
use levers_files::policy_file;
use levers_report::analysis as out;

use super::Failure;
use super::args::SeekArgs;
use super::input::load;
use super::output::{print, spinner};

/// `seek`'s arguments, checked: every number in range, the groups and the
/// names bounded or fixed known.
struct Seek<'a> {
    /// `None`: `--best`.
    target_share: Option<f64>,
    by: i32,
    budget: Option<f64>,
    groups: Vec<LeverGroup>,
    limits: Vec<Limit>,
    template: Policy,
    output: Option<&'a Path>,
}

impl<'a> Seek<'a> {
    fn of(baseline: &Baseline, args: &'a SeekArgs) -> Result<Seek<'a>, Failure> {
        let template = match args.package() {
            Some(path) => load(path, baseline)?,
            None => Policy::status_quo(),
        };
        let from_package = args.package().is_some();
        let target_share = if args.best {
            None
        } else {
            args.target_share
                .or(from_package.then_some(template.target.share_pct))
        };
        if let Some(share) = target_share
            && !(share.is_finite() && share > 0.0 && share <= MAX_TARGET_SHARE_PCT)
        {
            return Err(Failure::Invalid(format!(
                "--target-share {share}: expected a share of GDP above 0 and at most {MAX_TARGET_SHARE_PCT} (%)"
            )));
        }
        let first = baseline.first_policy_year();
        let by = args.by.unwrap_or(template.target.year);
        if !(first..=MAX_HORIZON).contains(&by) {
            return Err(Failure::Invalid(format!(
                "--by {by}: expected a year from {first} to {MAX_HORIZON}"
            )));
        }
        if let Some(cap) = args.budget
            && !(cap.is_finite() && cap > 0.0 && cap <= MAX_BUDGET_CAP_HKD_BN)
        {
            return Err(Failure::Invalid(format!(
                "--budget {cap}: expected HK$ bn a year above 0 and at most {MAX_BUDGET_CAP_HKD_BN}"
            )));
        }
        let groups = if args.levers.is_empty() && from_package {
            SeekRequest::for_package(&template).groups
        } else {
            parse_groups(&args.levers)?
        };
        let limits = super::seek_limits::limits(&template, &args.bound, &args.fix)?;
        super::seek_limits::check_in_search(&template, &limits, &groups)?;
        Ok(Seek {
            target_share,
            by,
            budget: args.budget,
            groups,
            limits,
            template,
            output: args.output.as_deref(),
        })
    }
}

pub fn run(baseline: &Baseline, args: &SeekArgs) -> Result<(), Failure> {
    let Seek {
        target_share,
        by,
        budget,
        groups,
        limits,
        template,
        output,
    } = Seek::of(baseline, args)?;
    let Some(target_share) = target_share else {
        return seek_best(baseline, by, budget, groups, limits, template, output);
    };
    let request = SeekRequest {
        target: Target {
            share_pct: target_share,
            year: by,
        },
        budget_cap_hkd_bn: budget.or(template.budget.cap_hkd_bn_per_year),
        groups,
        template,
        limits,
    };
    let (result, message, found) = search(baseline, &request, args);
    let mut policy = match result {
        SeekResult::Found { policy, .. } => policy,
        SeekResult::Unreachable(shortfall) => shortfall.policy,
    };
    super::input::project_checked(baseline, &policy)?;
    policy.name = match (found, args.confidence) {
        (true, None) => format!("Cheapest package for {target_share}% by {by}"),
        (true, Some(p)) => format!(
            "Cheapest package for {target_share}% by {by} in {:.0}% of draws",
            100.0 * p
        ),
        (false, _) => format!("Closest package to {target_share}% by {by}"),
    };
    policy.description.clone_from(&message);
    write_package(&policy, baseline, output)?;
    super::output::tell(&message);
    if found {
        Ok(())
    } else {
        Err(Failure::Invalid(format!(
            "levers seek: the target {target_share}% by {by} is not reachable{}",
            args.confidence
                .map_or(String::new(), |p| format!(" in {:.0}% of draws", 100.0 * p))
        )))
    }
}

/// The central search, or with `--confidence` the robust one; the message to
/// print, and whether the target was met (as often as asked).
fn search(
    baseline: &Baseline,
    request: &SeekRequest,
    args: &SeekArgs,
) -> (SeekResult, String, bool) {
    let (target, year) = (request.target.share_pct, request.target.year);
    if let Some(confidence) = args.confidence {
        let searching = spinner("searching for the cheapest robust package");
        let robust = seek_robust(baseline, request, confidence, args.draws, args.seed);
        searching.finish_and_clear();
        let message = out::seek::robust_message(&robust, target, year);
        let met = robust.probability_met >= confidence
            && matches!(robust.result, SeekResult::Found { .. });
        (robust.result, message, met)
    } else {
        let searching = spinner("searching for the cheapest package");
        let result = levers_core::analysis::seek(baseline, request);
        searching.finish_and_clear();
        let message = out::seek::message(&result, target, year);
        let met = matches!(result, SeekResult::Found { .. });
        (result, message, met)
    }
}

/// `levers seek --best`: the highest share reachable by `by`, written as a
/// policy file (its target is the template's share, for the year `by`).
fn seek_best(
    baseline: &Baseline,
    by: i32,
    budget: Option<f64>,
    groups: Vec<LeverGroup>,
    limits: Vec<Limit>,
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
        limits,
    };
    let searching = spinner("searching for the highest share reachable");
    let best = levers_core::analysis::seek::best_reachable(baseline, &request);
    searching.finish_and_clear();
    let message = format!(
        "Best reachable: {:.2}% of GDP in {by}; what binds: {}.",
        best.best_share_pct,
        out::seek::binding_list(&best.binding)
    );
    let mut policy = best.policy;
    policy.name = format!("Highest share reachable by {by}");
    policy.description.clone_from(&message);
    write_package(&policy, baseline, output)?;
    super::output::tell(&message);
    Ok(())
}

/// Writes the package found to `output`, or to stdout.
fn write_package(
    policy: &Policy,
    baseline: &Baseline,
    output: Option<&Path>,
) -> Result<(), Failure> {
    let text = policy_file::write_policy(policy, baseline);
    // Its `#:schema` line names the installed schema (see `levers new`).
    let _ = levers_files::schema_install::install(baseline);
    match output {
        Some(path) => super::output::write_output(path, text.as_bytes()),
        None => print(&text),
    }
}

/// `--levers rd,zone`: the lever groups named, each once; all four if none.
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
