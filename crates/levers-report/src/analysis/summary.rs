//! `levers summary`: a paragraph a staffer can paste into a brief.

use levers_core::analysis::{Attribution, Outcome};
use levers_core::{Constraint, LeverGroup, Policy, Projection};

use crate::compare::describe_value;
use crate::describe_measures::{amount_phrase, measure_label};
use crate::format::{hkd, hkd_bn, thousands};
use levers_core::measure::Measure;

/// What a lever group buys, in words: "R&D grants (HK$12.0 bn a year, …)".
fn group_phrase(policy: &Policy, group: LeverGroup) -> Option<String> {
    let lever = policy.levers.get(group)?;
    let values: Vec<String> = group
        .fields()
        .filter(|f| lever.values[f.slot()] != 0.0)
        .map(|f| describe_value(f, lever.values[f.slot()]))
        .collect();
    let name = match group {
        LeverGroup::Land => "land and rent support",
        LeverGroup::Rd => "R&D grants",
        LeverGroup::Talent => "talent schemes",
        LeverGroup::Zone => "cooperation-zone incentives",
    };
    Some(if values.is_empty() {
        format!("{name} (set to zero)")
    } else {
        format!("{name} ({})", values.join(", "))
    })
}

/// A measure by its label, with its amount: "San Tin land (25 ha a year)".
fn measure_phrase(measure: &Measure) -> String {
    format!("{} ({})", measure_label(measure), amount_phrase(measure))
}

/// The first year a measure acts: its start, or its schedule's first year if later.
fn first_active_year(measure: &Measure) -> i32 {
    measure
        .amount
        .first_year()
        .map_or(measure.timing.start, |y| y.max(measure.timing.start))
}

/// `HK$2.7 m`: a cost per job to one decimal of a million (`hkd()` rounds to whole millions).
fn per_job_money(value_hkd: f64) -> String {
    if value_hkd.abs() >= 1e6 && value_hkd.abs() < 1e9 {
        format!("HK${:.1} m", value_hkd / 1e6)
    } else {
        hkd(value_hkd)
    }
}

fn join_words(items: &[String]) -> String {
    match items {
        [] => String::new(),
        [one] => one.clone(),
        [rest @ .., last] => format!("{} and {last}", rest.join(", ")),
    }
}

/// What the package costs to its target year, split the way the budget cap
/// reads it: outlays (cash and tax forgone, which the cap limits) and financing
/// on top. Financing is never called spending: it is interest paid or return
/// forgone.
fn money_sentence(
    policy: &Policy,
    projection: &Projection,
    start: i32,
    groups: &[String],
) -> String {
    let target = policy.target.year;
    let to_target = projection.years.iter().filter(|y| y.year <= target);
    let (outlay, financing) = to_target.fold((0.0, 0.0), |(o, f), y| {
        (
            o + y.cash_outlay_hkd_bn + y.tax_forgone_hkd_bn,
            f + y.financing_cost_hkd_bn,
        )
    });
    let years = f64::from((target - start + 1).max(1));
    let financing_part = if financing > 0.0 {
        format!(
            "; financing ({}) adds {} on top",
            crate::fiscal::financing_words(policy.budget.funding),
            hkd_bn(financing),
        )
    } else {
        String::new()
    };
    format!(
        "This package pays out or forgoes in tax about {} a year from {start} to {target} ({} in all, {}) on {}{financing_part}.",
        hkd_bn(outlay / years),
        hkd_bn(outlay),
        crate::fiscal::money_label(projection.base_year),
        join_words(groups)
    )
}

