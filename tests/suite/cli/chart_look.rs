//! What issue 14 asked of charts and reports: a source line on every chart,
//! `--scale` for print (text grows too), one look per package name whatever
//! its position, no marker cut at the edge, clean titles, and report and chart
//! file names with an unknown extension refused.

use std::fs;

use levers_report::chart::{hex, style_for};

use super::chart_report::texts;
use crate::support::{levers, output_of, run};

fn chart_svg(args: &[&str]) -> String {
    String::from_utf8(output_of(
        levers().arg("chart").args(args).args(["-o", "-"]),
    ))
    .expect("UTF-8")
}

/// The stroke colour of each polyline, in drawing order.
fn polyline_strokes(svg: &str) -> Vec<String> {
    let document = roxmltree::Document::parse(svg).expect("XML");
    document
        .descendants()
        .filter(|n| n.tag_name().name() == "polyline")
        .filter_map(|n| n.attribute("stroke").map(str::to_string))
        .collect()
}

#[test]
fn every_chart_has_a_source_line_with_version_package_file_and_baseline_year() {
    let svg = chart_svg(&["policies/status-quo.toml", "policies/land-led.toml"]);
    let source = texts(&svg)
        .into_iter()
        .find(|t| t.starts_with("Source:"))
        .expect("a source line");
    assert!(
        source.contains(&format!("levers {}", env!("CARGO_PKG_VERSION"))),
        "{source}"
    );
    assert!(
        source.contains("status-quo.toml") && source.contains("land-led.toml"),
        "{source}"
    );
    assert!(
        !source.contains("policies/"),
        "file names, not paths: {source}"
    );
    assert!(source.contains("2023"), "the baseline year: {source}");

    let dir = tempfile::tempdir().expect("temp dir");
    let out = dir.path().join("r.md");
    output_of(
        levers()
            .args(["report", "policies/land-led.toml", "-o"])
            .arg(&out),
    );
    let chart = fs::read_to_string(dir.path().join("r-manufacturing_jobs.svg")).expect("chart");
    assert!(
        texts(&chart)
            .iter()
            .any(|t| t.starts_with("Source:") && t.contains("land-led.toml"))
    );
}

#[test]
fn a_package_keeps_its_colour_whatever_its_position() {
    let forward = chart_svg(&["policies/status-quo.toml", "policies/land-led.toml"]);
    let backward = chart_svg(&["policies/land-led.toml", "policies/status-quo.toml"]);
    let status_quo = hex(style_for("Status quo").color);
    let land = hex(style_for("Land-led").color);
    assert_ne!(status_quo, land);
    // Drawn in either order, each package has its own colour (by position,
    // the first would be black in both charts and the second the same blue).
    for svg in [&forward, &backward] {
        let strokes = polyline_strokes(svg);
        assert!(
            strokes.contains(&status_quo) && strokes.contains(&land),
            "{strokes:?}"
        );
    }
}

#[test]
fn titles_do_not_repeat_the_unit() {
    let jobs = chart_svg(&["policies/land-led.toml", "--outcome", "manufacturing_jobs"]);
    let jobs_texts = texts(&jobs);
    assert!(
        jobs_texts
            .iter()
            .any(|t| t == "Manufacturing jobs (all plants)"),
        "{jobs_texts:?}"
    );
    assert!(
        !jobs_texts.iter().any(|t| t.contains("(direct) (jobs)")),
        "{jobs_texts:?}"
    );
    let share = chart_svg(&["policies/land-led.toml"]);
    assert!(
        texts(&share)
            .iter()
            .any(|t| t == "Manufacturing share of GDP (%)")
    );
}

#[test]
fn markers_on_the_last_year_are_inside_the_plot() {
    let svg = chart_svg(&[
        "policies/land-led.toml",
        "--width",
        "600",
        "--height",
        "400",
    ]);
    let document = roxmltree::Document::parse(&svg).expect("XML");
    let colour = hex(style_for("Land-led").color);
    // The rightmost thing drawn in the package's colour: its last marker.
    let rightmost = document
        .descendants()
        .filter(|n| {
            n.attribute("stroke") == Some(colour.as_str())
                || n.attribute("fill") == Some(colour.as_str())
        })
        .flat_map(|n| {
            let mut xs: Vec<f64> = Vec::new();
            if let Some(cx) = n.attribute("cx").and_then(|x| x.parse().ok()) {
                xs.push(cx);
            }
            for attribute in ["x1", "x2"] {
                xs.extend(n.attribute(attribute).and_then(|x| x.parse::<f64>().ok()));
            }
            if let Some(points) = n.attribute("points") {
                xs.extend(
                    points
                        .split_whitespace()
                        .filter_map(|xy| xy.split(',').next()?.parse::<f64>().ok()),
                );
            }
            xs
        })
        .fold(f64::MIN, f64::max);
    // The plot's right edge: the width less the chart's 14-pixel margin.
    let axis_right = 600.0 - 14.0;
    assert!(
        rightmost + 4.0 <= axis_right,
        "the last marker (x = {rightmost}) reaches the plot's edge ({axis_right})"
    );
}

