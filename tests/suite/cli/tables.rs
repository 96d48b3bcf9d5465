//! The tables people read: every analysis describes its table's columns once
//! and one writer makes the text table and the Markdown table from that
//! description, so both have the same columns under the same titles, in both
//! languages; and text from a file (a package's name, a measure's label, a
//! baseline's unit and source) holding `|`, `*`, an escape sequence and a line
//! break is inert in each: one visible line in a terminal, escaped in Markdown
//! (no forged cell, emphasis or tag).

use crate::support::package::{MEASURES, Package};

/// A user's text: a Markdown cell separator, emphasis, an escape sequence
/// that would turn a terminal red, and a line break.
const HOSTILE: &str = "A|*b*\u{1b}[1m\nc";

/// How a terminal table shows it: control characters made visible, one line.
const IN_A_TERMINAL: &str = "A|*b*\\u{1b}[1m\\u{a}c";

/// How Markdown shows it: markup escaped, the line break a space.
const IN_MARKDOWN: &str = "A\\|\\*b\\*\\\\u{1b}\\[1m c";

/// The cells of a Markdown table row, split at the `|` that are not escaped.
fn markdown_cells(line: &str) -> Vec<String> {
    let mut cells = vec![String::new()];
    let mut chars = line.chars();
    while let Some(c) = chars.next() {
        match c {
            '\\' => {
                let last = cells.last_mut().expect("a cell");
                last.push(c);
                last.extend(chars.next());
            }
            '|' => cells.push(String::new()),
            _ => cells.last_mut().expect("a cell").push(c),
        }
    }
    // The text before the first `|` and after the last one.
    cells.remove(0);
    cells.pop();
    cells.iter().map(|cell| cell.trim().to_string()).collect()
}

/// Markdown's backslash escapes undone.
fn unescaped(cell: &str) -> String {
    let mut out = String::new();
    let mut chars = cell.chars();
    while let Some(c) = chars.next() {
        if c == '\\' {
            out.extend(chars.next());
        } else {
            out.push(c);
        }
    }
    out
}

/// Each Markdown table of `text`: its titles (unescaped), and the number of
/// cells of each of its rows.
fn markdown_tables(text: &str) -> Vec<(Vec<String>, Vec<usize>)> {
    let lines: Vec<&str> = text.lines().collect();
    let mut tables = Vec::new();
    for (i, pair) in lines.windows(2).enumerate() {
        let alignments = pair[1].starts_with("|:---") || pair[1].starts_with("|---:");
        if pair[0].starts_with("| ") && alignments {
            let titles = markdown_cells(pair[0])
                .iter()
                .map(|t| unescaped(t))
                .collect();
            let rows = lines[i + 2..]
                .iter()
                .take_while(|line| line.starts_with("| "))
                .map(|line| markdown_cells(line).len())
                .collect();
            tables.push((titles, rows));
        }
    }
    tables
}

/// The titles of a text table's header line: cells apart by two spaces or more.
fn text_titles(line: &str) -> Vec<String> {
    line.split("  ")
        .map(str::trim)
        .filter(|cell| !cell.is_empty())
        .map(str::to_string)
        .collect()
}

/// Whether `text` holds a table with `titles` across, or turned on its side
/// (explain, when too wide for a terminal): every title but the first heading
/// a row, cut with `…` where it is long.
fn has_table(text: &str, titles: &[String]) -> bool {
    // The terminal shows a line break as `\u{a}`, Markdown as a space.
    let lines: Vec<Vec<String>> = text
        .lines()
        .map(|line| text_titles(&line.replace("\\u{a}", " ")))
        .collect();
    let heads_a_row = |title: &String| {
        lines.iter().any(|cells| {
            cells.first().is_some_and(|head| {
                head == title
                    || head
                        .strip_suffix('…')
                        .is_some_and(|cut| title.starts_with(cut))
            })
        })
    };
    lines.iter().any(|cells| cells == titles) || titles.iter().skip(1).all(heads_a_row)
}

