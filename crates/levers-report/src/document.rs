//! `levers report`: one document that explains a package to someone who has
//! never run the tool — what it does in words, the headline outcomes, the
//! sectors, which lever gave what, charts, and every assumption in force with
//! its source. Written as Markdown; the HTML form is the same Markdown rendered,
//! with the charts embedded inline so the file stands alone.

use std::fmt::Write;

use levers_core::analysis::{Attribution, Uncertainty, attribute, without_levers};
use levers_core::{
    Baseline, LeverField, LeverGroup, Policy, Projection, Sector, YearOutcome, project,
};

use super::Evaluated;
use super::table::{needs_sentence, target_sentence};
use crate::format::thousands;
use crate::i18n::language;
use crate::{OutputFormat, inert};

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
}

/// The report as Markdown, charts linked as images.
pub fn markdown(input: &Input<'_>) -> String {
    document(input, false)
}

/// The report as one HTML file, charts embedded. Raw HTML in the Markdown
/// (which could only come from a user's text) is shown as text, never run.
pub fn html(input: &Input<'_>) -> String {
    let body_markdown = document(input, true);
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
        crate::i18n::language().tag(),
        escape_html(&inert::xml(&input.main.policy.name))
    )
}

/// Where chart `index` goes in the HTML form (replaced after rendering).
fn chart_placeholder(index: usize) -> String {
    format!("LEVERS-CHART-{index}")
}

const STYLE: &str = "body{font-family:system-ui,sans-serif;max-width:60rem;margin:2rem auto;padding:0 1rem;line-height:1.5;color:#222}table{border-collapse:collapse;margin:1rem 0;font-size:.9rem}th,td{border:1px solid #ccc;padding:.25rem .5rem}th{background:#f3f3f3}td{text-align:right}td:first-child{text-align:left}figure{margin:1.5rem 0}svg{max-width:100%;height:auto}figcaption{font-size:.9rem;color:#555}code{background:#f3f3f3;padding:0 .2rem}";

fn document(input: &Input<'_>, inline_charts: bool) -> String {
    let main = input.main;
    let policy = main.policy;
    let projection = main.projection;
    let mut out = String::new();
    let _ = writeln!(out, "# {}\n", inert::markdown(&policy.name));
    if !policy.description.is_empty() {
        let _ = writeln!(out, "> {}\n", inert::markdown(&policy.description));
    }
    let lang = language();
    let _ = writeln!(
        out,
        "{}\n",
        lang.format(
            "doc-intro",
            &[
                ("version", env!("CARGO_PKG_VERSION")),
                ("file", &inert::markdown_code(&main.file)),
                ("from", &projection.base_year.to_string()),
                ("to", &policy.horizon.to_string()),
            ],
        )
    );

    out.push_str(&heading("report-in-brief"));
    let attribution = attribute(input.baseline, policy);
    let status_quo = project(input.baseline, &without_levers(policy));
    let accounts = super::fiscal::accounts(input.baseline, main);
    let paragraph = super::analysis::summary::paragraph(
        policy,
        projection,
        &status_quo,
        &attribution,
        &accounts.to_target.window,
    );
    let _ = writeln!(out, "{}\n", inert::markdown(&paragraph));
    out.push_str(&summary(policy, projection));
    if let Some(uncertainty) = input.uncertainty {
        let _ = write!(out, "- {}", uncertainty_sentence(policy, uncertainty));
        if !input.charts.is_empty() {
            out.push(' ');
            out.push_str(&lang.text("doc-band"));
        }
        out.push('\n');
        out.push('\n');
        out.push_str(&uncertainty_table(policy, uncertainty));
    }
    out.push('\n');

    out.push_str(&heading("report-levers"));
    out.push_str(&levers_table(policy));
    let _ = writeln!(
        out,
        "\n{}\n",
        inert::markdown(&super::fiscal::cap_sentence(policy, projection))
    );

    out.push_str(&heading("report-headline"));
    out.push_str(&kpi_table(main, input.against));
    out.push('\n');

    if !input.against.is_empty() {
        out.push_str(&comparison_section(input.baseline, main, input.against));
    }

    let _ = writeln!(out, "## {}\n", lang.text("doc-public-purse"));
    out.push_str(&super::fiscal::render(
        input.baseline,
        policy,
        projection,
        &accounts,
        true,
    ));
    out.push('\n');

    out.push_str(&heading("report-sectors"));
    out.push_str(&sector_table(policy, projection));
    out.push('\n');

    out.push_str(&heading("report-attribution"));
    out.push_str(&attribution_section(&attribution, policy.target.year));
    out.push('\n');

    if !input.charts.is_empty() {
        out.push_str(&heading("report-charts"));
        for (index, chart) in input.charts.iter().enumerate() {
            if inline_charts {
                let _ = writeln!(out, "{}\n", chart_placeholder(index));
            } else {
                let _ = writeln!(out, "![{}]({})\n", chart.title, chart.file_name);
            }
        }
    }

    out.push_str(&heading("report-year-by-year"));
    out.push_str(&demote_headings(&super::table::package(main, true)));
    out.push('\n');

    out.push_str(&heading("report-assumptions"));
    let _ = writeln!(out, "{}\n", lang.text("doc-assumptions-intro"));
    out.push_str(&demote_headings(&super::assumptions::render(
        input.baseline,
        Some(policy),
        OutputFormat::Markdown,
    )));
    out
}

