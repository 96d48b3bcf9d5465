//! `levers seek`: the cheapest package that meets a target share by a year, or
//! (`--best`) the highest share reachable, written as a policy file; with
//! `--confidence P`, the cheapest that meets it in at least P of the Monte
//! Carlo draws. `--bound` and `--fix` limit what it may move.

use std::path::Path;

use levers_core::analysis::SeekResult;
use levers_core::analysis::address::{Address, AddressError, resolve};
use levers_core::analysis::dial::Limit;
use levers_core::analysis::robust_seek::seek_robust;
use levers_core::analysis::seek::SeekRequest;
use levers_core::policy::{MAX_BUDGET_CAP_HKD_BN, MAX_HORIZON, MAX_TARGET_SHARE_PCT};
use levers_core::{Baseline, LeverGroup, Policy, Target};
use levers_files::policy_file;
use levers_report::analysis as out;
use levers_report::analysis::seek::Sought;

use super::Failure;
use super::args::SeekArgs;
use super::console::{print, spinner};
use super::input::load;
use levers_report::format::as_typed;
use levers_report::i18n::Lang;

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
    fn of(lang: Lang, baseline: &Baseline, args: &'a SeekArgs) -> Result<Seek<'a>, Failure> {
        super::output_name::package_named(lang, args.output.as_deref())?;
        let template = match args.package() {
            Some(path) => load(lang, path, baseline)?,
            None => Policy::status_quo(),
        };
        let from_package = args.package().is_some();
        // The share as typed (`1e400`, not `inf`), else the package's.
        let target_share = if args.best {
            None
        } else {
            args.target_share
                .as_ref()
                .map(|typed| (typed.value, typed.text.clone()))
                .or(from_package.then(|| {
                    let share = template.target.share_pct;
                    (share, as_typed(share))
                }))
        };
        if let Some((share, typed)) = &target_share
            && !(share.is_finite() && *share > 0.0 && *share <= MAX_TARGET_SHARE_PCT)
        {
            return Err(Failure::Invalid(lang.format(
                "seek-target-share-range",
                &[("value", typed), ("max", &MAX_TARGET_SHARE_PCT.to_string())],
            )));
        }
        let first = baseline.first_policy_year();
        let by = args.by.unwrap_or(template.target.year);
        if !(first..=MAX_HORIZON).contains(&by) {
            return Err(Failure::Invalid(lang.format(
                "seek-by-range",
                &[
                    ("year", &by.to_string()),
                    ("first", &first.to_string()),
                    ("last", &MAX_HORIZON.to_string()),
                ],
            )));
        }
        let budget = args.budget.as_ref().map(|typed| typed.value);
        if let Some(typed) = &args.budget
            && !(typed.value.is_finite()
                && typed.value > 0.0
                && typed.value <= MAX_BUDGET_CAP_HKD_BN)
        {
            return Err(Failure::Invalid(lang.format(
                "seek-budget-range",
                &[
                    ("value", &typed.text),
                    ("max", &MAX_BUDGET_CAP_HKD_BN.to_string()),
                ],
            )));
        }
        let groups = if args.levers.is_empty() && from_package {
            SeekRequest::for_package(&template).groups
        } else {
            parse_groups(lang, &template, &args.levers)?
        };
        let limits = super::seek_limits::limits(lang, &template, &args.bound, &args.fix)?;
        super::seek_limits::check_in_search(lang, &template, &limits, &groups)?;
        Ok(Seek {
            target_share: target_share.map(|(share, _)| share),
            by,
            budget,
            groups,
            limits,
            template,
            output: args.output.as_deref(),
        })
    }
}

