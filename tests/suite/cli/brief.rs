//! `levers brief`: the two-page options brief. Every number is checked against
//! `eval --format json` (and `eval --uncertainty`) of the same files, never
//! against a value written here, so the tests hold when the model changes.

use std::path::{Path, PathBuf};
use std::process::Command;

use calamine::{Data, Range, Reader, Xlsx, open_workbook};
use serde_json::Value;

use crate::support::{json, ok, root, run};

const OPTIONS: [&str; 3] = [
    "policies/status-quo.toml",
    "policies/announced.toml",
    "policies/blueprint-2032.toml",
];

fn temp() -> tempfile::TempDir {
    tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"))
}

fn path_text(path: &Path) -> String {
    path.display().to_string()
}

fn brief(lang: &str, extra: &[&str]) -> Vec<String> {
    let mut args = vec!["--lang".to_string(), lang.to_string(), "brief".to_string()];
    args.extend(OPTIONS.iter().map(ToString::to_string));
    args.extend(extra.iter().map(ToString::to_string));
    args
}

fn ok_owned(args: &[String]) -> String {
    let args: Vec<&str> = args.iter().map(String::as_str).collect();
    ok(&args)
}

/// What `eval --format json` and `eval --uncertainty --format json` say of a file.
struct Evaluated {
    eval: Value,
    uncertainty: Value,
}

impl Evaluated {
    fn of(file: &str) -> Evaluated {
        Evaluated {
            eval: json(&["eval", file, "--format", "json"]),
            uncertainty: json(&["eval", file, "--uncertainty", "--format", "json"]),
        }
    }

    fn target_year(&self) -> i64 {
        self.eval["target"]["year"].as_i64().unwrap_or_default()
    }

    /// A series' value in the target year.
    fn in_target_year(&self, key: &str) -> f64 {
        let years = self.eval["years"].as_array().cloned().unwrap_or_default();
        let i = years
            .iter()
            .position(|y| y.as_i64() == Some(self.target_year()))
            .unwrap_or_else(|| panic!("no target year"));
        self.eval["series"][key][i].as_f64().unwrap_or(f64::NAN)
    }

    /// A percentile of the share in the target year.
    fn share_band(&self, percentile: &str) -> f64 {
        let years = self.uncertainty["years"]
            .as_array()
            .cloned()
            .unwrap_or_default();
        let i = years
            .iter()
            .position(|y| y.as_i64() == Some(self.target_year()))
            .unwrap_or_else(|| panic!("no target year in the bands"));
        self.uncertainty["manufacturing_share_pct"][percentile][i]
            .as_f64()
            .unwrap_or(f64::NAN)
    }

    fn to_target(&self, key: &str) -> Option<f64> {
        self.eval["fiscal"]["to_target_year"][key].as_f64()
    }
}

/// The `columns` of every row of `eval --uncertainty --draws-out` of `file`
/// (one row per draw and year), as numbers (NaN where a cell is empty).
fn draw_rows(file: &str, columns: &[&str]) -> Vec<Vec<f64>> {
    let dir = temp();
    let out = dir.path().join("draws.csv");
    ok(&[
        "eval",
        file,
        "--uncertainty",
        "--draws-out",
        &path_text(&out),
    ]);
    let mut reader = csv::Reader::from_path(&out).unwrap_or_else(|e| panic!("{e}"));
    let headers = reader.headers().unwrap_or_else(|e| panic!("{e}")).clone();
    let at: Vec<usize> = columns
        .iter()
        .map(|name| {
            headers
                .iter()
                .position(|h| h == *name)
                .unwrap_or_else(|| panic!("no column {name}"))
        })
        .collect();
    reader
        .records()
        .map(|r| r.unwrap_or_else(|e| panic!("{e}")))
        .map(|r| {
            at.iter()
                .map(|i| r.get(*i).and_then(|v| v.parse().ok()).unwrap_or(f64::NAN))
                .collect()
        })
        .collect()
}

/// The fraction of `eval --uncertainty --draws-out` draws whose share in the
/// target year is at least `threshold`.
fn share_at_least(file: &str, year: i64, threshold: f64) -> f64 {
    let shares: Vec<f64> = draw_rows(file, &["year", "manufacturing_share_pct"])
        .into_iter()
        .filter(|row| row[0] == year as f64)
        .map(|row| row[1])
        .collect();
    assert!(!shares.is_empty());
    shares.iter().filter(|s| **s >= threshold).count() as f64 / shares.len() as f64
}

type Book = Xlsx<std::io::BufReader<std::fs::File>>;

fn open(path: &Path) -> Book {
    open_workbook(path).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
}

fn cell(range: &Range<Data>, row: u32, col: u32) -> Data {
    range.get_value((row, col)).cloned().unwrap_or_default()
}

/// The Summary sheet's row whose key (column B) is `key`.
fn row_of(range: &Range<Data>, key: &str) -> u32 {
    (0..range.height() as u32)
        .find(|r| cell(range, *r, 1) == Data::String(key.to_string()))
        .unwrap_or_else(|| panic!("no row {key}"))
}

fn close(got: &Data, want: Option<f64>, what: &str) {
    match (got, want) {
        (Data::Float(got), Some(want)) => assert!(
            (got - want).abs() <= 1e-9 * want.abs().max(1.0),
            "{what}: {got} in the sheet, {want} from eval"
        ),
        (Data::Empty, None) => {}
        (got, want) => panic!("{what}: {got:?} in the sheet, {want:?} from eval"),
    }
}

