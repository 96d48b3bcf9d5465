//! Issue 12, "nothing lost, nothing injected": one regression test per defect,
//! each through the binary, each named after what it guards against. The threat,
//! its defence and the test are listed together in `docs/SECURITY.md`.
//! Siblings: `keeps_text.rs` (item 3, format-preserving saves and the schema
//! reference), `tui/terminal_safety.rs` (items 4 and 6 in a real terminal) and
//! `tui/recovery.rs` (item 4 with two sessions in one process).

use crate::support::package::{BLUEPRINT, MEASURES, Package};
use crate::support::run;

// ---- item 8: a tiny sweep step must not crash, abort or exhaust memory ----

#[test]
fn a_tiny_sweep_step_is_refused_with_the_grid_size_before_anything_is_built() {
    for (step, size) in [
        ("1e-19", "2.000e20"),
        ("1e-17", "2.000e18"),
        ("1e-9", "2.000e10"),
        ("1e-7", "2.000e8"),
        ("5e-324", "inf"),
    ] {
        let spec = format!("rd.grants_hkd_bn_per_year=0..20:{step}");
        let result = run(&["sweep", BLUEPRINT, "--vary", &spec]);
        assert_eq!(result.code, Some(2), "{step}: {}", result.stderr);
        assert!(
            result.stderr.contains(size) && result.stderr.contains("limit is 100000000"),
            "{step}: {}",
            result.stderr
        );
        assert!(result.stdout.is_empty(), "no row is written");
    }
}

#[test]
fn a_grid_too_large_only_as_a_product_is_refused_with_its_exact_size() {
    let result = run(&[
        "sweep",
        BLUEPRINT,
        "--vary",
        "rd.grants_hkd_bn_per_year=0..20:0.0001",
        "--vary",
        "land.rent_subsidy_pct=0..80:0.01",
    ]);
    result.exits(2).says(&["the grid has 1600208001 packages"]);
}

// ---- items 9–11: hostile text in a name or a file name ----

/// A package whose name carries a terminal title escape, a clear-screen, HTML,
/// a Markdown link, a forged heading and a spreadsheet formula.
const HOSTILE_NAME: &str = "=cmd|'/C calc'!A1 \u{1b}]0;pwned\u{7}\u{1b}[2J <img src=x onerror=alert(1)> [x](javascript:alert(1))\n# forged";

/// The Blueprint with [`HOSTILE_NAME`] as its name.
fn hostile_package() -> Package {
    Package::blueprint().set("name", HOSTILE_NAME)
}

fn no_control_characters(what: &str, text: &str) {
    assert!(
        !text
            .chars()
            .any(|c| c.is_control() && c != '\n' && c != '\t'),
        "{what}: {text:?}"
    );
}

#[test]
fn escapes_in_a_name_or_a_file_name_never_reach_the_terminal_raw() {
    let package = hostile_package().named("evil\u{1b}[2J.toml");
    for format in ["table", "markdown", "csv", "json"] {
        let result = package.run(&["eval", "{package}", "--format", format]);
        result.exits(0);
        no_control_characters(format, &result.stdout);
        no_control_characters(format, &result.stderr);
    }
    let table = package.eval().stdout;
    assert!(table.contains("\\u{1b}]0;pwned\\u{7}"), "{table}");
    let broken = Package::text(
        "bad\u{1b}]0;x\u{7}.toml",
        "format = 1\nname = \"\u{1b}[2J\"\nbogus = 1\n",
    );
    let result = broken.check();
    result.exits(2).says(&["bad\\u{1b}]0;x\\u{7}.toml"]);
    no_control_characters("check", &result.stderr);
}

#[test]
fn a_hostile_name_cannot_open_html_links_or_headings_in_markdown() -> std::io::Result<()> {
    let package = hostile_package();
    let eval = package.run(&["eval", "{package}", "--format", "markdown"]);
    let eval = eval.stdout;
    package
        .run(&["report", "{package}", "-o", "{dir}/r.md"])
        .exits(0);
    let report = std::fs::read_to_string(package.beside("r.md"))?;
    for (what, text) in [("eval", &eval), ("report", &report)] {
        let live = text.replace("\\<", "").replace("\\]", "");
        assert!(!live.contains("<img"), "{what}: {text}");
        assert!(!live.contains("](javascript"), "{what}: {text}");
        assert!(
            !text.lines().any(|l| l.starts_with("# forged")
                || l.contains("# forged") && !l.contains("\\# forged")),
            "{what}: a newline forged a heading: {text}"
        );
    }
    Ok(())
}

#[test]
fn a_hostile_measure_label_is_inert_in_every_markdown_face() -> std::io::Result<()> {
    let package = Package::measures().set("measures.research_matching_grant.label", HOSTILE_NAME);
    package
        .run(&["report", "{package}", "-o", "{dir}/r.md"])
        .exits(0);
    let markdown = |args: &[&str]| package.run(args).stdout;
    let faces = [
        ("report", std::fs::read_to_string(package.beside("r.md"))?),
        (
            "explain",
            markdown(&["explain", "{package}", "--format", "markdown"]),
        ),
        (
            "sensitivity",
            markdown(&["sensitivity", "{package}", "--format", "markdown"]),
        ),
        (
            "compare",
            markdown(&["compare", MEASURES, "{package}", "--format", "markdown"]),
        ),
    ];
    for (what, text) in &faces {
        assert!(text.contains("onerror"), "{what} shows the label: {text}");
        let live = text.replace("\\<", "").replace("\\]", "");
        assert!(!live.contains("<img"), "{what}: {text}");
        assert!(!live.contains("](javascript"), "{what}: {text}");
        assert!(
            !text.lines().any(|l| l.trim_start().starts_with("# forged")),
            "{what}: a newline forged a heading: {text}"
        );
        for table in text.split("\n\n") {
            let widths: Vec<usize> = table
                .lines()
                .filter(|l| l.starts_with('|'))
                .map(|l| l.replace("\\|", "").matches('|').count())
                .collect();
            assert!(
                widths.windows(2).all(|w| w[0] == w[1]),
                "{what}: a label split a table's cells: {table}"
            );
        }
    }
    Ok(())
}

