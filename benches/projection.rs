//! One projection of `policies/blueprint-2032.toml` (10 sectors, to 2035).
//! Goal: at most 5 µs median on the 2-core reference machine.
#![allow(clippy::expect_used, clippy::unwrap_used, clippy::panic)]

use std::hint::black_box;

use criterion::{Criterion, criterion_group, criterion_main};
use levers_core::{Projection, project, project_into};

fn projection(c: &mut Criterion) {
    let baseline = levers_files::baseline_file::embedded().expect("embedded baseline reads");
    let policy = levers_files::default_package(&baseline).expect("default package reads");
    c.bench_function("project blueprint-2032", |b| {
        b.iter(|| project(black_box(&baseline), black_box(&policy)));
    });
    let mut buffer = Projection::default();
    c.bench_function("project_into blueprint-2032 (reused buffer)", |b| {
        b.iter(|| project_into(black_box(&baseline), black_box(&policy), &mut buffer));
    });
}

criterion_group!(benches, projection);
criterion_main!(benches);
