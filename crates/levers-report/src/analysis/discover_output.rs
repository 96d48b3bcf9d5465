//! `levers discover`'s output: JSON and CSV (built in [`super::discover`]),
//! or a text table or Markdown: the title, how PRIM was run, the sentence,
//! then for each box its restrictions (range in the box, the range sampled,
//! unit, quasi-p-value) and about a dozen steps of its peeling trajectory. The words come from [`super::discover`].

use levers_core::Baseline;
use levers_core::Policy;
use levers_core::analysis::discover::{BoxSearch, Discovery};

use super::discover::{csv, restriction_rows, sentence, to_json};
use super::pretty_json;
use crate::OutputFormat;
use crate::i18n::Lang;
use crate::table::{markdown_table, text_table};

/// The discovery as JSON, CSV (one row per restriction of every box), a
/// table or Markdown.
pub fn render(
    lang: Lang,
    file: &str,
    policy: &Policy,
    discovery: &Discovery,
    baseline: &Baseline,
    format: OutputFormat,
) -> Result<String, crate::RenderError> {
    match format {
        // A machine output: its summary sentence in English, whatever `lang`.
        OutputFormat::Json => pretty_json(&to_json(Lang::En, file, policy, discovery, baseline)),
        OutputFormat::Csv => csv(discovery, baseline),
        OutputFormat::Table | OutputFormat::Markdown => Ok(table(
            lang,
            file,
            policy,
            discovery,
            baseline,
            format == OutputFormat::Markdown,
        )),
    }
}

/// Rows of the trajectory the text table shows, at most (JSON has every step).
const TRAJECTORY_ROWS: usize = 12;

/// The steps the text table shows: about `TRAJECTORY_ROWS` evenly spaced,
/// always the first, the chosen and the last.
pub fn shown_steps(steps: usize, chosen: usize) -> Vec<usize> {
    if steps == 0 {
        return Vec::new();
    }
    let stride = steps.div_ceil(TRAJECTORY_ROWS).max(1);
    let mut shown: Vec<usize> = (0..steps).step_by(stride).collect();
    shown.extend([chosen.min(steps - 1), steps - 1]);
    shown.sort_unstable();
    shown.dedup();
    shown
}

fn table(
    lang: Lang,
    file: &str,
    policy: &Policy,
    discovery: &Discovery,
    baseline: &Baseline,
    markdown: bool,
) -> String {
    let esc = |text: &str| {
        if markdown {
            crate::sanitise::markdown(text)
        } else {
            text.to_string()
        }
    };
    let tabulate = |titles: &[String], rows: &[Vec<String>]| {
        if markdown {
            markdown_table(titles, rows)
        } else {
            text_table(titles, rows)
        }
    };
    let options = &discovery.options;
    let method = lang.format(
        "discover-cli-method",
        &[
            ("draws", &crate::format::thousands(discovery.draws as f64)),
            ("seed", &discovery.seed.to_string()),
            ("alpha", &format!("{}", options.peel_alpha)),
            ("paste", &format!("{}", options.paste_alpha)),
            ("coverage", &format!("{:.0}", 100.0 * options.min_coverage)),
        ],
    );
    let summary = sentence(lang, discovery, policy, baseline);
    let mut out = if markdown {
        let title = lang.format(
            "discover-cli-title-markdown",
            &[
                ("name", &crate::sanitise::markdown(&policy.name)),
                ("file", &crate::sanitise::markdown_code(file)),
            ],
        );
        format!("## {title}\n\n{method}\n\n{}\n", esc(&summary))
    } else {
        let title = lang.format(
            "discover-cli-title",
            &[("name", &policy.name), ("file", file)],
        );
        format!("{title}\n{method}\n\n{summary}\n")
    };
    for (k, search) in discovery.searches.iter().enumerate() {
        let BoxSearch::Found { trajectory, chosen } = search else {
            continue;
        };
        let heading = lang.format(
            "discover-cli-box-heading",
            &[
                ("box", &(k + 1).to_string()),
                ("coverage", &format!("{:.0}", 100.0 * chosen.coverage)),
                ("density", &format!("{:.0}", 100.0 * chosen.density)),
                ("mass", &format!("{:.0}", 100.0 * chosen.mass)),
                ("step", &chosen.step.to_string()),
            ],
        );
        let heading = if chosen.dropped > 0 {
            let dropped = lang.format(
                "discover-cli-dropped",
                &[
                    ("count", &chosen.dropped.to_string()),
                    ("limit", &format!("{}", discovery.options.max_quasi_p)),
                ],
            );
            format!("{heading}; {dropped}")
        } else {
            heading
        };
        out.push_str(&format!(
            "\n{}\n",
            if markdown {
                format!("### {heading}\n")
            } else {
                heading
            }
        ));
        if !chosen.restrictions.is_empty() {
            let (titles, rows) = restriction_rows(lang, discovery, chosen, baseline, esc);
            out.push_str(&tabulate(&titles, &rows));
        }
        let titles = [
            lang.text("discover-cli-step"),
            lang.text("discover-cli-coverage"),
            lang.text("discover-cli-density"),
            lang.text("discover-cli-restricted"),
        ];
        let rows: Vec<Vec<String>> = shown_steps(trajectory.len(), chosen.step)
            .into_iter()
            .map(|s| {
                let step = &trajectory[s];
                let mark = if s == chosen.step { " *" } else { "" };
                vec![
                    format!("{s}{mark}"),
                    format!("{:.0}%", 100.0 * step.coverage),
                    format!("{:.0}%", 100.0 * step.density),
                    step.restricted.to_string(),
                ]
            })
            .collect();
        out.push('\n');
        out.push_str(&lang.text("discover-cli-trajectory"));
        out.push_str(if markdown { "\n\n" } else { "\n" });
        out.push_str(&tabulate(&titles, &rows));
    }
    out
}
