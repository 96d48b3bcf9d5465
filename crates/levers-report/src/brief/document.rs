//! The brief as Markdown: the bottom line, the options table, the chart, what
//! matters most, what it would take, how to read the figures, caveats and
//! sources. The HTML form renders this same text.

use std::fmt::Write;

use super::bottom_line::{percent, two};
use super::{Brief, OptionRow, bottom_line};
use crate::format::{signed_as, thousands};
use crate::param_words::param_description;
use crate::sanitise;

/// Where the chart goes in the Markdown the HTML form is rendered from.
pub(super) const CHART_PLACEHOLDER: &str = "LEVERS-BRIEF-CHART";

/// The brief as Markdown; `chart` is the chart's image link target (a file
/// written beside the brief), or `None` to leave it out.
pub fn markdown(brief: &Brief, chart: Option<&str>) -> String {
    document(brief, chart.map(ChartAt::File).as_ref())
}

pub(super) enum ChartAt<'a> {
    File(&'a str),
    Inline,
}

pub(super) fn document(brief: &Brief, chart: Option<&ChartAt<'_>>) -> String {
    let lang = brief.lang;
    let Some(first) = brief.rows.first() else {
        return String::new();
    };
    let year = first.target_year.to_string();
    let from = brief.window_from.to_string();
    let mut out = String::new();
    let _ = writeln!(
        out,
        "# {}\n",
        lang.format(
            "brief-title",
            &[
                ("target", &format!("{}", first.target_share_pct)),
                ("year", &year)
            ]
        )
    );
    let names: Vec<String> = brief
        .rows
        .iter()
        .map(|r| sanitise::markdown(&r.title))
        .collect();
    let _ = writeln!(
        out,
        "{}\n",
        lang.format(
            "brief-intro",
            &[
                ("count", &brief.rows.len().to_string()),
                ("names", &names.join(&lang.text("list-separator"))),
                ("version", env!("CARGO_PKG_VERSION")),
            ]
        )
    );

    let _ = writeln!(out, "## {}\n", lang.text("brief-bottom-line"));
    let sentences: Vec<String> = bottom_line(brief)
        .iter()
        .filter(|s| !s.is_empty())
        .map(|s| sanitise::markdown(s))
        .collect();
    let _ = writeln!(
        out,
        "{}\n",
        sentences.join(&lang.text("brief-sentence-join"))
    );

    let _ = writeln!(
        out,
        "## {}\n",
        lang.format("brief-options", &[("from", &from), ("year", &year)])
    );
    out.push_str(&options_table(brief));
    out.push('\n');
    let _ = writeln!(
        out,
        "{}\n",
        lang.format_counts(
            "brief-window",
            &[
                ("from", &from),
                ("year", &year),
                ("base", &brief.base_year.to_string()),
                ("draws", &thousands(first.draws as f64)),
                ("seed", &first.seed.to_string()),
            ],
            &[("draw_count", first.draws as i64)]
        )
    );

    match chart {
        Some(ChartAt::File(file)) => {
            let _ = writeln!(out, "![{}]({file})\n", lang.text("brief-chart"));
        }
        Some(ChartAt::Inline) => {
            let _ = writeln!(out, "{CHART_PLACEHOLDER}\n");
        }
        None => {}
    }

    out.push_str(&matters_section(brief));

    let _ = writeln!(out, "## {}\n", lang.text("brief-would-take"));
    // The needs are the leading option's (they hang on its productivity).
    let needs = match brief.leading_row() {
        Some(leading) if brief.rows.len() > 1 => lang.format(
            "brief-would-take-for",
            &[("name", &leading.title), ("needs", &brief.needs)],
        ),
        _ => brief.needs.clone(),
    };
    let _ = writeln!(out, "{}\n", sanitise::markdown(&needs));

    if !brief.what_would_have_to_be_true.is_empty() {
        let _ = writeln!(out, "## {}\n", lang.text("brief-have-to-be-true"));
        for condition in &brief.what_would_have_to_be_true {
            let _ = writeln!(out, "- {}", sanitise::markdown(condition));
        }
        out.push('\n');
    }

    let _ = writeln!(out, "## {}\n", lang.text("brief-reading"));
    for sentence in super::glossary(lang, Some(first.target_year)) {
        let _ = writeln!(out, "- {sentence}");
    }
    out.push('\n');

    let _ = writeln!(out, "## {}\n", lang.text("brief-caveats"));
    for note in &brief.no_effect {
        let _ = writeln!(out, "- {}", sanitise::markdown(note));
    }
    let command = sanitise::markdown_code(&format!(
        "levers eval {} --uncertainty --format json",
        brief.files.join(" ")
    ));
    for (id, args) in [
        ("brief-caveat-projection", vec![]),
        (
            "brief-caveat-money",
            vec![("base", brief.base_year.to_string())],
        ),
        (
            "brief-caveat-sources",
            vec![("base", brief.base_year.to_string())],
        ),
        ("brief-caveat-reproduce", vec![("command", command.clone())]),
    ] {
        let args: Vec<(&str, &str)> = args.iter().map(|(k, v)| (*k, v.as_str())).collect();
        let _ = writeln!(out, "- {}", lang.format(id, &args));
    }
    out
}

