//! Did-you-mean for subcommands: `levers evl` is read by clap as a FILE to open
//! in the workbench (and `levers evl a.toml` as a FILE with an unexpected
//! argument); when no such file exists and the word is close to a
//! subcommand's name, it was a typo, and the user is told which subcommand.

use std::ffi::OsString;
use std::path::Path;

use clap::CommandFactory;
use levers_core::problem_kind::echoed;
use levers_report::i18n::Lang;

use super::refused::term;
use super::{Cli, Failure};

/// Global options that take a value (the word after them is not a subcommand).
const TAKES_VALUE: [&str; 3] = ["--baseline-data", "--color", "--lang"];

/// The message for `word` when it reads as a misspelt subcommand rather than
/// a path: no such file, no folder or extension, close to a subcommand.
fn misspelt(lang: Lang, word: &str) -> Option<String> {
    if Path::new(word).exists() || word.contains(['/', '\\', '.']) {
        return None;
    }
    let command = Cli::command();
    let names: Vec<&str> = command
        .get_subcommands()
        .flat_map(|sub| std::iter::once(sub.get_name()).chain(sub.get_all_aliases()))
        .collect();
    if names.contains(&word) {
        return None;
    }
    let name = levers_files::diagnostic::suggest(word, names)?;
    Some(refusal(
        lang,
        &lang.format("arg-misspelt-subcommand", &[("word", &echoed(word))]),
        &lang.format("arg-misspelt-did-you-mean", &[("name", &name)]),
    ))
}

/// Fails (exit 2) when the FILE to open is a misspelt subcommand.
pub fn no_misspelt_subcommand(lang: Lang, file: Option<&Path>) -> Result<(), Failure> {
    match file
        .and_then(Path::to_str)
        .and_then(|word| misspelt(lang, word))
    {
        Some(message) => Err(Failure::Invalid(message)),
        None => Ok(()),
    }
}

/// When clap refused the command line: the did-you-mean message if its first
/// word (past the global options) is a misspelt subcommand.
pub fn for_refused(lang: Lang, args: &[OsString]) -> Option<String> {
    let mut words = args.iter().skip(1).map(|a| a.to_string_lossy());
    while let Some(word) = words.next() {
        if TAKES_VALUE.contains(&word.as_ref()) {
            words.next();
        } else if !word.starts_with('-') {
            return misspelt(lang, &word).or_else(|| unknown(lang, &word));
        }
    }
    None
}

/// The message for `word` when clap refused the line and `word` is neither a
/// file nor close to any subcommand (`levers frobnicate x.toml`): it names the
/// unknown command, rather than clap's "unexpected argument 'x.toml'".
fn unknown(lang: Lang, word: &str) -> Option<String> {
    if Path::new(word).exists() || word.contains(['/', '\\', '.']) {
        return None;
    }
    let command = Cli::command();
    if command
        .get_subcommands()
        .any(|sub| sub.get_name() == word || sub.get_all_aliases().any(|a| a == word))
    {
        return None;
    }
    let names: Vec<&str> = command
        .get_subcommands()
        .filter(|sub| !sub.is_hide_set())
        .map(clap::Command::get_name)
        .collect();
    Some(refusal(
        lang,
        &lang.format("arg-unknown-command", &[("word", &echoed(word))]),
        &lang.format("arg-unknown-command-list", &[("names", &names.join(", "))]),
    ))
}

/// A refused first word: what was wrong, a help line, where to read more.
fn refusal(lang: Lang, what: &str, help: &str) -> String {
    format!(
        "{}{what}\n  {}{help}\n  {}",
        term(lang, "diagnostic-error"),
        term(lang, "diagnostic-help"),
        lang.format("arg-refused-more", &[("help", "levers --help")])
    )
}
