//! The manual and help: a man page per subcommand (read back with `man -l`
//! where `man` exists), levers(1)'s EXIT STATUS, ENVIRONMENT and FILES, help
//! text on every argument, did-you-mean for subcommands, `diff --exit-code`,
//! `paths --format json` and coloured diagnostics.

use std::process::Command as Process;

use clap::CommandFactory;
use levers::cli::Cli;

use crate::support::{self, run};

#[test]
fn every_argument_of_every_command_has_help_text() {
    fn walk(command: &clap::Command, path: &str, missing: &mut Vec<String>) {
        for arg in command.get_arguments() {
            let id = arg.get_id().as_str();
            if matches!(id, "help" | "version") {
                continue;
            }
            if arg.get_help().is_none() && arg.get_long_help().is_none() {
                missing.push(format!("{path} <{id}>"));
            }
        }
        for sub in command.get_subcommands() {
            walk(sub, &format!("{path} {}", sub.get_name()), missing);
        }
    }
    let mut command = Cli::command();
    command.build();
    let mut missing = Vec::new();
    walk(&command, "levers", &mut missing);
    assert!(missing.is_empty(), "arguments without help: {missing:?}");
}

#[test]
fn man_writes_a_page_per_subcommand_and_levers_1_has_the_manual_sections() {
    let dir = tempfile::tempdir().expect("temp dir");
    let result = run(&["man", "--dir", &dir.path().display().to_string()]);
    assert_eq!(result.code, Some(0), "{}", result.stderr);
    let mut command = Cli::command();
    command.build();
    for sub in command.get_subcommands().filter(|s| s.get_name() != "help") {
        let page = dir.path().join(format!("levers-{}.1", sub.get_name()));
        let text = std::fs::read_to_string(&page).expect("a page per subcommand");
        assert!(
            text.contains(&format!(".TH levers-{} 1", sub.get_name())),
            "{text}"
        );
    }
    let main = std::fs::read_to_string(dir.path().join("levers.1")).expect("levers.1");
    for section in ["EXIT STATUS", "ENVIRONMENT", "FILES", "SEE ALSO"] {
        assert!(
            main.contains(&format!(".SH \"{section}\""))
                || main.contains(&format!(".SH {section}")),
            "no {section}: {main}"
        );
    }
    assert!(main.contains("LEVERS_DATA_DIR") && main.contains("recovery"));
    assert!(main.contains("levers\\-eval(1)") || main.contains("levers-eval(1)"));
}

#[test]
fn man_prints_one_subcommands_page_and_refuses_an_unknown_one() {
    let page = support::ok(&["man", "eval"]);
    assert!(page.contains(".TH levers-eval 1"), "{page}");
    assert!(page.contains("uncertainty"), "{page}");
    let wrong = run(&["man", "evl"]);
    assert_eq!(wrong.code, Some(2));
    assert!(
        wrong.stderr.contains("did you mean `eval`"),
        "{}",
        wrong.stderr
    );
}

/// Formats each page with `man -l` when the machine has `man`.
#[test]
fn man_l_formats_every_page_without_warnings() {
    if Process::new("man").arg("--version").output().is_err() {
        println!("notice: `man` is not installed; the pages were not formatted");
        return;
    }
    let dir = tempfile::tempdir().expect("temp dir");
    assert_eq!(
        run(&["man", "--dir", &dir.path().display().to_string()]).code,
        Some(0)
    );
    for name in [
        "levers.1",
        "levers-eval.1",
        "levers-chart.1",
        "levers-diff.1",
    ] {
        let output = Process::new("man")
            .arg("-l")
            .arg(dir.path().join(name))
            .env("MANWIDTH", "80")
            .env("MAN_KEEP_FORMATTING", "0")
            .env("MANPAGER", "cat")
            .env("PAGER", "cat")
            .output()
            .expect("man runs");
        let text = without_overstrike(&String::from_utf8_lossy(&output.stdout));
        let errors = String::from_utf8_lossy(&output.stderr);
        assert!(output.status.success(), "{name}: {errors}");
        assert!(!errors.contains("warning"), "{name}: {errors}");
        assert!(text.contains("levers"), "{name}: {text}");
        if name == "levers.1" {
            assert!(
                text.contains("EXIT STATUS") && text.contains("ENVIRONMENT"),
                "{text}"
            );
        }
    }
}

