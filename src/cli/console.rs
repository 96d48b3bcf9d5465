//! What a command gives back: results on stdout (a closed pipe is not an
//! error), files written whole, and messages for people on stderr — notes,
//! `--verbose` details and progress bars that show only on a terminal. Also the
//! parsing of the command line, which sets the verbosity and colour.

use std::ffi::OsString;
use std::io::{IsTerminal, Write};
use std::path::Path;
use std::sync::atomic::{AtomicBool, AtomicU8, Ordering};

use clap::{ColorChoice, CommandFactory, FromArgMatches, ValueEnum};
use levers_files::diagnostic::Diagnostics;
use levers_files::load::is_stdin;
use levers_report::i18n::Lang;
use levers_report::sanitise;

use super::args::ColorWhen;
use super::{Cli, Failure};

const QUIET: u8 = 0;
const NORMAL: u8 = 1;
const VERBOSE: u8 = 2;
static VERBOSITY: AtomicU8 = AtomicU8::new(NORMAL);
/// Whether messages on stderr are coloured (`--color`, `NO_COLOR`, a terminal).
static COLOUR_MESSAGES: AtomicBool = AtomicBool::new(false);

fn verbosity() -> u8 {
    VERBOSITY.load(Ordering::Relaxed)
}

/// A message for people on stderr, always shown. Every message goes through
/// here: text from a file (names, file names, excerpts) reaches the terminal
/// with its control characters made visible ([`sanitise::terminal`]).
pub fn tell(message: &str) {
    eprintln!("{}", sanitise::terminal(message));
}

/// Problems in the user's files, always shown: worded in the output language,
/// text from the file made inert, and, with colour on, each part coloured
/// from the diagnostic's structure.
pub fn tell_diagnostics(lang: Lang, diagnostics: &Diagnostics) {
    let colour = COLOUR_MESSAGES.load(Ordering::Relaxed);
    eprintln!("{}", crate::shown::rendered(lang, diagnostics, colour));
}

/// A message for people (on stderr), silenced by `--quiet`.
pub fn note(message: &str) {
    if verbosity() >= NORMAL {
        tell(message);
    }
}

/// A message shown only with `--verbose`.
pub fn detail(message: &str) {
    if verbosity() >= VERBOSE {
        tell(&format!("levers: {message}"));
    }
}

/// A progress bar for a long operation of `length` steps, labelled by the
/// message `label_id` in the output language: drawn on stderr when it is a
/// terminal and `--quiet` is not given, hidden otherwise (so pipes and CI logs
/// stay clean).
pub fn progress_bar(lang: Lang, length: u64, label_id: &str) -> indicatif::ProgressBar {
    if verbosity() == QUIET || !std::io::stderr().is_terminal() {
        return indicatif::ProgressBar::hidden();
    }
    let bar = indicatif::ProgressBar::new(length);
    if let Ok(style) = indicatif::ProgressStyle::with_template(&bar_template(lang)) {
        bar.set_style(style.progress_chars("=> "));
    }
    bar.set_message(lang.text(label_id));
    bar
}

/// The progress bar's layout in `lang`: label, bar, count, speed and time left.
fn bar_template(lang: Lang) -> String {
    let left = lang.format("progress-eta", &[("eta", "{eta}")]);
    format!("{{msg}} [{{bar:30}}] {{pos}}/{{len}} ({{per_sec}}, {left})")
}

/// A spinner for a long operation whose length is not known in advance (goal
/// seek); shown and hidden under the same rules as [`progress_bar`].
pub fn spinner(what: &str) -> indicatif::ProgressBar {
    if verbosity() == QUIET || !std::io::stderr().is_terminal() {
        return indicatif::ProgressBar::hidden();
    }
    let spinner = indicatif::ProgressBar::new_spinner();
    spinner.set_message(what.to_string());
    spinner.enable_steady_tick(std::time::Duration::from_millis(120));
    spinner
}

/// Parses the command line with the colour choice applied to clap's own output
/// (help, errors), and sets the verbosity.
pub fn parse_cli() -> Result<Cli, clap::Error> {
    stdout_closed();
    let args: Vec<OsString> = std::env::args_os().collect();
    let no_color = std::env::var_os("NO_COLOR").is_some_and(|v| !v.is_empty());
    let choice = color_choice(color_from_args(&args), no_color);
    let command = Cli::command()
        .color(choice)
        .mut_subcommands(|sub| sub.mut_args(negative_numbers));
    let matches = command
        .mut_args(negative_numbers)
        .try_get_matches_from(args)?;
    let cli = Cli::from_arg_matches(&matches)?;
    let level = if cli.quiet {
        QUIET
    } else if cli.verbose {
        VERBOSE
    } else {
        NORMAL
    };
    VERBOSITY.store(level, Ordering::Relaxed);
    let colour = match choice {
        ColorChoice::Always => true,
        ColorChoice::Never => false,
        ColorChoice::Auto => std::io::stderr().is_terminal(),
    };
    COLOUR_MESSAGES.store(colour, Ordering::Relaxed);
    Ok(cli)
}