#[test]
fn a_formula_in_a_name_is_quoted_in_every_csv() {
    let package = hostile_package();
    let eval = package
        .run(&["eval", "{package}", "--format", "csv"])
        .stdout;
    let sweep = package.run(&["sweep", "--dir", "{dir}", "--format", "csv"]);
    let sweep = sweep.stdout;
    for (what, text) in [("eval", &eval), ("sweep", &sweep)] {
        let mut reader = csv::Reader::from_reader(text.as_bytes());
        let names: Vec<String> = reader
            .records()
            .map(|r| r.map(|r| r[1].to_string()).unwrap_or_default())
            .collect();
        assert!(!names.is_empty(), "{what}: {text}");
        assert!(
            names.iter().all(|n| n.starts_with("'=cmd")),
            "{what}: {names:?}"
        );
    }
}

#[test]
fn an_svg_chart_of_a_hostile_name_is_valid_xml() -> std::io::Result<()> {
    let package = hostile_package();
    package
        .run(&["chart", "{package}", "-o", "{dir}/c.svg"])
        .exits(0);
    let text = std::fs::read_to_string(package.beside("c.svg"))?;
    roxmltree::Document::parse(&text).unwrap_or_else(|e| panic!("not XML: {e}"));
    Ok(())
}

// ---- item 12: one parameter, two keys ----

#[test]
fn a_parameter_set_twice_under_two_spellings_is_an_error_naming_both_places() {
    let package = Package::blueprint().named("twice.toml").append(
        "\n[assumptions]\n\"microelectronics.growth\" = 0.04\nmicroelectronics.growth = 0.02\n",
    );
    let first = package.line_of("\"microelectronics.growth\"");
    package.check().exits(2).says(&[
        &format!("twice.toml:{}:", first + 1),
        &format!("set twice: here and at line {first}, column 1"),
    ]);
}

// ---- item 13: a hostile --baseline-data file ----

#[test]
fn baseline_values_outside_physical_bounds_are_refused_whatever_the_file_s_own_range() {
    for (name, value) in [
        ("land_cost_share", 2.0),
        ("labour_force_base", 0.0),
        ("cost_elasticity", 1e300),
        ("rd_depreciation", -1.0),
    ] {
        // The value, with the file's own range widened to hold it.
        let data = Package::example("assets/baseline.toml")
            .set(&format!("parameters.{name}.value"), value)
            .set(&format!("parameters.{name}.low"), value)
            .set(&format!("parameters.{name}.high"), value);
        let result = data.run(&["--baseline-data", "{package}", "eval", BLUEPRINT]);
        result
            .exits(2)
            .says(&[&format!("what `{name}` can physically be")]);
        assert!(!result.stdout.contains("NaN"), "{}", result.stdout);
    }
}

// ---- items 1, 2 and 7: one output routine, one file-type check ----

fn mode(path: &std::path::Path) -> u32 {
    use std::os::unix::fs::PermissionsExt;
    std::fs::metadata(path).map_or(0, |m| m.permissions().mode() & 0o7777)
}

fn mkfifo(path: &std::path::Path) {
    let status = std::process::Command::new("mkfifo").arg(path).status();
    assert!(status.is_ok_and(|s| s.success()), "mkfifo");
}

#[test]
fn dash_is_standard_output_for_every_dash_o() -> std::io::Result<()> {
    let dir = tempfile::tempdir()?;
    let result = crate::support::levers()
        .current_dir(dir.path())
        .args(["seek", "--target-share", "1.5", "--by", "2032", "-o", "-"])
        .output()?;
    assert!(!dir.path().join("-").exists(), "no file named `-`");
    assert!(String::from_utf8_lossy(&result.stdout).contains("[target]"));
    Ok(())
}

#[test]
fn a_device_fifo_or_folder_given_as_dash_o_is_refused_never_replaced() -> std::io::Result<()> {
    use std::os::unix::fs::FileTypeExt;
    let dir = tempfile::tempdir()?;
    let fifo = dir.path().join("pipe.svg");
    mkfifo(&fifo);
    let folder = dir.path().join("folder.svg");
    std::fs::create_dir(&folder)?;
    for target in [fifo.clone(), folder] {
        let target = target.display().to_string();
        let result = run(&["chart", BLUEPRINT, "-o", &target]);
        assert_eq!(result.code, Some(2), "{target}: {}", result.stderr);
        assert!(
            result.stderr.contains("not a regular file"),
            "{}",
            result.stderr
        );
    }
    assert!(
        std::fs::symlink_metadata(&fifo)?.file_type().is_fifo(),
        "still a FIFO"
    );
    let result = run(&["report", BLUEPRINT, "-o", "/dev/null"]);
    result.exits(2);
    assert!(std::fs::metadata("/dev/null")?.file_type().is_char_device());
    Ok(())
}

