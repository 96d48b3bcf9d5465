//! Undo and redo over whole [`Policy`] snapshots, so an undo restores the package
//! exactly, bit for bit, whatever the change was.

use std::collections::VecDeque;

use levers_core::Policy;

/// Most snapshots kept; the oldest are forgotten first.
const LIMIT: usize = 500;

#[derive(Clone, Debug, Default)]
pub struct History {
    undo: VecDeque<Policy>,
    redo: Vec<Policy>,
}

impl History {
    /// Remembers `before`, the policy as it was before a change.
    pub fn record(&mut self, before: Policy) {
        if self.undo.len() == LIMIT {
            self.undo.pop_front();
        }
        self.undo.push_back(before);
        self.redo.clear();
    }

    /// The policy to go back to, given the one now in force.
    pub fn undo(&mut self, current: &Policy) -> Option<Policy> {
        let previous = self.undo.pop_back()?;
        self.redo.push(current.clone());
        Some(previous)
    }

    /// The policy to go forward to, given the one now in force.
    pub fn redo(&mut self, current: &Policy) -> Option<Policy> {
        let next = self.redo.pop()?;
        self.undo.push_back(current.clone());
        Some(next)
    }

    pub fn clear(&mut self) {
        self.undo.clear();
        self.redo.clear();
    }

    pub fn can_undo(&self) -> bool {
        !self.undo.is_empty()
    }
}
