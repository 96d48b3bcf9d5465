//! Work off the keystroke path: with the worker threads on (as in the real
//! workbench), a keystroke on a package of many measures shows the old
//! attribution marked "updating" until the new one lands — which equals the
//! attribution computed afresh — and `g` shows "seeking…" until the same
//! proposal the inline seek makes; Esc cancels the seek, and the worker stops
//! computing it (as it does when a newer seek replaces it).

use std::sync::atomic::Ordering;
use std::time::{Duration, Instant};

use insta::assert_snapshot;
use levers::tui::app::Mode;
use levers::tui::background::Background;
use levers_core::Policy;
use levers_core::analysis::{AttributionPlayers, attribute_with};
use ratatui::crossterm::event::KeyCode;

use crate::support::app::{app_with, ch, key, press, render, screen_text};
use crate::support::{baseline, load};

/// The format-2 example with each measure twice (8 measures, 2^8 coalitions):
/// more players than the keystroke attributes inline.
fn eight_measures() -> Policy {
    let mut policy = load("policies/announced-measures.toml", &baseline());
    let copies: Vec<_> = policy
        .measures
        .iter()
        .map(|m| {
            let mut copy = m.clone();
            copy.name = format!("{}_again", m.name);
            copy.label = None;
            copy
        })
        .collect();
    policy.measures.extend(copies);
    policy
}

/// Polls the workers as the run loop does, until `done` or 60 s have passed.
fn poll_until(app: &mut levers::tui::App, done: impl Fn(&levers::tui::App) -> bool) {
    let deadline = Instant::now() + Duration::from_mins(1);
    while !done(app) {
        assert!(Instant::now() < deadline, "the worker never answered");
        app.poll_background();
        std::thread::sleep(Duration::from_millis(5));
    }
}

#[test]
fn a_keystroke_shows_the_attribution_updating_then_the_landed_one_equals_a_fresh_one() {
    let mut app = app_with(eight_measures(), None);
    app.work_in_background();
    let before = app.attribution().clone();
    press(&mut app, &[key(KeyCode::Right)]);
    assert_ne!(
        *app.policy(),
        eight_measures(),
        "the keystroke changed a measure"
    );
    assert!(
        app.attribution_updating(),
        "attribution is off the keystroke path"
    );
    assert_eq!(
        *app.attribution(),
        before,
        "the old parts stay until the new land"
    );
    let terminal = render(&mut app, 120, 40);
    assert!(screen_text(terminal.backend().buffer()).contains("(updating…)"));
    assert_snapshot!(terminal.backend());

    poll_until(&mut app, |app| !app.attribution_updating());
    let fresh = attribute_with(app.baseline(), app.policy(), AttributionPlayers::Measures);
    assert_eq!(
        *app.attribution(),
        fresh,
        "the worker's answer is the inline one"
    );
    let terminal = render(&mut app, 120, 40);
    assert!(!screen_text(terminal.backend().buffer()).contains("updating"));
}

#[test]
fn a_held_key_keeps_only_the_answer_for_the_package_in_force() {
    let mut app = app_with(eight_measures(), None);
    app.work_in_background();
    for _ in 0..5 {
        press(&mut app, &[key(KeyCode::Right)]);
    }
    press(&mut app, &[key(KeyCode::Left)]);
    app.settle();
    assert!(!app.attribution_updating());
    let fresh = attribute_with(app.baseline(), app.policy(), AttributionPlayers::Measures);
    assert_eq!(*app.attribution(), fresh);
    // Back to few players: attributed inline again, nothing left in flight.
    let mut few = app.policy().clone();
    few.measures.truncate(2);
    let mut small = app_with(few.clone(), None);
    small.work_in_background();
    press(&mut small, &[key(KeyCode::Right)]);
    assert!(
        !small.attribution_updating(),
        "two measures attribute inline"
    );
    assert!(!small.is_busy());
}

