//! The public purse of a package, the way budgets are scored: per year and per
//! measure, cash outlay, tax forgone and financing; totals over budget windows
//! (5 and 10 years from the first measure, and to the horizon); the present
//! value at the `discount_rate` assumption; and cost per job. The same totals,
//! present value and cost per job again from the first policy year to the
//! target year, the window a package is judged by (the summary's money
//! sentence reads it). All money is HK$ bn at base-year prices (real),
//! undiscounted unless said otherwise.
//!
//! By the book (HM Treasury Green Book, 2022, §A6 and annex A6): the present
//! value discounts the resource cost — cash outlay and tax forgone — and
//! nothing else. Financing (interest on borrowing, return forgone on reserves)
//! is the time value of that money, which discounting already counts; it is
//! reported beside the present value, never added before discounting. Cost per
//! job divides the same outlays (cash and tax forgone), as the evaluations it
//! is compared with do (NAO on the Regional Growth Fund; Criscuolo et al. on
//! RSA). Money offered (R&D grants, co-investment) is shown beside the money
//! taken up, since firms take up only part of an offer.

use crate::baseline::Baseline;
use crate::measure::{Measure, MeasureKind};
use crate::policy::Policy;
use crate::projection::{Projection, YearOutcome};

/// Totals over a run of years.
#[derive(Clone, Debug, PartialEq)]
pub struct Window {
    /// First year counted.
    pub from: i32,
    /// Last year counted (the horizon when the window would run past it).
    pub to: i32,
    /// Years the window was meant to cover (5, 10), or `None` for a window
    /// that runs to a year (the horizon, or the target year in [`TargetWindow`]).
    pub length: Option<i32>,
    /// Cash paid out over the window, HK$ bn.
    pub cash_outlay_hkd_bn: f64,
    /// Profits tax given up over the window, HK$ bn.
    pub tax_forgone_hkd_bn: f64,
    /// Financing cost over the window (interest or forgone reserve return), HK$ bn.
    pub financing_cost_hkd_bn: f64,
    /// Outlay, tax forgone and financing together over the window, HK$ bn.
    pub total_hkd_bn: f64,
}

impl Window {
    /// Cash outlay and tax forgone over the window, HK$ bn: what the present
    /// value discounts and the cost per job divides (financing excluded).
    pub fn outlay_hkd_bn(&self) -> f64 {
        self.cash_outlay_hkd_bn + self.tax_forgone_hkd_bn
    }

    /// True when the horizon cut the window short.
    pub fn truncated(&self) -> bool {
        self.length
            .is_some_and(|length| self.to - self.from + 1 < length)
    }
}

/// Total cost per job added, HK$, five ways: per job-year (jobs added summed
/// over the years) and per job added in the last year counted.
#[derive(Clone, Copy, Debug, Default, PartialEq)]
pub struct CostPerJob {
    /// Per job-year of net employment added, HK$.
    pub net_job_year_hkd: Option<f64>,
    /// Per job-year of gross employment added, HK$.
    pub gross_job_year_hkd: Option<f64>,
    /// Per gross job added in the last year, HK$.
    pub gross_job_hkd: Option<f64>,
    /// Per direct manufacturing job added in the last year, HK$.
    pub direct_job_hkd: Option<f64>,
    /// Per net job added in the last year, HK$.
    pub net_job_hkd: Option<f64>,
}

/// From the first policy year to the target year (or the horizon, if it comes
/// first): what the package costs by the year its target is judged in.
#[derive(Clone, Debug, PartialEq)]
pub struct TargetWindow {
    /// Outlay, tax forgone, financing and total over the years.
    pub window: Window,
    /// Present value in the base year of the cash outlay and tax forgone to
    /// the target year (financing excluded: see the module's note).
    pub present_value_hkd_bn: f64,
    /// Cash outlay and tax forgone to the target year per job added, the jobs
    /// counted to (and in) the target year.
    pub cost_per_job: CostPerJob,
    /// Money offered and taken up from the first policy year to the target year.
    pub money_offered: Vec<OfferTotals>,
}

