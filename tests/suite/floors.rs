//! The floors of the house hold: no crate imports one above it, and the
//! command line and the workbench never import each other. Crate dependencies
//! already stop a lower crate from naming a higher one (cargo refuses the
//! cycle); this test also reads the `use` lines and paths of every source file,
//! so a new dependency added to a manifest cannot open a way up unnoticed.

use std::path::Path;

use crate::support::{files_in, root};

/// Each floor's source folder, and the crate names it must never mention.
const FLOORS: [(&str, &[&str]); 5] = [
    (
        "crates/levers-core/src",
        &[
            "levers_files",
            "levers_report",
            "levers::",
            "ratatui",
            "clap",
        ],
    ),
    (
        "crates/levers-files/src",
        &["levers_report", "levers::", "ratatui", "clap"],
    ),
    (
        "crates/levers-report/src",
        &[
            "levers_files",
            "levers::",
            "ratatui",
            "crate::cli",
            "crate::tui",
        ],
    ),
    ("src/cli", &["crate::tui", "tui::", "ratatui"]),
    ("src/tui", &["crate::cli", "cli::"]),
];

/// The lines of `text` that are code (not comments), trimmed.
fn code_lines(text: &str) -> impl Iterator<Item = &str> {
    text.lines()
        .map(str::trim)
        .filter(|line| !line.starts_with("//"))
}

#[test]
fn no_floor_imports_a_floor_above_it_and_cli_and_tui_stay_apart() {
    let mut upward = Vec::new();
    for (folder, forbidden) in FLOORS {
        let files = files_in(&root().join(folder), "rs");
        assert!(!files.is_empty(), "{folder} has no sources");
        for file in files {
            let text = std::fs::read_to_string(&file).unwrap_or_else(|e| panic!("{e}"));
            for line in code_lines(&text) {
                for name in forbidden {
                    if line.contains(name) {
                        let shown = file.strip_prefix(root()).unwrap_or(Path::new(""));
                        upward.push(format!("{}: `{name}` in `{line}`", shown.display()));
                    }
                }
            }
        }
    }
    assert!(
        upward.is_empty(),
        "imports up a floor or across:\n{}",
        upward.join("\n")
    );
}
