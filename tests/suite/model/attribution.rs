//! Attribution: Shapley parts add up to the change from the status quo, for the
//! shipped packages, for random valid packages, and through `levers explain`.

use levers_core::analysis::{
    AttributionMethod, Contributor, EXACT_LIMIT, MAX_SAMPLED_PLAYERS, Outcome, attribute,
    without_levers,
};
use levers_core::measure::{Amount, Measure, MeasureKind};
use levers_core::{Baseline, Funding, LeverField, LeverGroup, Policy, Timing, project};
use proptest::prelude::*;

use crate::support::{Group, baseline, json, levers, load};

/// Efficiency, with a tolerance of 1e-9 relative to the outcome's magnitude.
fn assert_parts_add_up(baseline: &Baseline, policy: &Policy) {
    let attribution = attribute(baseline, policy);
    let expected: Vec<Contributor> = policy
        .measures
        .iter()
        .map(|m| Contributor::Measure {
            name: m.name.clone(),
            label: m.label.clone(),
            kind: m.kind,
        })
        .collect();
    assert_eq!(attribution.contributors, expected);
    for shares in &attribution.outcomes {
        let sum: f64 = shares.parts.iter().sum();
        let scale = shares.total.abs().max(shares.status_quo.abs()).max(1.0);
        assert!(
            (sum - shares.change()).abs() <= 1e-9 * scale,
            "{}: parts {:?} sum to {sum}, change {}",
            shares.outcome.key(),
            shares.parts,
            shares.change()
        );
    }
    let status_quo = project(baseline, &without_levers(policy));
    let full = project(baseline, policy);
    for shares in &attribution.outcomes {
        assert_eq!(shares.status_quo, shares.outcome.value(&status_quo, policy));
        assert_eq!(shares.total, shares.outcome.value(&full, policy));
    }
}

#[test]
fn parts_add_up_to_the_change_for_every_shipped_package() {
    let baseline = baseline();
    for path in crate::support::example_packages() {
        assert_parts_add_up(&baseline, &load(&path.display().to_string(), &baseline));
    }
}

#[test]
fn a_single_lever_gets_the_whole_change() {
    let baseline = baseline();
    let mut policy = Policy::status_quo();
    policy.set_dial(LeverField::GrantsHkdBnPerYear, 10.0, 2025);
    let attribution = attribute(&baseline, &policy);
    assert_eq!(
        attribution.contributors,
        vec![Contributor::Measure {
            name: "rd_grants".into(),
            label: None,
            kind: MeasureKind::RdGrants,
        }]
    );
    for shares in &attribution.outcomes {
        assert_eq!(shares.parts, vec![shares.change()]);
    }
}

#[test]
fn no_levers_nothing_to_attribute() {
    let baseline = baseline();
    let attribution = attribute(&baseline, &Policy::status_quo());
    assert!(attribution.contributors.is_empty());
    assert!(attribution.outcomes.iter().all(|o| o.parts.is_empty()));
}

fn lever_strategy(group: LeverGroup) -> impl Strategy<Value = Group> {
    let fields: Vec<LeverField> = group.fields().collect();
    (
        proptest::collection::vec(0.0..=1.0f64, fields.len()),
        2024..=2030i32,
        0..=3u32,
    )
        .prop_map(move |(fractions, start, ramp_years)| {
            let mut lever = Group::off(group, start);
            lever.timing = Timing {
                start,
                ramp_years,
                end: None,
            };
            for (field, fraction) in fields.iter().zip(fractions) {
                let spec = field.spec();
                let mut value = spec.min + fraction * (spec.max - spec.min);
                if spec.integer {
                    value = value.round();
                }
                lever.values[field.slot()] = value;
            }
            lever
        })
}

fn policy_strategy() -> impl Strategy<Value = Policy> {
    (
        proptest::option::of(lever_strategy(LeverGroup::Land)),
        proptest::option::of(lever_strategy(LeverGroup::Rd)),
        proptest::option::of(lever_strategy(LeverGroup::Talent)),
        proptest::option::of(lever_strategy(LeverGroup::Zone)),
        proptest::option::of(5.0..200.0f64),
        0..3usize,
    )
        .prop_map(|(land, rd, talent, zone, cap, funding)| {
            let mut policy = Policy::status_quo();
            for group in [land, rd, talent, zone].iter().flatten() {
                group.add_to(&mut policy);
            }
            policy.budget.cap_hkd_bn_per_year = cap;
            policy.budget.funding = Funding::ALL[funding];
            policy
        })
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(64))]
    #[test]
    fn parts_add_up_for_random_valid_packages(policy in policy_strategy()) {
        let baseline = baseline();
        prop_assume!(policy.problems(&baseline).is_empty());
        assert_parts_add_up(&baseline, &policy);
    }
}

