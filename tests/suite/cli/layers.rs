//! The command line's modules form layers with the arguments at the bottom:
//! `args.rs` names no sibling but leaf modules (ones that themselves name no
//! sibling), so no command module can be imported by the arguments that
//! declare it — the circle `args` ⇄ `sweep` once was.

use crate::support::root;

/// The code of `src/cli/{module}.rs` before its unit tests, comments left out.
fn code_of(module: &str) -> String {
    let path = root().join("src/cli").join(format!("{module}.rs"));
    let text = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    let before_tests = text.split("#[cfg(test)]").next().unwrap_or_default();
    before_tests
        .lines()
        .map(str::trim)
        .filter(|line| !line.starts_with("//"))
        .collect::<Vec<_>>()
        .join("\n")
}

/// The sibling modules `code` names through `super::`, in order, once each.
fn siblings_named(code: &str) -> Vec<String> {
    let mut names: Vec<String> = Vec::new();
    for (_, rest) in code
        .match_indices("super::")
        .map(|(at, _)| code.split_at(at))
    {
        let name: String = rest["super::".len()..]
            .chars()
            .take_while(|c| c.is_alphanumeric() || *c == '_')
            .collect();
        if !name.is_empty() && !names.contains(&name) {
            names.push(name);
        }
    }
    names
}

#[test]
fn the_arguments_name_only_leaf_modules_of_the_command_line() {
    let named = siblings_named(&code_of("args"));
    assert!(
        !named.iter().any(|name| name == "sweep"),
        "args.rs imports from sweep.rs again: {named:?}"
    );
    for module in &named {
        let below = siblings_named(&code_of(module));
        assert!(
            below.is_empty(),
            "args.rs names `{module}`, which is not a leaf: it names {below:?}"
        );
    }
}

#[test]
fn the_sibling_finder_sees_a_use_line_and_a_path_in_an_attribute() {
    let code = "use super::sweep::SweepFormat;\n#[arg(value_parser = super::shard::parse)]\npub shard: Option<super::shard::Shard>,";
    assert_eq!(siblings_named(code), ["sweep", "shard"]);
}