/// One kind of money offer (R&D grants, co-investment), year by year: what the
/// package puts on the table and what firms take up (after the budget cap).
#[derive(Clone, Debug, PartialEq)]
pub struct MoneyOffer {
    /// R&D grants or co-investment.
    pub kind: MeasureKind,
    /// Offered each year: the measures' amounts with their timing, HK$ bn.
    pub offered_hkd_bn: Vec<f64>,
    /// Taken up each year: the projection's outlay on the kind, HK$ bn.
    pub taken_up_hkd_bn: Vec<f64>,
}

/// Money offered and taken up for one kind, summed over a window.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct OfferTotals {
    /// R&D grants or co-investment.
    pub kind: MeasureKind,
    /// Offered over the window, HK$ bn.
    pub offered_hkd_bn: f64,
    /// Taken up over the window, HK$ bn.
    pub taken_up_hkd_bn: f64,
    /// The years of the window in which some money of the kind is offered.
    pub offered_years: usize,
}

/// The kinds whose amount is money offered to firms (HK$ bn a year), so that
/// what is offered and what is taken up can differ.
pub const MONEY_OFFER_KINDS: [MeasureKind; 2] = [MeasureKind::RdGrants, MeasureKind::Coinvestment];

/// One measure's share of the cost, year by year.
#[derive(Clone, Debug, PartialEq)]
pub struct MeasureCost {
    /// The measure's name in the package (`nias`, `land.rent_subsidy_pct`).
    pub name: String,
    /// What the measure does; a profits-tax concession costs revenue, not cash.
    pub kind: MeasureKind,
    /// Outlay or tax forgone plus its share of financing, HK$ bn, per year.
    pub cost_hkd_bn: Vec<f64>,
    /// Its cost summed to the horizon, HK$ bn.
    pub total_hkd_bn: f64,
    /// Its outlay (cash, or tax forgone for a profits-tax concession) to the
    /// horizon, HK$ bn: `total_hkd_bn` less `financing_hkd_bn`.
    pub outlay_hkd_bn: f64,
    /// Its share of financing to the horizon, HK$ bn.
    pub financing_hkd_bn: f64,
}

impl MeasureCost {
    /// True when its outlay is revenue given up rather than money paid out.
    pub fn is_tax_forgone(&self) -> bool {
        self.kind == MeasureKind::ProfitsTaxConcession
    }
}

/// The package's public cost, year by year from the base year to the horizon,
/// by component and by measure, with window totals and present value.
#[derive(Clone, Debug, PartialEq)]
pub struct FiscalAccounts {
    /// Calendar years of the rows below, base year first.
    pub years: Vec<i32>,
    /// Cash paid out each year, HK$ bn.
    pub cash_outlay_hkd_bn: Vec<f64>,
    /// Profits tax given up each year, HK$ bn.
    pub tax_forgone_hkd_bn: Vec<f64>,
    /// Financing cost each year (interest or forgone reserve return), HK$ bn.
    pub financing_cost_hkd_bn: Vec<f64>,
    /// Outlay, tax forgone and financing together each year, HK$ bn.
    pub total_hkd_bn: Vec<f64>,
    /// Each measure's share of the cost, in package order.
    pub measures: Vec<MeasureCost>,
    /// 5 years, 10 years from the first measure, and to the horizon.
    pub windows: Vec<Window>,
    /// Real discount rate of the present value, a fraction a year (0.03 = 3%).
    pub discount_rate: f64,
    /// Present value in the base year of the cash outlay and tax forgone to
    /// the horizon; financing is not in it (see the module's note).
    pub present_value_hkd_bn: f64,
    /// Money offered and taken up, per money kind the package uses.
    pub money_offers: Vec<MoneyOffer>,
    /// Cash outlay and tax forgone to the horizon per job added, the jobs
    /// counted to (and in) the horizon year. Gross jobs are direct
    /// manufacturing plus induced services jobs, before services jobs drawn
    /// into manufacturing.
    pub cost_per_job: CostPerJob,
    /// From the first policy year to the target year.
    pub to_target: TargetWindow,
}

/// `value` paid `years` after the base year, discounted to the base year at
/// real `rate`.
pub fn discounted(value: f64, rate: f64, years: i32) -> f64 {
    value / (1.0 + rate).powi(years)
}

