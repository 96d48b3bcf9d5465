//! `levers chart` and `levers report`: the files are parsed back (SVG as XML,
//! PNG decoded) and checked for what a reader needs — one styled line per
//! package, the target marked, the numbers of the projection.

use std::collections::BTreeSet;
use std::fs;
use std::path::Path;

use levers_report::chart::{LineStyle, STYLES, TARGET_COLOR, hex, style_for, styles_for};
use serde_json::Value;

use crate::support::{levers, output_of};

/// A decoded 8-bit RGB image.
struct Rgb {
    width: u32,
    height: u32,
    pixels: Vec<u8>,
}

impl Rgb {
    fn decode(bytes: &[u8]) -> Rgb {
        let decoder = png::Decoder::new(std::io::Cursor::new(bytes));
        let mut reader = decoder.read_info().expect("a PNG header");
        let mut pixels = vec![0; reader.output_buffer_size().expect("a sane size")];
        let info = reader.next_frame(&mut pixels).expect("decodes");
        assert_eq!(
            (info.color_type, info.bit_depth),
            (png::ColorType::Rgb, png::BitDepth::Eight)
        );
        pixels.truncate(info.buffer_size());
        Rgb {
            width: info.width,
            height: info.height,
            pixels,
        }
    }

    fn pixel(&self, x: u32, y: u32) -> &[u8] {
        let start = (y as usize * self.width as usize + x as usize) * 3;
        &self.pixels[start..start + 3]
    }
}

/// The stroke colours of the drawn lines (polylines and line segments).
fn line_strokes(svg: &str) -> BTreeSet<String> {
    let document = roxmltree::Document::parse(svg).expect("the SVG is well-formed XML");
    document
        .descendants()
        .filter(|n| matches!(n.tag_name().name(), "polyline" | "line" | "path"))
        .filter_map(|n| n.attribute("stroke").map(str::to_string))
        .collect()
}

/// The text of every `<text>` element, trimmed.
pub(super) fn texts(svg: &str) -> Vec<String> {
    let document = roxmltree::Document::parse(svg).expect("XML");
    document
        .descendants()
        .filter(|n| n.tag_name().name() == "text")
        .filter_map(|n| n.text().map(|t| t.trim().to_string()))
        .collect()
}

const THREE: [&str; 3] = [
    "policies/status-quo.toml",
    "policies/land-led.toml",
    "policies/blueprint-2032.toml",
];
const THREE_NAMES: [&str; 3] = ["Status quo", "Land-led", "Blueprint 2032"];

/// The style of each of [`THREE`], chosen by name.
fn style(i: usize) -> LineStyle {
    styles_for(&THREE_NAMES)[i]
}

/// A style none of [`THREE`] has.
fn unused_style() -> LineStyle {
    let used = styles_for(&THREE_NAMES);
    *STYLES
        .iter()
        .find(|s| !used.contains(s))
        .expect("seven styles")
}

#[test]
fn a_share_chart_is_fitted_to_the_data_and_names_a_far_target_at_its_edge() {
    let dir = tempfile::tempdir().expect("temp dir");
    let out = dir.path().join("share.svg");
    output_of(levers().arg("chart").args(THREE).arg("-o").arg(&out));
    let svg = fs::read_to_string(&out).expect("written");
    let words = texts(&svg);
    let ticks: Vec<f64> = words
        .iter()
        .filter_map(|t| t.parse().ok())
        .filter(|v| *v < 100.0)
        .collect();
    let top = ticks.iter().copied().fold(f64::NEG_INFINITY, f64::max);
    assert!(top < 5.0, "the axis runs up to the target: {words:?}");
    assert!(
        words
            .iter()
            .any(|t| t == "target 5% of GDP by 2032: above this scale"),
        "{words:?}"
    );
    let fixed = dir.path().join("fixed.svg");
    output_of(
        levers()
            .arg("chart")
            .args(THREE)
            .args(["--ylim", "0,6", "-o"])
            .arg(&fixed),
    );
    let words = texts(&fs::read_to_string(&fixed).expect("written"));
    assert!(words.iter().any(|t| t == "6"), "--ylim 0,6: {words:?}");
}

