//! The floors of the house hold, checked on structure, not on text:
//!
//! - each crate depends only on the crates below it (read from `cargo
//!   metadata`, so a new dependency in a manifest is seen whatever the source
//!   calls it), and the lower floors never take the terminal or argument
//!   crates;
//! - in the binary, the command line (`crate::cli`) and the workbench
//!   (`crate::tui`) never name each other: every `use` and every path of their
//!   sources is parsed (`syn`) and resolved against the module it stands in,
//!   so `super::super::tui`, a glob of the crate root or a `crate::tui` inside a
//!   macro is caught, while a module of theirs that happens to be called
//!   `levers` or `tui` is not.

use std::path::Path;

use syn::visit::Visit;

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

/// Collects, in a parsed file of module `module` (`["cli", "eval"]`), the
/// paths that resolve into the crate's module `forbidden`.
struct Crossings<'a> {
    module: Vec<String>,
    forbidden: &'a str,
    found: Vec<String>,
}

impl Crossings<'_> {
    /// Where `segments` (as written, `super::super::tui::App`) lead from the
    /// current module: the path from the crate root, or `None` for a path
    /// that starts with a name (an outside crate or a name in scope, itself
    /// brought in by a `use` that is checked).
    fn resolve(&self, segments: &[String]) -> Option<Vec<String>> {
        let (first, rest) = segments.split_first()?;
        match first.as_str() {
            "crate" => Some(rest.to_vec()),
            "self" => Some([self.module.clone(), rest.to_vec()].concat()),
            "super" => {
                let ups = segments.iter().take_while(|s| *s == "super").count();
                let kept = self.module.len().checked_sub(ups)?;
                Some([self.module[..kept].to_vec(), segments[ups..].to_vec()].concat())
            }
            _ => None,
        }
    }

    /// Records `segments` if it reaches the forbidden module, or, as a glob
    /// (`use super::*`), reaches the crate root that holds it.
    fn check(&mut self, segments: &[String], glob: bool) {
        if let Some(target) = self.resolve(segments) {
            let into = target.first().is_some_and(|m| m == self.forbidden);
            if into || glob && target.is_empty() {
                let star = if glob { "::*" } else { "" };
                self.found.push(format!("{}{star}", segments.join("::")));
            }
        }
    }
}

/// The paths a `use` tree names, each with whether it ends in a glob.
fn use_paths(tree: &syn::UseTree, prefix: &[String], out: &mut Vec<(Vec<String>, bool)>) {
    let with = |name: String| [prefix.to_vec(), vec![name]].concat();
    match tree {
        syn::UseTree::Path(path) => use_paths(&path.tree, &with(path.ident.to_string()), out),
        syn::UseTree::Name(name) => out.push((with(name.ident.to_string()), false)),
        syn::UseTree::Rename(rename) => out.push((with(rename.ident.to_string()), false)),
        syn::UseTree::Glob(_) => out.push((prefix.to_vec(), true)),
        syn::UseTree::Group(group) => {
            for tree in &group.items {
                use_paths(tree, prefix, out);
            }
        }
    }
}

impl<'ast> Visit<'ast> for Crossings<'_> {
    fn visit_item_use(&mut self, item: &'ast syn::ItemUse) {
        let mut paths = Vec::new();
        use_paths(&item.tree, &[], &mut paths);
        for (segments, glob) in paths {
            self.check(&segments, glob);
        }
    }

    fn visit_path(&mut self, path: &'ast syn::Path) {
        let segments: Vec<String> = path.segments.iter().map(|s| s.ident.to_string()).collect();
        self.check(&segments, false);
        syn::visit::visit_path(self, path);
    }

    fn visit_item_mod(&mut self, item: &'ast syn::ItemMod) {
        self.module.push(item.ident.to_string());
        syn::visit::visit_item_mod(self, item);
        self.module.pop();
    }

    /// A macro's arguments are tokens, not paths: the paths starting with
    /// `crate`, `self` or `super` are read from them.
    fn visit_macro(&mut self, mac: &'ast syn::Macro) {
        for segments in macro_paths(&flat_tokens(mac.tokens.clone())) {
            self.check(&segments, false);
        }
        syn::visit::visit_macro(self, mac);
    }
}

/// The paths in a macro's `tokens` that start with `crate`, `self` or `super`.
fn macro_paths(tokens: &[String]) -> Vec<Vec<String>> {
    let mut paths = Vec::new();
    for (at, token) in tokens.iter().enumerate() {
        let after_separator = at > 0 && tokens[at - 1] == "::";
        if after_separator || !matches!(token.as_str(), "crate" | "self" | "super") {
            continue;
        }
        let mut segments = vec![token.clone()];
        let mut next = at + 1;
        while let (Some("::"), Some(name)) =
            (tokens.get(next).map(String::as_str), tokens.get(next + 1))
        {
            segments.push(name.clone());
            next += 2;
        }
        paths.push(segments);
    }
    paths
}

/// A token stream as a flat list of identifiers and punctuation (`::` as one).
fn flat_tokens(stream: proc_macro2::TokenStream) -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    for tree in stream {
        match tree {
            proc_macro2::TokenTree::Group(group) => out.extend(flat_tokens(group.stream())),
            proc_macro2::TokenTree::Punct(punct) => {
                if punct.as_char() == ':' && out.last().is_some_and(|t| t == ":") {
                    out.pop();
                    out.push("::".into());
                } else {
                    out.push(punct.as_char().to_string());
                }
            }
            other => out.push(other.to_string()),
        }
    }
    out
}

/// The paths in `source`, a file of module `module`, that reach `forbidden`.
fn crossings(module: &[&str], forbidden: &str, source: &str) -> Vec<String> {
    let file = syn::parse_file(source).unwrap_or_else(|e| panic!("{module:?}: {e}"));
    let mut visitor = Crossings {
        module: module.iter().map(ToString::to_string).collect(),
        forbidden,
        found: Vec::new(),
    };
    visitor.visit_file(&file);
    visitor.found
}

/// The module path of a source file under `src/` (`src/cli/args/mod.rs` →
/// `["cli", "args"]`).
fn module_of(file: &Path) -> Vec<String> {
    let relative = file.strip_prefix(root().join("src")).unwrap_or(file);
    let mut module: Vec<String> = relative
        .with_extension("")
        .iter()
        .map(|part| part.to_string_lossy().into_owned())
        .collect();
    if module.last().is_some_and(|last| last == "mod") {
        module.pop();
    }
    module
}

#[test]
fn the_command_line_and_the_workbench_never_name_each_other() {
    let mut crossing = Vec::new();
    for (room, other) in APART {
        let files = files_in(&root().join("src").join(room), "rs");
        assert!(files.len() > 5, "src/{room} has its sources");
        for file in files {
            let module = module_of(&file);
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
