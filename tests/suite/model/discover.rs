//! Scenario discovery (PRIM) as a specification: on synthetic functions whose
//! cases lie in a known box, PRIM finds that box and only it; the trajectory
//! behaves as peeling must; too few or too many cases give no box; and on a
//! real package the cases are the Monte Carlo's own draws.

use levers_core::analysis::discover::{
    BoxSearch, ChosenBox, DEFAULT_OPTIONS, Plan, PrimOptions, Question, Samples, Step, choose,
    discover, prim,
};
use levers_core::analysis::monte_carlo;

use crate::support::{baseline, load};

/// `SplitMix64`: a few lines of seeded uniforms, so the synthetic samples do
/// not depend on any crate's generator.
struct Uniforms(u64);

impl Uniforms {
    fn next(&mut self) -> f64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^= z >> 31;
        (z >> 11) as f64 / (1u64 << 53) as f64
    }
}

/// `points` rows of `dimensions` uniforms on [0, 1); a row is a case when
/// `rule` says so, flipped with probability `noise`.
fn synthetic(
    points: usize,
    dimensions: usize,
    noise: f64,
    seed: u64,
    rule: impl Fn(&[f64]) -> bool,
) -> Samples {
    let mut uniforms = Uniforms(seed);
    let mut samples = Samples::new(dimensions);
    let mut row = vec![0.0; dimensions];
    for _ in 0..points {
        for x in &mut row {
            *x = uniforms.next();
        }
        let flip = uniforms.next() < noise;
        samples.push(&row, rule(&row) != flip);
    }
    samples
}

fn found(search: &BoxSearch) -> (&[Step], &ChosenBox) {
    match search {
        BoxSearch::Found { trajectory, chosen } => (trajectory, chosen),
        other => panic!("no box: {other:?}"),
    }
}

#[test]
fn a_box_in_two_of_eight_dimensions_is_recovered_within_tolerance() {
    // Cases: x0 ≥ 0.6 and x1 ≤ 0.5 (12% of the draws), 5% of labels flipped;
    // six dimensions of pure noise.
    let samples = synthetic(5_000, 8, 0.05, 11, |x| x[0] >= 0.6 && x[1] <= 0.5);
    let searches = prim(&samples, &DEFAULT_OPTIONS, 1);
    let (_, chosen) = found(&searches[0]);
    let significant: Vec<_> = chosen
        .restrictions
        .iter()
        .filter(|r| r.quasi_p < 0.01)
        .collect();
    let dims: Vec<usize> = significant.iter().map(|r| r.dimension).collect();
    assert_eq!(dims.len(), 2, "{chosen:#?}");
    assert!(dims.contains(&0) && dims.contains(&1), "{dims:?}");
    let x0 = significant.iter().find(|r| r.dimension == 0).unwrap();
    let x1 = significant.iter().find(|r| r.dimension == 1).unwrap();
    assert!(x0.low_bound && !x0.high_bound, "{x0:?}");
    assert!(x1.high_bound && !x1.low_bound, "{x1:?}");
    assert!((x0.low - 0.6).abs() < 0.05, "{x0:?}");
    assert!((x1.high - 0.5).abs() < 0.05, "{x1:?}");
    assert!(chosen.coverage >= 0.8, "{chosen:?}");
    assert!(chosen.density > 0.7, "{chosen:?}");
    // Restrictions on noise, if any, are weak: none cuts more than a sliver.
    for r in &chosen.restrictions {
        if r.dimension > 1 {
            assert!(r.high - r.low > 0.85, "{r:?}");
        }
    }
}

#[test]
fn the_trajectory_peels_from_the_whole_sample_towards_density() {
    let samples = synthetic(3_000, 5, 0.02, 5, |x| x[2] >= 0.7);
    let searches = prim(&samples, &DEFAULT_OPTIONS, 1);
    let (trajectory, chosen) = found(&searches[0]);
    let first = &trajectory[0];
    assert_eq!(
        (first.coverage, first.mass, first.restricted),
        (1.0, 1.0, 0)
    );
    let base_rate = samples.case_count() as f64 / samples.len() as f64;
    assert!((first.density - base_rate).abs() < 1e-12);
    for pair in trajectory.windows(2) {
        assert!(pair[1].mass < pair[0].mass, "{pair:?}");
        assert!(pair[1].coverage <= pair[0].coverage, "{pair:?}");
        assert!(
            pair[1].density > pair[0].density,
            "peeling only when it helps: {pair:?}"
        );
    }
    assert!(trajectory.last().unwrap().mass >= DEFAULT_OPTIONS.min_mass);
    assert_eq!(
        chosen.step,
        choose(trajectory, DEFAULT_OPTIONS.min_coverage)
    );
    assert!(trajectory[chosen.step].coverage >= 0.8);
    let x2 = &chosen.restrictions[0];
    assert_eq!(x2.dimension, 2);
    assert!((x2.low - 0.7).abs() < 0.03, "{x2:?}");
}