#[test]
fn the_brief_workbook_opens_on_a_summary_that_matches_eval_cell_by_cell() {
    let dir = temp();
    let out: PathBuf = dir.path().join("brief.xlsx");
    ok_owned(&brief("en", &["--threshold", "1", "-o", &path_text(&out)]));
    let mut book = open(&out);
    let names = book.sheet_names();
    assert_eq!(names.first().map(String::as_str), Some("Summary"));
    assert_eq!(names.get(1).map(String::as_str), Some("Contents"));
    let range = book
        .worksheet_range("Summary")
        .unwrap_or_else(|e| panic!("{e}"));
    for (i, file) in OPTIONS.iter().enumerate() {
        let col = 2 + i as u32;
        let e = Evaluated::of(file);
        let year = e.target_year();
        // The option's file is named under the table, beside its title.
        let title = cell(&range, 0, col).to_string();
        let named = format!("{title} ({file})");
        assert!(
            (0..range.height() as u32).any(|r| cell(&range, r, 0) == Data::String(named.clone())),
            "no row {named}"
        );
        let check = |key: String, want: Option<f64>| {
            close(
                &cell(&range, row_of(&range, &key), col),
                want,
                &format!("{file} {key}"),
            );
        };
        check(
            format!("share_{year}_pct"),
            e.eval["target"]["projected_share_pct"].as_f64(),
        );
        check(format!("share_{year}_p10_pct"), Some(e.share_band("p10")));
        check(format!("share_{year}_p90_pct"), Some(e.share_band("p90")));
        check(
            format!("probability_target_met_{year}"),
            e.uncertainty["probability_met"].as_f64(),
        );
        check(
            format!("probability_share_at_least_1_pct_{year}"),
            Some(share_at_least(file, year, 1.0)),
        );
        check(
            format!("manufacturing_jobs_{year}"),
            Some(e.in_target_year("manufacturing_jobs")),
        );
        check(
            format!("direct_jobs_added_{year}"),
            Some(e.in_target_year("direct_jobs_added")),
        );
        check(
            format!("net_jobs_added_{year}"),
            Some(e.in_target_year("net_jobs_added")),
        );
        check(
            format!("cost_to_{year}_hkd_bn"),
            e.to_target("total_hkd_bn"),
        );
        check(
            format!("cost_to_{year}_present_value_hkd_bn"),
            e.to_target("present_value_hkd_bn"),
        );
        check(
            format!("cost_per_net_job_to_{year}_hkd"),
            e.eval["fiscal"]["to_target_year"]["per_job"]["cost_per_net_job_hkd"].as_f64(),
        );
    }
}

/// The Summary sheet reads as a table (what `pandas.read_excel` sees, by the
/// same rules): the first row is the header — figure, key, one column per
/// option — and every cell under an option's header is a number or empty;
/// no cell is merged. The words follow the table in column A.
#[test]
fn the_summary_sheet_reads_as_a_table_with_numbers_under_each_option() {
    let dir = temp();
    for (command, name) in [("brief", "brief.xlsx"), ("compare", "compare.xlsx")] {
        let out: PathBuf = dir.path().join(name);
        let mut args = vec![command.to_string()];
        args.extend(OPTIONS.iter().map(ToString::to_string));
        args.extend(["-o".to_string(), path_text(&out)]);
        ok_owned(&args);
        let mut book = open(&out);
        let range = book
            .worksheet_range("Summary")
            .unwrap_or_else(|e| panic!("{e}"));
        assert_eq!(
            range.start(),
            Some((0, 0)),
            "{command}: the table starts at A1"
        );
        assert_eq!(cell(&range, 0, 1), Data::String("key".to_string()));
        let mut numbers = 0;
        for (i, file) in OPTIONS.iter().enumerate() {
            let col = 2 + i as u32;
            let title = cell(&range, 0, col);
            assert!(
                matches!(title, Data::String(_)),
                "{command} {file}: header {title:?}"
            );
            for r in 1..range.height() as u32 {
                match cell(&range, r, col) {
                    Data::Float(_) => numbers += 1,
                    Data::Empty => {}
                    other => panic!("{command} {file}: {other:?} at row {}", r + 1),
                }
            }
        }
        // Nine figures each; the status quo has no cost per job (no jobs added).
        assert!(numbers >= 3 * 9 - 1, "{command}: {numbers} numbers");
        // And the key column names only figures: nothing after the table.
        let keys: Vec<Data> = (1..range.height() as u32)
            .map(|r| cell(&range, r, 1))
            .take_while(|c| *c != Data::Empty)
            .collect();
        assert!(keys.len() >= 9, "{keys:?}");
        assert!(
            (1 + keys.len() as u32..range.height() as u32)
                .all(|r| cell(&range, r, 1) == Data::Empty),
            "{command}: a key under the words"
        );
        let merged = book
            .merge_cells_by_sheet_name("Summary")
            .unwrap_or_else(|e| panic!("{e}"));
        assert!(merged.is_empty(), "{command}: merged {merged:?}");
    }
}

#[test]
fn the_contents_sheet_maps_every_sheet_to_its_package_and_names_are_cut_at_a_word() {
    let dir = temp();
    let package = dir.path().join("long.toml");
    let text = std::fs::read_to_string(root().join("policies/blueprint-2032.toml"))
        .unwrap_or_else(|e| panic!("{e}"));
    let renamed = text.replacen(
        "name = \"Blueprint 2032\"",
        "name = \"B. San Tin semiconductor packaging push\"",
        1,
    );
    assert_ne!(renamed, text, "the example package's name line moved");
    std::fs::write(&package, renamed).unwrap_or_else(|e| panic!("{e}"));
    let out = dir.path().join("compare.xlsx");
    ok(&[
        "compare",
        "policies/status-quo.toml",
        &path_text(&package),
        "-o",
        &path_text(&out),
    ]);
    let mut book = open(&out);
    let names = book.sheet_names();
    assert_eq!(names.first().map(String::as_str), Some("Summary"));
    let contents = book
        .worksheet_range("Contents")
        .unwrap_or_else(|e| panic!("{e}"));
    let listed: Vec<String> = (1..contents.height() as u32)
        .map(|r| match cell(&contents, r, 0) {
            Data::String(s) => s,
            other => panic!("not a sheet name: {other:?}"),
        })
        .collect();
    for name in &listed {
        assert!(
            names.contains(name),
            "{name} is listed but not a sheet: {names:?}"
        );
    }
    assert!(
        listed.contains(&"B. San Tin semiconductor…".to_string()),
        "{listed:?}"
    );
    let files: Vec<Data> = (1..contents.height() as u32)
        .map(|r| cell(&contents, r, 2))
        .collect();
    assert!(files.contains(&Data::String(path_text(&package))));
}