/// The plain-language summary: the verdict, what it takes, what limits it.
fn summary(policy: &Policy, projection: &Projection) -> String {
    let lang = language();
    let mut out = String::new();
    let first = projection.years.first();
    let target_year = projection.year(policy.target.year);
    let _ = writeln!(out, "- {}", target_sentence(projection));
    if let (Some(first), Some(target)) = (first, target_year) {
        let goes = lang.format(
            "doc-goes-from",
            &[
                (
                    "from_share",
                    &format!("{:.2}", first.manufacturing_share_pct),
                ),
                ("from_jobs", &thousands(first.manufacturing_jobs)),
                ("from_year", &first.year.to_string()),
                (
                    "to_share",
                    &format!("{:.2}", target.manufacturing_share_pct),
                ),
                ("to_jobs", &thousands(target.manufacturing_jobs)),
                ("to_year", &target.year.to_string()),
            ],
        );
        let _ = writeln!(out, "- {goes}");
        let _ = writeln!(out, "- {}", limit_sentence(target));
    }
    let _ = writeln!(out, "- {}", needs_sentence(projection));
    if policy.levers.used().next().is_none() && policy.measures.is_empty() {
        let _ = writeln!(out, "- {}", lang.text("doc-no-levers-trend"));
    }
    out
}

/// How sure the verdict is, from the Monte Carlo bands.
fn uncertainty_sentence(policy: &Policy, uncertainty: &Uncertainty) -> String {
    let year = policy.target.year;
    let band = uncertainty
        .years
        .iter()
        .position(|y| *y == year)
        .and_then(|i| uncertainty.share_pct.get(i));
    let lang = language();
    let range = band.map_or(String::new(), |b| {
        lang.format(
            "doc-uncertainty-range",
            &[
                ("year", &year.to_string()),
                ("p10", &format!("{:.2}", b.p10)),
                ("p90", &format!("{:.2}", b.p90)),
                ("p50", &format!("{:.2}", b.p50)),
            ],
        )
    });
    lang.format(
        "doc-uncertainty",
        &[
            ("draws", &thousands(uncertainty.draws as f64)),
            ("seed", &uncertainty.seed.to_string()),
            (
                "met",
                &format!("{:.0}", uncertainty.probability_met * 100.0),
            ),
            ("range", &range),
        ],
    )
}

/// The p10, p50 and p90 of the share, jobs, the year's fiscal cost and the
/// effective number of sectors in the target year.
fn uncertainty_table(policy: &Policy, uncertainty: &Uncertainty) -> String {
    let year = policy.target.year;
    let Some(i) = uncertainty.years.iter().position(|y| *y == year) else {
        return String::new();
    };
    let lang = crate::i18n::language();
    let rows: Vec<Vec<String>> = [
        (
            "manufacturing_share_pct",
            &uncertainty.share_pct,
            (|v: f64| format!("{v:.2}")) as fn(f64) -> String,
        ),
        ("manufacturing_jobs", &uncertainty.jobs, thousands),
        ("fiscal_cost_hkd_bn", &uncertainty.cost_hkd_bn, |v: f64| {
            format!("{v:.2}")
        }),
        (
            "effective_sectors",
            &uncertainty.effective_sectors,
            |v: f64| format!("{v:.3}"),
        ),
    ]
    .into_iter()
    .filter_map(|(key, bands, show)| {
        let band = bands.get(i)?;
        let series = crate::series::find(key)?;
        Some(vec![
            // The unit only where the label does not already say what is counted.
            match series.unit {
                "jobs" | "sectors" => lang.series_label(series),
                unit => format!("{} ({})", lang.series_label(series), lang.unit(unit)),
            },
            show(band.p10),
            show(band.p50),
            show(band.p90),
        ])
    })
    .collect();
    let titles = [year.to_string(), "p10".into(), "p50".into(), "p90".into()];
    crate::table::markdown_table(&titles, &rows)
}