#[test]
fn the_chosen_step_is_the_densest_with_enough_coverage() {
    let step = |coverage: f64, density: f64, restricted: usize| Step {
        coverage,
        density,
        mass: coverage,
        restricted,
        limits: Vec::new(),
    };
    let trajectory = [
        step(1.0, 0.1, 0),
        step(0.95, 0.3, 1),
        step(0.85, 0.5, 2),
        step(0.82, 0.5, 3),
        step(0.7, 0.9, 3),
    ];
    assert_eq!(choose(&trajectory, 0.8), 2);
    assert_eq!(choose(&trajectory, 0.9), 1);
    assert_eq!(choose(&trajectory, 0.6), 4);
    assert_eq!(choose(&trajectory[..1], 0.8), 0);
}

#[test]
fn a_second_box_finds_the_cases_the_first_left_out() {
    // Two separate regions: x0 ≥ 0.85, and x1 ≤ 0.12 with x0 < 0.85.
    let samples = synthetic(6_000, 4, 0.0, 21, |x| x[0] >= 0.85 || x[1] <= 0.12);
    // Neither region holds 80% of the cases: ask for half.
    let options = PrimOptions {
        min_coverage: 0.5,
        ..DEFAULT_OPTIONS
    };
    let searches = prim(&samples, &options, 2);
    assert_eq!(searches.len(), 2);
    let (_, first) = found(&searches[0]);
    let (_, second) = found(&searches[1]);
    let main_dimension = |b: &ChosenBox| b.restrictions[0].dimension;
    let mut dims = [main_dimension(first), main_dimension(second)];
    dims.sort_unstable();
    assert_eq!(dims, [0, 1], "{first:#?}\n{second:#?}");
    assert!(first.coverage + second.coverage > 0.8);
    assert!(first.density > 0.9 && second.density > 0.9);
}

#[test]
fn too_few_or_too_many_cases_give_no_box() {
    let rare = synthetic(2_000, 3, 0.0, 3, |x| x[0] > 0.995);
    assert!(matches!(
        prim(&rare, &DEFAULT_OPTIONS, 1)[..],
        [BoxSearch::TooFewCases { needed: 20, cases }] if cases < 20
    ));
    let common = synthetic(2_000, 3, 0.0, 3, |x| x[0] > 0.005);
    assert!(matches!(
        prim(&common, &DEFAULT_OPTIONS, 1)[..],
        [BoxSearch::TooManyCases { needed: 20, non_cases }] if non_cases < 20
    ));
}

#[test]
fn cases_unrelated_to_the_inputs_give_no_dense_box() {
    let samples = synthetic(4_000, 6, 0.3, 9, |_| false);
    let searches = prim(&samples, &DEFAULT_OPTIONS, 1);
    let (_, chosen) = found(&searches[0]);
    let base_rate = samples.case_count() as f64 / samples.len() as f64;
    assert!(chosen.density < base_rate + 0.05, "{chosen:?}");
}

#[test]
fn the_same_samples_give_the_same_boxes() {
    let samples = synthetic(2_000, 6, 0.05, 17, |x| x[3] <= 0.3 && x[4] >= 0.4);
    assert_eq!(
        prim(&samples, &DEFAULT_OPTIONS, 2),
        prim(&samples, &DEFAULT_OPTIONS, 2)
    );
}

#[test]
fn on_a_package_the_cases_are_the_monte_carlo_draws_that_meet_the_target() {
    let baseline = baseline();
    let policy = load("policies/blueprint-2032.toml", &baseline);
    let draws = 300;
    let plan = |question: &Question| Plan::new(&baseline, &policy, question, Vec::new(), 7);
    let found = discover(
        &baseline,
        &policy,
        plan(&Question::TARGET_MET),
        draws,
        &DEFAULT_OPTIONS,
        1,
    );
    let mc = monte_carlo(&baseline, &policy, draws, 7);
    assert_eq!(found.case_share(), mc.probability_met);
    assert_eq!(found.draws, draws);
    assert!(found.case.is_target);
    // Below: the failures are every other draw.
    let below = Question {
        below: true,
        ..Question::TARGET_MET
    };
    let failures = discover(&baseline, &policy, plan(&below), draws, &DEFAULT_OPTIONS, 1);
    assert_eq!(failures.cases, draws - found.cases);
}
