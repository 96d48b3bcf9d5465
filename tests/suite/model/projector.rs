//! A [`Projector`] kept from one projection to the next (a sweep's thread, a
//! Monte Carlo scratch) reuses what did not change: the measures of a kind
//! resolved by year, the stretched lag kernels and the costly calls of each
//! year. Whatever came before, every projection must come out bit for bit as a
//! fresh [`project`] of the same package.

use levers_core::analysis::DEFAULT_SEED;
use levers_core::analysis::uncertainty::drawn_assumptions;
use levers_core::measure::{Amount, Eligibility, MeasureKind};
use levers_core::{LeverField, Policy, Projection, Projector, project};

use crate::support::{baseline, example_packages, load};

/// Every number of a projection, floats as their shortest round-trip text
/// (which tells −0 from 0 and every last bit apart).
fn digits(projection: &Projection) -> String {
    format!("{projection:?}")
}

/// The example packages, each followed by variants that change one input the
/// projector keeps: an amount, a schedule, sector weights, a matching ratio,
/// which firms a rate pays, the timing, the horizon, a drawn assumption set,
/// a stretched lag.
fn packages_in_a_row() -> Vec<(String, Policy)> {
    let baseline = baseline();
    let start = baseline.base_year + 2;
    let mut row = Vec::new();
    for path in example_packages() {
        let name = path.display().to_string();
        let policy = load(&name, &baseline);
        row.push((name.clone(), policy.clone()));
        for grants in [0.0, 3.0, 3.0, 40.0] {
            let mut varied = policy.clone();
            varied.set_dial(LeverField::GrantsHkdBnPerYear, grants, start);
            row.push((format!("{name}, grants {grants}"), varied));
        }
        let mut scheduled = policy.clone();
        if let Some(measure) = scheduled.measures.first_mut() {
            measure.amount = Amount::Schedule(vec![(start, 1.0), (start + 3, 2.0)]);
        }
        row.push((format!("{name}, a schedule"), scheduled));
        let mut weighted = policy.clone();
        for measure in &mut weighted.measures {
            if measure.kind.targets_sectors() {
                measure.sector_weights = Some([1.0, 0.5, 0.0, 2.0, 1.0]);
            }
        }
        row.push((format!("{name}, weighted"), weighted));
        let mut matched = policy.clone();
        for measure in &mut matched.measures {
            if measure.kind == MeasureKind::Coinvestment || measure.kind == MeasureKind::RdGrants {
                measure.matching_ratio = Some(0.5);
            }
        }
        row.push((format!("{name}, matched 0.5"), matched));
        let mut targeted = policy.clone();
        for measure in &mut targeted.measures {
            if measure.kind.can_limit_to_new_plants() {
                measure.eligible = Eligibility::NewPlants;
            }
        }
        row.push((format!("{name}, new plants only"), targeted));
        let mut late = policy.clone();
        for measure in &mut late.measures {
            measure.timing.start += 1;
            measure.timing.ramp_years += 1;
        }
        row.push((format!("{name}, a year later"), late));
        let mut shorter = policy.clone();
        shorter.horizon = policy.target.year;
        row.push((format!("{name}, to the target year"), shorter));
        for draw in 0..3 {
            let mut drawn = policy.clone();
            drawn.assumptions = drawn_assumptions(&baseline, &policy, DEFAULT_SEED, draw);
            drawn.assumptions.extend_from_slice(&policy.assumptions);
            row.push((format!("{name}, draw {draw}"), drawn));
        }
        row.push((format!("{name} again"), policy));
    }
    row
}

#[test]
fn a_reused_projector_gives_every_package_bit_for_bit_what_a_fresh_projection_gives() {
    let baseline = baseline();
    let row = packages_in_a_row();
    assert!(row.len() > 40, "the examples and their variants are found");
    let mut projector = Projector::default();
    let mut reused = Projection::default();
    let mut changed = 0;
    let mut previous = String::new();
    for (what, policy) in &row {
        projector.project_into(&baseline, policy, &mut reused);
        let fresh = project(&baseline, policy);
        let fresh = digits(&fresh);
        assert_eq!(digits(&reused), fresh, "{what}");
        changed += usize::from(fresh != previous);
        previous = fresh;
    }
    assert!(
        changed > row.len() / 2,
        "the variants change the projection ({changed} of {})",
        row.len()
    );
}

#[test]
fn a_projector_run_backwards_through_the_same_packages_gives_the_same_numbers() {
    let baseline = baseline();
    let row = packages_in_a_row();
    let mut forwards = Projector::default();
    let mut backwards = Projector::default();
    let mut out = Projection::default();
    let mut ahead = Vec::new();
    for (_, policy) in &row {
        forwards.project_into(&baseline, policy, &mut out);
        ahead.push(digits(&out));
    }
    for ((what, policy), expected) in row.iter().zip(&ahead).rev() {
        backwards.project_into(&baseline, policy, &mut out);
        assert_eq!(&digits(&out), expected, "{what}");
    }
}
