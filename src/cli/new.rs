//! `levers new`: an annotated template package.

use levers_core::Baseline;
use levers_files::policy_file;

use super::Failure;
use super::output::print;

pub fn run(baseline: &Baseline) -> Result<(), Failure> {
    // The template's `#:schema` line names the installed schema; without a
    // data folder it is only missing for editors, so a failure is not an error.
    let _ = levers_files::schema_install::install(baseline);
    print(&policy_file::template(baseline))
}
