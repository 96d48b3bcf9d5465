//! Did-you-mean for subcommands: `levers evl` is read by clap as a FILE to open
//! in the workbench; when no such file exists and the word is close to a
//! subcommand's name, it was a typo, and the user is told which subcommand.

use std::path::Path;

use clap::CommandFactory;

use super::{Cli, Failure};

/// Fails (exit 2) when `file` does not exist and reads as a misspelt
/// subcommand rather than a path (no folder, no extension).
pub fn no_misspelt_subcommand(file: Option<&Path>) -> Result<(), Failure> {
    let Some(file) = file else {
        return Ok(());
    };
    let Some(word) = file.to_str() else {
        return Ok(());
    };
    if file.exists() || word.contains(['/', '\\', '.']) {
        return Ok(());
    }
    let command = Cli::command();
    let names = command
        .get_subcommands()
        .flat_map(|sub| std::iter::once(sub.get_name()).chain(sub.get_all_aliases()));
    match levers_files::diagnostic::suggest(word, names) {
        Some(name) => Err(Failure::Invalid(format!(
            "error: unrecognised subcommand `{word}` (and no file of that name)\n  help: did you mean `levers {name}`?\n  For more information, try `levers --help`."
        ))),
        None => Ok(()),
    }
}
