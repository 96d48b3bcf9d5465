//! The published results the model claims to respect, one test each, named
//! after the source (docs/MODEL.md cites them). A test fails if a mechanism
//! drifts outside what the evidence supports.

use levers_core::analysis::backtest::calibrate;
use levers_core::analysis::uncertainty::{FACTORS, drawn_assumptions};
use levers_core::{
    Baseline, Funding, LeverField, LeverGroup, ParamId, Policy, Projection, Sector, project,
};

use crate::support::baseline;

fn package(settings: &[(LeverField, f64)], start: i32) -> Policy {
    let mut policy = Policy::status_quo();
    for (field, value) in settings {
        policy.set_dial(*field, *value, start);
    }
    policy
}

fn in_year(projection: &Projection, year: i32) -> &levers_core::YearOutcome {
    projection
        .year(year)
        .unwrap_or_else(|| panic!("{year} is not projected"))
}

/// Every dial at its maximum, from the first policy year, all sectors.
fn everything_at_maximum(baseline: &Baseline) -> Policy {
    let settings: Vec<(LeverField, f64)> = LeverField::ALL
        .into_iter()
        .filter(|f| *f != LeverField::ScaleupInGbaShare && *f != LeverField::CofundingRatio)
        .map(|f| (f, f.spec().max))
        .collect();
    package(&settings, baseline.first_policy_year())
}

#[test]
fn criscuolo_2019_a_10pp_rent_subsidy_raises_manufacturing_jobs_by_0_to_10_pct_after_five_years() {
    // UK RSA: +10 pp of subsidy gave about +10% manufacturing employment in small
    // firms and nothing in large ones, so the average effect lies in [0, 10%].
    let baseline = baseline();
    let status_quo = project(&baseline, &Policy::status_quo());
    let rent = project(
        &baseline,
        &package(&[(LeverField::RentSubsidyPct, 10.0)], 2025),
    );
    let year = 2030;
    let effect = in_year(&rent, year).manufacturing_jobs
        / in_year(&status_quo, year).manufacturing_jobs
        - 1.0;
    assert!(
        effect > 0.0 && effect <= 0.10,
        "effect after five years: {effect}"
    );
}

#[test]
fn criscuolo_2019_existing_plants_adjust_gradually_not_at_once() {
    // Partial adjustment: the first year shows well under half the five-year effect.
    let baseline = baseline();
    let status_quo = project(&baseline, &Policy::status_quo());
    let rent = project(
        &baseline,
        &package(&[(LeverField::RentSubsidyPct, 50.0)], 2025),
    );
    let gain = |year| {
        in_year(&rent, year).manufacturing_value_added_hkd_bn
            / in_year(&status_quo, year).manufacturing_value_added_hkd_bn
            - 1.0
    };
    assert!(gain(2025) > 0.0);
    assert!(
        gain(2025) < 0.5 * gain(2030),
        "first year {} vs five years {}",
        gain(2025),
        gain(2030)
    );
}

#[test]
fn criscuolo_2019_no_package_buys_jobs_cheaper_than_the_rsa_did() {
    // RSA cost about US$6,300 per job (AER 2019), about HK$49,000: the cheapest
    // published figure. No single-lever package may claim cheaper jobs.
    let baseline = baseline();
    for field in LeverField::ALL {
        if field == LeverField::CofundingRatio || field == LeverField::ScaleupInGbaShare {
            continue;
        }
        let projection = project(
            &baseline,
            &package(&[(field, field.spec().max / 4.0)], 2025),
        );
        let last = projection.last().unwrap_or_else(|| unreachable!());
        if let Some(cost) = last.cost_per_net_job_hkd {
            assert!(cost > 49_000.0, "{field}: HK${cost:.0} per net job");
        }
    }
}

#[test]
fn papke_1993_relocations_and_deadweight_cut_what_co_investment_adds() {
    let baseline = baseline();
    let coinvest = package(&[(LeverField::CoinvestmentHkdBnPerYear, 2.0)], 2025);
    let gain = |relocation: f64, deadweight: f64| {
        let mut policy = coinvest.clone();
        for (name, value) in [
            ("relocation_share", relocation),
            ("subsidy_deadweight", deadweight),
        ] {
            let id = ParamId::from_name(name).unwrap_or_else(|| unreachable!());
            policy.assumptions.push((id, value));
        }
        policy.assumptions.sort_by_key(|a| a.0);
        let projection = project(&baseline, &policy);
        let status_quo = project(&baseline, &Policy::status_quo());
        in_year(&projection, 2032).manufacturing_value_added_hkd_bn
            - in_year(&status_quo, 2032).manufacturing_value_added_hkd_bn
    };
    assert!(gain(0.0, 0.2) > gain(0.5, 0.2));
    assert!(gain(0.0, 0.2) > gain(0.0, 0.8));
    // Every new plant a relocation: nothing added (only the cost's crowding-out).
    assert!(gain(1.0, 0.2) <= 0.0, "{}", gain(1.0, 0.2));
}

