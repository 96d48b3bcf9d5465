//! `levers paths`: every folder levers reads or writes for the user — the
//! settings file, the config and data folders, the library of packages and the
//! workbench's recovery copies — and whether each exists, as text or JSON.

use std::path::PathBuf;

use levers_files::settings;
use levers_report::i18n::Lang;
use serde_json::{Value, json};

use super::args::{PathsArgs, PathsFormat};
use super::console::{detail, print};
use super::{Failure, WorkbenchSettings};

/// The places, in the order they are printed: key, what it holds, path.
fn places() -> [(&'static str, &'static str, Option<PathBuf>); 5] {
    [
        ("settings", "the settings file", settings::settings_path()),
        ("config", "the config folder", settings::config_dir()),
        ("data", "the data folder", settings::data_dir()),
        ("library", "your own packages", settings::library_dir()),
        (
            "recovery",
            "copies of unsaved workbench edits",
            settings::recovery_dir(),
        ),
    ]
}

/// `levers paths`: the places and whether they exist. A settings file with
/// mistakes is reported (exit 2) after the paths: those its reader refuses, and
/// the names only the workbench checks (a theme, a keymap action), each at its
/// line and column as the workbench lists them when it opens.
pub fn run(
    lang: Lang,
    args: &PathsArgs,
    workbench_settings: WorkbenchSettings,
) -> Result<(), Failure> {
    let places = places();
    let text = match args.format {
        PathsFormat::Text => text(lang, &places),
        PathsFormat::Json => {
            let mut object = serde_json::Map::new();
            for (key, what, path) in &places {
                let value = json!({
                    "path": path.as_ref().map(|path| path.display().to_string()),
                    "exists": path.as_ref().is_some_and(|path| path.exists()),
                    "holds": what,
                });
                object.insert((*key).to_string(), value);
            }
            levers_report::pretty_json(&Value::Object(object))?
        }
    };
    print(&text)?;
    // Every mistake at once: what the reader refuses, then what only the
    // workbench checks in the rest (a key the reader refused keeps its default).
    let (settings, refused) = settings::load_with_problems()?;
    let Some(file) = settings.file.clone() else {
        return Ok(());
    };
    let mut said = Vec::new();
    if let Some(refused) = refused {
        said.push(crate::shown::diagnostics(lang, &refused));
    }
    if let Some(unused) = workbench_settings(lang, settings) {
        said.push(format!(
            "{unused}\n{}",
            lang.text("settings-workbench-skips")
        ));
    }
    if !said.is_empty() {
        return Err(Failure::Invalid(said.join("\n")));
    }
    detail(&format!("{} is valid", file.display()));
    Ok(())
}

/// One place per line: its key, its path and whether it exists, in `lang`
/// (the keys are the JSON's).
fn text(lang: Lang, places: &[(&str, &str, Option<PathBuf>)]) -> String {
    let mut out = String::new();
    for (key, _, path) in places {
        match path {
            Some(path) => {
                let state = lang.text(if path.exists() {
                    "paths-exists"
                } else {
                    "paths-not-created"
                });
                let shown = path.display().to_string();
                out.push_str(&format!(
                    "{key:<10} {}\n",
                    levers_report::brackets::with_note(lang, &shown, &state)
                ));
            }
            None => out.push_str(&format!("{key:<10} {}\n", lang.text("paths-no-home"))),
        }
    }
    out.push('\n');
    out.push_str(&lang.format(
        "paths-override",
        &[
            ("config", settings::CONFIG_DIR_VAR),
            ("data", settings::DATA_DIR_VAR),
        ],
    ));
    out.push('\n');
    out
}