/// A baseline whose first unit and first source are the user's text.
fn hostile_baseline(package: &Package) -> String {
    let path = package.beside("baseline.toml");
    let text = std::fs::read_to_string(crate::support::root().join("assets/baseline.toml"))
        .expect("the embedded baseline");
    let escaped = HOSTILE.replace('\u{1b}', "\\u001b").replace('\n', "\\n");
    let text = text
        .replacen("unit = \"HK$ bn\"", &format!("unit = \"{escaped}\""), 1)
        .replacen("assumption = \"", &format!("assumption = \"{escaped} "), 1);
    std::fs::write(&path, text).expect("write the baseline");
    path.display().to_string()
}

#[test]
fn every_analysis_writes_the_same_columns_in_text_and_markdown_with_a_users_text_inert() {
    let package = Package::example(MEASURES)
        .set("name", HOSTILE)
        .set("measures.san_tin_land.label", HOSTILE);
    let baseline = hostile_baseline(&package);
    let analyses: [(&str, &[&str]); 9] = [
        ("eval", &["eval", "{package}"]),
        ("tornado", &["sensitivity", "{package}"]),
        (
            "sobol",
            &[
                "sensitivity",
                "{package}",
                "--method",
                "sobol",
                "--samples",
                "16",
            ],
        ),
        (
            "bands",
            &["eval", "{package}", "--uncertainty", "--draws", "20"],
        ),
        ("explain", &["explain", "{package}"]),
        (
            "discover",
            &[
                "discover",
                "{package}",
                "--draws",
                "300",
                "--threshold",
                "0.85",
            ],
        ),
        (
            "assumptions",
            &["assumptions", "{package}", "--baseline-data", &baseline],
        ),
        ("dictionary", &["outputs"]),
        // A user's text in a cell (the tornado's item) and in a title
        // (explain's contributor), each checked below.
        (
            "tornado of cost",
            &["sensitivity", "{package}", "--outcome", "cost"],
        ),
    ];
    for lang in ["en", "zh-Hant"] {
        for (analysis, args) in analyses {
            let printed = |format: &str| {
                let mut all = vec!["--lang", lang];
                all.extend_from_slice(args);
                all.extend(["--format", format]);
                let run = package.run(&all);
                run.exits(0);
                run.stdout
            };
            let (text, markdown) = (printed("table"), printed("markdown"));
            let tables = markdown_tables(&markdown);
            assert!(
                !tables.is_empty(),
                "{lang} {analysis}: no Markdown table:\n{markdown}"
            );
            for (titles, rows) in &tables {
                for cells in rows {
                    assert_eq!(
                        *cells,
                        titles.len(),
                        "{lang} {analysis}: a row with another number of cells than {titles:?}:\n{markdown}"
                    );
                }
                assert!(
                    has_table(&text, titles),
                    "{lang} {analysis}: no text table titled {titles:?}:\n{text}"
                );
            }
            assert!(!text.contains(HOSTILE), "{lang} {analysis}: raw:\n{text}");
            assert!(
                !markdown.contains(HOSTILE),
                "{lang} {analysis}: raw:\n{markdown}"
            );
            if analysis != "dictionary" {
                assert!(text.contains(IN_A_TERMINAL), "{lang} {analysis}:\n{text}");
                assert!(
                    markdown.contains(IN_MARKDOWN),
                    "{lang} {analysis}:\n{markdown}"
                );
            }
        }
    }
}

/// A text with its control characters shown as `\u{…}`, as a terminal table
/// and a spreadsheet cell show text from a file.
fn visible(text: &str) -> String {
    text.replace('\u{1b}', "\\u{1b}").replace('\n', "\\u{a}")
}

