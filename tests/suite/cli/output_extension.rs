//! `eval -o FILE` and `sweep -o FILE`: without `--format`, the file's
//! extension chooses the format (as `.xlsx` always did); an extension the
//! command cannot write is refused with exit 2, naming what it can write;
//! a `--format` given wins over the name.

use crate::support::package::Package;
use crate::support::{Run, ok, run};

const PACKAGES: [&str; 2] = ["policies/status-quo.toml", "policies/rd-led.toml"];

/// A temporary folder for outputs.
fn folder() -> tempfile::TempDir {
    tempfile::tempdir().unwrap_or_else(|e| panic!("a temporary folder: {e}"))
}

/// `levers eval PACKAGES ARGS… -o DIR/NAME`, and what it wrote.
fn eval_to(dir: &tempfile::TempDir, name: &str, args: &[&str]) -> (Run, String) {
    let path = dir.path().join(name);
    let path = path.display().to_string();
    let mut all = vec!["eval"];
    all.extend(PACKAGES);
    all.extend(args);
    all.extend(["-o", &path]);
    let result = run(&all);
    let written = std::fs::read_to_string(&path).unwrap_or_default();
    (result, written)
}

#[test]
fn output_extension_chooses_evals_format() {
    let dir = folder();
    // .csv: the same bytes as --format csv, and CSV that parses.
    let (result, csv) = eval_to(&dir, "out.csv", &[]);
    result.exits(0);
    assert_eq!(csv, printed("csv"));
    let mut reader = csv::Reader::from_reader(csv.as_bytes());
    let headers = reader
        .headers()
        .unwrap_or_else(|e| panic!("not CSV ({e}):\n{csv}"))
        .clone();
    assert!(
        headers.iter().any(|h| h == "manufacturing_share_pct"),
        "{headers:?}"
    );
    let rows: Vec<csv::StringRecord> = reader
        .records()
        .map(|r| r.unwrap_or_else(|e| panic!("not CSV ({e}):\n{csv}")))
        .collect();
    assert_eq!(rows.len(), 2 * 13);

    // .json: one array of two packages.
    let (result, json) = eval_to(&dir, "out.JSON", &[]);
    result.exits(0);
    let value: serde_json::Value =
        serde_json::from_str(&json).unwrap_or_else(|e| panic!("not JSON ({e}):\n{json}"));
    assert_eq!(value.as_array().map(Vec::len), Some(2), "{json}");

    // .ndjson: one JSON object a line.
    let (result, ndjson) = eval_to(&dir, "out.ndjson", &[]);
    result.exits(0);
    assert_eq!(ndjson.lines().count(), 2, "{ndjson}");
    for line in ndjson.lines() {
        let object: serde_json::Value =
            serde_json::from_str(line).unwrap_or_else(|e| panic!("not JSON ({e}): {line}"));
        assert!(object.is_object(), "{line}");
    }

    // .md and .markdown: Markdown; .txt and no extension: the plain table,
    // each what --format prints.
    let markdown = eval_to(&dir, "out.md", &[]);
    markdown.0.exits(0);
    assert_eq!(markdown.1, printed("markdown"));
    assert!(markdown.1.contains("|---:|"), "{}", markdown.1);
    assert_eq!(eval_to(&dir, "out.markdown", &[]).1, markdown.1);
    let (result, table) = eval_to(&dir, "out.txt", &[]);
    result.exits(0);
    assert_eq!(table, printed("table"));
    assert_eq!(eval_to(&dir, "out", &[]).1, table);
}

/// What `levers eval PACKAGES --format FORMAT` prints.
fn printed(format: &str) -> String {
    let mut args = vec!["eval"];
    args.extend(PACKAGES);
    args.extend(["--format", format]);
    ok(&args)
}

#[test]
fn output_extension_loses_to_a_format_given() {
    let dir = folder();
    let (result, written) = eval_to(&dir, "data.txt", &["--format", "csv"]);
    result.exits(0);
    assert!(written.starts_with("file,"), "{written}");
    let (result, written) = eval_to(&dir, "data.csv", &["--format", "json"]);
    result.exits(0);
    assert!(written.starts_with('['), "{written}");
    // --excel asks for CSV, which the name now gives.
    let (result, written) = eval_to(&dir, "excel.csv", &["--excel"]);
    result.exits(0);
    assert!(written.starts_with('\u{feff}'), "{written}");
}

