//! Arguments that name a lever, a measure or an assumption (`sweep --vary`,
//! `discover --vary`, `seek --levers`, `--bound`, `--fix`) are refused in the
//! reader's language, with the same suggestion in both; and a suggestion for
//! an argument that takes one number names one number.

use crate::support::{Run, run};

const BLUEPRINT: &str = "policies/blueprint-2032.toml";

/// `levers [--lang zh-Hant] COMMAND BLUEPRINT ARGS…`, refused with exit 2.
fn refused(chinese: bool, command: &str, args: &[&str]) -> Run {
    let mut all = if chinese {
        vec!["--lang", "zh-Hant"]
    } else {
        vec![]
    };
    all.extend([command, BLUEPRINT]);
    all.extend(args);
    let result = run(&all);
    result.exits(2);
    result
}

/// English words of the catalogue's English side that the Chinese
/// refusals must not keep.
const ENGLISH: [&str; 12] = [
    "names no lever",
    "did you mean",
    "its measures are",
    "is outside the range",
    "a year from",
    "must be above",
    "is above TO",
    "not one number",
    "is varied twice",
    "unknown lever group",
    "cannot be fixed",
    "expected",
];

#[test]
fn sweep_vary_mistakes_are_refused_in_chinese() {
    let cases: [(&[&str], &str); 7] = [
        (
            &["--vary", "rd.grants=0..10:1"],
            "`rd.grants` 不是任何政策槓桿或措施（是否指 `rd_grants.amount`？）；此組合的措施為 rent_subsidy",
        ),
        (
            &["--vary", "rd_grants.start=2020..2030:1"],
            "FROM 2020 超出 rd_grants.start 的範圍：2024 至 2035 年之間的年份",
        ),
        (
            &["--vary", "rd_grants.start=2025..2030:0.5"],
            "rd_grants.start 只接受整數",
        ),
        (&["--vary", "rd_grants.amount=5..1:1"], "FROM 5 大於 TO 1"),
        (&["--vary", "rd_grants.amount=0..1:0"], "STEP 0 必須大於 0"),
        (
            &["--vary", "rd_grants=0..1:1"],
            "指整個政策槓桿組別或整項措施",
        ),
        (
            &[
                "--vary",
                "rd_grants.amount=0..1:1",
                "--vary",
                "rd_grants.amount=0..2:1",
            ],
            "rd_grants.amount 重複變動",
        ),
    ];
    for (args, chinese) in cases {
        refused(true, "sweep", args)
            .says(&[chinese])
            .never_says(&ENGLISH);
    }
    refused(
        true,
        "sweep",
        &["--vary", "rd_grants.amount=0..100:0.000001"],
    )
    .says(&["網格共有 約 1.000e8 個組合，上限為 100000000：請用較大的 STEP"])
    .never_says(&ENGLISH);
}

#[test]
fn seek_and_discover_argument_mistakes_are_refused_in_chinese() {
    refused(true, "seek", &["--levers", "rdd"])
        .says(&["--levers：未知的政策槓桿組別 `rdd`（是否指 `rd`？）"])
        .never_says(&ENGLISH);
    refused(true, "seek", &["--bound", "rd_grants.amount=50..10"])
        .says(&["--bound rd_grants.amount=50..10：應為 0 <= LO <= HI <= 100"])
        .never_says(&ENGLISH);
    refused(true, "seek", &["--fix", "assumptions.nev.growth"])
        .says(&["`assumptions.nev.growth` 不能固定"])
        .never_says(&ENGLISH);
    refused(true, "discover", &["--vary", "assumptions.nev.growth=0..1"])
        .says(&["假設已在抽樣之列"])
        .never_says(&ENGLISH);
    refused(true, "discover", &["--outcome", "jobs"])
        .says(&["請以 --threshold 給出抽樣須達到的水平"])
        .never_says(&ENGLISH);
}