#[test]
fn the_workbooks_assumptions_sheet_is_made_from_the_assumptions_columns_with_text_inert() {
    use calamine::{Data, Reader, Xlsx, open_workbook};
    let package = Package::example(MEASURES).set("name", HOSTILE);
    let baseline = hostile_baseline(&package);
    let book_path = package.beside("book.xlsx").display().to_string();
    let args = ["--baseline-data", baseline.as_str()];
    package
        .run(&[&["eval", "{package}", "-o", book_path.as_str()][..], &args].concat())
        .exits(0);
    let mut book: Xlsx<_> = open_workbook(&book_path).expect("the workbook");
    let range = book
        .worksheet_range("Assumptions")
        .expect("an Assumptions sheet");
    let cell = |row: u32, col: u32| range.get_value((row, col)).cloned().unwrap_or_default();
    // The titles: the labels the data dictionary gives the columns of
    // `levers assumptions`, the baseline's value as `Default`, then the package.
    let dictionary = crate::support::json(&["outputs", "--format", "json"]);
    let label = |name: &str| {
        dictionary
            .as_array()
            .into_iter()
            .flatten()
            .find(|e| e["output"] == "assumptions" && e["name"] == name)
            .and_then(|e| e["label"].as_str())
            .unwrap_or_else(|| panic!("no assumptions column {name} in the dictionary"))
            .to_string()
    };
    let mut titles: Vec<String> = ["name", "unit", "low", "high"].map(label).to_vec();
    titles.push("Default".to_string());
    titles.extend(["kind", "source"].map(label));
    titles.push(visible(HOSTILE));
    let written: Vec<Data> = (0..titles.len() as u32).map(|col| cell(0, col)).collect();
    assert_eq!(
        written,
        titles.into_iter().map(Data::String).collect::<Vec<_>>()
    );
    // The cells: as `levers assumptions` lists them, numbers as numbers and
    // text from the baseline file with its control characters made visible.
    let listed =
        package.run(&[&["assumptions", "{package}", "--format", "json"][..], &args].concat());
    let listed = listed.json();
    for (i, item) in listed.as_array().into_iter().flatten().enumerate() {
        let row = 1 + i as u32;
        let text = |key: &str| Data::String(visible(item[key].as_str().unwrap_or_default()));
        let number = |key: &str| Data::Float(item[key].as_f64().unwrap_or(f64::NAN));
        assert_eq!(cell(row, 0), text("name"), "row {row}");
        assert_eq!(cell(row, 1), text("unit"), "row {row}");
        assert_eq!(cell(row, 2), number("low"), "row {row}");
        assert_eq!(cell(row, 3), number("high"), "row {row}");
        assert_eq!(cell(row, 5), text("kind"), "row {row}");
        assert_eq!(cell(row, 6), text("source"), "row {row}");
        assert_eq!(cell(row, 7), number("value"), "row {row}");
    }
    let hostile = Data::String(visible(HOSTILE));
    assert!(
        (1..range.height() as u32).any(|row| cell(row, 1) == hostile),
        "the hostile unit"
    );
}

#[test]
fn the_backtest_in_markdown_is_markdown_with_the_errors_json_gives() {
    let markdown = crate::support::run(&["backtest", "--format", "markdown"]);
    markdown.exits(0);
    let json = crate::support::json(&["backtest", "--format", "json"]);
    let text = &markdown.stdout;
    assert!(text.starts_with("## Back-test from 2016"), "{text}");
    assert!(text.contains("|:---|---:|---:|---:|"), "{text}");
    let share_error = json["manufacturing_share_pct"]["mean_abs_pct_error"]
        .as_f64()
        .unwrap_or(f64::NAN);
    assert!(
        text.contains(&format!(
            "| manufacturing share of GDP | {share_error:.1}% |"
        )),
        "{text}"
    );
    // Each outcome's JSON label and unit are those `eval` gives its series.
    let eval = crate::support::json(&["eval", "policies/status-quo.toml", "--format", "json"]);
    for key in [
        "manufacturing_share_pct",
        "manufacturing_value_added_hkd_bn",
        "manufacturing_jobs",
    ] {
        assert_eq!(json[key]["label"], eval["labels"][key], "{key}");
        assert!(json[key]["unit"].as_str().is_some_and(|u| !u.is_empty()));
    }
}

#[test]
fn the_backtest_states_its_start_in_the_money_words_of_each_language() {
    let english = crate::support::ok(&["backtest"]);
    assert!(english.contains("GDP at basic prices HK$2,"), "{english}");
    let chinese = crate::support::ok(&["--lang", "zh-Hant", "backtest"]);
    assert!(chinese.contains("本地生產總值 2"), "{chinese}");
    assert!(chinese.contains("億港元，"), "{chinese}");
}
