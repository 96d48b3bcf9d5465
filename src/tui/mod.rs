//! The interactive workbench: a lever panel, charts, KPIs and a sector table over
//! one package, recomputed on every keystroke.
//!
//! Shape (the Elm architecture): [`app::App`] holds the state; [`app::App::update`]
//! turns an [`action::Action`] into new state and, for file work, an
//! [`files::Effect`]; [`dispatch`] carries effects out at the edge; [`view`] draws
//! `&App` without changing it. [`run`] owns the terminal.

pub mod action;
pub mod app;
pub mod edit;
pub mod files;
pub mod group;
pub mod history;
pub mod keymap;
pub mod prompts;
pub mod view;

use std::path::PathBuf;

use levers_core::{Baseline, Policy};

use crate::settings;
use ratatui::crossterm::event::{
    self, DisableMouseCapture, EnableMouseCapture, Event, MouseEvent, MouseEventKind,
};
use ratatui::crossterm::execute;

pub use action::Action;
pub use app::App;

/// Where the picker looks for packages: `./policies`, then the user's library.
pub fn package_folders() -> Vec<PathBuf> {
    let mut folders = vec![PathBuf::from("policies")];
    folders.extend(settings::library_dir());
    folders
}

/// The user's extra keys from the settings file, and what in it could not be
/// used (shown once the workbench opens; the built-in keys always work).
fn user_keys() -> (keymap::UserKeys, Option<String>) {
    match settings::load() {
        Err(diagnostics) => (keymap::UserKeys::default(), Some(diagnostics.to_string())),
        Ok(loaded) => {
            let (keys, problems) = keymap::UserKeys::from_settings(&loaded.keymap);
            let file = loaded.file.map_or_else(
                || settings::SETTINGS_FILE.to_string(),
                |f| f.display().to_string(),
            );
            let text = problems
                .iter()
                .map(|p| format!("{file}: {p}"))
                .collect::<Vec<_>>()
                .join("\n");
            (keys, (!problems.is_empty()).then_some(text))
        }
    }
}

/// Carries out `action` and any file work it leads to, until the app is settled.
pub fn dispatch(app: &mut App, action: Action, folders: &[PathBuf]) {
    let mut effect = app.update(action);
    while let Some(work) = effect {
        let outcome = files::execute(work, &app.baseline, folders);
        effect = app.complete(outcome);
    }
}

/// The action for a terminal event in the app's current context.
pub fn action_for_event(app: &App, event: &Event) -> Option<Action> {
    match event {
        Event::Key(key) => {
            let context = app.context();
            let user = (context == keymap::Context::Normal)
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

/// Whether NO_COLOR asks for no colours (set and not empty).
pub fn no_color_requested() -> bool {
    std::env::var_os("NO_COLOR").is_some_and(|v| !v.is_empty())
}

/// Opens the workbench on `policy` (loaded from `path`, if any).
pub fn run(baseline: Baseline, policy: Policy, path: Option<PathBuf>) -> color_eyre::Result<()> {
    // A second install (e.g. in tests) is harmless; the first one wins.
    let _ = color_eyre::install();
    let mut app = App::new(baseline, policy, path);
    app.no_color = no_color_requested();
    app.library = settings::library_dir();
    let (keys, problems) = user_keys();
    app.user_keys = keys;
    if let Some(text) = problems {
        app.mode = app::Mode::Message {
            title: "Settings: some keys not applied".to_string(),
            text,
        };
    }
    let folders = package_folders();
    let mut terminal = match ratatui::try_init() {
        Ok(terminal) => terminal,
        Err(error) => {
            let _ = ratatui::crossterm::terminal::disable_raw_mode();
            return Err(color_eyre::eyre::eyre!(
                "cannot open the terminal ({error}); the workbench needs an interactive \
                 terminal; in scripts use `levers eval FILE`"
            ));
        }
    };
    // ratatui's panic hook leaves raw mode and the alternate screen; mouse
    // reporting is ours to switch off, before that hook runs.
    let restore_terminal = std::panic::take_hook();
    std::panic::set_hook(Box::new(move |info| {
        let _ = execute!(std::io::stdout(), DisableMouseCapture);
        restore_terminal(info);
    }));
    let _ = execute!(std::io::stdout(), EnableMouseCapture);
    let result = event_loop(&mut terminal, &mut app, &folders);
    let _ = execute!(std::io::stdout(), DisableMouseCapture);
    ratatui::restore();
    result
}

fn event_loop(
    terminal: &mut ratatui::DefaultTerminal,
    app: &mut App,
    folders: &[PathBuf],
) -> color_eyre::Result<()> {
    let size = terminal.size()?;
    app.size = (size.width, size.height);
    while !app.should_quit {
        terminal.draw(|frame| frame.render_widget(&*app, frame.area()))?;
        let event = event::read()?;
        if let Some(action) = action_for_event(app, &event) {
            dispatch(app, action, folders);
        }
    }
    Ok(())
}
