//! `levers sensitivity FILE`: the tornado of one outcome — each lever over its
//! range and each assumption over its plausible range.

use levers_core::Baseline;
use levers_core::analysis::sensitivity;

use super::Failure;
use super::args::SensitivityArgs;
use super::input::load;
use super::output::print;

pub fn run(baseline: &Baseline, args: &SensitivityArgs) -> Result<(), Failure> {
    let policy = load(&args.file, baseline)?;
    let (centre, swings) = sensitivity(baseline, &policy, args.outcome);
    let text = levers_report::analysis::tornado::render(
        &args.file.display().to_string(),
        &policy.name,
        args.outcome,
        centre,
        &swings,
        baseline,
        args.output.format,
    )
    .map_err(Failure::Internal)?;
    print(&text)
}
