//! The fiscal accounts' window to the target year: its totals are the yearly
//! costs summed from the first policy year to the target year, its present
//! value and cost per job follow from the same years, and when the target
//! year is the horizon it is the horizon window exactly.

use levers_core::analysis::fiscal::fiscal_accounts;
use levers_core::{Policy, project};

use crate::support::{baseline, load};

fn close(a: f64, b: f64) -> bool {
    (a - b).abs() <= 1e-9 * a.abs().max(b.abs()).max(1.0)
}

fn blueprint() -> Policy {
    load("policies/blueprint-2032.toml", &baseline())
}

#[test]
fn the_window_to_the_target_year_sums_the_yearly_costs_to_that_year() {
    let baseline = baseline();
    let policy = blueprint();
    let projection = project(&baseline, &policy);
    let horizon = projection.last().map_or(0, |y| y.year);
    assert!(
        policy.target.year < horizon,
        "the test needs a target before the horizon"
    );
    let accounts = fiscal_accounts(&baseline, &policy, &projection);
    let to_target = &accounts.to_target;
    assert_eq!(to_target.window.to, policy.target.year);

    // Computed afresh from the projection's years: nothing is paid before the
    // first policy year, so every year up to the target year may be summed.
    let to_target_years: Vec<_> = projection
        .years
        .iter()
        .filter(|y| y.year <= policy.target.year)
        .collect();
    let paid_before: f64 = to_target_years
        .iter()
        .filter(|y| y.year < to_target.window.from)
        .map(|y| y.fiscal_cost_hkd_bn)
        .sum();
    assert_eq!(paid_before, 0.0);
    let sum =
        |f: fn(&levers_core::YearOutcome) -> f64| to_target_years.iter().map(|y| f(y)).sum::<f64>();
    let total = sum(|y| y.fiscal_cost_hkd_bn);
    assert!(total > 0.0);
    assert!(
        close(to_target.window.total_hkd_bn, total),
        "{} vs {total}",
        to_target.window.total_hkd_bn
    );
    assert!(close(
        to_target.window.cash_outlay_hkd_bn,
        sum(|y| y.cash_outlay_hkd_bn)
    ));
    assert!(close(
        to_target.window.tax_forgone_hkd_bn,
        sum(|y| y.tax_forgone_hkd_bn)
    ));
    assert!(close(
        to_target.window.financing_cost_hkd_bn,
        sum(|y| y.financing_cost_hkd_bn)
    ));
    let cumulative = projection
        .year(policy.target.year)
        .map_or(f64::NAN, |y| y.cumulative_fiscal_cost_hkd_bn);
    assert!(close(to_target.window.total_hkd_bn, cumulative));
    // Less than to the horizon: the package keeps paying after its target year.
    let horizon_window = &accounts.windows[2];
    assert!(to_target.window.total_hkd_bn < horizon_window.total_hkd_bn);

    let rate = accounts.discount_rate;
    let present_value: f64 = to_target_years
        .iter()
        .map(|y| y.fiscal_cost_hkd_bn / (1.0 + rate).powi(y.year - projection.base_year))
        .sum();
    assert!(close(to_target.present_value_hkd_bn, present_value));
    let job_years = sum(|y| y.net_jobs_added);
    let per_job_year = to_target.cost_per_job.net_job_year_hkd.unwrap_or(f64::NAN);
    assert!(
        close(per_job_year, total * 1e9 / job_years),
        "{per_job_year}"
    );
    let jobs_in_target_year = to_target_years
        .last()
        .map_or(f64::NAN, |y| y.net_jobs_added);
    let per_job = to_target.cost_per_job.net_job_hkd.unwrap_or(f64::NAN);
    assert!(
        close(per_job, total * 1e9 / jobs_in_target_year),
        "{per_job}"
    );
}

#[test]
fn with_the_target_year_at_the_horizon_the_window_is_the_horizon_window() {
    let baseline = baseline();
    let mut policy = blueprint();
    policy.target.year = policy.horizon;
    let projection = project(&baseline, &policy);
    let accounts = fiscal_accounts(&baseline, &policy, &projection);
    assert_eq!(accounts.to_target.window.to, policy.horizon);
    assert_eq!(accounts.to_target.window, accounts.windows[2]);
    assert_eq!(
        accounts.to_target.present_value_hkd_bn,
        accounts.present_value_hkd_bn
    );
    assert_eq!(accounts.to_target.cost_per_job, accounts.cost_per_job());
    assert!(accounts.cost_per_job().net_job_hkd.is_some());
}
