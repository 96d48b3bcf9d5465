//! Properties of the projection over random valid packages (proptest).

use levers_core::policy::MAX_HORIZON;
use levers_core::{
    Budget, Funding, LeverField, LeverGroup, Policy, Projection, Target, Timing, YearOutcome,
    project,
};
use levers_files::policy_file::{parse_policy, write_policy};
use proptest::prelude::*;

use crate::support::{Group, baseline};

fn lever_strategy(group: LeverGroup, horizon: i32) -> impl Strategy<Value = Option<Group>> {
    let fields: Vec<LeverField> = group.fields().collect();
    let values = fields
        .iter()
        .map(|f| {
            let spec = f.spec();
            if spec.integer {
                (spec.min as i64..=spec.max as i64)
                    .prop_map(|v| v as f64)
                    .boxed()
            } else {
                (spec.min..=spec.max).boxed()
            }
        })
        .collect::<Vec<_>>();
    let timing = (2024..=horizon).prop_flat_map(move |start| {
        let max_ramp = (horizon - start).clamp(0, 10) as u32;
        (
            Just(start),
            0..=max_ramp,
            proptest::option::of(start..=MAX_HORIZON),
        )
    });
    let weights = proptest::option::of(
        proptest::array::uniform5(0.0..=3.0f64)
            .prop_filter("some weight", |w| w.iter().any(|x| *x > 0.0)),
    );
    proptest::option::of((values, timing, weights).prop_map(
        move |(values, (start, ramp_years, end), weights)| {
            let mut slots = [0.0; 3];
            for (field, value) in fields.iter().zip(values) {
                slots[field.slot()] = value;
            }
            Group {
                of: group,
                values: slots,
                timing: Timing {
                    start,
                    ramp_years,
                    end,
                },
                // The talent group cannot target sectors (`check` refuses it).
                sector_weights: weights.filter(|_| group != LeverGroup::Talent),
            }
        },
    ))
}

prop_compose! {
    fn policy_strategy()(horizon in 2026..=2060i32)(
        horizon in Just(horizon),
        // Any name but a blank one, which the package rules refuse.
        name in "[!-~][ -~]{0,23}|[\\PC&&\\S]\\PC{0,11}",
        target_year in 2024..=horizon,
        share in 0.5..=20.0f64,
        cap in proptest::option::of(1.0..=200.0f64),
        funding in prop_oneof![Just(Funding::Reserves), Just(Funding::Borrowing), Just(Funding::Reallocation)],
        land in lever_strategy(LeverGroup::Land, horizon),
        rd in lever_strategy(LeverGroup::Rd, horizon),
        talent in lever_strategy(LeverGroup::Talent, horizon),
        zone in lever_strategy(LeverGroup::Zone, horizon),
    ) -> Policy {
        let mut policy = Policy {
            name,
            description: String::new(),
            horizon,
            target: Target { share_pct: share, year: target_year },
            budget: Budget { cap_hkd_bn_per_year: cap, funding },
            measures: Vec::new(),
            assumptions: Vec::new(),
        };
        for group in [land, rd, talent, zone].iter().flatten() {
            group.add_to(&mut policy);
        }
        policy
    }
}

fn every_number(y: &YearOutcome) -> Vec<f64> {
    let mut numbers = vec![
        y.gdp_hkd_bn,
        y.manufacturing_value_added_hkd_bn,
        y.manufacturing_share_pct,
        y.manufacturing_jobs,
        y.direct_jobs_added,
        y.induced_jobs,
        y.gross_jobs_added,
        y.net_jobs_added,
        y.hhi,
        y.effective_sectors,
        y.shannon_evenness(),
        y.fiscal_cost_hkd_bn,
        y.cumulative_fiscal_cost_hkd_bn,
        y.gba_value_added_hkd_bn,
        y.crowding_out_hkd_bn,
        y.knowledge_stock_added_hkd_bn,
        y.cost_ratio_to_shenzhen,
        y.new_capacity_hkd_bn,
        y.labour_ceiling_jobs,
        y.floor_space_ceiling_m2,
        y.floor_space_used_m2,
        y.capacity_utilisation,
        y.budget_scale,
    ];
    numbers.extend(y.sector_value_added_hkd_bn);
    numbers.extend(y.sector_jobs);
    numbers.extend(y.cost_per_net_job_hkd);
    numbers
}