/// A number as the brief writes it.
fn two(value: f64) -> String {
    format!("{value:.2}")
}

fn thousands(value: f64) -> String {
    let digits = format!("{:.0}", value.round().abs());
    let mut out = String::new();
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i) % 3 == 0 {
            out.push(',');
        }
        out.push(c);
    }
    out
}

#[test]
fn the_markdown_brief_quotes_evals_numbers_in_both_languages() {
    for lang in ["en", "zh-Hant"] {
        let text = ok_owned(&brief(lang, &[]));
        for file in OPTIONS {
            let e = Evaluated::of(file);
            let share = e.eval["target"]["projected_share_pct"]
                .as_f64()
                .unwrap_or(f64::NAN);
            let net = e.in_target_year("net_jobs_added");
            // Direct manufacturing jobs beside the net jobs across the economy,
            // signed: none for the status quo, more for every package here.
            let direct = e.in_target_year("direct_jobs_added");
            let direct = match thousands(direct).as_str() {
                "0" => "0".to_string(),
                shown => {
                    assert!(direct > 0.0, "{file}: {direct}");
                    format!("+{shown}")
                }
            };
            let cost = e.to_target("total_hkd_bn").unwrap_or(f64::NAN);
            let band = format!("{}–{}", two(e.share_band("p10")), two(e.share_band("p90")));
            for wanted in [
                format!("| {} |", two(share)),
                format!("| {direct} |"),
                format!("| {} |", thousands(net)),
                format!("| {cost:.1} |"),
                band,
            ] {
                assert!(
                    text.contains(&wanted),
                    "{lang}: {file}: no {wanted} in\n{text}"
                );
            }
        }
        let headings = if lang == "en" {
            [
                "## Bottom line",
                "## What matters most",
                "## What it would take",
            ]
        } else {
            ["## 結論", "## 影響最大的因素", "## 達標需要甚麼"]
        };
        for heading in headings {
            assert!(text.contains(heading), "{lang}: no {heading}");
        }
        // What it would take says where the leading option's land went.
        let leading = Evaluated::of("policies/blueprint-2032.toml");
        let sites = if lang == "en" {
            format!(
                "Land by 2032: {} ha released, {} ha taken up by plants that need a site",
                thousands(leading.in_target_year("land_released_ha")),
                thousands(leading.in_target_year("sites_taken_up_ha"))
            )
        } else {
            format!(
                "至 2032 年的土地：已推出 {} 公頃",
                thousands(leading.in_target_year("land_released_ha"))
            )
        };
        assert!(text.contains(&sites), "{lang}: no {sites}");
        if lang != "en" {
            assert!(
                !text.contains("Bottom line"),
                "English left in the Chinese brief"
            );
        }
    }
}

#[test]
fn the_bottom_line_names_the_option_that_does_most_from_the_numbers() {
    let shares: Vec<(String, f64)> = OPTIONS
        .iter()
        .map(|file| {
            let e = Evaluated::of(file);
            (
                e.eval["name"].as_str().unwrap_or_default().to_string(),
                e.eval["target"]["projected_share_pct"]
                    .as_f64()
                    .unwrap_or(f64::NAN),
            )
        })
        .collect();
    let (best, share) = shares
        .iter()
        .max_by(|a, b| a.1.total_cmp(&b.1))
        .cloned()
        .unwrap_or_default();
    let text = ok_owned(&brief("en", &[]));
    let bottom = crate::support::section(&text, "## Bottom line").unwrap_or_default();
    assert!(
        bottom.contains(&format!(
            "{best} does most: manufacturing reaches {}% of GDP",
            two(share)
        )),
        "{bottom}"
    );
    // No draw of any option reaches 5%: no option is named as the best chance.
    let chances: Vec<f64> = OPTIONS
        .iter()
        .map(|file| {
            Evaluated::of(file).uncertainty["probability_met"]
                .as_f64()
                .unwrap_or(f64::NAN)
        })
        .collect();
    assert!(chances.iter().all(|c| *c == 0.0), "{chances:?}");
    assert!(
        bottom.contains("No option reaches 5% by 2032 in any draw."),
        "{bottom}"
    );
    assert!(!bottom.contains("best chance"), "{bottom}");
}

