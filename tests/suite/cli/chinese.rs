//! Traditional Chinese (`--lang zh-Hant`, or `lang` in the settings file):
//! charts with CJK text drawn as glyphs in PNG and named with a CJK font list
//! in SVG, translated table headers, summaries and report headings; English
//! stays the default, and machine outputs are never translated.

use std::fs;

use crate::support::package::{BLUEPRINT, MEASURES, Package};
use crate::support::{levers, run};

/// The land-led package named `新型工業化 方案A`.
fn chinese_package() -> Package {
    Package::example("policies/land-led.toml")
        .named("new.toml")
        .set("name", "新型工業化 方案A")
}

fn decode(bytes: &[u8]) -> (u32, u32, Vec<u8>) {
    let decoder = png::Decoder::new(std::io::Cursor::new(bytes));
    let mut reader = decoder.read_info().expect("PNG");
    let mut pixels = vec![0; reader.output_buffer_size().expect("size")];
    let info = reader.next_frame(&mut pixels).expect("decodes");
    (info.width, info.height, pixels)
}

/// Dark pixels (text) in the rows `rows` of an RGB image.
fn dark_in(pixels: &[u8], width: u32, rows: std::ops::Range<u32>) -> usize {
    rows.flat_map(|y| (0..width).map(move |x| (x, y)))
        .filter(|(x, y)| {
            let i = (*y as usize * width as usize + *x as usize) * 3;
            pixels[i..i + 3].iter().map(|c| u32::from(*c)).sum::<u32>() < 250
        })
        .count()
}

#[test]
fn a_chinese_png_chart_draws_its_title_and_names_in_glyphs() {
    let package = chinese_package();
    let png = [
        "--lang",
        "zh-Hant",
        "chart",
        "{package}",
        "-o",
        "{dir}/chart.png",
    ];
    package.run(&png).exits(0);
    let (width, _, pixels) = decode(&fs::read(package.beside("chart.png")).expect("written"));
    // The title band holds the Chinese title: strokes, not empty.
    let title = dark_in(&pixels, width, 0..40);
    assert!(title > 300, "no title drawn: {title} dark pixels");

    // The same chart as SVG names the title and the package in Chinese, with
    // a CJK font list for viewers.
    let svg = package.run(&["--lang", "zh-Hant", "chart", "{package}", "-o", "-"]);
    let svg = svg.stdout;
    let document = roxmltree::Document::parse(&svg).expect("XML");
    let texts: Vec<&str> = document
        .descendants()
        .filter(|n| n.tag_name().name() == "text")
        .filter_map(|n| n.text().map(str::trim))
        .collect();
    for text in [
        "製造業佔本地生產總值百分比（%）",
        "新型工業化 方案A",
        "年份",
    ] {
        assert!(texts.contains(&text), "{text}: {texts:?}");
    }
    assert!(texts.iter().any(|t| t.starts_with("資料來源")), "{texts:?}");
    assert!(svg.contains("Noto Sans TC") && svg.contains("Microsoft JhengHei"));
}

#[test]
fn distinct_chinese_names_draw_distinct_pictures() {
    // Two packages whose names differ only in their Chinese characters (same
    // length, same style: both are the status quo): with boxes for missing
    // glyphs the two PNGs would be the same.
    let mut pictures = Vec::new();
    for name in ["現狀 新型工業化", "現狀 舊式製造業"] {
        let package = Package::example("policies/status-quo.toml").set("name", name);
        package
            .run(&["chart", "{package}", "-o", "{dir}/c.png"])
            .exits(0);
        pictures.push(fs::read(package.beside("c.png")).expect("written"));
    }
    assert!(
        pictures[0] != pictures[1],
        "different names, the same picture"
    );
}

/// The brackets levers writes around a file name or a change follow the
/// language (full-width in Chinese, `brackets.rs`); a package's own name is
/// shown as written, half-width brackets and all.
#[test]
fn our_brackets_are_full_width_in_chinese_and_a_name_keeps_its_own() {
    let file = "policies/announced.toml";
    let chinese = run(&["--lang", "zh-Hant", "eval", file]);
    assert_eq!(chinese.code, Some(0), "{}", chinese.stderr);
    let heading = chinese.stdout.lines().next().unwrap_or_default();
    assert_eq!(heading, format!("Announced measures (2024–)（{file}）"));
    let english = run(&["eval", file]);
    let heading = english.stdout.lines().next().unwrap_or_default();
    assert_eq!(heading, format!("Announced measures (2024–) ({file})"));
    // A change beside a value in compare's table.
    let compare = run(&[
        "--lang",
        "zh-Hant",
        "compare",
        "policies/status-quo.toml",
        file,
    ]);
    assert_eq!(compare.code, Some(0), "{}", compare.stderr);
    assert!(compare.stdout.contains("（+"), "{}", compare.stdout);
    assert!(!compare.stdout.contains(" (+"), "{}", compare.stdout);
}

