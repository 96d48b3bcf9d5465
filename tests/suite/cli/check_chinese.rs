//! `levers check --lang zh-Hant`: a rule's problem is worded by the Chinese
//! catalogue — what is wrong, what was expected, the suggestion — with the
//! same place in the file as in English.

use std::fs;

use crate::support::package::Package;
use crate::support::run;

/// A format-2 package whose rent subsidy (95 %) is above the rule's 90 %.
const RENT_95: &str = "format = 2\nname = \"Rent 95\"\n\n[measures.rent]\nkind = \"rent_subsidy\"\namount = 95\nstart = 2026\n";

#[test]
fn a_rent_subsidy_of_95_is_refused_in_chinese() {
    let dir = tempfile::tempdir().expect("temp dir");
    let path = dir.path().join("rent.toml");
    fs::write(&path, RENT_95).expect("written");
    let file = path.display().to_string();

    let chinese = run(&["--lang", "zh-Hant", "check", &file]);
    assert_eq!(chinese.code, Some(2), "{}", chinese.stderr);
    assert_eq!(
        chinese.stderr,
        format!(
            "{file}:6:10: 錯誤：`measures.rent.amount`: rent_subsidy 措施的租金補貼 95 超出範圍\n  |\n6 | amount = 95\n  |          ^^\n  |\n  = 應為：0 至 90 之間的數字（%）\n"
        )
    );

    let english = run(&["check", &file]);
    assert_eq!(english.code, Some(2));
    assert_eq!(
        english.stderr,
        format!(
            "{file}:6:10: error: `measures.rent.amount`: Rent subsidy 95 is out of range for a rent_subsidy measure\n  |\n6 | amount = 95\n  |          ^^\n  |\n  = expected: a number from 0 to 90 (%)\n"
        )
    );
}

#[test]
fn an_unknown_key_its_suggestion_and_a_format_1_rule_are_in_chinese_too() {
    let dir = tempfile::tempdir().expect("temp dir");
    let path = dir.path().join("typo.toml");
    let text = RENT_95.replace("amount = 95", "amount = 5\nstrat = 2026");
    fs::write(&path, text).expect("written");
    let typo = run(&["--lang", "zh-Hant", "check", &path.display().to_string()]);
    assert_eq!(typo.code, Some(2));
    assert!(
        typo.stderr.contains("提示：是否指 `start`？"),
        "{}",
        typo.stderr
    );
    assert!(
        typo.stderr
            .contains("錯誤：`measures.rent.strat`: [measures.rent] 中未知的鍵 `strat`"),
        "{}",
        typo.stderr
    );
    for english in ["did you mean", "unknown key", "one of"] {
        assert!(!typo.stderr.contains(english), "{english}: {}", typo.stderr);
    }

    let fixture = "tests/fixtures/invalid/boundary-rent-above-max.toml";
    let old = run(&["--lang", "zh-Hant", "check", fixture]);
    assert_eq!(old.code, Some(2));
    assert!(
        old.stderr.contains(
            ":5:20: 錯誤：`levers.land.rent_subsidy_pct`: rent_subsidy 措施的租金補貼 90.00000000000001 超出範圍"
        ),
        "{}",
        old.stderr
    );
    for english in ["out of range", "expected", "a number"] {
        assert!(!old.stderr.contains(english), "{english}: {}", old.stderr);
    }
}

/// `text` as a package checked in Chinese: refused, saying each of `words`
/// and none of the `english` ones. The package is returned, for more checks.
fn refused_in_chinese(text: &str, words: &[&str], english: &[&str]) -> Package {
    let package = Package::text("package.toml", text);
    package
        .run(&["--lang", "zh-Hant", "check", "{package}"])
        .exits(2)
        .says(words)
        .never_says(english);
    package
}

#[test]
fn an_unknown_kind_and_an_unknown_eligibility_are_refused_in_chinese() {
    let text = RENT_95
        .replace("rent_subsidy", "rent_subsidx")
        .replace("amount = 95", "amount = 5\neligible = \"new_plant\"");
    refused_in_chinese(
        &text,
        &[
            "錯誤：`measures.rent.kind`: 未知的值 \"rent_subsidx\"",
            "提示：是否指 `rent_subsidy`？",
            "錯誤：`measures.rent.eligible`: 未知的值 \"new_plant\"",
            "應為：all_firms, new_plants 其中之一",
            "提示：是否指 `new_plants`？",
        ],
        &["unknown", "did you mean", "one of"],
    );
}

#[test]
fn a_value_of_the_wrong_type_and_a_missing_key_are_refused_in_chinese() {
    let package = refused_in_chinese(
        "format = 2\nname = \"Types\"\nhorizon = \"2030\"\n\n[measures.rent]\namount = 5\nstart = 2025.5\n",
        &[
            ":3:11: 錯誤：`horizon`: 找到文字（\"2030\"）",
            "應為：2024 至 2060 年之間的年份",
            "錯誤：`measures.rent.kind`: [measures.rent] 中缺少鍵 `kind`",
            "應為：rent_subsidy, land_release",
            ":7:9: 錯誤：`measures.rent.start`: 找到小數（2025.5）",
            "應為：2024 年至推算終結年之間的年份",
        ],
        &["found", "missing", "a year", "one of"],
    );
    // The same file in English says the same, in the same places.
    package.check().exits(2).says(&[
        ":3:11: error: `horizon`: found text (\"2030\")",
        "expected: a year from 2024 to 2060",
        "missing key `kind` in [measures.rent]",
        ":7:9: error: `measures.rent.start`: found a float (2025.5)",
    ]);
}

#[test]
fn a_schedule_key_a_ramp_and_an_unknown_assumption_are_refused_in_chinese() {
    refused_in_chinese(
        "format = 2\nname = \"x\"\n[measures.m]\nkind = \"rd_grants\"\namount = { soon = 2 }\nramp_years = -1\n[assumptions]\nnev.grwth = 0.1\n",
        &[
            "時間表的鍵 `soon` 不是年份",
            "-1 年的漸進期超出範圍",
            "未知的參數 `nev.grwth`",
            "提示：是否指 `nev.growth`？",
        ],
        &["is not a year", "out of range", "unknown parameter"],
    );
}

#[test]
fn check_and_summary_warn_of_rate_measures_stacked_above_the_kinds_maximum() {
    let dir = tempfile::tempdir().expect("temp dir");
    let file = dir.path().join("two-rents.toml");
    let text = "format = 2\nname = \"Two rents\"\n\
        [measures.rent_a]\nkind = \"rent_subsidy\"\namount = 55.0\nstart = 2025\n\
        [measures.rent_b]\nkind = \"rent_subsidy\"\namount = 55.0\nstart = 2025\n";
    std::fs::write(&file, text).expect("written");
    let file = file.display().to_string();
    for (lang, said) in [
        (
            "en",
            "Warning: Rent subsidy: the measures of this kind add up to 110% from 2025",
        ),
        (
            "zh-Hant",
            "注意：租金補貼：同類措施自 2025 年起在部分行業合計達 110%",
        ),
    ] {
        for command in ["check", "summary"] {
            let run = crate::support::run(&["--lang", lang, command, &file]);
            run.exits(0);
            let all = format!("{}{}", run.stdout, run.stderr);
            assert!(all.contains(said), "{lang} {command}: {all}");
        }
    }
}
