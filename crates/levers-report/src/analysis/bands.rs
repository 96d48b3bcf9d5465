//! `levers eval --uncertainty`: p10/p50/p90 bands per year and the probability
//! the target is met.

use levers_core::Policy;
use levers_core::analysis::{Band, Uncertainty};
use serde_json::{Value, json};

use super::{number, pretty_json};
use crate::OutputFormat;
use crate::columns::{Cell, Column, csv};
use crate::format::thousands;
use crate::i18n::Lang;
use crate::table::{Shown, tabulate, titled};

fn band_json(bands: &[Band]) -> Value {
    json!({
        "p10": bands.iter().map(|b| number(b.p10)).collect::<Vec<_>>(),
        "p50": bands.iter().map(|b| number(b.p50)).collect::<Vec<_>>(),
        "p90": bands.iter().map(|b| number(b.p90)).collect::<Vec<_>>(),
    })
}

/// "Probability the target (5.0% of GDP by 2032) is met: 43.1% (1,000 draws, seed 42)."
pub fn probability_sentence(lang: Lang, policy: &Policy, u: &Uncertainty) -> String {
    lang.format_counts(
        "bands-probability",
        &[
            (
                "share",
                &crate::format::as_typed_one_decimal(policy.target.share_pct),
            ),
            ("year", &policy.target.year.to_string()),
            ("pct", &format!("{:.1}", 100.0 * u.probability_met)),
            ("draws", &thousands(u.draws as f64)),
            ("seed", &u.seed.to_string()),
        ],
        &[("draw_count", u.draws as i64)],
    )
}

/// One package's bands as JSON (`eval --uncertainty --format json` prints
/// this object, or an array of them for several packages).
pub fn value(file: &str, policy: &Policy, u: &Uncertainty) -> Value {
    let mut value = json!({
        "file": file,
        "name": policy.name,
        "draws": u.draws,
        "seed": u.seed,
        "target": {"share_pct": policy.target.share_pct, "year": policy.target.year},
        "probability_met": number(u.probability_met),
        "years": u.years,
    });
    for banded in &BANDED {
        value[banded.series] = band_json((banded.bands)(u));
    }
    value
}

/// One banded outcome, described once for the JSON, the CSV and the table.
struct Banded {
    /// The prefix of its CSV columns (`share_p10`).
    prefix: &'static str,
    /// The yearly series it bands: its JSON member, label and unit.
    series: &'static str,
    /// Its table title's id in the message catalogue.
    title: &'static str,
    /// A percentile as the table shows it.
    shown: fn(f64) -> String,
    bands: fn(&Uncertainty) -> &[Band],
}

/// Two decimals, as the table shows shares, costs and sectors.
fn two_decimals(value: f64) -> String {
    format!("{value:.2}")
}

/// The four banded outcomes, in the order every format lists them.
const BANDED: [Banded; 4] = [
    Banded {
        prefix: "share",
        series: "manufacturing_share_pct",
        title: "bands-share",
        shown: two_decimals,
        bands: |u| &u.share_pct,
    },
    Banded {
        prefix: "jobs",
        series: "manufacturing_jobs",
        title: "bands-jobs",
        shown: thousands,
        bands: |u| &u.jobs,
    },
    Banded {
        prefix: "cost",
        series: "fiscal_cost_hkd_bn",
        title: "bands-cost",
        shown: two_decimals,
        bands: |u| &u.cost_hkd_bn,
    },
    Banded {
        prefix: "effective_sectors",
        series: "effective_sectors",
        title: "bands-sectors",
        shown: two_decimals,
        bands: |u| &u.effective_sectors,
    },
];

/// A percentile of a band: its name, what it means, how it is read.
type Percentile = (&'static str, &'static str, fn(&Band) -> f64);

const PERCENTILES: [Percentile; 3] = [
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
    for banded in &BANDED {
        let (label, unit) = crate::series::find(banded.series)
            .map_or((String::new(), ""), |s| (s.title(Lang::En), s.unit));
        let bands = banded.bands;
        columns.extend(PERCENTILES.into_iter().map(|(p, meaning, read)| {
            Column::new(
                format!("{}_{p}", banded.prefix),
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

/// The columns of the table, a row per year (by its position): the year, then
/// p10/p50/p90 of each banded outcome.
fn shown_columns(lang: Lang, u: &Uncertainty) -> Vec<Shown<'_, usize>> {
    let mut columns = vec![Shown::right(lang.text("bands-year"), |k: &usize| {
        u.years[*k].to_string()
    })];
    for banded in &BANDED {
        let name = lang.text(banded.title);
        columns.extend(PERCENTILES.map(|(p, _, read)| {
            Shown::right(format!("{name} {p}"), move |k: &usize| {
                (banded.shown)(read(
                    &(banded.bands)(u).get(*k).copied().unwrap_or_default(),
                ))
            })
        }));
    }
    columns
}

/// One package's bands. `first` decides whether a CSV header is written.
pub fn render(
    lang: Lang,
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
            let mut out = String::from(if first { "" } else { "\n" });
            let title = titled(lang, "bands-title", &policy.name, file, markdown);
            out.push_str(&if markdown {
                format!("## {title}\n\n")
            } else {
                format!("{title}\n")
            });
            out.push_str(&probability_sentence(lang, policy, u));
            out.push('\n');
            out.push_str(&lang.text("bands-explained"));
            out.push('\n');
            if markdown {
                out.push('\n');
            }
            let years: Vec<usize> = (0..u.years.len()).collect();
            out.push_str(&tabulate(&shown_columns(lang, u), &years, markdown));
            Ok(out)
        }
    }
}