#[test]
fn a_share_chart_has_one_styled_line_per_package_a_legend_and_the_target() {
    let dir = tempfile::tempdir().expect("temp dir");
    let out = dir.path().join("share.svg");
    output_of(
        levers()
            .arg("chart")
            .args(THREE)
            .args(["--target-line", "on", "-o"])
            .arg(&out),
    );
    let svg = fs::read_to_string(&out).expect("written");
    let strokes = line_strokes(&svg);
    for i in 0..THREE.len() {
        assert!(
            strokes.contains(&hex(style(i).color)),
            "series {i} not drawn"
        );
    }
    assert!(
        !strokes.contains(&hex(unused_style().color)),
        "more series than packages"
    );
    assert!(strokes.contains(&hex(TARGET_COLOR)), "no target line");
    // Not colour alone: each series has its own dash pattern and marker.
    let looks: BTreeSet<String> = (0..THREE.len())
        .map(|i| format!("{:?}/{:?}", style(i).dash, style(i).marker))
        .collect();
    assert_eq!(looks.len(), THREE.len());

    let texts = texts(&svg);
    for name in ["Status quo", "Land-led", "Blueprint 2032"] {
        assert!(
            texts.iter().any(|t| t == name),
            "legend lacks {name}: {texts:?}"
        );
    }
    assert!(
        texts.iter().any(|t| t == "target 5% of GDP by 2032"),
        "{texts:?}"
    );
    assert!(texts.iter().any(|t| t == "2032"));
    assert!(texts.iter().any(|t| t == "year"), "x axis label");
    assert!(
        texts.iter().any(|t| t == "Manufacturing share of GDP, %"),
        "y axis label with unit: {texts:?}"
    );
}

#[test]
fn a_jobs_chart_has_no_target_and_its_unit_on_the_axis() {
    let svg = String::from_utf8(output_of(levers().arg("chart").args(&THREE[..2]).args([
        "--outcome",
        "manufacturing_jobs",
        "-o",
        "-",
    ])))
    .expect("UTF-8");
    let strokes = line_strokes(&svg);
    let two = styles_for(&THREE_NAMES[..2]);
    assert!(strokes.contains(&hex(two[0].color)) && strokes.contains(&hex(two[1].color)));
    assert!(!strokes.contains(&hex(unused_style().color)));
    assert!(
        !strokes.contains(&hex(TARGET_COLOR)),
        "jobs are not the target"
    );
    let texts = texts(&svg);
    assert!(
        texts
            .iter()
            .any(|t| t == "Manufacturing jobs (all plants), jobs"),
        "{texts:?}"
    );
}

#[test]
fn a_png_chart_is_a_png_of_the_asked_size_with_the_series_colours() {
    let dir = tempfile::tempdir().expect("temp dir");
    let out = dir.path().join("share.png");
    output_of(
        levers()
            .arg("chart")
            .args(&THREE[..2])
            .args(["--width", "640", "--height", "400", "-o"])
            .arg(&out),
    );
    let bytes = fs::read(&out).expect("written");
    assert_eq!(&bytes[..8], b"\x89PNG\r\n\x1a\n", "PNG signature");
    let image = Rgb::decode(&bytes);
    assert_eq!((image.width, image.height), (640, 400));
    let count = |color: levers_report::chart::RGBColor| {
        image
            .pixels
            .chunks_exact(3)
            .filter(|p| *p == [color.0, color.1, color.2])
            .count()
    };
    let two = styles_for(&THREE_NAMES[..2]);
    assert!(count(two[0].color) > 100, "first series missing");
    assert!(count(two[1].color) > 100, "second series missing");
    assert_eq!(count(unused_style().color), 0, "no third series");
    // The title was drawn with the embedded font: dark pixels in the caption
    // band above the plot, where no line goes.
    let dark_in_caption = (0..640)
        .flat_map(|x| (0..36).map(move |y| (x, y)))
        .filter(|(x, y)| {
            image
                .pixel(*x, *y)
                .iter()
                .map(|c| u32::from(*c))
                .sum::<u32>()
                < 200
        })
        .count();
    assert!(
        dark_in_caption > 100,
        "no title text: {dark_in_caption} dark pixels"
    );
}

