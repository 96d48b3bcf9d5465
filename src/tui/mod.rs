//! The interactive workbench: a lever panel, charts, KPIs and a sector table over
//! one package, recomputed on every keystroke.
//!
//! Shape (the Elm architecture): [`app::App`] holds the state; [`app::App::update`]
//! turns an [`action::Action`] into new state and, for file work, an
//! [`files::Effect`]; [`dispatch`] carries effects out at the edge; [`view`] draws
//! `&App` without changing it and returns what it drew where ([`hits`]), which
//! the app keeps for the mouse. Editors and prompts are closed rooms: each owns
//! its state and answers a key with a reply ([`editor`]), reading only the
//! package, the baseline and the language. [`run`] owns the terminal: it applies input in
//! batches ([`events`]), keeps a recovery copy of unsaved edits ([`recovery`]),
//! and leaves the terminal sane on a quit, a panic, SIGTERM or SIGHUP. Work
//! too dear for a keystroke (the attribution of many measures, the goal seek)
//! runs on worker threads there ([`background`]); without them, as in tests,
//! it runs inline with the same result.

pub mod action;
pub mod analysis;
pub mod app;
pub mod background;
pub mod discover;
pub mod edit;
pub mod editor;
pub mod events;
pub mod files;
pub mod form;
pub mod group;
pub mod history;
pub mod hits;
pub mod keymap;
pub mod labels;
pub mod measure_editor;
pub mod measures;
pub mod numbers;
pub mod package_editor;
pub mod prompts;
pub mod recovery;
mod session_lock;
pub mod settings_note;
mod text_input;
pub mod timing_rows;
mod tty;
pub mod view;

use std::path::PathBuf;
use std::sync::Arc;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::time::Instant;

use levers_core::{Baseline, Policy};

use levers_files::settings;
use levers_report::i18n::Lang;
use ratatui::crossterm::event::{
    DisableBracketedPaste, DisableMouseCapture, EnableBracketedPaste, EnableMouseCapture,
};
use ratatui::crossterm::{cursor, execute};
use signal_hook::consts::{SIGHUP, SIGINT, SIGQUIT, SIGTERM};

pub use action::Action;
pub use app::App;
pub use events::{
    BUSY_TICK, Events, MAX_BATCH, TEST_PANIC_KEY_VAR, TICK, TerminalEvents, action_for_event,
    apply_batch, dispatch, next_batch, turn,
};
use recovery::Recovery;
use view::theme::Theme;

/// Where the picker looks for packages (after the open package's folder):
/// the folder levers was started in, `./policies`, then the user's library.
pub fn package_folders() -> Vec<PathBuf> {
    let mut folders = vec![PathBuf::from("."), PathBuf::from("policies")];
    folders.extend(settings::library_dir());
    folders
}

/// The user's extra keys and theme from the settings file, and what in it could
/// not be used (shown once the workbench opens; the built-in keys always work).
pub fn user_settings(
    lang: Lang,
    loaded: Result<settings::Settings, levers_files::diagnostic::Diagnostics>,
) -> (keymap::UserKeys, Theme, Option<String>) {
    match loaded {
        Err(diagnostics) => (
            keymap::UserKeys::default(),
            Theme::Default,
            Some(crate::shown::diagnostics(lang, &diagnostics)),
        ),
        Ok(loaded) => {
            let (keys, mut problems) = keymap::UserKeys::from_settings(&loaded.keymap);
            let theme = match loaded.theme.as_deref().map(Theme::from_name) {
                Some(Err(problem)) => {
                    problems.push(problem);
                    Theme::Default
                }
                Some(Ok(theme)) => theme,
                None => Theme::Default,
            };
            let file = loaded.file.as_ref().map_or_else(
                || settings::SETTINGS_FILE.to_string(),
                |f| f.display().to_string(),
            );
            // In the file's order, each at its line and column (any note
            // without a place last).
            let mut placed: Vec<_> = problems
                .iter()
                .map(|p| (p.place(&loaded), p.words(lang)))
                .collect();
            placed.sort_by_key(|(place, _)| place.unwrap_or((usize::MAX, usize::MAX)));
            let text = placed
                .iter()
                .map(|(place, words)| match place {
                    Some((line, column)) => format!("{file}:{line}:{column}: {words}"),
                    None => format!("{file}: {words}"),
                })
                .collect::<Vec<_>>()
                .join("\n");
            (keys, theme, (!problems.is_empty()).then_some(text))
        }
    }
}

