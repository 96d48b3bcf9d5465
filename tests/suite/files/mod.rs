//! File safety.

mod save_kill;
