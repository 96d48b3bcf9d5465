//! Rate measures of one kind that add up above the kind's maximum (two rent
//! subsidies of 55%): the projection caps them there, so the part above it
//! neither acts nor costs. `check` and `summary` say so, once per kind.

use levers_core::project::stacked_rates;
use levers_core::{Baseline, Policy};

use crate::i18n::Lang;

/// One sentence per kind whose measures in `policy` add up above its maximum
/// in some sector and projected year.
pub fn warnings(lang: Lang, baseline: &Baseline, policy: &Policy) -> Vec<String> {
    stacked_rates(policy, baseline.base_year + 1, policy.horizon)
        .into_iter()
        .map(|stacked| {
            let field = stacked.kind.field();
            let unit = lang.unit(field.spec().unit);
            let space = if unit == "%" { "" } else { " " };
            let shown = |value: f64| {
                format!(
                    "{value:.prec$}{space}{unit}",
                    prec = field.decimals_for(value)
                )
            };
            lang.format(
                "stacked-rates",
                &[
                    ("kind", &lang.lever_field(field)),
                    ("total", &shown(stacked.total)),
                    ("year", &stacked.year.to_string()),
                    ("most", &shown(stacked.most)),
                ],
            )
        })
        .collect()
}
