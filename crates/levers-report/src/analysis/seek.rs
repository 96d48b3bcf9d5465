//! `levers seek`: what was found, in words (the package itself is written as a
//! policy file by `policy_file::write_policy`).

use levers_core::analysis::{SeekResult, Shortfall};

use crate::format::hkd_bn;

pub use crate::describe::{binding_list, binding_phrase};

/// The message printed on stderr after a seek.
pub fn message(result: &SeekResult, target_share_pct: f64, year: i32) -> String {
    match result {
        SeekResult::Found {
            share_pct,
            cost_hkd_bn,
            ..
        } => format!(
            "Found: {share_pct:.2}% of GDP in {year} (target {target_share_pct:.1}%), at a cumulative cost of {} to {year}.",
            hkd_bn(*cost_hkd_bn)
        ),
        SeekResult::Unreachable(Shortfall {
            best_share_pct,
            binding,
            policy,
        }) => {
            let budget = policy
                .budget
                .cap_hkd_bn_per_year
                .map_or(String::new(), |cap| {
                    format!(" and a budget of {} a year", hkd_bn(cap))
                });
            format!(
                "Not reachable: no package within the lever ranges{budget} reaches {target_share_pct:.1}% of GDP by {year}. The best found reaches {best_share_pct:.2}% (short by {:.2} pp); what binds: {}. The closest package is written out.",
                target_share_pct - best_share_pct,
                binding_list(binding)
            )
        }
    }
}

/// How robust a robust seek's answer is: "Robust: the target is met in 81.0%
/// of the 1,000 draws sought on (seed 42; asked: at least 80%), and in 79.6%
/// of 1,000 fresh draws."
pub fn robustness(robust: &levers_core::analysis::robust_seek::RobustSeek) -> String {
    let draws = crate::format::thousands(robust.draws as f64);
    format!(
        "Robust: the target is met in {:.1}% of the {draws} draws sought on (seed {}; asked: at least {:.0}%), and in {:.1}% of {draws} fresh draws.",
        100.0 * robust.probability_met,
        robust.seed,
        100.0 * robust.confidence,
        100.0 * robust.probability_met_fresh,
    )
}

/// The message after a robust seek: what was found and how robust it is, or
/// why no package meets the target often enough.
pub fn robust_message(
    robust: &levers_core::analysis::robust_seek::RobustSeek,
    target_share_pct: f64,
    year: i32,
) -> String {
    match &robust.result {
        SeekResult::Found { .. } => format!(
            "{} {}",
            message(&robust.result, target_share_pct, year),
            robustness(robust)
        ),
        SeekResult::Unreachable(Shortfall {
            best_share_pct,
            binding,
            ..
        }) => {
            let binds = if binding.is_empty() {
                String::new()
            } else {
                format!(
                    " What binds at the central assumptions: {}.",
                    binding_list(binding)
                )
            };
            format!(
                "Not reachable in {:.0}% of draws: the search found no package within the lever ranges and limits that meets {target_share_pct:.1}% of GDP by {year} that often. The closest package found (written out) reaches {best_share_pct:.2}% at the central assumptions and meets the target in {:.1}% of the {} draws (seed {}), {:.1}% of fresh draws.{binds}",
                100.0 * robust.confidence,
                100.0 * robust.probability_met,
                crate::format::thousands(robust.draws as f64),
                robust.seed,
                100.0 * robust.probability_met_fresh,
            )
        }
    }
}