#[test]
fn report_headings_and_the_html_language_follow_the_choice_and_json_never_does() {
    let text = zh_report(&["policies/blueprint-2032.toml"]);
    for heading in [
        "## 摘要",
        "## 主要結果",
        "## 圖表",
        "![製造業就業人數（所有廠房）]",
    ] {
        assert!(text.contains(heading), "{heading}: {text}");
    }

    let html = run(&[
        "--lang",
        "zh-Hant",
        "report",
        "policies/blueprint-2032.toml",
        "--html",
        "-o",
        "-",
    ]);
    assert!(
        html.stdout.contains("<html lang=\"zh-Hant\">"),
        "{}",
        &html.stdout[..200.min(html.stdout.len())]
    );
    assert!(
        run(&[
            "report",
            "policies/blueprint-2032.toml",
            "--html",
            "-o",
            "-"
        ])
        .stdout
        .contains("<html lang=\"en\">")
    );

    // JSON keys stay the same in every language.
    let json = run(&[
        "--lang",
        "zh-Hant",
        "eval",
        "policies/land-led.toml",
        "--format",
        "json",
    ]);
    let english_json = run(&["eval", "policies/land-led.toml", "--format", "json"]);
    assert_eq!(json.stdout, english_json.stdout);
}

#[test]
fn the_settings_file_chooses_the_language_and_the_flag_wins() {
    let dir = tempfile::tempdir().expect("temp dir");
    let settings = dir.path().join("settings.toml");
    // `levers ARGS eval policies/land-led.toml` with the settings folder.
    let eval_with = |args: &[&str]| {
        let output = levers()
            .env("LEVERS_CONFIG_DIR", dir.path())
            .args(args)
            .args(["eval", "policies/land-led.toml"])
            .output()
            .expect("runs");
        let stdout = String::from_utf8_lossy(&output.stdout).into_owned();
        let stderr = String::from_utf8_lossy(&output.stderr).into_owned();
        (output.status.code(), stdout, stderr)
    };
    fs::write(&settings, "lang = \"zh-Hant\"\n").expect("written");
    assert!(eval_with(&[]).1.contains("年份"));
    assert!(eval_with(&["--lang", "en"]).1.contains("mfg % GDP"));

    fs::write(&settings, "lang = \"zh-Hans\"\n").expect("written");
    let (code, _, message) = eval_with(&[]);
    assert_eq!(code, Some(2));
    assert!(
        message.contains("settings.toml:1:8") && message.contains("zh-Hant"),
        "{message}"
    );

    let bad_flag = run(&["--lang", "fr", "eval", "policies/land-led.toml"]);
    bad_flag.exits(2).says(&["zh-Hant"]);
}

/// English of the catalogue's English side that must not be left in zh-Hant
/// text output (package names, file names, parameter keys and cited sources
/// are the user's or the data's words and may stay).
const ENGLISH_WORDS: [&str; 18] = [
    "Comparing",
    "What changes",
    "not used",
    "Share of GDP",
    "Public purse",
    "window",
    "cash outlay",
    "tax forgone",
    "Year by year",
    "To the horizon",
    "HK$",
    " bn",
    "never",
    "a year",
    "of rent",
    "budget cap",
    "per job",
    "Budget cap",
];

/// Fails listing the English words of [`ENGLISH_WORDS`] left in `text`.
fn assert_no_english(text: &str) {
    let left: Vec<&str> = ENGLISH_WORDS
        .iter()
        .copied()
        .filter(|w| text.contains(w))
        .collect();
    assert!(
        left.is_empty(),
        "English left in zh-Hant output: {left:?}\n{text}"
    );
}

