//! File safety.

mod excerpt_property;
mod format_one;
mod hostile;
mod keeps_text;
mod recovery_identity;
mod round_three;
mod save_kill;
mod sweep_property;