#[test]
fn an_output_through_a_link_writes_the_target_and_the_link_stays() -> std::io::Result<()> {
    let dir = tempfile::tempdir()?;
    let real = dir.path().join("real.md");
    std::fs::write(&real, "old")?;
    let link = dir.path().join("link.md");
    std::os::unix::fs::symlink(&real, &link)?;
    let result = run(&["report", BLUEPRINT, "-o", &link.display().to_string()]);
    result.exits(0);
    assert!(std::fs::symlink_metadata(&link)?.file_type().is_symlink());
    assert!(std::fs::read_to_string(&real)?.contains("Blueprint 2032"));
    Ok(())
}

#[test]
fn a_save_keeps_the_mode_refuses_read_only_and_updates_hard_links() -> std::io::Result<()> {
    use std::os::unix::fs::PermissionsExt;
    let dir = tempfile::tempdir()?;
    let shared = dir.path().join("shared.md");
    std::fs::write(&shared, "old")?;
    std::fs::set_permissions(&shared, std::fs::Permissions::from_mode(0o664))?;
    let result = run(&["report", BLUEPRINT, "-o", &shared.display().to_string()]);
    result.exits(0);
    assert_eq!(mode(&shared), 0o664);
    let second = dir.path().join("second.md");
    std::fs::hard_link(&shared, &second)?;
    run(&[
        "report",
        "policies/land-led.toml",
        "-o",
        &shared.display().to_string(),
    ]);
    assert!(
        std::fs::read_to_string(&second)?.contains("Land-led"),
        "both names see it"
    );
    let locked = dir.path().join("locked.md");
    std::fs::write(&locked, "keep")?;
    std::fs::set_permissions(&locked, std::fs::Permissions::from_mode(0o444))?;
    let result = run(&["report", BLUEPRINT, "-o", &locked.display().to_string()]);
    result.exits(2).says(&["read-only"]);
    assert_eq!(std::fs::read_to_string(&locked)?, "keep");
    Ok(())
}

#[test]
fn a_fifo_given_as_a_package_is_a_clear_error_not_a_hang() -> std::io::Result<()> {
    let dir = tempfile::tempdir()?;
    let fifo = dir.path().join("pipe.toml");
    mkfifo(&fifo);
    let result = run(&["check", &fifo.display().to_string()]);
    result.exits(2);
    result.says(&["is a FIFO (named pipe), not a regular file"]);
    Ok(())
}

// ---- item 5: a paste is text, never keystrokes ----

#[test]
fn a_paste_into_the_value_prompt_types_text_and_runs_no_command() {
    use crate::support::app::{blueprint_app as default_app, key, press};
    use levers::tui::apply_batch;
    use levers::tui::keymap::Context;
    use ratatui::crossterm::event::{Event, KeyCode};
    let mut app = default_app();
    let before = app.policy().clone();
    press(&mut app, &[key(KeyCode::Enter)]);
    assert_eq!(app.context(), Context::Text, "the value prompt is open");
    apply_batch(&mut app, &[Event::Paste("55\rxs\n".to_string())], &[]);
    assert_eq!(app.context(), Context::Text, "nothing was accepted");
    assert_eq!(*app.policy(), before, "no group removed, nothing changed");
    assert!(!app.should_quit());
    let mut normal = default_app();
    apply_batch(&mut normal, &[Event::Paste("xs0q".to_string())], &[]);
    assert_eq!(
        *normal.policy(),
        before,
        "outside a prompt a paste does nothing"
    );
    assert!(!normal.should_quit());
}

// ---- smaller defects ----

#[test]
fn did_you_mean_counts_characters_not_bytes() {
    Package::blueprint()
        .prepend("土地主導 = 1\n")
        .check()
        .exits(2)
        .says(&["土地主導"])
        .never_says(&["did you mean"]);
}

#[test]
fn standard_input_named_twice_is_refused_not_read_twice() {
    let result = run(&["eval", "-", "-"]);
    result.exits(2).says(&["more than once"]);
}

#[test]
fn draws_or_seed_without_uncertainty_is_a_usage_error_not_ignored() {
    for flag in ["--draws", "--seed"] {
        let result = run(&["eval", BLUEPRINT, flag, "7"]);
        assert_eq!(result.code, Some(2), "{flag}: {}", result.stderr);
        assert!(result.stderr.contains("--uncertainty"), "{}", result.stderr);
    }
    let result = run(&[
        "eval",
        BLUEPRINT,
        "--uncertainty",
        "--draws",
        "50",
        "--seed",
        "7",
    ]);
    result.exits(0);
}

#[test]
fn an_end_year_past_the_horizon_is_not_called_before_the_start() {
    Package::blueprint()
        .set("levers.land.end", 2070)
        .check()
        .exits(2)
        .says(&["end year 2070 is after"])
        .never_says(&["before the start"]);
}

#[test]
fn the_workbench_without_a_terminal_is_a_plain_usage_error() {
    let result = run(&["tui", BLUEPRINT]);
    result.exits(2).says(&["needs an interactive terminal"]);
    result.never_says(&["internal error"]);
    assert!(
        !result.stderr.contains('\u{1b}'),
        "no colour codes: {}",
        result.stderr
    );
}

// ---- item 14: every mistake at once ----

