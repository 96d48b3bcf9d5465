//! `levers discover`'s output: JSON and CSV (built in [`super::discover`]),
//! or a text table or Markdown: the title, how PRIM was run, the sentence,
//! then for each box its restrictions (range in the box, the range sampled,
//! unit, quasi-p-value) and about a dozen steps of its peeling trajectory. The words come from [`super::discover`].

use levers_core::Baseline;
use levers_core::Policy;
use levers_core::analysis::discover::{BoxSearch, Discovery, Step};

use super::discover::{command_line_advice, csv, restriction_columns, sentence, to_json};
use super::pretty_json;
use crate::OutputFormat;
use crate::format::percent;
use crate::i18n::Lang;
use crate::table::{Shown, tabulate, titled};

/// The discovery as JSON, CSV (one row per restriction of every box), a
/// table or Markdown; `lower_share`, when known, a share the package reaches
/// in one draw in ten, for the table's advice when too few draws are cases.
pub fn render(
    lang: Lang,
    file: &str,
    policy: &Policy,
    discovery: &Discovery,
    baseline: &Baseline,
    format: OutputFormat,
    lower_share: Option<f64>,
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
            lower_share,
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

/// The columns of a peeling trajectory, a row per step shown (by its
/// position): the step (`*` marks the chosen), coverage, density and how many
/// dimensions are restricted.
fn trajectory_columns(lang: Lang, trajectory: &[Step], chosen: usize) -> Vec<Shown<'_, usize>> {
    let percent = |share: f64| format!("{}%", percent(share));
    vec![
        Shown::right(lang.text("discover-cli-step"), move |s: &usize| {
            format!("{s}{}", if *s == chosen { " *" } else { "" })
        }),
        Shown::right(lang.text("discover-cli-coverage"), move |s: &usize| {
            percent(trajectory[*s].coverage)
        }),
        Shown::right(lang.text("discover-cli-density"), move |s: &usize| {
            percent(trajectory[*s].density)
        }),
        Shown::right(lang.text("discover-cli-restricted"), |s: &usize| {
            trajectory[*s].restricted.to_string()
        }),
    ]
}

fn table(
    lang: Lang,
    file: &str,
    policy: &Policy,
    discovery: &Discovery,
    baseline: &Baseline,
    markdown: bool,
    lower_share: Option<f64>,
) -> String {
    let options = &discovery.options;
    let method = lang.format_counts(
        "discover-cli-method",
        &[
            ("draws", &crate::format::thousands(discovery.draws as f64)),
            ("seed", &discovery.seed.to_string()),
            ("alpha", &format!("{}", options.peel_alpha)),
            ("paste", &format!("{}", options.paste_alpha)),
            ("coverage", &format!("{:.0}", 100.0 * options.min_coverage)),
        ],
        &[("draw_count", discovery.draws as i64)],
    );
    let mut summary = sentence(lang, discovery, policy, baseline);
    if let Some(advice) = command_line_advice(lang, discovery, lower_share) {
        summary = lang.then(&summary, &advice);
    }
    let mut out = if markdown {
        let title = titled(
            lang,
            "discover-cli-title-markdown",
            &policy.name,
            file,
            true,
        );
        let summary = crate::sanitise::markdown(&summary);
        format!("## {title}\n\n{method}\n\n{summary}\n")
    } else {
        let title = titled(lang, "discover-cli-title", &policy.name, file, false);
        format!("{title}\n{method}\n\n{summary}\n")
    };
    let restrictions = restriction_columns(lang, discovery, baseline);
    for (k, search) in discovery.searches.iter().enumerate() {
        let BoxSearch::Found { trajectory, chosen } = search else {
            continue;
        };
        let heading = lang.format(
            "discover-cli-box-heading",
            &[
                ("box", &(k + 1).to_string()),
                ("coverage", &percent(chosen.coverage)),
                ("density", &percent(chosen.density)),
                ("mass", &percent(chosen.mass)),
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
            out.push_str(&tabulate(&restrictions, &chosen.restrictions, markdown));
        }
        let steps = trajectory_columns(lang, trajectory, chosen.step);
        out.push('\n');
        out.push_str(&lang.text("discover-cli-trajectory"));
        out.push_str(if markdown { "\n\n" } else { "\n" });
        out.push_str(&tabulate(
            &steps,
            &shown_steps(trajectory.len(), chosen.step),
            markdown,
        ));
    }
    out
}