/// An option that takes a value takes a negative number too (`--budget -5`):
/// it is then refused with the option's range, not taken for an unknown flag
/// with clap's tip to write `-- -5` (which gives another error).
fn negative_numbers(arg: clap::Arg) -> clap::Arg {
    if !arg.is_positional() && arg.get_action().takes_values() {
        arg.allow_negative_numbers(true)
    } else {
        arg
    }
}

/// The language of output: `--lang`, else `lang` in the settings file, else
/// English. A settings file with mistakes is reported by the commands that
/// read it, not here.
pub fn language(flag: Option<Lang>) -> Lang {
    flag.or_else(|| {
        levers_files::settings::load()
            .ok()
            .and_then(|s| s.lang)
            .and_then(|tag| Lang::from_tag(&tag))
    })
    .unwrap_or_default()
}

/// `--color` as given before clap parses (its own help and errors need it).
fn color_from_args(args: &[OsString]) -> ColorWhen {
    let mut found = ColorWhen::Auto;
    let mut iter = args.iter().skip(1).map(|a| a.to_string_lossy());
    while let Some(arg) = iter.next() {
        if arg == "--" {
            break;
        }
        let value = if arg == "--color" {
            iter.next().map(std::borrow::Cow::into_owned)
        } else {
            arg.strip_prefix("--color=").map(str::to_string)
        };
        if let Some(when) = value.and_then(|v| ColorWhen::from_str(&v, true).ok()) {
            found = when;
        }
    }
    found
}

/// `NO_COLOR` (<https://no-color.org>) turns `auto` off; `always` still colours.
pub fn color_choice(when: ColorWhen, no_color: bool) -> ColorChoice {
    match when {
        ColorWhen::Always => ColorChoice::Always,
        ColorWhen::Never => ColorChoice::Never,
        ColorWhen::Auto if no_color => ColorChoice::Never,
        ColorWhen::Auto => ColorChoice::Auto,
    }
}

/// Writes text to stdout with control characters made visible (every text
/// result goes through here); a closed pipe (`levers eval … | head`) is not an
/// error.
pub fn print(text: &str) -> Result<(), Failure> {
    print_bytes(sanitise::terminal(text).as_bytes())
}

/// Whether standard output was closed when levers started (`>&-`). Rust's
/// runtime puts `/dev/null` in the place of a closed standard stream, opened
/// for reading and writing; a shell's `> /dev/null` opens it for writing only,
/// and discarding the output is then what the user asked for.
static STDOUT_CLOSED: std::sync::OnceLock<bool> = std::sync::OnceLock::new();

fn stdout_closed() -> bool {
    *STDOUT_CLOSED.get_or_init(|| {
        use rustix::fs::{OFlags, fcntl_getfl, fstat, stat};
        let stdout = std::io::stdout();
        let (Ok(flags), Ok(out), Ok(null)) =
            (fcntl_getfl(&stdout), fstat(&stdout), stat("/dev/null"))
        else {
            return false;
        };
        let read_write = flags & OFlags::RWMODE == OFlags::RDWR;
        read_write && out.st_rdev == null.st_rdev && out.st_ino == null.st_ino
    })
}

/// An error when standard output is closed (`levers eval x >&-`). Rust's
/// standard library then drops every write without an error, so a result
/// would vanish with exit status 0; a closed pipe is a different case (the
/// reader has what it wanted) and stays quiet.
pub fn stdout_open() -> Result<(), Failure> {
    if stdout_closed() {
        return Err(Failure::Internal(
            "cannot write output: standard output is closed".into(),
        ));
    }
    Ok(())
}

/// Writes bytes to stdout, as [`print`].
fn print_bytes(bytes: &[u8]) -> Result<(), Failure> {
    stdout_open()?;
    let mut stdout = std::io::stdout().lock();
    match stdout.write_all(bytes).and_then(|()| stdout.flush()) {
        Err(e) if e.kind() != std::io::ErrorKind::BrokenPipe => {
            Err(Failure::Internal(format!("cannot write output: {e}")))
        }
        _ => Ok(()),
    }
}

