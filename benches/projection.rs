//! One projection of each example package in `policies/` (10 sectors, to each
//! file's horizon: 2035, or 2040 for `gba-division.toml`), and of the embedded
//! default into a reused buffer, and the projections of a sweep through one
//! [`Projector`] (what a sweep thread does, without checking or CSV).
//! Goal: at most 5 µs median each on the 2-core reference machine (the
//! 2040-horizon example included); the sweep's projections at most 4 µs each
//! on one thread (two threads then give 500,000 packages a second).
#![allow(clippy::expect_used, clippy::unwrap_used, clippy::panic)]

use std::hint::black_box;

use criterion::{Criterion, Throughput, criterion_group, criterion_main};
use levers_core::{LeverField, Projection, Projector, project, project_into};

fn projection(c: &mut Criterion) {
    let baseline = levers_files::baseline_file::embedded().expect("embedded baseline reads");
    let mut examples: Vec<_> = std::fs::read_dir("policies")
        .expect("the examples folder")
        .flatten()
        .map(|entry| entry.path())
        .filter(|path| path.is_file() && path.extension().is_some_and(|e| e == "toml"))
        .collect();
    examples.sort();
    assert!(examples.len() >= 4, "the example packages are found");
    for path in examples {
        let name = path.display().to_string();
        let text = std::fs::read_to_string(&path).expect("example reads");
        let policy = levers_files::policy_file::parse_policy(&name, &text, &baseline)
            .expect("example parses");
        c.bench_function(&format!("project {name}"), |b| {
            b.iter(|| project(black_box(&baseline), black_box(&policy)));
        });
    }
    let policy = levers_files::default_package(&baseline).expect("default package reads");
    let mut buffer = Projection::default();
    c.bench_function("project_into the default package (reused buffer)", |b| {
        b.iter(|| project_into(black_box(&baseline), black_box(&policy), &mut buffer));
    });

    // The Blueprint swept as `levers sweep` would: R&D grants 0..=100 by 10
    // (slow axis) × rent subsidy 0..=90 by 1 (fast axis), 1,001 packages.
    let text = std::fs::read_to_string("policies/blueprint-2032.toml").expect("Blueprint reads");
    let blueprint =
        levers_files::policy_file::parse_policy("policies/blueprint-2032.toml", &text, &baseline)
            .expect("Blueprint parses");
    let start = baseline.base_year + 2;
    let grid: Vec<_> = (0..=10)
        .flat_map(|g| (0..=90).map(move |r| (f64::from(g) * 10.0, f64::from(r))))
        .map(|(grants, rent)| {
            let mut package = blueprint.clone();
            package.set_dial(LeverField::GrantsHkdBnPerYear, grants, start);
            package.set_dial(LeverField::RentSubsidyPct, rent, start);
            package
        })
        .collect();
    let mut group = c.benchmark_group("sweep projections");
    group.throughput(Throughput::Elements(grid.len() as u64));
    group.bench_function("1,001 Blueprint packages through one Projector", |b| {
        b.iter(|| {
            let mut projector = Projector::default();
            for package in &grid {
                projector.project_into(black_box(&baseline), package, &mut buffer);
            }
        });
    });
    group.finish();
}

criterion_group!(benches, projection);
criterion_main!(benches);
