//! `levers outputs`: the data dictionary of the year-by-year outputs (every
//! column's name, label, unit, definition and section of docs/MODEL.md), or
//! with `--schema` the JSON Schema of `eval --format json`.

use super::Failure;
use super::args::OutputsArgs;
use super::output::print;

pub fn run(args: &OutputsArgs) -> Result<(), Failure> {
    let text = if args.schema {
        levers_report::output_schema::text()
    } else {
        levers_report::dictionary::render(args.output.format)
    };
    print(&text?)
}
