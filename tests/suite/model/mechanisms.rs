//! Each mechanism of the model, checked against its equation with the embedded
//! baseline's parameters (docs/MODEL.md states the equations).

use levers_core::{
    Baseline, Constraint, Funding, LeverField, LeverGroup, ParamId, Policy, Projection, project,
};

use crate::support::baseline;

fn package(settings: &[(LeverField, f64)]) -> Policy {
    let mut policy = Policy::status_quo();
    for (field, value) in settings {
        policy.set_lever_value(*field, *value, 2025);
    }
    policy
}

fn param(baseline: &Baseline, name: &str) -> f64 {
    ParamId::from_name(name).map_or(f64::NAN, |id| baseline.params.get(id))
}

fn at(projection: &Projection, year: i32) -> &levers_core::YearOutcome {
    projection.year(year).unwrap_or_else(|| panic!("no {year}"))
}

#[test]
fn released_land_becomes_floor_space_along_the_land_lag_kernel() {
    let baseline = baseline();
    let projection = project(
        &baseline,
        &package(&[(LeverField::LandReleaseHaPerYear, 40.0)]),
    );
    let per_year = 40.0 * 10_000.0 * param(&baseline, "plot_ratio");
    let base = at(&projection, 2024).floor_space_ceiling_m2;
    let weights = &baseline.lag(LeverGroup::Land).weights;
    let mut expected = base;
    for (k, year) in (2025..=2030).enumerate() {
        let effect: f64 = weights.iter().take(k + 1).sum();
        expected += per_year * effect;
        let got = at(&projection, year).floor_space_ceiling_m2;
        assert!((got - expected).abs() < 1e-6, "{year}: {got} vs {expected}");
    }
}

#[test]
fn the_knowledge_stock_depreciates_once_grants_stop() {
    let baseline = baseline();
    let mut policy = package(&[(LeverField::GrantsHkdBnPerYear, 10.0)]);
    if let Some(rd) = policy.levers.get_mut(LeverGroup::Rd) {
        rd.timing.end = Some(2026);
    }
    let projection = project(&baseline, &policy);
    let lag_years = baseline.lag(LeverGroup::Rd).weights.len() as i32;
    let keep = 1.0 - param(&baseline, "rd_depreciation");
    let first_quiet = 2026 + lag_years;
    for year in first_quiet..2035 {
        let (a, b) = (
            at(&projection, year).knowledge_stock_added_hkd_bn,
            at(&projection, year + 1).knowledge_stock_added_hkd_bn,
        );
        assert!(
            a > 0.0 && (b - keep * a).abs() < 1e-9 * a,
            "{year}: {a} -> {b}"
        );
    }
}

#[test]
fn co_investment_shows_diminishing_returns() {
    let baseline = baseline();
    let capacity = |z: f64| {
        at(
            &project(
                &baseline,
                &package(&[(LeverField::CoinvestmentHkdBnPerYear, z)]),
            ),
            2030,
        )
        .new_capacity_hkd_bn
    };
    let (ten, twenty, forty) = (capacity(10.0), capacity(20.0), capacity(40.0));
    assert!(twenty > ten && forty > twenty);
    assert!(
        (forty - twenty) / 20.0 < (twenty - ten) / 10.0,
        "each extra HK$ draws less: {ten} {twenty} {forty}"
    );
}

#[test]
fn growth_of_existing_plants_also_needs_floor_space() {
    let baseline = baseline();
    let policy = package(&[
        (LeverField::RentSubsidyPct, 90.0),
        (LeverField::AdmissionsPerYear, 100_000.0),
        (LeverField::CoinvestmentHkdBnPerYear, 20.0),
    ]);
    let projection = project(&baseline, &policy);
    for year in &projection.years {
        assert!(
            year.floor_space_used_m2 <= year.floor_space_ceiling_m2 * (1.0 + 1e-12),
            "{}: {} > {}",
            year.year,
            year.floor_space_used_m2,
            year.floor_space_ceiling_m2
        );
    }
    assert!(
        projection
            .years
            .iter()
            .any(|y| y.binding_constraint == Constraint::Land)
    );
}

