//! The floors of the house hold, checked on structure, not on text:
//!
//! - each crate depends only on the crates below it (read from `cargo
//!   metadata`, so a new dependency in a manifest is seen whatever the source
//!   calls it), and the lower floors never take the terminal or argument
//!   crates;
//! - in the binary, the command line (`crate::cli`) and the workbench
//!   (`crate::tui`) never name each other: every `use` and every path of their
//!   sources is parsed and resolved against the module it stands in
//!   ([`crate::support::module_paths`]), so `super::super::tui`, a glob of the
//!   crate root or a `crate::tui` inside a macro is caught, while a module of
//!   theirs that happens to be called `levers` or `tui` is not.

use crate::support::module_paths::{module_of, named_paths};
use crate::support::{files_in, output_of, root};

/// Each crate of the workspace: the sibling crates it may depend on, and the
/// outside crates it must not (a terminal or a command line in a lower floor).
const FLOORS: [(&str, &[&str], &[&str]); 4] = [
    ("levers-core", &[], &["ratatui", "clap", "crossterm"]),
    (
        "levers-files",
        &["levers-core"],
        &["ratatui", "clap", "crossterm"],
    ),
    ("levers-report", &["levers-core"], &["ratatui", "crossterm"]),
    (
        "levers",
        &["levers-core", "levers-files", "levers-report"],
        &[],
    ),
];

/// The dependencies (of any kind: normal, build or dev) of the workspace's
/// crates in `metadata` (`cargo metadata --no-deps`) that break [`FLOORS`],
/// and the crates [`FLOORS`] does not place.
fn crates_out_of_place(metadata: &serde_json::Value) -> Vec<String> {
    let siblings: Vec<&str> = FLOORS.iter().map(|(name, _, _)| *name).collect();
    let mut wrong = Vec::new();
    for package in metadata["packages"].as_array().into_iter().flatten() {
        let name = package["name"].as_str().unwrap_or("?");
        let Some((_, allowed, forbidden)) = FLOORS.iter().find(|(floor, _, _)| *floor == name)
        else {
            wrong.push(format!("{name} has no floor in FLOORS"));
            continue;
        };
        for dependency in package["dependencies"].as_array().into_iter().flatten() {
            let on = dependency["name"].as_str().unwrap_or("?");
            let upward = siblings.contains(&on) && !allowed.contains(&on);
            if upward || forbidden.contains(&on) {
                wrong.push(format!("{name} depends on {on}"));
            }
        }
    }
    wrong
}

#[test]
fn each_crate_depends_only_on_the_crates_below_it() {
    let cargo = std::env::var("CARGO").unwrap_or_else(|_| "cargo".into());
    let metadata = output_of(
        assert_cmd::Command::new(cargo)
            .args([
                "metadata",
                "--format-version",
                "1",
                "--no-deps",
                "--offline",
            ])
            .current_dir(root()),
    );
    let metadata: serde_json::Value =
        serde_json::from_slice(&metadata).unwrap_or_else(|e| panic!("{e}"));
    let members = metadata["packages"].as_array().map_or(0, Vec::len);
    assert_eq!(members, FLOORS.len(), "every crate is on a floor");
    let wrong = crates_out_of_place(&metadata);
    assert!(wrong.is_empty(), "{}", wrong.join("\n"));
}

#[test]
fn a_dependency_up_a_floor_or_on_the_terminal_is_seen() {
    let metadata = serde_json::json!({ "packages": [
        { "name": "levers-core", "dependencies": [{ "name": "rand" }] },
        { "name": "levers-files", "dependencies": [{ "name": "levers-report", "kind": "dev" }] },
        { "name": "levers-report", "dependencies": [{ "name": "ratatui" }] },
        { "name": "levers-extra", "dependencies": [] },
    ]});
    assert_eq!(
        crates_out_of_place(&metadata),
        [
            "levers-files depends on levers-report",
            "levers-report depends on ratatui",
            "levers-extra has no floor in FLOORS",
        ]
    );
}

// ---- the command line and the workbench, side by side ----

/// The two rooms of the binary that must not name each other.
const APART: [(&str, &str); 2] = [("cli", "tui"), ("tui", "cli")];

/// The paths in `source`, a file of module `module`, that reach the crate's
/// module `forbidden`, or glob the crate root that holds it.
fn crossings(module: &[&str], forbidden: &str, source: &str) -> Vec<String> {
    named_paths(module, source)
        .into_iter()
        .filter(|named| {
            let into = named.target.first().is_some_and(|m| m == forbidden);
            into || named.glob && named.target.is_empty()
        })
        .map(|named| named.written)
        .collect()
}

#[test]
fn the_command_line_and_the_workbench_never_name_each_other() {
    let mut crossing = Vec::new();
    for (room, other) in APART {
        let files = files_in(&root().join("src").join(room), "rs");
        assert!(files.len() > 5, "src/{room} has its sources");
        for file in files {
            let module = module_of(&root().join("src"), &file);
            let module: Vec<&str> = module.iter().map(String::as_str).collect();
            let text = std::fs::read_to_string(&file).unwrap_or_else(|e| panic!("{e}"));
            for path in crossings(&module, other, &text) {
                let shown = file.strip_prefix(root()).unwrap_or(&file);
                crossing.push(format!("{}: `{path}`", shown.display()));
            }
        }
    }
    assert!(
        crossing.is_empty(),
        "the command line and the workbench name each other:\n{}",
        crossing.join("\n")
    );
}

#[test]
fn a_crossing_is_seen_however_it_is_spelled_and_a_namesake_is_not() {
    let eval = ["cli", "eval"];
    for crossing in [
        "use crate::tui::App;",
        "use super::super::tui;",
        "use crate::{parallel, tui::keymap};",
        "fn f() { crate::tui::run(); }",
        "fn f() -> super::super::tui::App { todo!() }",
        "use super::super::*;",
        "fn f() { println!(\"{}\", crate::tui::NAME); }",
        "mod inner { use super::super::super::tui as workbench; }",
    ] {
        assert_eq!(
            crossings(&eval, "tui", crossing).len(),
            1,
            "not seen: {crossing}"
        );
    }
    for fine in [
        "use super::Failure;",
        "use crate::parallel;",
        "use levers_report::tui_hint;",
        "mod tests { use super::*; }",
        "mod tui { pub fn f() {} } fn g() { self::tui::f(); }",
        "fn f() { ratatui::init(); }",
        "fn f() { println!(\"crate::tui is elsewhere\"); }",
    ] {
        assert_eq!(
            crossings(&eval, "tui", fine),
            Vec::<String>::new(),
            "{fine}"
        );
    }
}
