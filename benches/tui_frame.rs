//! One lever keystroke in the workbench: key → action → update (recompute the
//! projection) → render the whole screen into a 200×60 `TestBackend`.
//! Goal: at most 1 ms median.

use std::hint::black_box;

use criterion::{Criterion, criterion_group, criterion_main};
use levers::tui::{App, action_for_event, dispatch};
use ratatui::Terminal;
use ratatui::backend::TestBackend;
use ratatui::crossterm::event::{Event, KeyCode, KeyEvent, KeyModifiers};

fn keystroke_to_frame(c: &mut Criterion) {
    let baseline = levers::baseline_file::embedded().expect("embedded baseline reads");
    let policy = levers::default_package(&baseline).expect("default package reads");
    let mut app = App::new(baseline, policy, None);
    app.size = (200, 60);
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
            terminal
                .draw(|frame| frame.render_widget(&app, frame.area()))
                .expect("draw");
            black_box(terminal.backend().buffer().area);
        })
    });
}

/// The two halves apart: the update (projection + attribution) and the render.
fn halves(c: &mut Criterion) {
    let baseline = levers::baseline_file::embedded().expect("embedded baseline reads");
    let policy = levers::default_package(&baseline).expect("default package reads");
    let mut app = App::new(baseline, policy, None);
    app.size = (200, 60);
    c.bench_function("update only (projection + attribution)", |b| {
        b.iter(|| app.recompute())
    });
    let area = ratatui::layout::Rect::new(0, 0, 200, 60);
    let mut buffer = ratatui::buffer::Buffer::empty(area);
    c.bench_function("render only into a 200x60 buffer", |b| {
        b.iter(|| {
            buffer.reset();
            ratatui::widgets::Widget::render(&app, area, &mut buffer);
            black_box(&buffer);
        })
    });
}

criterion_group!(benches, keystroke_to_frame, halves);
criterion_main!(benches);
