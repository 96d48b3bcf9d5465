//! `levers diff A B`: what changed from package A to package B, in plain language;
//! with `--exit-code`, exit 1 when they differ (as `git diff --exit-code`).

use std::fmt::Write as _;

use levers_core::Baseline;

use super::Failure;
use super::args::DiffArgs;
use super::console::print;
use super::input::load;
use levers_report::i18n::Lang;

/// Whether the exit code must say the packages differ (only with `--exit-code`).
pub fn run(lang: Lang, baseline: &Baseline, args: &DiffArgs) -> Result<bool, Failure> {
    let first = load(lang, &args.a, baseline)?;
    let second = load(lang, &args.b, baseline)?;
    let changes = levers_report::compare::lever_changes(lang, &first, &second, baseline);
    let (from, to) = (args.a.display().to_string(), args.b.display().to_string());
    let mut text = lang.format("diff-heading", &[("from", &from), ("to", &to)]);
    text.push('\n');
    let same = changes.is_empty();
    if same {
        let _ = writeln!(text, "  {}", lang.text("diff-same"));
    }
    for change in changes {
        let _ = writeln!(text, "  - {change}");
    }
    print(&text)?;
    Ok(args.exit_code && !same)
}
