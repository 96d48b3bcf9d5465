//! The analysis views the app opens and closes — the tornado, the Sobol
//! indices, the uncertainty band, scenario discovery — and the goal seek's
//! proposal. What they show is computed in [`crate::tui::analysis`] and
//! [`crate::tui::discover`]; here the app decides when.

use levers_core::analysis::Outcome;
use levers_core::analysis::robust_seek::RobustSeek;

use super::{App, Mode};
use crate::tui::analysis::{Proposal, SobolView, Tornado, band, next_outcome};
use crate::tui::discover::DiscoverView;

impl App {
    /// The views that are open, recomputed for the package in force. Closed
    /// views cost nothing.
    pub fn refresh_analysis(&mut self) {
        if let Some(tornado) = &self.tornado {
            let outcome = tornado.outcome;
            self.tornado = Some(Tornado::compute(&self.baseline, self.policy(), outcome));
        }
        if self.band.is_some() {
            self.band = Some(band(&self.baseline, self.policy()));
        }
    }

    pub(super) fn toggle_tornado(&mut self) {
        self.tornado = match self.tornado {
            Some(_) => None,
            None => Some(Tornado::compute(
                &self.baseline,
                self.policy(),
                Outcome::ShareInTargetYear,
            )),
        };
    }

    /// The next outcome in the tornado (opening it if it is closed).
    pub(super) fn cycle_tornado_outcome(&mut self) {
        let outcome = self
            .tornado
            .as_ref()
            .map_or(Outcome::ShareInTargetYear, |t| next_outcome(t.outcome));
        self.tornado = Some(Tornado::compute(&self.baseline, self.policy(), outcome));
    }

    /// Opens the Sobol view (computing it); when open and out of date,
    /// computes it again; when open and up to date, closes it.
    pub(super) fn toggle_sobol(&mut self) {
        self.sobol = match &self.sobol {
            Some(view) if !view.is_stale(self.policy()) => None,
            _ => Some(SobolView::compute(&self.baseline, self.policy())),
        };
    }

    pub(super) fn toggle_band(&mut self) {
        self.band = match self.band {
            Some(_) => None,
            None => Some(band(&self.baseline, self.policy())),
        };
    }

    /// Shows what the search found, as a proposal to accept or reject.
    pub fn seek_done(&mut self, robust: RobustSeek) {
        let proposal = Proposal::from_seek(self.lang, &self.baseline, self.policy(), robust);
        self.note = None;
        self.mode = Mode::Seek(Box::new(proposal));
    }

    pub(super) fn update_seek(&mut self, proposal: Proposal, accept: bool) {
        self.mode = Mode::Normal;
        if accept {
            let changed = proposal.policy != *self.policy();
            self.commit(proposal.policy);
            if changed {
                self.say("note-proposal-applied", &[]);
            } else {
                self.say("note-already-proposal", &[]);
            }
        } else {
            self.say("note-proposal-dismissed", &[]);
        }
    }

    /// Opens the view (computing it); when open and out of date, computes it
    /// again; when open and up to date, closes it. On a worker when one runs:
    /// the view shows "computing" until the answer lands.
    pub(super) fn toggle_discover(&mut self) {
        if self.discover_running() {
            // Asked again while computing: close it, the answer is dropped.
            self.discover = None;
            if let Some(background) = self.background_mut() {
                background.drop_discover();
            }
            return;
        }
        if let Some(view) = &self.discover
            && !view.is_stale(self.policy())
        {
            self.discover = None;
            return;
        }
        let policy = self.policy().clone();
        if let Some(background) = self.background_mut() {
            background.discover(&policy);
        } else {
            self.discover = Some(DiscoverView::compute(&self.baseline, &policy));
        }
    }

    /// Whether the discovery is being computed on a worker.
    pub fn discover_running(&self) -> bool {
        self.background_ref()
            .is_some_and(crate::tui::background::Background::discovering)
    }

    /// The view's answer from the worker (one the user closed never lands).
    pub(super) fn discover_landed(&mut self, view: DiscoverView) {
        self.discover = Some(view);
    }
}
