//! Sought numbers a person would write: every money and quantity number of a
//! sought package (format 1 and 2, found or closest, robust or central, a
//! scheduled amount year by year) has at most the decimals its field shows,
//! and the share seek reports is the share of the package it writes.

use levers_core::analysis::dial::{Knob, Limit};
use levers_core::analysis::robust_seek::seek_robust;
use levers_core::analysis::seek::{SeekRequest, best_reachable};
use levers_core::analysis::{SeekResult, seek};
use levers_core::measure::Amount;
use levers_core::{LeverField, Policy, project};

use crate::support::{baseline, levers, load, run};

const ANNOUNCED_MEASURES: &str = "policies/announced-measures.toml";
const BLUEPRINT: &str = "policies/blueprint-2032.toml";
const SCHEDULES: &str = "tests/fixtures/valid/measures-schedules.toml";

/// Whether `value` has at most the decimals `field` shows.
fn on_display_decimals(field: LeverField, value: f64) -> bool {
    let scaled = value * 10f64.powi(field.spec().decimals as i32);
    (scaled - scaled.round()).abs() < 1e-9
}

/// Every money or quantity number of `policy` not on its field's decimals,
/// as `address = value`.
fn off_decimals(policy: &Policy) -> Vec<String> {
    let mut off = Vec::new();
    for measure in &policy.measures {
        let field = measure.kind.field();
        let values = match &measure.amount {
            Amount::Constant(value) => vec![*value],
            Amount::Schedule(points) => points.iter().map(|p| p.1).collect(),
        };
        for value in values {
            if !on_display_decimals(field, value) {
                off.push(format!("{}.amount = {value}", measure.name));
            }
        }
    }
    off
}

/// The package a seek answers with, and the share it reports for it.
fn answer(result: SeekResult) -> (Policy, f64) {
    match result {
        SeekResult::Found {
            policy, share_pct, ..
        } => (policy, share_pct),
        SeekResult::Unreachable(shortfall) => (shortfall.policy, shortfall.best_share_pct),
    }
}

/// Checks the package: on its decimals, and (read back from the file seek
/// would write) projecting exactly the share reported.
fn assert_clean(what: &str, policy: &Policy, share_pct: f64) {
    let baseline = baseline();
    assert_eq!(off_decimals(policy), Vec::<String>::new(), "{what}");
    let text =
        levers_files::policy_file::write_policy(&levers_report::i18n::Lang::En, policy, &baseline);
    let read = levers_files::policy_file::parse_policy("sought.toml", &text, &baseline)
        .unwrap_or_else(|e| panic!("{what}: {}\n{text}", levers::shown::in_english(&e)));
    let projected = project(&baseline, &read).target.projected_share_pct;
    assert_eq!(projected, share_pct, "{what}\n{text}");
}

fn request_for(path: &str, share_pct: f64) -> SeekRequest {
    let mut request = SeekRequest::for_package(&load(path, &baseline()));
    request.target.share_pct = share_pct;
    request
}

#[test]
fn every_sought_number_has_at_most_its_fields_decimals_and_projects_the_share_reported() {
    let baseline = baseline();
    // Reachable targets and the packages' own 5%, which is out of reach: the
    // closest package is rounded too.
    for (path, share_pct) in [
        (ANNOUNCED_MEASURES, 0.65),
        (ANNOUNCED_MEASURES, 5.0),
        (BLUEPRINT, 0.8),
        (BLUEPRINT, 5.0),
        ("policies/land-led.toml", 5.0),
    ] {
        let request = request_for(path, share_pct);
        let (policy, share) = answer(seek(&baseline, &request));
        assert_clean(&format!("{path} at {share_pct}%"), &policy, share);
        let best = best_reachable(&baseline, &request);
        assert_clean(
            &format!("{path}, best reachable"),
            &best.policy,
            best.best_share_pct,
        );
    }
}

#[test]
fn a_robust_seek_writes_numbers_on_their_decimals_too() {
    let baseline = baseline();
    let robust = seek_robust(
        &baseline,
        &request_for(ANNOUNCED_MEASURES, 0.65),
        0.8,
        40,
        7,
    );
    let (policy, share) = answer(robust.result);
    assert_clean("robust", &policy, share);
}