#[test]
fn the_html_brief_stands_alone_and_prints_on_at_most_two_a4_pages() {
    let Some(chromium) = chromium() else {
        eprintln!("skipped: no Chromium on this machine (.ci/run installs Debian's chromium)");
        return;
    };
    // With a threshold, and without (its "what would have to be true" asks of
    // the share the leader reaches in one draw in ten).
    let asked: [&[&str]; 2] = [&["--threshold", "1"], &[]];
    for (lang, extra) in ["en", "zh-Hant"]
        .into_iter()
        .flat_map(|lang| asked.map(|extra| (lang, extra)))
    {
        let dir = temp();
        let html = dir.path().join("brief.html");
        let mut args = extra.to_vec();
        let html_text = path_text(&html);
        args.extend(["-o", html_text.as_str()]);
        ok_owned(&brief(lang, &args));
        let page = std::fs::read_to_string(&html).unwrap_or_else(|e| panic!("{e}"));
        assert!(page.contains("<svg"), "the chart is embedded");
        assert!(!page.contains("src=\""), "nothing is loaded from elsewhere");
        let svgs = std::fs::read_dir(dir.path())
            .unwrap_or_else(|e| panic!("{e}"))
            .filter(|f| {
                f.as_ref()
                    .is_ok_and(|f| f.path().extension().is_some_and(|e| e == "svg"))
            })
            .count();
        assert_eq!(svgs, 0, "no stray SVG files beside the HTML");
        let pages = printed_pages(chromium, &html);
        assert!((1..=2).contains(&pages), "{lang} {extra:?}: {pages} pages");
    }
}

/// A brief of many options (nine, two with long names) and two thresholds
/// still prints on two pages, in smaller type: an analyst's five options with
/// two thresholds took three.
#[test]
fn a_brief_of_nine_options_and_two_thresholds_prints_on_two_a4_pages() {
    let Some(chromium) = chromium() else {
        eprintln!("skipped: no Chromium on this machine (.ci/run installs Debian's chromium)");
        return;
    };
    let dir = temp();
    let mut files: Vec<String> = [
        "status-quo",
        "announced",
        "announced-measures",
        "blueprint-2032",
        "land-led",
        "rd-led",
        "talent-led",
    ]
    .iter()
    .map(|name| format!("policies/{name}.toml"))
    .collect();
    let blueprint = std::fs::read_to_string(root().join("policies/blueprint-2032.toml"))
        .unwrap_or_else(|e| panic!("{e}"));
    for i in 1..=2 {
        let long = blueprint.replacen(
            "name = \"Blueprint 2032\"",
            &format!("name = \"Blueprint 2032, variant {i}, with a rather long name for a table\""),
            1,
        );
        let path = dir.path().join(format!("variant-{i}.toml"));
        std::fs::write(&path, long).unwrap_or_else(|e| panic!("{e}"));
        files.push(path_text(&path));
    }
    for lang in ["en", "zh-Hant"] {
        let html = dir.path().join(format!("brief-{lang}.html"));
        let html_text = path_text(&html);
        let mut args = vec!["--lang", lang, "brief"];
        args.extend(files.iter().map(String::as_str));
        args.extend(["--threshold", "1,1.5", "-o", html_text.as_str()]);
        ok(&args);
        let pages = printed_pages(chromium, &html);
        assert!((1..=2).contains(&pages), "{lang}: {pages} pages");
    }
}

/// The Chromium on this machine, if any.
fn chromium() -> Option<&'static str> {
    ["chromium", "chromium-browser", "google-chrome"]
        .into_iter()
        .find(|name| {
            Command::new(name)
                .arg("--version")
                .output()
                .is_ok_and(|o| o.status.success())
        })
}

/// The pages `chromium` prints `html` on, to A4 as the page asks.
fn printed_pages(chromium: &str, html: &Path) -> usize {
    let pdf = html.with_extension("pdf");
    let status = Command::new(chromium)
        .args([
            "--headless",
            "--no-sandbox",
            "--disable-gpu",
            "--no-pdf-header-footer",
            &format!("--print-to-pdf={}", path_text(&pdf)),
            &format!("file://{}", path_text(html)),
        ])
        .output()
        .unwrap_or_else(|e| panic!("{e}"));
    assert!(pdf.exists(), "Chromium printed nothing: {status:?}");
    let bytes = std::fs::read(&pdf).unwrap_or_else(|e| panic!("{e}"));
    pdf_pages(&bytes)
}

/// Pages of a PDF: its `/Type /Page` objects (not `/Pages`).
fn pdf_pages(bytes: &[u8]) -> usize {
    let text = String::from_utf8_lossy(bytes);
    text.match_indices("/Type /Page")
        .chain(text.match_indices("/Type/Page"))
        .filter(|(at, found)| !text[at + found.len()..].starts_with('s'))
        .count()
}

#[test]
fn a_brief_in_another_format_is_refused_with_the_ones_it_writes() {
    let mut args = brief("en", &["-o", "brief.docx"]);
    args.retain(|a| a != "--lang" && a != "en");
    let args: Vec<&str> = args.iter().map(String::as_str).collect();
    let result = run(&args);
    assert_eq!(result.code, Some(2));
    assert!(
        result.stderr.contains(".html") && result.stderr.contains(".xlsx"),
        "{}",
        result.stderr
    );
}

#[test]
fn outputs_and_the_brief_say_which_jobs_and_cost_figures_to_quote() {
    let dictionary = ok(&["outputs"]);
    assert!(
        dictionary.contains("net jobs added in the target year"),
        "{dictionary}"
    );
    assert!(dictionary.contains("cost to the target year"));
    let chinese = ok(&["--lang", "zh-Hant", "outputs"]);
    assert!(chinese.contains("目標年份全經濟淨新增職位"), "{chinese}");
    assert!(dictionary.contains("manufacturing jobs added (direct)"));
    let brief = ok_owned(&brief("en", &[]));
    assert!(brief.contains("net jobs added in 2032"));
    // A machine format stays a table of columns.
    let csv = ok(&["outputs", "--format", "csv"]);
    assert!(!csv.contains("Which figures to quote"));
}