#[test]
fn rfs_uptake_asking_more_private_money_never_raises_take_up_of_grants() {
    let baseline = baseline();
    let mut last_take_up = f64::INFINITY;
    let mut last_cost = f64::INFINITY;
    for ratio in [0.0, 0.5, 1.0, 2.0, 3.0, 5.0] {
        let policy = package(
            &[
                (LeverField::GrantsHkdBnPerYear, 20.0),
                (LeverField::CofundingRatio, ratio),
            ],
            2025,
        );
        let projection = project(&baseline, &policy);
        let year = in_year(&projection, 2030);
        assert!(
            year.rd_grant_take_up <= last_take_up + 1e-12,
            "ratio {ratio}"
        );
        assert!(
            year.fiscal_cost_hkd_bn <= last_cost + 1e-12,
            "ratio {ratio}"
        );
        last_take_up = year.rd_grant_take_up;
        last_cost = year.fiscal_cost_hkd_bn;
    }
    assert!(
        last_take_up < 0.5,
        "at 1:5 most of HK$20 bn a year finds no takers"
    );
}

#[test]
fn dustmann_2016_talent_moves_skilled_wages_only_so_traditional_manufacturing_does_not_boom() {
    // Admissions lower the skilled wage a little (elasticity near zero); the
    // unskilled bill is untouched. Traditional manufacturing keeps declining.
    let baseline = baseline();
    let policy = package(
        &[
            (LeverField::AdmissionsPerYear, 100_000.0),
            (LeverField::TrainingPlacesPerYear, 100_000.0),
        ],
        2025,
    );
    let talent = project(&baseline, &policy);
    let status_quo = project(&baseline, &Policy::status_quo());
    let traditional = Sector::Traditional.index();
    let base = in_year(&status_quo, 2023).sector_jobs[traditional];
    let with_talent = in_year(&talent, 2032).sector_jobs[traditional];
    let without = in_year(&status_quo, 2032).sector_jobs[traditional];
    assert!(
        with_talent < base,
        "traditional jobs {with_talent:.0} grew past {base:.0}"
    );
    assert!(
        with_talent / without - 1.0 < 0.05,
        "talent raised traditional jobs by {}",
        with_talent / without - 1.0
    );
    assert!(
        in_year(&talent, 2032).cost_ratio_to_shenzhen
            > 0.95 * in_year(&status_quo, 2032).cost_ratio_to_shenzhen
    );
}

#[test]
fn mti_2016_every_lever_at_its_maximum_stays_within_the_labour_force_and_singapore_productivity() {
    // Singapore: manufacturing about 20% of GDP with about 510,000 workers (MTI
    // 2016): about S$161,000 of value added per worker, HK$0.9 m. No Hong Kong
    // package may employ more than Singapore's share of its labour force (14%)
    // or exceed HK$1.2 m of value added per worker at 2023 prices.
    let baseline = baseline();
    let projection = project(&baseline, &everything_at_maximum(&baseline));
    for year in &projection.years {
        assert!(
            year.manufacturing_jobs < 0.14 * year.labour_force,
            "{}: {} jobs",
            year.year,
            year.manufacturing_jobs
        );
        let per_worker = year.manufacturing_value_added_hkd_bn * 1e9 / year.manufacturing_jobs;
        assert!(
            per_worker < 1.2e6,
            "{}: HK${per_worker:.0} per worker",
            year.year
        );
        assert!(
            year.unemployment_rate_pct >= 100.0 * 0.021 - 1e-9,
            "{}",
            year.year
        );
    }
    // ... and the first years no longer jump: under a tenth a year.
    let va: Vec<f64> = projection
        .years
        .iter()
        .map(|y| y.manufacturing_value_added_hkd_bn)
        .collect();
    assert!(
        va[1] / va[0] - 1.0 < 0.15,
        "+{:.0}% in the first year",
        100.0 * (va[1] / va[0] - 1.0)
    );
}

