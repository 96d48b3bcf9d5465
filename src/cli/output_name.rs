//! The format an `-o` file's name asks for, for the commands that take both
//! `-o FILE` and `--format` (`eval`, `sweep`): `-o out.csv` writes CSV as
//! `--format csv` would. A `--format` given wins over the name; a name whose
//! extension the command cannot write is refused, naming what it can write.

use std::path::Path;

use levers_files::load::is_stdin;
use levers_report::i18n::Lang;

use super::Failure;
use super::console::{extension, extension_named};

/// What a command writes and how its files are named.
pub struct Forms<F: 'static> {
    /// Each extension (lower case, no dot) and the format it chooses.
    pub named: &'static [(&'static str, F)],
    /// The catalogue message refusing another extension (`$file`,
    /// `$extension`), which names the extensions above.
    pub refusal: &'static str,
    /// Whether a refusal suggests another command for `.html` or `.docx`
    /// (`levers report`): not for an output that is data, not a document.
    pub hints: bool,
}

/// The format `output`'s extension chooses; `None` when there is no file
/// (standard output, `-`) or the name has no extension: the command's default.
/// Any extension not in `forms` is refused, with a hint where one helps
/// (`.docx`: write Markdown and convert it).
pub fn format_named<F: Copy>(
    lang: Lang,
    output: Option<&Path>,
    forms: &Forms<F>,
) -> Result<Option<F>, Failure> {
    let Some(path) = output.filter(|path| !is_stdin(path)) else {
        return Ok(None);
    };
    let Some(ext) = extension(path) else {
        return Ok(None);
    };
    if let Some((_, format)) = forms.named.iter().find(|(named, _)| *named == ext) {
        return Ok(Some(*format));
    }
    let refused = lang.format(
        forms.refusal,
        &[
            ("file", &path.display().to_string()),
            ("extension", &extension_named(lang, Some(&ext))),
        ],
    );
    let hint = match ext.as_str() {
        _ if !forms.hints => None,
        "html" | "htm" => Some(lang.format("output-report-help", &[("format", "html")])),
        format @ ("docx" | "pdf" | "odt" | "epub" | "rtf") => {
            Some(lang.format("report-convert-help", &[("format", format)]))
        }
        _ => None,
    };
    Err(Failure::Invalid(match hint {
        Some(hint) => format!("{refused}\n  {hint}"),
        None => refused,
    }))
}

/// The format `output`'s extension chooses, for a command whose file must
/// say what it is (`brief`, `report`): as [`format_named`], and a name with
/// no extension is refused too; `None` only for standard output (`-`).
pub fn format_required<F: Copy>(
    lang: Lang,
    output: &Path,
    forms: &Forms<F>,
) -> Result<Option<F>, Failure> {
    if is_stdin(output) {
        return Ok(None);
    }
    match format_named(lang, Some(output), forms)? {
        Some(format) => Ok(Some(format)),
        None => Err(Failure::Invalid(lang.format(
            forms.refusal,
            &[
                ("file", &output.display().to_string()),
                ("extension", &extension_named(lang, None)),
            ],
        ))),
    }
}

/// Checks that `output` names a package file: `new FILE`, `seek -o` and
/// `migrate -o` write TOML, so a name with another extension
/// (`-o cheapest.html`) is refused rather than filled with TOML; no extension,
/// `.toml` in any case and `-` (standard output) are accepted.
pub fn package_named(lang: Lang, output: Option<&Path>) -> Result<(), Failure> {
    const PACKAGE: Forms<()> = Forms {
        named: &[("toml", ())],
        refusal: "package-output-form",
        hints: true,
    };
    format_named(lang, output, &PACKAGE).map(|_| ())
}

/// Checks that `output` names a CSV file: `--draws-out` (`eval`, `chart`)
/// and `discover --samples-out` write CSV, so a name with another extension
/// (`--draws-out draws.svg`) is refused before any work rather than filled
/// with CSV; no extension, `.csv` in any case and `-` (standard output) are
/// accepted.
pub fn csv_named(lang: Lang, output: Option<&Path>) -> Result<(), Failure> {
    const CSV: Forms<()> = Forms {
        named: &[("csv", ())],
        refusal: "csv-output-form",
        hints: false,
    };
    format_named(lang, output, &CSV).map(|_| ())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[derive(Clone, Copy, Debug, PartialEq)]
    enum Form {
        Csv,
        Table,
    }

    const FORMS: Forms<Form> = Forms {
        named: &[("csv", Form::Csv), ("txt", Form::Table)],
        refusal: "eval-output-form",
        hints: true,
    };

    fn named(path: &str) -> Result<Option<Form>, Failure> {
        format_named(Lang::En, Some(Path::new(path)), &FORMS)
    }

    #[test]
    fn the_extension_chooses_in_any_case_and_no_name_leaves_the_default() {
        assert!(matches!(named("out.csv"), Ok(Some(Form::Csv))));
        assert!(matches!(named("OUT.CSV"), Ok(Some(Form::Csv))));
        assert!(matches!(named("out.txt"), Ok(Some(Form::Table))));
        assert!(matches!(named("out"), Ok(None)));
        assert!(matches!(named("-"), Ok(None)));
        assert!(matches!(format_named(Lang::En, None, &FORMS), Ok(None)));
    }

    #[test]
    fn another_extension_is_refused_with_a_hint_where_one_helps() {
        let Err(Failure::Invalid(pdf)) = named("out.pdf") else {
            panic!("a .pdf is refused");
        };
        assert!(pdf.starts_with("out.pdf: "), "{pdf}");
        assert!(pdf.contains(".pdf"), "{pdf}");
        assert!(pdf.contains("pandoc report.md -o report.pdf"), "{pdf}");
        let Err(Failure::Invalid(html)) = named("out.html") else {
            panic!("a .html is refused");
        };
        assert!(html.contains("levers report"), "{html}");
        let Err(Failure::Invalid(odd)) = named("out.xyz") else {
            panic!("a .xyz is refused");
        };
        assert!(!odd.contains("help:"), "{odd}");
    }
}
