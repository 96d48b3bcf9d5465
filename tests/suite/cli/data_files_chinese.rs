//! `levers --lang zh-Hant` on a broken data file — the baseline given with
//! `--baseline-data`, the history given with `backtest --history`, the
//! settings file — or on a package that is not TOML at all: each problem is
//! worded by the Chinese catalogue at its <file:line:column>, exit 2, and the
//! English run says what it always said, in the same places.

use crate::support::package::{BLUEPRINT, Package};
use crate::support::{Run, levers};

/// The embedded baseline with a base year out of range, a distribution the
/// model does not draw from and lag weights that do not sum to 1.
fn broken_baseline() -> Package {
    Package::example("assets/baseline.toml")
        .set("base_year", 1999)
        .set("parameters.land_cost_share.distribution", "lognormal")
        .set_toml("lags.talent.weights", "[0.5, 0.4]")
}

#[test]
fn a_broken_baseline_is_refused_in_chinese_at_each_place() {
    let data = broken_baseline();
    let base_year = data.line_of("base_year");
    let weights = data.line_of("weights = [0.5, 0.4]");
    let file = data.path();
    let args = ["--baseline-data", "{package}", "check", BLUEPRINT];
    let chinese = data.run(&[&["--lang", "zh-Hant"][..], &args].concat());
    chinese
        .exits(2)
        .says(&[
            &format!("{file}:{base_year}:13: 錯誤：`base_year`: 基年 1999 超出範圍"),
            "應為：2000 至 2059 年之間的年份",
            "`parameters.land_cost_share.distribution`: 未知的分佈 \"lognormal\"",
            &format!("{file}:{weights}:11: 錯誤：`lags.talent.weights`: 滯後權重的總和為 0.9"),
            "應為：1 至 20 個非負數，總和為 1",
        ])
        .never_says(&["error:", "expected:", "out of range", "unknown", "sum to"]);

    // The same file in English, word for word as before, in the same places.
    data.run(&args).exits(2).says(&[
        &format!("{file}:{base_year}:13: error: `base_year`: base year 1999 is out of range"),
        "expected: a year from 2000 to 2059",
        "unknown distribution \"lognormal\"",
        "expected: \"triangular\", \"uniform\", \"normal\" (with sd) or \"fixed\"",
        &format!("{file}:{weights}:11: error: `lags.talent.weights`: lag weights sum to 0.9"),
        "expected: 1 to 20 non-negative numbers summing to 1",
    ]);
}

#[test]
fn a_baseline_missing_a_parameter_and_a_unit_is_refused_in_chinese() {
    let data = Package::example("assets/baseline.toml")
        .replace(
            "[parameters.land_cost_share]",
            "[parameters.land_cost_shar]",
        )
        .replace("\nunit = ", "\nunits = ");
    data.run(&[
        "--lang",
        "zh-Hant",
        "--baseline-data",
        "{package}",
        "check",
        BLUEPRINT,
    ])
    .exits(2)
    .says(&[
        "錯誤：`parameters.land_cost_share`: 基線缺少參數 `land_cost_share`",
        "[parameters] 中未知的鍵 `land_cost_shar`",
        "提示：是否指 `land_cost_share`？",
        "中缺少鍵 `unit`",
        "應為：以引號括住的文字",
    ])
    .never_says(&["lacks", "missing", "unknown", "did you mean"]);
}

#[test]
fn a_broken_history_is_refused_in_chinese_at_each_place() {
    let history = Package::example("assets/history.toml")
        .replace("format = 1", "format = 3")
        .replace("value = 2489.0", "value = -2489.0");
    let format = history.line_of("format = 3");
    let figure = history.line_of("value = -2489.0");
    let file = history.path();
    history
        .run(&["--lang", "zh-Hant", "backtest", "--history", "{package}"])
        .exits(2)
        .says(&[
            &format!("{file}:{format}:10: 錯誤：`format`: 這個版本的 levers 不認識歷史數據格式 3"),
            "應為：format = 1（這個版本的 levers 只讀取格式 1）",
            &format!(
                "{file}:{figure}:26: 錯誤：`series.gdp_nominal_hkd_bn.points.value`: 數列 `gdp_nominal_hkd_bn` 的 2016 年：-2489 不是正數"
            ),
        ])
        .never_says(&["error:", "is not known", "not a positive number"]);
    history
        .run(&["backtest", "--history", "{package}"])
        .exits(2)
        .says(&[
            "error: `format`: history format 3 is not known",
            "series `gdp_nominal_hkd_bn`, 2016: -2489 is not a positive number",
        ]);
}

