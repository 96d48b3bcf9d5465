//! The files floor of levers: reading and writing policy, baseline and settings
//! files with positioned diagnostics, safe file I/O, and the policy schema.
//! Depends only on the pure core (`levers-core`); knows nothing of reports,
//! terminals or the command line.
#![deny(clippy::unwrap_used)]

pub mod baseline_file;
pub mod diagnostic;
pub mod fsio;
pub mod history_file;
pub mod key_name;
pub mod load;
pub mod policy_file;
pub mod schema;
pub mod schema_install;
pub mod settings;
pub mod toml_reader;

use levers_core::{Baseline, Policy};

pub use load::load_policy;

/// The package the workbench opens when no file is given.
pub const DEFAULT_PACKAGE: &str = include_str!("../../../policies/announced.toml");
pub const DEFAULT_PACKAGE_NAME: &str = "announced.toml";

/// The embedded default package, read against `baseline`.
pub fn default_package(baseline: &Baseline) -> Result<Policy, diagnostic::Diagnostics> {
    policy_file::parse_policy(DEFAULT_PACKAGE_NAME, DEFAULT_PACKAGE, baseline)
}
