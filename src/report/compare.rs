//! `levers compare A B`: headline outcomes side by side, and the differences
//! between two packages in plain language ("R&D grants: HK$5.0 bn → HK$8.0 bn a year").

use levers_core::{Baseline, LeverField, LeverGroup, Policy, Projection, Sector};
use serde_json::json;

use super::Evaluated;
use super::table::{markdown_table, text_table};
use crate::cli::OutputFormat;
use crate::format::{hkd, thousands};

/// A value as people say it: `HK$5.0 bn a year`, `30%`, `10,000 people a year`.
pub fn describe_value(field: LeverField, value: f64) -> String {
    match field {
        LeverField::RentSubsidyPct => format!("{value:.0}% of rent"),
        LeverField::LandReleaseHaPerYear => format!("{value:.0} ha a year"),
        LeverField::GrantsHkdBnPerYear | LeverField::CoinvestmentHkdBnPerYear => {
            format!("HK${value:.1} bn a year")
        }
        LeverField::CofundingRatio => format!("HK${value:.1} private per public HK$"),
        LeverField::AdmissionsPerYear => format!("{} people a year", thousands(value)),
        LeverField::TrainingPlacesPerYear => format!("{} places a year", thousands(value)),
        LeverField::ProfitsTaxConcessionPp => format!("{value:.1} pp off profits tax"),
        LeverField::ScaleupInGbaShare => format!("{:.0}% of scale-up in Guangdong", value * 100.0),
    }
}

/// Every difference between `a` and `b`, one sentence each, in a fixed order.
pub fn lever_changes(a: &Policy, b: &Policy, baseline: &Baseline) -> Vec<String> {
    let mut changes = Vec::new();
    for group in LeverGroup::ALL {
        match (a.levers.get(group), b.levers.get(group)) {
            (None, None) => {}
            (Some(_), None) => changes.push(format!("{}: used → not used", group.label())),
            (None, Some(lever)) => changes.push(format!(
                "{}: not used → used from {}",
                group.label(),
                lever.timing.start
            )),
            (Some(x), Some(y)) => {
                let t = (x.timing, y.timing);
                if t.0.start != t.1.start {
                    changes.push(format!(
                        "{}: starts {} → {}",
                        group.label(),
                        t.0.start,
                        t.1.start
                    ));
                }
                if t.0.ramp_years != t.1.ramp_years {
                    changes.push(format!(
                        "{}: ramp {} → {} years",
                        group.label(),
                        t.0.ramp_years,
                        t.1.ramp_years
                    ));
                }
                if t.0.end != t.1.end {
                    let show =
                        |e: Option<i32>| e.map_or("no end".to_string(), |y| format!("ends {y}"));
                    changes.push(format!(
                        "{}: {} → {}",
                        group.label(),
                        show(t.0.end),
                        show(t.1.end)
                    ));
                }
                if x.weight_shares() != y.weight_shares() {
                    changes.push(format!(
                        "{}: sector weights {} → {}",
                        group.label(),
                        weights(x.sector_weights),
                        weights(y.sector_weights)
                    ));
                }
            }
        }
        for field in group.fields() {
            let (va, vb) = (a.levers.value(field), b.levers.value(field));
            if va != vb {
                changes.push(format!(
                    "{}: {} → {}",
                    field.spec().label,
                    describe_value(field, va),
                    describe_value(field, vb)
                ));
            }
        }
    }
    if a.target != b.target {
        changes.push(format!(
            "Target: {:.1}% by {} → {:.1}% by {}",
            a.target.share_pct, a.target.year, b.target.share_pct, b.target.year
        ));
    }
    if a.horizon != b.horizon {
        changes.push(format!("Horizon: {} → {}", a.horizon, b.horizon));
    }
    if a.budget.cap_hkd_bn_per_year != b.budget.cap_hkd_bn_per_year {
        let show =
            |c: Option<f64>| c.map_or("no cap".to_string(), |c| format!("HK${c:.1} bn a year"));
        changes.push(format!(
            "Budget cap: {} → {}",
            show(a.budget.cap_hkd_bn_per_year),
            show(b.budget.cap_hkd_bn_per_year)
        ));
    }
    if a.budget.funding != b.budget.funding {
        changes.push(format!(
            "Funding: {} → {}",
            a.budget.funding.key(),
            b.budget.funding.key()
        ));
    }
    for spec in &baseline.specs {
        let (x, y) = (a.assumption(spec.id), b.assumption(spec.id));
        if x != y {
            let show =
                |v: Option<f64>| v.map_or(format!("baseline {}", spec.value), |v| v.to_string());
            changes.push(format!(
                "Assumption {}: {} → {} ({})",
                spec.name,
                show(x),
                show(y),
                spec.unit
            ));
        }
    }
    changes
}

