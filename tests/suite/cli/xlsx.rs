//! Excel workbooks from `eval`, `compare`, `report` and `sweep`, read back with
//! an independent reader (calamine) and checked against the JSON output.

use std::path::{Path, PathBuf};

use calamine::{Data, Range, Reader, Xlsx, open_workbook};
use serde_json::Value;

use crate::support::{json, ok, run};

const BLUEPRINT: &str = "policies/blueprint-2032.toml";
const STATUS_QUO: &str = "policies/status-quo.toml";

fn temp() -> tempfile::TempDir {
    tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"))
}

fn open(path: &Path) -> Xlsx<std::io::BufReader<std::fs::File>> {
    open_workbook(path).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
}

fn sheet(book: &mut Xlsx<std::io::BufReader<std::fs::File>>, name: &str) -> Range<Data> {
    book.worksheet_range(name)
        .unwrap_or_else(|e| panic!("sheet {name}: {e}"))
}

fn cell(range: &Range<Data>, row: u32, col: u32) -> Data {
    range.get_value((row, col)).cloned().unwrap_or_default()
}

fn text(range: &Range<Data>, row: u32, col: u32) -> String {
    match cell(range, row, col) {
        Data::String(s) => s,
        other => panic!("({row},{col}) is not text: {other:?}"),
    }
}

/// The column whose key (third header row) is `key`.
fn column(range: &Range<Data>, key: &str) -> u32 {
    (0..range.width() as u32)
        .find(|col| cell(range, 2, *col) == Data::String(key.to_string()))
        .unwrap_or_else(|| panic!("no column {key}"))
}

/// A series of a sheet, from the row under the header, as numbers (None: empty).
fn numbers(range: &Range<Data>, col: u32, rows: usize) -> Vec<Option<f64>> {
    (0..rows as u32)
        .map(|r| match cell(range, 3 + r, col) {
            Data::Float(v) => Some(v),
            Data::Int(v) => Some(v as f64),
            Data::Empty => None,
            other => panic!("not a number: {other:?}"),
        })
        .collect()
}

fn json_numbers(values: &Value) -> Vec<Option<f64>> {
    values
        .as_array()
        .unwrap_or_else(|| panic!("not an array: {values}"))
        .iter()
        .map(Value::as_f64)
        .collect()
}

fn written(dir: &tempfile::TempDir, name: &str) -> PathBuf {
    dir.path().join(name)
}

#[test]
fn an_eval_workbook_holds_the_same_numbers_as_the_json() {
    let dir = temp();
    let out = written(&dir, "out.xlsx");
    let out_text = out.display().to_string();
    ok(&[
        "eval", BLUEPRINT, STATUS_QUO, "--format", "xlsx", "-o", &out_text,
    ]);
    let reports = json(&["eval", BLUEPRINT, STATUS_QUO, "--format", "json"]);
    let mut book = open(&out);
    let names = book.sheet_names();
    assert_eq!(
        names,
        [
            "Blueprint 2032",
            "Status quo",
            "Comparison",
            "Assumptions",
            "Charts"
        ],
        "{names:?}"
    );
    for (report, name) in reports.as_array().into_iter().flatten().zip(&names) {
        let range = sheet(&mut book, name);
        let years = json_numbers(&report["years"]);
        assert_eq!(numbers(&range, 0, years.len()), years);
        let series = report["series"].as_object().into_iter().flatten();
        for (key, values) in series {
            let col = column(&range, key);
            assert_eq!(
                numbers(&range, col, years.len()),
                json_numbers(values),
                "{key}"
            );
        }
        let sector = &report["sectors"]["microelectronics"];
        let va = column(&range, "va_microelectronics_hkd_bn");
        assert_eq!(
            numbers(&range, va, years.len()),
            json_numbers(&sector["value_added_hkd_bn"])
        );
        let jobs = column(&range, "jobs_microelectronics_persons");
        assert_eq!(
            numbers(&range, jobs, years.len()),
            json_numbers(&sector["jobs"])
        );
        // The header: a label row and a units row above the keys.
        let share = column(&range, "manufacturing_share_pct");
        assert_eq!(text(&range, 0, share), "Manufacturing share of GDP");
        assert_eq!(text(&range, 1, share), "%");
        assert_eq!(text(&range, 1, va), "HK$ bn");
    }
}