#[test]
fn r_and_d_shows_diminishing_returns() {
    let baseline = baseline();
    let stock = |grants: f64| {
        at(
            &project(
                &baseline,
                &package(&[(LeverField::GrantsHkdBnPerYear, grants)]),
            ),
            2035,
        )
        .knowledge_stock_added_hkd_bn
    };
    let (five, ten, twenty) = (stock(5.0), stock(10.0), stock(20.0));
    assert!(ten > five && twenty > ten);
    assert!(
        ten - five > twenty - ten - (ten - five),
        "first HK$5 bn adds more than the next"
    );
    assert!(twenty < 4.0 * five);
}

#[test]
fn the_budget_cap_scales_every_lever_pro_rata() {
    let baseline = baseline();
    let mut policy = package(&[
        (LeverField::GrantsHkdBnPerYear, 20.0),
        (LeverField::CoinvestmentHkdBnPerYear, 20.0),
    ]);
    policy.budget.cap_hkd_bn_per_year = Some(10.0);
    policy.budget.funding = Funding::Reallocation; // no financing cost: cost = outlay
    let projection = project(&baseline, &policy);
    let year = at(&projection, 2026);
    assert!(year.budget_scale < 0.3, "{}", year.budget_scale);
    assert!(
        (year.fiscal_cost_hkd_bn - 10.0).abs() < 1e-9,
        "{}",
        year.fiscal_cost_hkd_bn
    );
    let uncapped = project(
        &baseline,
        &package(&[
            (LeverField::GrantsHkdBnPerYear, 20.0 * year.budget_scale),
            (
                LeverField::CoinvestmentHkdBnPerYear,
                20.0 * year.budget_scale,
            ),
        ]),
    );
    assert!(
        (at(&uncapped, 2025).fiscal_cost_hkd_bn - at(&projection, 2025).fiscal_cost_hkd_bn).abs()
            < 0.5
    );
}

#[test]
fn borrowing_costs_interest_on_what_was_spent_before() {
    let baseline = baseline();
    let mut policy = package(&[(LeverField::GrantsHkdBnPerYear, 10.0)]);
    policy.budget.funding = Funding::Borrowing;
    let projection = project(&baseline, &policy);
    let rate = param(&baseline, "borrowing_rate");
    assert_eq!(at(&projection, 2025).fiscal_cost_hkd_bn, 10.0);
    let expected_2027 = 10.0 + rate * 20.0;
    assert!((at(&projection, 2027).fiscal_cost_hkd_bn - expected_2027).abs() < 1e-9);
    let crowding = param(&baseline, "crowding_out_borrowing");
    assert!((at(&projection, 2027).crowding_out_hkd_bn - crowding * expected_2027).abs() < 1e-9);
}

#[test]
fn jobs_add_up_from_direct_to_induced_to_net() {
    let baseline = baseline();
    let projection = project(
        &baseline,
        &package(&[(LeverField::CoinvestmentHkdBnPerYear, 10.0)]),
    );
    let (mu, d) = (
        param(&baseline, "induced_jobs_multiplier"),
        param(&baseline, "displacement_share"),
    );
    let year = at(&projection, 2032);
    assert!(year.direct_jobs_added > 1_000.0);
    assert!((year.induced_jobs - mu * year.direct_jobs_added).abs() < 1e-6);
    assert!((year.net_jobs_added - (1.0 + mu) * (1.0 - d) * year.direct_jobs_added).abs() < 1e-6);
    let cost = year.cumulative_fiscal_cost_hkd_bn * 1e9 / year.net_jobs_added;
    assert_eq!(year.cost_per_net_job_hkd, Some(cost));
}

#[test]
fn intelligent_production_makes_status_quo_jobs_fall_faster_than_value_added() {
    let baseline = baseline();
    let projection = project(&baseline, &Policy::status_quo());
    let p = baseline.params.sectors[4];
    let expected = p.jobs * ((1.0 + p.growth) / (1.0 + p.productivity_growth)).powi(12);
    let got = at(&projection, 2035).sector_jobs[4];
    assert!(
        (got - expected).abs() < 1e-6 * expected,
        "{got} vs {expected}"
    );
}

#[test]
fn without_land_new_plants_hit_the_floor_space_ceiling() {
    let baseline = baseline();
    let projection = project(
        &baseline,
        &package(&[(LeverField::CoinvestmentHkdBnPerYear, 50.0)]),
    );
    let year = at(&projection, 2035);
    assert_eq!(year.binding_constraint, Constraint::Land);
    assert!(year.capacity_utilisation < 1.0);
    assert!(year.floor_space_used_m2 <= year.floor_space_ceiling_m2 * (1.0 + 1e-12));
}

