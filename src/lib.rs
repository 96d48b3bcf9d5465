//! levers: a terminal workbench for industrial-policy packages.
//!
//! The projection itself lives in the `levers-core` crate (pure, no I/O). This
//! crate reads and writes files, formats reports, and runs the CLI and the TUI.
#![deny(clippy::unwrap_used)]

pub mod baseline_file;
pub mod diagnostic;
pub mod format;
pub mod fsio;
pub mod policy_file;
pub mod toml_reader;
pub mod tui;
