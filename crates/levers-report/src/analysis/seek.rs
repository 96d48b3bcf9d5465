//! `levers seek`: what was found, in words (the package itself is written as a
//! policy file by `policy_file::write_policy`).

use levers_core::analysis::{SeekResult, Shortfall};

use crate::format::money_bn;
use crate::i18n::Lang;

pub use crate::describe::{binding_list, binding_phrase};

/// The message printed on stderr after a seek.
pub fn message(lang: Lang, result: &SeekResult, target_share_pct: f64, year: i32) -> String {
    let year_text = year.to_string();
    let target = crate::format::as_typed(target_share_pct);
    match result {
        SeekResult::Found {
            share_pct,
            cost_hkd_bn,
            ..
        } => lang.format(
            "seek-cli-found",
            &[
                ("share", &format!("{share_pct:.2}")),
                ("year", &year_text),
                ("target", &target),
                ("money", &money_bn(lang, *cost_hkd_bn)),
            ],
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
                    lang.format("seek-cli-budget", &[("money", &money_bn(lang, cap))])
                });
            lang.format(
                "seek-cli-unreachable",
                &[
                    ("budget", &budget),
                    ("target", &target),
                    ("year", &year_text),
                    ("best", &format!("{best_share_pct:.2}")),
                    ("gap", &format!("{:.2}", target_share_pct - best_share_pct)),
                    ("binding", &binding_list(lang, binding)),
                ],
            )
        }
    }
}

/// `seek --best`'s sentence: "Best reachable: 1.28% of GDP in 2032; what
/// binds: the budget cap."
pub fn best_message(lang: Lang, best: &Shortfall, year: i32) -> String {
    lang.format(
        "seek-cli-best",
        &[
            ("share", &format!("{:.2}", best.best_share_pct)),
            ("year", &year.to_string()),
            ("binding", &binding_list(lang, &best.binding)),
        ],
    )
}

/// Which package seek writes, for the name it gives it.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Sought {
    /// The cheapest package meeting the target (with `--confidence`, in that
    /// share of draws, 0 to 1).
    Cheapest {
        /// The chance asked for, if any.
        confidence: Option<f64>,
    },
    /// The closest package to a target out of reach.
    Closest,
    /// `--best`: the highest share reachable.
    Highest,
}

/// The name seek gives the package it writes, in the chosen language:
/// "Cheapest package for 0.7% by 2030", "Closest package to 5% by 2032".
pub fn package_name(lang: Lang, sought: Sought, target_share_pct: f64, year: i32) -> String {
    let year = year.to_string();
    let target = target_share_pct.to_string();
    let args = [("target", target.as_str()), ("year", year.as_str())];
    match sought {
        Sought::Cheapest { confidence: None } => lang.format("seek-cli-name-found", &args),
        Sought::Cheapest {
            confidence: Some(p),
        } => {
            let confidence = format!("{:.0}", 100.0 * p);
            let mut args = args.to_vec();
            args.push(("confidence", &confidence));
            lang.format("seek-cli-name-found-robust", &args)
        }
        Sought::Closest => lang.format("seek-cli-name-closest", &args),
        Sought::Highest => lang.format("seek-cli-name-best", &args),
    }
}

/// What a seek's progress spinner says while it searches.
pub fn searching(lang: Lang, sought: Sought) -> String {
    lang.text(match sought {
        Sought::Cheapest { confidence: None } | Sought::Closest => "seek-cli-searching",
        Sought::Cheapest {
            confidence: Some(_),
        } => "seek-cli-searching-robust",
        Sought::Highest => "seek-cli-searching-best",
    })
}

/// How robust a robust seek's answer is: "Robust: the target is met in 81.0%
/// of the 1,000 draws sought on (seed 42; asked: at least 80%), and in 79.6%
/// of 1,000 fresh draws."
pub fn robustness(lang: Lang, robust: &levers_core::analysis::robust_seek::RobustSeek) -> String {
    let draws = crate::format::thousands(robust.draws as f64);
    lang.format_counts(
        "seek-cli-robust",
        &[
            ("met", &format!("{:.1}", 100.0 * robust.probability_met)),
            ("draws", &draws),
            ("seed", &robust.seed.to_string()),
            ("asked", &format!("{:.0}", 100.0 * robust.confidence)),
            (
                "fresh",
                &format!("{:.1}", 100.0 * robust.probability_met_fresh),
            ),
        ],
        &[("draw_count", robust.draws as i64)],
    )
}

/// The message after a robust seek: what was found and how robust it is, or
/// why no package meets the target often enough.
pub fn robust_message(
    lang: Lang,
    robust: &levers_core::analysis::robust_seek::RobustSeek,
    target_share_pct: f64,
    year: i32,
) -> String {
    match &robust.result {
        SeekResult::Found { .. } => format!(
            "{} {}",
            message(lang, &robust.result, target_share_pct, year),
            robustness(lang, robust)
        ),
        SeekResult::Unreachable(Shortfall {
            best_share_pct,
            binding,
            ..
        }) => {
            let binds = if binding.is_empty() {
                String::new()
            } else {
                lang.format(
                    "seek-cli-binds",
                    &[("binding", &binding_list(lang, binding))],
                )
            };
            lang.format_counts(
                "seek-cli-robust-unreachable",
                &[
                    ("confidence", &format!("{:.0}", 100.0 * robust.confidence)),
                    ("target", &crate::format::as_typed(target_share_pct)),
                    ("year", &year.to_string()),
                    ("best", &format!("{best_share_pct:.2}")),
                    ("met", &format!("{:.1}", 100.0 * robust.probability_met)),
                    ("draws", &crate::format::thousands(robust.draws as f64)),
                    ("seed", &robust.seed.to_string()),
                    (
                        "fresh",
                        &format!("{:.1}", 100.0 * robust.probability_met_fresh),
                    ),
                    ("binds", &binds),
                ],
                &[("draw_count", robust.draws as i64)],
            )
        }
    }
}
