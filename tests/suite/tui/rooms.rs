//! The workbench's rooms are closed: no two files of `src/tui` name each
//! other round a circle, except the app (`app.rs`) and its own rooms in
//! `app/`. Every path a file names is parsed and resolved
//! ([`crate::support::module_paths`]), and an `impl App` block outside
//! `app/` counts as the app depending on that file (the app's code would
//! live there), which is how editors once pulled the app into their circle.

use std::collections::BTreeMap;

use crate::support::module_paths::{module_of, named_paths};
use crate::support::{files_in, root};

/// A source file: its module path (`["tui", "app", "dials"]`) and its text.
type Source = (Vec<String>, String);

/// Whether `file` defines methods of `App` (an `impl App` block).
fn implements_app(file: &syn::File) -> bool {
    file.items.iter().any(|item| match item {
        syn::Item::Impl(block) => match &*block.self_ty {
            syn::Type::Path(path) => path.path.segments.last().is_some_and(|s| s.ident == "App"),
            _ => false,
        },
        _ => false,
    })
}

/// The files each file depends on (indices into `sources`): the files whose
/// modules the paths it names lead into; and, for an `impl App` outside the
/// app's module `app`, the app's file on that file.
fn dependencies(sources: &[Source], app: &[&str]) -> Vec<Vec<usize>> {
    let index: BTreeMap<&[String], usize> = sources
        .iter()
        .enumerate()
        .map(|(i, (module, _))| (module.as_slice(), i))
        .collect();
    let app_file = index
        .iter()
        .find(|(module, _)| module.iter().map(String::as_str).eq(app.iter().copied()))
        .map(|(_, i)| *i);
    let mut edges = vec![Vec::new(); sources.len()];
    for (i, (module, text)) in sources.iter().enumerate() {
        let names: Vec<&str> = module.iter().map(String::as_str).collect();
        for named in named_paths(&names, text) {
            // The longest leading part of the path that is a file's module.
            let file = (1..=named.target.len())
                .rev()
                .find_map(|n| index.get(&named.target[..n]).copied());
            if let Some(file) = file.filter(|f| *f != i) {
                edges[i].push(file);
            }
        }
        let parsed = syn::parse_file(text).unwrap_or_else(|e| panic!("{module:?}: {e}"));
        let in_app = module.len() >= app.len() && module.iter().zip(app).all(|(m, a)| m == a);
        if let Some(app_file) = app_file.filter(|_| implements_app(&parsed) && !in_app) {
            edges[app_file].push(i);
        }
    }
    edges
}

/// The circles among `sources` (each as its files' modules joined by `::`,
/// sorted), by Tarjan's strongly connected components.
fn circles(sources: &[Source], app: &[&str]) -> Vec<Vec<String>> {
    struct Walk<'a> {
        edges: &'a [Vec<usize>],
        order: Vec<Option<usize>>,
        low: Vec<usize>,
        stack: Vec<usize>,
        on_stack: Vec<bool>,
        next: usize,
        found: Vec<Vec<usize>>,
    }
    impl Walk<'_> {
        fn visit(&mut self, v: usize) {
            self.order[v] = Some(self.next);
            self.low[v] = self.next;
            self.next += 1;
            self.stack.push(v);
            self.on_stack[v] = true;
            for &w in &self.edges[v] {
                match self.order[w] {
                    None => {
                        self.visit(w);
                        self.low[v] = self.low[v].min(self.low[w]);
                    }
                    Some(order) if self.on_stack[w] => self.low[v] = self.low[v].min(order),
                    Some(_) => {}
                }
            }
            if Some(self.low[v]) == self.order[v] {
                let mut component = Vec::new();
                while let Some(w) = self.stack.pop() {
                    self.on_stack[w] = false;
                    component.push(w);
                    if w == v {
                        break;
                    }
                }
                if component.len() > 1 {
                    self.found.push(component);
                }
            }
        }
    }
    let edges = dependencies(sources, app);
    let n = sources.len();
    let mut walk = Walk {
        edges: &edges,
        order: vec![None; n],
        low: vec![0; n],
        stack: Vec::new(),
        on_stack: vec![false; n],
        next: 0,
        found: Vec::new(),
    };
    for v in 0..n {
        if walk.order[v].is_none() {
            walk.visit(v);
        }
    }
    let mut circles: Vec<Vec<String>> = walk
        .found
        .into_iter()
        .map(|component| {
            let mut names: Vec<String> =
                component.iter().map(|i| sources[*i].0.join("::")).collect();
            names.sort();
            names
        })
        .collect();
    circles.sort();
    circles
}

fn source(module: &str, text: &str) -> Source {
    (
        module.split("::").map(ToString::to_string).collect(),
        text.to_string(),
    )
}

#[test]
fn the_workbench_s_files_name_each_other_in_no_circle_but_the_app_s_own() {
    let src = root().join("src");
    let files = files_in(&src.join("tui"), "rs");
    assert!(files.len() > 40, "src/tui has its sources");
    let sources: Vec<Source> = files
        .iter()
        .map(|file| {
            let text = std::fs::read_to_string(file).unwrap_or_else(|e| panic!("{e}"));
            (module_of(&src, file), text)
        })
        .collect();
    let outside_the_app: Vec<Vec<String>> = circles(&sources, &["tui", "app"])
        .into_iter()
        .filter(|circle| {
            !circle
                .iter()
                .all(|m| m == "tui::app" || m.starts_with("tui::app::"))
        })
        .collect();
    assert!(
        outside_the_app.is_empty(),
        "files of src/tui in an import circle: {outside_the_app:#?}"
    );
}

#[test]
fn a_circle_is_seen_through_imports_and_through_an_impl_of_the_app() {
    let two = [
        source("tui::view::a", "use super::b::Line;"),
        source("tui::view::b", "pub fn f() { super::a::g(); }"),
        source("tui::view::c", "use super::a::Line;"),
    ];
    assert_eq!(
        circles(&two, &["tui", "app"]),
        [["tui::view::a", "tui::view::b"]]
    );
    let app_in_an_editor = [
        source("tui::app", "use super::editor::Editor; pub struct App;"),
        source("tui::editor", "use super::app::Mode; pub struct Editor;"),
        source(
            "tui::group",
            "use super::app::App; impl App { fn f(&self) {} }",
        ),
    ];
    assert_eq!(
        circles(&app_in_an_editor, &["tui", "app"]),
        [["tui::app", "tui::editor", "tui::group"]]
    );
    let closed = [
        source("tui::app", "use super::editor::Editor; pub struct App;"),
        source("tui::editor", "pub struct Editor;"),
        source(
            "tui::app::forms",
            "use super::App; impl App { fn f(&self) {} }",
        ),
    ];
    assert_eq!(circles(&closed, &["tui", "app"]), Vec::<Vec<String>>::new());
}
