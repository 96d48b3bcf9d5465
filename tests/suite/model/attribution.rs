//! Attribution: Shapley parts add up to the change from the status quo, for the
//! shipped packages, for random valid packages, and through `levers explain`.

use levers_core::analysis::{Outcome, attribute, without_levers};
use levers_core::{Baseline, Funding, Lever, LeverField, LeverGroup, Policy, Timing, project};
use proptest::prelude::*;

use crate::support::{baseline, json, levers, load};

/// Efficiency, with a tolerance of 1e-9 relative to the outcome's magnitude.
fn assert_parts_add_up(baseline: &Baseline, policy: &Policy) {
    let attribution = attribute(baseline, policy);
    assert_eq!(attribution.groups, policy.levers.used().collect::<Vec<_>>());
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
    policy.set_lever_value(LeverField::GrantsHkdBnPerYear, 10.0, 2025);
    let attribution = attribute(&baseline, &policy);
    assert_eq!(attribution.groups, vec![LeverGroup::Rd]);
    for shares in &attribution.outcomes {
        assert_eq!(shares.parts, vec![shares.change()]);
    }
}

#[test]
fn no_levers_nothing_to_attribute() {
    let baseline = baseline();
    let attribution = attribute(&baseline, &Policy::status_quo());
    assert!(attribution.groups.is_empty());
    assert!(attribution.outcomes.iter().all(|o| o.parts.is_empty()));
}

fn lever_strategy(group: LeverGroup) -> impl Strategy<Value = Lever> {
    let fields: Vec<LeverField> = group.fields().collect();
    (
        proptest::collection::vec(0.0..=1.0f64, fields.len()),
        2024..=2030i32,
        0..=3u32,
    )
        .prop_map(move |(fractions, start, ramp_years)| {
            let mut lever = Lever::off(start);
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
            policy.levers.0 = [land, rd, talent, zone];
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
    assert_eq!(parts.len(), 4);
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
        "Land & rent",
        "R&D grants",
        "Talent",
        "Cooperation zone",
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