/// `man` output with nroff's bold (`X\x08X`) and underline (`_\x08X`) undone.
fn without_overstrike(text: &str) -> String {
    let mut out: Vec<char> = Vec::new();
    for c in text.chars() {
        if c == '\u{8}' {
            out.pop();
        } else {
            out.push(c);
        }
    }
    out.into_iter().collect()
}

#[test]
fn a_misspelt_subcommand_is_suggested_not_opened() {
    let result = run(&["evl"]);
    assert_eq!(result.code, Some(2));
    assert!(
        result.stderr.contains("did you mean `levers eval`"),
        "{}",
        result.stderr
    );
    assert!(!result.stderr.contains("cannot open"), "{}", result.stderr);
    let with_file = run(&["--color", "never", "evl", "policies/land-led.toml"]);
    assert_eq!(with_file.code, Some(2));
    assert!(
        with_file.stderr.contains("did you mean `levers eval`"),
        "{}",
        with_file.stderr
    );
    let bad_option = run(&["eval", "--bogus", "policies/land-led.toml"]);
    assert_eq!(bad_option.code, Some(2));
    assert!(
        bad_option.stderr.contains("--bogus"),
        "{}",
        bad_option.stderr
    );
    assert!(
        !bad_option.stderr.contains("did you mean `levers"),
        "{}",
        bad_option.stderr
    );
    let far = run(&["zzzzqqq"]);
    assert!(!far.stderr.contains("did you mean"), "{}", far.stderr);
}

#[test]
fn diff_exit_code_is_0_for_the_same_package_and_1_for_different_ones() {
    let same = run(&[
        "diff",
        "--exit-code",
        "policies/land-led.toml",
        "policies/land-led.toml",
    ]);
    assert_eq!(same.code, Some(0), "{}", same.stderr);
    let differ = run(&[
        "diff",
        "--exit-code",
        "policies/land-led.toml",
        "policies/rd-led.toml",
    ]);
    assert_eq!(differ.code, Some(1), "{}", differ.stderr);
    assert!(differ.stdout.contains("From policies/land-led.toml"));
    let without = run(&["diff", "policies/land-led.toml", "policies/rd-led.toml"]);
    assert_eq!(without.code, Some(0));
}

#[test]
fn paths_json_lists_every_folder_including_recovery() {
    let dir = tempfile::tempdir().expect("temp dir");
    let output = support::levers()
        .env("LEVERS_CONFIG_DIR", dir.path().join("config"))
        .env("LEVERS_DATA_DIR", dir.path().join("data"))
        .args(["paths", "--format", "json"])
        .output()
        .expect("runs");
    assert!(output.status.success());
    let value: serde_json::Value = serde_json::from_slice(&output.stdout).expect("JSON");
    let data = dir.path().join("data");
    assert_eq!(
        value["recovery"]["path"],
        data.join("recovery").display().to_string()
    );
    assert_eq!(
        value["library"]["path"],
        data.join("policies").display().to_string()
    );
    for key in ["settings", "config", "data", "library", "recovery"] {
        assert_eq!(value[key]["exists"], false, "{key}: {value}");
    }
}

#[test]
fn diagnostics_are_coloured_with_color_always_and_plain_when_piped_or_no_color() {
    let file = "tests/fixtures/invalid/array-for-table.toml";
    let coloured = support::levers()
        .env_remove("NO_COLOR")
        .args(["--color", "always", "check", file])
        .output()
        .expect("runs");
    assert_eq!(coloured.status.code(), Some(2));
    let text = String::from_utf8_lossy(&coloured.stderr);
    assert!(text.contains("\u{1b}[1m\u{1b}[91merror:"), "{text}");
    assert!(text.contains("array-for-table.toml:5:10"), "{text}");
    for (no_color, args) in [
        (None, vec!["check", file]),
        (Some("1"), vec!["check", file]),
        (None, vec!["--color", "never", "check", file]),
    ] {
        let mut command = support::levers();
        command.env_remove("NO_COLOR");
        if let Some(value) = no_color {
            command.env("NO_COLOR", value);
        }
        let plain = command.args(&args).output().expect("runs");
        let text = String::from_utf8_lossy(&plain.stderr);
        assert_eq!(plain.status.code(), Some(2));
        assert!(!text.contains('\u{1b}'), "{args:?}: {text}");
        assert!(text.contains("error:"), "{text}");
    }
}