/// The options side by side: one column per option, one row per figure.
fn options_table(brief: &Brief) -> String {
    let lang = brief.lang;
    let Some(first) = brief.rows.first() else {
        return String::new();
    };
    let year = first.target_year.to_string();
    let from = brief.window_from.to_string();
    let mut titles = vec![String::new()];
    titles.extend(brief.rows.iter().map(|r| sanitise::markdown(&r.title)));
    let row = |label: String, cell: &dyn Fn(&OptionRow) -> String| -> Vec<String> {
        let mut cells = vec![label];
        cells.extend(brief.rows.iter().map(cell));
        cells
    };
    let y = |id: &str| lang.format(id, &[("year", &year), ("from", &from)]);
    let mut rows = vec![
        row(y("brief-row-share"), &|r| two(r.share_pct)),
        row(y("brief-row-band"), &|r| {
            format!("{}–{}", two(r.share_p10_pct), two(r.share_p90_pct))
        }),
        row(
            lang.format(
                "brief-row-met",
                &[
                    ("target", &format!("{}", first.target_share_pct)),
                    ("year", &year),
                ],
            ),
            &|r| percent(r.probability_met),
        ),
    ];
    for (i, threshold) in brief.thresholds_pct.iter().enumerate() {
        rows.push(row(
            lang.format(
                "brief-row-at-least",
                &[("threshold", &format!("{threshold}")), ("year", &year)],
            ),
            &|r| {
                r.probability_at_least
                    .get(i)
                    .map_or_else(|| "–".to_string(), |p| percent(*p))
            },
        ));
    }
    rows.extend([
        row(y("brief-row-jobs"), &|r| thousands(r.manufacturing_jobs)),
        row(y("brief-row-direct-jobs"), &|r| {
            signed_as(thousands, r.direct_jobs_added)
        }),
        row(y("brief-row-net-jobs"), &|r| thousands(r.net_jobs_added)),
        row(y("brief-row-cost"), &|r| one(r.cost_hkd_bn)),
        row(y("brief-row-cost-band"), &|r| {
            format!("{}–{}", one(r.cost_p10_hkd_bn), one(r.cost_p90_hkd_bn))
        }),
        row(y("brief-row-present-value"), &|r| {
            one(r.cost_present_value_hkd_bn)
        }),
        row(y("brief-row-per-job"), &|r| {
            r.cost_per_net_job_hkd
                .map_or_else(|| "–".to_string(), |c| one(c / 1e6))
        }),
    ]);
    crate::document::table(&titles, &rows, 1)
}

/// The assumptions that matter most, as bullets.
fn matters_section(brief: &Brief) -> String {
    let lang = brief.lang;
    let mut out = format!("## {}\n\n", lang.text("brief-matters"));
    let Some(leading) = brief.leading_row() else {
        return String::new();
    };
    if brief.matters.is_empty() {
        let _ = writeln!(out, "{}\n", lang.text("brief-matters-none"));
        return out;
    }
    let _ = writeln!(
        out,
        "{}\n",
        lang.format(
            "brief-matters-intro",
            &[
                ("name", &sanitise::markdown(&leading.title)),
                ("year", &leading.target_year.to_string()),
            ]
        )
    );
    for matter in &brief.matters {
        let _ = writeln!(
            out,
            "- {}",
            lang.format(
                "brief-matter",
                &[
                    (
                        "description",
                        &sanitise::markdown(&param_description(
                            lang,
                            &matter.name,
                            &matter.description
                        )),
                    ),
                    ("name", &matter.name),
                    ("low", &format!("{}", matter.low)),
                    ("high", &format!("{}", matter.high)),
                    ("unit", &lang.unit(&matter.unit)),
                    ("at_low", &two(matter.outcome_at_low)),
                    ("at_high", &two(matter.outcome_at_high)),
                ]
            )
        );
    }
    out.push('\n');
    out
}

/// An amount with one decimal.
fn one(value: f64) -> String {
    if value.is_finite() {
        format!("{value:.1}")
    } else {
        "–".to_string()
    }
}
