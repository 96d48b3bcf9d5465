//! `levers outputs`: the data dictionary of every output's columns (each
//! column's name, label, unit, definition and section of docs/MODEL.md), or
//! with `--schema` the JSON Schema of `eval --format json`.

use levers_report::OutputFormat;

use super::Failure;
use super::args::OutputsArgs;
use super::console::print;
use levers_report::i18n::Lang;

pub fn run(lang: Lang, args: &OutputsArgs) -> Result<(), Failure> {
    let text = if args.schema {
        levers_report::output_schema::text()?
    } else {
        let mut text = levers_report::dictionary::render(args.output.format)?;
        // People reading the table also learn which figures to quote;
        // machine formats stay as they are.
        if matches!(
            args.output.format,
            OutputFormat::Table | OutputFormat::Markdown
        ) {
            text.push_str(&format!("\n{}\n", lang.text("glossary-heading")));
            for sentence in levers_report::brief::glossary(lang, None) {
                text.push_str(&format!("- {}\n", sentence.replace("**", "")));
            }
        }
        text
    };
    print(&text)
}
