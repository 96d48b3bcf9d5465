//! The analyses that read only the target year (attribution, robust seek's
//! chance, Sobol runs) project only up to it (`horizon_for_target`). That is
//! exact because the projection runs forward in time: every year up to the
//! target comes out bit for bit as in the full projection, for every example
//! package and under drawn assumptions.

use levers_core::analysis::DEFAULT_SEED;
use levers_core::analysis::uncertainty::drawn_assumptions;
use levers_core::project::horizon_for_target;
use levers_core::{Policy, project};

use crate::support::{baseline, example_packages, load};

fn assert_prefix_identical(policy: &Policy, what: &str) {
    let baseline = baseline();
    let full = project(&baseline, policy);
    let mut short_policy = policy.clone();
    short_policy.horizon = horizon_for_target(&baseline, policy);
    assert!(short_policy.horizon <= policy.horizon, "{what}");
    let short = project(&baseline, &short_policy);
    assert!(!short.years.is_empty(), "{what}");
    assert_eq!(
        short.years[..],
        full.years[..short.years.len()],
        "{what}: the years up to the target are the full projection's"
    );
    assert_eq!(short.target.met, full.target.met, "{what}");
    assert_eq!(
        short.target.projected_share_pct.to_bits(),
        full.target.projected_share_pct.to_bits(),
        "{what}"
    );
}

#[test]
fn projecting_to_the_target_year_gives_the_full_projections_years_bit_for_bit() {
    let baseline = baseline();
    let packages = example_packages();
    assert!(packages.len() >= 4, "the examples are found");
    for path in packages {
        let name = path.display().to_string();
        let policy = load(&name, &baseline);
        assert_prefix_identical(&policy, &name);
        for draw in 0..20 {
            let mut drawn = policy.clone();
            drawn.assumptions = drawn_assumptions(&baseline, &policy, DEFAULT_SEED, draw);
            drawn.assumptions.extend_from_slice(&policy.assumptions);
            assert_prefix_identical(&drawn, &format!("{name}, draw {draw}"));
        }
    }
}

#[test]
fn a_target_year_past_the_horizon_keeps_the_horizon() {
    let baseline = baseline();
    let mut policy = load("policies/announced.toml", &baseline);
    policy.target.year = policy.horizon + 5;
    assert_eq!(horizon_for_target(&baseline, &policy), policy.horizon);
    policy.target.year = baseline.base_year - 3;
    assert_eq!(
        horizon_for_target(&baseline, &policy),
        baseline.first_policy_year()
    );
}