/// What the workbench cannot use from `settings`, as [`user_settings`] lists
/// it when it opens (for `levers paths`, which checks the settings file).
pub fn settings_notes(lang: Lang, settings: settings::Settings) -> Option<String> {
    user_settings(lang, Ok(settings)).2
}

/// Whether `NO_COLOR` asks for no colours (set and not empty).
pub fn no_color_requested() -> bool {
    std::env::var_os("NO_COLOR").is_some_and(|v| !v.is_empty())
}

/// Leaves the terminal as the shell expects it: mouse reporting off, cursor
/// shown, raw mode off, main screen.
fn restore_terminal() {
    release_terminal();
    ratatui::restore();
}

/// What the workbench switched on besides raw mode and the alternate screen:
/// mouse reporting and bracketed paste off, the cursor shown.
fn release_terminal() {
    let _ = execute!(
        std::io::stdout(),
        DisableMouseCapture,
        DisableBracketedPaste,
        cursor::Show
    );
}

/// SIGTERM, SIGHUP, SIGINT and SIGQUIT set `signal` to their number; the run
/// loop notices within a tick. (In the raw terminal Ctrl+C and Ctrl+\ are
/// keys; these come from `kill`, and each must leave the screen restored.)
fn watch_signals() -> Arc<AtomicUsize> {
    let signal = Arc::new(AtomicUsize::new(0));
    for signo in [SIGTERM, SIGHUP, SIGINT, SIGQUIT] {
        // Without the handler the default action (exit) still applies; the
        // terminal is then left as it was, so carry on rather than refuse to start.
        let _ = signal_hook::flag::register_usize(signo, Arc::clone(&signal), signo as usize);
    }
    signal
}

/// Turns of the run loop until the user quits, a signal arrives or the terminal
/// goes (recovery copy written, terminal restored, exit with 128 + the signal's
/// number; a terminal gone counts as SIGHUP), or the terminal fails.
fn run_loop(
    terminal: &mut ratatui::DefaultTerminal,
    app: &mut App,
    recovery: &mut Option<Recovery>,
    folders: &[PathBuf],
    panic_key: Option<keymap::Key>,
    signal: &AtomicUsize,
) -> color_eyre::Result<()> {
    while !app.should_quit() {
        let signo = signal.load(Ordering::Relaxed);
        if signo != 0 {
            leave(app, recovery, signo);
        }
        // While a worker computes, wake up soon to show its answer.
        let timeout = if app.is_busy() { BUSY_TICK } else { TICK };
        match turn(
            terminal,
            app,
            &mut TerminalEvents,
            folders,
            timeout,
            panic_key,
        ) {
            Ok(applied) => {
                if let Some(recovery) = recovery.as_mut() {
                    recovery.sync(app, Instant::now(), applied == 0);
                    if let Some(error) = recovery.error.take() {
                        app.error(error);
                    }
                }
            }
            Err(_) if tty::gone() => leave(app, recovery, SIGHUP as usize),
            Err(error) => {
                // Keep the edits for the next start before giving up.
                if let Some(recovery) = recovery.as_mut() {
                    recovery.sync(app, Instant::now(), true);
                }
                return Err(error);
            }
        }
    }
    Ok(())
}