#[test]
fn scale_makes_a_print_size_png_with_text_scaled_too() {
    let dir = tempfile::tempdir().expect("temp dir");
    let png_at = |scale: &str| {
        let out = dir.path().join(format!("s{scale}.png"));
        output_of(
            levers()
                .args([
                    "chart",
                    "policies/land-led.toml",
                    "--width",
                    "400",
                    "--height",
                    "300",
                ])
                .args(["--scale", scale, "-o"])
                .arg(&out),
        );
        let bytes = fs::read(&out).expect("written");
        let decoder = png::Decoder::new(std::io::Cursor::new(bytes));
        let mut reader = decoder.read_info().expect("PNG");
        let mut pixels = vec![0; reader.output_buffer_size().expect("size")];
        let info = reader.next_frame(&mut pixels).expect("decodes");
        (info.width, info.height, pixels)
    };
    let (w1, h1, small) = png_at("1");
    let (w3, h3, large) = png_at("3");
    assert_eq!((w1, h1), (400, 300));
    assert_eq!((w3, h3), (1200, 900));
    // The title's dark pixels: nine times as many when text is three times as large.
    let dark_rows = |pixels: &[u8], width: u32, rows: u32| {
        (0..rows)
            .flat_map(|y| (0..width).map(move |x| (x, y)))
            .filter(|(x, y)| {
                let i = (*y as usize * width as usize + *x as usize) * 3;
                pixels[i..i + 3].iter().map(|c| u32::from(*c)).sum::<u32>() < 200
            })
            .count()
    };
    let small_title = dark_rows(&small, w1, 36);
    let large_title = dark_rows(&large, w3, 108);
    assert!(small_title > 50, "{small_title}");
    let ratio = large_title as f64 / small_title as f64;
    assert!(
        (5.0..14.0).contains(&ratio),
        "text did not scale: {small_title} → {large_title}"
    );
    let refused = run(&[
        "chart",
        "policies/land-led.toml",
        "--scale",
        "9",
        "-o",
        "x.png",
    ]);
    assert_eq!(refused.code, Some(2));
    assert!(refused.stderr.contains("from 1 to 4"), "{}", refused.stderr);
}

#[test]
fn reports_and_charts_refuse_file_names_they_cannot_write() {
    let dir = tempfile::tempdir().expect("temp dir");
    for name in ["report.docx", "report.pdf", "report.txt"] {
        let path = dir.path().join(name);
        let result = run(&[
            "report",
            "policies/land-led.toml",
            "-o",
            &path.display().to_string(),
        ]);
        assert_eq!(result.code, Some(2), "{name}");
        assert!(
            result.stderr.contains(".md") && result.stderr.contains(".html"),
            "{}",
            result.stderr
        );
        assert!(!path.exists(), "{name} written");
    }
    let docx = run(&["report", "policies/land-led.toml", "-o", "x.docx"]);
    assert!(docx.stderr.contains("pandoc"), "{}", docx.stderr);
    let pdf = dir.path().join("chart.pdf");
    let result = run(&[
        "chart",
        "policies/land-led.toml",
        "-o",
        &pdf.display().to_string(),
    ]);
    assert_eq!(result.code, Some(2));
    assert!(result.stderr.contains(".svg or .png"), "{}", result.stderr);
    assert!(!pdf.exists());
    let html = dir.path().join("r.HTML");
    let result = run(&[
        "report",
        "policies/land-led.toml",
        "-o",
        &html.display().to_string(),
    ]);
    assert_eq!(result.code, Some(0), "{}", result.stderr);
    assert!(
        fs::read_to_string(&html)
            .expect("written")
            .starts_with("<!DOCTYPE html>")
            || fs::read_to_string(&html)
                .expect("written")
                .contains("<html")
    );
}
