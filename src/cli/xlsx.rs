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
pub fn check_not_misnamed(output: Option<&Path>, format: &str) -> Result<(), Failure> {
    match output {
        Some(path) if is_xlsx(output) => Err(Failure::Invalid(format!(
            "{}: a .xlsx file is an Excel workbook, but --format {format} was given; use --format xlsx or another file name",
            path.display()
        ))),
        _ => Ok(()),
    }
}

/// The file a workbook goes to: `-o FILE`, which must not be `-`.
pub fn destination(output: Option<&Path>) -> Result<&Path, Failure> {
    match output {
        Some(path) if !is_stdin(path) => Ok(path),
        _ => Err(Failure::Invalid(
            "xlsx is a binary format and is not written to standard output; give -o FILE.xlsx"
                .to_string(),
        )),
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
    let path = destination(output)?;
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
    let path = destination(Some(output))?;
    let input = levers_report::xlsx::Input {
        baseline,
        packages,
        reference: None,
        summary: Some(brief),
    };
    let bytes = levers_report::xlsx::workbook(lang, &input)?;
    write_output(lang, path, &bytes)
}
