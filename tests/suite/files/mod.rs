//! File safety.

mod hostile;
mod keeps_text;
mod recovery_identity;
mod save_kill;