pub fn run(lang: Lang, baseline: &Baseline, args: &SeekArgs) -> Result<(), Failure> {
    let Seek {
        target_share,
        by,
        budget,
        groups,
        limits,
        template,
        output,
    } = Seek::of(lang, baseline, args)?;
    // With no target share, the highest reachable: the template's share is
    // only its file's target.
    let request = SeekRequest {
        target: Target {
            share_pct: target_share.unwrap_or(template.target.share_pct),
            year: by,
        },
        budget_cap_hkd_bn: budget.or(template.budget.cap_hkd_bn_per_year),
        groups,
        template,
        limits,
    };
    check_year_acts(lang, baseline, &request, args)?;
    let written = Written { output, lang };
    let Some(target_share) = target_share else {
        return seek_best(baseline, &request, written);
    };
    let (result, message, found) = search(lang, baseline, &request, args);
    let mut policy = match result {
        SeekResult::Found { policy, .. } => policy,
        SeekResult::Unreachable(shortfall) => shortfall.policy,
    };
    super::input::project_checked(lang, baseline, &policy)?;
    let sought = if found {
        Sought::Cheapest {
            confidence: args.confidence,
        }
    } else {
        Sought::Closest
    };
    policy.name = out::seek::package_name(lang, sought, target_share, by);
    policy.description.clone_from(&message);
    write_package(&policy, baseline, written)?;
    super::console::tell(&message);
    if found {
        Ok(())
    } else {
        let (share, year) = (target_share.to_string(), by.to_string());
        let mut args_said = vec![("share", share.as_str()), ("year", year.as_str())];
        let pct = args.confidence.map(|p| format!("{:.0}", 100.0 * p));
        let id = match &pct {
            Some(pct) => {
                args_said.push(("pct", pct));
                "seek-unreachable-confidence"
            }
            None => "seek-unreachable",
        };
        Err(Failure::Invalid(lang.format(id, &args_said)))
    }
}

/// Refuses a target year before the first year a measure the search sets
/// acts (two years after the base year for a measure it adds): nothing it
/// sets could move the share by then. For every search: central, robust
/// (`--confidence`) and `--best`.
fn check_year_acts(
    lang: Lang,
    baseline: &Baseline,
    request: &SeekRequest,
    args: &SeekArgs,
) -> Result<(), Failure> {
    let first = levers_core::analysis::seek::first_acting_year(baseline, request);
    let year = request.target.year;
    if year >= first {
        return Ok(());
    }
    let (year, first) = (year.to_string(), first.to_string());
    let refusal = match (args.by, args.package()) {
        (None, Some(file)) => lang.format(
            "seek-file-year-before-measures",
            &[
                ("file", &file.display().to_string()),
                ("year", &year),
                ("first", &first),
            ],
        ),
        _ => lang.format(
            "seek-by-before-measures",
            &[("year", &year), ("first", &first)],
        ),
    };
    Err(Failure::Invalid(refusal))
}

/// The central search, or with `--confidence` the robust one; the message to
/// print, and whether the target was met (as often as asked).
fn search(
    lang: Lang,
    baseline: &Baseline,
    request: &SeekRequest,
    args: &SeekArgs,
) -> (SeekResult, String, bool) {
    let (target, year) = (request.target.share_pct, request.target.year);
    let sought = Sought::Cheapest {
        confidence: args.confidence,
    };
    let searching = spinner(&out::seek::searching(lang, sought));
    let found = if let Some(confidence) = args.confidence {
        let robust = seek_robust(baseline, request, confidence, args.draws, args.seed);
        let message = out::seek::robust_message(lang, &robust, target, year);
        let met = robust.probability_met >= confidence
            && matches!(robust.result, SeekResult::Found { .. });
        (robust.result, message, met)
    } else {
        let result = levers_core::analysis::seek(baseline, request);
        let message = out::seek::message(lang, &result, target, year);
        let met = matches!(result, SeekResult::Found { .. });
        (result, message, met)
    };
    searching.finish_and_clear();
    found
}