/// Writes `bytes` to `output` atomically, or to stdout for `-`.
/// `path` could not be written, and why, in `lang`: a missing folder named
/// as such; otherwise the system's reason.
pub fn cannot_write(lang: Lang, path: &Path, error: &std::io::Error) -> Failure {
    let folder = path.parent().filter(|f| !f.as_os_str().is_empty());
    let reason = match folder {
        Some(folder) if !folder.is_dir() => lang.format(
            "cannot-write-no-folder",
            &[("folder", &folder.display().to_string())],
        ),
        // levers' own refusals (the save's words are English) in `lang`.
        _ => match levers_files::fsio::not_plain_at(path) {
            Some(kind) => lang.format(
                "cannot-write-not-plain",
                &[("kind", &lang.text(&format!("file-kind-{}", kind.key())))],
            ),
            None if std::fs::metadata(path).is_ok_and(|m| m.permissions().readonly()) => {
                lang.text("cannot-write-read-only")
            }
            None => levers_files::fsio::reason(error),
        },
    };
    Failure::Invalid(lang.format(
        "cannot-write",
        &[("file", &path.display().to_string()), ("reason", &reason)],
    ))
}

/// Refuses, before any work, an output whose folder does not exist (a report
/// or a brief writes its charts beside it first: the error names the output).
pub fn check_folder(lang: Lang, output: &Path) -> Result<(), Failure> {
    let missing = output
        .parent()
        .is_some_and(|folder| !folder.as_os_str().is_empty() && !folder.is_dir());
    if missing && !is_stdin(output) {
        let error = std::io::Error::from(std::io::ErrorKind::NotFound);
        return Err(cannot_write(lang, output, &error));
    }
    Ok(())
}

pub fn write_output(lang: Lang, output: &Path, bytes: &[u8]) -> Result<(), Failure> {
    if is_stdin(output) {
        return print_bytes(bytes);
    }
    write_file(output, bytes).map_err(|e| cannot_write(lang, output, &e))?;
    let path = output.display().to_string();
    note(&lang.format("cli-wrote", &[("path", &path)]));
    Ok(())
}

/// Streams an output to `output` (or stdout for `-`) as `write` produces it:
/// into a temporary file beside it, put in place only when complete
/// ([`levers_files::fsio::AtomicFile`]), so memory does not grow with the
/// number of rows and a failed run leaves the old file as it was. The target
/// is checked (folder, FIFO, read-only) before any work.
pub fn stream_output(
    lang: Lang,
    output: &Path,
    write: impl FnOnce(&mut dyn Write) -> Result<(), Failure>,
) -> Result<(), Failure> {
    if is_stdin(output) {
        stdout_open()?;
        let stdout = std::io::stdout();
        let mut sink = stdout.lock();
        return match write(&mut sink) {
            Err(Failure::Internal(why)) if why.contains("Broken pipe") => Ok(()),
            other => other,
        };
    }
    let cannot = |e: std::io::Error| cannot_write(lang, output, &e);
    let mut file = levers_files::fsio::AtomicFile::create(output, levers_files::fsio::USUAL_MODE)
        .map_err(cannot)?;
    write(&mut file)?;
    file.commit().map_err(cannot)?;
    let path = output.display().to_string();
    note(&lang.format("cli-wrote", &[("path", &path)]));
    Ok(())
}

/// Writes a whole file with the one routine behind every save
/// ([`fsio::write_whole`]); a new file is readable by others, as `>` would
/// make it: a report or chart is for sharing.
pub fn write_file(path: &Path, bytes: &[u8]) -> std::io::Result<()> {
    levers_files::fsio::write_whole(path, bytes, levers_files::fsio::USUAL_MODE)
}

/// The lower-cased extension of an output's file name, if it has one.
pub fn extension(output: &Path) -> Option<String> {
    output
        .extension()
        .map(|e| e.to_string_lossy().to_ascii_lowercase())
}

/// An extension as a refusal names it: `.docx`, or `a file without extension`.
pub fn extension_named(lang: Lang, extension: Option<&str>) -> String {
    extension.map_or_else(|| lang.text("output-no-extension"), |e| format!(".{e}"))
}

#[cfg(test)]
mod progress_tests {
    use super::*;

    #[test]
    fn the_progress_bar_speaks_each_language_and_its_layout_parses() {
        for (lang, left) in [(Lang::En, "{eta} left"), (Lang::ZhHant, "尚餘 {eta}")] {
            let template = bar_template(lang);
            assert!(template.contains(left), "{template}");
            assert!(
                indicatif::ProgressStyle::with_template(&template).is_ok(),
                "{template}"
            );
            for id in [
                "progress-draws",
                "progress-draws-out",
                "progress-sobol",
                "progress-sweep",
            ] {
                assert!(lang.has(id), "{id}");
            }
        }
        assert_ne!(
            Lang::ZhHant.text("progress-sweep"),
            Lang::En.text("progress-sweep")
        );
    }
}
