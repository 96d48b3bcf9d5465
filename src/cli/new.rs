//! `levers new`: an annotated template package, printed or written to a file.

use levers_core::Baseline;
use levers_files::load::is_stdin;
use levers_files::policy_file;

use super::Failure;
use super::args::NewArgs;
use super::console::{note, print, write_file};
use levers_report::i18n::Lang;

pub fn run(lang: Lang, baseline: &Baseline, args: &NewArgs) -> Result<(), Failure> {
    // The template's `#:schema` line names the installed schema; without a
    // data folder it is only missing for editors, so a failure is not an error.
    let _ = levers_files::schema_install::install(&levers_report::i18n::Lang::En, baseline);
    let template = policy_file::template(&levers_report::i18n::Lang::En, baseline);
    // `levers new -` prints, as `-` means standard output everywhere else (it
    // wrote a file named `-`).
    let Some(path) = args.file.as_ref().filter(|path| !is_stdin(path)) else {
        return print(&template);
    };
    super::output_name::package_named(lang, Some(path))?;
    let shown = path.display();
    if path.exists() && !args.force {
        return Err(Failure::Invalid(
            lang.format("new-exists", &[("file", &shown.to_string())]),
        ));
    }
    write_file(path, template.as_bytes())
        .map_err(|e| super::console::cannot_write(lang, path, &e))?;
    note(&lang.format("new-wrote", &[("file", &shown.to_string())]));
    Ok(())
}
