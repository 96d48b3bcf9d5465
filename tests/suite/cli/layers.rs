//! The command line's modules form layers with the arguments near the bottom:
//! the modules the files of `args/` name, and every module those name in
//! turn, never lead back to `args`, so no command module can be imported by
//! the arguments that declare it — the circle `args` ⇄ `sweep` once was.

use std::path::Path;

use crate::support::root;

/// A file's code before its unit tests, comments left out.
fn code_in(path: &Path) -> String {
    let text = std::fs::read_to_string(path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    let before_tests = text.split("#[cfg(test)]").next().unwrap_or_default();
    before_tests
        .lines()
        .map(str::trim)
        .filter(|line| !line.starts_with("//"))
        .collect::<Vec<_>>()
        .join("\n")
}

/// The code of `src/cli/{module}.rs`.
fn code_of(module: &str) -> String {
    code_in(&root().join("src/cli").join(format!("{module}.rs")))
}

/// Every file of `src/cli/args/` as (file name, code), sorted by name.
fn argument_files() -> Vec<(String, String)> {
    let folder = root().join("src/cli/args");
    let entries =
        std::fs::read_dir(&folder).unwrap_or_else(|e| panic!("{}: {e}", folder.display()));
    let mut files: Vec<(String, String)> = entries
        .filter_map(Result::ok)
        .map(|entry| entry.path())
        .filter(|path| path.extension().is_some_and(|ext| ext == "rs"))
        .map(|path| {
            let name = path
                .file_name()
                .map(|name| name.to_string_lossy().into_owned())
                .unwrap_or_default();
            (name, code_in(&path))
        })
        .collect();
    files.sort();
    files
}

/// The names that follow `prefix` in `code`, in order, once each.
fn names_after(code: &str, prefix: &str) -> Vec<String> {
    let mut names: Vec<String> = Vec::new();
    for (at, _) in code.match_indices(prefix) {
        let name: String = code[at + prefix.len()..]
            .chars()
            .take_while(|c| c.is_alphanumeric() || *c == '_')
            .collect();
        if !name.is_empty() && !names.contains(&name) {
            names.push(name);
        }
    }
    names
}

/// The sibling modules a module of the command line names through `super::`.
fn siblings_named(code: &str) -> Vec<String> {
    names_after(code, "super::")
}

/// The modules of the command line (the siblings of `args`) that the file
/// `file_name` of `args/` names: through `crate::cli::` or `super::super::`,
/// and in `mod.rs`, whose `super` is the command line itself, through `super::`.
fn command_line_modules_named(file_name: &str, code: &str) -> Vec<String> {
    let through_super = if file_name == "mod.rs" {
        "super::"
    } else {
        "super::super::"
    };
    let mut names = names_after(code, "crate::cli::");
    for name in names_after(code, through_super) {
        if !names.contains(&name) {
            names.push(name);
        }
    }
    names.retain(|name| name != "super" && name != "args");
    names
}

#[test]
fn the_modules_the_arguments_name_never_lead_back_to_them() {
    let files = argument_files();
    assert!(
        files.iter().any(|(name, _)| name == "mod.rs") && files.len() > 1,
        "src/cli/args/ should hold mod.rs and the commands' arguments: {:?}",
        files.iter().map(|(name, _)| name).collect::<Vec<_>>()
    );
    for (file, code) in &files {
        let named = command_line_modules_named(file, code);
        assert!(
            !named.iter().any(|name| name == "sweep"),
            "args/{file} imports from sweep.rs again: {named:?}"
        );
        for module in &named {
            let below = reached_from(module);
            assert!(
                !below.iter().any(|name| name == "args"),
                "args/{file} names `{module}`, which leads back to args through {below:?}"
            );
        }
    }
}

/// Every sibling module `module` names, and those they name, in turn.
fn reached_from(module: &str) -> Vec<String> {
    let mut reached: Vec<String> = Vec::new();
    let mut next = vec![module.to_string()];
    while let Some(module) = next.pop() {
        // `args` is a folder: reaching it is what the test looks for.
        if module == "args" {
            reached.push(module);
            continue;
        }
        for name in siblings_named(&code_of(&module)) {
            if !reached.contains(&name) {
                reached.push(name.clone());
                next.push(name);
            }
        }
    }
    reached
}

#[test]
fn the_module_finder_sees_a_use_line_and_a_path_in_an_attribute() {
    let in_mod = "use super::sweep::SweepFormat;\n#[arg(value_parser = super::shard::parse)]\npub shard: Option<super::shard::Shard>,";
    assert_eq!(
        command_line_modules_named("mod.rs", in_mod),
        ["sweep", "shard"]
    );
    let in_file = "use super::OutputArgs;\nuse super::super::sweep::SweepFormat;\n#[arg(value_parser = crate::cli::shard::parse)]\npub shard: Option<crate::cli::shard::Shard>,";
    assert_eq!(
        command_line_modules_named("eval.rs", in_file),
        ["shard", "sweep"]
    );
}
