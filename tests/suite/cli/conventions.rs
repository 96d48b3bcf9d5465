//! Command-line conventions: help with examples on every subcommand (snapshot),
//! shell completions, the man page, --quiet/--verbose/--color with `NO_COLOR`,
//! `-` for standard input and output, NDJSON, and the user's places.

use std::fs;

use assert_cmd::Command;
use clap::CommandFactory;
use levers::cli::Cli;
use serde_json::Value;

use crate::support;

fn levers() -> Command {
    let mut command = support::levers();
    command.env_remove("NO_COLOR");
    command
}

fn stdout_of(command: &mut Command) -> String {
    String::from_utf8(support::output_of(command)).expect("UTF-8")
}

/// The subcommands whose help is snapshotted (others are checked for examples).
const SNAPSHOTTED: [&str; 20] = [
    "tui",
    "eval",
    "check",
    "new",
    "compare",
    "explain",
    "assumptions",
    "sensitivity",
    "seek",
    "sweep",
    "diff",
    "summary",
    "chart",
    "report",
    "schema",
    "completions",
    "man",
    "paths",
    "outputs",
    "help",
];

#[test]
fn every_subcommand_has_examples_in_its_help() {
    let mut command = Cli::command();
    command.build();
    let mut names = Vec::new();
    for sub in command.get_subcommands_mut() {
        let name = sub.get_name().to_string();
        if name == "help" {
            continue;
        }
        let help = sub.render_long_help().to_string();
        assert!(
            help.contains("Examples:"),
            "`levers {name} --help` has no examples"
        );
        assert!(help.contains(&format!("levers {name}")), "{name}: {help}");
        names.push(name);
    }
    assert!(names.len() >= 12, "{names:?}");
}

#[test]
fn help_of_each_subcommand_matches_its_snapshot() {
    let mut command = Cli::command().term_width(100);
    command.build();
    let top = command.render_long_help().to_string();
    insta::assert_snapshot!("eco_help_levers", top);
    for sub in command.get_subcommands_mut() {
        let name = sub.get_name().to_string();
        if name == "help" || !SNAPSHOTTED.contains(&name.as_str()) {
            continue;
        }
        let help = sub.render_long_help().to_string();
        insta::assert_snapshot!(format!("eco_help_{name}"), help);
    }
}

#[test]
fn bash_completion_script_matches_its_snapshot() {
    let script = stdout_of(levers().args(["completions", "bash"]));
    assert!(script.contains("complete -F _levers"), "{script}");
    for word in [
        "eval",
        "chart",
        "report",
        "--outcome",
        "manufacturing_share_pct",
    ] {
        assert!(script.contains(word), "bash completion lacks {word}");
    }
    insta::assert_snapshot!("eco_completions_bash", script);
}

#[test]
fn completions_for_the_other_shells_know_the_subcommands() {
    for shell in ["zsh", "fish", "powershell"] {
        let script = stdout_of(levers().args(["completions", shell]));
        for word in ["eval", "chart", "schema"] {
            assert!(script.contains(word), "{shell} completion lacks {word}");
        }
    }
    let wrong = levers()
        .args(["completions", "tcsh"])
        .output()
        .expect("runs");
    assert_eq!(wrong.status.code(), Some(2));
}

#[test]
fn the_man_page_is_roff_with_every_subcommand() {
    let page = stdout_of(levers().arg("man"));
    assert!(
        page.starts_with(".ie") || page.contains(".TH levers"),
        "{page}"
    );
    assert!(page.contains(".TH levers 1"), "no title header");
    for sub in ["eval", "chart", "report", "completions"] {
        assert!(page.contains(sub), "man page lacks {sub}");
    }
}

