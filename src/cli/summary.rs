//! `levers summary FILE`: a paragraph describing a package and its outcome.

use levers_core::Baseline;
use levers_core::analysis::fiscal::fiscal_accounts;
use levers_core::analysis::{attribute, without_levers};

use super::Failure;
use super::args::SummaryArgs;
use super::console::print;
use super::input::{load, project_checked};
use levers_report::i18n::Lang;

pub fn run(lang: Lang, baseline: &Baseline, args: &SummaryArgs) -> Result<(), Failure> {
    let policy = load(lang, &args.file, baseline)?;
    let projection = project_checked(lang, baseline, &policy)?;
    let status_quo = project_checked(lang, baseline, &without_levers(&policy))?;
    let attribution = attribute(baseline, &policy);
    let accounts = fiscal_accounts(baseline, &policy, &projection);
    let text = levers_report::analysis::summary::paragraph(
        lang,
        &policy,
        &projection,
        &status_quo,
        &attribution,
        &accounts.to_target,
    );
    // The paragraph is one line on the terminal: a name or label that spans
    // lines is shown with its line breaks visible, never obeyed (it could
    // forge a result line).
    let package = levers_report::Evaluated {
        file: args.file.display().to_string(),
        policy: &policy,
        projection: &projection,
    };
    let mut out = format!("{}\n", levers_report::sanitise::xml(&text));
    for warning in levers_report::brief::no_effect_warnings(lang, baseline, &package) {
        out.push_str(&format!("{}\n", levers_report::sanitise::xml(&warning)));
    }
    for warning in levers_report::stacked_rates::warnings(lang, baseline, &policy) {
        out.push_str(&format!("{warning}\n"));
    }
    print(&out)
}
