//! `levers summary`: a paragraph a staffer can paste into a brief.

use levers_core::analysis::fiscal::{TargetWindow, Window};
use levers_core::analysis::{Attribution, Outcome};
use levers_core::{Constraint, Policy, Projection};

use crate::describe::{amount_with_timing, measure_label};
use crate::format::{money, money_bn, signed, thousands};
use crate::i18n::Lang;
use levers_core::measure::Measure;

/// A measure by its label, with its amount and timing: "San Tin land (25 ha
/// a year from 2027 until 2038)".
fn measure_phrase(lang: Lang, measure: &Measure) -> String {
    let (open, close) = brackets(lang);
    format!(
        "{}{open}{}{close}",
        measure_label(lang, measure),
        amount_with_timing(lang, measure)
    )
}

/// The first year a measure acts: its start, or its schedule's first year if later.
fn first_active_year(measure: &Measure) -> i32 {
    measure
        .amount
        .first_year()
        .map_or(measure.timing.start, |y| y.max(measure.timing.start))
}

/// What the package costs from its first policy year to its target year (the
/// fiscal accounts' window to the target year), split the way the budget cap
/// reads it: outlays (cash and tax forgone, which the cap limits) and
/// financing on top. Financing is never called spending: it is interest paid
/// or return forgone. Money offered (grants, co-investment) follows beside
/// the money taken up, since the two differ by firms' take-up.
fn money_sentence(
    lang: Lang,
    policy: &Policy,
    projection: &Projection,
    target_window: &TargetWindow,
    groups: &[String],
) -> String {
    let to_target = &target_window.window;
    let outlay = to_target.cash_outlay_hkd_bn + to_target.tax_forgone_hkd_bn;
    let financing = to_target.financing_cost_hkd_bn;
    let years = f64::from((to_target.to - to_target.from + 1).max(1));
    let financing_part = if financing > 0.0 {
        lang.format(
            "summary-financing",
            &[
                (
                    "how",
                    &crate::fiscal::financing_words(lang, policy.budget.funding),
                ),
                ("amount", &money_bn(lang, financing)),
            ],
        )
    } else {
        String::new()
    };
    let offers =
        crate::fiscal::offers_sentence(lang, target_window).map_or(String::new(), |sentence| {
            let gap = if lang == Lang::En { " " } else { "" };
            format!("{gap}{sentence}")
        });
    let pays = lang.format(
        "summary-pays",
        &[
            ("per_year", &money_bn(lang, outlay / years)),
            ("start", &to_target.from.to_string()),
            ("year", &to_target.to.to_string()),
            ("total", &money_bn(lang, outlay)),
            (
                "money",
                &crate::fiscal::money_label(lang, projection.base_year),
            ),
            ("groups", &join_words(lang, groups)),
            ("financing", &financing_part),
        ],
    );
    format!("{pays}{offers}")
}

/// Brackets around an aside: ` (…)` in English, `（…）` in Chinese.
fn brackets(lang: Lang) -> (&'static str, &'static str) {
    match lang {
        Lang::En => (" (", ")"),
        Lang::ZhHant => ("（", "）"),
    }
}

/// `HK$2.7 m`: a cost per job to one decimal of a million (`money(lang, )` rounds to whole millions).
fn per_job_money(lang: Lang, value_hkd: f64) -> String {
    if lang != Lang::En {
        crate::format::money(lang, value_hkd)
    } else if value_hkd.abs() >= 1e6 && value_hkd.abs() < 1e9 {
        format!("HK${:.1} m", value_hkd / 1e6)
    } else {
        money(lang, value_hkd)
    }
}

/// "a, b and c" (English) or "a、b及c" (Chinese).
fn join_words(lang: Lang, items: &[String]) -> String {
    let (comma, and) = match lang {
        Lang::En => (", ", format!(" {} ", lang.text("summary-and"))),
        Lang::ZhHant => ("、", lang.text("summary-and")),
    };
    match items {
        [] => String::new(),
        [one] => one.clone(),
        [rest @ .., last] => format!("{}{and}{last}", rest.join(comma)),
    }
}

