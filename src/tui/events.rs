//! The run loop's input side: events are taken in batches (everything already
//! waiting, up to [`MAX_BATCH`]) and applied before one draw, so a held key or a
//! paste cannot bury the screen under redraws. [`turn`] is one iteration of the
//! loop, shared by [`super::run`] and the tests (which feed it a queue).

use std::path::PathBuf;
use std::time::Duration;

use ratatui::Terminal;
use ratatui::backend::Backend;
use ratatui::crossterm::event::{self, Event, MouseEvent, MouseEventKind};

use super::action::Action;
use super::app::{App, Mode};
use super::files;
use super::hits::Hits;
use super::{keymap, view};

/// The environment variable naming a key that makes the workbench panic. A test
/// hook only (the terminal-safety tests press it to check that a panic leaves
/// the terminal usable); unset, no key panics.
pub const TEST_PANIC_KEY_VAR: &str = "LEVERS_TEST_PANIC_KEY";

/// Most events applied between two draws.
pub const MAX_BATCH: usize = 1024;

/// How long the loop waits for input before an idle tick.
pub const TICK: Duration = Duration::from_millis(250);

/// How long it waits while a worker thread computes, so its answer shows soon.
pub const BUSY_TICK: Duration = Duration::from_millis(15);

/// Where the run loop's events come from (the terminal, or a test's queue).
pub trait Events {
    /// Whether an event is ready within `timeout`.
    fn poll(&mut self, timeout: Duration) -> std::io::Result<bool>;
    fn read(&mut self) -> std::io::Result<Event>;
}

/// The real terminal's events. Input is awaited with `tty`, and
/// crossterm asked only while the terminal is there (on a terminal that has
/// gone, crossterm's reader never returns); a terminal gone is an error.
pub struct TerminalEvents;

impl Events for TerminalEvents {
    fn poll(&mut self, timeout: Duration) -> std::io::Result<bool> {
        super::tty::wait_for_input(Duration::ZERO)?;
        // Events crossterm already holds, or input waiting.
        if event::poll(Duration::ZERO)? {
            return Ok(true);
        }
        if timeout.is_zero() {
            return Ok(false);
        }
        super::tty::wait_for_input(timeout)?;
        event::poll(Duration::ZERO)
    }

    fn read(&mut self) -> std::io::Result<Event> {
        event::read()
    }
}

/// Carries out `action` and any file work it leads to, until the app is settled.
pub fn dispatch(app: &mut App, action: Action, folders: &[PathBuf]) {
    let mut effect = app.update(action);
    while let Some(work) = effect {
        let outcome = files::execute(work, app.baseline(), folders, app.lang);
        effect = app.complete(outcome);
    }
}

/// The action for a terminal event in the app's current context.
pub fn action_for_event(app: &App, event: &Event) -> Option<Action> {
    match event {
        Event::Key(key) => {
            let context = app.context();
            let user = matches!(context, keymap::Context::Normal | keymap::Context::Measures)
                .then(|| app.user_keys.action_for(*key))
                .flatten();
            user.or_else(|| keymap::action_for(context, *key))
        }
        Event::Mouse(MouseEvent {
            kind, column, row, ..
        }) => {
            let (column, row) = (*column, *row);
            match kind {
                MouseEventKind::Down(_) => Some(Action::Click { column, row }),
                MouseEventKind::ScrollUp => Some(Action::ScrollUp { column, row }),
                MouseEventKind::ScrollDown => Some(Action::ScrollDown { column, row }),
                _ => None,
            }
        }
        Event::Resize(width, height) => Some(Action::Resize {
            width: *width,
            height: *height,
        }),
        _ => None,
    }
}

/// Waits up to `timeout` for an event, then takes every event already waiting
/// (at most [`MAX_BATCH`]), so a held key costs one draw per batch, not per event.
pub fn next_batch(events: &mut impl Events, timeout: Duration) -> std::io::Result<Vec<Event>> {
    let mut batch = Vec::new();
    if !events.poll(timeout)? {
        return Ok(batch);
    }
    batch.push(events.read()?);
    while batch.len() < MAX_BATCH && events.poll(Duration::ZERO)? {
        batch.push(events.read()?);
    }
    Ok(batch)
}

/// Applies `batch` in order, as the run loop does between two draws. A run of
/// identical lever steps (a held key) is applied as one [`App::repeat_step`]:
/// the same result as one by one, with one recomputation.
pub fn apply_batch(app: &mut App, batch: &[Event], folders: &[PathBuf]) {
    let mut next = 0;
    while next < batch.len() && !app.should_quit() {
        if let Event::Paste(text) = &batch[next] {
            paste(app, text, folders);
            next += 1;
            continue;
        }
        let Some(action) = action_for_event(app, &batch[next]) else {
            next += 1;
            continue;
        };
        if app.mode == Mode::Normal && is_step(action) {
            let run = batch[next..]
                .iter()
                .take_while(|e| action_for_event(app, e) == Some(action))
                .count();
            app.repeat_step(action, run);
            next += run;
        } else {
            dispatch(app, action, folders);
            next += 1;
        }
    }
}

/// Most characters a paste may type.
const MAX_PASTE_CHARS: usize = 4096;

/// A paste (bracketed paste mode) is text for the focused input, never
/// keystrokes for the workbench: in a text prompt or the picker's path each
/// character is typed, line breaks and other control characters dropped (so
/// `55⏎xs` types `55xs` and accepts nothing); anywhere else it is ignored.
fn paste(app: &mut App, text: &str, folders: &[PathBuf]) {
    if !matches!(
        app.context(),
        keymap::Context::Text | keymap::Context::Picker
    ) {
        return;
    }
    for c in text
        .chars()
        .filter(|c| !c.is_control())
        .take(MAX_PASTE_CHARS)
    {
        dispatch(app, Action::InputChar(c), folders);
    }
}

fn is_step(action: Action) -> bool {
    matches!(
        action,
        Action::Increase | Action::Decrease | Action::IncreaseBig | Action::DecreaseBig
    )
}

/// One turn of the run loop: draw once, wait up to `timeout` for events, apply
/// all that are waiting. Returns how many events were applied (0: an idle tick).
///
/// # Panics
///
/// When the key named by `LEVERS_TEST_PANIC_KEY` is pressed (a test hook).
#[expect(
    clippy::panic,
    reason = "the test hook LEVERS_TEST_PANIC_KEY is there to panic on purpose"
)]
pub fn turn<B: Backend>(
    terminal: &mut Terminal<B>,
    app: &mut App,
    events: &mut impl Events,
    folders: &[PathBuf],
    timeout: Duration,
    panic_key: Option<keymap::Key>,
) -> color_eyre::Result<usize>
where
    B::Error: Send + Sync + 'static,
{
    app.poll_background();
    let mut hits = Hits::default();
    terminal.draw(|frame| hits = view::draw(frame, app))?;
    app.drawn(hits);
    let batch = next_batch(events, timeout)?;
    if let Some(panic_key) = panic_key
        && batch
            .iter()
            .any(|e| matches!(e, Event::Key(k) if keymap::Key::from_event(*k) == panic_key))
    {
        panic!("test panic: the key named by {TEST_PANIC_KEY_VAR} was pressed");
    }
    apply_batch(app, &batch, folders);
    Ok(batch.len())
}
