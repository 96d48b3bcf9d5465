//! `levers eval --uncertainty`: p10/p50/p90 bands per year and the probability
//! the target is met.

use levers_core::Policy;
use levers_core::analysis::{Band, Uncertainty};
use serde_json::{Value, json};

use super::{number, pretty_json};
use crate::OutputFormat;
use crate::columns::{Cell, Column, csv};
use crate::format::thousands;
use crate::table::table_for;

fn band_json(bands: &[Band]) -> Value {
    json!({
        "p10": bands.iter().map(|b| number(b.p10)).collect::<Vec<_>>(),
        "p50": bands.iter().map(|b| number(b.p50)).collect::<Vec<_>>(),
        "p90": bands.iter().map(|b| number(b.p90)).collect::<Vec<_>>(),
    })
}

/// "Probability the target (5.0% of GDP by 2032) is met: 43.1% (1,000 draws, seed 42)."
pub fn probability_sentence(policy: &Policy, u: &Uncertainty) -> String {
    crate::i18n::language().format(
        "bands-probability",
        &[
            ("share", &format!("{:.1}", policy.target.share_pct)),
            ("year", &policy.target.year.to_string()),
            ("pct", &format!("{:.1}", 100.0 * u.probability_met)),
            ("draws", &thousands(u.draws as f64)),
            ("seed", &u.seed.to_string()),
        ],
    )
}

/// One package's bands as JSON (`eval --uncertainty --format json` prints
/// this object, or an array of them for several packages).
pub fn value(file: &str, policy: &Policy, u: &Uncertainty) -> Value {
    json!({
        "file": file,
        "name": policy.name,
        "draws": u.draws,
        "seed": u.seed,
        "target": {"share_pct": policy.target.share_pct, "year": policy.target.year},
        "probability_met": number(u.probability_met),
        "years": u.years,
        "manufacturing_share_pct": band_json(&u.share_pct),
        "manufacturing_jobs": band_json(&u.jobs),
        "fiscal_cost_hkd_bn": band_json(&u.cost_hkd_bn),
        "effective_sectors": band_json(&u.effective_sectors),
    })
}

/// Where an outcome's bands are.
type Bands = fn(&Uncertainty) -> &[Band];

/// A percentile of a band.
type Percentile = fn(&Band) -> f64;

/// The four banded outcomes: the prefix of their CSV columns, the yearly
/// series they band (its label and unit), and where the bands are.
const BANDED: [(&str, &str, Bands); 4] = [
    ("share", "manufacturing_share_pct", |u| &u.share_pct),
    ("jobs", "manufacturing_jobs", |u| &u.jobs),
    ("cost", "fiscal_cost_hkd_bn", |u| &u.cost_hkd_bn),
    ("effective_sectors", "effective_sectors", |u| {
        &u.effective_sectors
    }),
];

/// A row of the CSV: a package's bands in its `k`-th year.
pub struct Year<'a> {
    pub file: &'a str,
    pub u: &'a Uncertainty,
    pub k: usize,
}