#[test]
fn uncertainty_shades_one_reproducible_band_per_package() {
    let chart = |seed: &str| {
        String::from_utf8(output_of(levers().arg("chart").args(&THREE[1..]).args([
            "--uncertainty",
            "--draws",
            "300",
            "--seed",
            seed,
            "-o",
            "-",
        ])))
        .expect("UTF-8")
    };
    let svg = chart("7");
    let document = roxmltree::Document::parse(&svg).expect("XML");
    let bands: Vec<String> = document
        .descendants()
        .filter(|n| n.tag_name().name() == "polygon")
        .filter_map(|n| n.attribute("fill").map(str::to_string))
        .collect();
    let two = styles_for(&THREE_NAMES[1..]);
    assert_eq!(
        bands,
        [hex(two[0].color), hex(two[1].color)],
        "one band each"
    );
    assert!(texts(&svg).iter().any(|t| t.contains("p10–p90")));
    assert_eq!(svg, chart("7"), "the same seed draws the same bands");
    assert_ne!(svg, chart("8"), "another seed, other bands");
    let not_banded = levers()
        .args([
            "chart",
            THREE[0],
            "--outcome",
            "hhi",
            "--uncertainty",
            "-o",
            "-",
        ])
        .output()
        .expect("runs");
    assert_eq!(not_banded.status.code(), Some(2));
}

#[test]
fn a_chart_file_name_must_say_svg_or_png() {
    let output = levers()
        .args(["chart", "policies/land-led.toml", "-o", "share.jpg"])
        .output()
        .expect("runs");
    assert_eq!(output.status.code(), Some(2));
    let message = String::from_utf8_lossy(&output.stderr);
    assert!(
        message.contains(".svg or .png") && message.contains(".jpg"),
        "{message}"
    );
    assert!(!Path::new("share.jpg").exists());
    let unknown = levers()
        .args([
            "chart",
            "policies/land-led.toml",
            "--outcome",
            "happiness",
            "-o",
            "x.svg",
        ])
        .output()
        .expect("runs");
    assert_eq!(unknown.status.code(), Some(2));
}

fn eval_json(file: &str) -> Value {
    serde_json::from_slice(&output_of(
        levers().args(["eval", file, "--format", "json"]),
    ))
    .expect("JSON")
}