#[test]
fn output_extension_eval_cannot_write_is_refused() {
    let dir = folder();
    for (name, hint) in [
        ("out.pdf", Some("pandoc report.md -o report.pdf")),
        ("out.docx", Some("pandoc report.md -o report.docx")),
        ("out.html", Some("levers report FILE -o report.html")),
        ("out.xyz", None),
    ] {
        let (result, written) = eval_to(&dir, name, &[]);
        result.exits(2).says(&[
            &format!(
                "{name}: eval cannot write .{}",
                name.rsplit('.').next().unwrap_or_default()
            ),
            ".csv, .json, .ndjson (one JSON line per package), .md (Markdown) or .xlsx",
            "or choose the format with --format",
        ]);
        if let Some(hint) = hint {
            result.says(&[hint]);
        }
        assert!(written.is_empty(), "{name} was written:\n{written}");
    }
    let (result, _) = eval_to(&dir, "out.pdf", &[]);
    assert!(result.stdout.is_empty(), "{}", result.stdout);
    let chinese = run(&[
        "--lang",
        "zh-Hant",
        "eval",
        PACKAGES[0],
        "-o",
        "/nonexistent/out.pdf",
    ]);
    chinese
        .exits(2)
        .says(&["eval 不能寫成 .pdf", "以 --format 選擇格式", "提示："])
        .never_says(&["cannot write"]);
}

#[test]
fn output_extension_chooses_sweeps_format() {
    let package = Package::blueprint();
    let sweep = |name: &str, args: &[&str]| {
        let path = package.beside(name).display().to_string();
        let mut all = vec![
            "sweep",
            "{package}",
            "--vary",
            "rd.grants_hkd_bn_per_year=0..2:1",
            "-o",
            &path,
        ];
        all.extend(args);
        let result = package.run(&all);
        let written = std::fs::read_to_string(&path).unwrap_or_default();
        (result, written)
    };
    let (result, ndjson) = sweep("rows.ndjson", &[]);
    result.exits(0);
    assert_eq!(ndjson.lines().count(), 3, "{ndjson}");
    for line in ndjson.lines() {
        let _: serde_json::Value =
            serde_json::from_str(line).unwrap_or_else(|e| panic!("not JSON ({e}): {line}"));
    }
    let (result, csv) = sweep("rows.csv", &[]);
    result.exits(0);
    assert!(csv.starts_with("rd.grants_hkd_bn_per_year,"), "{csv}");
    assert_eq!(sweep("rows.txt", &[]).1, csv);
    let (result, given) = sweep("rows.txt", &["--format", "ndjson"]);
    result.exits(0);
    assert_eq!(given, ndjson);
    let (result, written) = sweep("rows.json", &[]);
    result.exits(2).says(&[
        "rows.json: sweep cannot write .json",
        ".csv, .ndjson (one JSON line per package) or .xlsx",
    ]);
    assert!(written.is_empty(), "{written}");
}

/// `new FILE`, `seek -o FILE` and `migrate -o FILE` write a package, which is
/// TOML: a name ending in another extension (`-o cheapest.html`, a slip for
/// `report -o`) was written as TOML under that name without a word. It is
/// refused with exit 2, in the reader's language, and nothing is written; a
/// name without an extension, `-` and `.TOML` are still written.
#[test]
fn output_extension_a_package_is_written_only_as_toml() {
    let dir = folder();
    let path = |name: &str| dir.path().join(name).display().to_string();
    for name in [
        "cheapest.html",
        "cheapest.json",
        "cheapest.xlsx",
        "cheapest.md",
    ] {
        let out = path(name);
        let commands: [&[&str]; 3] = [
            &["new", &out],
            &[
                "seek",
                PACKAGES[1],
                "--target-share",
                "1",
                "--by",
                "2032",
                "-o",
                &out,
            ],
            &[
                "migrate",
                "tests/fixtures/valid/format-1-blueprint.toml",
                "-o",
                &out,
            ],
        ];
        for args in commands {
            let result = run(args);
            result.exits(2).says(&[
                &format!("{out}: a package is written as TOML"),
                "name it .toml",
            ]);
            assert!(
                !dir.path().join(name).exists(),
                "{args:?} wrote {name} anyway"
            );
        }
        run(&["--lang", "zh-Hant", "new", &out])
            .exits(2)
            .says(&["方案以 TOML 寫出"])
            .never_says(&["a package is written"]);
    }
    for name in ["mine.toml", "MINE.TOML", "mine"] {
        let out = path(name);
        run(&["new", &out]).exits(0);
        assert!(dir.path().join(name).exists(), "{name} was not written");
    }
}