#[test]
fn the_english_refusals_say_what_they_said_and_suggest_one_number() {
    // A whole measure is suggested as its amount, a lever group as its first
    // dial: --vary varies one number, so the suggestion must be one it takes.
    refused(false, "sweep", &["--vary", "rd.grants=0..10:1"]).says(&[
        "--vary rd.grants=0..10:1: `rd.grants` names no lever or measure (did you mean `rd_grants.amount`?); its measures are rent_subsidy,",
        "; expected GROUP.FIELD=FROM..TO:STEP",
    ]);
    refused(false, "sweep", &["--vary", "zoen=0..10:1"])
        .says(&["(did you mean `zone.profits_tax_concession_pp`?)"]);
    refused(false, "seek", &["--bound", "rd_grants.amount=50..10"])
        .says(&["--bound rd_grants.amount=50..10: expected 0 <= LO <= HI <= 100 (HK$ bn/yr)"]);
    // `seek --levers` takes groups: there the group itself is suggested.
    refused(false, "seek", &["--levers", "zoen"]).says(&["(did you mean `zone`?)"]);
}

#[test]
fn flags_that_do_not_go_together_and_unwritable_names_are_refused_in_chinese() {
    let dir = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
    let at = |name: &str| dir.path().join(name).display().to_string();
    let (docx, png, xlsx, new) = (at("r.docx"), at("c.pdf"), at("o.xlsx"), at("new.toml"));
    let cases: Vec<(Vec<&str>, &str)> = vec![
        (
            vec![
                "eval",
                BLUEPRINT,
                "--uncertainty",
                "--format",
                "xlsx",
                "-o",
                &xlsx,
            ],
            "--format xlsx 不能與 --uncertainty 同用",
        ),
        (
            vec!["eval", BLUEPRINT, "--format", "json", "-o", &xlsx],
            "是 Excel 活頁簿，但指定了 --format json",
        ),
        (
            vec!["eval", BLUEPRINT, "--excel"],
            "--excel（為 Excel 加上位元組順序標記）只適用於 --format csv",
        ),
        (
            vec!["compare", BLUEPRINT, BLUEPRINT, "-o", &docx],
            "compare -o 寫出 Excel 活頁簿",
        ),
        (
            vec!["report", BLUEPRINT, "-o", &docx],
            "提示：先寫 Markdown 再轉換",
        ),
        (
            vec!["chart", BLUEPRINT, "-o", &png],
            "提示：如要 PDF，請先寫 SVG 再轉換",
        ),
        (vec!["check", "-", "-"], "`-`（標準輸入）出現多於一次"),
    ];
    for (args, chinese) in cases {
        let mut all = vec!["--lang", "zh-Hant"];
        all.extend(args);
        run(&all).exits(2).says(&[chinese]).never_says(&[
            "cannot",
            "applies to",
            "help:",
            "needs at least",
        ]);
    }
    run(&["--lang", "zh-Hant", "new", &new])
        .exits(0)
        .says(&["已寫出"]);
    run(&["--lang", "zh-Hant", "new", &new])
        .exits(2)
        .says(&["已存在，予以保留"])
        .never_says(&["exists and is kept"]);
}

/// English of the argument parser's own refusals, which a Chinese refusal of
/// a command line must not keep.
const PARSER_ENGLISH: [&str; 9] = [
    "invalid value",
    "expected",
    "unexpected argument",
    "For more information",
    "Usage:",
    "tip:",
    "required",
    "error:",
    "a value is required",
];

