//! Traditional Chinese (`--lang zh-Hant`, or `lang` in the settings file):
//! charts with CJK text drawn as glyphs in PNG and named with a CJK font list
//! in SVG, translated table headers, summaries and report headings; English
//! stays the default, and machine outputs are never translated.

use std::fs;
use std::path::{Path, PathBuf};

use crate::support::{levers, output_of, run};

/// A copy of the land-led package named `新型工業化 方案A`.
fn chinese_package(dir: &Path) -> PathBuf {
    let text = fs::read_to_string("policies/land-led.toml").expect("readable");
    let renamed = text.replacen("name = \"Land-led\"", "name = \"新型工業化 方案A\"", 1);
    assert_ne!(renamed, text, "the package was renamed");
    let path = dir.join("new.toml");
    fs::write(&path, renamed).expect("written");
    path
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
    let dir = tempfile::tempdir().expect("temp dir");
    let package = chinese_package(dir.path());
    let out = dir.path().join("chart.png");
    let result = run(&[
        "--lang",
        "zh-Hant",
        "chart",
        &package.display().to_string(),
        "-o",
        &out.display().to_string(),
    ]);
    assert_eq!(result.code, Some(0), "{}", result.stderr);
    let (width, _, pixels) = decode(&fs::read(&out).expect("written"));
    // The title band holds the Chinese title: strokes, not empty.
    let title = dark_in(&pixels, width, 0..40);
    assert!(title > 300, "no title drawn: {title} dark pixels");

    // The same chart as SVG names the title and the package in Chinese, with
    // a CJK font list for viewers.
    let svg = String::from_utf8(output_of(
        levers()
            .args(["--lang", "zh-Hant", "chart"])
            .arg(&package)
            .args(["-o", "-"]),
    ))
    .expect("UTF-8");
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
    let dir = tempfile::tempdir().expect("temp dir");
    let text = fs::read_to_string("policies/status-quo.toml").expect("readable");
    let mut pictures = Vec::new();
    for name in ["現狀 新型工業化", "現狀 舊式製造業"] {
        let path = dir.path().join(format!("{}.toml", pictures.len()));
        fs::write(
            &path,
            text.replacen("name = \"Status quo\"", &format!("name = \"{name}\""), 1),
        )
        .expect("written");
        let out = dir.path().join(format!("{}.png", pictures.len()));
        output_of(levers().arg("chart").arg(&path).arg("-o").arg(&out));
        pictures.push(fs::read(&out).expect("written"));
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
fn tables_summaries_and_reports_speak_the_chosen_language() {
    let table = run(&["--lang", "zh-Hant", "eval", "policies/land-led.toml"]);
    assert_eq!(table.code, Some(0), "{}", table.stderr);
    for word in ["年份", "製造業佔本地生產總值%", "製造業就業人數", "目標"] {
        assert!(table.stdout.contains(word), "{word}: {}", table.stdout);
    }
    // Every word of the table in Chinese: GDP is 本地生產總值.
    assert!(!table.stdout.contains("GDP"), "{}", table.stdout);
    let english = run(&["eval", "policies/land-led.toml"]);
    assert!(english.stdout.contains("mfg % GDP") && !english.stdout.contains("年份"));

    let summary = run(&[
        "--lang",
        "zh-Hant",
        "summary",
        "policies/blueprint-2032.toml",
    ]);
    assert_eq!(summary.code, Some(0), "{}", summary.stderr);
    assert!(
        summary.stdout.contains("本方案") && summary.stdout.contains("本地生產總值"),
        "{}",
        summary.stdout
    );

    let text = zh_report(&["policies/blueprint-2032.toml"]);
    for heading in [
        "## 摘要",
        "## 主要結果",
        "## 圖表",
        "![製造業就業人數（直接）]",
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
    fs::write(dir.path().join("settings.toml"), "lang = \"zh-Hant\"\n").expect("written");
    let chinese = levers()
        .env("LEVERS_CONFIG_DIR", dir.path())
        .args(["eval", "policies/land-led.toml"])
        .output()
        .expect("runs");
    assert!(String::from_utf8_lossy(&chinese.stdout).contains("年份"));
    let english = levers()
        .env("LEVERS_CONFIG_DIR", dir.path())
        .args(["--lang", "en", "eval", "policies/land-led.toml"])
        .output()
        .expect("runs");
    assert!(String::from_utf8_lossy(&english.stdout).contains("mfg % GDP"));

    fs::write(dir.path().join("settings.toml"), "lang = \"zh-Hans\"\n").expect("written");
    let wrong = levers()
        .env("LEVERS_CONFIG_DIR", dir.path())
        .args(["eval", "policies/land-led.toml"])
        .output()
        .expect("runs");
    assert_eq!(wrong.status.code(), Some(2));
    let message = String::from_utf8_lossy(&wrong.stderr);
    assert!(
        message.contains("settings.toml:1:8") && message.contains("zh-Hant"),
        "{message}"
    );

    let bad_flag = run(&["--lang", "fr", "eval", "policies/land-led.toml"]);
    assert_eq!(bad_flag.code, Some(2));
    assert!(bad_flag.stderr.contains("zh-Hant"), "{}", bad_flag.stderr);
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
fn compare_eval_and_summary_write_money_units_and_sentences_in_chinese() {
    let compare = run(&[
        "--lang",
        "zh-Hant",
        "compare",
        "policies/status-quo.toml",
        "policies/blueprint-2032.toml",
    ]);
    assert_eq!(compare.code, Some(0), "{}", compare.stderr);
    for words in [
        "比較 2 個方案",
        "預算上限（開支）",
        "每年 600億港元",
        "首次達標年份",
        "從未",
        "由 Status quo 改為 Blueprint 2032 的變化",
        "土地及租金：未採用 → 由 2025 年起採用",
        "輸入人才：每年 0 人 → 每年 30,000 人",
    ] {
        assert!(
            compare.stdout.contains(words),
            "{words}:\n{}",
            compare.stdout
        );
    }
    assert_no_english(&compare.stdout);
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

    let eval = run(&["--lang", "zh-Hant", "eval", "policies/blueprint-2032.toml"]);
    assert_eq!(eval.code, Some(0), "{}", eval.stderr);
    for words in [
        "公帑，十億港元",
        "現金開支",
        "至推算期末按措施計",
        "逐年",
        "每職位淨成本",
        "億港元",
    ] {
        assert!(eval.stdout.contains(words), "{words}:\n{}", eval.stdout);
    }
    assert_no_english(&eval.stdout);
    let english = run(&["eval", "policies/blueprint-2032.toml"]);
    assert!(
        english.stdout.contains("Public purse, HK$ bn"),
        "{}",
        english.stdout
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
        "每個職位成本 {}",
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
fn explain_sensitivity_seek_backtest_and_assumptions_speak_chinese() {
    let zh = |args: &[&str]| {
        let mut all = vec!["--lang", "zh-Hant"];
        all.extend_from_slice(args);
        let out = run(&all);
        assert_eq!(out.code, Some(0), "{args:?}: {}", out.stderr);
        out
    };
    let explain = zh(&["explain", "policies/blueprint-2032.toml"]);
    for words in [
        "各項措施的貢獻",
        "目標年份製造業佔本地生產總值",
        "土地及租金",
        "個百分點",
        "沙普利值",
    ] {
        assert!(
            explain.stdout.contains(words),
            "{words}:\n{}",
            explain.stdout
        );
    }
    assert_no_english(&explain.stdout);
    assert!(!explain.stdout.contains("What each lever gives"));

    let sensitivity = zh(&["sensitivity", "policies/blueprint-2032.toml"]);
    for words in [
        "敏感度 — Blueprint 2032",
        "措施或假設",
        "低 ← 本方案 → 高",
        "租金補貼（land.rent_subsidy_pct）", // our brackets full-width (brackets.rs)
        "比例／年",
    ] {
        assert!(
            sensitivity.stdout.contains(words),
            "{words}:\n{}",
            sensitivity.stdout
        );
    }
    assert!(
        !sensitivity.stdout.contains("fraction"),
        "{}",
        sensitivity.stdout
    );

    let dir = tempfile::tempdir().expect("temp dir");
    let out = dir.path().join("found.toml");
    let seek = zh(&[
        "seek",
        "--target-share",
        "1",
        "--by",
        "2032",
        "-o",
        &out.display().to_string(),
    ]);
    assert!(
        seek.stderr.contains("已找到：2032 年製造業佔本地生產總值"),
        "{}",
        seek.stderr
    );
    assert!(
        seek.stderr.contains("億港元") && !seek.stderr.contains("Found:"),
        "{}",
        seek.stderr
    );

    let backtest = zh(&["backtest"]);
    for words in ["回溯測試", "實際／推算", "平均絕對誤差", "校準"] {
        assert!(
            backtest.stdout.contains(words),
            "{words}:\n{}",
            backtest.stdout
        );
    }
    // The header's separators sit where the rows' do, counted in terminal columns.
    let bars = |line: &str| -> Vec<usize> {
        line.char_indices()
            .filter(|(_, c)| *c == '|')
            .map(|(at, _)| unicode_width::UnicodeWidthStr::width(&line[..at]))
            .collect()
    };
    let lines: Vec<&str> = backtest.stdout.lines().collect();
    assert_eq!(bars(lines[1]), bars(lines[3]), "{}\n{}", lines[1], lines[3]);

    let assumptions = zh(&["assumptions"]);
    for words in ["參數", "資料來源", "比率", "[A] = 假設"] {
        assert!(
            assumptions.stdout.contains(words),
            "{words}:\n{}",
            assumptions.stdout
        );
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
        "| 組別 | 措施 | 數值 |",
        "| 土地及租金 | 租金補貼 | 50 % |",
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
fn uncertainty_bands_and_the_sobol_sensitivity_speak_chinese() {
    let bands = run(&[
        "--lang",
        "zh-Hant",
        "eval",
        "policies/blueprint-2032.toml",
        "--uncertainty",
        "--draws",
        "40",
    ]);
    assert_eq!(bands.code, Some(0), "{}", bands.stderr);
    for words in [
        "：不確定性",
        "達到目標（2032 年前佔本地生產總值 5.0%）的機率",
        "比重 p10",
    ] {
        assert!(bands.stdout.contains(words), "{words}:\n{}", bands.stdout);
    }
    assert!(!bands.stdout.contains("Probability") && !bands.stdout.contains("Bands:"));
    let sobol = run(&[
        "--lang",
        "zh-Hant",
        "sensitivity",
        "policies/blueprint-2032.toml",
        "--method",
        "sobol",
        "--samples",
        "32",
    ]);
    assert_eq!(sobol.code, Some(0), "{}", sobol.stderr);
    for words in ["全域敏感度（Sobol）", "影響最大的假設是", "一階", "總效應"] {
        assert!(sobol.stdout.contains(words), "{words}:\n{}", sobol.stdout);
    }
    assert!(!sobol.stdout.contains("first order"), "{}", sobol.stdout);
}

#[test]
fn the_changes_between_two_packages_are_told_in_chinese() {
    let dir = tempfile::tempdir().expect("temp dir");
    let changed = dir.path().join("changed.toml");
    let text = fs::read_to_string("policies/blueprint-2032.toml").expect("read");
    let text = text
        .lines()
        .map(|l| match l.split('=').next().map(str::trim) {
            Some("horizon") => "horizon = 2040".to_string(),
            Some("funding") => "funding = \"borrowing\"".to_string(),
            _ => l.to_string(),
        })
        .collect::<Vec<_>>()
        .join("\n");
    fs::write(&changed, text).expect("written");
    let changed = changed.display().to_string();
    let zh = run(&[
        "--lang",
        "zh-Hant",
        "diff",
        "policies/blueprint-2032.toml",
        &changed,
    ]);
    for words in ["推算期：2035 → 2040", "資金來源：儲備 → 借貸"] {
        assert!(zh.stdout.contains(words), "{words}:\n{}", zh.stdout);
    }
    let en = run(&["diff", "policies/blueprint-2032.toml", &changed]);
    assert!(
        en.stdout.contains("Funding: reserves → borrowing"),
        "{}",
        en.stdout
    );

    // A format-2 package: a measure's amount.
    let measures = dir.path().join("measures.toml");
    let text = fs::read_to_string("policies/announced-measures.toml").expect("read");
    fs::write(
        &measures,
        text.replacen("amount = 25.0", "amount = 30.0", 1),
    )
    .expect("written");
    let measures = measures.display().to_string();
    let zh = run(&[
        "--lang",
        "zh-Hant",
        "diff",
        "policies/announced-measures.toml",
        &measures,
    ]);
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
    let summary = run(&[
        "--lang",
        "zh-Hant",
        "summary",
        "policies/blueprint-2032.toml",
    ]);
    assert_eq!(summary.code, Some(0), "{}", summary.stderr);
    assert!(
        !summary.stdout.contains(".0億") && !summary.stdout.contains(".0萬"),
        "{}",
        summary.stdout
    );
}