#[test]
fn a_scheduled_amount_is_rounded_year_by_year() {
    let baseline = baseline();
    let mut template = load(SCHEDULES, &baseline);
    let nias = template
        .measures
        .iter()
        .position(|m| m.name == "nias")
        .unwrap_or_else(|| panic!("nias in {SCHEDULES}"));
    let rfs = template
        .measures
        .iter()
        .position(|m| m.name == "rfs")
        .unwrap_or_else(|| panic!("rfs in {SCHEDULES}"));
    // Thirds: scaling this shape to a peak on the 0.1 grid gives years off it.
    // Small enough to stay within the demand for co-investment, where more
    // money still buys more (beyond it an offer stays unspent).
    template.measures[nias].amount = Amount::Schedule(vec![(2025, 0.1), (2028, 0.3)]);
    let mut request = SeekRequest::for_package(&template);
    request.target.share_pct = 1.0; // above the fixture's own 2032 share under the 2023 baseline
    // The schedule's shape is kept only above a floor; the other co-investment
    // is held at 0 so that the schedule has to move.
    request.limits = vec![
        Limit {
            knob: Knob::MeasureAmount(nias),
            low: 0.3,
            high: 50.0,
        },
        Limit {
            knob: Knob::MeasureAmount(rfs),
            low: 0.0,
            high: 0.0,
        },
    ];
    let (policy, share) = answer(seek(&baseline, &request));
    let Amount::Schedule(points) = &policy.measures[nias].amount else {
        panic!(
            "nias keeps its schedule: {:?}",
            policy.measures[nias].amount
        );
    };
    assert!(points[1].1 > 0.3, "the schedule moved: {points:?}");
    assert!(points[0].1 < points[1].1, "its shape is kept: {points:?}");
    assert_clean("schedule", &policy, share);
}

/// The share seek reports on standard error: "Found: 0.65% …" or "… The
/// best found reaches 0.84% …".
fn reported_share(text: &str) -> Option<&str> {
    let (_, rest) = text
        .split_once("Found: ")
        .or_else(|| text.split_once("The best found reaches "))?;
    rest.split('%').next()
}

/// Numbers written with four or more decimals (`66.66666666666666`).
fn long_decimals(text: &str) -> Vec<&str> {
    text.split(|c: char| !(c.is_ascii_digit() || c == '.'))
        .filter(|word| {
            word.split_once('.')
                .is_some_and(|(whole, decimals)| !whole.is_empty() && decimals.len() >= 4)
        })
        .collect()
}

#[test]
fn eval_of_the_written_file_gives_the_share_seek_reported() {
    // Land-led's closest package to 5% used to write 22.22222222222222 ha.
    for (path, share) in [
        (ANNOUNCED_MEASURES, "0.65"),
        (BLUEPRINT, "0.8"),
        ("policies/land-led.toml", "5"),
    ] {
        let dir = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
        let out = dir.path().join("sought.toml").display().to_string();
        let sought = run(&["seek", path, "--target-share", share, "-o", &out]);
        let reported = reported_share(&sought.stderr)
            .unwrap_or_else(|| panic!("a share in: {}", sought.stderr))
            .to_string();
        let written = std::fs::read_to_string(&out).unwrap_or_else(|e| panic!("{e}"));
        assert_eq!(long_decimals(&written), Vec::<&str>::new(), "{written}");
        let output = levers()
            .args(["eval", &out, "--format", "json"])
            .output()
            .unwrap_or_else(|e| panic!("{e}"));
        let value: serde_json::Value =
            serde_json::from_slice(&output.stdout).unwrap_or_else(|e| panic!("{e}"));
        let projected = value["target"]["projected_share_pct"]
            .as_f64()
            .unwrap_or_else(|| panic!("{value}"));
        assert_eq!(
            format!("{projected:.2}"),
            reported,
            "{path} at {share}%: {}",
            sought.stderr
        );
    }
}

