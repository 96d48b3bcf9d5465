//! Files that travel by e-mail are untrusted: oversized, binary, deeply nested or
//! strangely encoded files get a clear error and exit 2, never a panic; files
//! that are merely unusual (BOM, CRLF, edge values) are read correctly.

use std::path::Path;

use crate::support::{Run, levers, run};

/// `levers check FILE`: its exit code and standard error.
fn check(path: &Path) -> (Option<i32>, String) {
    let Run { code, stderr, .. } = run(&["check", &path.display().to_string()]);
    (code, stderr)
}

#[test]
fn a_two_mebibyte_file_is_refused_before_parsing() -> std::io::Result<()> {
    let dir = tempfile::tempdir()?;
    let path = dir.path().join("huge.toml");
    let mut text = String::from("format = 1\nname = \"huge\"\n");
    while text.len() < 2 * 1024 * 1024 {
        text.push_str(
            "# padding padding padding padding padding padding padding padding padding\n",
        );
    }
    std::fs::write(&path, text)?;
    let (code, stderr) = check(&path);
    assert_eq!(code, Some(2));
    assert!(
        stderr.contains("huge.toml: error: file is larger than 1024 KiB"),
        "{stderr}"
    );
    Ok(())
}

#[test]
fn binary_garbage_and_nul_bytes_are_clean_errors() -> std::io::Result<()> {
    let dir = tempfile::tempdir()?;
    for (name, bytes) in [
        ("zeros.toml", vec![0u8; 4096]),
        ("png.toml", b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR".to_vec()),
        ("utf16.toml", b"\xff\xfef\0o\0r\0m\0a\0t\0".to_vec()),
    ] {
        let path = dir.path().join(name);
        std::fs::write(&path, bytes)?;
        let (code, stderr) = check(&path);
        assert_eq!(code, Some(2), "{name}: {stderr}");
        assert!(
            stderr.contains(&format!("{name}:1:")) && !stderr.contains("panicked"),
            "{name}: {stderr}"
        );
    }
    Ok(())
}

#[test]
fn a_directory_or_missing_file_is_a_clear_error() -> std::io::Result<()> {
    let dir = tempfile::tempdir()?;
    let (code, stderr) = check(dir.path());
    assert_eq!(code, Some(2));
    assert!(
        stderr.contains("error: cannot read") || stderr.contains("error: cannot open"),
        "{stderr}"
    );
    Ok(())
}

#[test]
fn unusual_but_valid_files_are_read_with_their_values() {
    let folder = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/valid");
    let baseline = levers_files::baseline_file::embedded().unwrap_or_else(|e| panic!("{e:?}"));
    for name in [
        "bom-crlf.toml",
        "boundaries.toml",
        "integers-for-floats.toml",
    ] {
        let path = folder.join(name);
        let (code, stderr) = check(&path);
        assert_eq!(code, Some(0), "{name}: {stderr}");
        let policy = levers_files::load_policy(&path, &baseline)
            .unwrap_or_else(|e| panic!("{}", levers::shown::in_english(&e)));
        match name {
            "bom-crlf.toml" => assert_eq!(
                policy.dial_value(levers_core::LeverField::GrantsHkdBnPerYear),
                3.0
            ),
            "boundaries.toml" => {
                assert_eq!(policy.horizon, 2060);
                assert_eq!(policy.assumptions.len(), 3);
                let projection = levers_core::project(&baseline, &policy);
                assert!(
                    projection
                        .years
                        .iter()
                        .all(|y| y.manufacturing_share_pct.is_finite())
                );
            }
            _ => assert_eq!(policy.target.share_pct, 3.0),
        }
    }
}

#[test]
fn a_stacked_package_that_breaks_a_rule_is_refused_and_conflicts_are_warned() {
    let folder = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/stacked");
    let stacked = format!(
        "{}+{}",
        folder.join("late-land.toml").display(),
        folder.join("short-horizon.toml").display()
    );
    let output = levers()
        .arg("check")
        .arg(&stacked)
        .output()
        .unwrap_or_else(|e| panic!("{e}"));
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert_eq!(output.status.code(), Some(2), "{stderr}");
    assert!(
        stderr.contains("measures.rent_subsidy.start: start year 2033 is outside the projection"),
        "{stderr}"
    );
    assert!(stderr.contains("horizon (2030)"), "{stderr}");

    let land_led = Path::new(env!("CARGO_MANIFEST_DIR")).join("policies/land-led.toml");
    let overlapping = format!(
        "{}+{}",
        land_led.display(),
        folder.join("late-land.toml").display()
    );
    let output = levers()
        .arg("check")
        .arg(&overlapping)
        .output()
        .unwrap_or_else(|e| panic!("{e}"));
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert_eq!(output.status.code(), Some(0), "{stderr}");
    assert!(
        stderr.contains("warning: ")
            && stderr.contains("levers.land.rent_subsidy_pct = 30 over 70"),
        "{stderr}"
    );
}

#[test]
fn an_output_that_cannot_be_written_is_named_with_its_reason_and_no_temporary_file() {
    let dir = tempfile::tempdir().expect("temp dir");
    let missing = dir.path().join("no-such-folder");
    for (args, output) in [
        (vec!["report", "policies/blueprint-2032.toml"], "r.md"),
        (vec!["brief", "policies/blueprint-2032.toml"], "b.md"),
        (
            vec!["eval", "policies/blueprint-2032.toml", "--format", "csv"],
            "e.csv",
        ),
    ] {
        let out = missing.join(output).display().to_string();
        let mut all = args.clone();
        all.extend(["-o", out.as_str()]);
        let result = run(&all);
        assert_eq!(result.code, Some(2), "{}", result.stderr);
        assert!(
            result.stderr.contains(&format!(
                "{out}: cannot write: the folder {} does not exist",
                missing.display()
            )),
            "{args:?}: {}",
            result.stderr
        );
        assert!(!result.stderr.contains(".levers-save"), "{}", result.stderr);
    }
    let zh = missing.join("z.md").display().to_string();
    let result = run(&[
        "--lang",
        "zh-Hant",
        "report",
        "policies/blueprint-2032.toml",
        "-o",
        &zh,
    ]);
    assert!(
        result.stderr.contains("無法寫入：資料夾"),
        "{}",
        result.stderr
    );
}

#[test]
fn a_file_levers_cannot_read_is_said_in_chinese_too() {
    let dir = tempfile::tempdir().expect("temp dir");
    let latin1 = dir.path().join("latin1.toml");
    std::fs::write(&latin1, b"format = 2\nname = \"caf\xe9\"\n").expect("write");
    let big = dir.path().join("big.toml");
    std::fs::write(&big, vec![b'#'; 2 * 1024 * 1024]).expect("write");
    for (path, chinese) in [
        (
            latin1.as_path(),
            "latin1.toml:2:12: 錯誤：第 22 個位元組不是有效的 UTF-8",
        ),
        (big.as_path(), "big.toml: 錯誤：檔案大於 1024 KiB"),
        (dir.path(), "錯誤：無法開啟：這是資料夾，不是一般檔案"),
    ] {
        let shown = path.display().to_string();
        let result = run(&["--lang", "zh-Hant", "check", &shown]);
        assert_eq!(result.code, Some(2), "{}", result.stderr);
        assert!(result.stderr.contains(chinese), "{}", result.stderr);
        assert!(!result.stderr.contains("not valid"), "{}", result.stderr);
    }
}

/// An output levers will not replace (a folder, a read-only file) was
/// refused under `--lang zh-Hant` with its reason in English ("is a folder,
/// not a regular file: levers never replaces one"): levers' own words, not
/// the operating system's. The reason is Chinese now; English is unchanged.
#[test]
fn an_output_levers_will_not_replace_is_said_in_chinese_too() -> std::io::Result<()> {
    use std::os::unix::fs::PermissionsExt;
    let dir = tempfile::tempdir()?;
    let folder = dir.path().join("out.csv");
    std::fs::create_dir(&folder)?;
    let read_only = dir.path().join("kept.csv");
    std::fs::write(&read_only, "mine\n")?;
    std::fs::set_permissions(&read_only, std::fs::Permissions::from_mode(0o444))?;
    for (path, english, chinese) in [
        (
            &folder,
            "cannot write: is a folder, not a regular file: levers never replaces one",
            "無法寫入：這是資料夾，不是一般檔案；levers 不會取代它",
        ),
        (
            &read_only,
            "cannot write: the file is read-only",
            "無法寫入：檔案唯讀",
        ),
    ] {
        let shown = path.display().to_string();
        let args = [
            "eval",
            "policies/land-led.toml",
            "--format",
            "csv",
            "-o",
            &shown,
        ];
        run(&args).exits(2).says(&[english]);
        let mut zh = vec!["--lang", "zh-Hant"];
        zh.extend(args);
        run(&zh).exits(2).says(&[chinese]).never_says(&[
            "regular file",
            "read-only",
            "never replaces",
        ]);
    }
    assert_eq!(std::fs::read_to_string(&read_only)?, "mine\n");
    Ok(())
}
