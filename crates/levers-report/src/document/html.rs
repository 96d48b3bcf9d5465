//! The report as one HTML page: the Markdown rendered, raw HTML shown as
//! text, the charts embedded inline so the file stands alone.

use super::{Input, document};
use crate::i18n::Lang;
use crate::sanitise;

/// The report as one HTML file, charts embedded. Raw HTML in the Markdown
/// (which could only come from a user's text) is shown as text, never run.
pub fn html(lang: Lang, input: &Input<'_>) -> String {
    let mut body = rendered(&document(lang, input, true));
    for (index, chart) in input.charts.iter().enumerate() {
        let figure = figure(&chart.svg, &escape_html(&chart.title));
        body = body.replace(&format!("<p>{}</p>", chart_placeholder(index)), &figure);
    }
    let title = escape_html(&sanitise::xml(&input.main.policy.name));
    page(lang, &title, STYLE, &body)
}

/// Markdown as HTML, tables included; raw HTML in it is shown as text.
pub(crate) fn rendered(markdown: &str) -> String {
    use pulldown_cmark::Event;
    let options = pulldown_cmark::Options::ENABLE_TABLES;
    let parser = pulldown_cmark::Parser::new_ext(markdown, options).map(|event| match event {
        Event::Html(text) | Event::InlineHtml(text) => Event::Text(text),
        other => other,
    });
    let mut body = String::new();
    pulldown_cmark::html::push_html(&mut body, parser);
    body
}

/// An SVG chart with its caption (escaped already).
pub(crate) fn figure(svg: &str, caption: &str) -> String {
    format!(
        "<figure>\n{}\n<figcaption>{caption}</figcaption>\n</figure>",
        svg.trim()
    )
}

/// One self-contained page in `lang`: its `title` (escaped already), style
/// sheet and body.
pub(crate) fn page(lang: Lang, title: &str, style: &str, body: &str) -> String {
    format!(
        "<!DOCTYPE html>\n<html lang=\"{}\">\n<head>\n<meta charset=\"utf-8\">\n<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<title>{title}</title>\n<style>{style}</style>\n</head>\n<body>\n{body}</body>\n</html>\n",
        lang.tag(),
    )
}

/// Where chart `index` goes in the HTML form (replaced after rendering).
pub(super) fn chart_placeholder(index: usize) -> String {
    format!("LEVERS-CHART-{index}")
}

const STYLE: &str = "body{font-family:system-ui,sans-serif;max-width:60rem;margin:2rem auto;padding:0 1rem;line-height:1.5;color:#222}table{border-collapse:collapse;margin:1rem 0;font-size:.9rem}th,td{border:1px solid #ccc;padding:.25rem .5rem}th{background:#f3f3f3}td{text-align:right}td:first-child{text-align:left}figure{margin:1.5rem 0}svg{max-width:100%;height:auto}figcaption{font-size:.9rem;color:#555}code{background:#f3f3f3;padding:0 .2rem}";

fn escape_html(text: &str) -> String {
    text.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
        .replace('"', "&quot;")
}
