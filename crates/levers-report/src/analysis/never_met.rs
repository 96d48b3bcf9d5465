//! When no draw meets the target, or too few for PRIM, "what would have to be
//! true" has no box to find: the documents (the brief, the report) say so in
//! one sentence and ask instead what it would take to reach a lower share, one
//! the package does reach in at least one draw in ten.

use levers_core::analysis::discover::DEFAULT_OPTIONS;
use levers_core::policy::Target;

use crate::format::{as_typed_one_decimal, thousands};
use crate::i18n::Lang;

/// The share (% of GDP) reached in at least one draw in ten, from the 90th
/// percentile of the share: the p90 rounded down to a tenth of a point, asked
/// instead of `asked_pct` only below it; `None` below 0.1 (nothing worth
/// asking about) or not below `asked_pct` (no lower question).
pub fn share_one_draw_in_ten(p90_pct: f64, asked_pct: f64) -> Option<f64> {
    let share = (p90_pct * 10.0).floor() / 10.0;
    (share.is_finite() && share >= 0.1 && share < asked_pct).then_some(share)
}

/// "No option reaches 5.0% of GDP by 2032 in any of the 1,000 draws: … what it
/// would take for `name`, the option that does most, to reach `share`%": of
/// `options` packages sharing `target` (one package: "`name` does not reach"),
/// the most of which meets it in `target_cases` draws (when some do, too few
/// to find a box: "No option reaches 5.0% … in more than 12 of the 1,000
/// draws, too few …").
pub fn sentence(
    lang: Lang,
    options: usize,
    target: &Target,
    draws: usize,
    target_cases: usize,
    name: &str,
    share: f64,
) -> String {
    // One option or several, by word: Chinese has no plural forms to select
    // on, yet says "it" of one option and "the option that does most" of several.
    let options = if options == 1 { "one" } else { "several" };
    let id = if target_cases == 0 {
        "discover-never-met"
    } else {
        "discover-rarely-met"
    };
    lang.format_counts(
        id,
        &[
            ("options", options),
            ("threshold", &as_typed_one_decimal(target.share_pct)),
            ("year", &target.year.to_string()),
            ("draws", &thousands(draws as f64)),
            ("cases", &thousands(target_cases as f64)),
            ("needed", &DEFAULT_OPTIONS.min_cases.to_string()),
            ("name", name),
            ("share", &as_typed_one_decimal(share)),
        ],
        &[("draw_count", draws as i64)],
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_share_asked_about_is_the_p90_rounded_down_to_a_tenth() {
        assert_eq!(share_one_draw_in_ten(1.7283, 5.0), Some(1.7));
        assert_eq!(share_one_draw_in_ten(1.0, 5.0), Some(1.0));
        assert_eq!(share_one_draw_in_ten(0.09, 5.0), None);
        assert_eq!(share_one_draw_in_ten(f64::NAN, 5.0), None);
    }

    #[test]
    fn one_package_is_named_as_the_one_that_does_not_reach() {
        let target = Target {
            share_pct: 5.0,
            year: 2032,
        };
        let one = sentence(Lang::En, 1, &target, 1000, 0, "Land-led", 1.4);
        assert!(
            one.starts_with(
                "Land-led does not reach 5.0% of GDP by 2032 in any of the 1,000 draws"
            ),
            "{one}"
        );
        assert!(one.contains("for it to reach 1.4%"), "{one}");
        let many = sentence(Lang::En, 3, &target, 1000, 0, "Blueprint", 1.7);
        assert!(many.starts_with("No option reaches"), "{many}");
        assert!(
            many.contains("for Blueprint, the option that does most, to reach 1.7%"),
            "{many}"
        );
    }

    #[test]
    fn a_target_met_in_too_few_draws_says_how_few() {
        let target = Target {
            share_pct: 2.0,
            year: 2032,
        };
        let one = sentence(Lang::En, 1, &target, 1000, 12, "All at max", 1.8);
        assert!(
            one.starts_with(
                "All at max reaches 2.0% of GDP by 2032 in only 12 of the 1,000 draws, too few"
            ),
            "{one}"
        );
        assert!(one.contains("(PRIM needs at least 20)"), "{one}");
        assert!(one.contains("for it to reach 1.8%"), "{one}");
        let many = sentence(Lang::En, 2, &target, 1000, 12, "All at max", 1.8);
        assert!(
            many.starts_with(
                "No option reaches 2.0% of GDP by 2032 in more than 12 of the 1,000 draws"
            ),
            "{many}"
        );
        let chinese = sentence(Lang::ZhHant, 1, &target, 1000, 12, "All at max", 1.8);
        assert!(chinese.contains("只有 12 次"), "{chinese}");
        assert!(!chinese.contains("draws"), "{chinese}");
    }
}