#[test]
fn a_markdown_report_explains_the_package_with_its_numbers_and_charts() {
    let dir = tempfile::tempdir().expect("temp dir");
    let out = dir.path().join("blueprint.md");
    output_of(
        levers()
            .args([
                "report",
                "policies/blueprint-2032.toml",
                "--against",
                "policies/status-quo.toml",
                "-o",
            ])
            .arg(&out),
    );
    let report = fs::read_to_string(&out).expect("written");
    // Talent and training reach one labour market: no sectors for them, as
    // `check` refuses weights on them; the others name theirs.
    let sectors_of = |measure: &str| -> String {
        let row = report
            .lines()
            .find(|l| l.starts_with(&format!("| {measure} | {measure} |")))
            .unwrap_or_else(|| panic!("no row {measure} in {report}"));
        // measure, kind, amount, start, ramp, end, sectors, source
        row.split('|')
            .map(str::trim)
            .nth(7)
            .unwrap_or_default()
            .to_string()
    };
    assert_eq!(sectors_of("Talent admissions"), "—");
    assert_eq!(sectors_of("Training places"), "—");
    assert_eq!(sectors_of("Rent subsidy"), "all five equally");
    // Compared as eval --against compares: this package minus the other.
    let compared = crate::support::section(&report, "## Compared with Status quo")
        .unwrap_or_else(|| panic!("no comparison: {report}"));
    assert!(
        compared.contains("differences in brackets are against the first, Status quo"),
        "{compared}"
    );
    assert!(
        compared.contains("What changes from Status quo to Blueprint 2032"),
        "{compared}"
    );
    for heading in [
        "# Blueprint 2032",
        "## In brief",
        "## The levers",
        "## Headline outcomes",
        "## Compared with Status quo",
        "## Sectors",
        "## Which lever gave what",
        "## Charts",
        "## Year by year",
        "## Assumptions in force",
    ] {
        assert!(report.lines().any(|l| l == heading), "missing {heading}");
    }
    let summary = String::from_utf8(output_of(
        levers().args(["summary", "policies/blueprint-2032.toml"]),
    ))
    .expect("UTF-8");
    let paragraph = summary.lines().next().unwrap_or_default();
    assert!(report.contains(paragraph), "the summary paragraph");
    assert!(
        report.contains("Uncertainty: across 1,000 draws"),
        "the Monte Carlo line"
    );
    let json = eval_json("policies/blueprint-2032.toml");
    let projected = json["target"]["projected_share_pct"]
        .as_f64()
        .expect("number");
    assert!(
        report.contains(&format!("projected {projected:.2}%")),
        "target sentence"
    );
    // The brief says the target, what it needs and where the land went; the
    // year-by-year section below it is the table alone, not the same words again.
    for sentence in [
        "Target 5.0% of GDP by 2032",
        "The target needs",
        "Land by 2032",
    ] {
        assert_eq!(
            report.matches(sentence).count(),
            1,
            "{sentence:?} is said once: {report}"
        );
    }
    let year_by_year = crate::support::section(&report, "## Year by year").unwrap_or_default();
    assert!(
        year_by_year.trim_start().starts_with("| year |"),
        "{year_by_year}"
    );
    // Every parameter with its source.
    let assumptions: Value = serde_json::from_slice(&output_of(levers().args([
        "assumptions",
        "--format",
        "json",
    ])))
    .expect("JSON");
    for parameter in assumptions.as_array().expect("array") {
        let name = parameter["name"].as_str().expect("name");
        assert!(report.contains(name), "assumption {name} missing");
    }
    // The charts are written beside the report and linked by relative name.
    for key in [
        "manufacturing_share_pct",
        "manufacturing_jobs",
        "effective_sectors",
    ] {
        let name = format!("blueprint-{key}.svg");
        assert!(dir.path().join(&name).is_file(), "{name} not written");
        assert!(report.contains(&format!("]({name})")), "{name} not linked");
        let svg = fs::read_to_string(dir.path().join(&name)).expect("readable");
        let strokes = line_strokes(&svg);
        assert!(
            strokes.contains(&hex(style_for("Status quo").color)),
            "{name}: comparison line"
        );
    }
    // The attribution adds up: the parts of the share sum to the change.
    let row = report
        .lines()
        .find(|l| l.starts_with("| Manufacturing share of GDP, target year"))
        .expect("attribution row");
    let cells: Vec<f64> = row
        .split('|')
        .skip(2)
        .filter_map(|c| c.trim().parse::<f64>().ok())
        .collect();
    assert!(cells.len() >= 4, "{row}");
    let parts: f64 = cells[2..].iter().sum();
    assert!((cells[1] - cells[0] - parts).abs() < 0.03, "{row}");
}