#[test]
fn sweep_columns_name_their_year_and_window() {
    let csv = ok(&[
        "sweep",
        "policies/blueprint-2032.toml",
        "--vary",
        "rd.grants_hkd_bn_per_year=0..1:1",
    ]);
    let header = csv.lines().next().unwrap_or_default();
    for column in header.split(',').skip(1) {
        assert!(
            column == "met" || column == "first_year_met" || column.contains("target_year"),
            "{column} does not say its year or window: {header}"
        );
    }
    // The cost column is eval's cost to the target year, for every package.
    let rows = ok(&["sweep", "--dir", "policies", "--format", "ndjson"]);
    let mut checked = 0;
    for line in rows.lines() {
        let row: Value = serde_json::from_str(line).unwrap_or_else(|e| panic!("{e}: {line}"));
        let file = row["file"].as_str().unwrap_or_default();
        let eval = json(&["eval", file, "--format", "json"]);
        let want = eval["fiscal"]["to_target_year"]["total_hkd_bn"]
            .as_f64()
            .unwrap_or(f64::NAN);
        let got = row["cost_to_target_year_hkd_bn"]
            .as_f64()
            .unwrap_or(f64::NAN);
        assert!(
            (got - want).abs() <= 1e-9 * want.abs().max(1.0),
            "{file}: {got} vs {want}"
        );
        checked += 1;
    }
    assert!(checked >= 3);
}

/// A measure that costs money and moves neither the share nor jobs by the
/// target year is named in the brief; one that moves either is not. Which is
/// which comes from `explain --format json`.
#[test]
fn the_brief_names_measures_that_cost_money_and_move_nothing_by_the_target_year() {
    let file = "policies/announced-measures.toml";
    let explained = json(&["explain", file, "--format", "json"]);
    let outcomes = explained["outcomes"]
        .as_array()
        .cloned()
        .unwrap_or_default();
    let part = |outcome: &str, measure: &str| {
        outcomes
            .iter()
            .find(|o| o["outcome"] == outcome)
            .and_then(|o| o["parts"][measure].as_f64())
            .unwrap_or(f64::NAN)
    };
    let cost = |measure: &str| {
        outcomes
            .iter()
            .find(|o| o["outcome"] == "cost")
            .and_then(|o| o["parts"][measure].as_f64())
            .unwrap_or(0.0)
    };
    let text = ok(&["brief", "policies/status-quo.toml", file]);
    let caveats = text
        .split("## Caveats and sources")
        .nth(1)
        .unwrap_or_default();
    let package = std::fs::read_to_string(root().join(file)).unwrap_or_else(|e| panic!("{e}"));
    for measure in explained["groups"].as_array().cloned().unwrap_or_default() {
        let key = measure.as_str().unwrap_or_default();
        let label = package
            .split(&format!("[measures.{key}]"))
            .nth(1)
            .and_then(|rest| rest.lines().find_map(|l| l.strip_prefix("label = \"")))
            .map_or_else(
                || panic!("{key} has no label"),
                |l| l.trim_end_matches('"').to_string(),
            );
        let silent =
            part("share", key).abs() < 0.005 && part("jobs", key).abs() < 1.0 && cost(key) > 0.05;
        assert_eq!(
            caveats.contains(&format!("{label} (")),
            silent,
            "{key}: share {} jobs {} cost {}\n{caveats}",
            part("share", key),
            part("jobs", key),
            cost(key)
        );
    }
}

/// Every assumption in "what matters most" is described, sector parameters
/// (which carry no description of their own) by their name in words.
#[test]
fn what_matters_most_describes_every_assumption() {
    let markdown = crate::support::ok(&[
        "brief",
        "policies/status-quo.toml",
        "policies/blueprint-2032.toml",
        "-o",
        "-",
    ]);
    let section = crate::support::section(&markdown, "## What matters most")
        .expect("a what-matters-most section");
    let items: Vec<&str> = section.lines().filter(|l| l.starts_with("- ")).collect();
    assert!(!items.is_empty(), "{section}");
    for item in items {
        assert!(
            !item.starts_with("-  ("),
            "an assumption without words: {item}"
        );
    }
}

/// Every assumption the brief can name (each one Monte Carlo draws, so the
/// tornado moves it) has a Traditional Chinese description, and the Chinese
/// brief's "what matters most" carries none of the baseline's English ones.
#[test]
fn every_assumption_the_brief_can_name_is_described_in_chinese() {
    use levers_core::{Distribution, ParamId};
    use levers_report::i18n::Lang;
    use levers_report::param_words::has_param_description;

    let baseline = levers_files::baseline_file::embedded().unwrap_or_else(|e| panic!("{e:?}"));
    let drawn: Vec<_> = ParamId::all()
        .map(|id| baseline.spec(id))
        .filter(|spec| spec.distribution != Distribution::Fixed)
        .collect();
    assert!(drawn.len() > 50, "{} drawn parameters", drawn.len());
    let missing: Vec<&str> = drawn
        .iter()
        .filter(|spec| !has_param_description(Lang::ZhHant, &spec.name))
        .map(|spec| spec.name.as_str())
        .collect();
    assert!(missing.is_empty(), "no zh-Hant description: {missing:?}");

    let chinese = ok(&[
        "--lang",
        "zh-Hant",
        "brief",
        "policies/status-quo.toml",
        "policies/blueprint-2032.toml",
        "-o",
        "-",
    ]);
    let section = crate::support::section(&chinese, "## 影響最大的因素")
        .expect("a what-matters-most section");
    assert!(section.lines().any(|l| l.starts_with("- ")), "{section}");
    for spec in &drawn {
        let english = spec.description.trim();
        assert!(
            english.is_empty() || !section.contains(english),
            "English description of {} in the Chinese brief: {section}",
            spec.name
        );
    }
}

