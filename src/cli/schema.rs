//! `levers schema`: the JSON Schema of the policy file format, for editors.

use levers_core::Baseline;
use levers_files::schema;

use super::Failure;
use super::output::print;

pub fn run(baseline: &Baseline) -> Result<(), Failure> {
    print(&schema::policy_schema_text(baseline).map_err(Failure::Internal)?)
}