#[test]
fn check_reports_every_mistake_at_once_a_type_error_hides_no_range_error() {
    let package = Package::blueprint()
        .named("many.toml")
        .set("horizon", "2035")
        .set("target.share", 5)
        .set("levers.land.rent_subsidy_pct", 95.0)
        .set("levers.rd.grants_hkd_bn_per_year", 500.0)
        .set("levers.rd.cofunding_ratio", "one")
        .set("levers.rd.ramp_years", 30);
    let result = package.check();
    result.exits(2);
    for (key, mistake) in [
        ("horizon =", "`horizon`: found text"),
        ("share =", "unknown key `share`"),
        ("rent_subsidy_pct =", "Rent subsidy 95 is out of range"),
        ("grants_hkd_bn_per_year =", "R&D grants 500 is out of range"),
        (
            "cofunding_ratio =",
            "`levers.rd.cofunding_ratio`: found text",
        ),
        ("ramp_years = 30", "a ramp of 30 years is too long"),
    ] {
        let line = package.line_of(key);
        let at = format!("many.toml:{line}:");
        assert!(
            result
                .stderr
                .lines()
                .any(|l| l.contains(&at) && l.contains(mistake)),
            "{mistake} at line {line}:\n{}",
            result.stderr
        );
    }
    // Nothing that only follows from the unread horizon (the target year, the
    // starts) is reported as a mistake.
    assert_eq!(
        result.stderr.matches(": error:").count(),
        6,
        "{}",
        result.stderr
    );
}

// ---- smaller defects, continued ----

#[test]
fn a_huge_number_is_echoed_as_typed_not_as_hundreds_of_digits() {
    Package::blueprint()
        .set_toml("levers.land.rent_subsidy_pct", "1e308")
        .check()
        .exits(2)
        .says(&["Rent subsidy 1e308 is out of range"])
        .never_says(&["0000000000"]);
}

#[test]
fn two_valid_long_names_stack_into_a_valid_package() -> std::io::Result<()> {
    let package = Package::blueprint()
        .named("a.toml")
        .set("name", "x".repeat(150));
    std::fs::write(package.beside("b.toml"), package.contents())?;
    let json = package.run(&["eval", "{package}+{dir}/b.toml", "--format", "json"]);
    let shown = json.json().to_string();
    assert!(
        shown.contains("x… + x"),
        "the stacked name is cut with an ellipsis"
    );
    Ok(())
}

#[test]
fn a_closed_standard_output_is_an_error_not_a_silent_success() {
    let binary = crate::support::BINARY;
    let shell = |redirect: &str| {
        std::process::Command::new("sh")
            .arg("-c")
            .arg(format!("'{binary}' eval {BLUEPRINT} {redirect}"))
            .current_dir(crate::support::root())
            .output()
            .expect("sh runs")
    };
    let closed = shell(">&-");
    assert_eq!(closed.status.code(), Some(1), "{closed:?}");
    let stderr = String::from_utf8_lossy(&closed.stderr);
    assert!(stderr.contains("standard output is closed"), "{stderr}");
    // Discarding the output on purpose, or a reader that stops early, is fine.
    assert_eq!(shell("> /dev/null").status.code(), Some(0));
    assert_eq!(shell("| head -c 1 >/dev/null").status.code(), Some(0));
}

#[test]
fn the_error_caret_stands_under_the_mistake_after_wide_characters() {
    let result = Package::text(
        "cjk-caret.toml",
        "format = 1\nname = \"x\"\ntarget = { year = \"土地主導\", manufacturing_share_pct = \"x\" }\n",
    )
    .check();
    result.exits(2);
    let lines: Vec<&str> = result.stderr.lines().collect();
    let at = lines
        .iter()
        .position(|l| l.contains("manufacturing_share_pct`: found text"))
        .expect("the second mistake");
    let (source, underline) = (lines[at + 2], lines[at + 3]);
    let width = |s: &str| unicode_width::UnicodeWidthStr::width(s);
    let value_at = source.rfind("\"x\"").expect("the value");
    let marked_at = underline.find('^').expect("an underline");
    assert_eq!(
        width(&underline[..marked_at]),
        width(&source[..value_at]),
        "\n{source}\n{underline}"
    );
    // The whole value is underlined, not one character of it.
    assert_eq!(
        underline[marked_at..].trim_end(),
        "^^^",
        "\n{source}\n{underline}"
    );
}

#[test]
fn a_key_bound_to_two_actions_is_reported_and_does_neither() {
    use ratatui::crossterm::event::{KeyCode, KeyEvent, KeyModifiers};
    let settings = levers_files::settings::parse(
        "settings.toml",
        "[keymap]\nsave = [\"x\"]\nquit = [\"x\", \"ctrl-q\"]\n",
    )
    .expect("a valid settings file");
    let (keys, _, problems) =
        levers::tui::user_settings(levers_report::i18n::Lang::En, Ok(settings));
    let problems = problems.expect("the clash is reported");
    assert!(
        problems.contains("bound to more than one action"),
        "{problems}"
    );
    assert!(
        problems.contains("quit") && problems.contains("save"),
        "{problems}"
    );
    let x = KeyEvent::new(KeyCode::Char('x'), KeyModifiers::NONE);
    assert_eq!(keys.action_for(x), None, "x does neither");
    let ctrl_q = KeyEvent::new(KeyCode::Char('q'), KeyModifiers::CONTROL);
    assert!(keys.action_for(ctrl_q).is_some(), "the other binding stays");
}