fn limit_sentence(year: &YearOutcome) -> String {
    let id = match year.binding_constraint.key() {
        "labour" => "doc-limit-labour",
        "land" => "doc-limit-land",
        "absorption" => "doc-limit-absorption",
        _ => "doc-limit-none",
    };
    language().format(id, &[("year", &year.year.to_string())])
}

fn levers_table(policy: &Policy) -> String {
    let lang = language();
    let titles: Vec<String> = ["group", "lever", "value", "start", "ramp", "end", "sectors"]
        .map(|t| lang.text(&format!("doc-{t}")))
        .to_vec();
    let mut rows = Vec::new();
    for group in LeverGroup::ALL {
        let Some(lever) = policy.levers.get(group) else {
            continue;
        };
        let sectors = sectors_text(lever.sector_weights);
        for field in group.fields() {
            let value = LeverField::format_value(field, lever.values[field.slot()]);
            let unit = field.spec().unit;
            let value = match value.strip_suffix(unit) {
                Some(number) => format!("{number}{}", lang.unit(unit)),
                None => value,
            };
            rows.push(vec![
                lang.lever_group(group),
                lang.lever_field(field),
                value,
                lever.timing.start.to_string(),
                lever.timing.ramp_years.to_string(),
                lever.timing.end.map_or("—".to_string(), |e| e.to_string()),
                sectors.clone(),
            ]);
        }
    }
    let mut out = match (rows.is_empty(), policy.measures.is_empty()) {
        (true, true) => return format!("{}\n", lang.text("doc-no-levers")),
        (true, false) => String::new(),
        (false, _) => table(&titles, &rows, titles.len()),
    };
    if !policy.measures.is_empty() {
        if !out.is_empty() {
            out.push('\n');
        }
        out.push_str(&measures_table(policy));
    }
    let funding = lang.text(&format!("funding-{}", policy.budget.funding.key()));
    let _ = writeln!(
        out,
        "\n{}",
        lang.format(
            "doc-target-funding",
            &[
                ("share", &policy.target.share_pct.to_string()),
                ("year", &policy.target.year.to_string()),
                ("funding", &funding),
            ],
        )
    );
    out
}

/// The measures of a format-2 package, one row each, with their provenance.
/// Labels and sources come from the file and are made inert.
fn measures_table(policy: &Policy) -> String {
    let lang = language();
    let titles: Vec<String> = [
        "measure", "kind", "amount", "start", "ramp", "end", "sectors", "source",
    ]
    .map(|t| lang.text(&format!("doc-{t}")))
    .to_vec();
    let rows: Vec<Vec<String>> = policy
        .measures
        .iter()
        .map(|m| {
            vec![
                inert::markdown(crate::describe::measure_label(m)),
                lang.lever_field(m.kind.field()),
                crate::describe::amount_phrase_in(lang, m),
                m.timing.start.to_string(),
                m.timing.ramp_years.to_string(),
                m.timing.end.map_or("—".to_string(), |e| e.to_string()),
                sectors_text(m.sector_weights),
                m.source.as_deref().map_or("—".to_string(), inert::markdown),
            ]
        })
        .collect();
    table(&titles, &rows, titles.len())
}

/// The targeted sectors with their weights, or "all five equally".
fn sectors_text(weights: Option<[f64; 5]>) -> String {
    let lang = language();
    match weights {
        None => lang.text("doc-all-five"),
        Some(weights) => Sector::MANUFACTURING
            .iter()
            .zip(weights)
            .filter(|(_, w)| *w > 0.0)
            .map(|(s, w)| format!("{} ({w})", lang.sector(*s)))
            .collect::<Vec<_>>()
            .join(&lang.text("list-separator")),
    }
}

