//! Robust goal seek and Sobol indices at speed. Goals on the 2-core reference
//! machine (issue 13):
//! - robust seek with 1,000 draws per candidate: at most 2 s;
//! - Sobol indices of every drawn assumption with N = 4,096 base samples
//!   (N·(k+2) model runs spread over rayon's threads): at most 3 s.
#![allow(clippy::expect_used, clippy::unwrap_used, clippy::panic)]

use std::hint::black_box;

use criterion::{Criterion, criterion_group, criterion_main};
use levers_core::analysis::DEFAULT_SEED;
use levers_core::analysis::robust_seek::seek_robust;
use levers_core::analysis::seek::SeekRequest;

fn robust_seek_and_sobol(c: &mut Criterion) {
    let baseline = levers_files::baseline_file::embedded().expect("embedded baseline reads");
    let mut policy = levers_files::default_package(&baseline).expect("default package reads");
    // A target the package can reach, so the search runs to the end.
    policy.target.share_pct = 0.8;
    let request = SeekRequest::for_package(&policy);

    let mut group = c.benchmark_group("robust seek");
    group.sample_size(10);
    group.bench_function("0.8% by 2032 in 80% of 1,000 draws per candidate", |b| {
        b.iter(|| {
            seek_robust(
                black_box(&baseline),
                black_box(&request),
                0.8,
                1_000,
                DEFAULT_SEED,
            )
        });
    });
    group.finish();

    let mut group = c.benchmark_group("sobol");
    group.sample_size(10);
    group.bench_function("every drawn assumption, N = 4,096, rayon", |b| {
        b.iter(|| {
            levers::parallel::sobol(
                black_box(&baseline),
                black_box(&policy),
                4_096,
                DEFAULT_SEED,
                |_| {},
            )
        });
    });
    group.finish();
}

criterion_group!(benches, robust_seek_and_sobol);
criterion_main!(benches);
