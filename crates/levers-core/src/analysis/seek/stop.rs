//! Stopping a search: the caller's "should stop" check and the answer once
//! it has said yes.

use std::cell::Cell;

/// A search asked to stop before it finished: there is no answer, not even a
/// partial one.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Stopped;

/// The caller's "should stop" check, asked before each candidate evaluation
/// until it first says yes; from then on the search evaluates nothing.
pub(crate) struct StopCheck<'a> {
    should_stop: &'a dyn Fn() -> bool,
    stopped: Cell<bool>,
}

impl<'a> StopCheck<'a> {
    pub(crate) fn new(should_stop: &'a dyn Fn() -> bool) -> StopCheck<'a> {
        StopCheck {
            should_stop,
            stopped: Cell::new(false),
        }
    }

    /// True once the search must evaluate nothing more (asks the check until
    /// it first says yes).
    pub(crate) fn now(&self) -> bool {
        if !self.stopped.get() && (self.should_stop)() {
            self.stopped.set(true);
        }
        self.stopped.get()
    }

    /// Whether the check has said yes (without asking it again).
    pub(crate) fn stopped(&self) -> bool {
        self.stopped.get()
    }
}