/// Present value at `rate` (fraction a year) in year 0 of `stream` (one value a
/// year, year 0 first): `Σ x_t / (1 + r)^t`.
pub fn present_value(stream: &[f64], rate: f64) -> f64 {
    stream
        .iter()
        .enumerate()
        .map(|(t, x)| discounted(*x, rate, t as i32))
        .sum()
}

/// The fiscal accounts of `projection`, the projection of `policy`.
pub fn fiscal_accounts(
    baseline: &Baseline,
    policy: &Policy,
    projection: &Projection,
) -> FiscalAccounts {
    let params = baseline.params_for(policy);
    let years: Vec<i32> = projection.years.iter().map(|y| y.year).collect();
    let pick =
        |f: fn(&YearOutcome) -> f64| -> Vec<f64> { projection.years.iter().map(f).collect() };
    let cash = pick(|y| y.cash_outlay_hkd_bn);
    let tax = pick(|y| y.tax_forgone_hkd_bn);
    let financing = pick(|y| y.financing_cost_hkd_bn);
    let total = pick(|y| y.fiscal_cost_hkd_bn);
    let outlay: Vec<f64> = cash.iter().zip(&tax).map(|(c, t)| c + t).collect();

    let all: &[Measure] = &policy.measures;
    let measures = split_by_measure(all, projection);
    let money_offers = money_offers(all, projection);

    let first = all
        .iter()
        .filter_map(|m| years.iter().copied().find(|&y| m.value_in(y) != 0.0))
        .min()
        .unwrap_or(baseline.first_policy_year());
    let horizon = years.last().copied().unwrap_or(first);
    let window = |length: Option<i32>, to: i32| {
        let sum = |series: &[f64]| sum_between(&years, series, first, to);
        Window {
            from: first,
            to,
            length,
            cash_outlay_hkd_bn: sum(&cash),
            tax_forgone_hkd_bn: sum(&tax),
            financing_cost_hkd_bn: sum(&financing),
            total_hkd_bn: sum(&total),
        }
    };
    let in_years = |length: i32| window(Some(length), (first + length - 1).min(horizon));
    let windows = vec![in_years(5), in_years(10), window(None, horizon)];
    let rate = params.global.discount_rate;
    let target_year = policy.target.year.min(horizon);
    let to_target = years.partition_point(|y| *y <= target_year);
    FiscalAccounts {
        present_value_hkd_bn: present_value(&outlay, rate),
        discount_rate: rate,
        cost_per_job: cost_per_job(&projection.years, outlay.iter().sum()),
        to_target: TargetWindow {
            window: window(None, target_year),
            present_value_hkd_bn: present_value(&outlay[..to_target], rate),
            cost_per_job: cost_per_job(
                &projection.years[..to_target],
                outlay[..to_target].iter().sum(),
            ),
            money_offered: money_offers
                .iter()
                .map(|offer| offer.totals(&years, first, target_year))
                .collect(),
        },
        money_offers,
        years,
        cash_outlay_hkd_bn: cash,
        tax_forgone_hkd_bn: tax,
        financing_cost_hkd_bn: financing,
        total_hkd_bn: total,
        measures,
        windows,
    }
}

impl OfferTotals {
    /// `amount_hkd_bn` (offered or taken up over the window) a year it is
    /// offered: a kind offered in 3 years of 8 is not averaged over the 5
    /// that offer nothing.
    pub fn per_offered_year(&self, amount_hkd_bn: f64) -> f64 {
        amount_hkd_bn / self.offered_years.max(1) as f64
    }
}

impl MoneyOffer {
    /// Offered and taken up summed over the `years` from `from` to `to`.
    pub fn totals(&self, years: &[i32], from: i32, to: i32) -> OfferTotals {
        let sum = |series: &[f64]| sum_between(years, series, from, to);
        let offered_years = years
            .iter()
            .zip(&self.offered_hkd_bn)
            .filter(|(y, offered)| (from..=to).contains(*y) && **offered > 0.0)
            .count();
        OfferTotals {
            kind: self.kind,
            offered_hkd_bn: sum(&self.offered_hkd_bn),
            taken_up_hkd_bn: sum(&self.taken_up_hkd_bn),
            offered_years,
        }
    }
}

