//! `levers migrate`: rewrite a format-1 package as format 2, keeping its comments.

use levers_core::Baseline;
use levers_files::{fsio, policy_file};

use super::Failure;
use super::args::MigrateArgs;
use super::console::{note, write_output};
use levers_report::i18n::Lang;

pub fn run(lang: Lang, baseline: &Baseline, args: &MigrateArgs) -> Result<(), Failure> {
    super::output_name::package_named(lang, args.output.as_deref())?;
    let name = args.file.display().to_string();
    // The reader's diagnostics name the file and say why, in `lang`.
    let source = fsio::read_text(&args.file)
        .map_err(|e| Failure::Invalid(crate::shown::diagnostics(lang, &e)))?;
    let migrated = policy_file::migrate_policy(&name, &source, baseline)?;
    if migrated == source.strip_prefix('\u{feff}').unwrap_or(&source) {
        note(&lang.format("migrate-already", &[("file", &name)]));
    }
    let output = args.output.as_deref().unwrap_or(std::path::Path::new("-"));
    write_output(lang, output, migrated.as_bytes())
}