/// The series a lever acts on first: its own direct effect.
fn direct_effect(field: LeverField, y: &YearOutcome) -> f64 {
    match field {
        LeverField::RentSubsidyPct => -y.cost_ratio_to_shenzhen,
        LeverField::LandReleaseHaPerYear => y.floor_space_ceiling_m2,
        LeverField::GrantsHkdBnPerYear => y.knowledge_stock_added_hkd_bn,
        // Asking for more private money loses takers (docs/MODEL.md): its own
        // effect is on take-up, which it can never raise.
        LeverField::CofundingRatio => -y.rd_grant_take_up,
        LeverField::AdmissionsPerYear | LeverField::TrainingPlacesPerYear => y.labour_ceiling_jobs,
        LeverField::ProfitsTaxConcessionPp | LeverField::CoinvestmentHkdBnPerYear => {
            y.new_capacity_hkd_bn + y.gba_value_added_hkd_bn
        }
        LeverField::ScaleupInGbaShare => y.gba_value_added_hkd_bn,
    }
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 256, ..ProptestConfig::default() })]

    #[test]
    fn generated_packages_are_valid(policy in policy_strategy()) {
        let problems = policy.problems(&baseline());
        prop_assert!(problems.is_empty(), "{problems:?}");
    }

    #[test]
    fn the_same_package_gives_bit_identical_output(policy in policy_strategy()) {
        let baseline = baseline();
        let first = project(&baseline, &policy);
        let second = project(&baseline, &policy.clone());
        prop_assert_eq!(format!("{first:?}"), format!("{second:?}"));
    }

    #[test]
    fn outputs_are_finite_and_within_their_natural_bounds(policy in policy_strategy()) {
        let projection = project(&baseline(), &policy);
        prop_assert_eq!(projection.years.len() as i32, policy.horizon - 2023 + 1);
        for year in &projection.years {
            for number in every_number(year) {
                prop_assert!(number.is_finite(), "{year:?}");
            }
            prop_assert!((0.0..=100.0).contains(&year.manufacturing_share_pct));
            prop_assert!(year.manufacturing_jobs >= 0.0 && year.sector_jobs.iter().all(|j| *j >= 0.0));
            prop_assert!(year.sector_value_added_hkd_bn.iter().all(|v| *v >= 0.0));
            prop_assert!((0.0..=1.0).contains(&year.capacity_utilisation));
            prop_assert!(year.budget_scale > 0.0 && year.budget_scale <= 1.0);
            prop_assert!(year.fiscal_cost_hkd_bn >= 0.0);
            prop_assert!(
                year.floor_space_used_m2 <= year.floor_space_ceiling_m2 * (1.0 + 1e-12) || year.capacity_utilisation == 0.0,
                "{}: floor {} > {}", year.year, year.floor_space_used_m2, year.floor_space_ceiling_m2
            );
        }
    }

    #[test]
    fn a_package_without_levers_reproduces_the_baseline_trend(mut policy in policy_strategy()) {
        let baseline = baseline();
        policy.measures.clear();
        let projection = project(&baseline, &policy);
        for (t, year) in projection.years.iter().enumerate() {
            for (i, sector) in baseline.params.sectors.iter().enumerate() {
                let trend = sector.value_added_hkd_bn * (1.0 + sector.growth).powi(t as i32);
                let value = year.sector_value_added_hkd_bn[i];
                prop_assert!((value - trend).abs() <= 1e-9 * trend, "{} {t}: {value} vs {trend}", i);
            }
            prop_assert_eq!(year.fiscal_cost_hkd_bn, 0.0);
            prop_assert_eq!(year.net_jobs_added, 0.0);
        }
    }

    #[test]
    fn more_of_a_lever_never_lowers_its_own_direct_effect(
        mut policy in policy_strategy(),
        field_index in 0..LeverField::ALL.len(),
        increase in 0.01..=1.0f64,
    ) {
        // Without a budget cap: under a cap, raising one lever scales the others
        // down, which is deliberate (docs/MODEL.md) and tested separately.
        let baseline = baseline();
        policy.budget.cap_hkd_bn_per_year = None;
        let field = LeverField::ALL[field_index];
        let spec = field.spec();
        let before = policy.dial_value(field);
        let mut after = (before + increase * (spec.max - spec.min)).min(spec.max);
        if spec.integer {
            after = after.floor();
        }
        policy.set_dial(field, before, 2025);
        let mut more = policy.clone();
        more.set_dial(field, after, 2025);
        let (low, high) = (project(&baseline, &policy), project(&baseline, &more));
        for (a, b) in low.years.iter().zip(&high.years) {
            let (x, y) = (direct_effect(field, a), direct_effect(field, b));
            prop_assert!(y >= x - 1e-9 * x.abs().max(1.0), "{field} {}: {x} -> {y}", a.year);
        }
    }

    #[test]
    fn writing_then_reading_a_package_gives_it_back(policy in policy_strategy()) {
        let baseline = baseline();
        let text = write_policy(&levers_report::i18n::Lang::En, &policy, &baseline);
        let read = parse_policy("generated.toml", &text, &baseline).map_err(|e| TestCaseError::fail(format!("{}\n{text}", levers::shown::in_english(&e))))?;
        prop_assert_eq!(read, policy);
    }
}

#[test]
fn every_example_package_round_trips_through_write_and_read()
-> Result<(), Box<dyn std::error::Error>> {
    let baseline = baseline();
    let mut count = 0;
    for path in crate::support::example_packages() {
        let text = std::fs::read_to_string(&path)?;
        let policy = parse_policy("example.toml", &text, &baseline)
            .map_err(|e| levers::shown::in_english(&e))?;
        let again = parse_policy(
            "written.toml",
            &write_policy(&levers_report::i18n::Lang::En, &policy, &baseline),
            &baseline,
        )
        .map_err(|e| levers::shown::in_english(&e))?;
        assert_eq!(again, policy, "{}", path.display());
        let (a, b): (Projection, Projection) =
            (project(&baseline, &policy), project(&baseline, &again));
        assert_eq!(a, b);
        count += 1;
    }
    assert!(count >= 6);
    Ok(())
}
