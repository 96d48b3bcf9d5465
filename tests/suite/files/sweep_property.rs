//! Issue 22, defect 12, as a property: whatever axes a sweep is given, every
//! package it emits is one `check` accepts (the policy reader `check` uses
//! reads it back without a problem), and a sweep it refuses has a package that
//! breaks a rule. Axes that cross (a start varied past a varied end) were
//! emitted before: only the grid's first and last packages were checked.

use levers::cli::sweep_axis::parse_grid;
use levers_files::policy_file::{parse_policy, write_policy};
use levers_report::i18n::Lang;
use proptest::prelude::*;

use crate::support::{baseline, load, run};

const MEASURES: &str = "policies/announced-measures.toml";

/// `field=from..to:step` for one of the measure's timing fields or its amount.
fn axis() -> impl Strategy<Value = String> {
    prop_oneof![
        (2024..2034i32, 0..8i32, 1..4i32).prop_map(|(from, span, step)| format!(
            "zone_coinvestment.start={from}..{}:{step}",
            from + span
        )),
        (2024..2040i32, 0..8i32, 1..4i32).prop_map(|(from, span, step)| format!(
            "zone_coinvestment.end={from}..{}:{step}",
            from + span
        )),
        (0..6u32, 0..6u32).prop_map(|(from, span)| format!(
            "zone_coinvestment.ramp_years={from}..{}:1",
            from + span
        )),
        (0..10u32, 1..10u32)
            .prop_map(|(from, span)| format!("zone_coinvestment.amount={from}..{}:2", from + span)),
    ]
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(24))]
    #[test]
    fn a_sweep_never_emits_a_package_check_rejects(first in axis(), second in axis()) {
        let baseline = baseline();
        let policy = load(MEASURES, &baseline);
        let specs = vec![first.clone(), second.clone()];
        let result = run(&["sweep", MEASURES, "--vary", &first, "--vary", &second]);
        let Ok(grid) = parse_grid(Lang::En, &specs, &policy, &baseline) else {
            // An axis the sweep cannot build (two axes on one field, a step
            // past the range): refused, and nothing emitted.
            prop_assert_eq!(result.code, Some(2), "{}", result.stdout);
            prop_assert!(result.stdout.is_empty());
            return Ok(());
        };
        let rejected = |index: usize| {
            let mut package = policy.clone();
            grid.apply(index, &mut package, baseline.base_year + 2);
            parse_policy("swept.toml", &write_policy(&levers_report::i18n::Lang::En, &package, &baseline), &baseline).is_err()
        };
        if result.code == Some(0) {
            let rows = result.stdout.lines().count().saturating_sub(1);
            prop_assert_eq!(rows, grid.len());
            for index in 0..grid.len() {
                prop_assert!(!rejected(index), "row {} of {:?} is rejected by check", index + 1, specs);
            }
        } else {
            prop_assert_eq!(result.code, Some(2), "{}", result.stderr);
            prop_assert!(result.stderr.contains("breaks a rule"), "{}", result.stderr);
            prop_assert!((0..grid.len()).any(rejected), "refused with no bad package: {}", result.stderr);
        }
    }
}