#[test]
fn shenzhen_1980_1999_no_industry_grows_faster_than_31_pct_a_year_over_the_projection() {
    let baseline = baseline();
    let projection = project(&baseline, &everything_at_maximum(&baseline));
    let first = &projection.years[0];
    let last = projection.last().unwrap_or_else(|| unreachable!());
    let years = f64::from(last.year - first.year);
    for sector in Sector::MANUFACTURING {
        let i = sector.index();
        let growth = (last.sector_value_added_hkd_bn[i] / first.sector_value_added_hkd_bn[i])
            .powf(1.0 / years)
            - 1.0;
        assert!(
            growth < 0.31,
            "{sector:?} grew {:.0}% a year",
            growth * 100.0
        );
    }
}

#[test]
fn moretti_2010_induced_jobs_are_staffed_by_new_supply_the_unemployed_or_other_employers() {
    let baseline = baseline();
    let projection = project(&baseline, &everything_at_maximum(&baseline));
    for year in &projection.years {
        assert!(
            (year.net_jobs_added
                - (year.direct_jobs_added + year.induced_jobs - year.services_jobs_drawn))
                .abs()
                < 1e-6
        );
    }
    // With no labour supply response and no spare unemployed, every worker the
    // new jobs need comes from another employer: nothing is added on net.
    let mut tight = package(
        &[
            (LeverField::RentSubsidyPct, 90.0),
            (LeverField::CoinvestmentHkdBnPerYear, 50.0),
        ],
        2024,
    );
    for (name, value) in [
        ("unemployment_floor", 0.029),
        ("unemployment_rate_base", 0.029),
        ("labour_supply_elasticity", 0.1),
    ] {
        tight.assumptions.push((
            ParamId::from_name(name).unwrap_or_else(|| unreachable!()),
            value,
        ));
    }
    tight.assumptions.sort_by_key(|a| a.0);
    let tight = project(&baseline, &tight);
    let year = in_year(&tight, 2032);
    assert!(year.direct_jobs_added > 0.0);
    assert!(year.services_jobs_drawn > 0.5 * (year.direct_jobs_added + year.induced_jobs));
    assert!(year.net_jobs_added > 0.0);
    assert!(year.net_jobs_added < 0.5 * (year.direct_jobs_added + year.induced_jobs));
}

#[test]
fn crowding_out_never_raises_the_share_whatever_the_funding() {
    let baseline = baseline();
    let mut policy = package(
        &[
            (LeverField::GrantsHkdBnPerYear, 20.0),
            (LeverField::CoinvestmentHkdBnPerYear, 20.0),
        ],
        2025,
    );
    let mut shares = Vec::new();
    let mut value_added = Vec::new();
    for funding in [Funding::Reserves, Funding::Borrowing, Funding::Reallocation] {
        policy.budget.funding = funding;
        let p = project(&baseline, &policy);
        shares.push(in_year(&p, 2032).manufacturing_share_pct);
        value_added.push(in_year(&p, 2032).manufacturing_value_added_hkd_bn);
    }
    // Reserves crowd out least, reallocation most: the share is the same, the value added falls.
    assert!(
        (shares[0] - shares[2]).abs() < 1e-9 && (shares[0] - shares[1]).abs() < 1e-9,
        "{shares:?}"
    );
    assert!(value_added[0] > value_added[2], "{value_added:?}");
}

#[test]
fn san_tin_land_arrives_after_site_formation_and_within_the_pipeline() {
    let baseline = baseline();
    let policy = package(&[(LeverField::LandReleaseHaPerYear, 100.0)], 2025);
    let land = project(&baseline, &policy);
    let status_quo = project(&baseline, &Policy::status_quo());
    for year in 2025..=2027 {
        assert_eq!(
            in_year(&land, year).floor_space_ceiling_m2,
            in_year(&status_quo, year).floor_space_ceiling_m2,
            "{year}"
        );
    }
    let pipeline = baseline.params.global.industrial_land_pipeline_ha;
    for year in &land.years {
        assert!(year.land_released_ha <= pipeline + 1e-9, "{}", year.year);
    }
    let last = land.last().unwrap_or_else(|| unreachable!());
    assert!((last.land_released_ha - pipeline).abs() < 1e-9);
}