/// The Blueprint with a 0.8% target, which its levers can reach.
fn reachable() -> Policy {
    let mut policy = load("policies/blueprint-2032.toml", &baseline());
    policy.target.share_pct = 0.8;
    policy
}

#[test]
fn the_background_seek_shows_seeking_then_the_inline_proposal() {
    let mut inline = app_with(reachable(), None);
    press(&mut inline, &[ch('g')]);
    let Mode::Seek(expected) = inline.mode.clone() else {
        panic!("expected a proposal, got {:?}", inline.mode);
    };

    let mut app = app_with(reachable(), None);
    app.work_in_background();
    press(&mut app, &[ch('g')]);
    assert_eq!(app.mode, Mode::Seeking);
    assert!(app.is_busy());
    let terminal = render(&mut app, 120, 40);
    assert!(screen_text(terminal.backend().buffer()).contains("Seeking…"));
    assert_snapshot!(terminal.backend());
    // Other keys wait; the package does not change under the search.
    press(&mut app, &[key(KeyCode::Right)]);
    assert_eq!(*app.policy(), reachable());

    poll_until(&mut app, |app| app.mode != Mode::Seeking);
    assert_eq!(
        app.mode,
        Mode::Seek(expected),
        "the same proposal as inline"
    );
    assert!(!app.is_busy());
}

#[test]
fn escape_cancels_the_background_seek_and_its_answer_is_dropped() {
    let mut app = app_with(reachable(), None);
    app.work_in_background();
    press(&mut app, &[ch('g')]);
    assert_eq!(app.mode, Mode::Seeking);
    press(&mut app, &[key(KeyCode::Esc)]);
    assert_eq!(app.mode, Mode::Normal);
    assert!(!app.is_busy(), "nothing is awaited after Esc");
    assert_eq!(*app.policy(), reachable());
    app.settle();
    std::thread::sleep(Duration::from_millis(50));
    app.poll_background();
    assert_eq!(app.mode, Mode::Normal, "a cancelled seek never pops up");
}

#[test]
fn escape_stops_the_background_seek_computing_and_no_answer_is_shown() {
    let mut app = app_with(reachable(), None);
    app.work_in_background();
    press(&mut app, &[ch('g')]);
    let stop = app.seek_stop_flag().expect("a seek on the worker");
    assert!(!stop.load(Ordering::Relaxed));
    press(&mut app, &[key(KeyCode::Esc)]);
    assert!(stop.load(Ordering::Relaxed), "Esc asks the worker to stop");
    assert!(app.seek_stop_flag().is_none(), "no seek in flight");
    assert_eq!(
        app.wait_for_cancelled_seek(),
        Some(true),
        "the worker stopped its search instead of finishing it"
    );
    assert!(!app.poll_background(), "nothing lands");
    assert_eq!(app.mode, Mode::Normal);
    assert!(!app.is_busy());
    assert_eq!(*app.policy(), reachable());
    let terminal = render(&mut app, 120, 40);
    let screen = screen_text(terminal.backend().buffer());
    assert!(screen.contains("seek cancelled"), "{screen}");
    assert!(!screen.contains("Seeking…"), "{screen}");
    assert_snapshot!(terminal.backend());
}

#[test]
fn a_newer_seek_stops_the_one_it_replaces() {
    let baseline = baseline();
    let mut background = Background::start(&baseline);
    let request = levers_core::analysis::seek::SeekRequest::for_package(&reachable());
    background.seek(request.clone());
    let first = background.seek_stop_flag().expect("the first seek");
    background.seek(request);
    assert!(
        first.load(Ordering::Relaxed),
        "the first seek is asked to stop"
    );
    assert_eq!(background.wait_for_cancelled_seek(), Some(true));
    let second = background.seek_stop_flag().expect("the second seek");
    assert!(!second.load(Ordering::Relaxed), "the newer seek runs on");
    background.cancel_seek();
    assert!(second.load(Ordering::Relaxed));
    assert!(!background.seeking());
}