/// Writes the recovery copy, restores the terminal (if it is still there) and
/// exits with 128 + `signo`, as a process ended by that signal reports.
fn leave(app: &App, recovery: &mut Option<Recovery>, signo: usize) -> ! {
    if let Some(recovery) = recovery.as_mut() {
        recovery.sync(app, Instant::now(), true);
    }
    restore_terminal();
    std::process::exit(128 + i32::try_from(signo).unwrap_or(0));
}

/// The text of the package's file, for saves that keep it (none for `-`).
fn path_text(path: Option<&std::path::Path>) -> Option<String> {
    let path = path.filter(|p| !levers_files::load::is_stdin(p))?;
    levers_files::fsio::read_text(path).ok()
}

/// The embedded default package's text, its `#:schema` line (which points
/// into the source tree) replaced by the one naming the installed schema,
/// as a package written from scratch has.
fn default_package_source() -> String {
    let text = levers_files::DEFAULT_PACKAGE;
    match text.split_once('\n') {
        Some((first, rest)) if first.starts_with("#:schema") => {
            format!("{}\n{rest}", levers_files::schema_install::schema_line())
        }
        _ => text.to_string(),
    }
}

/// Opens the workbench on `policy` (loaded from `path`, if any).
/// `lang` is the language the command line chose (`--lang`, else the settings file).
pub fn run(
    lang: levers_report::i18n::Lang,
    baseline: Baseline,
    policy: Policy,
    path: Option<PathBuf>,
) -> color_eyre::Result<()> {
    // A second install (e.g. in tests) is harmless; the first one wins.
    let _ = color_eyre::install();
    let stamp = path.as_deref().and_then(levers_files::fsio::stamp);
    let mut app = App::in_background(baseline, policy, path);
    app.stamp = stamp;
    // A package saved from scratch names the installed schema (see `levers
    // new`); without a data folder an editor only lacks completion.
    let _ = levers_files::schema_install::install(&levers_report::i18n::Lang::En, app.baseline());
    // The embedded default is saved as its own text edited in place, so a
    // save keeps its comments and sources like any package read from a file.
    let source = match app.path.as_deref() {
        Some(path) => path_text(Some(path)),
        None => Some(default_package_source()),
    };
    app.keep_source(source);
    app.no_color = no_color_requested();
    app.lang = lang;
    app.library = settings::library_dir();
    let (keys, theme, problems) = user_settings(app.lang, settings::load());
    app.user_keys = keys;
    app.theme = theme;
    let mut recovery = recovery::dir().map(Recovery::new);
    if let Some(recovery) = recovery.as_mut() {
        recovery.offer(&mut app);
    }
    if let Some(text) = problems {
        app.settings_not_applied(text);
    }
    let panic_key = std::env::var(TEST_PANIC_KEY_VAR)
        .ok()
        .and_then(|name| keymap::Key::parse(&name));
    let signal = watch_signals();
    let folders = package_folders();
    app.work_in_background();
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
    // reporting and the cursor are ours, before that hook (and color_eyre's
    // report) runs.
    let restore_then_report = std::panic::take_hook();
    std::panic::set_hook(Box::new(move |info| {
        release_terminal();
        restore_then_report(info);
    }));
    // Bracketed paste: a paste arrives as one event, never as keystrokes.
    let _ = execute!(std::io::stdout(), EnableMouseCapture, EnableBracketedPaste);
    let size = terminal.size()?;
    app.resize(size.width, size.height);
    tty::watchdog();
    let looped = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| {
        run_loop(
            &mut terminal,
            &mut app,
            &mut recovery,
            &folders,
            panic_key,
            &signal,
        )
    }));
    let result = match looped {
        Ok(result) => result,
        Err(panic) => {
            // The hook has restored the terminal and printed the report; keep
            // the edits for the next start, then carry on panicking.
            if let Some(recovery) = recovery.as_mut() {
                recovery.sync(&app, Instant::now(), true);
            }
            std::panic::resume_unwind(panic)
        }
    };
    if app.should_quit()
        && let Some(recovery) = recovery.as_mut()
    {
        recovery.remove();
    }
    restore_terminal();
    result
}