#[test]
fn with_land_and_without_talent_workers_run_out_first() {
    let baseline = baseline();
    let mut policy = package(&[
        (LeverField::CoinvestmentHkdBnPerYear, 50.0),
        (LeverField::LandReleaseHaPerYear, 200.0),
    ]);
    let hiring = ParamId::from_name("local_hiring_capacity_per_year").unwrap_or(ParamId(0));
    let pipeline = ParamId::from_name("coinvestment_saturation_hkd_bn").unwrap_or(ParamId(0));
    policy.assumptions = vec![(hiring, 5_000.0), (pipeline, 50.0)];
    policy.assumptions.sort_by_key(|(id, _)| *id);
    let projection = project(&baseline, &policy);
    let year = at(&projection, 2035);
    assert_eq!(year.binding_constraint, Constraint::Labour);
    assert!(year.manufacturing_jobs <= year.labour_ceiling_jobs * (1.0 + 1e-12));
    let mut with_talent = policy.clone();
    with_talent.set_lever_value(LeverField::AdmissionsPerYear, 100_000.0, 2025);
    with_talent.set_lever_value(LeverField::TrainingPlacesPerYear, 100_000.0, 2025);
    let relieved = project(&baseline, &with_talent);
    assert!(
        at(&relieved, 2035).manufacturing_value_added_hkd_bn
            > year.manufacturing_value_added_hkd_bn
    );
}

/// Placing scale-up in Guangdong is deliberately not monotone for Hong Kong's value
/// added: with room at home it moves production away (only the HQ share is booked
/// here); when land binds, it frees floor space and raises what Hong Kong keeps.
#[test]
fn placing_scale_up_in_guangdong_cuts_hong_kong_value_added_unless_land_binds() {
    let baseline = baseline();
    let hk_va = |coinvestment: f64, land: f64, gba: f64| {
        let p = package(&[
            (LeverField::CoinvestmentHkdBnPerYear, coinvestment),
            (LeverField::LandReleaseHaPerYear, land),
            (LeverField::ScaleupInGbaShare, gba),
        ]);
        at(&project(&baseline, &p), 2035).manufacturing_value_added_hkd_bn
    };
    assert!(
        hk_va(5.0, 100.0, 0.8) < hk_va(5.0, 100.0, 0.0),
        "room at home: GBA placement lowers HK value added"
    );
    assert!(
        hk_va(50.0, 0.0, 0.8) > hk_va(50.0, 0.0, 0.0),
        "land binds: GBA placement raises HK value added"
    );
}

#[test]
fn the_target_check_agrees_with_the_yearly_shares() {
    let baseline = baseline();
    let policy = levers_files::default_package(&baseline).unwrap_or_else(|e| panic!("{e}"));
    let projection = project(&baseline, &policy);
    let t = projection.target;
    let first = projection
        .years
        .iter()
        .skip(1)
        .find(|y| y.manufacturing_share_pct >= 5.0)
        .map(|y| y.year);
    assert_eq!(t.first_year_met, first);
    assert_eq!(t.met, at(&projection, 2032).manufacturing_share_pct >= 5.0);
    let needs = projection.target_needs;
    let year = at(&projection, 2032);
    assert!((needs.value_added_hkd_bn - 0.05 * year.gdp_hkd_bn).abs() < 1e-9);
    assert!(
        needs.jobs_at_base_productivity > needs.jobs_at_projected_productivity,
        "new plants are more productive"
    );
}

#[test]
fn diversification_measures_agree_with_their_definitions() {
    let projection = project(&baseline(), &Policy::status_quo());
    for year in &projection.years {
        let total: f64 = year.sector_value_added_hkd_bn.iter().sum();
        let hhi: f64 = year
            .sector_value_added_hkd_bn
            .iter()
            .map(|v| (v / total).powi(2))
            .sum::<f64>()
            * 10_000.0;
        assert!((year.hhi - hhi).abs() < 1e-9);
        assert!((year.effective_sectors - 10_000.0 / hhi).abs() < 1e-9);
        assert!(year.shannon_evenness() > 0.0 && year.shannon_evenness() < 1.0);
    }
}
