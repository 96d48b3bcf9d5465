//! `levers compare A B`: headline outcomes side by side, and the differences
//! between two packages in plain language ("R&D grants: HK$5.0 bn → HK$8.0 bn a year").

use levers_core::{Baseline, Projection};
use serde_json::json;

use super::table::{markdown_table, text_table};
use super::{Evaluated, number};
use crate::OutputFormat;
use crate::format::{hkd, thousands};

pub use crate::describe::{describe_value, lever_changes};

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
                json!({"metric": m.label, "a": number(x), "b": number(y), "delta": number(y - x)})
            })
            .collect();
        let value = json!({"a": {"file": a.file, "name": a.policy.name}, "b": {"file": b.file, "name": b.policy.name}, "metrics": metrics, "changes": changes});
        return format!("{value}\n");
    }
    let markdown = format == OutputFormat::Markdown;
    let name = |text: &str| {
        if markdown {
            crate::inert::markdown(text)
        } else {
            text.to_string()
        }
    };
    let titles = vec![
        String::new(),
        name(&a.policy.name),
        name(&b.policy.name),
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
    let mut out = format!(
        "{} ({}) vs {} ({})\n\n",
        name(&a.policy.name),
        name(&a.file),
        name(&b.policy.name),
        name(&b.file)
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
        // A change may quote a measure's label from the file.
        out.push_str(&format!("  - {}\n", name(&change)));
    }
    out
}
