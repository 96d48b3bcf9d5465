//! Comparing six packages: a lever keystroke in the workbench with six pinned
//! packages drawn in every chart (no uncertainty band) — key → update →
//! render 200×60. Goal: at most 1 ms median per keystroke. Also building the
//! six-way `levers compare` table, which the command and a report do once.
#![allow(clippy::expect_used, clippy::unwrap_used, clippy::panic)]

use std::hint::black_box;

use criterion::{Criterion, criterion_group, criterion_main};
use levers::tui::{App, action_for_event, dispatch};
use levers_report::Evaluated;
use levers_report::compare::Comparison;
use ratatui::Terminal;
use ratatui::backend::TestBackend;
use ratatui::crossterm::event::{Event, KeyCode, KeyEvent, KeyModifiers};

fn press(app: &mut App, code: KeyCode) {
    let event = Event::Key(KeyEvent::new(code, KeyModifiers::NONE));
    if let Some(action) = action_for_event(app, &event) {
        dispatch(app, action, &[]);
    }
}

/// The default package with six variants pinned (each a big step more of the
/// first lever).
fn six_pinned() -> App {
    let baseline = levers_files::baseline_file::embedded().expect("embedded baseline reads");
    let policy = levers_files::default_package(&baseline).expect("default package reads");
    let mut app = App::new(baseline, policy, None);
    app.resize(200, 60);
    for _ in 0..6 {
        press(&mut app, KeyCode::Char('p'));
        press(&mut app, KeyCode::Char('L'));
    }
    assert_eq!(app.compare().len(), 6, "six packages pinned");
    app
}

fn keystroke_with_six_pinned(c: &mut Criterion) {
    let mut app = six_pinned();
    let mut terminal = Terminal::new(TestBackend::new(200, 60)).expect("test terminal");
    let mut turn = 0usize;
    c.bench_function("keystroke -> recompute -> render 200x60, 6 pinned", |b| {
        b.iter(|| {
            turn += 1;
            let code = if turn.is_multiple_of(2) {
                KeyCode::Right
            } else {
                KeyCode::Left
            };
            press(&mut app, code);
            terminal
                .draw(|frame| frame.render_widget(&app, frame.area()))
                .expect("draw");
            black_box(terminal.backend().buffer().area);
        });
    });
}

fn six_way_comparison(c: &mut Criterion) {
    let app = six_pinned();
    let packages: Vec<Evaluated<'_>> = app
        .compare()
        .iter()
        .map(|p| Evaluated {
            file: p.label.clone(),
            policy: &p.policy,
            projection: &p.projection,
        })
        .collect();
    c.bench_function("six-way compare table (build + text)", |b| {
        b.iter(|| {
            let comparison = Comparison::build(app.lang, app.baseline(), &packages);
            black_box(levers_report::compare::text(&comparison, false));
        });
    });
}

criterion_group!(benches, keystroke_with_six_pinned, six_way_comparison);
criterion_main!(benches);
