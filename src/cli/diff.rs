//! `levers diff A B`: what changed from package A to package B, in plain language;
//! with `--exit-code`, exit 1 when they differ (as `git diff --exit-code`).

use std::fmt::Write as _;

use levers_core::Baseline;

use super::Failure;
use super::args::DiffArgs;
use super::input::load;
use super::output::print;

/// Whether the exit code must say the packages differ (only with `--exit-code`).
pub fn run(baseline: &Baseline, args: &DiffArgs) -> Result<bool, Failure> {
    let first = load(&args.a, baseline)?;
    let second = load(&args.b, baseline)?;
    let changes = levers_report::compare::lever_changes(&first, &second, baseline);
    let mut text = format!("From {} to {}:\n", args.a.display(), args.b.display());
    let same = changes.is_empty();
    if same {
        text.push_str("  nothing changes: the packages are the same\n");
    }
    for change in changes {
        let _ = writeln!(text, "  - {change}");
    }
    print(&text)?;
    Ok(args.exit_code && !same)
}
