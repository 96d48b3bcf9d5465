//! `levers schema`: the JSON Schema of the policy file format, for editors;
//! `--install` puts it where the `#:schema` line of new packages points.

use levers_core::Baseline;
use levers_files::{schema, schema_install};

use super::Failure;
use super::args::SchemaArgs;
use super::console::{print, tell};

pub fn run(args: &SchemaArgs, baseline: &Baseline) -> Result<(), Failure> {
    // A machine output: its descriptions are the catalogue's English.
    let english = &levers_report::i18n::Lang::En;
    if !args.install {
        return print(&schema::policy_schema_text(english, baseline).map_err(Failure::Internal)?);
    }
    // Where it goes is the user's machine: a folder that cannot be made or
    // written is theirs to fix (exit 2), with the reason.
    let path = schema_install::install(english, baseline)
        .map_err(|e| Failure::Invalid(format!("cannot install the schema: {e}")))?;
    tell(&format!("installed {}", path.display()));
    print(&format!("{}\n", schema_install::schema_line()))
}