#[test]
fn explain_parts_sum_to_the_eval_difference_from_the_status_quo() {
    let explained = json(&[
        "explain",
        "policies/blueprint-2032.toml",
        "--format",
        "json",
    ]);
    let package = json(&["eval", "policies/blueprint-2032.toml", "--format", "json"]);
    let status_quo = json(&["eval", "policies/status-quo.toml", "--format", "json"]);
    let share_in_2032 = |v: &serde_json::Value| v["target"]["projected_share_pct"].as_f64();
    let (Some(with), Some(without)) = (share_in_2032(&package), share_in_2032(&status_quo)) else {
        panic!("no target share in eval output");
    };
    let share = &explained["outcomes"][0];
    assert_eq!(share["outcome"], Outcome::ShareInTargetYear.key());
    let parts = share["parts"]
        .as_object()
        .unwrap_or_else(|| panic!("parts"));
    // A format-1 file's dials are read as measures: one part per measure.
    assert_eq!(parts.len(), 8);
    let sum: f64 = parts.values().filter_map(serde_json::Value::as_f64).sum();
    assert!(
        (sum - (with - without)).abs() < 1e-9,
        "{sum} vs {}",
        with - without
    );
}

#[test]
fn explain_table_names_every_lever_and_the_shapley_sentence() {
    let output = levers()
        .args(["explain", "policies/blueprint-2032.toml"])
        .output()
        .unwrap_or_else(|e| panic!("{e}"));
    assert!(output.status.success());
    let text = String::from_utf8_lossy(&output.stdout);
    for label in [
        "Rent subsidy",
        "R&D grants",
        "Talent admissions",
        "Co-investment",
        "Shapley",
    ] {
        assert!(text.contains(label), "{label} missing:\n{text}");
    }
}

#[test]
fn explain_of_a_missing_file_is_invalid_input() {
    levers()
        .args(["explain", "no-such-file.toml"])
        .assert()
        .code(2);
}

/// `count` grant measures of different sizes, each with its own timing.
fn grant_measures(count: usize) -> Policy {
    let mut policy = Policy::status_quo();
    policy.measures = (0..count)
        .map(|i| {
            Measure::new(
                format!("scheme_{i}"),
                MeasureKind::RdGrants,
                Amount::Constant(1.0 + i as f64 * 0.5),
                2025 + (i % 4) as i32,
            )
        })
        .collect();
    policy
}

#[test]
fn measures_are_attributed_exactly_up_to_the_limit() {
    let baseline = baseline();
    let policy = grant_measures(EXACT_LIMIT);
    let attribution = attribute(&baseline, &policy);
    assert_eq!(attribution.method, AttributionMethod::Exact);
    assert_eq!(attribution.contributors.len(), EXACT_LIMIT);
    assert_parts_add_up(&baseline, &policy);
    let share = attribution
        .outcome(Outcome::ShareInTargetYear)
        .expect("share");
    // A larger, earlier grant gives more than a smaller, later one.
    assert!(
        share.parts[EXACT_LIMIT - 4] > share.parts[0],
        "{:?}",
        share.parts
    );
}

/// Issue 22, defect 6: attribution grew as n² (800 measures: 23 s, 10,000: an
/// hour). Past `MAX_SAMPLED_PLAYERS` the measures are attributed by kind:
/// exact, with work linear in the number of measures, parts adding up.
#[test]
fn thousands_of_measures_are_attributed_by_kind_with_bounded_work() {
    let baseline = baseline();
    let policy = grant_measures(MAX_SAMPLED_PLAYERS + 1);
    let attribution = attribute(&baseline, &policy);
    assert_eq!(attribution.method, AttributionMethod::Exact);
    assert!(
        attribution.contributors == [Contributor::Kind(MeasureKind::RdGrants)],
        "{} contributors",
        attribution.contributors.len()
    );
    for shares in &attribution.outcomes {
        let scale = shares.total.abs().max(shares.status_quo.abs()).max(1.0);
        assert!((shares.parts[0] - shares.change()).abs() <= 1e-9 * scale);
    }
}

