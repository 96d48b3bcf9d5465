//! How many parameters are sourced, calibrated or assumed, counted from
//! `assets/baseline.toml`, is the count docs/MODEL.md §9.1 prints (so the
//! line cannot drift); and no assumption is among the three largest Sobol
//! total indices of the Blueprint's 2032 share (referee's point 7).

use levers_core::analysis::sobol_model::sobol;
use levers_core::{Baseline, ParamId, Source};

use crate::support::{baseline, load};

/// (sourced, calibrated, assumed): a cited source that begins "calibrated:" is
/// a value fitted to data; any other citation is sourced; an assumption is [A].
fn status_count(baseline: &Baseline) -> (usize, usize, usize) {
    let mut count = (0, 0, 0);
    for id in ParamId::all() {
        match &baseline.spec(id).source {
            Source::Cited(text) if text.starts_with("calibrated") => count.1 += 1,
            Source::Cited(_) => count.0 += 1,
            Source::Assumption(_) => count.2 += 1,
        }
    }
    count
}

fn is_assumption(baseline: &Baseline, id: ParamId) -> bool {
    matches!(baseline.spec(id).source, Source::Assumption(_))
}

#[test]
fn the_parameter_status_count_in_model_md_is_the_baseline_files() {
    let baseline = baseline();
    let (sourced, calibrated, assumed) = status_count(&baseline);
    let total = sourced + calibrated + assumed;
    assert_eq!(total, ParamId::all().count());
    let line =
        format!("**{sourced} sourced, {calibrated} calibrated, {assumed} assumed [A]** of {total}");
    let model = std::fs::read_to_string("docs/MODEL.md").unwrap_or_else(|e| panic!("{e}"));
    assert!(
        model.contains(&line),
        "docs/MODEL.md §9.1 should say `{line}` (counted from assets/baseline.toml)"
    );
}

#[test]
fn no_assumption_is_among_the_three_largest_sobol_totals_of_the_blueprint_share() {
    let baseline = baseline();
    let policy = load("policies/blueprint-2032.toml", &baseline);
    let result = sobol(&baseline, &policy, 1_024, 42);
    let mut ranked: Vec<(ParamId, f64)> = result
        .inputs
        .iter()
        .zip(&result.share.total_order)
        .map(|(id, e)| (*id, e.value))
        .collect();
    ranked.sort_by(|a, b| b.1.total_cmp(&a.1));
    let top: Vec<(String, f64, bool)> = ranked
        .iter()
        .take(3)
        .map(|(id, v)| {
            (
                baseline.spec(*id).name.clone(),
                *v,
                is_assumption(&baseline, *id),
            )
        })
        .collect();
    assert!(top.iter().all(|(_, v, _)| *v > 0.0), "{top:?}");
    assert!(
        top.iter().all(|(_, _, assumed)| !assumed),
        "an [A] parameter is among the three largest Sobol totals: {top:?}"
    );
}

/// MODEL.md §5: an assumption is drawn uniform over its range ("no mode is
/// pretended"), or held fixed; only sourced and calibrated values have a mode.
#[test]
fn every_assumption_is_drawn_uniform_or_held_fixed() {
    let baseline = baseline();
    let pretended: Vec<String> = ParamId::all()
        .filter(|&id| is_assumption(&baseline, id))
        .filter(|&id| {
            !matches!(
                baseline.spec(id).distribution,
                levers_core::Distribution::Uniform | levers_core::Distribution::Fixed
            )
        })
        .map(ParamId::name)
        .collect();
    assert!(
        pretended.is_empty(),
        "assumptions with a mode: {pretended:?}"
    );
}