#[test]
fn a_missed_target_is_never_shown_as_reached_and_nothing_is_minus_zero() {
    let projected = crate::support::json(&["eval", BLUEPRINT, "--format", "json"])["target"]
        ["projected_share_pct"]
        .as_f64()
        .expect("the projected share");
    // A target just above the projection: missed by 0.0004 pp.
    let target = ((projected + 0.0004) * 1e4).round() / 1e4;
    assert!(projected < target);
    let result = Package::blueprint()
        .set("target.manufacturing_share_pct", target)
        .eval();
    result.exits(0);
    let sentence = result.stdout.lines().nth(1).expect("the target sentence");
    let shown = sentence
        .split("projected ")
        .nth(1)
        .and_then(|rest| rest.split('%').next())
        .expect("the projected share");
    let shown: f64 = shown.parse().expect("a number");
    assert!(shown < target, "{sentence}");
    assert!(
        sentence.contains("short by less than 0.01 pp"),
        "{sentence}"
    );

    for args in [["explain", BLUEPRINT], ["sensitivity", BLUEPRINT]] {
        let out = run(&args);
        out.exits(0);
        assert!(!out.stdout.contains("-0.00 "), "{args:?}:\n{}", out.stdout);
        assert!(!out.stdout.contains("-0.000"), "{args:?}:\n{}", out.stdout);
    }
}

#[test]
fn a_package_compared_with_itself_shows_every_difference_without_a_sign() {
    let out = run(&["compare", BLUEPRINT, BLUEPRINT]);
    out.exits(0);
    for unsigned in ["(0.00)", "(0)", "(0.000)", "(0.0)", "(HK$0)"] {
        assert!(out.stdout.contains(unsigned), "{unsigned}:\n{}", out.stdout);
    }
    for signed in ["(+0", "(-0", "(+HK$0", "(-HK$0"] {
        assert!(!out.stdout.contains(signed), "{signed}:\n{}", out.stdout);
    }
}

#[test]
fn eval_against_as_csv_keeps_the_comparison() {
    let rows = |args: &[&str]| -> Vec<csv::StringRecord> {
        let out = run(args);
        out.exits(0);
        let mut reader = csv::Reader::from_reader(out.stdout.as_bytes());
        let mut all = vec![reader.headers().expect("a header").clone()];
        all.extend(reader.records().map(|r| r.expect("a row")));
        all
    };
    let reference = "policies/status-quo.toml";
    let compared = rows(&["eval", BLUEPRINT, "--against", reference, "--format", "csv"]);
    let alone = rows(&["eval", BLUEPRINT, "--format", "csv"]);
    let other = rows(&["eval", reference, "--format", "csv"]);
    let column = |name: &str| compared[0].iter().position(|h| h == name).expect(name);
    let (share, delta, against) = (
        column("manufacturing_share_pct"),
        column("delta_manufacturing_share_pct"),
        column("against_file"),
    );
    assert_eq!(compared.len(), alone.len());
    for (i, row) in compared.iter().enumerate().skip(1) {
        assert_eq!(&row[against], reference);
        assert_eq!(row[share], alone[i][share], "the package's own numbers");
        let expected: f64 = alone[i][share].parse::<f64>().expect("a number")
            - other[i][share].parse::<f64>().expect("a number");
        let got: f64 = row[delta].parse().expect("a number");
        assert!(
            (got - expected).abs() < 1e-9,
            "row {i}: {got} vs {expected}"
        );
    }
}

#[test]
fn the_group_editor_s_cancel_cancels_and_right_leaves_end_year_none() {
    use crate::support::app::{blueprint_app, ch, key, press};
    use levers::tui::app::Mode;
    use levers_core::LeverGroup;
    use ratatui::crossterm::event::KeyCode;
    let mut app = blueprint_app();
    let before = app.policy().clone();
    let land = |app: &levers::tui::App| app.policy().group_timing(LeverGroup::Land).expect("land");
    assert_eq!(land(&app).timing.end, None);
    // Third row: End year, "none". → gives it a year (the start year).
    press(&mut app, &[ch('e'), key(KeyCode::Down), key(KeyCode::Down)]);
    press(&mut app, &[key(KeyCode::Right)]);
    assert_eq!(land(&app).timing.end, Some(land(&app).timing.start));
    press(&mut app, &[key(KeyCode::Up), key(KeyCode::Right)]);
    assert_ne!(*app.policy(), before);
    // Esc, shown as "cancel", returns to the package as it was.
    press(&mut app, &[key(KeyCode::Esc)]);
    assert_eq!(app.mode, Mode::Normal);
    assert_eq!(*app.policy(), before, "cancelled");
    assert!(!app.is_dirty());
    // `e` accepts.
    press(&mut app, &[ch('e'), key(KeyCode::Right), ch('e')]);
    assert_eq!(app.mode, Mode::Normal);
    assert_eq!(
        land(&app).timing.start,
        before
            .group_timing(LeverGroup::Land)
            .expect("land")
            .timing
            .start
            + 1
    );
}

#[test]
fn without_colour_the_tornado_ends_differ_and_cut_labels_end_in_an_ellipsis() {
    use crate::support::app::{blueprint_app, ch, press, screen_lines};
    let mut app = blueprint_app();
    app.no_color = true;
    press(&mut app, &[ch('t')]);
    assert!(app.tornado().is_some(), "tornado open");
    let lines = screen_lines(&mut app, 80, 24);
    let legend = lines
        .iter()
        .find(|l| l.contains("package:"))
        .expect("the legend");
    let glyph_before = |word: &str| {
        let at = legend.find(word).expect(word);
        legend[..at].trim_end().chars().last().expect("a glyph")
    };
    assert_ne!(glyph_before(" low"), glyph_before(" high"), "{legend}");
    let bars = lines
        .iter()
        .filter(|l| l.contains('▒') && l.contains('█'))
        .count();
    assert!(bars > 0, "both glyphs in the bars:\n{}", lines.join("\n"));
    assert!(
        lines.iter().any(|l| l.contains("…  ") || l.contains("… ")),
        "long labels are cut with an ellipsis:\n{}",
        lines.join("\n")
    );
}

