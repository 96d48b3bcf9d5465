//! The "in brief" section's bullets: the verdict, what it takes, what limits
//! it, and — when Monte Carlo was run — how sure the verdict is.

use std::fmt::Write;

use levers_core::analysis::Uncertainty;
use levers_core::{Policy, Projection, YearOutcome};

use crate::brackets::with_note;
use crate::format::thousands;
use crate::i18n::Lang;
use crate::table::{needs_sentence, target_sentence};

/// The plain-language summary: the verdict, what it takes, what limits it.
pub(super) fn summary(lang: Lang, policy: &Policy, projection: &Projection) -> String {
    let mut out = String::new();
    let first = projection.years.first();
    let target_year = projection.year(policy.target.year);
    let _ = writeln!(out, "- {}", target_sentence(lang, projection));
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
        let _ = writeln!(out, "- {}", limit_sentence(lang, target));
    }
    // Where the land went is in the summary paragraph above these bullets.
    let _ = writeln!(out, "- {}", needs_sentence(lang, projection));
    if policy.measures.is_empty() {
        let _ = writeln!(out, "- {}", lang.text("doc-no-levers-trend"));
    }
    out
}

/// How sure the verdict is, from the Monte Carlo bands.
pub(super) fn uncertainty_sentence(
    lang: Lang,
    policy: &Policy,
    uncertainty: &Uncertainty,
) -> String {
    let year = policy.target.year;
    let band = uncertainty
        .years
        .iter()
        .position(|y| *y == year)
        .and_then(|i| uncertainty.share_pct.get(i));
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
    lang.format_counts(
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
        &[("draw_count", uncertainty.draws as i64)],
    )
}

/// The p10, p50 and p90 of the share, jobs, the year's fiscal cost and the
/// effective number of sectors in the target year.
pub(super) fn uncertainty_table(lang: Lang, policy: &Policy, uncertainty: &Uncertainty) -> String {
    let year = policy.target.year;
    let Some(i) = uncertainty.years.iter().position(|y| *y == year) else {
        return String::new();
    };
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
                "jobs" | "sectors" => series.title(lang),
                unit => with_note(lang, &series.title(lang), &lang.unit(unit)),
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

fn limit_sentence(lang: Lang, year: &YearOutcome) -> String {
    let id = match year.binding_constraint.key() {
        "labour" => "doc-limit-labour",
        "land" => "doc-limit-land",
        "absorption" => "doc-limit-absorption",
        _ => "doc-limit-none",
    };
    lang.format(id, &[("year", &year.year.to_string())])
}