#[test]
fn the_chinese_comparison_lines_up_and_the_summary_states_the_cost_per_job() {
    let compare = run(&[
        "--lang",
        "zh-Hant",
        "compare",
        "policies/status-quo.toml",
        "policies/blueprint-2032.toml",
    ]);
    assert_eq!(compare.code, Some(0), "{}", compare.stderr);
    // The header lines up with the rows in terminal columns: the first
    // package's title ends where its figures do.
    let lines: Vec<&str> = compare.stdout.lines().collect();
    let header = lines
        .iter()
        .find(|l| l.contains("Status quo") && l.contains("Blueprint 2032") && !l.contains("比較"))
        .expect("a header");
    let row = lines
        .iter()
        .find(|l| l.starts_with("推算期至"))
        .expect("the horizon row");
    let column = |line: &str, text: &str| {
        line.find(text)
            .map(|at| unicode_width::UnicodeWidthStr::width(&line[..at]))
    };
    assert_eq!(
        column(header, "Status quo"),
        column(row, "2035"),
        "{header}\n{row}"
    );

    let summary = run(&[
        "--lang",
        "zh-Hant",
        "summary",
        "policies/blueprint-2032.toml",
    ]);
    // The cost per net job to the target year, as the fiscal accounts give it.
    let per_job = crate::support::json(&[
        "eval",
        "policies/blueprint-2032.toml",
        "--format",
        "json",
    ])["fiscal"]["to_target_year"]["per_job"]["cost_per_net_job_hkd"]
        .as_f64()
        .expect("cost per net job");
    let words = format!(
        "每個淨職位成本 {}",
        levers_report::format::money(levers_report::i18n::Lang::ZhHant, per_job)
    );
    assert!(
        summary.stdout.contains(&words),
        "{words}: {}",
        summary.stdout
    );
    assert_no_english(&summary.stdout);
}

#[test]
fn the_chinese_backtest_header_stands_over_its_columns() {
    let backtest = run(&["--lang", "zh-Hant", "backtest"]);
    backtest.exits(0);
    // Every column is right-aligned, so the header ends where each row does,
    // counted in terminal columns (a Chinese character takes two).
    let width = unicode_width::UnicodeWidthStr::width;
    let lines: Vec<&str> = backtest.stdout.lines().collect();
    assert!(lines[1].contains("年"), "{}", lines[1]);
    for row in &lines[2..10] {
        assert_eq!(width(lines[1]), width(row), "{}\n{row}", lines[1]);
    }
}

#[test]
fn the_report_body_and_its_tables_are_in_chinese() {
    let text = zh_report(&[
        "policies/blueprint-2032.toml",
        "--against",
        "policies/status-quo.toml",
    ]);
    for words in [
        "本報告由 levers",
        "## 與Status quo比較",
        "## 公帑",
        "| 措施 | 類別 | 數額 | 開始 |",
        "| 租金補貼 | 租金補貼 | 租金的 50% | 2025 |",
        "十億港元／年",
        "製造業佔本地生產總值（%）",
        "首五個行業為製造業",
        "沙普利值",
        "資料來源：HM Treasury",
        "資金來源：儲備",
    ] {
        assert!(text.contains(words), "{words}:\n{text}");
    }
    // The assumptions' cited sources (the last section) and the measures'
    // keys are data; the rest of the body is scanned for the catalogue's English.
    let body: String = text
        .split("## 現行假設")
        .next()
        .unwrap_or_default()
        .lines()
        .filter(|l| !l.starts_with("| ") || !l.contains('_'))
        .collect::<Vec<_>>()
        .join("\n");
    assert!(text.contains("## 現行假設"), "{text}");
    assert_no_english(&body);
    for sentence in [
        "A report by levers",
        "Public purse",
        "The first five sectors",
        "How much of each outcome",
        "Target: 5% of GDP",
    ] {
        assert!(!body.contains(sentence), "{sentence} left:\n{body}");
    }
}

