//! `.xlsx` output for `eval`, `compare`, `sweep` and `report`: an `-o` ending
//! in `.xlsx` chooses it, and a workbook is never written to standard output
//! (a binary file on a terminal is garbage, and in a pipe rarely meant).

use std::path::Path;

use levers_core::Baseline;
use levers_files::load::is_stdin;
use levers_report::Evaluated;

use super::Failure;
use super::console::write_output;
use levers_report::i18n::Lang;

/// `path` names an Excel workbook (`.xlsx`, any case).
pub fn is_xlsx(path: Option<&Path>) -> bool {
    path.and_then(Path::extension)
        .is_some_and(|ext| ext.eq_ignore_ascii_case("xlsx"))
}

/// Refuses an `-o` ending in `.xlsx` when another format was asked for:
/// text in a file named as a workbook would not open.
pub fn check_not_misnamed(lang: Lang, output: Option<&Path>, format: &str) -> Result<(), Failure> {
    match output {
        Some(path) if is_xlsx(output) => Err(Failure::Invalid(lang.format(
            "output-misnamed-xlsx",
            &[("file", &path.display().to_string()), ("format", format)],
        ))),
        _ => Ok(()),
    }
}

/// The file a workbook goes to: `-o FILE`, which must not be `-`.
pub fn destination(lang: Lang, output: Option<&Path>) -> Result<&Path, Failure> {
    match output {
        Some(path) if !is_stdin(path) => Ok(path),
        _ => Err(Failure::Invalid(lang.text("output-xlsx-not-stdout"))),
    }
}

/// Builds the workbook of `packages` (compared with `reference`, else the
/// first) and writes it to `output`.
pub fn write_workbook(
    lang: Lang,
    baseline: &Baseline,
    packages: &[Evaluated<'_>],
    reference: Option<&Evaluated<'_>>,
    output: Option<&Path>,
) -> Result<(), Failure> {
    let path = destination(lang, output)?;
    let input = levers_report::xlsx::Input {
        baseline,
        packages,
        reference,
        summary: None,
    };
    let bytes = levers_report::xlsx::workbook(lang, &input)?;
    write_output(lang, path, &bytes)
}

/// Builds the workbook of `packages` opening on the Summary sheet of `brief`
/// (`compare -o`, `brief -o`) and writes it to `output`.
pub fn write_workbook_with_summary(
    lang: Lang,
    baseline: &Baseline,
    packages: &[Evaluated<'_>],
    brief: &levers_report::brief::Brief,
    output: &Path,
) -> Result<(), Failure> {
    let path = destination(lang, Some(output))?;
    let input = levers_report::xlsx::Input {
        baseline,
        packages,
        reference: None,
        summary: Some(brief),
    };
    let bytes = levers_report::xlsx::workbook(lang, &input)?;
    write_output(lang, path, &bytes)
}