#[test]
fn a_binding_budget_cap_shows_as_the_limit_in_the_table_and_the_workbench() {
    let package = Package::blueprint().set("budget.cap_hkd_bn_per_year", 10.0);
    let result = package.eval();
    result.exits(0);
    let row_2030 = result
        .stdout
        .lines()
        .find(|l| l.starts_with("2030"))
        .expect("the 2030 row");
    assert!(row_2030.contains("budget "), "{row_2030}");
    assert!(!row_2030.ends_with("none"), "{row_2030}");

    let baseline = crate::support::baseline();
    let policy = crate::support::load(&package.path(), &baseline);
    let mut app = crate::support::app::app_with(policy, None);
    // The limit is the Detail text's last line: a page down shows it.
    crate::support::app::screen_lines(&mut app, 120, 40);
    let page_down = crate::support::app::key(ratatui::crossterm::event::KeyCode::PageDown);
    crate::support::app::press(&mut app, &[page_down]);
    let text = crate::support::app::screen_lines(&mut app, 120, 40).join("\n");
    assert!(
        text.contains("Limit in 2032: budget"),
        "the detail panel names the cap:\n{text}"
    );
}

#[test]
fn labels_cut_at_80x24_end_in_an_ellipsis_the_comparison_legend_too() {
    use crate::support::app::{blueprint_app, ch, press, screen_lines};
    let mut app = blueprint_app();
    let mut long = app.policy().clone();
    long.name = "Blueprint 2032 with a name far too long for any legend".into();
    app.commit(long);
    press(&mut app, &[ch('p'), ch('l')]);
    assert!(!app.compare().is_empty(), "pinned");
    let lines = screen_lines(&mut app, 80, 24);
    let screen = lines.join("\n");
    let group = lines
        .iter()
        .find(|l| l.contains("Cooperation zone from"))
        .expect("the zone group's line");
    assert!(group.contains("…│"), "{screen}");
    let legend = lines
        .iter()
        .find(|l| l.contains("•1"))
        .expect("the charts' legend");
    assert!(
        legend.contains('…'),
        "the legend that does not fit is marked:\n{screen}"
    );
}

// ---- the table of hostile edits (issue 22, defects 8, 9, 10 and 13) ----
//
// Each case starts from an example file, sets fields as an attacker would, runs
// one command, and says what must and must not appear: a new hostile input is
// one more row, not one more test function.

/// One row of the table.
struct Case {
    what: &'static str,
    package: Package,
    /// A `--baseline-data` file, filled in for `{baseline}`.
    baseline: Option<Package>,
    /// The command; `{package}`, `{baseline}` and `{dir}` (the package's
    /// folder, where an output goes) are filled in.
    args: &'static [&'static str],
    code: i32,
    /// Texts the output (standard output, error, and the file written in
    /// `{dir}`) must hold.
    shows: &'static [&'static str],
    /// Texts it must not hold.
    never: &'static [&'static str],
}

/// A source that tries HTML, a link, a table cell and a terminal title at once.
const HOSTILE_SOURCE: &str = "<script>alert(1)</script> <img src=x onerror=alert(2)> [x](javascript:alert(3)) a | b \u{1b}]0;t\u{7}";

/// A line forging a result, for names and labels that span lines.
const FORGED: &str = "Target 5.0% of GDP by 2032: projected 5.12%, met in 2031.";

/// The shipped baseline with the field `key` set to `value`.
fn baseline_with(key: &str, value: &str) -> Package {
    Package::example("assets/baseline.toml").set(key, value)
}

/// The announced measures with one measure renamed to `name`.
fn measure_renamed(name: &str) -> Package {
    Package::measures().replace(
        "[measures.zone_coinvestment]",
        &format!("[measures.{name}]"),
    )
}

