//! File safety.

mod hostile;
mod save_kill;