#[test]
fn the_comparison_sheet_holds_the_deltas_of_eval_against() {
    let dir = temp();
    let report = json(&[
        "eval",
        BLUEPRINT,
        "--against",
        STATUS_QUO,
        "--format",
        "json",
    ]);
    // `eval --against` and `report --against` write the same comparison:
    // this package minus the one it is compared with. The extension alone
    // chooses the format.
    for command in ["eval", "report"] {
        let out = written(&dir, &format!("{command}-against.xlsx"));
        let out_text = out.display().to_string();
        ok(&[command, BLUEPRINT, "--against", STATUS_QUO, "-o", &out_text]);
        let mut book = open(&out);
        let range = sheet(&mut book, "Comparison");
        assert_eq!(text(&range, 3, 0), "Blueprint 2032", "{command}");
        assert_eq!(text(&range, 3, 1), "Status quo", "{command}");
        let rows = json_numbers(&report["years"]).len();
        for key in [
            "manufacturing_share_pct",
            "manufacturing_jobs",
            "fiscal_cost_hkd_bn",
        ] {
            let col = column(&range, key);
            let deltas = json_numbers(&report["deltas"][key]);
            for (got, want) in numbers(&range, col, rows).iter().zip(&deltas) {
                let (got, want) = (got.unwrap_or(f64::NAN), want.unwrap_or(f64::NAN));
                assert!(
                    (got - want).abs() <= 1e-9 * want.abs().max(1.0),
                    "{command} {key}: {got} vs {want}"
                );
            }
        }
    }
}

#[test]
fn the_assumptions_sheet_lists_values_ranges_and_sources() {
    let dir = temp();
    let out = written(&dir, "compare.xlsx");
    let out_text = out.display().to_string();
    ok(&["compare", STATUS_QUO, BLUEPRINT, "-o", &out_text]);
    let listed = json(&["assumptions", BLUEPRINT, "--format", "json"]);
    let mut book = open(&out);
    let range = sheet(&mut book, "Assumptions");
    let items = listed.as_array().map_or(&[][..], Vec::as_slice);
    assert!(items.len() > 10);
    for (i, item) in items.iter().enumerate() {
        let row = 1 + i as u32;
        assert_eq!(Some(text(&range, row, 0).as_str()), item["name"].as_str());
        assert_eq!(
            cell(&range, row, 2),
            Data::Float(item["low"].as_f64().unwrap_or(f64::NAN))
        );
        assert_eq!(
            cell(&range, row, 3),
            Data::Float(item["high"].as_f64().unwrap_or(f64::NAN))
        );
        assert_eq!(Some(text(&range, row, 6).as_str()), item["source"].as_str());
        // Column 8 is the second package, the Blueprint.
        assert_eq!(
            cell(&range, row, 8),
            Data::Float(item["value"].as_f64().unwrap_or(f64::NAN))
        );
    }
}

/// The chart parts of the workbook: native line charts, one with the target.
#[test]
fn a_workbook_has_native_line_charts_of_share_with_the_target_and_of_jobs() {
    let dir = temp();
    let out = written(&dir, "report.xlsx");
    let out_text = out.display().to_string();
    ok(&[
        "report",
        BLUEPRINT,
        "--against",
        STATUS_QUO,
        "-o",
        &out_text,
    ]);
    let charts = chart_parts(&out);
    assert_eq!(charts.len(), 2);
    for xml in &charts {
        assert!(xml.contains("<c:lineChart>"), "{xml}");
    }
    assert!(charts[0].contains("Manufacturing share of GDP"));
    assert!(charts[0].contains("Target 5% by 2032"), "{}", charts[0]);
    assert!(charts[1].contains("Manufacturing jobs"));
    // Two packages, two lines in the jobs chart.
    assert_eq!(charts[1].matches("<c:ser>").count(), 2);
}

/// The text of each chart part of a workbook, in order.
fn chart_parts(path: &Path) -> Vec<String> {
    let file = std::fs::File::open(path).unwrap_or_else(|e| panic!("{e}"));
    let mut archive = zip::ZipArchive::new(file).unwrap_or_else(|e| panic!("{e}"));
    (1..)
        .map_while(|i| {
            let mut part = archive.by_name(&format!("xl/charts/chart{i}.xml")).ok()?;
            let mut xml = String::new();
            std::io::Read::read_to_string(&mut part, &mut xml).ok()?;
            Some(xml)
        })
        .collect()
}

