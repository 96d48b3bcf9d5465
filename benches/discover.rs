//! Scenario discovery at speed. Goal on the 2-core reference machine
//! (issue 23): 10,000 Monte Carlo draws plus PRIM with its peeling
//! trajectory, pasting and quasi-p-values in at most 1 s. Measured in three
//! parts — the whole, the draws alone (rayon), PRIM alone — so a slowdown
//! can be placed.
#![allow(clippy::expect_used, clippy::unwrap_used, clippy::panic)]

use std::hint::black_box;

use criterion::{Criterion, criterion_group, criterion_main};
use levers_core::analysis::DEFAULT_SEED;
use levers_core::analysis::discover::{DEFAULT_OPTIONS, Plan, Question, prim};

const DRAWS: usize = 10_000;

fn discover(c: &mut Criterion) {
    let baseline = levers_files::baseline_file::embedded().expect("embedded baseline reads");
    let policy = levers_files::load_policy(
        std::path::Path::new("policies/blueprint-2032.toml"),
        &baseline,
    )
    .expect("the Blueprint reads");
    // 1.2% by 2032: met in some draws, missed in others, so PRIM peels.
    let question = Question {
        threshold: Some(1.2),
        ..Question::TARGET_MET
    };
    let plan = Plan::new(&baseline, &policy, &question, Vec::new(), DEFAULT_SEED);

    let mut group = c.benchmark_group("discover");
    group.sample_size(10);
    group.bench_function("10,000 draws + PRIM (rayon)", |b| {
        b.iter(|| {
            levers::parallel::discover(
                black_box(&baseline),
                plan.clone(),
                black_box(&policy),
                DRAWS,
                &DEFAULT_OPTIONS,
                1,
            )
        });
    });
    group.bench_function("10,000 draws alone (rayon)", |b| {
        b.iter(|| levers::parallel::discovery_rows(&baseline, &plan, &policy, DRAWS, |_| {}));
    });
    let samples = plan.samples(levers::parallel::discovery_rows(
        &baseline,
        &plan,
        &policy,
        DRAWS,
        |_| {},
    ));
    group.bench_function("PRIM alone on 10,000 rows", |b| {
        b.iter(|| prim(black_box(&samples), &DEFAULT_OPTIONS, 1));
    });
    group.finish();
}

criterion_group!(benches, discover);
criterion_main!(benches);