/// `levers ARGS paths` with a settings file holding `text` in its folder.
fn paths_with_settings(text: &str, args: &[&str]) -> (Run, String) {
    let dir = tempfile::tempdir().expect("temp dir");
    let file = dir.path().join("settings.toml");
    std::fs::write(&file, text).expect("written");
    let output = levers()
        .env("LEVERS_CONFIG_DIR", dir.path())
        .env("LEVERS_DATA_DIR", dir.path())
        .args(args)
        .arg("paths")
        .output()
        .expect("runs");
    let run = Run {
        code: output.status.code(),
        stdout: String::from_utf8_lossy(&output.stdout).into_owned(),
        stderr: String::from_utf8_lossy(&output.stderr).into_owned(),
    };
    (run, file.display().to_string())
}

#[test]
fn a_broken_settings_file_is_refused_in_chinese_at_each_place() {
    let text = "default_format = \"jsn\"\nlang = \"zh\"\n[keymap]\nsave = [\"ctrl-\", 7]\n";
    let (chinese, file) = paths_with_settings(text, &["--lang", "zh-Hant"]);
    chinese
        .exits(2)
        .says(&[
            &format!("{file}:1:18: 錯誤：`default_format`: 未知的輸出格式 \"jsn\""),
            "應為：table, json, ndjson, csv, markdown 其中之一",
            "提示：是否指 `json`？",
            &format!("{file}:2:8: 錯誤：`lang`: 未知的語言 \"zh\""),
            &format!("{file}:4:9: 錯誤：`keymap.save`: \"ctrl-\" 不是按鍵"),
            &format!("{file}:4:18: 錯誤：`keymap.save`: 找到整數（7）"),
            "應為：例如 \"ctrl-s\"、\"shift-left\"、\"F2\" 或 \"?\" 的按鍵，或這些按鍵的列表",
        ])
        .never_says(&["error:", "unknown", "is not a key", "found", "did you mean"]);

    let (english, file) = paths_with_settings(text, &[]);
    english.exits(2).says(&[
        &format!("{file}:1:18: error: `default_format`: unknown output format \"jsn\""),
        "expected: one of: table, json, ndjson, csv, markdown",
        "help: did you mean `json`?",
        &format!("{file}:2:8: error: `lang`: unknown language \"zh\""),
        &format!("{file}:4:9: error: `keymap.save`: \"ctrl-\" is not a key"),
        "expected: a key such as \"ctrl-s\", \"shift-left\", \"F2\" or \"?\", or a list of them",
    ]);
}

#[test]
fn paths_lists_what_only_the_workbench_checks_at_each_place_in_both_languages() {
    // A theme and an action name are the workbench's own: every other command
    // runs, and `paths` (the settings file's check) lists them, in the file's
    // order, as the workbench does when it opens.
    let text = "# mine\ntheme = \"mnoo\"\n[keymap]\nsvae = \"F2\"\n";
    let (english, file) = paths_with_settings(text, &[]);
    english.exits(2).says(&[
        &format!("{file}:2:9: unknown theme \"mnoo\" (did you mean `mono`?)"),
        &format!("{file}:4:1: unknown action `keymap.svae` (did you mean `save`?)"),
        "The workbench opens without these entries",
    ]);
    let theme = english.stderr.find(":2:9:").unwrap_or(usize::MAX);
    let action = english.stderr.find(":4:1:").unwrap_or(0);
    assert!(theme < action, "in the file's order: {}", english.stderr);
    let (chinese, file) = paths_with_settings(text, &["--lang", "zh-Hant"]);
    chinese
        .exits(2)
        .says(&[
            &format!("{file}:2:9: 未知的主題「mnoo」（是否指 `mono`？）"),
            &format!("{file}:4:1: 未知的動作 `keymap.svae`（是否指 `save`？）"),
            "工作台開啟時不會套用以上設定",
        ])
        .never_says(&["unknown", "did you mean", "workbench"]);
    let (valid, _) = paths_with_settings("theme = \"mono\"\n[keymap]\nsave = \"F2\"\n", &[]);
    valid.exits(0);
}

