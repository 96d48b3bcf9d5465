//! `levers report`: one document that explains a package to someone who has
//! never run the tool — what it does in words, the headline outcomes, the
//! sectors, which lever gave what, charts, and every assumption in force with
//! its source. Written as Markdown; the HTML form is the same Markdown rendered,
//! with the charts embedded inline so the file stands alone.
//!
//! This file holds the document's order of sections and the helpers they
//! share; each section is written in a file of its own.

mod attribution;
mod comparison;
mod headline;
pub(crate) mod html;
mod in_brief;
mod levers_and_measures;
mod sectors;
mod what_would_have_to_be_true;

use std::fmt::Write;

use levers_core::analysis::{Uncertainty, attribute, without_levers};
use levers_core::{Baseline, project};

use super::Evaluated;
use crate::i18n::Lang;
use crate::{OutputFormat, sanitise};
use attribution::attribution_section;
use comparison::comparison_section;
use headline::kpi_table;
use html::chart_placeholder;
pub use html::html;
use in_brief::{summary, uncertainty_sentence, uncertainty_table};
use levers_and_measures::levers_table;
use sectors::sector_table;
use what_would_have_to_be_true::discovery_section;

/// The outcomes charted in a report, by series key.
pub const CHART_OUTCOMES: [&str; 4] = [
    "manufacturing_share_pct",
    "manufacturing_jobs",
    "effective_sectors",
    "cumulative_fiscal_cost_hkd_bn",
];

/// A chart written beside the report.
pub struct ChartFile {
    pub title: String,
    /// The file's name, relative to the report's folder.
    pub file_name: String,
    pub svg: String,
}

pub struct Input<'a> {
    pub baseline: &'a Baseline,
    pub main: &'a Evaluated<'a>,
    /// Packages to compare with (deltas are against the main package).
    pub against: &'a [Evaluated<'a>],
    pub charts: &'a [ChartFile],
    /// Monte Carlo over the assumption ranges for the main package, if run.
    pub uncertainty: Option<&'a Uncertainty>,
    /// Scenario discovery over the same draws: what would have to be true
    /// for the target to be met, if run.
    pub discovery: Option<&'a levers_core::analysis::discover::Discovery>,
    /// Why the discovery asks of another share than the target (no draw
    /// meets the target), said before it.
    pub discovery_lead: Option<&'a str>,
}

/// The report as Markdown, charts linked as images.
pub fn markdown(lang: Lang, input: &Input<'_>) -> String {
    document(lang, input, false)
}

fn document(lang: Lang, input: &Input<'_>, inline_charts: bool) -> String {
    let main = input.main;
    let policy = main.policy;
    let projection = main.projection;
    let mut out = String::new();
    let _ = writeln!(out, "# {}\n", sanitise::markdown(&policy.name));
    if !policy.description.is_empty() {
        let _ = writeln!(out, "> {}\n", sanitise::markdown(&policy.description));
    }
    let _ = writeln!(
        out,
        "{}\n",
        lang.format(
            "doc-intro",
            &[
                ("version", env!("CARGO_PKG_VERSION")),
                ("file", &sanitise::markdown_code(&main.file)),
                ("from", &projection.base_year.to_string()),
                ("to", &policy.horizon.to_string()),
            ],
        )
    );

    out.push_str(&heading(lang, "report-in-brief"));
    let attribution = attribute(input.baseline, policy);
    let status_quo = project(input.baseline, &without_levers(policy));
    let accounts = super::fiscal::accounts(input.baseline, main);
    let paragraph = super::analysis::summary::paragraph(
        lang,
        policy,
        projection,
        &status_quo,
        &attribution,
        &accounts.to_target,
    );
    let _ = writeln!(out, "{}\n", sanitise::markdown(&paragraph));
    out.push_str(&summary(lang, policy, projection));
    if let Some(uncertainty) = input.uncertainty {
        let mut said = uncertainty_sentence(lang, policy, uncertainty);
        if !input.charts.is_empty() {
            said = lang.then(&said, &lang.text("doc-band"));
        }
        let _ = write!(out, "- {said}");
        out.push('\n');
        out.push('\n');
        out.push_str(&uncertainty_table(lang, policy, uncertainty));
    }
    out.push('\n');

    out.push_str(&heading(lang, "report-levers"));
    out.push_str(&levers_table(lang, policy));
    let _ = writeln!(
        out,
        "\n{}\n",
        sanitise::markdown(&super::fiscal::cap_sentence(lang, policy, projection))
    );

    out.push_str(&heading(lang, "report-headline"));
    out.push_str(&kpi_table(lang, main, input.against));
    out.push('\n');

    if !input.against.is_empty() {
        out.push_str(&comparison_section(
            lang,
            input.baseline,
            main,
            input.against,
        ));
    }

    let _ = writeln!(out, "## {}\n", lang.text("doc-public-purse"));
    out.push_str(&super::fiscal::render(
        lang,
        input.baseline,
        policy,
        projection,
        &accounts,
        true,
    ));
    out.push('\n');

    out.push_str(&heading(lang, "report-sectors"));
    out.push_str(&sector_table(lang, policy, projection));
    out.push('\n');

    out.push_str(&heading(lang, "report-attribution"));
    out.push_str(&attribution_section(lang, &attribution, policy.target.year));
    out.push('\n');

    if let Some(discovery) = input.discovery {
        out.push_str(&discovery_section(
            lang,
            input.baseline,
            policy,
            &main.file,
            discovery,
            input.discovery_lead,
        ));
    }

    if !input.charts.is_empty() {
        out.push_str(&heading(lang, "report-charts"));
        for (index, chart) in input.charts.iter().enumerate() {
            if inline_charts {
                let _ = writeln!(out, "{}\n", chart_placeholder(index));
            } else {
                let _ = writeln!(out, "![{}]({})\n", chart.title, chart.file_name);
            }
        }
    }

    out.push_str(&heading(lang, "report-year-by-year"));
    out.push_str(&super::table::year_table(lang, main.projection, true));
    out.push('\n');

    out.push_str(&heading(lang, "report-assumptions"));
    let _ = writeln!(out, "{}\n", lang.text("doc-assumptions-intro"));
    out.push_str(&demote_headings(&super::assumptions::render(
        lang,
        input.baseline,
        Some(policy),
        OutputFormat::Markdown,
    )));
    out
}

/// A Markdown table whose first `text_columns` columns are text (left-aligned)
/// and the rest numbers (right-aligned).
pub(crate) fn table(titles: &[String], rows: &[Vec<String>], text_columns: usize) -> String {
    let left: Vec<bool> = (0..titles.len()).map(|i| i < text_columns).collect();
    crate::table::markdown_aligned(titles, rows, &left)
}

/// A second-level heading from the message catalogue, in the language of
/// report output.
fn heading(lang: Lang, id: &str) -> String {
    format!("## {}\n\n", lang.text(id))
}

/// `# x` → `### x`, so an embedded section sits under this document's headings.
fn demote_headings(markdown: &str) -> String {
    markdown
        .lines()
        .map(|line| {
            if line.starts_with('#') {
                format!("##{line}")
            } else {
                line.to_string()
            }
        })
        .collect::<Vec<_>>()
        .join("\n")
        + "\n"
}
