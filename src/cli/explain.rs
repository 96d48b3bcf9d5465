//! `levers explain FILE`: which lever gave how much of each headline outcome
//! (exact Shapley attribution).

use levers_core::Baseline;
use levers_core::analysis::attribute;

use super::Failure;
use super::args::ExplainArgs;
use super::console::print;
use super::input::load;
use levers_report::i18n::Lang;

pub fn run(lang: Lang, baseline: &Baseline, args: &ExplainArgs) -> Result<(), Failure> {
    let policy = load(lang, &args.file, baseline)?;
    let attribution = attribute(baseline, &policy);
    let silent =
        levers_report::analysis::explain::silent_measures(lang, baseline, &policy, &attribution);
    let text = levers_report::analysis::explain::render(
        lang,
        &args.file.display().to_string(),
        &policy.name,
        policy.target.year,
        &attribution,
        &silent,
        args.output.format,
    )?;
    print(&text)
}
