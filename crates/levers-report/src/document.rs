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
    let _ = writeln!(
        out,
        "A report by levers {} on the package in {}: a projection of Hong Kong's economy from {} to {} under the policy levers below. Every number comes from the model described in `docs/MODEL.md`; the assumptions in force, each with its source, are listed at the end.\n",
        env!("CARGO_PKG_VERSION"),
        inert::markdown_code(&main.file),
        projection.base_year,
        policy.horizon
    );

    out.push_str(&heading("report-in-brief"));
    let attribution = attribute(input.baseline, policy);
    let status_quo = project(input.baseline, &without_levers(policy));
    let paragraph =
        super::analysis::summary::paragraph(policy, projection, &status_quo, &attribution);
    let _ = writeln!(out, "{}\n", inert::markdown(&paragraph));
    out.push_str(&summary(policy, projection));
    if let Some(uncertainty) = input.uncertainty {
        let _ = write!(out, "- {}", uncertainty_sentence(policy, uncertainty));
        if !input.charts.is_empty() {
            out.push_str(" The shaded bands on the share and jobs charts are these ranges.");
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

    out.push_str("## Public purse\n\n");
    let accounts = super::fiscal::accounts(input.baseline, main);
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
    out.push_str("Every model parameter, its value in this package, its unit, its plausible range and where it comes from. A *source* can be looked up; an *assumption* is a stated judgement where nobody has measured the quantity for Hong Kong. Values this package overrides are marked.\n\n");
    out.push_str(&demote_headings(&super::assumptions::render(
        input.baseline,
        Some(policy),
        OutputFormat::Markdown,
    )));
    out
}

/// The plain-language summary: the verdict, what it takes, what limits it.
fn summary(policy: &Policy, projection: &Projection) -> String {
    let mut out = String::new();
    let first = projection.years.first();
    let target_year = projection.year(policy.target.year);
    let _ = writeln!(out, "- {}", target_sentence(projection));
    if let (Some(first), Some(target)) = (first, target_year) {
        let _ = writeln!(
            out,
            "- Manufacturing goes from {:.2}% of GDP ({} jobs) in {} to {:.2}% ({} jobs) in {}.",
            first.manufacturing_share_pct,
            thousands(first.manufacturing_jobs),
            first.year,
            target.manufacturing_share_pct,
            thousands(target.manufacturing_jobs),
            target.year
        );
        let _ = writeln!(out, "- {}", limit_sentence(target));
    }
    let _ = writeln!(out, "- {}", needs_sentence(projection));
    if policy.levers.used().next().is_none() {
        let _ = writeln!(
            out,
            "- The package uses no levers: it is the trend the economy follows on its own."
        );
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
    let range = band.map_or(String::new(), |b| {
        format!(
            "; in 8 draws out of 10 the share in {year} lies between {:.2}% and {:.2}% (median {:.2}%)",
            b.p10, b.p90, b.p50
        )
    });
    format!(
        "Uncertainty: across {} draws of the uncertain assumptions within their plausible ranges (seed {}), the target is met in {:.0}% of draws{range}.",
        thousands(uncertainty.draws as f64),
        uncertainty.seed,
        uncertainty.probability_met * 100.0
    )
}

/// The p10, p50 and p90 of the share, jobs, the year's fiscal cost and the
/// effective number of sectors in the target year.
fn uncertainty_table(policy: &Policy, uncertainty: &Uncertainty) -> String {
    let year = policy.target.year;
    let Some(i) = uncertainty.years.iter().position(|y| *y == year) else {
        return String::new();
    };
    let rows: Vec<Vec<String>> = [
        (
            "Manufacturing share of GDP, %",
            &uncertainty.share_pct,
            (|v: f64| format!("{v:.2}")) as fn(f64) -> String,
        ),
        ("Manufacturing jobs", &uncertainty.jobs, thousands),
        (
            "Fiscal cost in the year, HK$ bn (real)",
            &uncertainty.cost_hkd_bn,
            |v: f64| format!("{v:.2}"),
        ),
        (
            "Effective number of sectors",
            &uncertainty.effective_sectors,
            |v: f64| format!("{v:.3}"),
        ),
    ]
    .into_iter()
    .filter_map(|(label, bands, show)| {
        let band = bands.get(i)?;
        Some(vec![
            label.to_string(),
            show(band.p10),
            show(band.p50),
            show(band.p90),
        ])
    })
    .collect();
    let titles = [
        format!("in {year}"),
        "p10".into(),
        "p50".into(),
        "p90".into(),
    ];
    crate::table::markdown_table(&titles, &rows)
}

fn limit_sentence(year: &YearOutcome) -> String {
    match year.binding_constraint.key() {
        "labour" => format!(
            "In {} growth is held back by labour: the workers the new plants need cannot all be found.",
            year.year
        ),
        "land" => format!(
            "In {} growth is held back by land: there is not enough industrial floor space for the new plants.",
            year.year
        ),
        "absorption" => format!(
            "In {} growth is held back by absorption: a target industry already grows as fast as any comparable economy has.",
            year.year
        ),
        _ => format!(
            "In {} neither labour nor land holds growth back.",
            year.year
        ),
    }
}

fn levers_table(policy: &Policy) -> String {
    let titles: Vec<String> = [
        "group",
        "lever",
        "value",
        "start",
        "ramp (years)",
        "end",
        "sectors",
    ]
    .map(String::from)
    .to_vec();
    let mut rows = Vec::new();
    for group in LeverGroup::ALL {
        let Some(lever) = policy.levers.get(group) else {
            continue;
        };
        let sectors = match lever.sector_weights {
            None => "all five equally".to_string(),
            Some(weights) => Sector::MANUFACTURING
                .iter()
                .zip(weights)
                .filter(|(_, w)| *w > 0.0)
                .map(|(s, w)| format!("{} ({w})", s.label()))
                .collect::<Vec<_>>()
                .join(", "),
        };
        for field in group.fields() {
            let spec = field.spec();
            rows.push(vec![
                group.label().to_string(),
                spec.label.to_string(),
                LeverField::format_value(field, lever.values[field.slot()]),
                lever.timing.start.to_string(),
                lever.timing.ramp_years.to_string(),
                lever.timing.end.map_or("—".to_string(), |e| e.to_string()),
                sectors.clone(),
            ]);
        }
    }
    if rows.is_empty() {
        return "No levers: this is the status quo.\n".to_string();
    }
    let mut out = table(&titles, &rows, titles.len());
    out.push_str(&format!(
        "\nTarget: {}% of GDP by {}. Funding: {}.\n",
        policy.target.share_pct,
        policy.target.year,
        policy.budget.funding.key()
    ));
    out
}

/// A headline outcome read in one year.
struct Kpi {
    label: &'static str,
    value: fn(&YearOutcome) -> f64,
    text: fn(f64) -> String,
}

const KPIS: [Kpi; 6] = [
    Kpi {
        label: "Manufacturing share of GDP (%)",
        value: |y| y.manufacturing_share_pct,
        text: |v| format!("{v:.2}"),
    },
    Kpi {
        label: "Manufacturing jobs",
        value: |y| y.manufacturing_jobs,
        text: thousands,
    },
    Kpi {
        label: "Net jobs added",
        value: |y| y.net_jobs_added,
        text: thousands,
    },
    Kpi {
        label: "Effective number of sectors",
        value: |y| y.effective_sectors,
        text: |v| format!("{v:.3}"),
    },
    Kpi {
        label: "Fiscal cost (HK$ bn a year)",
        value: |y| y.fiscal_cost_hkd_bn,
        text: |v| format!("{v:.2}"),
    },
    Kpi {
        label: "Cumulative fiscal cost (HK$ bn)",
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
    let names = match names.as_slice() {
        [rest @ .., last] if !rest.is_empty() => format!("{} and {last}", rest.join(", ")),
        _ => names.join(""),
    };
    let mut packages = vec![main.clone()];
    packages.extend(against.iter().cloned());
    let comparison = super::compare::Comparison::build(baseline, &packages);
    format!(
        "## Compared with {names}\n\n{}\n",
        demote_headings(&super::compare::text(&comparison, true))
    )
}

/// Each KPI in the target year (and the horizon), against the other packages if any.
fn kpi_table(main: &Evaluated<'_>, against: &[Evaluated<'_>]) -> String {
    let target_year = main.policy.target.year;
    let horizon = main.projection.last().map_or(target_year, |y| y.year);
    let mut titles = vec!["outcome".to_string(), format!("{target_year}")];
    if horizon != target_year {
        titles.push(format!("{horizon}"));
    }
    for other in against {
        titles.push(format!(
            "{} ({target_year})",
            inert::markdown(&other.policy.name)
        ));
        titles.push(format!("difference ({target_year})"));
    }
    let rows: Vec<Vec<String>> = KPIS
        .iter()
        .map(|kpi| {
            let at =
                |projection: &Projection, year: i32| projection.year(year).map(|y| (kpi.value)(y));
            let show = |v: Option<f64>| v.map_or("—".to_string(), kpi.text);
            let here = at(main.projection, target_year);
            let mut row = vec![kpi.label.to_string(), show(here)];
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
        return "No projected years.\n".to_string();
    };
    let titles: Vec<String> = vec![
        "sector".into(),
        format!("value added {} (HK$ bn)", first.year),
        format!("value added {} (HK$ bn)", target.year),
        "growth a year (%)".into(),
        format!("share of GDP {} (%)", first.year),
        format!("share of GDP {} (%)", target.year),
        format!("jobs {}", target.year),
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
                sector.label().to_string(),
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
    out.push_str(
        "\nThe first five sectors are manufacturing; jobs are counted for manufacturing only.\n",
    );
    out
}

/// The Shapley attribution of the headline outcomes to the lever groups.
fn attribution_section(attribution: &Attribution, target_year: i32) -> String {
    if attribution.contributors.is_empty() {
        return "The package uses no levers, so there is nothing to attribute.\n".to_string();
    }
    let mut out = format!(
        "How much of each outcome's change from the status quo (the same package with no levers) each lever group or measure gave, in {target_year}. Where levers interact — sharing a capped budget, competing for the same workers or land — the interaction is split evenly between them (Shapley values), so the parts add up to the total.\n\n"
    );
    let mut titles = vec!["outcome".to_string(), "status quo".into(), "package".into()];
    titles.extend(
        attribution
            .contributors
            .iter()
            .map(|c| c.label().to_string()),
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
                format!("{} ({})", o.outcome.label(), o.outcome.unit()),
                number(o.status_quo),
                number(o.total),
            ];
            row.extend(o.parts.iter().map(|p| {
                let text = number(*p);
                if *p > 0.0 { format!("+{text}") } else { text }
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