#[test]
fn color_always_colours_help_and_no_color_or_never_do_not() {
    let has_escape = |text: &str| text.contains('\u{1b}');
    let always = stdout_of(levers().args(["--color", "always", "--help"]));
    assert!(has_escape(&always), "--color always should colour the help");
    let always_despite_no_color = stdout_of(
        levers()
            .env("NO_COLOR", "1")
            .args(["--color=always", "--help"]),
    );
    assert!(has_escape(&always_despite_no_color));
    let never = stdout_of(levers().args(["--color", "never", "--help"]));
    assert!(!has_escape(&never));
    let no_color = stdout_of(levers().env("NO_COLOR", "1").arg("--help"));
    assert!(!has_escape(&no_color));
    let bad = levers()
        .args(["--color", "sometimes", "new"])
        .output()
        .expect("runs");
    assert_eq!(bad.status.code(), Some(2));
}

#[test]
fn quiet_silences_notes_and_verbose_adds_detail() {
    let normal = levers()
        .args(["check", "policies/land-led.toml"])
        .output()
        .expect("runs");
    assert!(String::from_utf8_lossy(&normal.stderr).contains("ok (Land-led)"));
    let quiet = levers()
        .args(["--quiet", "check", "policies/land-led.toml"])
        .output()
        .expect("runs");
    assert!(quiet.status.success());
    assert!(
        quiet.stderr.is_empty(),
        "{}",
        String::from_utf8_lossy(&quiet.stderr)
    );
    let verbose = levers()
        .args(["eval", "-v", "policies/land-led.toml", "--format", "ndjson"])
        .output()
        .expect("runs");
    assert!(
        String::from_utf8_lossy(&verbose.stderr).contains("levers: reading policies/land-led.toml")
    );
    let both = levers().args(["-q", "-v", "new"]).output().expect("runs");
    assert_eq!(both.status.code(), Some(2));
}

#[test]
fn a_package_on_standard_input_gives_the_same_projection_as_the_file() {
    let text = fs::read_to_string("policies/blueprint-2032.toml").expect("readable");
    let from_file: Value = serde_json::from_str(&stdout_of(levers().args([
        "eval",
        "policies/blueprint-2032.toml",
        "--format",
        "json",
    ])))
    .expect("JSON");
    let from_stdin: Value = serde_json::from_str(&stdout_of(
        levers()
            .args(["eval", "-", "--format", "json"])
            .write_stdin(text.clone()),
    ))
    .expect("JSON");
    assert_eq!(from_stdin["file"], "-");
    assert_eq!(from_file["series"], from_stdin["series"]);
    assert_eq!(from_file["target"], from_stdin["target"]);

    let checked = levers()
        .args(["check", "-"])
        .write_stdin(text)
        .output()
        .expect("runs");
    assert!(checked.status.success());

    let broken = levers()
        .args(["check", "-"])
        .write_stdin("format = 1\nname = \"x\"\nhorizon = 2099\n")
        .output()
        .expect("runs");
    assert_eq!(broken.status.code(), Some(2));
    let message = String::from_utf8_lossy(&broken.stderr);
    assert!(message.contains("<stdin>:3:11"), "{message}");
}

#[test]
fn ndjson_prints_one_json_object_per_package_per_line() {
    let files = [
        "policies/status-quo.toml",
        "policies/land-led.toml",
        "policies/rd-led.toml",
    ];
    let ndjson = stdout_of(
        levers()
            .arg("eval")
            .args(files)
            .args(["--format", "ndjson"]),
    );
    let json: Value = serde_json::from_str(&stdout_of(
        levers().arg("eval").args(files).args(["--format", "json"]),
    ))
    .expect("JSON");
    let lines: Vec<&str> = ndjson.lines().collect();
    assert_eq!(lines.len(), files.len());
    for (line, expected) in lines.iter().zip(json.as_array().expect("an array")) {
        let value: Value = serde_json::from_str(line).expect("each line is JSON");
        assert_eq!(&value, expected);
    }
}

