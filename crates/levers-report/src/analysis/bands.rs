//! `levers eval --uncertainty`: p10/p50/p90 bands per year and the probability
//! the target is met.

use levers_core::Policy;
use levers_core::analysis::{Band, Uncertainty};
use serde_json::{Value, json};

use super::{cell, csv_text, number, pretty_json};
use crate::OutputFormat;
use crate::format::thousands;
use crate::inert;
use crate::table::{markdown_table, text_table};

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
            let header = [
                "file",
                "year",
                "share_p10",
                "share_p50",
                "share_p90",
                "jobs_p10",
                "jobs_p50",
                "jobs_p90",
                "cost_p10",
                "cost_p50",
                "cost_p90",
                "effective_sectors_p10",
                "effective_sectors_p50",
                "effective_sectors_p90",
                "probability_met",
            ]
            .map(String::from);
            let rows: Vec<Vec<String>> = (0..u.years.len())
                .map(|k| {
                    let mut row = vec![inert::csv_text(file).into_owned(), u.years[k].to_string()];
                    for bands in [&u.share_pct, &u.jobs, &u.cost_hkd_bn, &u.effective_sectors] {
                        let band = bands.get(k).copied().unwrap_or_default();
                        row.extend([cell(band.p10), cell(band.p50), cell(band.p90)]);
                    }
                    row.push(cell(u.probability_met));
                    row
                })
                .collect();
            let text = csv_text(&header, &rows)?;
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
            out.push_str(&if markdown {
                markdown_table(&titles, &rows)
            } else {
                text_table(&titles, &rows)
            });
            Ok(out)
        }
    }
}