/// `levers seek --best`: the highest share reachable by `by`, written as a
/// policy file (its target is the template's share, for the year `by`).
fn seek_best(
    baseline: &Baseline,
    request: &SeekRequest,
    written: Written<'_>,
) -> Result<(), Failure> {
    let (lang, by) = (written.lang, request.target.year);
    let searching = spinner(&out::seek::searching(lang, Sought::Highest));
    let best = levers_core::analysis::seek::best_reachable(baseline, request);
    searching.finish_and_clear();
    let message = out::seek::best_message(lang, &best, by);
    let mut policy = best.policy;
    policy.name = out::seek::package_name(lang, Sought::Highest, request.target.share_pct, by);
    policy.description.clone_from(&message);
    write_package(&policy, baseline, written)?;
    super::console::tell(&message);
    Ok(())
}

/// Where and how the package found is written.
#[derive(Clone, Copy)]
struct Written<'a> {
    /// The file, or `None` for stdout.
    output: Option<&'a Path>,
    /// The language of the note that says where it went.
    lang: Lang,
}

/// Writes the package found to its file, or to stdout.
fn write_package(
    policy: &Policy,
    baseline: &Baseline,
    written: Written<'_>,
) -> Result<(), Failure> {
    let output = written.output;
    let text = policy_file::write_policy(&levers_report::i18n::Lang::En, policy, baseline);
    // Its `#:schema` line names the installed schema (see `levers new`).
    let _ = levers_files::schema_install::install(&Lang::En, baseline);
    match output {
        Some(path) => super::console::write_output(written.lang, path, text.as_bytes()),
        None => print(&text),
    }
}

/// What `--levers` takes, said when a name is none of it.
/// `--levers rd,zone`: the lever groups named, each once; all four if none.
/// Names are read by the core's resolver, so a misspelt group gets the same
/// did-you-mean as `--bound`, `--fix` and `sweep --vary`.
fn parse_groups(
    lang: Lang,
    template: &Policy,
    keys: &[String],
) -> Result<Vec<LeverGroup>, Failure> {
    if keys.is_empty() {
        return Ok(LeverGroup::ALL.to_vec());
    }
    let mut groups = Vec::new();
    for key in keys {
        let key = key.trim();
        let group = match resolve(template, key) {
            Ok(Address::Group(group)) => group,
            Ok(other) => {
                let why = lang.format("seek-levers-not-a-group", &[("key", key)]);
                return Err(not_a_group(lang, &why, group_of(template, other)));
            }
            Err(AddressError::Unknown { suggestion, .. }) => {
                let meant = suggestion
                    .and_then(|s| resolve(template, &s).ok())
                    .and_then(|address| group_of(template, address));
                let why = lang.format("seek-levers-unknown", &[("key", key)]);
                return Err(not_a_group(lang, &why, meant));
            }
            // `NAME.KEY` or `assumptions.NAME`: neither is a group.
            Err(_) => {
                let why = lang.format("seek-levers-not-a-group", &[("key", key)]);
                return Err(not_a_group(lang, &why, None));
            }
        };
        if !groups.contains(&group) {
            groups.push(group);
        }
    }
    Ok(groups)
}

/// `--levers KEY` refused: why, the group meant if it reads as one, and what
/// `--levers` takes.
fn not_a_group(lang: Lang, why: &str, meant: Option<LeverGroup>) -> Failure {
    let hint = super::address_words::hint(lang, meant.map(LeverGroup::key));
    Failure::Invalid(lang.format(
        "seek-levers-failed",
        &[
            ("why", why),
            ("hint", &hint),
            ("takes", &lang.text("seek-levers-takes")),
        ],
    ))
}

/// The lever group a dial or measure belongs to (none for an assumption).
fn group_of(template: &Policy, address: Address) -> Option<LeverGroup> {
    let measure_group = |index: usize| template.measures.get(index).map(|m| m.kind.field().group());
    match address {
        Address::Group(group) => Some(group),
        Address::Dial(field) => Some(field.group()),
        Address::Measure(index) | Address::MeasureField { index, .. } => measure_group(index),
        Address::Assumption(_) => None,
    }
}
