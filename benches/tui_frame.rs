//! One lever keystroke in the workbench: key → action → update (recompute the
//! projection) → render the whole screen into a 200×60 `TestBackend`.
//! Goal: at most 1 ms median.
#![allow(clippy::expect_used, clippy::unwrap_used, clippy::panic)]

use std::hint::black_box;

use criterion::{Criterion, criterion_group, criterion_main};
use levers::tui::{App, action_for_event, dispatch};
use ratatui::Terminal;
use ratatui::backend::TestBackend;
use ratatui::crossterm::event::{Event, KeyCode, KeyEvent, KeyModifiers};

fn keystroke_to_frame(c: &mut Criterion) {
    let baseline = levers_files::baseline_file::embedded().expect("embedded baseline reads");
    let policy = levers_files::default_package(&baseline).expect("default package reads");
    let mut app = App::new(baseline, policy, None);
    app.resize(200, 60);
    let mut terminal = Terminal::new(TestBackend::new(200, 60)).expect("test terminal");
    let keys = [
        Event::Key(KeyEvent::new(KeyCode::Right, KeyModifiers::NONE)),
        Event::Key(KeyEvent::new(KeyCode::Left, KeyModifiers::NONE)),
    ];
    let mut turn = 0usize;
    c.bench_function("keystroke -> recompute -> render 200x60", |b| {
        b.iter(|| {
            turn += 1;
            let event = &keys[turn % 2];
            if let Some(action) = action_for_event(&app, event) {
                dispatch(&mut app, action, &[]);
            }
            // As the run loop draws: the frame and what it drew where.
            let mut hits = levers::tui::hits::Hits::default();
            terminal
                .draw(|frame| hits = levers::tui::view::draw(frame, &app))
                .expect("draw");
            app.drawn(black_box(hits));
            black_box(terminal.backend().buffer().area);
        });
    });
}

/// The two halves apart: the update (projection + attribution) and the render.
fn halves(c: &mut Criterion) {
    let baseline = levers_files::baseline_file::embedded().expect("embedded baseline reads");
    let policy = levers_files::default_package(&baseline).expect("default package reads");
    let mut app = App::new(baseline, policy, None);
    app.resize(200, 60);
    c.bench_function("update only (projection + attribution)", |b| {
        b.iter(|| app.recompute());
    });
    let area = ratatui::layout::Rect::new(0, 0, 200, 60);
    let mut buffer = ratatui::buffer::Buffer::empty(area);
    c.bench_function("render only into a 200x60 buffer", |b| {
        b.iter(|| {
            buffer.reset();
            ratatui::widgets::Widget::render(&app, area, &mut buffer);
            black_box(&buffer);
        });
    });
}

/// A lever keystroke (update only) with the analysis views open, and the goal
/// seek that `g` starts: the views recompute on every change of the package.
fn analysis_views(c: &mut Criterion) {
    let baseline = levers_files::baseline_file::embedded().expect("embedded baseline reads");
    let policy = levers_files::default_package(&baseline).expect("default package reads");
    let mut app = App::new(baseline, policy, None);
    let press = |app: &mut App, code: KeyCode| {
        let event = Event::Key(KeyEvent::new(code, KeyModifiers::NONE));
        if let Some(action) = action_for_event(app, &event) {
            dispatch(app, action, &[]);
        }
    };
    // Each entry: the label, then the keys that toggle its views on (and off again).
    let views: [(&str, &[char]); 3] = [
        ("keystroke with the tornado open", &['t']),
        ("keystroke with the band on", &['b']),
        ("keystroke with band and tornado", &['t', 'b']),
    ];
    for (label, toggles) in views {
        for &key in toggles {
            press(&mut app, KeyCode::Char(key));
        }
        let mut turn = 0usize;
        c.bench_function(label, |b| {
            b.iter(|| {
                turn += 1;
                let code = if turn.is_multiple_of(2) {
                    KeyCode::Right
                } else {
                    KeyCode::Left
                };
                press(&mut app, code);
            });
        });
        for &key in toggles {
            press(&mut app, KeyCode::Char(key));
        }
    }
    c.bench_function("goal seek proposal (g)", |b| {
        b.iter(|| {
            press(&mut app, KeyCode::Char('g'));
            press(&mut app, KeyCode::Esc);
        });
    });
}

criterion_group!(benches, keystroke_to_frame, halves, analysis_views);
criterion_main!(benches);
