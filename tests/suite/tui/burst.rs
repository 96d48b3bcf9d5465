//! A held key sends thousands of events a second. The run loop takes every
//! waiting event, applies them all, then draws once; these tests drive the very
//! functions it uses ([`levers::tui::turn`], [`levers::tui::apply_batch`]).

use std::collections::VecDeque;
use std::time::Duration;

use crate::support::app::*;
use levers::tui::{Events, MAX_BATCH, apply_batch, turn};
use levers_core::{LeverField, project};
use ratatui::Terminal;
use ratatui::backend::TestBackend;
use ratatui::crossterm::event::{Event, KeyCode};

/// Events already waiting, as after a burst of key repeats.
struct Queue(VecDeque<Event>);

impl Events for Queue {
    fn poll(&mut self, _timeout: Duration) -> std::io::Result<bool> {
        Ok(!self.0.is_empty())
    }

    fn read(&mut self) -> std::io::Result<Event> {
        self.0
            .pop_front()
            .ok_or_else(|| std::io::Error::other("no event"))
    }
}

fn rights(n: usize) -> Vec<Event> {
    vec![Event::Key(key(KeyCode::Right)); n]
}

#[test]
fn ten_thousand_steps_saturate_the_lever_and_the_projection_is_fresh() {
    let mut app = blueprint_app();
    apply_batch(&mut app, &rights(10_000), &[]);
    let max = LeverField::RentSubsidyPct.spec().max;
    assert_eq!(app.policy().dial_value(LeverField::RentSubsidyPct), max);
    assert_eq!(*app.projection(), project(app.baseline(), app.policy()));
    // Only real changes are history: undo walks back down one step at a time
    // and stops at the start.
    let mut undos = 0;
    while app.history().can_undo() {
        press(&mut app, &[ch('u')]);
        undos += 1;
    }
    assert!(undos <= 500, "history bounded ({undos})");
    assert!(undos >= 1);
}

#[test]
fn alternating_steps_end_where_they_started() {
    let mut app = blueprint_app();
    let before = app.policy().clone();
    let events: Vec<Event> = (0..10_000)
        .map(|i| {
            Event::Key(key(if i % 2 == 0 {
                KeyCode::Right
            } else {
                KeyCode::Left
            }))
        })
        .collect();
    apply_batch(&mut app, &events, &[]);
    assert_eq!(*app.policy(), before);
    assert_eq!(*app.projection(), project(app.baseline(), app.policy()));
}

#[test]
fn a_burst_of_ten_thousand_events_costs_a_bounded_number_of_draws() {
    let mut app = blueprint_app();
    let mut terminal = Terminal::new(TestBackend::new(120, 40)).expect("test terminal");
    let mut queue = Queue(rights(10_000).into());
    let mut draws = 0;
    let mut applied = 0;
    while !queue.0.is_empty() {
        applied += turn(
            &mut terminal,
            &mut app,
            &mut queue,
            &[],
            Duration::ZERO,
            None,
        )
        .expect("turn");
        draws += 1;
    }
    assert_eq!(applied, 10_000);
    assert_eq!(draws, 10_000_usize.div_ceil(MAX_BATCH));
    assert!(draws <= 10, "{draws} draws");
    assert_eq!(
        app.policy().dial_value(LeverField::RentSubsidyPct),
        LeverField::RentSubsidyPct.spec().max
    );
    assert_eq!(*app.projection(), project(app.baseline(), app.policy()));
}

/// Undoes everything; returns how many undos there were.
fn undo_all(app: &mut levers::tui::App) -> usize {
    let mut undos = 0;
    while app.history().can_undo() {
        press(app, &[ch('u')]);
        undos += 1;
    }
    undos
}

#[test]
fn a_coalesced_run_of_steps_equals_the_same_presses_one_by_one() {
    for code in [KeyCode::Right, KeyCode::Left] {
        for (lever, presses) in [(0, 3), (2, 40), (7, 300)] {
            let mut one_by_one = blueprint_app();
            let mut batched = blueprint_app();
            let mut keys = vec![key(KeyCode::Down); lever];
            keys.extend(vec![key(code); presses]);
            // One by one through dispatch, as before batching; then as one batch.
            press(&mut one_by_one, &keys);
            let events: Vec<Event> = keys.into_iter().map(Event::Key).collect();
            apply_batch(&mut batched, &events, &[]);
            assert_eq!(
                batched.policy(),
                one_by_one.policy(),
                "{code:?} × {presses}"
            );
            assert_eq!(batched.projection(), one_by_one.projection());
            assert_eq!(batched.attribution(), one_by_one.attribution());
            assert_eq!(batched.note(), one_by_one.note());
            assert_eq!(undo_all(&mut batched), undo_all(&mut one_by_one));
            assert_eq!(batched.policy(), one_by_one.policy());
        }
    }
}
