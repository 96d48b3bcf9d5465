//! The user's places: a settings file in the platform's config folder and a
//! library of their own packages in its data folder, both overridable by
//! `LEVERS_CONFIG_DIR` and `LEVERS_DATA_DIR` (tests, portable installs).
//!
//! The settings file is optional; when it exists it is read as strictly as a
//! policy, with every problem reported at <file:line:column>:
//!
//! ```toml
//! theme = "default"             # the workbench's colour theme, by name
//! default_format = "json"       # `eval`'s output when --format is not given
//! lang = "zh-Hant"              # reports, charts, tables and the workbench: en or zh-Hant
//!
//! [keymap]                      # keys for workbench actions, by action name
//! save = ["ctrl-s", "F2"]
//! quit = "q"
//! ```

use std::collections::BTreeMap;
use std::path::PathBuf;

use toml::de::DeValue;

use levers_core::ProblemKind;
use levers_core::problem_kind::{ChoiceOf, Expected};

use crate::diagnostic::Diagnostics;
use crate::fsio;
use crate::key_name::parse_key_name;
use crate::toml_reader::{Reader, Value, get, join};

pub const CONFIG_DIR_VAR: &str = "LEVERS_CONFIG_DIR";
pub const DATA_DIR_VAR: &str = "LEVERS_DATA_DIR";
pub const SETTINGS_FILE: &str = "settings.toml";

/// The output formats `default_format` may name (those of `eval --format`).
pub const FORMATS: [&str; 5] = ["table", "json", "ndjson", "csv", "markdown"];

/// The languages `lang` may name (those of `--lang`).
pub const LANGS: [&str; 2] = ["en", "zh-Hant"];

/// What the user has set. Everything is optional: an absent file is the default.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Settings {
    /// The workbench's colour theme, by name.
    pub theme: Option<String>,
    /// `eval`'s output format when `--format` is not given (one of [`FORMATS`]).
    pub default_format: Option<String>,
    /// The language of reports, charts, tables and the workbench (one of [`LANGS`]).
    pub lang: Option<String>,
    /// Extra keys per workbench action, by action name (`save`, `quit`, ...), in
    /// the user's spelling (`ctrl-s`, `shift-left`, `?`, `F2`). Sorted by name.
    pub keymap: BTreeMap<String, Vec<String>>,
    /// Where `theme`'s value was written, as 1-based line and column: the
    /// workbench checks the name itself and reports it there.
    pub theme_at: Option<(usize, usize)>,
    /// Where each `[keymap]` action's name was written (line, column), by
    /// action name, for the same reason.
    pub keymap_at: BTreeMap<String, (usize, usize)>,
    /// The file these came from, if there was one.
    pub file: Option<PathBuf>,
}

/// The folder of the settings file: `$LEVERS_CONFIG_DIR`, else the platform's
/// config folder for levers (`~/.config/levers` on Linux).
pub fn config_dir() -> Option<PathBuf> {
    from_env(CONFIG_DIR_VAR).or_else(|| project_dirs().map(|d| d.config_dir().to_path_buf()))
}

/// The folder of the user's data: `$LEVERS_DATA_DIR`, else the platform's data
/// folder for levers (`~/.local/share/levers` on Linux).
pub fn data_dir() -> Option<PathBuf> {
    from_env(DATA_DIR_VAR).or_else(|| project_dirs().map(|d| d.data_dir().to_path_buf()))
}

/// The settings file (it need not exist).
pub fn settings_path() -> Option<PathBuf> {
    config_dir().map(|dir| dir.join(SETTINGS_FILE))
}

/// The user's own packages: `<data dir>/policies`. The workbench's open dialog
/// lists the `*.toml` files here.
pub fn library_dir() -> Option<PathBuf> {
    data_dir().map(|dir| dir.join("policies"))
}

/// Copies of unsaved workbench edits: `<data dir>/recovery`.
pub fn recovery_dir() -> Option<PathBuf> {
    data_dir().map(|dir| dir.join("recovery"))
}

fn from_env(name: &str) -> Option<PathBuf> {
    std::env::var_os(name)
        .filter(|value| !value.is_empty())
        .map(PathBuf::from)
}

fn project_dirs() -> Option<directories::ProjectDirs> {
    directories::ProjectDirs::from("", "", "levers")
}

