//! The sectors section: each sector's value added, growth, share of GDP and
//! jobs, base year against target year.

use std::fmt::Write;

use levers_core::{Policy, Projection, Sector, YearOutcome};

use super::table;
use crate::format::thousands;
use crate::i18n::Lang;

/// Value added and share of GDP of each sector, base year and target year.
pub(super) fn sector_table(lang: Lang, policy: &Policy, projection: &Projection) -> String {
    let (Some(first), Some(target)) = (
        projection.years.first(),
        projection.year(policy.target.year),
    ) else {
        return format!("{}\n", lang.text("doc-no-years"));
    };
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
            // The official share: at current prices, manufacturing at its
            // relative price, as the headline's (value added stays real).
            let share = |y: &YearOutcome| {
                let nominal = y.nominal_sector_values();
                let gdp: f64 = nominal.iter().sum();
                if gdp > 0.0 {
                    format!("{:.2}", nominal[i] / gdp * 100.0)
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
                share(first),
                share(target),
                jobs,
            ]
        })
        .collect();
    let mut out = table(&titles, &rows, 1);
    let _ = writeln!(out, "\n{}", lang.text("doc-sectors-note"));
    out
}