/// A measure that costs money and moves nothing by the target year (land
/// released from 2031 arrives after 2032) is said by `check` (a warning, not
/// a refusal: exit 0) and by `summary`, in the words `explain` uses; a package
/// whose measures all act gets no such line.
#[test]
fn check_and_summary_warn_of_a_measure_that_moves_nothing_by_the_target_year() {
    let folder = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
    let late = folder.path().join("late.toml");
    std::fs::write(
        &late,
        "format = 2\nname = \"Late land\"\n[measures.late_land]\nkind = \"land_release\"\namount = 50.0\nstart = 2031\n",
    )
    .unwrap_or_else(|e| panic!("{e}"));
    let late = late.to_str().unwrap_or_default();
    let explain = crate::support::run(&["explain", late]);
    let warning = explain
        .stdout
        .lines()
        .chain(explain.stderr.lines())
        .find(|l| l.starts_with("Warning: late_land"))
        .unwrap_or_else(|| panic!("explain warns: {}{}", explain.stdout, explain.stderr))
        .to_owned();
    let check = crate::support::run(&["check", late]);
    assert_eq!(check.code, Some(0), "{}", check.stderr);
    assert!(check.stderr.contains(&warning), "{}", check.stderr);
    let summary = ok(&["summary", late]);
    assert!(summary.contains(&warning), "{summary}");

    let sound = crate::support::run(&["check", "policies/land-led.toml"]);
    assert!(!sound.stderr.contains("Warning:"), "{}", sound.stderr);
    assert!(!ok(&["summary", "policies/land-led.toml"]).contains("Warning:"));

    // Training places move neither the share nor manufacturing jobs by 2032
    // in the Blueprint, but the trained work elsewhere: net jobs across the
    // economy rise, so the measure is not called one that moves nothing.
    let blueprint = "policies/blueprint-2032.toml";
    let mut without = std::fs::read_to_string(blueprint).unwrap_or_else(|e| panic!("{e}"));
    let table = without
        .find("[measures.training_places]")
        .expect("training");
    let next = without[table + 1..]
        .find("\n[")
        .map_or(without.len(), |i| table + 1 + i);
    without.replace_range(table..next, "");
    let without_file = folder.path().join("without-training.toml");
    std::fs::write(&without_file, without).unwrap_or_else(|e| panic!("{e}"));
    let net_2032 = |file: &str| {
        let out = crate::support::json(&["eval", file, "--format", "json"]);
        let at = crate::support::year_index(&out, 2032);
        out["series"]["net_jobs_added"][at]
            .as_f64()
            .unwrap_or(f64::NAN)
    };
    let added = net_2032(blueprint) - net_2032(without_file.to_str().unwrap_or_default());
    assert!(added >= 1.0, "training adds {added} net jobs");
    let check = crate::support::run(&["check", blueprint]);
    assert!(
        !check.stderr.contains("Warning: Training places"),
        "{}",
        check.stderr
    );
}

#[test]
fn a_brief_of_one_option_against_doing_nothing_gives_one_lift() {
    for (lang, one, range) in [
        ("en", "the option adds", " to "),
        ("zh-Hant", "方案令佔比增加", " 至 "),
    ] {
        let text = crate::support::ok(&[
            "--lang",
            lang,
            "brief",
            "policies/status-quo.toml",
            "policies/blueprint-2032.toml",
        ]);
        let bottom = text.lines().find(|l| l.contains(one)).unwrap_or_default();
        assert!(!bottom.is_empty(), "{lang}: {text}");
        let lift = bottom.split(one).nth(1).unwrap_or_default();
        assert!(!lift.contains(range), "{lang}: {bottom}");
    }
}

#[test]
fn options_with_different_target_years_are_refused_naming_each_year() {
    let short = "tests/fixtures/stacked/short-horizon.toml";
    let dir = temp();
    for output in ["brief.md", "brief.xlsx"] {
        let out = path_text(&dir.path().join(output));
        let refused = run(&["brief", "policies/blueprint-2032.toml", short, "-o", &out]);
        assert_eq!(refused.code, Some(2), "{}", refused.stderr);
        assert!(
            refused.stderr.contains(&format!(
                "different target years (policies/blueprint-2032.toml 2032, {short} 2030)"
            )),
            "{}",
            refused.stderr
        );
        assert!(!dir.path().join(output).exists(), "nothing written");
    }
    // The workbook of compare -o opens on the same options table.
    let out = path_text(&dir.path().join("compare.xlsx"));
    let refused = run(&["compare", "policies/blueprint-2032.toml", short, "-o", &out]);
    assert_eq!(refused.code, Some(2), "{}", refused.stderr);
    // Printed, compare reads each in its own target year.
    ok(&["compare", "policies/blueprint-2032.toml", short]);
}

/// One row gives each option's chance of the target: under the first
/// option's share it would give the others' chances of their own.
#[test]
fn options_with_different_target_shares_are_refused_naming_each_share() {
    let two = crate::support::package::Package::example("policies/land-led.toml")
        .set("target.manufacturing_share_pct", 2.0);
    let dir = temp();
    for (lang, says) in [
        (
            "en",
            "the options aim at different shares (policies/status-quo.toml 5%, ",
        ),
        (
            "zh-Hant",
            "各方案的目標比重不同（policies/status-quo.toml：5%、",
        ),
    ] {
        for output in ["brief.md", "brief.xlsx", "compare.xlsx"] {
            let out = path_text(&dir.path().join(output));
            let command = if output == "compare.xlsx" {
                "compare"
            } else {
                "brief"
            };
            let refused = two.run(&[
                "--lang",
                lang,
                command,
                "policies/status-quo.toml",
                "{package}",
                "-o",
                &out,
            ]);
            assert_eq!(refused.code, Some(2), "{}", refused.stderr);
            assert!(refused.stderr.contains(says), "{}", refused.stderr);
            assert!(
                refused.stderr.contains("land-led.toml"),
                "{}",
                refused.stderr
            );
            assert!(!dir.path().join(output).exists(), "nothing written");
        }
    }
    // The same share written differently is one target.
    let same = crate::support::package::Package::example("policies/land-led.toml")
        .set("target.manufacturing_share_pct", 5);
    let out = path_text(&dir.path().join("same.md"));
    same.run(&["brief", "policies/status-quo.toml", "{package}", "-o", &out])
        .exits(0);
}

