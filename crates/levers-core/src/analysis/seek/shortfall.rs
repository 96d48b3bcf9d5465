//! The shortfall of an unreachable target: the closest package, rounded,
//! and the constraints that bind there.

use super::request::{Binding, Shortfall};
use super::rounding;
use super::searcher::Searcher;
use crate::lever::LeverField;
use crate::projection::{Constraint, Projection};

/// The closest package (the dials at `x`, rounded) and what holds it back.
pub(super) fn shortfall(searcher: &mut Searcher<'_>, x: &[f64]) -> Shortfall {
    searcher.set(x);
    let exact = searcher.policy.clone();
    let point = rounding::rounded_closest(searcher, &exact);
    // Two measures of one kind at their maxima name the kind once.
    let mut at_max: Vec<LeverField> = Vec::new();
    for dial in &searcher.dials {
        if dial.fraction(dial.knob.get(&searcher.policy)) >= 0.999 && !at_max.contains(&dial.field)
        {
            at_max.push(dial.field);
        }
    }
    let binding = binding(&searcher.projection, searcher.policy.target.year, at_max);
    let mut policy = searcher.policy.clone();
    policy.tidy_dials();
    Shortfall {
        policy,
        best_share_pct: point.share,
        binding,
    }
}

/// What holds a package's share back in `target_year`: the capacity ceiling
/// that binds there, a budget cap that scaled the levers down in any year to
/// it, and the fields `at_max` that sit at their maxima — except a money
/// field firms take up only part of in that year, which its demand holds
/// back (more on offer would change nothing).
pub(crate) fn binding(
    projection: &Projection,
    target_year: i32,
    at_max: Vec<LeverField>,
) -> Vec<Binding> {
    let mut binding = Vec::new();
    let take_up = |field: LeverField| {
        let year = projection.year(target_year)?;
        match field {
            LeverField::GrantsHkdBnPerYear => Some(year.rd_grant_take_up),
            LeverField::CoinvestmentHkdBnPerYear => Some(year.coinvestment_take_up),
            _ => None,
        }
    };
    let (demand, at_max): (Vec<LeverField>, Vec<LeverField>) = at_max
        .into_iter()
        .partition(|field| take_up(*field).is_some_and(|share| share < 1.0 - 1e-9));
    if let Some(year) = projection.year(target_year) {
        match year.binding_constraint {
            Constraint::Labour => binding.push(Binding::Labour),
            Constraint::Land => binding.push(Binding::Land),
            Constraint::Absorption => binding.push(Binding::Absorption),
            Constraint::None => {}
        }
    }
    let budget_bound = projection
        .years
        .iter()
        .take_while(|y| y.year <= target_year)
        .any(|y| y.budget_scale < 1.0);
    if budget_bound {
        binding.push(Binding::Budget);
    }
    if !at_max.is_empty() {
        binding.push(Binding::LeverCeilings(at_max));
    }
    if !demand.is_empty() {
        binding.push(Binding::Demand(demand));
    }
    binding
}