#[test]
fn paths_follow_the_environment_overrides_and_say_whether_they_exist() {
    let dir = tempfile::tempdir().expect("temp dir");
    let config = dir.path().join("config");
    let data = dir.path().join("data");
    let run = || {
        stdout_of(
            levers()
                .env("LEVERS_CONFIG_DIR", &config)
                .env("LEVERS_DATA_DIR", &data)
                .arg("paths"),
        )
    };
    let before = run();
    let settings_line = format!("{}", config.join("settings.toml").display());
    let library_line = format!("{}", data.join("policies").display());
    assert!(before.contains(&settings_line), "{before}");
    assert!(before.contains(&library_line), "{before}");
    // settings, config, data, library, recovery
    assert_eq!(before.matches("not created yet").count(), 5, "{before}");
    fs::create_dir_all(data.join("policies")).expect("mkdir");
    let after = run();
    // the data folder and the library now exist
    assert_eq!(after.matches("not created yet").count(), 3, "{after}");
    assert!(
        after.contains(&format!("{library_line} (exists)")),
        "{after}"
    );
}

#[test]
fn the_settings_file_sets_evals_default_format_and_its_mistakes_are_positioned() {
    let dir = tempfile::tempdir().expect("temp dir");
    let settings = dir.path().join("settings.toml");
    fs::write(&settings, "default_format = \"ndjson\"\n").expect("write");
    let out = stdout_of(
        levers()
            .env("LEVERS_CONFIG_DIR", dir.path())
            .args(["eval", "policies/land-led.toml"]),
    );
    let value: Value = serde_json::from_str(out.trim()).expect("NDJSON line");
    assert_eq!(value["name"], "Land-led");

    let flag_wins = stdout_of(levers().env("LEVERS_CONFIG_DIR", dir.path()).args([
        "eval",
        "policies/land-led.toml",
        "--format",
        "csv",
    ]));
    assert!(flag_wins.starts_with("file,name,year"), "{flag_wins}");

    fs::write(&settings, "theme = \"dark\"\ndefault_format = \"jsno\"\n").expect("write");
    let bad = levers()
        .env("LEVERS_CONFIG_DIR", dir.path())
        .args(["eval", "policies/land-led.toml"])
        .output()
        .expect("runs");
    assert_eq!(bad.status.code(), Some(2));
    let message = String::from_utf8_lossy(&bad.stderr);
    assert!(
        message.contains(&format!("{}:2:18", settings.display())) && message.contains("json"),
        "{message}"
    );
}

#[test]
fn long_runs_draw_no_progress_bar_when_stderr_is_not_a_terminal() {
    let output = levers()
        .args([
            "eval",
            "policies/land-led.toml",
            "--uncertainty",
            "--draws",
            "3000",
        ])
        .output()
        .expect("runs");
    assert!(output.status.success());
    assert!(!output.stdout.is_empty());
    assert!(
        output.stderr.is_empty(),
        "piped stderr stays clean: {}",
        String::from_utf8_lossy(&output.stderr)
    );
}

#[test]
fn paths_reports_every_settings_mistake_at_once() {
    let dir = tempfile::tempdir().expect("temp dir");
    fs::write(
        dir.path().join("settings.toml"),
        "theme = \"mnoo\"\ndefault_format = \"jsn\"\n",
    )
    .expect("write");
    let output = levers()
        .env("LEVERS_CONFIG_DIR", dir.path())
        .env("LEVERS_DATA_DIR", dir.path().join("data"))
        .arg("paths")
        .output()
        .expect("runs");
    assert_eq!(output.status.code(), Some(2));
    let stderr = String::from_utf8_lossy(&output.stderr);
    // What the reader refuses and what only the workbench checks, both.
    assert!(stderr.contains("settings.toml:2:18"), "{stderr}");
    assert!(stderr.contains("unknown output format \"jsn\""), "{stderr}");
    assert!(
        stderr.contains("settings.toml:1:9: unknown theme \"mnoo\""),
        "{stderr}"
    );
}