#[test]
fn hall_2010_research_takes_years_to_reach_production() {
    let baseline = baseline();
    let rd = project(
        &baseline,
        &package(&[(LeverField::GrantsHkdBnPerYear, 10.0)], 2025),
    );
    let status_quo = project(&baseline, &Policy::status_quo());
    let gain = |y| {
        in_year(&rd, y).manufacturing_value_added_hkd_bn
            - in_year(&status_quo, y).manufacturing_value_added_hkd_bn
    };
    assert!(
        gain(2025) <= 0.0,
        "no gain in the first year (only the cost's crowding-out)"
    );
    assert!(gain(2030) > gain(2027));
}

#[test]
fn single_lever_sweeps_raise_real_manufacturing_except_the_documented_two() {
    // Every dial raises real manufacturing value added in 2032 as it rises,
    // except the GBA scale-up share (production placed across the border) and
    // the co-funding ratio (fewer takers) — docs/MODEL.md, "Non-monotone levers".
    // Crowding-out, which takes a little from every sector, is set to zero to
    // isolate each lever's own effect.
    let baseline = baseline();
    let no_crowding = ParamId::from_name("crowding_out_reserves").unwrap_or_else(|| unreachable!());
    for field in LeverField::ALL {
        let spec = field.spec();
        let values: Vec<f64> = (0..=10)
            .map(|k| {
                let mut settings = vec![(
                    field,
                    spec.min + (spec.max - spec.min) * f64::from(k) / 10.0,
                )];
                if field == LeverField::CofundingRatio || field == LeverField::ScaleupInGbaShare {
                    settings.push((LeverField::GrantsHkdBnPerYear, 10.0));
                    settings.push((LeverField::CoinvestmentHkdBnPerYear, 5.0));
                }
                let mut policy = package(&settings, 2025);
                policy.assumptions.push((no_crowding, 0.0));
                let p = project(&baseline, &policy);
                in_year(&p, 2032).manufacturing_value_added_hkd_bn
            })
            .collect();
        let rising = values.windows(2).all(|w| w[1] >= w[0] - 1e-9);
        match field {
            LeverField::ScaleupInGbaShare | LeverField::CofundingRatio => {
                assert!(values[10] < values[0], "{field}: {values:?}");
            }
            _ => assert!(rising, "{field}: {values:?}"),
        }
    }
}

#[test]
fn the_baseline_trends_are_what_the_calibration_gives_on_all_of_history() {
    let baseline = baseline();
    let history = levers_files::history_file::embedded().unwrap_or_else(|e| panic!("{e:?}"));
    let calibration = calibrate(
        &history,
        &baseline.params,
        (history.first_year, history.last_year),
    )
    .unwrap_or_else(|e| panic!("{e:?}"));
    let traditional = baseline.params.sector(Sector::Traditional);
    let round = |x: f64| (x * 10_000.0).round() / 10_000.0;
    assert_eq!(round(calibration.traditional_growth), traditional.growth);
    assert_eq!(
        round(calibration.traditional_productivity_growth),
        traditional.productivity_growth
    );
    assert_eq!(
        round(calibration.relative_price_change),
        baseline.params.global.manufacturing_relative_price_change
    );
    // The year-to-year noise every draw adds (docs/MODEL.md §5).
    let noise = calibration.year_noise;
    let global = &baseline.params.global;
    assert_eq!(round(noise.share), global.manufacturing_share_noise_sd);
    assert_eq!(
        round(noise.value_added),
        global.manufacturing_value_added_noise_sd
    );
    assert_eq!(round(noise.jobs), global.manufacturing_jobs_noise_sd);
}

#[test]
fn correlated_parameters_move_together_in_monte_carlo() {
    let baseline = baseline();
    let policy = Policy::status_quo();
    let id = |name| ParamId::from_name(name).unwrap_or_else(|| unreachable!());
    // cost_elasticity rises with the "response to incentives" factor,
    // subsidy_deadweight falls with it.
    let (a, b) = (id(FACTORS[0].members[0].0), id(FACTORS[0].members[4].0));
    let pairs: Vec<(f64, f64)> = (0..2000)
        .map(|i| {
            let drawn = drawn_assumptions(&baseline, &policy, 7, i);
            let find = |id| {
                drawn
                    .iter()
                    .find(|(p, _)| *p == id)
                    .map_or(f64::NAN, |(_, v)| *v)
            };
            (find(a), find(b))
        })
        .collect();
    let n = pairs.len() as f64;
    let (ma, mb) = (
        pairs.iter().map(|p| p.0).sum::<f64>() / n,
        pairs.iter().map(|p| p.1).sum::<f64>() / n,
    );
    let cov = pairs.iter().map(|p| (p.0 - ma) * (p.1 - mb)).sum::<f64>() / n;
    let sa = (pairs.iter().map(|p| (p.0 - ma).powi(2)).sum::<f64>() / n).sqrt();
    let sb = (pairs.iter().map(|p| (p.1 - mb).powi(2)).sum::<f64>() / n).sqrt();
    let correlation = cov / (sa * sb);
    assert!(correlation < -0.15, "correlation {correlation}");
}