#[test]
fn an_html_report_stands_alone_with_inline_charts_and_inert_user_text() {
    let dir = tempfile::tempdir().expect("temp dir");
    let package = dir.path().join("odd.toml");
    let text = fs::read_to_string("policies/land-led.toml")
        .expect("readable")
        .replace(
            "name = \"Land-led\"",
            "name = \"<script>alert(1)</script> | x\"",
        );
    fs::write(&package, text).expect("write");
    let out = dir.path().join("odd.html");
    output_of(levers().arg("report").arg(&package).arg("-o").arg(&out));
    let html = fs::read_to_string(&out).expect("written");
    assert!(html.starts_with("<!DOCTYPE html>"));
    assert_eq!(html.matches("<svg").count(), 4, "four inline charts");
    let beside: Vec<String> = fs::read_dir(dir.path())
        .expect("the folder")
        .flatten()
        .map(|e| e.path())
        .filter(|path| {
            path.extension()
                .is_some_and(|e| e.eq_ignore_ascii_case("svg"))
        })
        .map(|path| path.display().to_string())
        .collect();
    assert!(
        beside.is_empty(),
        "stray chart files beside the HTML: {beside:?}"
    );
    assert!(html.matches("<table>").count() >= 5);
    assert!(
        !html.contains("<script>"),
        "user text must not become markup"
    );
    assert!(html.contains("&lt;script&gt;"));

    let to_stdout = String::from_utf8(output_of(levers().args([
        "report",
        "policies/rd-led.toml",
        "--html",
        "-o",
        "-",
    ])))
    .expect("UTF-8");
    assert!(to_stdout.starts_with("<!DOCTYPE html>") && to_stdout.contains("R&amp;D-led"));
}

#[test]
fn the_same_package_gives_the_same_report_byte_for_byte() {
    let dir = tempfile::tempdir().expect("temp dir");
    let write = |name: &str| {
        let out = dir.path().join(name);
        output_of(
            levers()
                .args([
                    "report",
                    "policies/talent-led.toml",
                    "--against",
                    "policies/rd-led.toml",
                    "-o",
                ])
                .arg(&out),
        );
        let report = fs::read_to_string(&out).expect("report");
        let chart = fs::read_to_string(dir.path().join(format!(
            "{}-manufacturing_share_pct.svg",
            name.trim_end_matches(".md")
        )))
        .expect("chart");
        (report.replace(name.trim_end_matches(".md"), "NAME"), chart)
    };
    let first = write("alpha-report.md");
    let second = write("omega-report.md");
    assert_eq!(first, second);
}

/// Every package in `policies/`: eight, two of them with the same name.
fn eight_packages() -> Vec<String> {
    let mut files: Vec<String> = fs::read_dir(crate::support::root().join("policies"))
        .expect("policies/")
        .flatten()
        .map(|e| e.path())
        .filter(|p| p.extension().is_some_and(|e| e == "toml"))
        .map(|p| {
            format!(
                "policies/{}",
                p.file_name().expect("a file").to_string_lossy()
            )
        })
        .collect();
    files.sort();
    files
}