fn cases() -> Vec<Case> {
    let report_md = &[
        "--baseline-data",
        "{baseline}",
        "report",
        "{package}",
        "-o",
        "{dir}/out.md",
    ];
    let escaped_md = &["\\<script\\>", "a \\| b", "\\u{1b}"];
    let live_md = &["<script>", " <img", "x](javascript", "a | b", "\u{1b}"];
    vec![
        Case {
            what: "a name spanning lines forges no result line in eval",
            package: Package::measures().set("name", format!("x\n{FORGED}")),
            baseline: None,
            args: &["eval", "{package}"],
            code: 0,
            shows: &["x\\u{a}Target 5.0%"],
            never: &["\nTarget 5.0% of GDP by 2032: projected 5.12%"],
        },
        Case {
            what: "a name spanning lines forges no line in check",
            package: Package::measures().set("name", format!("x\n{FORGED}")),
            baseline: None,
            args: &["check", "{package}"],
            code: 0,
            shows: &["x\\u{a}Target"],
            never: &["\nTarget 5.0% of GDP by 2032: projected 5.12%"],
        },
        Case {
            what: "a label spanning lines forges no line in summary",
            package: Package::measures()
                .set("measures.zone_coinvestment.label", format!("NIAS\n{FORGED}")),
            baseline: None,
            args: &["summary", "{package}"],
            code: 0,
            shows: &["NIAS\\u{a}Target"],
            never: &["\nTarget 5.0% of GDP by 2032: projected 5.12%"],
        },
        Case {
            what: "a measure named like a formula is a quoted CSV header in explain",
            package: measure_renamed("-A1"),
            baseline: None,
            args: &["explain", "{package}", "--format", "csv"],
            code: 0,
            shows: &["'-A1"],
            never: &[",-A1"],
        },
        Case {
            what: "a varied measure named like a formula is a quoted CSV header in sweep",
            package: measure_renamed("-1-1"),
            baseline: None,
            args: &["sweep", "{package}", "--vary=-1-1.amount=1..2:1"],
            code: 0,
            // The header is the first line: quoted, it starts with `'`.
            shows: &["'-1-1.amount"],
            never: &[],
        },
        Case {
            what: "a sweep workbook shows the name without the CSV quote",
            package: measure_renamed("-1-1"),
            baseline: None,
            args: &[
                "sweep",
                "{package}",
                "--vary=-1-1.amount=1..2:1",
                "-o",
                "{dir}/out.xlsx",
            ],
            code: 0,
            shows: &[">-1-1.amount<"],
            never: &[">'-1-1.amount<"],
        },
        Case {
            what: "a measure set inline then as a table names the first line",
            // Before the first table, `[target]` at line 12.
            package: Package::measures().replace(
                "\n[target]",
                "\nmeasures.a = { kind = \"rd_grants\", amount = 1.0 }\n[measures.a]\nkind = \"rd_grants\"\n[target]",
            ),
            baseline: None,
            args: &["check", "{package}"],
            code: 2,
            shows: &["two measures are named `a` (the first is at line 12)"],
            never: &["(the first is at line 0)"],
        },
        Case {
            what: "a hostile baseline source is escaped in report Markdown",
            package: Package::measures(),
            baseline: Some(baseline_with(
                "sectors.traditional.value_added_hkd_bn.source",
                HOSTILE_SOURCE,
            )),
            args: report_md,
            code: 0,
            shows: escaped_md,
            never: live_md,
        },
        Case {
            what: "a hostile discount-rate source is escaped in the report's fiscal section (Markdown)",
            package: Package::measures(),
            baseline: Some(baseline_with("parameters.discount_rate.source", HOSTILE_SOURCE)),
            args: report_md,
            code: 0,
            shows: escaped_md,
            never: live_md,
        },
        Case {
            what: "a hostile discount-rate source is text in the HTML report",
            package: Package::measures(),
            baseline: Some(baseline_with("parameters.discount_rate.source", HOSTILE_SOURCE)),
            args: &[
                "--baseline-data",
                "{baseline}",
                "report",
                "{package}",
                "-o",
                "{dir}/out.html",
            ],
            code: 0,
            shows: &["&lt;script&gt;", "a | b"],
            never: &["<script>", "<img", "href=\"javascript", "\u{1b}"],
        },
        Case {
            what: "a hostile discount-rate source sends no escape to the terminal from eval",
            package: Package::measures(),
            baseline: Some(baseline_with("parameters.discount_rate.source", HOSTILE_SOURCE)),
            args: &["--baseline-data", "{baseline}", "eval", "{package}"],
            code: 0,
            shows: &["\\u{1b}]0;t\\u{7}"],
            never: &["\u{1b}", "\u{7}"],
        },
        Case {
            what: "a hostile baseline source is neutral in assumptions CSV",
            package: Package::measures(),
            baseline: Some(baseline_with(
                "sectors.traditional.value_added_hkd_bn.source",
                "=HYPERLINK(\"http://x\")",
            )),
            args: &[
                "--baseline-data",
                "{baseline}",
                "assumptions",
                "--format",
                "csv",
            ],
            code: 0,
            shows: &["'=HYPERLINK"],
            never: &[",=HYPERLINK"],
        },
    ]
}