/// Reads the settings file; no file (or no home folder) gives the defaults.
/// Action and theme names are not checked here: the workbench checks them
/// against its own lists (`tui::keymap::UserKeys::from_settings`,
/// `Theme::from_name`) and reports what it cannot use at the line and column
/// [`Settings::theme_at`] and [`Settings::keymap_at`] keep.
pub fn load() -> Result<Settings, Diagnostics> {
    let (settings, problems) = load_with_problems()?;
    match problems {
        Some(problems) => Err(problems),
        None => Ok(settings),
    }
}

/// The settings file as far as it reads, with the problems of the keys that
/// do not (a key that fails keeps its default); `Err` only for a file that
/// cannot be read or is not TOML. For checking the whole file at once.
pub fn load_with_problems() -> Result<(Settings, Option<Diagnostics>), Diagnostics> {
    let Some(path) = settings_path() else {
        return Ok((Settings::default(), None));
    };
    if !path.is_file() {
        return Ok((Settings::default(), None));
    }
    let text = fsio::read_text(&path)?;
    let (mut settings, problems) = parse_with_problems(&path.display().to_string(), &text)?;
    settings.file = Some(path);
    Ok((settings, problems))
}

const ROOT_KEYS: [&str; 4] = ["theme", "default_format", "lang", "keymap"];

/// Reads settings from `source` (named `file` in messages).
pub fn parse(file: &str, source: &str) -> Result<Settings, Diagnostics> {
    match parse_with_problems(file, source)? {
        (settings, None) => Ok(settings),
        (_, Some(problems)) => Err(problems),
    }
}

/// As [`parse`], keeping what reads beside the problems of what does not.
fn parse_with_problems(
    file: &str,
    source: &str,
) -> Result<(Settings, Option<Diagnostics>), Diagnostics> {
    let source = source.strip_prefix('\u{feff}').unwrap_or(source);
    let (mut reader, root) = Reader::parse(file, source)?;
    let table = root.get_ref();
    reader.check_keys(table, "", &ROOT_KEYS);
    let mut settings = Settings::default();
    if let Some(value) = get(table, "theme") {
        settings.theme = reader.text(value, "theme");
        settings.theme_at = Some(reader.line_column(value.span().start));
    }
    if let Some(value) = get(table, "default_format")
        && let Some(text) = reader.text(value, "default_format")
    {
        if FORMATS.contains(&text.as_str()) {
            settings.default_format = Some(text);
        } else {
            let of = ChoiceOf::OutputFormat;
            reader.unknown_choice(value, "default_format", &text, &FORMATS, of);
        }
    }
    if let Some(value) = get(table, "lang")
        && let Some(text) = reader.text(value, "lang")
    {
        if let Some(lang) = LANGS.iter().find(|l| l.eq_ignore_ascii_case(&text)) {
            settings.lang = Some((*lang).to_string());
        } else {
            reader.unknown_choice(value, "lang", &text, &LANGS, ChoiceOf::Language);
        }
    }
    if let Some(value) = get(table, "keymap")
        && let Some(keymap) = reader.table(value, "keymap")
    {
        for (action, keys) in keymap {
            let place = reader.line_column(action.span().start);
            let action = action.get_ref().to_string();
            settings.keymap_at.insert(action.clone(), place);
            let path = join("keymap", &action);
            let keys = read_keys(&mut reader, keys, &path);
            settings.keymap.insert(action, keys);
        }
    }
    Ok((settings, reader.finish().err()))
}

/// A key (`"ctrl-s"`) or a list of keys (`["ctrl-s", "F2"]`), each checked.
fn read_keys(reader: &mut Reader<'_>, value: &Value<'_>, path: &str) -> Vec<String> {
    let items: Vec<&Value<'_>> = match value.get_ref() {
        DeValue::Array(items) => items.iter().collect(),
        _ => vec![value],
    };
    let mut keys = Vec::new();
    for item in items {
        let DeValue::String(text) = item.get_ref() else {
            reader.wrong_type::<()>(item, path, Expected::Key);
            continue;
        };
        let text = text.to_string();
        if parse_key_name(&text).is_some() {
            keys.push(text);
        } else {
            reader.push_problem(item.span(), path, ProblemKind::NotAKey { text });
        }
    }
    keys
}