#[test]
fn paths_reports_a_keymap_key_that_is_already_another_actions_key() {
    // The README's example (ctrl-s is save's own key already) is fine; `s`
    // for undo is save's key, which it keeps.
    let text = "[keymap]\nsave = [\"ctrl-s\", \"F2\"]\nundo = [\"s\"]\n";
    let (english, file) = paths_with_settings(text, &[]);
    english.exits(2).says(&[&format!(
        "{file}:3:1: key \"s\" in `keymap.undo` is already the workbench's key for `save`; \
         it keeps doing `save`"
    )]);
    assert!(!english.stderr.contains(":2:1:"), "{}", english.stderr);
    let (chinese, file) = paths_with_settings(text, &["--lang", "zh-Hant"]);
    chinese
        .exits(2)
        .says(&[&format!(
            "{file}:3:1: `keymap.undo` 的按鍵「s」已是工作台 `save` 的按鍵；它仍執行 `save`"
        )])
        .never_says(&["already", "workbench"]);
}

#[test]
fn a_word_from_the_settings_file_reaches_the_terminal_inert_in_chinese() {
    let (chinese, file) = paths_with_settings("lang = \"\\u001b[2Jzh\"\n", &["--lang", "zh-Hant"]);
    chinese
        .exits(2)
        .says(&[&format!("{file}:1:8: 錯誤：`lang`: 未知的語言 \"")]);
    assert!(!chinese.stderr.contains('\u{1b}'), "{:?}", chinese.stderr);
}

#[test]
fn a_settings_file_that_is_not_toml_is_refused_in_chinese() {
    let (chinese, file) = paths_with_settings("theme = \n", &["--lang", "zh-Hant"]);
    chinese
        .exits(2)
        .says(&[&format!("{file}:1:9: 錯誤：不是有效的 TOML：")])
        .never_says(&["error:", "not valid TOML"]);
}

#[test]
fn a_package_that_is_not_toml_is_refused_in_chinese_with_the_parsers_detail() {
    let package = Package::text(
        "broken.toml",
        "format = 2\nname = \"Unclosed\nhorizon = 2030\n",
    );
    let file = package.path();
    let chinese = package.run(&["--lang", "zh-Hant", "check", "{package}"]);
    chinese
        .exits(2)
        .says(&[&format!("{file}:2:17: 錯誤：不是有效的 TOML：")])
        .never_says(&["error:", "not valid TOML"]);
    let english = package.check();
    english
        .exits(2)
        .says(&[&format!("{file}:2:17: error: not valid TOML: ")]);
    // The parser's own detail is quoted in both (it stays English).
    let detail = |run: &Run| {
        let first = run.stderr.lines().next().unwrap_or_default().to_string();
        first
            .rsplit_once('：')
            .map_or(first.clone(), |(_, d)| d.to_string())
    };
    let chinese_detail = detail(&chinese);
    assert!(
        !chinese_detail.is_empty() && english.stderr.contains(&chinese_detail),
        "{chinese_detail:?} not in {}",
        english.stderr
    );
}

#[test]
fn the_paths_are_listed_in_chinese() {
    let (chinese, _) = paths_with_settings("theme = \"default\"\n", &["--lang", "zh-Hant"]);
    chinese.exits(0);
    // The settings file exists; the library and recovery folders are not made yet.
    assert!(
        chinese.stdout.contains("settings.toml（已存在）"),
        "{}",
        chinese.stdout
    );
    assert!(
        chinese.stdout.contains("（尚未建立）"),
        "{}",
        chinese.stdout
    );
    assert!(chinese.stdout.contains("另行指定"), "{}", chinese.stdout);
    for english in ["exists", "not created", "Override with"] {
        assert!(
            !chinese.stdout.contains(english),
            "{english}: {}",
            chinese.stdout
        );
    }
}