#[test]
fn eight_packages_are_drawn_apart_same_names_by_file_and_the_source_line_wraps() {
    let files = eight_packages();
    assert_eq!(files.len(), 8, "{files:?}");
    let dir = tempfile::tempdir().expect("temp dir");
    let out = dir.path().join("eight.svg");
    output_of(levers().arg("chart").args(&files).arg("-o").arg(&out));
    let svg = fs::read_to_string(&out).expect("written");
    let words = texts(&svg);
    for same in ["announced.toml", "announced-measures.toml"] {
        assert!(
            words
                .iter()
                .any(|t| t == &format!("Announced measures (2024–) ({same})")),
            "the legend does not tell {same} apart: {words:?}"
        );
    }
    let source = words
        .iter()
        .filter(|t| !t.starts_with("Announced"))
        .cloned()
        .collect::<Vec<_>>()
        .join(" ");
    for file in &files {
        let name = file.trim_start_matches("policies/");
        assert!(
            source.contains(name),
            "{name} cut from the source line: {source}"
        );
    }
    let first_line = words
        .iter()
        .find(|t| t.starts_with("Source:"))
        .expect("a source line");
    assert!(
        !first_line.contains("levers assumptions"),
        "the source line was not wrapped: {first_line}"
    );
    assert!(
        words
            .iter()
            .any(|t| t.ends_with("see levers assumptions).")),
        "{words:?}"
    );
    let strokes = line_strokes(&svg);
    let names: Vec<String> = files
        .iter()
        .map(|f| {
            let text = fs::read_to_string(crate::support::root().join(f)).expect("read");
            text.lines()
                .find_map(|l| l.strip_prefix("name = \""))
                .map(|n| n.trim_end_matches('"').to_string())
                .unwrap_or_default()
        })
        .collect();
    let titled: Vec<String> = names
        .iter()
        .zip(&files)
        .map(|(n, f)| {
            if names.iter().filter(|m| *m == n).count() > 1 {
                format!("{n} ({})", f.trim_start_matches("policies/"))
            } else {
                n.clone()
            }
        })
        .collect();
    let refs: Vec<&str> = titled.iter().map(String::as_str).collect();
    let styles = styles_for(&refs);
    for (i, a) in styles.iter().enumerate() {
        assert!(strokes.contains(&hex(a.color)), "{} not drawn", refs[i]);
        for b in &styles[i + 1..] {
            assert_ne!(a, b, "two packages drawn alike");
        }
    }
}

/// The report's sector table gives each sector's share of GDP at current
/// prices, as the headline share is: with manufacturing's relative price
/// falling, the five manufacturing shares add up to the headline's, not to
/// the share at base-year prices.
#[test]
fn the_report_s_sector_shares_add_up_to_the_official_share_when_prices_move() {
    let package = crate::support::package::Package::example("policies/blueprint-2032.toml")
        .set("assumptions.manufacturing_relative_price_change", -0.05);
    let eval = package.run(&["eval", "{package}", "--format", "json"]);
    eval.exits(0);
    let value: Value = serde_json::from_str(&eval.stdout).unwrap_or_else(|e| panic!("{e}"));
    let official = value["target"]["projected_share_pct"]
        .as_f64()
        .unwrap_or(f64::NAN);
    let i = value["years"]
        .as_array()
        .and_then(|years| years.iter().position(|y| y.as_i64() == Some(2032)))
        .unwrap_or_else(|| panic!("2032 is projected"));
    let real = value["series"]["real_manufacturing_share_pct"][i]
        .as_f64()
        .unwrap_or(f64::NAN);
    assert!(real - official > 0.3, "prices moved: {real} vs {official}");
    let report = package.run(&["report", "{package}", "-o", "-"]);
    report.exits(0);
    let sectors = report
        .stdout
        .split("## Sectors")
        .nth(1)
        .unwrap_or_else(|| panic!("no sectors section"));
    let manufacturing: f64 = sectors
        .lines()
        .filter(|line| line.starts_with("| ") && !line.starts_with("| sector"))
        .take(5)
        .map(|line| {
            let cells: Vec<&str> = line.split('|').map(str::trim).collect();
            cells[6].parse::<f64>().unwrap_or(f64::NAN)
        })
        .sum();
    assert!(
        (manufacturing - official).abs() < 0.03,
        "the five shares add to {manufacturing}, the official share is {official}"
    );
}

/// A package with no value in any year of the outcome (the status quo's cost
/// per net job: it adds no jobs) has no line, and so no legend entry.
#[test]
fn a_package_without_values_is_left_out_of_the_legend() {
    let svg = String::from_utf8(output_of(levers().args([
        "chart",
        "policies/status-quo.toml",
        "policies/land-led.toml",
        "--outcome",
        "cost_per_net_job_hkd",
        "-o",
        "-",
    ])))
    .expect("UTF-8");
    let texts = texts(&svg);
    assert!(texts.iter().any(|t| t == "Land-led"), "{texts:?}");
    assert!(!texts.iter().any(|t| t == "Status quo"), "{texts:?}");
}