#[test]
fn a_chinese_workbook_names_its_sheets_and_charts_in_chinese() {
    let dir = temp();
    let out = written(&dir, "compare.xlsx");
    let out_text = out.display().to_string();
    ok(&[
        "--lang", "zh-Hant", "compare", STATUS_QUO, BLUEPRINT, "-o", &out_text,
    ]);
    let mut book = open(&out);
    let names = book.sheet_names();
    for name in ["比較", "假設", "圖表"] {
        assert!(names.iter().any(|n| n == name), "{name} in {names:?}");
    }
    let charts = sheet(&mut book, "圖表");
    assert_eq!(text(&charts, 0, 0), "年份");
    assert_eq!(text(&charts, 0, 2), "方案");
    let parts = chart_parts(&out).join("\n");
    for words in [
        "製造業佔本地生產總值（%）",
        "製造業就業人數（直接，人）",
        "年份",
        "2032 年目標 5%",
    ] {
        assert!(parts.contains(words), "{words}");
    }
    for english in ["Manufacturing", "Year", "Target"] {
        assert!(!parts.contains(english), "{english} in a Chinese chart");
    }
}

#[test]
fn names_from_files_become_safe_sheet_names_and_text_never_formulas() {
    let dir = temp();
    let package = dir.path().join("hostile.toml");
    let source = std::fs::read_to_string(STATUS_QUO).unwrap_or_else(|e| panic!("{e}"));
    let hostile = source.replacen(
        "name = \"Status quo\"",
        "name = \"=HYPERLINK(\\\"http://x\\\")[1]:*?/\\\\ with a name far too long for a sheet\"",
        1,
    );
    assert_ne!(hostile, source, "the status quo package names itself");
    std::fs::write(&package, hostile).unwrap_or_else(|e| panic!("{e}"));
    let out = written(&dir, "hostile.xlsx");
    let (package, out_text) = (package.display().to_string(), out.display().to_string());
    ok(&["eval", &package, &package, "-o", &out_text]);
    let mut book = open(&out);
    let names = book.sheet_names();
    assert_eq!(names.len(), 5);
    for name in &names[..2] {
        assert!(name.chars().count() <= 31, "{name}");
        assert!(
            !name.contains(['[', ']', ':', '*', '?', '/', '\\']),
            "{name}"
        );
    }
    assert_ne!(names[0].to_lowercase(), names[1].to_lowercase());
    let charts = sheet(&mut book, "Charts");
    assert!(text(&charts, 1, 2).starts_with("=HYPERLINK"));
    let formulas = book
        .worksheet_formula("Charts")
        .unwrap_or_else(|e| panic!("{e}"));
    assert!(formulas.used_cells().all(|(_, _, f)| f.is_empty()));
}

#[test]
fn a_sweep_workbook_holds_the_csv_rows() {
    let dir = temp();
    let out = written(&dir, "sweep.xlsx");
    let out_text = out.display().to_string();
    let vary = ["--vary", "rd.grants_hkd_bn_per_year=0..4:1"];
    ok(&[&["sweep", BLUEPRINT][..], &vary, &["-o", &out_text]].concat());
    let csv = ok(&[&["sweep", BLUEPRINT][..], &vary].concat());
    let mut book = open(&out);
    let range = sheet(&mut book, "Sweep");
    let lines: Vec<&str> = csv.lines().collect();
    assert_eq!(range.height(), lines.len() + 1);
    for (i, line) in lines.iter().enumerate().skip(1) {
        let row = 1 + i as u32;
        for (col, value) in line.split(',').enumerate() {
            let got = cell(&range, row, col as u32);
            match value.parse::<f64>() {
                Ok(number) => assert_eq!(got, Data::Float(number), "{line}"),
                Err(_) if value.is_empty() => assert_eq!(got, Data::Empty),
                Err(_) => assert_eq!(got, Data::Bool(value == "true")),
            }
        }
    }
}

#[test]
fn a_workbook_is_never_written_to_standard_output() {
    for args in [
        &["eval", BLUEPRINT, "--format", "xlsx"][..],
        &["eval", BLUEPRINT, "--format", "xlsx", "-o", "-"],
        &[
            "sweep",
            BLUEPRINT,
            "--vary",
            "rd.grants_hkd_bn_per_year=0..2:1",
            "--format",
            "xlsx",
        ],
        &["eval", BLUEPRINT, "--uncertainty", "-o", "x.xlsx"],
        &["compare", STATUS_QUO, BLUEPRINT, "-o", "x.csv"],
        &["eval", BLUEPRINT, "--format", "csv", "-o", "x.xlsx"],
        &[
            "sweep", "--dir", "policies", "--format", "ndjson", "-o", "x.xlsx",
        ],
    ] {
        let result = run(args);
        assert_eq!(result.code, Some(2), "{args:?}");
        assert!(result.stdout.is_empty(), "{args:?}");
        assert!(
            result.stderr.contains("xlsx"),
            "{args:?}: {}",
            result.stderr
        );
    }
}