#[test]
fn options_that_tie_are_called_once_and_the_needs_name_their_option() {
    let dir = temp();
    let copy = dir.path().join("copy.toml");
    std::fs::copy(root().join("policies/blueprint-2032.toml"), &copy).expect("copy");
    let out = dir.path().join("tie.md");
    ok(&[
        "brief",
        "policies/blueprint-2032.toml",
        &path_text(&copy),
        "-o",
        &path_text(&out),
    ]);
    let text = std::fs::read_to_string(&out).expect("written");
    let bottom = crate::support::section(&text, "## Bottom line").unwrap_or_default();
    // The first of equals leads, and is not also called the cheapest.
    assert!(
        bottom.contains("Blueprint 2032 (blueprint-2032.toml) does most"),
        "{bottom}"
    );
    assert!(!bottom.contains("is the cheapest"), "{bottom}");
    assert!(bottom.contains("the options each add"), "{bottom}");
    let needs = crate::support::section(&text, "## What it would take").unwrap_or_default();
    assert!(
        needs.contains(
            "These figures are for Blueprint 2032 (blueprint-2032.toml), the option that does most."
        ),
        "{needs}"
    );
}

#[test]
fn the_cost_window_opens_with_the_first_option_that_spends() {
    let eval = json(&["eval", "policies/blueprint-2032.toml", "--format", "json"]);
    let from = eval["fiscal"]["to_target_year"]["from"]
        .as_i64()
        .unwrap_or_default();
    let to = eval["fiscal"]["to_target_year"]["to"]
        .as_i64()
        .unwrap_or_default();
    let brief = ok(&[
        "brief",
        "policies/status-quo.toml",
        "policies/blueprint-2032.toml",
        "-o",
        "-",
    ]);
    // Doing nothing, listed first, spends nothing: it does not open the window.
    assert!(
        brief.contains(&format!("## The options, {from}–{to}")),
        "{brief}"
    );
    assert!(
        brief.contains(&format!("| Cost {from}–{to} (HK$ bn) |")),
        "{brief}"
    );
}

/// Each draw's fiscal cost summed to `year`, from `eval --uncertainty
/// --draws-out`, sorted.
fn draw_costs_to(file: &str, year: i64) -> Vec<f64> {
    let mut totals: std::collections::BTreeMap<u64, f64> = std::collections::BTreeMap::new();
    for row in draw_rows(file, &["draw", "year", "fiscal_cost_hkd_bn"]) {
        if row[1] <= year as f64 {
            *totals.entry(row[0] as u64).or_default() += row[2];
        }
    }
    let mut totals: Vec<f64> = totals.into_values().collect();
    totals.sort_by(f64::total_cmp);
    totals
}

#[test]
fn the_brief_gives_the_cost_band_over_the_same_draws_beside_the_central_cost() {
    let text = ok_owned(&brief("en", &[]));
    let interpolated = |sorted: &[f64], p: f64| {
        let rank = p * (sorted.len() - 1) as f64;
        let below = rank.floor() as usize;
        let above = (below + 1).min(sorted.len() - 1);
        sorted[below] + (rank - below as f64) * (sorted[above] - sorted[below])
    };
    let blueprint = Evaluated::of("policies/blueprint-2032.toml");
    let costs = draw_costs_to("policies/blueprint-2032.toml", blueprint.target_year());
    let (p10, p90) = (interpolated(&costs, 0.1), interpolated(&costs, 0.9));
    let band = format!("{p10:.1}–{p90:.1}");
    let row = text
        .lines()
        .find(|l| l.starts_with("| p10–p90 of that cost"))
        .unwrap_or_else(|| panic!("no cost band row in\n{text}"));
    assert!(row.contains(&band), "{band} not in {row}");
    // The bottom line says it too, beside the central cost.
    let bottom = format!(
        "at the central assumptions (HK${p10:.1} bn to HK${p90:.1} bn in 8 draws out of 10;"
    );
    assert!(text.contains(&bottom), "{bottom} not in\n{text}");
    // The central cost is the cost at the central assumptions, which here
    // lies below most draws' (the cost assumptions range further above).
    let central = blueprint.to_target("total_hkd_bn").unwrap_or(f64::NAN);
    assert!(
        p10 < central && central < interpolated(&costs, 0.5),
        "{central} in {costs:?}"
    );
    assert!(
        text.contains("range further above their central values"),
        "{text}"
    );
}

/// The "What would have to be true" bullets of a Markdown brief, unescaped.
fn have_to_be_true_bullets(markdown: &str, heading: &str) -> Vec<String> {
    markdown
        .split("\n## ")
        .find(|section| section.starts_with(heading))
        .unwrap_or_else(|| panic!("no section {heading}:\n{markdown}"))
        .lines()
        .filter_map(|line| line.strip_prefix("- "))
        .map(|line| line.replace('\\', ""))
        .collect()
}

