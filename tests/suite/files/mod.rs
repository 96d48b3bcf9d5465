//! File safety.

mod hostile;
mod keeps_text;
mod save_kill;
