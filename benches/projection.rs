//! One projection of each example package in `policies/` (10 sectors, to each
//! file's horizon: 2035, or 2040 for `gba-division.toml`), and of the embedded
//! default into a reused buffer.
//! Goal: at most 5 µs median each on the 2-core reference machine (the
//! 2040-horizon example included).
#![allow(clippy::expect_used, clippy::unwrap_used, clippy::panic)]

use std::hint::black_box;

use criterion::{Criterion, criterion_group, criterion_main};
use levers_core::{Projection, project, project_into};

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
}

criterion_group!(benches, projection);
criterion_main!(benches);