#[test]
fn when_no_option_meets_the_target_in_any_draw_the_brief_asks_what_the_leader_reaches_in_one_draw_in_ten()
 {
    let leader = "policies/blueprint-2032.toml";
    let p90 = Evaluated::of(leader).share_band("p90");
    let share = (p90 * 10.0).floor() / 10.0;
    assert!(share > 0.0 && share < 5.0, "{p90}");
    let said = ok(&["discover", leader, "--threshold", &format!("{share:.1}")]);
    let sentence = said
        .lines()
        .find(|line| line.starts_with("Blueprint 2032 reaches at least"))
        .unwrap_or_else(|| panic!("{said}"));
    let bullets =
        have_to_be_true_bullets(&ok_owned(&brief("en", &[])), "What would have to be true");
    assert_eq!(bullets.len(), 2, "{bullets:?}");
    assert!(
        bullets[0].starts_with("No option reaches 5.0% of GDP by 2032 in any of the 1,000 draws")
            && bullets[0].contains(&format!(
                "for Blueprint 2032, the option that does most, to reach {share:.1}%"
            )),
        "{}",
        bullets[0]
    );
    assert_eq!(bullets[1], sentence);
    // The workbook's Summary says the same under the bottom line.
    let dir = temp();
    let out = dir.path().join("brief.xlsx");
    ok_owned(&brief("en", &["-o", &path_text(&out)]));
    let range = open(&out)
        .worksheet_range("Summary")
        .unwrap_or_else(|e| panic!("{e}"));
    let heading = (0..range.height() as u32)
        .find(|r| cell(&range, *r, 0) == Data::String("What would have to be true".into()))
        .unwrap_or_else(|| panic!("no heading on the Summary"));
    for (k, bullet) in bullets.iter().enumerate() {
        assert_eq!(
            cell(&range, heading + 1 + k as u32, 0),
            Data::String(bullet.clone())
        );
    }

    // In Chinese the same, and with --threshold each option is asked as before.
    let chinese = have_to_be_true_bullets(&ok_owned(&brief("zh-Hant", &[])), "甚麼條件必須成立");
    assert_eq!(chinese.len(), 2, "{chinese:?}");
    assert!(
        chinese[0].starts_with("所有方案在 1,000 次抽樣中都未能"),
        "{}",
        chinese[0]
    );
    let asked = have_to_be_true_bullets(
        &ok_owned(&brief("en", &["--threshold", "1"])),
        "What would have to be true",
    );
    assert_eq!(asked.len(), OPTIONS.len(), "{asked:?}");
    assert!(
        asked
            .iter()
            .all(|b| b.contains("reaches at least 1.0% of GDP")),
        "{asked:?}"
    );
}

/// An option that lowers the share by less than the last decimal shown
/// (scale-up placed in Guangdong, talent admitted to every sector).
const BARELY_LOWER: &str = r#"format = 2
name = "Offshore scale-up"
horizon = 2035

[target]
manufacturing_share_pct = 5.0
year = 2032

[measures.gba]
kind = "gba_scaleup_share"
amount = 0.8
start = 2025
label = "Scale-up placed in GBA"

[measures.talent]
kind = "talent_admissions"
amount = 1000
start = 2025
"#;

#[test]
fn a_lift_that_rounds_to_nothing_shows_no_sign_and_names_no_largest_part() {
    let package = crate::support::package::Package::text("offshore.toml", BARELY_LOWER);
    let lift = json(&["eval", &package.path(), "--format", "json"])["target"]
        ["projected_share_pct"]
        .as_f64()
        .unwrap_or(f64::NAN)
        - json(&["eval", "policies/status-quo.toml", "--format", "json"])["target"]
            ["projected_share_pct"]
            .as_f64()
            .unwrap_or(f64::NAN);
    assert!(
        lift < 0.0 && lift > -0.005,
        "a fall that rounds to 0.00: {lift}"
    );
    let brief = package.run(&[
        "brief",
        "policies/status-quo.toml",
        "{package}",
        "policies/land-led.toml",
        "-o",
        "-",
    ]);
    brief.exits(0);
    assert!(
        brief.stdout.contains("the options add 0.00 to 0."),
        "{}",
        brief.stdout
    );
    assert!(!brief.stdout.contains("-0.00"), "{}", brief.stdout);
    let summary = package.run(&["summary", "{package}"]);
    summary.exits(0);
    assert!(
        !summary.stdout.contains("largest contribution"),
        "{}",
        summary.stdout
    );
    // A package whose parts do add something still names the largest.
    assert!(
        ok(&["summary", "policies/blueprint-2032.toml"])
            .contains("The largest contribution comes from")
    );
}

/// A threshold given twice is asked once; options from files of one name in
/// two folders are told apart by their paths, and one file given twice is
/// numbered among its repeats from 1.
#[test]
fn repeated_thresholds_and_files_of_one_name_read_apart() {
    let once = run(&[
        "brief",
        "policies/status-quo.toml",
        "policies/land-led.toml",
        "--threshold",
        "1,1,1.5",
        "-o",
        "-",
    ]);
    once.exits(0);
    assert_eq!(
        once.stdout.matches("at least 1% in 2032").count(),
        1,
        "{}",
        once.stdout
    );
    let dir = temp();
    for folder in ["a", "b"] {
        std::fs::create_dir_all(dir.path().join(folder)).unwrap_or_else(|e| panic!("{e}"));
        std::fs::copy(
            root().join("policies/land-led.toml"),
            dir.path().join(folder).join("land.toml"),
        )
        .unwrap_or_else(|e| panic!("{e}"));
    }
    let a = path_text(&dir.path().join("a/land.toml"));
    let b = path_text(&dir.path().join("b/land.toml"));
    let apart = ok(&["brief", "policies/status-quo.toml", &a, &b, "-o", "-"]).replace('\\', "");
    assert!(apart.contains(&format!("Land-led ({a})")), "{apart}");
    assert!(apart.contains(&format!("Land-led ({b})")), "{apart}");
    let twice = ok(&["brief", "policies/status-quo.toml", &a, &a, "-o", "-"]).replace('\\', "");
    assert!(twice.contains("Land-led (land.toml) #1"), "{twice}");
    assert!(twice.contains("Land-led (land.toml) #2"), "{twice}");
}
