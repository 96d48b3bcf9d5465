//! `levers paths`: where levers keeps the user's settings and packages.

use std::path::PathBuf;

use levers_files::settings;

use super::Failure;
use super::output::{detail, print};

/// `levers paths`: the settings file and the library, and whether they exist.
/// A settings file with mistakes is reported (exit 2) after the paths.
pub fn run() -> Result<(), Failure> {
    let describe = |path: Option<PathBuf>, what: &str| -> String {
        match path {
            Some(path) => {
                let state = if path.exists() {
                    "exists"
                } else {
                    "not created yet"
                };
                format!("{what:<10} {}  ({state})\n", path.display())
            }
            None => format!("{what:<10} (no home folder found; set the environment variable)\n"),
        }
    };
    let mut out = String::new();
    out.push_str(&describe(settings::settings_path(), "settings"));
    out.push_str(&describe(settings::library_dir(), "library"));
    out.push_str(&format!(
        "\nOverride with {} (settings) and {} (library: <dir>/policies).\n",
        settings::CONFIG_DIR_VAR,
        settings::DATA_DIR_VAR
    ));
    print(&out)?;
    let settings = settings::load()?;
    if let Some(file) = &settings.file {
        detail(&format!("{} is valid", file.display()));
    }
    Ok(())
}
