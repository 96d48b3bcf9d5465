//! `levers compare A B C …`: two or more packages' settings and outcomes side
//! by side, deltas against the first, and what differs between their levers.

use levers_core::Baseline;

use super::Failure;
use super::args::CompareArgs;
use super::console::print;
use super::input::Projected;
use levers_report::i18n::Lang;

pub fn run(lang: Lang, baseline: &Baseline, args: &CompareArgs) -> Result<(), Failure> {
    // Two files at least: the argument parser refuses fewer.
    let packages = Projected::load(lang, baseline, &args.files)?;
    if let Some(path) = args.workbook.as_deref() {
        if !super::xlsx::is_xlsx(Some(path)) {
            return Err(Failure::Invalid(lang.format(
                "compare-workbook-name",
                &[("file", &path.display().to_string())],
            )));
        }
        let evaluated = packages.evaluated();
        let brief = super::brief::build(
            lang,
            baseline,
            &evaluated,
            &[],
            levers_core::analysis::DEFAULT_DRAWS,
            levers_core::analysis::DEFAULT_SEED,
        )?;
        return super::xlsx::write_workbook_with_summary(lang, baseline, &evaluated, &brief, path);
    }
    let text = levers_report::compare::render_many(
        lang,
        baseline,
        &packages.evaluated(),
        args.output.format,
    )?;
    print(&text)
}
