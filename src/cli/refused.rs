//! A command line the argument parser (clap) refused, told in the user's
//! language. In English clap words it itself, with its colours and tips; in
//! another language levers words it from the error's kind and context, and an
//! option's own refusal ([`Expected`]) again in that language, so nothing of
//! it stays English but the option names and the usage line.

use std::error::Error as _;
use std::ffi::OsString;

use clap::CommandFactory;
use clap::error::{ContextKind, ErrorKind};
use levers_core::problem_kind::echoed;
use levers_report::i18n::Lang;

use super::Cli;
use super::expected::Expected;

/// The language `--lang` names on a command line the parser refused (the
/// parser never got as far as reading it); `None` when it names none, or one
/// levers does not speak.
pub fn lang_named(args: &[OsString]) -> Option<Lang> {
    let mut words = args.iter().skip(1).map(|a| a.to_string_lossy());
    while let Some(word) = words.next() {
        if word == "--" {
            return None;
        }
        if word == "--lang" {
            return words.next().and_then(|tag| Lang::from_tag(&tag));
        }
        if let Some(tag) = word.strip_prefix("--lang=") {
            return Lang::from_tag(tag);
        }
    }
    None
}

/// `error` worded in `lang`: what was refused, the usage line and where to
/// read more.
pub fn worded(lang: Lang, error: &clap::Error, args: &[OsString]) -> String {
    let context = |kind| error.get(kind).map(ToString::to_string);
    let option = context(ContextKind::InvalidArg).unwrap_or_default();
    let value = echoed(&context(ContextKind::InvalidValue).unwrap_or_default());
    let refused = match error.kind() {
        ErrorKind::ValueValidation => match expected(error) {
            Some(expected) => lang.format(
                "arg-refused-value",
                &[
                    ("value", &value),
                    ("option", &option),
                    ("expected", &expected.worded(lang)),
                ],
            ),
            None => lang.format(
                "arg-refused-value-plain",
                &[("value", &value), ("option", &option)],
            ),
        },
        ErrorKind::InvalidValue if value.is_empty() => {
            lang.format("arg-refused-value-missing", &[("option", &option)])
        }
        ErrorKind::InvalidValue => lang.format(
            "arg-refused-possible",
            &[
                ("value", &value),
                ("option", &option),
                (
                    "values",
                    &context(ContextKind::ValidValue).unwrap_or_default(),
                ),
            ],
        ),
        ErrorKind::UnknownArgument => {
            let unknown = lang.format("arg-refused-unknown", &[("option", &echoed(&option))]);
            match context(ContextKind::SuggestedArg) {
                Some(similar) => format!(
                    "{unknown}\n  {}{}",
                    term(lang, "diagnostic-help"),
                    lang.format("arg-refused-similar", &[("similar", &similar)])
                ),
                None => unknown,
            }
        }
        ErrorKind::MissingRequiredArgument => {
            lang.format("arg-refused-missing", &[("options", &option)])
        }
        ErrorKind::ArgumentConflict => lang.format(
            "arg-refused-conflict",
            &[
                ("option", &option),
                ("other", &context(ContextKind::PriorArg).unwrap_or_default()),
            ],
        ),
        ErrorKind::NoEquals | ErrorKind::WrongNumberOfValues | ErrorKind::TooFewValues => {
            lang.format("arg-refused-value-missing", &[("option", &option)])
        }
        _ => lang.format("arg-refused-other", &[("option", &option)]),
    };
    let mut told = format!("{}{refused}", term(lang, "diagnostic-error"));
    let usage = context(ContextKind::Usage).unwrap_or_default();
    let usage = usage.trim().trim_start_matches("Usage:").trim();
    if !usage.is_empty() {
        told.push_str("\n\n");
        told.push_str(&lang.format("arg-refused-usage", &[("usage", usage)]));
    }
    told.push_str("\n\n");
    told.push_str(&lang.format("arg-refused-more", &[("help", &help_command(args))]));
    told
}

/// A diagnostic's term (`error:`, `help:`) with the space after it: `error: `
/// but `錯誤：`, whose full-width colon carries its own space.
pub fn term(lang: Lang, id: &str) -> String {
    let word = lang.text(id);
    let space = if word.ends_with('：') { "" } else { " " };
    format!("{word}{space}")
}

/// What the option's value parser expected, when it said so in levers' words.
fn expected(error: &clap::Error) -> Option<&Expected> {
    error.source()?.downcast_ref::<Expected>()
}

/// The help command of the command a command line names (`levers eval
/// --help`), else `levers --help`.
fn help_command(args: &[OsString]) -> String {
    let command = Cli::command();
    let named = args.iter().skip(1).find_map(|word| {
        let word = word.to_str()?;
        command
            .get_subcommands()
            .find(|sub| sub.get_name() == word || sub.get_all_aliases().any(|a| a == word))
            .map(|sub| sub.get_name().to_string())
    });
    match named {
        Some(name) => format!("levers {name} --help"),
        None => "levers --help".to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn args(words: &[&str]) -> Vec<OsString> {
        words.iter().map(OsString::from).collect()
    }

    #[test]
    fn the_language_is_read_from_either_spelling_of_the_flag() {
        assert_eq!(
            lang_named(&args(&["levers", "eval", "--lang", "zh-Hant", "--x"])),
            Some(Lang::ZhHant)
        );
        assert_eq!(
            lang_named(&args(&["levers", "--lang=zh-hant"])),
            Some(Lang::ZhHant)
        );
        assert_eq!(lang_named(&args(&["levers", "--lang", "fr"])), None);
        assert_eq!(
            lang_named(&args(&["levers", "--", "--lang", "zh-Hant"])),
            None
        );
        assert_eq!(lang_named(&args(&["levers", "eval"])), None);
    }

    #[test]
    fn the_help_command_is_the_named_commands() {
        assert_eq!(
            help_command(&args(&["levers", "--lang", "zh-Hant", "eval", "--x"])),
            "levers eval --help"
        );
        assert_eq!(help_command(&args(&["levers", "a.toml"])), "levers --help");
    }
}
