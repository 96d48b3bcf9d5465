//! The report as one HTML page: the Markdown rendered, raw HTML shown as
//! text, the charts embedded inline so the file stands alone.

use super::{Input, document};
use crate::i18n::Lang;
use crate::sanitise;

/// The report as one HTML file, charts embedded. Raw HTML in the Markdown
/// (which could only come from a user's text) is shown as text, never run.
pub fn html(lang: Lang, input: &Input<'_>) -> String {
    let body_markdown = document(lang, input, true);
    let mut options = pulldown_cmark::Options::empty();
    options.insert(pulldown_cmark::Options::ENABLE_TABLES);
    let parser =
        pulldown_cmark::Parser::new_ext(&body_markdown, options).map(|event| match event {
            pulldown_cmark::Event::Html(text) | pulldown_cmark::Event::InlineHtml(text) => {
                pulldown_cmark::Event::Text(text)
            }
            other => other,
        });
    let mut body = String::new();
    pulldown_cmark::html::push_html(&mut body, parser);
    for (index, chart) in input.charts.iter().enumerate() {
        let figure = format!(
            "<figure>\n{}\n<figcaption>{}</figcaption>\n</figure>",
            chart.svg.trim(),
            escape_html(&chart.title)
        );
        body = body.replace(&format!("<p>{}</p>", chart_placeholder(index)), &figure);
    }
    format!(
        "<!DOCTYPE html>\n<html lang=\"{}\">\n<head>\n<meta charset=\"utf-8\">\n<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<title>{}</title>\n<style>{STYLE}</style>\n</head>\n<body>\n{body}</body>\n</html>\n",
        lang.tag(),
        escape_html(&sanitise::xml(&input.main.policy.name))
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
