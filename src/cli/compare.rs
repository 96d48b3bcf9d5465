//! `levers compare A B`: two packages' outcomes side by side, and what differs
//! between their levers.

use levers_core::Baseline;

use super::Failure;
use super::args::CompareArgs;
use super::input::Projected;
use super::output::print;

pub fn run(baseline: &Baseline, args: &CompareArgs) -> Result<(), Failure> {
    let packages = Projected::load(baseline, &[args.a.clone(), args.b.clone()])?;
    let [first, second] = packages
        .evaluated()
        .try_into()
        .map_err(|_| Failure::Internal("compare reads exactly two packages".to_string()))?;
    print(&levers_report::compare::render(
        &first,
        &second,
        baseline,
        args.output.format,
    ))
}
