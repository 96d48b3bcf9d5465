//! `levers assumptions [FILE]`: every model parameter in force, with its unit,
//! plausible range and source.

use levers_core::Baseline;

use super::Failure;
use super::args::AssumptionsArgs;
use super::console::print;
use super::input::load;
use levers_report::i18n::Lang;

pub fn run(lang: Lang, baseline: &Baseline, args: &AssumptionsArgs) -> Result<(), Failure> {
    let policy = args
        .file
        .as_deref()
        .map(|file| load(lang, file, baseline))
        .transpose()?;
    print(&levers_report::assumptions::render(
        lang,
        baseline,
        policy.as_ref(),
        args.output.format,
    ))
}