/// The paragraph. `status_quo` is the same policy projected without levers.
pub fn paragraph(
    policy: &Policy,
    projection: &Projection,
    status_quo: &Projection,
    attribution: &Attribution,
) -> String {
    let target = policy.target;
    let Some(year) = projection.year(target.year) else {
        return format!(
            "{} does not reach its target year {}.",
            policy.name, target.year
        );
    };
    let base = projection.years.first();
    let groups: Vec<String> = LeverGroup::ALL
        .into_iter()
        .filter_map(|g| group_phrase(policy, g))
        .chain(policy.measures.iter().map(measure_phrase))
        .collect();
    let mut text = String::new();
    let start = policy
        .levers
        .used()
        .filter_map(|g| policy.levers.get(g))
        .map(|l| l.timing.start)
        .chain(policy.measures.iter().map(first_active_year))
        .min();
    match start {
        Some(start) if year.cumulative_fiscal_cost_hkd_bn > 0.0 => {
            text.push_str(&money_sentence(policy, projection, start, &groups));
        }
        Some(start) => text.push_str(&format!(
            "This package uses {} from {start}, at no public cost to {}.",
            join_words(&groups),
            target.year
        )),
        None => text.push_str("This package uses no policy levers."),
    }
    let from = base.map_or(String::new(), |b| {
        format!(" (from {:.1}% in {})", b.manufacturing_share_pct, b.year)
    });
    let without = status_quo
        .year(target.year)
        .map_or(f64::NAN, |y| y.manufacturing_share_pct);
    let verdict = if projection.target.met {
        let first = projection
            .target
            .first_year_met
            .map_or(String::new(), |y| format!(", first in {y}"));
        format!("meeting the {:.1}% target{first}", target.share_pct)
    } else {
        let first = projection
            .target
            .first_year_met
            .map_or(", not reaching it within the horizon".to_string(), |y| {
                format!(", reaching it only in {y}")
            });
        format!(
            "short of the {:.1}% target by {:.2} pp{first}",
            target.share_pct, projection.target.gap_pp
        )
    };
    if policy.levers.used().next().is_none() && policy.measures.is_empty() {
        text.push_str(&format!(
            " Manufacturing is projected at {:.2}% of GDP in {}{from}, {verdict}",
            year.manufacturing_share_pct, target.year
        ));
    } else {
        text.push_str(&format!(
            " It takes manufacturing to {:.2}% of GDP by {}{from}, against {without:.2}% without the package, {verdict}",
            year.manufacturing_share_pct, target.year
        ));
    }
    if year.net_jobs_added >= 1.0 {
        let per_job = year.cost_per_net_job_hkd.map_or(String::new(), |c| {
            format!(" at {} per job", per_job_money(c))
        });
        text.push_str(&format!(
            ", adding {} net jobs{per_job}",
            thousands(year.net_jobs_added)
        ));
    }
    text.push('.');
    if let Some(share) = attribution.outcome(Outcome::ShareInTargetYear)
        && let Some((i, part)) = share
            .parts
            .iter()
            .enumerate()
            .max_by(|a, b| a.1.total_cmp(b.1))
        && attribution.contributors.len() > 1
    {
        text.push_str(&format!(
            " The largest contribution comes from {} ({:+.2} pp of {:+.2} pp).",
            attribution.contributors[i].label(),
            part,
            share.change()
        ));
    }
    let budget_bound = projection
        .years
        .iter()
        .take_while(|y| y.year <= target.year)
        .any(|y| y.budget_scale < 1.0);
    let mut binding = Vec::new();
    match year.binding_constraint {
        Constraint::Labour => binding.push(format!(
            "labour: new plants need more workers than the {} the labour market and talent schemes supply",
            thousands(year.labour_ceiling_jobs)
        )),
        Constraint::Land => binding.push("land: new plants need more industrial floor space than is available".to_string()),
        Constraint::Absorption => binding.push("absorption: a target industry already grows as fast as any comparable economy has".to_string()),
        Constraint::None => {}
    }
    if budget_bound {
        binding.push("the budget cap, which scales the levers down".to_string());
    }
    if binding.is_empty() {
        text.push_str(&format!(
            " No capacity ceiling or budget cap binds in {}.",
            target.year
        ));
    } else {
        text.push_str(&format!(
            " In {} the binding constraint is {}.",
            target.year,
            join_words(&binding)
        ));
    }
    text
}
