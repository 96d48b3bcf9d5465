//! Lines of three commands under `--lang zh-Hant`: `levers check`'s "ok", `levers
//! diff`'s heading (and its "nothing changes") and the line `levers seek`
//! writes to standard error once it has written the package to a file.

use insta::assert_snapshot;

use crate::support::run;

const LAND_LED: &str = "policies/land-led.toml";
const BLUEPRINT: &str = "policies/blueprint-2032.toml";

#[test]
fn diff_heads_its_changes_in_chinese() {
    let zh = run(&["--lang", "zh-Hant", "diff", LAND_LED, BLUEPRINT]);
    assert_eq!(zh.code, Some(0), "{}", zh.stderr);
    assert_eq!(
        zh.stdout.lines().next(),
        Some("由 policies/land-led.toml 改為 policies/blueprint-2032.toml：")
    );
    assert!(!zh.stdout.contains("From "), "{}", zh.stdout);
    assert_snapshot!(zh.stdout);

    let en = run(&["diff", LAND_LED, BLUEPRINT]);
    assert_eq!(
        en.stdout.lines().next(),
        Some("From policies/land-led.toml to policies/blueprint-2032.toml:")
    );
}

#[test]
fn diff_says_nothing_changes_in_chinese() {
    let zh = run(&["--lang", "zh-Hant", "diff", BLUEPRINT, BLUEPRINT]);
    assert_eq!(zh.code, Some(0), "{}", zh.stderr);
    assert_eq!(
        zh.stdout,
        "由 policies/blueprint-2032.toml 改為 policies/blueprint-2032.toml：\n  沒有變化：兩個方案相同\n"
    );
    // `--exit-code` still says the packages are the same.
    let same = run(&[
        "--lang",
        "zh-Hant",
        "diff",
        "--exit-code",
        BLUEPRINT,
        BLUEPRINT,
    ]);
    assert_eq!(same.code, Some(0), "{}", same.stderr);
}

/// `levers [--lang zh-Hant] seek … -o DIR/found.toml`: its standard error,
/// and the path it was told to write.
fn seek_to_file(lang: &[&str]) -> (String, String) {
    let dir = tempfile::tempdir().expect("temp dir");
    let out = dir.path().join("found.toml").display().to_string();
    let mut args = lang.to_vec();
    args.extend(["seek", "--target-share", "1", "--by", "2032", "-o", &out]);
    let result = run(&args);
    assert_eq!(result.code, Some(0), "{}", result.stderr);
    let written = std::fs::read_to_string(&out).expect("the package is written");
    assert!(written.contains("[measures."), "{written}");
    (result.stderr, out)
}

#[test]
fn seek_says_where_it_wrote_the_package_in_chinese() {
    let (stderr, out) = seek_to_file(&["--lang", "zh-Hant"]);
    assert!(
        stderr.lines().any(|l| l == format!("已寫出 {out}")),
        "{stderr}"
    );
    assert!(!stderr.contains("wrote"), "{stderr}");

    let (stderr, out) = seek_to_file(&[]);
    assert!(
        stderr.lines().any(|l| l == format!("wrote {out}")),
        "{stderr}"
    );
}

#[test]
fn check_says_a_file_is_sound_in_chinese() {
    // Land-led: no measure in it costs money and moves nothing (land that
    // arrives after the target year does, which `check` warns of).
    let zh = run(&["--lang", "zh-Hant", "check", "policies/land-led.toml"]);
    assert_eq!(zh.code, Some(0), "{}", zh.stderr);
    assert_eq!(zh.stderr, "policies/land-led.toml：無誤（Land-led）\n");
    let en = run(&["check", "policies/land-led.toml"]);
    assert_eq!(en.stderr, "policies/land-led.toml: ok (Land-led)\n");
    let dir = tempfile::tempdir().expect("temp dir");
    let late = dir.path().join("late.toml");
    std::fs::write(
        &late,
        "format = 2\nname = \"Late land\"\n[measures.late_land]\nkind = \"land_release\"\namount = 50.0\nstart = 2031\n",
    )
    .expect("written");
    let warned = run(&["--lang", "zh-Hant", "check", &late.display().to_string()]);
    assert!(
        warned.stderr.contains("注意：late_land"),
        "{}",
        warned.stderr
    );
}