/// The paragraph, in `lang`. `status_quo` is the same
/// policy projected without levers; `target_window` is the fiscal accounts'
/// window to the target year (its cost per net job is the one the paragraph
/// quotes: cash outlay and tax forgone, financing excluded).
pub fn paragraph(
    lang: Lang,
    policy: &Policy,
    projection: &Projection,
    status_quo: &Projection,
    attribution: &Attribution,
    target_window: &TargetWindow,
) -> String {
    let to_target: &Window = &target_window.window;
    let target = policy.target;
    let Some(year) = projection.year(target.year) else {
        return lang.format(
            "summary-no-target-year",
            &[("name", &policy.name), ("year", &target.year.to_string())],
        );
    };
    let base = projection.years.first();
    // A measure whose amount is zero every year does nothing: it is not
    // named among what the package pays for (a seek writes one to keep its
    // group's timing).
    let acting: Vec<&Measure> = policy
        .measures
        .iter()
        .filter(|m| m.amount.peak() > 0.0)
        .collect();
    let groups: Vec<String> = acting.iter().map(|m| measure_phrase(lang, m)).collect();
    let target_year = target.year.to_string();
    let mut sentences: Vec<String> = Vec::new();
    let start = acting.iter().map(|m| first_active_year(m)).min();
    sentences.push(match start {
        Some(_) if to_target.total_hkd_bn > 0.0 => {
            money_sentence(lang, policy, projection, target_window, &groups)
        }
        Some(start) => lang.format(
            "summary-free",
            &[
                ("groups", &join_words(lang, &groups)),
                ("start", &start.to_string()),
                ("year", &target_year),
            ],
        ),
        None => lang.text("summary-no-levers"),
    });
    let from = base.map_or(String::new(), |b| {
        lang.format(
            "summary-from",
            &[
                ("share", &format!("{:.1}", b.manufacturing_share_pct)),
                ("year", &b.year.to_string()),
            ],
        )
    });
    let without = status_quo
        .year(target.year)
        .map_or(f64::NAN, |y| y.manufacturing_share_pct);
    let target_share = crate::format::as_typed_one_decimal(target.share_pct);
    let gap = format!("{:.2}", projection.target.gap_pp);
    // Each message names only the figures it needs; Fluent leaves out the rest.
    let first = projection.target.first_year_met;
    let fell = crate::table::fell_below(projection);
    let verdict = match (projection.target.met, first, fell) {
        (true, Some(_), _) => "summary-meets-first",
        (true, None, _) => "summary-meets",
        (false, Some(_), _) => "summary-short-later",
        (false, None, Some(_)) => "summary-short-fell",
        (false, None, None) => "summary-short-never",
    };
    let verdict = lang.format(
        verdict,
        &[
            ("target", &target_share),
            ("gap", &gap),
            ("first", &first.map_or(String::new(), |y| y.to_string())),
            ("fell", &fell.map_or(String::new(), |y| y.to_string())),
        ],
    );
    let id = if policy.measures.is_empty() {
        "summary-status-quo-share"
    } else {
        "summary-package-share"
    };
    let mut outcome = lang.format(
        id,
        &[
            ("share", &format!("{:.2}", year.manufacturing_share_pct)),
            ("year", &target_year),
            ("from", &from),
            ("without", &format!("{without:.2}")),
            ("verdict", &verdict),
        ],
    );
    if year.net_jobs_added >= 1.0 {
        // Net jobs count every job the package adds across the economy (the
        // admitted talent at work among them); the direct manufacturing jobs
        // are said beside them so the two are never read as one.
        let jobs = thousands(year.net_jobs_added);
        let direct = crate::format::signed_as(thousands, year.direct_jobs_added);
        outcome.push_str(&match target_window.cost_per_job.net_job_hkd {
            Some(cost) => lang.format(
                "summary-jobs-cost",
                &[
                    ("jobs", &jobs),
                    ("direct", &direct),
                    ("per_job", &per_job_money(lang, cost)),
                ],
            ),
            None => lang.format("summary-jobs", &[("jobs", &jobs), ("direct", &direct)]),
        });
    }
    outcome.push_str(&lang.text("summary-end"));
    sentences.push(outcome);
    // The largest part is named only when it shows as a rise: "0.00 pp of
    // 0.00 pp" names nothing.
    if let Some(share) = attribution.outcome(Outcome::ShareInTargetYear)
        && let Some((i, part)) = share
            .parts
            .iter()
            .enumerate()
            .max_by(|a, b| a.1.total_cmp(b.1))
        && attribution.contributors.len() > 1
        && signed(*part, 2).starts_with('+')
    {
        sentences.push(lang.format(
            "summary-largest",
            &[
                ("lever", &lang.contributor(&attribution.contributors[i])),
                ("part", &signed(*part, 2)),
                ("change", &signed(share.change(), 2)),
            ],
        ));
    }
    let budget_bound = projection
        .years
        .iter()
        .take_while(|y| y.year <= target.year)
        .any(|y| y.budget_scale < 1.0);
    let mut binding = Vec::new();
    match year.binding_constraint {
        Constraint::Labour => binding.push(lang.format(
            "binding-labour",
            &[("ceiling", &thousands(year.labour_ceiling_jobs))],
        )),
        Constraint::Land => binding.push(lang.text("binding-land")),
        Constraint::Absorption => binding.push(lang.text("binding-absorption")),
        Constraint::None => {}
    }
    if budget_bound {
        binding.push(lang.text("binding-budget"));
    }
    let id = if binding.is_empty() {
        "summary-no-binding"
    } else {
        "summary-binding"
    };
    let list = join_words(lang, &binding);
    sentences.push(lang.format(id, &[("year", &target_year), ("list", &list)]));
    sentences.extend(crate::table::sites_sentence(lang, projection));
    let gap = if lang == Lang::En { " " } else { "" };
    sentences.join(gap)
}