/// `levers new -` prints the template, as `-` is standard output everywhere;
/// it wrote a file named `-` and suggested `levers check -` (which reads
/// standard input).
#[test]
fn new_dash_prints_the_template_and_writes_no_file_named_dash() -> std::io::Result<()> {
    let dir = folder();
    let output = crate::support::levers()
        .current_dir(dir.path())
        .args(["new", "-"])
        .output()?;
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert_eq!(output.status.code(), Some(0), "{stderr}");
    assert_eq!(String::from_utf8_lossy(&output.stdout), ok(&["new"]));
    assert!(!dir.path().join("-").exists(), "a file named - was written");
    assert!(!stderr.contains("wrote"), "{stderr}");
    Ok(())
}

/// `eval --uncertainty --draws-out FILE`, `chart --uncertainty --draws-out
/// FILE` and `discover --samples-out FILE` write CSV, but any name was taken:
/// `--draws-out draws.svg` wrote CSV as an SVG file without a word. A name
/// with another extension is refused with exit 2 before any work (nothing
/// printed, nothing written), in the reader's language; `.csv` in any case,
/// no extension and `-` are accepted.
#[test]
fn output_extension_draws_and_samples_are_written_only_as_csv() {
    let dir = folder();
    let path = |name: &str| dir.path().join(name).display().to_string();
    let chart = path("chart.svg");
    let commands = |out: &str| -> [Vec<String>; 3] {
        [
            ["eval", PACKAGES[1], "--uncertainty", "--draws", "20"]
                .into_iter()
                .chain(["--draws-out", out])
                .map(String::from)
                .collect(),
            ["chart", PACKAGES[1], "--uncertainty", "--draws", "20", "-o"]
                .into_iter()
                .chain([chart.as_str(), "--draws-out", out])
                .map(String::from)
                .collect(),
            [
                "discover",
                PACKAGES[1],
                "--draws",
                "200",
                "--threshold",
                "1",
            ]
            .into_iter()
            .chain(["--samples-out", out])
            .map(String::from)
            .collect(),
        ]
    };
    // Data, not a document: no hint to write a report instead.
    for name in [
        "draws.svg",
        "draws.json",
        "draws.xlsx",
        "draws.toml",
        "draws.html",
    ] {
        let out = path(name);
        for args in commands(&out) {
            let args: Vec<&str> = args.iter().map(String::as_str).collect();
            let result = run(&args);
            result
                .exits(2)
                .says(&[
                    &format!("{out}: this file is written as CSV"),
                    "name it .csv",
                ])
                .never_says(&["levers report"]);
            assert!(result.stdout.is_empty(), "{args:?}: {}", result.stdout);
            assert!(
                !dir.path().join(name).exists(),
                "{args:?} wrote {name} anyway"
            );
            assert!(!dir.path().join("chart.svg").exists(), "{args:?} drew");
            let chinese = [&["--lang", "zh-Hant"][..], &args].concat();
            run(&chinese)
                .exits(2)
                .says(&["以 CSV 寫出"])
                .never_says(&["written as CSV"]);
        }
    }
    for name in ["draws.csv", "DRAWS.CSV", "draws"] {
        let out = path(name);
        for args in commands(&out) {
            let args: Vec<&str> = args.iter().map(String::as_str).collect();
            run(&args).exits(0);
            let written = std::fs::read_to_string(dir.path().join(name)).unwrap_or_default();
            assert!(written.contains(','), "{args:?} wrote no CSV to {name}");
            std::fs::remove_file(dir.path().join(name)).ok();
        }
    }
    for args in commands("-") {
        let args: Vec<&str> = args.iter().map(String::as_str).collect();
        run(&args).exits(0);
    }
}
