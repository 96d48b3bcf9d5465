//! Where the policy schema lives on this machine, so that the `#:schema` line
//! levers writes into a new package resolves wherever the package is saved.
//!
//! A relative reference (`../schema/policy.schema.json`) breaks as soon as a
//! package is copied elsewhere; levers has no web address of its own to point
//! at. So `levers schema --install` writes the schema into the user's data
//! folder (`<data dir>/schema/policy.schema.json`), and every package written
//! from scratch names it by an absolute `file://` address, which taplo (Even
//! Better TOML) resolves from any folder. Writing such a package installs the
//! schema too, when it is missing or out of date.

use std::path::{Path, PathBuf};

use levers_core::Baseline;
use percent_encoding::{AsciiSet, CONTROLS, utf8_percent_encode};

use crate::{fsio, schema, settings};
use levers_core::problem_kind::Words;

/// The schema's file name, in the data folder and beside the example packages.
pub const SCHEMA_FILE: &str = "policy.schema.json";

/// Used when there is no data folder (no home folder): the schema beside the
/// package, as `levers schema > policy.schema.json` puts it.
const BESIDE_THE_PACKAGE: &str = "./policy.schema.json";

/// Characters a path may hold that a URL must escape (RFC 3986 path segment);
/// bytes beyond ASCII are always escaped.
const PATH_ESCAPES: &AsciiSet = &CONTROLS
    .add(b' ')
    .add(b'"')
    .add(b'#')
    .add(b'%')
    .add(b'<')
    .add(b'>')
    .add(b'?')
    .add(b'[')
    .add(b']')
    .add(b'\\')
    .add(b'^')
    .add(b'`')
    .add(b'{')
    .add(b'|')
    .add(b'}');

/// `<data dir>/schema/policy.schema.json`, absolute (it need not exist).
pub fn installed_path() -> Option<PathBuf> {
    let folder = settings::data_dir()?;
    let absolute = std::path::absolute(folder).ok()?;
    Some(absolute.join("schema").join(SCHEMA_FILE))
}

/// The reference a new package's `#:schema` line carries: the installed
/// schema's `file://` address when it is installed (a regular file there),
/// or else the schema beside the package — never an address of a schema that
/// could not be installed.
pub fn reference() -> String {
    installed_path()
        .filter(|path| fsio::is_file(path))
        .and_then(|path| file_url(&path))
        .unwrap_or_else(|| BESIDE_THE_PACKAGE.to_string())
}

/// The `#:schema` line (without its line break).
pub fn schema_line() -> String {
    format!("#:schema {}", reference())
}

/// `file:///home/ana/My%20packages/x.json` for an absolute path.
pub fn file_url(path: &Path) -> Option<String> {
    let text = path.to_str()?.replace('\\', "/");
    let rooted = if text.starts_with('/') {
        text
    } else {
        // A Windows path (C:/Users/...) gets the third slash of `file:///C:/`.
        format!("/{text}")
    };
    let encoded: String = rooted
        .split('/')
        .map(|segment| utf8_percent_encode(segment, PATH_ESCAPES).to_string())
        .collect::<Vec<_>>()
        .join("/");
    path.is_absolute().then(|| format!("file://{encoded}"))
}

/// Writes the schema to [`installed_path`] unless it is already there, the
/// same; returns where it is.
pub fn install(words: &dyn Words, baseline: &Baseline) -> Result<PathBuf, String> {
    let path =
        installed_path().ok_or("no data folder (no home folder and LEVERS_DATA_DIR unset)")?;
    let text = schema::policy_schema_text(words, baseline)?;
    // Read through the checked reader (a FIFO there must not hang `new` or
    // the workbench), and no more than a schema's size.
    let limit = text.len() as u64;
    if fsio::read_limited(&path, limit)
        .is_ok_and(|old| old.is_some_and(|old| old == text.as_bytes()))
    {
        return Ok(path);
    }
    if let Some(folder) = path.parent() {
        std::fs::create_dir_all(folder).map_err(|e| {
            format!(
                "cannot create the folder {}: {e} (is a part of it a file? set LEVERS_DATA_DIR to another folder)",
                folder.display()
            )
        })?;
    }
    fsio::write_whole(&path, text.as_bytes(), fsio::USUAL_MODE)
        .map_err(|e| format!("cannot write {}: {e}", path.display()))?;
    Ok(path)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_path_with_spaces_and_non_ascii_becomes_an_escaped_file_url() {
        let url = file_url(Path::new("/home/ana/My packages/政策/a#b.json"));
        assert_eq!(
            url.as_deref(),
            Some("file:///home/ana/My%20packages/%E6%94%BF%E7%AD%96/a%23b.json")
        );
        assert_eq!(file_url(Path::new("relative/x.json")), None);
    }
}
