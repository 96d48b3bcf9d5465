//! The interactive workbench (issue 3). Placeholder until the TUI lands.

use std::path::PathBuf;

use levers_core::{Baseline, Policy};

/// Opens the workbench on `policy` (loaded from `path`, if any).
pub fn run(_baseline: Baseline, _policy: Policy, _path: Option<PathBuf>) -> color_eyre::Result<()> {
    Err(color_eyre::eyre::eyre!("the workbench is not built yet"))
}