#[test]
fn every_hostile_edit_in_the_table_is_refused_or_made_inert() {
    let mut failures = Vec::new();
    for case in cases() {
        let baseline = case.baseline.as_ref().map(Package::path);
        let args: Vec<String> = case
            .args
            .iter()
            .map(|arg| arg.replace("{baseline}", baseline.as_deref().unwrap_or("")))
            .collect();
        let args: Vec<&str> = args.iter().map(String::as_str).collect();
        let result = case.package.run(&args);
        let mut seen = format!("{}{}", result.stdout, result.stderr);
        if let Some(written) = args.iter().find_map(|a| a.strip_prefix("{dir}/")) {
            seen.push_str(&written_text(&case.package.beside(written)));
        }
        if result.code != Some(case.code) {
            failures.push(format!("{}: exit {:?}\n{seen}", case.what, result.code));
            continue;
        }
        for text in case.shows {
            if !seen.contains(text) {
                failures.push(format!("{}: no {text:?} in\n{seen}", case.what));
            }
        }
        for text in case.never {
            if seen.contains(text) {
                failures.push(format!("{}: {text:?} in\n{seen}", case.what));
            }
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n\n"));
}

/// A written output as text: a workbook's shared strings, or the file.
fn written_text(path: &std::path::Path) -> String {
    if path.extension().is_some_and(|e| e == "xlsx") {
        let file = std::fs::File::open(path).unwrap_or_else(|e| panic!("{e}"));
        let mut archive = zip::ZipArchive::new(file).unwrap_or_else(|e| panic!("{e}"));
        let mut text = String::new();
        for i in 0..archive.len() {
            let mut entry = archive.by_index(i).unwrap_or_else(|e| panic!("{e}"));
            if entry.name().is_ok_and(|n| n.starts_with("xl/")) {
                let _ = std::io::Read::read_to_string(&mut entry, &mut text);
            }
        }
        text
    } else {
        std::fs::read_to_string(path).unwrap_or_default()
    }
}

// ---- CLI audit 3 ----

/// A key or a name is echoed in a problem's first line as the excerpt shows
/// it: cut, with `…`, never whole. A TOML key may be as long as the file (up
/// to 2 MiB), and it was printed twice in the first line (the key's path and
/// the message), 10 KB of `k` for a 5,000-character key.
#[test]
fn a_very_long_key_or_name_is_cut_in_the_first_line_of_its_problem() {
    let long = "k".repeat(5000);
    let cases = [
        (
            "an unknown key",
            Package::blueprint().append(&format!("\n{long} = 1\n")),
            "unknown key",
        ),
        (
            "a measure's name",
            Package::measures().append(&format!(
                "\n[measures.{long}]\nkind = \"rd_grants\"\namount = 1.0\nstart = 2025\n"
            )),
            "cannot name a measure",
        ),
        (
            "a measure's kind",
            Package::measures().append(&format!(
                "\n[measures.extra]\nkind = \"{long}\"\namount = 1.0\nstart = 2025\n"
            )),
            "unknown value",
        ),
        (
            "an assumption",
            Package::blueprint().append(&format!("\n[assumptions]\n{long} = 1\n")),
            "the name of a baseline parameter",
        ),
    ];
    for (what, package, says) in cases {
        for lang in ["en", "zh-Hant"] {
            let result = package.run(&["--lang", lang, "check", "{package}"]);
            result.exits(2);
            if lang == "en" {
                result.says(&[says]);
            }
            let first = result.stderr.lines().next().unwrap_or_default();
            assert!(
                first.chars().count() < 400 && first.contains('…'),
                "{what} ({lang}): the first line is {} characters:\n{first}",
                first.chars().count()
            );
            assert!(
                result.stderr.len() < 2000,
                "{what} ({lang}): {} bytes of problems",
                result.stderr.len()
            );
        }
    }
}

/// A negative number given to an option that takes a number (`--draws -5`,
/// `--budget -5`, `--threshold -1`) was taken for an unknown flag, with
/// clap's tip to write `-- -5`, which gives another error; it is refused with
/// the option's own range, as any other number out of it.
#[test]
fn a_negative_number_for_a_numeric_option_is_refused_with_the_option_s_range() {
    let cases: [(&[&str], &str); 6] = [
        (
            &["eval", BLUEPRINT, "--uncertainty", "--draws", "-5"],
            "expected a whole number from 1 to 1000000",
        ),
        (
            &["seek", BLUEPRINT, "--target-share", "-1"],
            "--target-share -1: expected a share of GDP above 0",
        ),
        (
            &["seek", BLUEPRINT, "--target-share", "1", "--budget", "-5"],
            "--budget -5: expected HK$ bn a year above 0",
        ),
        (
            &["discover", BLUEPRINT, "--threshold", "-1"],
            "--threshold -1: expected a share of GDP from 0 to 100",
        ),
        (
            &["discover", BLUEPRINT, "--min-coverage", "-0.5"],
            "expected a share from 0.05 to 1",
        ),
        (
            &[
                "sensitivity",
                BLUEPRINT,
                "--method",
                "sobol",
                "--samples",
                "-16",
            ],
            "expected a whole number from 16 to 65536",
        ),
    ];
    for (args, says) in cases {
        run(args)
            .exits(2)
            .says(&[says])
            .never_says(&["unexpected argument", "use '-- "]);
    }
}

// ---- values echoed back: as typed, and cut text marked as cut ----

/// A number too large for a double (`--target-share 1e400`) was echoed "inf";
/// it is echoed as it was typed, in every language. The same for `--budget`
/// and `discover --threshold`.
#[test]
fn a_number_beyond_a_double_is_echoed_as_typed_not_as_inf() {
    let cases: [&[&str]; 3] = [
        &["seek", "--target-share", "1e400", "--by", "2032"],
        &["seek", BLUEPRINT, "--budget", "1e400"],
        &["discover", BLUEPRINT, "--threshold", "1e400"],
    ];
    for args in cases {
        let typed = args[args.iter().position(|a| a.contains("1e400")).unwrap_or(0)];
        let flag = args[args.iter().position(|a| a.contains("1e400")).unwrap_or(1) - 1];
        run(args)
            .exits(2)
            .says(&[&format!("{flag} {typed}:")])
            .never_says(&["inf:", "inf "]);
        let chinese = [&["--lang", "zh-Hant"][..], args].concat();
        run(&chinese)
            .exits(2)
            .says(&[&format!("{flag} {typed}")])
            .never_says(&["inf:", "inf "]);
    }
}

/// Text found where a number or a year belongs is echoed cut at 40
/// characters; a cut text ends with "…" so it does not read as the whole value.
#[test]
fn a_found_text_cut_short_ends_with_an_ellipsis() {
    let long = "x".repeat(60);
    let package = Package::blueprint().set("target.year", long.as_str());
    let shown = "x".repeat(40);
    package
        .check()
        .exits(2)
        .says(&[&format!("text (\"{shown}…\")")])
        .never_says(&[&format!("text (\"{shown}\")")]);
    let short = Package::blueprint().set("target.year", "soon");
    short.check().exits(2).says(&["text (\"soon\")"]);
}
