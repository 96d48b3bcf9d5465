//! `levers check`: validate packages; every problem with <file:line:column>.

use levers_core::Baseline;

use super::Failure;
use super::args::CheckArgs;
use super::console::note;
use super::input::{load_all, project_checked};
use levers_report::i18n::Lang;
use levers_report::sanitise;

pub fn run(lang: Lang, baseline: &Baseline, args: &CheckArgs) -> Result<(), Failure> {
    let policies = load_all(lang, baseline, &args.files)?;
    for (file, policy) in args.files.iter().zip(&policies) {
        note(&lang.format(
            "check-ok",
            &[
                // One line each: a name cannot forge a result line.
                ("file", &sanitise::xml(&file.display().to_string())),
                ("name", &sanitise::xml(&policy.name)),
            ],
        ));
        // A sound package may still pay for a measure that does nothing by
        // its target year (land that arrives later): said, not refused.
        let projection = project_checked(lang, baseline, policy)?;
        let package = levers_report::Evaluated {
            file: file.display().to_string(),
            policy,
            projection: &projection,
        };
        for warning in levers_report::brief::no_effect_warnings(lang, baseline, &package) {
            note(&sanitise::xml(&warning));
        }
        for warning in levers_report::stacked_rates::warnings(lang, baseline, policy) {
            note(&warning);
        }
    }
    Ok(())
}