#[test]
fn the_changes_between_two_packages_are_told_in_chinese() {
    let changed = Package::blueprint()
        .set("horizon", 2040)
        .set("budget.funding", "borrowing");
    let zh = changed.run(&["--lang", "zh-Hant", "diff", BLUEPRINT, "{package}"]);
    for words in ["推算期：2035 → 2040", "資金來源：儲備 → 借貸"] {
        assert!(zh.stdout.contains(words), "{words}:\n{}", zh.stdout);
    }
    let en = changed.run(&["diff", BLUEPRINT, "{package}"]);
    assert!(
        en.stdout.contains("Funding: reserves → borrowing"),
        "{}",
        en.stdout
    );

    // A format-2 package: a measure's amount.
    let measures = Package::measures().set("measures.san_tin_land.amount", 30.0);
    let zh = measures.run(&["--lang", "zh-Hant", "diff", MEASURES, "{package}"]);
    assert!(
        zh.stdout
            .contains("San Tin Technopole I&T land：每年 25 公頃 → 每年 30 公頃"),
        "{}",
        zh.stdout
    );
}

/// `levers --lang zh-Hant report ARGS -o r.md` (exit 0 asserted), and the
/// Markdown it wrote.
fn zh_report(args: &[&str]) -> String {
    let dir = tempfile::tempdir().expect("temp dir");
    let out = dir.path().join("r.md");
    let out_text = out.display().to_string();
    let mut all = vec!["--lang", "zh-Hant", "report"];
    all.extend_from_slice(args);
    all.extend_from_slice(&["-o", &out_text]);
    let report = run(&all);
    assert_eq!(report.code, Some(0), "{}", report.stderr);
    fs::read_to_string(&out).expect("written")
}

/// The listed wording defects: tax forgone is 稅收損失 (not 稅收, revenue),
/// the KPI is per *net* job, and whole amounts have no `.0`.
#[test]
fn the_chinese_purse_and_kpi_words_say_what_is_counted() {
    let catalogue = include_str!("../../../crates/levers-report/src/i18n/zh-Hant.ftl");
    let message = |id: &str| {
        catalogue
            .lines()
            .find_map(|l| l.strip_prefix(&format!("{id} = ")))
            .unwrap_or_else(|| panic!("no {id}"))
            .to_string()
    };
    assert_eq!(message("tui-fiscal-tax-head"), "稅收損失");
    assert_eq!(message("tui-fiscal-tax"), "稅收損失");
    assert!(message("kpi-per-job").contains('淨'));
    for id in [
        "table-share",
        "tui-share-narrow",
        "tui-share-of-gdp",
        "kpi-per-job",
    ] {
        assert!(!message(id).contains("GDP"), "{id}: {}", message(id));
    }
}

// ---- the table: each command in each language, what it must and must not say ----

/// One command, the language it is run in, and what its output (standard
/// output and error) must and must not hold.
struct Speaks {
    lang: &'static str,
    /// The command; `{dir}` is a temporary folder for what it writes.
    args: &'static [&'static str],
    shows: &'static [&'static str],
    never: &'static [&'static str],
    /// None of [`ENGLISH_WORDS`] may be left (Chinese rows).
    all_chinese: bool,
    /// The words are looked for on standard error (a command that writes a
    /// file says what it did there), not on standard output.
    on_stderr: bool,
}

