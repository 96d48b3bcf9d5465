//! levers: a terminal workbench for industrial-policy packages.
//!
//! The projection itself lives in the `levers-core` crate (pure, no I/O). This
//! crate reads and writes files, formats reports, and runs the CLI and the TUI.
#![deny(clippy::unwrap_used)]

pub mod baseline_file;
pub mod cli;
pub mod describe;
pub mod diagnostic;
pub mod format;
pub mod fsio;
pub mod history_file;
pub mod parallel;
pub mod policy_file;
pub mod report;
pub mod schema;
pub mod settings;
pub mod toml_reader;
pub mod tui;

use levers_core::{Baseline, Policy};

/// The package the workbench opens when no file is given.
pub const DEFAULT_PACKAGE: &str = include_str!("../policies/announced.toml");
pub const DEFAULT_PACKAGE_NAME: &str = "announced.toml";

/// The embedded default package, read against `baseline`.
pub fn default_package(baseline: &Baseline) -> Result<Policy, diagnostic::Diagnostics> {
    policy_file::parse_policy(DEFAULT_PACKAGE_NAME, DEFAULT_PACKAGE, baseline)
}