#[test]
fn fiscal_accounts_split_cash_tax_and_financing_by_their_definitions() {
    use levers_core::analysis::fiscal::fiscal_accounts;
    let baseline = baseline();
    let policy = package(
        &[
            (LeverField::TrainingPlacesPerYear, 10_000.0),
            (LeverField::ProfitsTaxConcessionPp, 5.0),
            (LeverField::CoinvestmentHkdBnPerYear, 1.0),
        ],
        2025,
    );
    let projection = project(&baseline, &policy);
    let accounts = fiscal_accounts(&baseline, &policy, &projection);
    let g = &baseline.params.global;
    let mut to_date = 0.0;
    for (t, year) in projection.years.iter().enumerate() {
        // Cash, tax and financing add up to the fiscal cost; financing is the
        // forgone return on reserves spent before (the package's funding).
        let sum = accounts.cash_outlay_hkd_bn[t]
            + accounts.tax_forgone_hkd_bn[t]
            + accounts.financing_cost_hkd_bn[t];
        assert!(
            (sum - year.fiscal_cost_hkd_bn).abs() < 1e-9,
            "{}",
            year.year
        );
        assert!((accounts.financing_cost_hkd_bn[t] - g.reserves_return * to_date).abs() < 1e-9);
        to_date += accounts.cash_outlay_hkd_bn[t] + accounts.tax_forgone_hkd_bn[t];
        if year.year >= 2025 {
            let training = 10_000.0 * g.training_cost_hkd / 1e9;
            assert!(
                accounts.cash_outlay_hkd_bn[t] > training - 1e-9,
                "{}",
                year.year
            );
        }
        // Every measure's share adds up to the year's cost.
        let by_measure: f64 = accounts.measures.iter().map(|m| m.cost_hkd_bn[t]).sum();
        assert!(
            (by_measure - year.fiscal_cost_hkd_bn).abs() < 1e-9,
            "{}",
            year.year
        );
    }
    let five = &accounts.windows[0];
    assert_eq!((five.from, five.to), (2025, 2029));
    let total: f64 = accounts.total_hkd_bn.iter().sum();
    assert!((accounts.windows[2].total_hkd_bn - total).abs() < 1e-9);
    assert!(accounts.present_value_hkd_bn < total);
}

#[test]
fn robust_seek_meets_the_target_with_the_confidence_asked_on_fresh_monte_carlo() {
    use levers_core::analysis::robust_seek::seek_robust;
    use levers_core::analysis::seek::{SeekRequest, SeekResult};
    use levers_core::analysis::uncertainty::monte_carlo;
    let baseline = baseline();
    let request = SeekRequest {
        target: levers_core::Target {
            share_pct: 0.88,
            year: 2032,
        },
        budget_cap_hkd_bn: None,
        groups: vec![LeverGroup::Land, LeverGroup::Zone],
        template: Policy::status_quo(),
        limits: Vec::new(),
    };
    let robust = seek_robust(&baseline, &request, 0.7, 200, 42);
    let SeekResult::Found {
        policy,
        cost_hkd_bn,
        ..
    } = &robust.result
    else {
        panic!(
            "0.88% by 2032 (status quo 0.80%) should be reachable: {:?}",
            robust.result
        );
    };
    assert!(robust.probability_met >= 0.7);
    // The same draws, run independently, agree.
    let check = monte_carlo(&baseline, policy, 200, 42);
    assert!((check.probability_met - robust.probability_met).abs() < 1e-12);
    // Robustness costs money: the central answer is no dearer.
    if let SeekResult::Found {
        cost_hkd_bn: central,
        ..
    } = levers_core::analysis::seek::seek(&baseline, &request)
    {
        let central_projection = project(&baseline, policy);
        assert!(
            *cost_hkd_bn > 0.0
                && central
                    <= in_year(&central_projection, 2032).cumulative_fiscal_cost_hkd_bn + 1e-9
        );
    }
}