const SPEAKS: &[Speaks] = &[
    Speaks {
        lang: "zh-Hant",
        args: &["eval", "policies/land-led.toml"],
        shows: &["年份", "製造業佔本地生產總值%", "製造業就業人數", "目標"],
        // Every word of the table in Chinese: GDP is 本地生產總值.
        never: &["GDP"],
        all_chinese: false,
        on_stderr: false,
    },
    Speaks {
        lang: "en",
        args: &["eval", "policies/land-led.toml"],
        shows: &["mfg % GDP"],
        never: &["年份"],
        all_chinese: false,
        on_stderr: false,
    },
    Speaks {
        lang: "zh-Hant",
        args: &["eval", BLUEPRINT],
        shows: &[
            "公帑，十億港元",
            "現金支出",
            "至推算期末按措施計",
            "逐年",
            "每職位淨成本",
            "億港元",
        ],
        never: &[],
        all_chinese: true,
        on_stderr: false,
    },
    Speaks {
        lang: "en",
        args: &["eval", BLUEPRINT],
        shows: &["Public purse, HK$ bn"],
        never: &[],
        all_chinese: false,
        on_stderr: false,
    },
    Speaks {
        lang: "zh-Hant",
        args: &["summary", BLUEPRINT],
        shows: &["本方案", "本地生產總值"],
        // Whole amounts are written whole.
        never: &[".0億", ".0萬"],
        all_chinese: true,
        on_stderr: false,
    },
    Speaks {
        lang: "zh-Hant",
        args: &["compare", "policies/status-quo.toml", BLUEPRINT],
        shows: &[
            "比較 2 個方案",
            "預算上限（開支）",
            "每年 600億港元",
            "首次達標年份",
            "從未",
            "由 Status quo 改為 Blueprint 2032 的變化",
            "租金補貼：租金的 0% → 2025 年起租金的 50%",
            "輸入人才：每年 0 人 → 2025 年起每年 30,000 人",
        ],
        never: &[],
        all_chinese: true,
        on_stderr: false,
    },
    Speaks {
        lang: "zh-Hant",
        args: &["explain", BLUEPRINT],
        shows: &[
            "各項措施的貢獻",
            "目標年份製造業佔本地生產總值",
            "租金補貼",
            "個百分點",
            "沙普利值",
        ],
        never: &["What each lever gives"],
        all_chinese: true,
        on_stderr: false,
    },
    Speaks {
        lang: "zh-Hant",
        args: &["sensitivity", BLUEPRINT],
        shows: &[
            "敏感度 — Blueprint 2032",
            "措施或假設",
            "低 ← 本方案 → 高",
            "租金補貼（rent_subsidy.amount）", // our brackets full-width (brackets.rs)
            "比例／年",
        ],
        never: &["fraction"],
        all_chinese: false,
        on_stderr: false,
    },
    Speaks {
        lang: "zh-Hant",
        args: &[
            "seek",
            "--target-share",
            "1",
            "--by",
            "2032",
            "-o",
            "{dir}/found.toml",
        ],
        shows: &["已找到：2032 年製造業佔本地生產總值", "億港元"],
        never: &["Found:"],
        all_chinese: false,
        on_stderr: true,
    },
    Speaks {
        lang: "zh-Hant",
        args: &["backtest"],
        shows: &["回溯測試", "實際／推算", "平均絕對誤差", "校準"],
        never: &[],
        all_chinese: false,
        on_stderr: false,
    },
    Speaks {
        lang: "zh-Hant",
        args: &["assumptions"],
        shows: &["參數", "資料來源", "比率", "[A] = 假設"],
        never: &[],
        all_chinese: false,
        on_stderr: false,
    },
    Speaks {
        lang: "zh-Hant",
        args: &["eval", BLUEPRINT, "--uncertainty", "--draws", "40"],
        shows: &[
            "：不確定性",
            "達到目標（2032 年前佔本地生產總值 5.0%）的機率",
            "比重 p10",
        ],
        never: &["Probability", "Bands:"],
        all_chinese: false,
        on_stderr: false,
    },
    Speaks {
        lang: "zh-Hant",
        args: &[
            "sensitivity",
            BLUEPRINT,
            "--method",
            "sobol",
            "--samples",
            "32",
        ],
        shows: &["全域敏感度（Sobol）", "影響最大的假設是", "一階", "總效應"],
        never: &["first order"],
        all_chinese: false,
        on_stderr: false,
    },
];