/// The values of `series` (one per year of `years`) from `from` to `to`, summed.
fn sum_between(years: &[i32], series: &[f64], from: i32, to: i32) -> f64 {
    years
        .iter()
        .zip(series)
        .filter(|(y, _)| (from..=to).contains(*y))
        .map(|(_, v)| v)
        .sum()
}

/// For each money kind some measure offers: the amounts offered each year
/// (as the plan reads them: amount times timing strength) beside the
/// projection's outlay on the kind (what firms took up, after the cap).
fn money_offers(measures: &[Measure], projection: &Projection) -> Vec<MoneyOffer> {
    MONEY_OFFER_KINDS
        .into_iter()
        .filter_map(|kind| {
            let of_kind: Vec<&Measure> = measures.iter().filter(|m| m.kind == kind).collect();
            let offered: Vec<f64> = projection
                .years
                .iter()
                .map(|y| of_kind.iter().map(|m| m.value_in(y.year)).sum())
                .collect();
            offered.iter().any(|v| *v > 0.0).then(|| MoneyOffer {
                kind,
                offered_hkd_bn: offered,
                taken_up_hkd_bn: projection
                    .years
                    .iter()
                    .map(|y| y.outlay_by_kind_hkd_bn[kind.index()])
                    .collect(),
            })
        })
        .collect()
}

/// `total_cost_hkd_bn` per job added over `years` (job-years) and in the
/// last of them; `None` where fewer than one job was added.
fn cost_per_job(years: &[YearOutcome], total_cost_hkd_bn: f64) -> CostPerJob {
    let per = |jobs: f64| (jobs >= 1.0).then(|| total_cost_hkd_bn * 1e9 / jobs);
    let summed = |jobs: fn(&YearOutcome) -> f64| years.iter().map(jobs).sum::<f64>();
    let last = years.last();
    CostPerJob {
        net_job_year_hkd: per(summed(|y| y.net_jobs_added)),
        gross_job_year_hkd: per(summed(|y| y.gross_jobs_added)),
        gross_job_hkd: last.and_then(|y| per(y.gross_jobs_added)),
        direct_job_hkd: last.and_then(|y| per(y.direct_jobs_added)),
        net_job_hkd: last.and_then(|y| per(y.net_jobs_added)),
    }
}

/// Each kind's outlay shared among its measures by their amounts that year;
/// financing shared by each measure's outlays to date.
fn split_by_measure(measures: &[Measure], projection: &Projection) -> Vec<MeasureCost> {
    let mut costs: Vec<MeasureCost> = measures
        .iter()
        .map(|m| MeasureCost {
            name: m.name.clone(),
            kind: m.kind,
            cost_hkd_bn: vec![0.0; projection.years.len()],
            total_hkd_bn: 0.0,
            outlay_hkd_bn: 0.0,
            financing_hkd_bn: 0.0,
        })
        .collect();
    let mut to_date = vec![0.0; measures.len()];
    for (t, year) in projection.years.iter().enumerate() {
        let spent_before: f64 = to_date.iter().sum();
        for (i, measure) in measures.iter().enumerate() {
            let kind_total: f64 = measures
                .iter()
                .filter(|m| m.kind == measure.kind)
                .map(|m| m.value_in(year.year))
                .sum();
            let outlay = if kind_total > 0.0 {
                year.outlay_by_kind_hkd_bn[measure.kind.index()] * measure.value_in(year.year)
                    / kind_total
            } else {
                0.0
            };
            let financing = if spent_before > 0.0 {
                year.financing_cost_hkd_bn * to_date[i] / spent_before
            } else {
                0.0
            };
            costs[i].cost_hkd_bn[t] = outlay + financing;
            costs[i].total_hkd_bn += outlay + financing;
            costs[i].outlay_hkd_bn += outlay;
            costs[i].financing_hkd_bn += financing;
            to_date[i] += outlay;
        }
    }
    costs
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn present_value_of_a_constant_stream_is_the_annuity_formula() {
        let rate: f64 = 0.035;
        let stream = vec![10.0; 12];
        let annuity = 10.0 * (1.0 - (1.0 + rate).powi(-12)) / rate * (1.0 + rate);
        assert!((present_value(&stream, rate) - annuity).abs() < 1e-9);
        assert_eq!(present_value(&stream, 0.0), 120.0);
    }
}
