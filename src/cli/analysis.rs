//! The analysis subcommands: `explain`, `sensitivity`, `seek`, `sweep`, `diff`,
//! `summary`, `eval --uncertainty`, and stacked packages (`a.toml+b.toml`).
//! Each reads its inputs, calls `levers_core::analysis`, and prints through
//! `report::analysis`. Parallelism (rayon) lives here, never in the core.

use std::path::Path;

use levers_core::Baseline;
use levers_core::analysis::attribute;

use super::commands::print;
use super::{Failure, OutputFormat};
use crate::report;

/// `levers explain FILE`: Shapley attribution of each headline outcome.
pub fn explain(baseline: &Baseline, file: &Path, format: OutputFormat) -> Result<(), Failure> {
    let policy = load(file, baseline)?;
    let attribution = attribute(baseline, &policy);
    let text = report::analysis::explain::render(
        &file.display().to_string(),
        &policy.name,
        policy.target.year,
        &attribution,
        format,
    )
    .map_err(Failure::Internal)?;
    print(&text)
}

/// Reads a package, or a stack of packages written `a.toml+b.toml`.
pub fn load(file: &Path, baseline: &Baseline) -> Result<levers_core::Policy, Failure> {
    load_stacked(file, baseline).map_err(Failure::Invalid)
}

/// As [`load`], with the error as text (for `load_all` in commands.rs).
pub fn load_stacked(file: &Path, baseline: &Baseline) -> Result<levers_core::Policy, String> {
    super::load_policy(file, baseline).map_err(|d| d.to_string())
}
