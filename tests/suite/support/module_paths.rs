//! The paths a Rust source file names, resolved from the module it stands in
//! (`super::super::tui::App` in `cli::eval` leads to `tui::App`), read from the
//! parsed file (`syn`), never from its text: for checks on which module names
//! which (`floors.rs`). `use` trees, paths in code and types, and paths inside
//! macro arguments are all read; a module's own child of the same name as a
//! room (`self::tui`) is told apart.

use std::path::Path;

use syn::visit::Visit;

/// A path as a source file writes it, and where it leads from the crate root.
#[derive(Debug)]
pub struct Named {
    /// As written: `super::super::tui::App`, `crate::*`.
    pub written: String,
    /// The modules from the crate root: `["tui", "App"]`; empty for the root.
    pub target: Vec<String>,
    /// A glob (`use super::*`): everything in `target` is named.
    pub glob: bool,
}

/// Collects the resolvable paths of a parsed file of module `module`
/// (`["cli", "eval"]`).
struct Collector {
    module: Vec<String>,
    found: Vec<Named>,
}

impl Collector {
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

    /// Records `segments` where it can be resolved.
    fn check(&mut self, segments: &[String], glob: bool) {
        if let Some(target) = self.resolve(segments) {
            let star = if glob { "::*" } else { "" };
            self.found.push(Named {
                written: format!("{}{star}", segments.join("::")),
                target,
                glob,
            });
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

impl<'ast> Visit<'ast> for Collector {
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

/// The paths `source`, a file of module `module`, names from the crate root,
/// `self` or `super`, each resolved; paths that start with a name are left
/// out (an outside crate, or a name in scope that a `use` brought in, itself
/// listed).
pub fn named_paths(module: &[&str], source: &str) -> Vec<Named> {
    let file = syn::parse_file(source).unwrap_or_else(|e| panic!("{module:?}: {e}"));
    let mut collector = Collector {
        module: module.iter().map(ToString::to_string).collect(),
        found: Vec::new(),
    };
    collector.visit_file(&file);
    collector.found
}

/// The module path of a source file under the crate's `src` folder
/// (`src/cli/args/mod.rs` → `["cli", "args"]`).
pub fn module_of(src: &Path, file: &Path) -> Vec<String> {
    let relative = file.strip_prefix(src).unwrap_or(file);
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