fn weights(weights: Option<[f64; 5]>) -> String {
    match weights {
        None => "all equal".to_string(),
        Some(w) => Sector::MANUFACTURING
            .iter()
            .zip(w)
            .filter(|(_, w)| *w > 0.0)
            .map(|(s, w)| format!("{} {w}", s.key()))
            .collect::<Vec<_>>()
            .join(", "),
    }
}

struct Metric {
    label: &'static str,
    value: fn(&Projection) -> f64,
    show: fn(f64) -> String,
}

const METRICS: &[Metric] = &[
    Metric {
        label: "Share of GDP in target year (%)",
        value: |p| p.target.projected_share_pct,
        show: |v| format!("{v:.2}"),
    },
    Metric {
        label: "First year target met",
        value: |p| p.target.first_year_met.map_or(f64::NAN, f64::from),
        show: |v| {
            if v.is_finite() {
                format!("{v:.0}")
            } else {
                "never".into()
            }
        },
    },
    Metric {
        label: "Manufacturing jobs, target year",
        value: |p| {
            p.year(p.target.year)
                .map_or(f64::NAN, |y| y.manufacturing_jobs)
        },
        show: thousands,
    },
    Metric {
        label: "Net jobs added, target year",
        value: |p| p.year(p.target.year).map_or(f64::NAN, |y| y.net_jobs_added),
        show: thousands,
    },
    Metric {
        label: "Effective sectors, target year",
        value: |p| {
            p.year(p.target.year)
                .map_or(f64::NAN, |y| y.effective_sectors)
        },
        show: |v| format!("{v:.3}"),
    },
    Metric {
        label: "Fiscal cost, target year (HK$ bn)",
        value: |p| {
            p.year(p.target.year)
                .map_or(f64::NAN, |y| y.fiscal_cost_hkd_bn)
        },
        show: |v| format!("{v:.2}"),
    },
    Metric {
        label: "Cumulative cost to horizon (HK$ bn)",
        value: |p| {
            p.last()
                .map_or(f64::NAN, |y| y.cumulative_fiscal_cost_hkd_bn)
        },
        show: |v| format!("{v:.1}"),
    },
    Metric {
        label: "Cost per net job, target year",
        value: |p| {
            p.year(p.target.year)
                .and_then(|y| y.cost_per_net_job_hkd)
                .unwrap_or(f64::NAN)
        },
        show: hkd,
    },
];

pub fn render(
    a: &Evaluated<'_>,
    b: &Evaluated<'_>,
    baseline: &Baseline,
    format: OutputFormat,
) -> String {
    let changes = lever_changes(a.policy, b.policy, baseline);
    if format == OutputFormat::Json {
        let metrics: Vec<_> = METRICS
            .iter()
            .map(|m| {
                let (x, y) = ((m.value)(a.projection), (m.value)(b.projection));
                json!({"metric": m.label, "a": finite(x), "b": finite(y), "delta": finite(y - x)})
            })
            .collect();
        let value = json!({"a": {"file": a.file, "name": a.policy.name}, "b": {"file": b.file, "name": b.policy.name}, "metrics": metrics, "changes": changes});
        return format!("{value}\n");
    }
    let titles = vec![
        "".to_string(),
        a.policy.name.clone(),
        b.policy.name.clone(),
        "difference".to_string(),
    ];
    let rows: Vec<Vec<String>> = METRICS
        .iter()
        .map(|m| {
            let (x, y) = ((m.value)(a.projection), (m.value)(b.projection));
            let delta = match (m.show)(y - x) {
                _ if !(y - x).is_finite() => "–".to_string(),
                text if text.starts_with('-') => text,
                text => format!("+{text}"),
            };
            vec![m.label.to_string(), (m.show)(x), (m.show)(y), delta]
        })
        .collect();
    let markdown = format == OutputFormat::Markdown;
    let mut out = format!(
        "{} ({}) vs {} ({})\n\n",
        a.policy.name, a.file, b.policy.name, b.file
    );
    out.push_str(&if markdown {
        markdown_table(&titles, &rows)
    } else {
        text_table(&titles, &rows)
    });
    out.push_str("\nWhat changes from the first package to the second:\n");
    if changes.is_empty() {
        out.push_str("  nothing: the packages are the same\n");
    }
    for change in changes {
        out.push_str(&format!("  - {change}\n"));
    }
    out
}

fn finite(v: f64) -> serde_json::Value {
    if v.is_finite() {
        json!(v)
    } else {
        serde_json::Value::Null
    }
}
