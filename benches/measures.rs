//! Format-2 packages at speed. Goals on the 2-core reference machine:
//! - one projection of a 20-measure package (every kind, some schedules):
//!   at most 10 µs median;
//! - one keystroke on a 10-measure package in the workbench — key → update
//!   (projection + exact Shapley attribution over 2^10 coalitions) → render
//!   of the whole 200×60 screen: at most 1 ms median. The workbench keeps the
//!   attribution of more than six players off the keystroke path (a worker
//!   thread; the panel says "updating" until it lands): the bench measures
//!   that path, and the inline one and the attribution alone for comparison.
#![allow(clippy::expect_used, clippy::unwrap_used, clippy::panic)]

use std::hint::black_box;

use criterion::{Criterion, criterion_group, criterion_main};
use levers::tui::{App, action_for_event, dispatch};
use levers_core::analysis::{AttributionPlayers, attribute_with};
use levers_core::measure::{Amount, Measure, MeasureKind};
use levers_core::{Baseline, Policy, Projection, project_into};
use ratatui::Terminal;
use ratatui::backend::TestBackend;
use ratatui::crossterm::event::{Event, KeyCode, KeyEvent, KeyModifiers};

/// A valid package of `count` measures, cycling through the kinds at a
/// quarter of each kind's range; every third one a two-step schedule.
fn package(baseline: &Baseline, count: usize) -> Policy {
    let mut policy = Policy::status_quo();
    let first = baseline.first_policy_year() + 1;
    for i in 0..count {
        let kind = MeasureKind::ALL[i % MeasureKind::ALL.len()];
        let spec = kind.field().spec();
        let mut value = spec.min + (spec.max - spec.min) / 4.0 / 3.0;
        if spec.integer {
            value = value.round();
        }
        let start = first + i32::try_from(i % 4).expect("small");
        let amount = if i % 3 == 0 {
            Amount::Schedule(vec![(start, value), (start + 3, value * 2.0)])
        } else {
            Amount::Constant(value)
        };
        let mut measure = Measure::new(format!("measure_{i}"), kind, amount, start);
        measure.timing.ramp_years = u32::try_from(i % 3).expect("small");
        policy.measures.push(measure);
    }
    assert!(
        policy.problems(baseline).is_empty(),
        "{:?}",
        policy.problems(baseline)
    );
    policy
}

fn projection_of_20_measures(c: &mut Criterion) {
    let baseline = levers_files::baseline_file::embedded().expect("embedded baseline reads");
    let policy = package(&baseline, 20);
    let mut buffer = Projection::default();
    c.bench_function("project_into a 20-measure package", |b| {
        b.iter(|| project_into(black_box(&baseline), black_box(&policy), &mut buffer));
    });
}

fn attribution_of_10_measures(c: &mut Criterion) {
    let baseline = levers_files::baseline_file::embedded().expect("embedded baseline reads");
    let policy = package(&baseline, 10);
    c.bench_function("exact attribution of 10 measures (2^10 coalitions)", |b| {
        b.iter(|| {
            attribute_with(
                black_box(&baseline),
                black_box(&policy),
                AttributionPlayers::Measures,
            )
        });
    });
}

fn keystroke_on_10_measures(c: &mut Criterion) {
    keystroke_bench(
        c,
        false,
        "10 measures: keystroke -> recompute + attribution inline -> render 200x60",
    );
    keystroke_bench(
        c,
        true,
        "10 measures: keystroke -> recompute, attribution on the worker -> render 200x60",
    );
}

/// Key → update → render, with the attribution inline or on the worker (as
/// the run loop has it: answers that landed are taken in before each draw).
fn keystroke_bench(c: &mut Criterion, background: bool, name: &str) {
    let baseline = levers_files::baseline_file::embedded().expect("embedded baseline reads");
    let policy = package(&baseline, 10);
    let mut app = App::new(baseline, policy, None);
    if background {
        app.work_in_background();
    }
    assert!(app.shows_measures());
    app.resize(200, 60);
    let mut terminal = Terminal::new(TestBackend::new(200, 60)).expect("test terminal");
    let keys = [
        Event::Key(KeyEvent::new(KeyCode::Right, KeyModifiers::NONE)),
        Event::Key(KeyEvent::new(KeyCode::Left, KeyModifiers::NONE)),
    ];
    let mut turn = 0usize;
    c.bench_function(name, |b| {
        b.iter(|| {
            turn += 1;
            if let Some(action) = action_for_event(&app, &keys[turn % 2]) {
                dispatch(&mut app, action, &[]);
            }
            app.poll_background();
            terminal
                .draw(|frame| frame.render_widget(&app, frame.area()))
                .expect("draw");
            black_box(terminal.backend().buffer().area);
        });
    });
    if background {
        // The worker's answer, once landed, is the inline one.
        app.settle();
        let fresh = attribute_with(app.baseline(), app.policy(), AttributionPlayers::Measures);
        assert_eq!(*app.attribution(), fresh);
    }
}

criterion_group!(
    benches,
    projection_of_20_measures,
    attribution_of_10_measures,
    keystroke_on_10_measures
);
criterion_main!(benches);
