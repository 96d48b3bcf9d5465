//! The fiscal accounts' window to the target year: its totals are the yearly
//! costs summed from the first policy year to the target year, its present
//! value and cost per job follow from the same years, and when the target
//! year is the horizon it is the horizon window exactly. The present value
//! and cost per job are of cash outlay and tax forgone, never of financing
//! (HM Treasury Green Book), and money offered is shown beside money taken up.

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
        .map(|y| {
            (y.cash_outlay_hkd_bn + y.tax_forgone_hkd_bn)
                / (1.0 + rate).powi(y.year - projection.base_year)
        })
        .sum();
    assert!(close(to_target.present_value_hkd_bn, present_value));
    let outlay = sum(|y| y.cash_outlay_hkd_bn + y.tax_forgone_hkd_bn);
    assert!(close(to_target.window.outlay_hkd_bn(), outlay));
    assert!(outlay < total, "financing is not an outlay");
    let job_years = sum(|y| y.net_jobs_added);
    let per_job_year = to_target.cost_per_job.net_job_year_hkd.unwrap_or(f64::NAN);
    assert!(
        close(per_job_year, outlay * 1e9 / job_years),
        "{per_job_year}"
    );
    let jobs_in_target_year = to_target_years
        .last()
        .map_or(f64::NAN, |y| y.net_jobs_added);
    let per_job = to_target.cost_per_job.net_job_hkd.unwrap_or(f64::NAN);
    assert!(
        close(per_job, outlay * 1e9 / jobs_in_target_year),
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
    assert_eq!(accounts.to_target.cost_per_job, accounts.cost_per_job);
    assert!(accounts.cost_per_job.net_job_hkd.is_some());
}

#[test]
fn the_present_value_excludes_financing_whatever_its_rate() {
    // Green Book: discount the cash flows (outlay and tax forgone); financing,
    // the time value of the same money, is reported beside, never added in.
    let baseline = baseline();
    let policy = blueprint();
    let projection = project(&baseline, &policy);
    let accounts = fiscal_accounts(&baseline, &policy, &projection);
    let financing: f64 = accounts.financing_cost_hkd_bn.iter().sum();
    assert!(
        financing > 1.0,
        "the Blueprint draws on reserves: {financing}"
    );
    for factor in [0.0, 0.5, 3.0] {
        let mut changed = projection.clone();
        for year in &mut changed.years {
            year.financing_cost_hkd_bn *= factor;
            year.fiscal_cost_hkd_bn =
                year.cash_outlay_hkd_bn + year.tax_forgone_hkd_bn + year.financing_cost_hkd_bn;
        }
        let again = fiscal_accounts(&baseline, &policy, &changed);
        assert_eq!(again.present_value_hkd_bn, accounts.present_value_hkd_bn);
        assert_eq!(
            again.to_target.present_value_hkd_bn,
            accounts.to_target.present_value_hkd_bn
        );
        assert_eq!(again.cost_per_job, accounts.cost_per_job);
        assert_eq!(
            again.to_target.cost_per_job,
            accounts.to_target.cost_per_job
        );
        // What changed is reported beside it.
        let financing_again: f64 = again.financing_cost_hkd_bn.iter().sum();
        assert!(close(financing_again, factor * financing));
    }
}

#[test]
fn a_package_drawing_on_reserves_has_the_present_value_of_its_outlays_alone() {
    // Through the assumption itself: a higher return forgone on reserves
    // raises financing, and the present value stays that of the package's own
    // outlays and tax forgone (whatever the projection does with them).
    let baseline = baseline();
    let mut policy = blueprint();
    let projection = project(&baseline, &policy);
    let low = fiscal_accounts(&baseline, &policy, &projection);
    let reserves_return =
        levers_core::ParamId::from_name("reserves_return").expect("reserves_return");
    policy.assumptions.push((reserves_return, 0.06));
    let projection_high = project(&baseline, &policy);
    let high = fiscal_accounts(&baseline, &policy, &projection_high);
    let sum = |v: &[f64]| v.iter().sum::<f64>();
    assert!(sum(&high.financing_cost_hkd_bn) > sum(&low.financing_cost_hkd_bn) * 1.2);
    for accounts in [&low, &high] {
        let outlay: Vec<f64> = accounts
            .cash_outlay_hkd_bn
            .iter()
            .zip(&accounts.tax_forgone_hkd_bn)
            .map(|(c, t)| c + t)
            .collect();
        let by_hand = levers_core::analysis::fiscal::present_value(&outlay, accounts.discount_rate);
        assert!(close(accounts.present_value_hkd_bn, by_hand));
        let with_financing = levers_core::analysis::fiscal::present_value(
            &accounts.total_hkd_bn,
            accounts.discount_rate,
        );
        assert!(accounts.present_value_hkd_bn < with_financing);
    }
}

#[test]
fn money_offered_is_shown_beside_money_taken_up() {
    use levers_core::measure::MeasureKind;
    let baseline = baseline();
    let policy = blueprint();
    let projection = project(&baseline, &policy);
    let accounts = fiscal_accounts(&baseline, &policy, &projection);
    let kinds: Vec<MeasureKind> = accounts.money_offers.iter().map(|o| o.kind).collect();
    assert_eq!(kinds, [MeasureKind::RdGrants, MeasureKind::Coinvestment]);
    for offer in &accounts.money_offers {
        for (t, year) in projection.years.iter().enumerate() {
            // Taken up is the projection's outlay on the kind; never above the offer.
            assert_eq!(
                offer.taken_up_hkd_bn[t],
                year.outlay_by_kind_hkd_bn[offer.kind.index()]
            );
            assert!(offer.taken_up_hkd_bn[t] <= offer.offered_hkd_bn[t] + 1e-12);
        }
        // Once fully ramped, the offer is the package's dial.
        let last = offer.offered_hkd_bn.last().copied().unwrap_or_default();
        let dial = match offer.kind {
            MeasureKind::RdGrants => 12.0,
            _ => 22.0,
        };
        assert!(close(last, dial), "{:?}: {last}", offer.kind);
    }
    let to_target = &accounts.to_target;
    for (offer, totals) in accounts.money_offers.iter().zip(&to_target.money_offered) {
        let sum = |v: &[f64]| -> f64 {
            accounts
                .years
                .iter()
                .zip(v)
                .filter(|(y, _)| **y <= to_target.window.to)
                .map(|(_, x)| x)
                .sum()
        };
        assert!(close(totals.offered_hkd_bn, sum(&offer.offered_hkd_bn)));
        assert!(close(totals.taken_up_hkd_bn, sum(&offer.taken_up_hkd_bn)));
        assert!(totals.taken_up_hkd_bn < totals.offered_hkd_bn);
    }
}
