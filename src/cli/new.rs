//! `levers new`: an annotated template package.

use levers_core::Baseline;
use levers_files::policy_file;

use super::Failure;
use super::output::print;

pub fn run(baseline: &Baseline) -> Result<(), Failure> {
    print(&policy_file::template(baseline))
}
