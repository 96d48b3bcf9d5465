//! `levers seek` under `--lang zh-Hant`: `--best`'s sentence and the names
//! and descriptions of the packages it writes (found, robust, closest,
//! highest) are Chinese; in English they read as before.

use crate::support::{Run, run};

/// `levers [LANG…] seek ARGS… -o DIR/sought.toml`: what it said, its exit
/// code, and the file it wrote.
fn seek_to_file(lang: &[&str], args: &[&str]) -> (Run, String) {
    let dir = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
    let out = dir.path().join("sought.toml").display().to_string();
    let mut all = lang.to_vec();
    all.push("seek");
    all.extend(args);
    all.extend(["-o", &out]);
    let result = run(&all);
    let written =
        std::fs::read_to_string(&out).unwrap_or_else(|e| panic!("{e}: {}", result.stderr));
    (result, written)
}

const ZH: &[&str] = &["--lang", "zh-Hant"];

/// English a zh-Hant seek used to leave in what it says and writes.
const SEEK_ENGLISH: [&str; 6] = [
    "Best reachable",
    "what binds",
    "Cheapest package",
    "Closest package",
    "Highest share",
    " of draws",
];

fn assert_no_seek_english(text: &str) {
    let left = SEEK_ENGLISH.map(|w| text.contains(w).then_some(w));
    assert_eq!(left, [None; 6], "English left:\n{text}");
}

#[test]
fn seek_best_says_and_names_the_highest_share_in_chinese() {
    let args = ["--best", "--by", "2030", "--levers", "rd"];
    let (zh, written) = seek_to_file(ZH, &args);
    assert_eq!(zh.code, Some(0), "{}", zh.stderr);
    let sentence = zh
        .stderr
        .lines()
        .find(|l| l.starts_with("可達到的最高比重：2030 年製造業佔本地生產總值 "))
        .unwrap_or_else(|| panic!("{}", zh.stderr));
    assert!(
        sentence.contains("限制因素：企業對研發資助的需求（實際使用少於所提供）。"),
        "{sentence}"
    );
    assert!(
        written.contains("name = \"於 2030 年前可達到最高比重的方案\""),
        "{written}"
    );
    assert!(
        written.contains(&format!("description = \"{sentence}\"")),
        "{written}"
    );
    assert_no_seek_english(&zh.stderr);
    assert_no_seek_english(&written);

    let (en, written) = seek_to_file(&[], &args);
    assert!(en.stderr.contains("Best reachable: "), "{}", en.stderr);
    assert!(
        written.contains("name = \"Highest share reachable by 2030\""),
        "{written}"
    );
}

#[test]
fn the_cheapest_and_the_closest_package_are_named_in_chinese() {
    let (found, written) = seek_to_file(ZH, &["--target-share", "1", "--by", "2032"]);
    assert_eq!(found.code, Some(0), "{}", found.stderr);
    assert!(
        written.contains("name = \"於 2032 年前達到 1% 的最低成本方案\""),
        "{written}"
    );
    assert!(written.contains("description = \"已找到："), "{written}");
    assert_no_seek_english(&written);

    let (closest, written) = seek_to_file(
        ZH,
        &["--target-share", "5", "--by", "2032", "--levers", "rd"],
    );
    assert_eq!(closest.code, Some(2), "{}", closest.stderr);
    assert!(
        written.contains("name = \"最接近於 2032 年前達到 5% 的方案\""),
        "{written}"
    );
    assert!(written.contains("description = \"無法達標："), "{written}");
    assert_no_seek_english(&written);

    let (en, written) = seek_to_file(&[], &["--target-share", "1", "--by", "2032"]);
    assert_eq!(en.code, Some(0), "{}", en.stderr);
    assert!(
        written.contains("name = \"Cheapest package for 1% by 2032\""),
        "{written}"
    );
}

#[test]
fn the_robust_package_is_named_with_its_confidence_in_chinese() {
    let args = [
        "--target-share",
        "0.65",
        "--by",
        "2032",
        "--levers",
        "rd,zone",
        "--confidence",
        "0.8",
        "--draws",
        "40",
    ];
    let (zh, written) = seek_to_file(ZH, &args);
    assert_eq!(zh.code, Some(0), "{}", zh.stderr);
    assert!(
        written.contains("name = \"在 80% 的抽樣中於 2032 年前達到 0.65% 的最低成本方案\""),
        "{written}"
    );
    assert_no_seek_english(&written);
    assert_no_seek_english(&zh.stderr);
}