/// A headline outcome read in one year.
struct Kpi {
    /// The label's id in the message catalogue.
    label: &'static str,
    value: fn(&YearOutcome) -> f64,
    text: fn(f64) -> String,
}

const KPIS: [Kpi; 6] = [
    Kpi {
        label: "doc-kpi-share",
        value: |y| y.manufacturing_share_pct,
        text: |v| format!("{v:.2}"),
    },
    Kpi {
        label: "doc-kpi-jobs",
        value: |y| y.manufacturing_jobs,
        text: thousands,
    },
    Kpi {
        label: "doc-kpi-net-jobs",
        value: |y| y.net_jobs_added,
        text: thousands,
    },
    Kpi {
        label: "doc-kpi-sectors",
        value: |y| y.effective_sectors,
        text: |v| format!("{v:.3}"),
    },
    Kpi {
        label: "doc-kpi-cost",
        value: |y| y.fiscal_cost_hkd_bn,
        text: |v| format!("{v:.2}"),
    },
    Kpi {
        label: "doc-kpi-cumulative",
        value: |y| y.cumulative_fiscal_cost_hkd_bn,
        text: |v| format!("{v:.1}"),
    },
];

/// "## Compared with A, B and C", then the packages side by side, the main
/// package first.
fn comparison_section(
    baseline: &Baseline,
    main: &Evaluated<'_>,
    against: &[Evaluated<'_>],
) -> String {
    let names: Vec<String> = against
        .iter()
        .map(|a| inert::markdown(&a.policy.name))
        .collect();
    let lang = language();
    let names = match names.as_slice() {
        [rest @ .., last] if !rest.is_empty() => lang.format(
            "doc-names-and",
            &[
                ("rest", &rest.join(&lang.text("list-separator"))),
                ("last", last),
            ],
        ),
        _ => names.join(""),
    };
    let mut packages = vec![main.clone()];
    packages.extend(against.iter().cloned());
    let comparison = super::compare::Comparison::build(baseline, &packages);
    format!(
        "## {}\n\n{}\n",
        lang.format("report-compared-with", &[("name", &names)]),
        demote_headings(&super::compare::text(&comparison, true))
    )
}

/// Each KPI in the target year (and the horizon), against the other packages if any.
fn kpi_table(main: &Evaluated<'_>, against: &[Evaluated<'_>]) -> String {
    let target_year = main.policy.target.year;
    let horizon = main.projection.last().map_or(target_year, |y| y.year);
    let lang = language();
    let mut titles = vec![lang.text("doc-outcome"), format!("{target_year}")];
    if horizon != target_year {
        titles.push(format!("{horizon}"));
    }
    for other in against {
        titles.push(format!(
            "{} ({target_year})",
            inert::markdown(&other.policy.name)
        ));
        titles.push(lang.format("doc-difference", &[("year", &target_year.to_string())]));
    }
    let rows: Vec<Vec<String>> = KPIS
        .iter()
        .map(|kpi| {
            let at =
                |projection: &Projection, year: i32| projection.year(year).map(|y| (kpi.value)(y));
            let show = |v: Option<f64>| v.map_or("—".to_string(), kpi.text);
            let here = at(main.projection, target_year);
            let mut row = vec![lang.text(kpi.label), show(here)];
            if horizon != target_year {
                row.push(show(at(main.projection, horizon)));
            }
            for other in against {
                let there = at(other.projection, target_year);
                row.push(show(there));
                let difference = here.zip(there).map(|(a, b)| a - b);
                row.push(difference.map_or("—".to_string(), |d| {
                    let text = (kpi.text)(d);
                    if d > 0.0 { format!("+{text}") } else { text }
                }));
            }
            row
        })
        .collect();
    table(&titles, &rows, 1)
}

