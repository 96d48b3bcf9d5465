//! The brief as one self-contained HTML page, laid out to print on two A4
//! pages from a browser: the Markdown rendered (raw HTML in it shown as text,
//! never run), the chart embedded inline as SVG, a print style sheet.

use super::Brief;
use super::document::{CHART_PLACEHOLDER, ChartAt, document};
use crate::document::html::{figure, page, rendered};
use crate::sanitise;

/// The brief as one HTML file.
pub fn html(brief: &Brief) -> String {
    let body = rendered(&document(brief, Some(&ChartAt::Inline)));
    let figure = figure(&brief.chart_svg, &escape(&brief.lang.text("brief-chart")));
    let body = body.replace(&format!("<p>{CHART_PLACEHOLDER}</p>"), &figure);
    let title = body
        .split_once("<h1>")
        .and_then(|(_, rest)| rest.split_once("</h1>"))
        .map_or_else(String::new, |(title, _)| title.to_string());
    let style = format!("{STYLE}{}", print_density(brief));
    page(brief.lang, &title, &style, &body)
}

/// The type a brief prints in, so that it stays on two A4 pages: its usual
/// type up to three options and no threshold, smaller up to six options
/// and two thresholds, smaller still beyond (nine options with two
/// thresholds and long names fit, in either language; measured with
/// Chromium, `tests/suite/cli/brief.rs`). The screen keeps the usual type.
fn print_density(brief: &Brief) -> &'static str {
    let (options, thresholds) = (brief.rows.len(), brief.thresholds_pct.len());
    if options <= 3 && thresholds == 0 {
        ""
    } else if options <= 6 && thresholds <= 2 {
        "@media print{body{font-size:8pt;line-height:1.32}table{font-size:7.4pt}h2{margin:.45rem 0 .2rem}figure svg{max-height:68mm}}"
    } else {
        "@media print{body{font-size:7.2pt;line-height:1.28}table{font-size:6.8pt}h1{font-size:13pt}h2{font-size:9.5pt;margin:.35rem 0 .15rem}figure svg{max-height:56mm}}"
    }
}

/// Compact type and an A4 page: the brief is meant to print on two pages.
const STYLE: &str = "@page{size:A4;margin:13mm 14mm}body{font-family:system-ui,'Noto Sans CJK TC','Noto Sans TC','PingFang TC','Microsoft JhengHei',sans-serif;font-size:9.5pt;max-width:48rem;margin:1rem auto;padding:0 1rem;line-height:1.38;color:#222}h1{font-size:15pt;margin:0 0 .3rem}h2{font-size:11pt;margin:.7rem 0 .25rem;border-bottom:1px solid #ddd}p,ul{margin:.25rem 0}li{margin:.1rem 0}table{border-collapse:collapse;margin:.3rem 0;font-size:8.6pt;width:100%}th,td{border:1px solid #ccc;padding:.12rem .35rem}th{background:#f3f3f3;text-align:right}th:first-child{text-align:left}td{text-align:right;font-variant-numeric:tabular-nums}td:first-child{text-align:left}figure{margin:.4rem 0;break-inside:avoid}svg{width:100%;height:auto}figcaption{font-size:8.5pt;color:#555}code{background:#f3f3f3;padding:0 .2rem;font-size:8.5pt}@media print{body{margin:0;padding:0;max-width:none}}";

fn escape(text: &str) -> String {
    sanitise::xml(text)
        .replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
}