/// The CSV's columns, a row per projected year: the
/// package, the year, p10/p50/p90 of each banded outcome, the probability.
pub fn columns<'a>() -> Vec<Column<'static, Year<'a>>> {
    let mut columns = vec![
        Column::new("file", "Package file", "", |y: &Year<'a>| {
            Cell::text(y.file)
        })
        .defined("The package file the row is for.", "2.4"),
        Column::new("year", "Year", "year", |y: &Year<'a>| {
            Cell::Whole(y.u.years.get(y.k).map(|year| i64::from(*year)))
        })
        .defined("Calendar year, from the base year to the horizon.", "5.1"),
    ];
    for (prefix, series, bands) in BANDED {
        let (label, unit) = crate::series::find(series).map_or(("", ""), |s| (s.label, s.unit));
        let percentiles: [(&str, &str, Percentile); 3] = [
            (
                "p10",
                "The 10th percentile (one draw in ten falls below it)",
                |b| b.p10,
            ),
            ("p50", "The median", |b| b.p50),
            (
                "p90",
                "The 90th percentile (one draw in ten rises above it)",
                |b| b.p90,
            ),
        ];
        columns.extend(percentiles.into_iter().map(|(p, meaning, read)| {
            Column::new(
                format!("{prefix}_{p}"),
                format!("{label}, {p}"),
                unit,
                move |y: &Year<'a>| {
                    Cell::Number(read(&bands(y.u).get(y.k).copied().unwrap_or_default()))
                },
            )
            .defined(
                format!("{meaning} across the draws, in the year ({label})."),
                "5.1",
            )
        }));
    }
    columns.push(
        Column::new("probability_met", "Probability the target is met", "share", |y: &Year<'a>| {
            Cell::Number(y.u.probability_met)
        })
        .defined("Share of the draws in which the share reaches the target in the target year (the same on every row).", "5.1"),
    );
    columns
}

/// One package's bands. `first` decides whether a CSV header is written.
pub fn render(
    file: &str,
    policy: &Policy,
    u: &Uncertainty,
    format: OutputFormat,
    first: bool,
) -> Result<String, crate::RenderError> {
    match format {
        OutputFormat::Json => pretty_json(&value(file, policy, u)),
        OutputFormat::Csv => {
            let years: Vec<Year> = (0..u.years.len()).map(|k| Year { file, u, k }).collect();
            let text = csv(&columns(), &years)?;
            Ok(if first {
                text
            } else {
                text.lines().skip(1).fold(String::new(), |mut rows, line| {
                    rows.push_str(line);
                    rows.push('\n');
                    rows
                })
            })
        }
        OutputFormat::Table | OutputFormat::Markdown => {
            let markdown = format == OutputFormat::Markdown;
            let lang = crate::i18n::language();
            let mut titles = vec![lang.text("bands-year")];
            for series in ["share", "jobs", "cost", "sectors"] {
                let name = lang.text(&format!("bands-{series}"));
                titles.extend(["p10", "p50", "p90"].map(|p| format!("{name} {p}")));
            }
            let rows: Vec<Vec<String>> = (0..u.years.len())
                .map(|k| {
                    let at = |bands: &[Band]| bands.get(k).copied().unwrap_or_default();
                    let (s, j, c, e) = (
                        at(&u.share_pct),
                        at(&u.jobs),
                        at(&u.cost_hkd_bn),
                        at(&u.effective_sectors),
                    );
                    vec![
                        u.years[k].to_string(),
                        format!("{:.2}", s.p10),
                        format!("{:.2}", s.p50),
                        format!("{:.2}", s.p90),
                        thousands(j.p10),
                        thousands(j.p50),
                        thousands(j.p90),
                        format!("{:.2}", c.p10),
                        format!("{:.2}", c.p50),
                        format!("{:.2}", c.p90),
                        format!("{:.2}", e.p10),
                        format!("{:.2}", e.p50),
                        format!("{:.2}", e.p90),
                    ]
                })
                .collect();
            let mut out = String::new();
            if !first {
                out.push('\n');
            }
            out.push_str(&if markdown {
                let title = lang.format(
                    "bands-title",
                    &[
                        ("name", &crate::inert::markdown(&policy.name)),
                        ("file", &crate::inert::markdown_code(file)),
                    ],
                );
                format!("## {title}\n\n")
            } else {
                let title = lang.format("bands-title", &[("name", &policy.name), ("file", file)]);
                format!("{title}\n")
            });
            out.push_str(&probability_sentence(policy, u));
            out.push('\n');
            out.push_str(&lang.text("bands-explained"));
            out.push('\n');
            if markdown {
                out.push('\n');
            }
            out.push_str(&table_for(&titles, &rows, markdown));
            Ok(out)
        }
    }
}