#[test]
fn every_option_s_own_refusal_of_a_value_is_worded_in_chinese() {
    let cases: [(&str, &[&str], &str); 15] = [
        (
            "eval",
            &["--uncertainty", "--draws", "abc"],
            "--draws <N> 的值 `abc` 不獲接受：應為 1 至 1000000 的整數",
        ),
        (
            "sensitivity",
            &["--method", "sobol", "--samples", "8"],
            "應為 16 至 65536 的整數",
        ),
        (
            "discover",
            &["--threshold", "1", "--alpha", "0.5"],
            "應為 0.01 至 0.2 的比例（通常為 0.05）",
        ),
        (
            "discover",
            &["--threshold", "1", "--max-quasi-p", "2"],
            "應為 0.001 至 1 的機率（通常為 0.05）",
        ),
        (
            "discover",
            &["--threshold", "1", "--min-coverage", "0"],
            "應為 0.05 至 1 的比例（通常為 0.8）",
        ),
        (
            "discover",
            &["--threshold", "1", "--boxes", "3"],
            "應為 1 至 2 的整數",
        ),
        (
            "discover",
            &["--threshold", "x"],
            "--threshold <LEVEL> 的值 `x` 不獲接受：應為數字",
        ),
        (
            "seek",
            &["--target-share", "2", "--confidence", "1"],
            "應為大於 0 而小於 1 的機率，例如 0.8",
        ),
        (
            "brief",
            &["-o", "b.md", "--threshold", "101"],
            "應為佔本地生產總值的百分比，0 至 100（例如 1 或 2.5）",
        ),
        (
            "chart",
            &["-o", "c.svg", "--scale", "9"],
            "應為 1 至 4 的數字（例如列印用 3）",
        ),
        (
            "chart",
            &["-o", "c.svg", "--width", "50"],
            "--width <WIDTH> 的值 `50` 不獲接受：應為 200 至 4000 的整數",
        ),
        (
            "chart",
            &["-o", "c.svg", "--ylim", "6,0"],
            "應為「下限,上限」，下限小於上限（例如 0,6）",
        ),
        (
            "chart",
            &["-o", "c.svg", "--target-line", "maybe"],
            "應為 auto、on 或 off",
        ),
        (
            "sweep",
            &["--shard", "0/3"],
            "應為 K/N，1 <= K <= N，例如 2/8 即八份中的第二份",
        ),
        (
            "sweep",
            &["--shard", "1/2000000"],
            "N 最多為 1000000（現為 2000000）",
        ),
    ];
    for (command, args, chinese) in cases {
        refused(true, command, args)
            .says(&[chinese, &format!("詳情請執行 `levers {command} --help`。")])
            .never_says(&PARSER_ENGLISH);
    }
}

#[test]
fn the_parser_s_own_refusals_are_worded_in_chinese() {
    refused(true, "eval", &["--frobnicate"])
        .says(&[
            "錯誤：沒有 `--frobnicate` 這個選項",
            "提示：有名稱相近的選項：`--format`",
            "用法：levers eval",
            "詳情請執行 `levers eval --help`。",
        ])
        .never_says(&PARSER_ENGLISH);
    refused(true, "sensitivity", &["--outcome", "nope"])
        .says(&["--outcome <OUTCOME> 不接受 `nope`；可用的值：share, jobs"])
        .never_says(&PARSER_ENGLISH);
    refused(true, "eval", &["--uncertainty", "--seed", "x"])
        .says(&["--seed <S> 的值 `x` 不獲接受：可接受的值見其說明"])
        .never_says(&PARSER_ENGLISH);
    refused(true, "eval", &["--format"])
        .says(&["--format <FORMAT> 需要一個值"])
        .never_says(&PARSER_ENGLISH);
    run(&["--lang", "zh-Hant", "seek"])
        .exits(2)
        .says(&["錯誤：缺少：--target-share <PCT>, --by <YEAR>"])
        .never_says(&PARSER_ENGLISH);
    run(&["--lang=zh-Hant", "evl"])
        .exits(2)
        .says(&[
            "錯誤：沒有 `evl` 這個命令（也沒有這個名稱的檔案）",
            "提示：是否指 `levers eval`？",
        ])
        .never_says(&PARSER_ENGLISH);
    run(&["--lang", "zh-Hant", "frobnicate", "x"])
        .exits(2)
        .says(&["沒有 `frobnicate` 這個命令", "命令有：tui, eval, check"])
        .never_says(&PARSER_ENGLISH);
}

#[test]
fn in_english_the_parser_words_its_refusals_and_options_say_what_they_expect() {
    refused(false, "chart", &["-o", "c.svg", "--width", "50"]).says(&[
        "error: invalid value '50' for '--width <WIDTH>': expected a whole number from 200 to 4000",
        "For more information, try '--help'.",
    ]);
    refused(false, "discover", &["--threshold", "x"])
        .says(&["invalid value 'x' for '--threshold <LEVEL>': expected a number"]);
    refused(false, "eval", &["--frobnicate"])
        .says(&["error: unexpected argument '--frobnicate' found", "tip:"]);
    run(&["evl"]).exits(2).says(&[
        "error: unrecognised subcommand `evl` (and no file of that name)\n  help: did you mean `levers eval`?\n  For more information, try `levers --help`.",
    ]);
}
