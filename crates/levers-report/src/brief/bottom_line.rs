//! The bottom line in plain words, generated from the options table: which
//! option does most and at what cost, the chance of the target, how the
//! options compare with doing nothing, and which is cheapest per net job.

use super::{Brief, OptionRow};
use crate::format::{money, money_bn};

/// The bottom line, one sentence each.
pub fn bottom_line(brief: &Brief) -> Vec<String> {
    let lang = brief.lang;
    let Some(best) = brief.leading_row() else {
        return Vec::new();
    };
    let year = best.target_year.to_string();
    let mut sentences = vec![lang.format(
        "brief-bottom-most",
        &[
            ("name", &best.title),
            ("share", &two(best.share_pct)),
            ("year", &year),
            ("p10", &two(best.share_p10_pct)),
            ("p90", &two(best.share_p90_pct)),
        ],
    )];
    // Fluent leaves out what a message does not name (the cost per job, when
    // no job is added).
    let (cost, per_job) = match best.cost_per_net_job_hkd {
        Some(per_job) => ("brief-bottom-cost", money(lang, per_job)),
        None => ("brief-bottom-cost-no-jobs", String::new()),
    };
    sentences.push(lang.format(
        cost,
        &[
            ("cost", &money_bn(lang, best.cost_hkd_bn)),
            ("from", &brief.window_from.to_string()),
            ("year", &year),
            ("pv", &money_bn(lang, best.cost_present_value_hkd_bn)),
            ("p10", &money_bn(lang, best.cost_p10_hkd_bn)),
            ("p90", &money_bn(lang, best.cost_p90_hkd_bn)),
            ("per_job", &per_job),
        ],
    ));
    sentences.push(chance_sentence(brief));
    sentences.extend(against_nothing(brief));
    sentences.extend(cheapest(brief));
    sentences
}

/// The best chance of meeting the target, and whether it is likely.
fn chance_sentence(brief: &Brief) -> String {
    let lang = brief.lang;
    let likeliest = brief
        .rows
        .iter()
        .filter(|r| r.probability_met.is_finite())
        .max_by(|a, b| a.probability_met.total_cmp(&b.probability_met));
    let Some(row) = likeliest else {
        return String::new();
    };
    // With no draw of any option at the target, naming one as "the best
    // chance" would pick among equals.
    let id = if row.probability_met >= 0.5 {
        "brief-bottom-chance-likely"
    } else if row.probability_met > 0.0 {
        "brief-bottom-chance-unlikely"
    } else {
        "brief-bottom-chance-none"
    };
    lang.format(
        id,
        &[
            ("name", &row.title),
            ("target", &format!("{}", row.target_share_pct)),
            ("year", &row.target_year.to_string()),
            ("chance", &percent(row.probability_met)),
        ],
    )
}

/// How far the options lift the share above doing nothing.
fn against_nothing(brief: &Brief) -> Option<String> {
    let status_quo = &brief.status_quo;
    let lifts: Vec<f64> = brief
        .rows
        .iter()
        .filter(|r| status_quo.title.as_deref() != Some(r.title.as_str()))
        .map(|r| r.share_pct - status_quo.share_pct)
        .filter(|lift| lift.is_finite())
        .collect();
    let low = lifts.iter().copied().fold(f64::INFINITY, f64::min);
    let high = lifts.iter().copied().fold(f64::NEG_INFINITY, f64::max);
    let year = brief.leading_row()?.target_year.to_string();
    let (low, high) = (two(low), two(high));
    // One option, or options that add the same to two decimals: one figure.
    let id = match (lifts.len(), low == high) {
        (1, _) => "brief-bottom-nothing-one",
        (_, true) => "brief-bottom-nothing-same",
        _ => "brief-bottom-nothing",
    };
    (!lifts.is_empty()).then(|| {
        brief.lang.format(
            id,
            &[
                ("share", &two(status_quo.share_pct)),
                ("year", &year),
                ("low", &low),
                ("high", &high),
            ],
        )
    })
}

/// The cheapest option per net job, when it is not the leading one.
fn cheapest(brief: &Brief) -> Option<String> {
    let priced: Vec<(usize, &OptionRow, f64)> = brief
        .rows
        .iter()
        .enumerate()
        .filter_map(|(i, r)| r.cost_per_net_job_hkd.map(|c| (i, r, c)))
        .filter(|(_, r, _)| r.net_jobs_added >= 1.0)
        .collect();
    let (index, row, per_job) = priced.into_iter().min_by(|a, b| a.2.total_cmp(&b.2))?;
    (index != brief.leading && brief.rows.len() > 1).then(|| {
        let lang = brief.lang;
        lang.format(
            "brief-bottom-cheapest",
            &[("name", &row.title), ("per_job", &money(lang, per_job))],
        )
    })
}

/// A share or a difference of shares, two decimals.
pub(super) fn two(value: f64) -> String {
    if value.is_finite() {
        crate::format::fixed(value, 2)
    } else {
        "–".to_string()
    }
}

/// A probability (0–1) as a whole percentage.
pub(super) fn percent(probability: f64) -> String {
    if probability.is_finite() {
        format!("{:.0}%", probability * 100.0)
    } else {
        "–".to_string()
    }
}
