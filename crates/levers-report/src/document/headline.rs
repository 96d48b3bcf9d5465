//! The headline outcomes: each KPI in the target year (and the horizon),
//! against the compared packages if any.

use levers_core::{Projection, YearOutcome};

use super::table;
use crate::Evaluated;
use crate::format::{signed_as, thousands};
use crate::i18n::Lang;
use crate::sanitise;

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

/// Each KPI in the target year (and the horizon), against the other packages if any.
pub(super) fn kpi_table(lang: Lang, main: &Evaluated<'_>, against: &[Evaluated<'_>]) -> String {
    let target_year = main.policy.target.year;
    let horizon = main.projection.last().map_or(target_year, |y| y.year);
    let mut titles = vec![lang.text("doc-outcome"), format!("{target_year}")];
    if horizon != target_year {
        titles.push(format!("{horizon}"));
    }
    for other in against {
        titles.push(crate::brackets::with_note(
            lang,
            &sanitise::markdown(&other.policy.name),
            &target_year.to_string(),
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
                row.push(difference.map_or("—".to_string(), |d| signed_as(kpi.text, d)));
            }
            row
        })
        .collect();
    table(&titles, &rows, 1)
}
