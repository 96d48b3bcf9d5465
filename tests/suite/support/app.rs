//! Shared helpers for the workbench tests: a real `App` on the embedded baseline,
//! key presses through the real keymap, and rendering into a `TestBackend`.
#![allow(dead_code)]

use std::path::PathBuf;

use levers::tui::{App, action_for_event, dispatch};
use levers_core::{LeverField, Policy};
use ratatui::Terminal;
use ratatui::backend::TestBackend;
use ratatui::crossterm::event::{Event, KeyCode, KeyEvent, KeyModifiers};

pub use super::baseline;

/// The workbench on `policies/blueprint-2032.toml` with no file attached (as
/// for the embedded default): every lever group is set, so the tests can step
/// through all of them. (The embedded default is `policies/announced.toml`.)
pub fn blueprint_app() -> App {
    let baseline = baseline();
    let policy = super::load("policies/blueprint-2032.toml", &baseline);
    App::new(baseline, policy, None)
}

pub fn app_with(policy: Policy, path: Option<PathBuf>) -> App {
    App::new(baseline(), policy, path)
}

/// The workbench on `count` small measures, half R&D grants and half training
/// places (for the tornado that swings them by kind past its limit).
pub fn grants_and_training_app(count: usize) -> App {
    use levers_core::measure::{Amount, Measure, MeasureKind};
    let mut policy = Policy::status_quo();
    policy.measures = (0..count)
        .map(|i| {
            let (kind, amount) = if i % 2 == 0 {
                (MeasureKind::RdGrants, 0.001)
            } else {
                (MeasureKind::TrainingPlaces, 1.0)
            };
            Measure::new(format!("scheme_{i}"), kind, Amount::Constant(amount), 2026)
        })
        .collect();
    app_with(policy, None)
}

/// Presses keys as a user would; `folders` are where the picker looks.
pub fn press_in(app: &mut App, keys: &[KeyEvent], folders: &[PathBuf]) {
    for key in keys {
        if let Some(action) = action_for_event(app, &Event::Key(*key)) {
            dispatch(app, action, folders);
        }
    }
}

pub fn press(app: &mut App, keys: &[KeyEvent]) {
    press_in(app, keys, &[]);
}

pub fn key(code: KeyCode) -> KeyEvent {
    KeyEvent::new(code, KeyModifiers::NONE)
}

pub fn ch(c: char) -> KeyEvent {
    let modifiers = if c.is_ascii_uppercase() {
        KeyModifiers::SHIFT
    } else {
        KeyModifiers::NONE
    };
    KeyEvent::new(KeyCode::Char(c), modifiers)
}

pub fn ctrl(c: char) -> KeyEvent {
    KeyEvent::new(KeyCode::Char(c), KeyModifiers::CONTROL)
}

pub fn text(s: &str) -> Vec<KeyEvent> {
    s.chars().map(ch).collect()
}

/// Keys spelled as words separated by spaces: `up down left right enter esc
/// tab backspace`, `ctrl-r`, or one character (`H` with Shift, as [`ch`]).
pub fn keys(spelled: &str) -> Vec<KeyEvent> {
    spelled
        .split_whitespace()
        .map(|word| match word {
            "up" => key(KeyCode::Up),
            "down" => key(KeyCode::Down),
            "left" => key(KeyCode::Left),
            "right" => key(KeyCode::Right),
            "enter" => key(KeyCode::Enter),
            "esc" => key(KeyCode::Esc),
            "tab" => key(KeyCode::Tab),
            "backspace" => key(KeyCode::Backspace),
            _ => match (word.strip_prefix("ctrl-"), word.chars().count()) {
                (Some(letter), _) if letter.chars().count() == 1 => {
                    ctrl(letter.chars().next().unwrap_or(' '))
                }
                (None, 1) => ch(word.chars().next().unwrap_or(' ')),
                _ => panic!("no key is spelled {word:?}"),
            },
        })
        .collect()
}

pub fn render(app: &mut App, width: u16, height: u16) -> Terminal<TestBackend> {
    app.resize(width, height);
    let mut terminal = Terminal::new(TestBackend::new(width, height)).expect("test terminal");
    let mut hits = levers::tui::hits::Hits::default();
    terminal
        .draw(|frame| hits = levers::tui::view::draw(frame, app))
        .expect("draw");
    app.drawn(hits);
    terminal
}

/// The rent subsidy (the first lever on screen), which many tests change.
pub fn rent(app: &App) -> f64 {
    app.policy().dial_value(LeverField::RentSubsidyPct)
}

/// The rendered screen as text, one line per row.
pub fn screen_text(buffer: &ratatui::buffer::Buffer) -> String {
    let area = buffer.area;
    (0..area.height)
        .map(|y| {
            (0..area.width)
                .map(|x| buffer[(x, y)].symbol().to_string())
                .collect::<String>()
        })
        .collect::<Vec<_>>()
        .join("\n")
}

/// The screen of `app` drawn at `width`×`height`, line by line.
pub fn screen_lines(app: &mut App, width: u16, height: u16) -> Vec<String> {
    let terminal = render(app, width, height);
    terminal
        .backend()
        .buffer()
        .content()
        .chunks(usize::from(width))
        .map(|row| row.iter().map(ratatui::buffer::Cell::symbol).collect())
        .collect()
}
