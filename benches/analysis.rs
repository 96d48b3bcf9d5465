//! The analyses at speed. Goals on the 2-core reference machine:
//! - attribution of a 4-group package (16 projections): well under 1 ms, as the
//!   workbench recomputes it on every keystroke;
//! - Monte Carlo, 10,000 draws: at most 50 ms (draws spread over rayon's threads);
//! - sweep: at least 500,000 packages a second, CSV rows written to a sink;
//! - the tornado of the largest package swung one by one (512 measures) and
//!   of one swung by kind (10,000 measures): well under a second each, as the
//!   workbench recomputes the tornado while it is open.
#![allow(clippy::expect_used, clippy::unwrap_used, clippy::panic)]

use std::hint::black_box;

use criterion::{Criterion, Throughput, criterion_group, criterion_main};
use indicatif::ProgressBar;
use levers::cli::eval::monte_carlo_parallel;
use levers::cli::sweep::{SweepFormat, parse_grid, write_grid};
use levers_core::analysis::{
    MAX_MEASURES_SWUNG_ONE_BY_ONE, Outcome, attribute, monte_carlo, sensitivity, tornado,
};
use levers_core::measure::{Amount, Measure, MeasureKind};
use levers_report::i18n::Lang;

fn analyses(c: &mut Criterion) {
    let baseline = levers_files::baseline_file::embedded().expect("embedded baseline reads");
    let policy = levers_files::default_package(&baseline).expect("default package reads");
    assert!(
        levers_core::LeverGroup::ALL
            .iter()
            .all(|g| policy.uses_group(*g))
    );

    c.bench_function(
        "attribute blueprint-2032 (8 measures, 256 projections)",
        |b| {
            b.iter(|| attribute(black_box(&baseline), black_box(&policy)));
        },
    );
    c.bench_function("sensitivity blueprint-2032 (share)", |b| {
        b.iter(|| {
            sensitivity(
                black_box(&baseline),
                black_box(&policy),
                Outcome::ShareInTargetYear,
            )
        });
    });

    let mut group = c.benchmark_group("tornado of many measures");
    group.sample_size(10);
    for count in [MAX_MEASURES_SWUNG_ONE_BY_ONE, 10_000] {
        let mut many = levers_core::Policy::status_quo();
        many.measures = (0..count)
            .map(|i| {
                Measure::new(
                    format!("scheme_{i}"),
                    MeasureKind::RdGrants,
                    Amount::Constant(0.001),
                    2026,
                )
            })
            .collect();
        group.bench_function(format!("{count} measures (share)"), |b| {
            b.iter(|| {
                tornado(
                    black_box(&baseline),
                    black_box(&many),
                    Outcome::ShareInTargetYear,
                )
            });
        });
    }
    group.finish();

    let mut group = c.benchmark_group("monte carlo");
    group.sample_size(10);
    group.throughput(Throughput::Elements(10_000));
    group.bench_function("10,000 draws, rayon", |b| {
        b.iter(|| {
            monte_carlo_parallel(
                levers_report::i18n::Lang::En,
                black_box(&baseline),
                black_box(&policy),
                10_000,
                42,
            )
        });
    });
    group.bench_function("10,000 draws, one thread (core)", |b| {
        b.iter(|| monte_carlo(black_box(&baseline), black_box(&policy), 10_000, 42));
    });
    group.finish();

    let grid = parse_grid(
        Lang::En,
        &[
            "rd.grants_hkd_bn_per_year=0..99:1".to_string(),
            "land.rent_subsidy_pct=0..90:1".to_string(),
            "zone.scaleup_in_gba_share=0..1:0.1".to_string(),
        ],
        &policy,
        &baseline,
    )
    .map_err(|e| format!("{e:?}"))
    .expect("grid parses");
    let mut group = c.benchmark_group("sweep");
    group.sample_size(10);
    group.throughput(Throughput::Elements(grid.len() as u64));
    group.bench_function(format!("{} packages to CSV", grid.len()), |b| {
        b.iter(|| {
            write_grid(
                &baseline,
                &policy,
                &grid,
                SweepFormat::Csv,
                &mut std::io::sink(),
                &ProgressBar::hidden(),
            )
        });
    });
    group.finish();
}

criterion_group!(benches, analyses);
criterion_main!(benches);
