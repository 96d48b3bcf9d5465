//! When the workbench's expensive work runs: inline on the keystroke, or on
//! the worker threads of [`crate::tui::background`] once the run loop has
//! switched them on. Either way the numbers are the same; in the background
//! the attribution panel says "updating" until the answer for the package in
//! force lands, and a goal seek shows "seeking…" until its proposal does.

use std::sync::Arc;
use std::sync::atomic::AtomicBool;

use levers_core::analysis::seek::SeekRequest;
use levers_core::analysis::{attribute_with, attribution_player_count};

use super::{App, Mode};
use crate::tui::background::{Background, INLINE_PLAYERS};
use crate::tui::files::Effect;

impl App {
    /// Runs dear work on worker threads from now on (the run loop does this;
    /// tests and scripts leave it off and get every answer at once).
    pub fn work_in_background(&mut self) {
        if self.background.is_none() {
            self.background = Some(Background::start(&self.baseline));
        }
    }

    /// The worker threads, when they run.
    pub(in crate::tui) fn background_mut(&mut self) -> Option<&mut Background> {
        self.background.as_mut()
    }

    /// The worker threads, when they run (to ask what is in flight).
    pub(in crate::tui) fn background_ref(&self) -> Option<&Background> {
        self.background.as_ref()
    }

    /// Attributes the package in force: inline when it has few players (or
    /// no worker runs), else on the worker, the old parts shown as updating.
    pub(super) fn attribute(&mut self) {
        let players = self.attribution_players;
        let many = attribution_player_count(&self.policy, players) > INLINE_PLAYERS;
        match self.background.as_mut() {
            Some(background) if many => background.attribute(&self.policy, players),
            background => {
                if let Some(background) = background {
                    background.drop_attribution();
                }
                self.attribution = attribute_with(&self.baseline, &self.policy, players);
            }
        }
    }

    /// Whether the attribution shown is of an earlier package, its successor
    /// being computed.
    pub fn attribution_updating(&self) -> bool {
        self.background
            .as_ref()
            .is_some_and(Background::attribution_out)
    }

    /// Whether work is on the worker threads (the run loop then wakes up
    /// sooner to show its answer).
    pub fn is_busy(&self) -> bool {
        self.background
            .as_ref()
            .is_some_and(|b| b.attribution_out() || b.seeking() || b.discovering())
    }

    /// Takes in any answers that have landed; true when the screen changes.
    pub fn poll_background(&mut self) -> bool {
        let Some(background) = self.background.as_mut() else {
            return false;
        };
        let attribution = background.attribution_landed();
        let seek = background.seek_landed();
        let discover = background.discover_landed();
        let changed = attribution.is_some() || seek.is_some() || discover.is_some();
        if let Some(view) = discover {
            self.discover_landed(view);
        }
        if let Some(attribution) = attribution {
            self.attribution = attribution;
        }
        if let Some(seek) = seek {
            self.seek_landed(seek);
        }
        changed
    }

    /// Waits until the work in flight has landed (tests and benches).
    pub fn settle(&mut self) {
        let Some(background) = self.background.as_mut() else {
            return;
        };
        let attribution = background.wait_for_attribution();
        let seek = background.wait_for_seek();
        if let Some(view) = background.wait_for_discover() {
            self.discover_landed(view);
        }
        if let Some(attribution) = attribution {
            self.attribution = attribution;
        }
        if let Some(seek) = seek {
            self.seek_landed(seek);
        }
    }

    /// Starts the goal seek: on a worker (the screen shows "seeking…" and Esc
    /// cancels), or through [`crate::tui::dispatch`] when none runs.
    pub(in crate::tui) fn request_seek(&mut self) -> Option<Effect> {
        // The package's own target, within its budget cap, over the groups it
        // uses (all four when it uses none): what `levers seek --from FILE` seeks.
        let request = SeekRequest::for_package(self.policy());
        // A target year before any measure the search sets acts: nothing it
        // sets could meet it (the refusal of `levers seek`).
        let first = levers_core::analysis::seek::first_acting_year(&self.baseline, &request);
        if request.target.year < first {
            let (year, first) = (request.target.year.to_string(), first.to_string());
            self.say_error(
                "note-seek-year-before-measures",
                &[("year", &year), ("first", &first)],
            );
            return None;
        }
        if let Some(background) = self.background.as_mut() {
            background.seek(request);
            self.mode = Mode::Seeking;
            return None;
        }
        self.say("note-seeking", &[]);
        Some(Effect::Seek(Box::new(request)))
    }

    /// While seeking only Esc counts: it stops the search, and its answer is
    /// not awaited.
    pub(super) fn update_seeking(&mut self, action: crate::tui::action::Action) {
        if action == crate::tui::action::Action::Cancel {
            if let Some(background) = self.background.as_mut() {
                background.cancel_seek();
            }
            self.mode = Mode::Normal;
            self.say("note-seek-cancelled", &[]);
        }
    }

    /// The stop flag of the seek on the worker (tests): Esc sets it.
    pub fn seek_stop_flag(&self) -> Option<Arc<AtomicBool>> {
        self.background.as_ref()?.seek_stop_flag()
    }

    /// Waits for the worker of the last cancelled seek to end (tests):
    /// `Some(true)` when its search stopped early.
    pub fn wait_for_cancelled_seek(&mut self) -> Option<bool> {
        self.background.as_mut()?.wait_for_cancelled_seek()
    }

    fn seek_landed(&mut self, seek: Option<levers_core::analysis::robust_seek::RobustSeek>) {
        if self.mode != Mode::Seeking {
            return;
        }
        if let Some(robust) = seek {
            self.seek_done(robust);
        } else {
            self.mode = Mode::Normal;
            self.say_error("note-seek-no-answer", &[]);
        }
    }
}