#[test]
fn a_scheduled_amount_keeps_its_shape_through_a_search_that_starts_at_zero() {
    let baseline = baseline();
    let template = load(SCHEDULES, &baseline);
    let shape = |policy: &Policy| -> Vec<(i32, f64)> {
        policy
            .measures
            .iter()
            .find_map(|m| match &m.amount {
                Amount::Schedule(points) => {
                    let peak = m.amount.peak();
                    Some(points.iter().map(|(y, v)| (*y, v / peak)).collect())
                }
                Amount::Constant(_) => None,
            })
            .unwrap_or_default()
    };
    let before = shape(&template);
    assert_eq!(before.len(), 2, "the fixture has a two-year schedule");
    let mut checked = 0;
    // Reachable targets and an unreachable one, whose closest package has
    // every measure at its most.
    for share_pct in [0.9, 1.0, 1.2, 5.0] {
        let sought = match seek(&baseline, &request_for(SCHEDULES, share_pct)) {
            SeekResult::Found { policy, .. } => policy,
            SeekResult::Unreachable(shortfall) => shortfall.policy,
        };
        let after = shape(&sought);
        if after.iter().any(|(_, share)| share.is_nan()) {
            continue; // the measure is not needed: every year is 0
        }
        checked += 1;
        assert_eq!(after.len(), before.len(), "{share_pct}: {after:?}");
        for ((y0, s0), (y1, s1)) in before.iter().zip(&after) {
            assert_eq!(y0, y1);
            // Rounding to the field's decimals may move a year by one step.
            assert!(
                (s0 - s1).abs() < 0.05,
                "{share_pct}: {before:?} became {after:?}"
            );
        }
    }
    assert!(checked > 0, "some search used the scheduled measure");
}

#[test]
fn two_measures_of_one_kind_at_their_maxima_name_the_kind_once() {
    let baseline = baseline();
    let SeekResult::Unreachable(shortfall) = seek(&baseline, &request_for(SCHEDULES, 5.0)) else {
        panic!("5% is out of reach for the fixture");
    };
    let ceilings = shortfall
        .binding
        .iter()
        .find_map(|b| match b {
            levers_core::analysis::seek::Binding::LeverCeilings(fields) => Some(fields.clone()),
            _ => None,
        })
        .unwrap_or_default();
    assert!(!ceilings.is_empty(), "{:?}", shortfall.binding);
    for field in &ceilings {
        assert_eq!(
            ceilings.iter().filter(|f| *f == field).count(),
            1,
            "{ceilings:?}"
        );
    }
}

/// A money lever at its maximum that firms take up only part of is held back
/// by their demand, not by the maximum: cutting it changes nothing (an audit
/// cut the best package's grants from 100 to 10 and co-investment from 50 to
/// 5 and found the same share and cost to every digit).
#[test]
fn money_offered_beyond_demand_binds_by_demand_not_by_its_maximum() {
    use levers_core::analysis::seek::Binding;
    let baseline = baseline();
    let best = best_reachable(&baseline, &request_for(BLUEPRINT, 5.0));
    let demand = best
        .binding
        .iter()
        .find_map(|b| match b {
            Binding::Demand(fields) => Some(fields.clone()),
            _ => None,
        })
        .unwrap_or_default();
    assert!(
        demand.contains(&LeverField::GrantsHkdBnPerYear),
        "{:?}",
        best.binding
    );
    for binding in &best.binding {
        if let Binding::LeverCeilings(fields) = binding {
            assert!(
                fields.iter().all(|f| !demand.contains(f)),
                "{:?}",
                best.binding
            );
        }
    }
    // And indeed: the grants' offer cut to half projects the same.
    let year = |p: &Policy| {
        let projection = project(&baseline, p);
        let row = projection.year(2032).copied().unwrap_or_default();
        (
            row.manufacturing_share_pct,
            row.cumulative_fiscal_cost_hkd_bn,
        )
    };
    let mut cut = best.policy.clone();
    let most = LeverField::GrantsHkdBnPerYear.spec().max;
    cut.set_dial(LeverField::GrantsHkdBnPerYear, most / 2.0, 2025);
    assert_eq!(year(&cut), year(&best.policy));
}