#[test]
fn every_command_in_the_table_speaks_its_language() {
    let dir = tempfile::tempdir().expect("temp dir");
    let folder = dir.path().display().to_string();
    let mut failures = Vec::new();
    for row in SPEAKS {
        let args: Vec<String> = ["--lang", row.lang]
            .iter()
            .chain(row.args)
            .map(|arg| arg.replace("{dir}", &folder))
            .collect();
        let args: Vec<&str> = args.iter().map(String::as_str).collect();
        let out = run(&args);
        let seen = if row.on_stderr {
            &out.stderr
        } else {
            &out.stdout
        };
        let what = row.args.join(" ");
        if out.code != Some(0) {
            failures.push(format!(
                "{} {what}: exit {:?}\n{}",
                row.lang, out.code, out.stderr
            ));
            continue;
        }
        for words in row.shows.iter().filter(|w| !seen.contains(*w)) {
            failures.push(format!("{} {what}: no {words:?} in\n{seen}", row.lang));
        }
        for words in row.never.iter().filter(|w| seen.contains(*w)) {
            failures.push(format!("{} {what}: {words:?} in\n{seen}", row.lang));
        }
        let english: Vec<&str> = ENGLISH_WORDS
            .iter()
            .copied()
            .filter(|w| row.all_chinese && out.stdout.contains(w))
            .collect();
        if !english.is_empty() {
            failures.push(format!("{what}: English left: {english:?}\n{}", out.stdout));
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n\n"));
}

/// A format-2 package of `count` measures, half R&D grants and half training
/// places: past the limit, the tornado swings them by kind.
fn many_measures(count: usize) -> Package {
    let mut text = String::from("format = 2\nname = \"Many\"\n");
    for i in 0..count {
        let (kind, amount) = if i % 2 == 0 {
            ("rd_grants", "0.001")
        } else {
            ("training_places", "1")
        };
        text.push_str(&format!(
            "\n[measures.s{i}]\nkind = \"{kind}\"\namount = {amount}\nstart = 2026\n"
        ));
    }
    Package::text("many.toml", &text)
}

#[test]
fn the_tornado_of_many_measures_names_each_kind_in_chinese() {
    let count = levers_core::analysis::MAX_MEASURES_SWUNG_ONE_BY_ONE + 1;
    let package = many_measures(count);
    let chinese = package.run(&["--lang", "zh-Hant", "sensitivity", "{package}"]);
    chinese.exits(0);
    for row in [
        "研發資助（所有 rd_grants 措施）",
        "培訓名額（所有 training_places 措施）",
    ] {
        assert!(
            chinese.stdout.contains(row),
            "no {row}:\n{}",
            chinese.stdout
        );
    }
    assert!(!chinese.stdout.contains("every"), "{}", chinese.stdout);
    let english = package.run(&["sensitivity", "{package}"]);
    english.exits(0);
    assert!(
        english
            .stdout
            .contains("R&D grants (every rd_grants measure)"),
        "{}",
        english.stdout
    );
}

#[test]
fn a_backtest_that_cannot_run_says_why_in_either_language() {
    // 2008 has no GDP at basic prices; 2009 has too few figures before it.
    for (year, english, chinese) in [
        (
            "2008",
            "the history has no figure for `gdp_basic_prices_hkd_bn` in 2008; choose a base year with one",
            "歷史數據沒有 `gdp_basic_prices_hkd_bn` 於 2008 年的數字",
        ),
        (
            "2009",
            "the history has fewer than two figures of `manufacturing_va_real_hkd_bn` before 2009",
            "歷史數據在 2009 年之前只有少於兩個 `manufacturing_va_real_hkd_bn` 的數字",
        ),
    ] {
        run(&["backtest", "--base-year", year])
            .exits(2)
            .says(&[english]);
        run(&["--lang", "zh-Hant", "backtest", "--base-year", year])
            .exits(2)
            .says(&[chinese])
            .never_says(&["history", "choose"]);
    }
}

/// A base year at or after the history's last year leaves nothing observed
/// to set the projection beside: `backtest --base-year 2023` was an internal
/// error (exit 1) about the embedded history package's horizon, and with
/// `--policy` a table of "no observations". It is refused as the user's
/// choice, in either language, naming the years that work.
#[test]
fn a_backtest_from_the_last_year_of_history_or_later_is_refused_as_a_usage_error() {
    for args in [
        &["backtest", "--base-year", "2023"][..],
        &["backtest", "--base-year", "2030"],
        &[
            "backtest",
            "--base-year",
            "2023",
            "--policy",
            "policies/land-led.toml",
        ],
    ] {
        run(args)
            .exits(2)
            .says(&[
                "nothing was observed after",
                "its outcomes end in 2023; choose a base year before 2023",
            ])
            .never_says(&["internal error"]);
        let mut chinese = vec!["--lang", "zh-Hant"];
        chinese.extend(args);
        run(&chinese)
            .exits(2)
            .says(&["年之後沒有實際數字", "請選擇 2023 年之前的基年"])
            .never_says(&["internal error", "choose"]);
    }
}

#[test]
fn every_assumptions_unit_has_chinese_words() {
    let baseline = crate::support::baseline();
    let english: Vec<String> = levers_core::ParamId::all()
        .map(|id| baseline.spec(id).unit.clone())
        .filter(|unit| levers_report::i18n::Lang::ZhHant.unit(unit) == *unit)
        .collect();
    assert!(english.is_empty(), "units left in English: {english:?}");
    let shown = run(&["--lang", "zh-Hant", "assumptions"]).stdout;
    for unit in ["jobs/ha", "HK$/worker/yr", "HK$/job/yr", "log points"] {
        assert!(!shown.contains(unit), "{unit}");
    }
}