/// Value added and share of GDP of each sector, base year and target year.
fn sector_table(policy: &Policy, projection: &Projection) -> String {
    let (Some(first), Some(target)) = (
        projection.years.first(),
        projection.year(policy.target.year),
    ) else {
        return format!("{}\n", language().text("doc-no-years"));
    };
    let lang = language();
    let in_year = |id: &str, year: i32| lang.format(id, &[("year", &year.to_string())]);
    let titles: Vec<String> = vec![
        lang.text("doc-sector"),
        in_year("doc-value-added", first.year),
        in_year("doc-value-added", target.year),
        lang.text("doc-growth"),
        in_year("doc-share-of-gdp", first.year),
        in_year("doc-share-of-gdp", target.year),
        in_year("doc-jobs", target.year),
    ];
    let years = f64::from((target.year - first.year).max(1));
    let rows: Vec<Vec<String>> = Sector::ALL
        .iter()
        .map(|sector| {
            let i = sector.index();
            let (a, b) = (
                first.sector_value_added_hkd_bn[i],
                target.sector_value_added_hkd_bn[i],
            );
            let growth = if a > 0.0 {
                format!("{:.1}", ((b / a).powf(1.0 / years) - 1.0) * 100.0)
            } else {
                "—".to_string()
            };
            let share = |y: &YearOutcome, v: f64| {
                if y.gdp_hkd_bn > 0.0 {
                    format!("{:.2}", v / y.gdp_hkd_bn * 100.0)
                } else {
                    "—".to_string()
                }
            };
            let jobs = target
                .sector_jobs
                .get(i)
                .map_or("—".to_string(), |j| thousands(*j));
            vec![
                lang.sector(*sector),
                format!("{a:.1}"),
                format!("{b:.1}"),
                growth,
                share(first, a),
                share(target, b),
                jobs,
            ]
        })
        .collect();
    let mut out = table(&titles, &rows, 1);
    let _ = writeln!(out, "\n{}", lang.text("doc-sectors-note"));
    out
}

/// The Shapley attribution of the headline outcomes to the lever groups.
fn attribution_section(attribution: &Attribution, target_year: i32) -> String {
    if attribution.contributors.is_empty() {
        return format!("{}\n", language().text("doc-attribution-none"));
    }
    let lang = language();
    let mut out = lang.format(
        "doc-attribution-intro",
        &[("year", &target_year.to_string())],
    );
    out.push_str("\n\n");
    let mut titles = vec![
        lang.text("doc-outcome"),
        lang.text("doc-status-quo"),
        lang.text("doc-package"),
    ];
    titles.extend(
        attribution
            .contributors
            .iter()
            .map(|c| inert::markdown(&lang.contributor(c))),
    );
    let rows: Vec<Vec<String>> = attribution
        .outcomes
        .iter()
        .map(|o| {
            let decimals = match o.outcome.unit() {
                "jobs" => 0,
                "sectors" => 3,
                _ => 2,
            };
            let number = |v: f64| {
                if decimals == 0 {
                    thousands(v)
                } else {
                    format!("{v:.decimals$}")
                }
            };
            let mut row = vec![
                format!(
                    "{} ({})",
                    super::analysis::explain::outcome_label(o.outcome),
                    lang.text(&format!("outcome-unit-{}", o.outcome.key()))
                ),
                number(o.status_quo),
                number(o.total),
            ];
            row.extend(o.parts.iter().map(|p| {
                // A part that rounds to zero is shown unsigned, never as -0.000.
                let text = number(p.abs());
                match text.chars().any(|c| matches!(c, '1'..='9')) {
                    false => text,
                    true if *p < 0.0 => format!("-{text}"),
                    true => format!("+{text}"),
                }
            }));
            row
        })
        .collect();
    out.push_str(&table(&titles, &rows, 1));
    out
}

/// A Markdown table whose first `text_columns` columns are text (left-aligned)
/// and the rest numbers (right-aligned).
fn table(titles: &[String], rows: &[Vec<String>], text_columns: usize) -> String {
    let mut out = format!("| {} |\n|", titles.join(" | "));
    for i in 0..titles.len() {
        out.push_str(if i < text_columns { ":---|" } else { "---:|" });
    }
    out.push('\n');
    for row in rows {
        let _ = writeln!(out, "| {} |", row.join(" | "));
    }
    out
}

/// A second-level heading from the message catalogue, in the language of
/// report output.
fn heading(id: &str) -> String {
    format!("## {}\n\n", crate::i18n::language().text(id))
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

fn escape_html(text: &str) -> String {
    text.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
        .replace('"', "&quot;")
}