#[test]
fn beyond_the_limit_sampled_parts_add_up_and_state_their_error() {
    let baseline = baseline();
    let policy = grant_measures(EXACT_LIMIT + 2);
    let attribution = attribute(&baseline, &policy);
    assert!(matches!(
        attribution.method,
        AttributionMethod::SampledOrders(n) if n > 0
    ));
    assert_parts_add_up(&baseline, &policy);
    let share = attribution
        .outcome(Outcome::ShareInTargetYear)
        .expect("share");
    assert_eq!(share.standard_errors.len(), EXACT_LIMIT + 2);
    assert!(
        share
            .standard_errors
            .iter()
            .all(|e| e.is_finite() && *e >= 0.0)
    );
    // Reproducible: the sampling is seeded.
    assert_eq!(attribute(&baseline, &policy), attribution);
    // Precise enough to rank measures: every error is small beside the change.
    let largest_error = share.standard_errors.iter().fold(0.0_f64, |m, e| m.max(*e));
    assert!(
        largest_error < 0.05 * share.change().abs().max(1e-6),
        "{largest_error}"
    );
}

#[test]
fn a_format_2_package_is_attributed_to_its_measures_by_name() {
    let baseline = baseline();
    let policy = load("policies/announced-measures.toml", &baseline);
    let attribution = attribute(&baseline, &policy);
    let keys: Vec<&str> = attribution
        .contributors
        .iter()
        .map(Contributor::key)
        .collect();
    let names: Vec<&str> = policy.measures.iter().map(|m| m.name.as_str()).collect();
    assert_eq!(keys, names);
    let value = json(&[
        "explain",
        "policies/announced-measures.toml",
        "--format",
        "json",
    ]);
    assert_eq!(value["groups"][0], names[0]);
    assert_eq!(value["method"], "exact");
}

/// A format-2 measure of `kind` at `amount` from 2026.
fn measure(name: &str, kind: MeasureKind, amount: f64) -> Measure {
    Measure::new(name, kind, Amount::Constant(amount), 2026)
}

#[test]
fn per_kind_attribution_is_the_shapley_value_of_the_kinds_as_players() {
    let baseline = baseline();
    let mut policy = Policy::status_quo();
    policy.budget.cap_hkd_bn_per_year = Some(8.0);
    policy.measures = vec![
        measure("nias", MeasureKind::RdGrants, 6.0),
        measure("land", MeasureKind::LandRelease, 20.0),
        measure("itf", MeasureKind::RdGrants, 5.0),
    ];
    let by_kind = levers_core::analysis::attribute_by_kind(&baseline, &policy);
    assert_eq!(
        by_kind.contributors,
        vec![
            Contributor::Kind(MeasureKind::LandRelease),
            Contributor::Kind(MeasureKind::RdGrants)
        ]
    );
    // Two players: each kind's part is the mean of its two marginal gains,
    // projected here directly with the kind's measures switched on together.
    let share = |names: &[&str]| {
        let mut subset = policy.clone();
        subset.measures.retain(|m| names.contains(&m.name.as_str()));
        Outcome::ShareInTargetYear.value(&project(&baseline, &subset), &policy)
    };
    let (none, land, rd, all) = (
        share(&[]),
        share(&["land"]),
        share(&["nias", "itf"]),
        share(&["nias", "land", "itf"]),
    );
    let expected_land = 0.5 * (land - none) + 0.5 * (all - rd);
    let expected_rd = 0.5 * (rd - none) + 0.5 * (all - land);
    let shares = by_kind
        .outcome(Outcome::ShareInTargetYear)
        .expect("share attributed");
    assert!(
        (shares.parts[0] - expected_land).abs() < 1e-12,
        "{shares:?}"
    );
    assert!((shares.parts[1] - expected_rd).abs() < 1e-12, "{shares:?}");
    // Not the sum of the measures' parts: the budget cap makes the two grant
    // schemes interact, and per measure that interaction is split differently.
    let per_measure = attribute(&baseline, &policy);
    let measure_shares = per_measure
        .outcome(Outcome::ShareInTargetYear)
        .expect("share attributed");
    let summed_rd = measure_shares.parts[0] + measure_shares.parts[2];
    assert!((shares.parts[0] + shares.parts[1] - shares.change()).abs() < 1e-12);
    assert!(
        (summed_rd - shares.parts[1]).abs() > 1e-9,
        "kind part {} equals the summed measure parts {summed_rd}",
        shares.parts[1]
    );
}
