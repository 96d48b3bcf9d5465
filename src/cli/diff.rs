//! `levers diff A B`: what changed from package A to package B, in plain language.

use std::fmt::Write as _;

use levers_core::Baseline;

use super::Failure;
use super::args::DiffArgs;
use super::input::load;
use super::output::print;

pub fn run(baseline: &Baseline, args: &DiffArgs) -> Result<(), Failure> {
    let first = load(&args.a, baseline)?;
    let second = load(&args.b, baseline)?;
    let changes = levers_report::compare::lever_changes(&first, &second, baseline);
    let mut text = format!("From {} to {}:\n", args.a.display(), args.b.display());
    if changes.is_empty() {
        text.push_str("  nothing changes: the packages are the same\n");
    }
    for change in changes {
        let _ = writeln!(text, "  - {change}");
    }
    print(&text)
}
