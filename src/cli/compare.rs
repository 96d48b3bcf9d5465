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
    if let Some(path) = args.workbook.as_deref() {
        if !super::xlsx::is_xlsx(Some(path)) {
            return Err(Failure::Invalid(format!(
                "{}: compare -o writes an Excel workbook; give a name ending in .xlsx, or leave out -o to print",
                path.display()
            )));
        }
        return super::xlsx::write_workbook(baseline, &[first, second], None, Some(path));
    }
    print(&levers_report::compare::render(
        &first,
        &second,
        baseline,
        args.output.format,
    ))
}
