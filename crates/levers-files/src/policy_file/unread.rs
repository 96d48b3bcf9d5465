//! Which value rules still say something true when some keys could not be read.
//!
//! A key with a type error is left at its default, so a rule that reads it (or
//! compares another key with it) would report a mistake the user did not make.
//! Every other rule is still checked: `levers check` reports every mistake at
//! once, and a type error in one key does not hide a range error in another.

use levers_core::ProblemKind;

/// Whether the rule on `path` (which found `kind`) reads the key at `unread`
/// (which failed to read): the key itself, a key inside it or around it, or a
/// key it is compared with. Some rules compare with the horizon
/// ([`ProblemKind::reads_horizon`]); a start bounds its ramp and end.
#[cfg(test)]
pub(super) fn depends_on(path: &str, kind: &ProblemKind, unread: &str) -> bool {
    let within = |inner: &str, outer: &str| {
        inner == outer
            || inner
                .strip_prefix(outer)
                .is_some_and(|r| r.starts_with('.'))
    };
    if within(path, unread) || within(unread, path) {
        return true;
    }
    let (table, key) = path.rsplit_once('.').unwrap_or(("", path));
    if unread == "horizon" {
        return kind.reads_horizon();
    }
    unread == start_of(table) && matches!(key, "ramp_years" | "end")
}

/// The `start` key of `table` (at the top level when `table` is empty).
fn start_of(table: &str) -> String {
    if table.is_empty() {
        "start".to_string()
    } else {
        format!("{table}.start")
    }
}

/// Whether the rule on `path` reads any key of `unread` ([`depends_on`] for
/// each), in a few set look-ups rather than one comparison per unread key: a
/// file with 90,000 unknown keys must not make each rule 90,000 times slower.
pub(super) fn depends_on_any(
    path: &str,
    kind: &ProblemKind,
    unread: &std::collections::BTreeSet<String>,
) -> bool {
    // The key itself or a table around it.
    let mut around = path;
    loop {
        if unread.contains(around) {
            return true;
        }
        match around.rsplit_once('.') {
            Some((outer, _)) => around = outer,
            None => break,
        }
    }
    // A key inside it.
    let inside = format!("{path}.");
    if unread
        .range(inside.clone()..)
        .next()
        .is_some_and(|u| u.starts_with(&inside))
    {
        return true;
    }
    if unread.contains("horizon") && kind.reads_horizon() {
        return true;
    }
    let (table, key) = path.rsplit_once('.').unwrap_or(("", path));
    matches!(key, "ramp_years" | "end") && unread.contains(&start_of(table))
}

#[cfg(test)]
mod tests {
    use super::{depends_on, depends_on_any};
    use levers_core::ProblemKind;

    /// A rule that compares with the horizon, and one that does not.
    fn to_horizon() -> ProblemKind {
        ProblemKind::TargetYearOutside {
            year: 2040,
            first: 2024,
            last: 2035,
        }
    }
    const OTHER: ProblemKind = ProblemKind::WeightsAllZero;

    #[test]
    fn the_set_look_up_agrees_with_the_one_by_one_rule() {
        let unread = [
            "horizon",
            "levers.land.sectors",
            "levers.land.start",
            "measures.a",
            "budget.cap",
        ];
        let paths = [
            ("horizon", OTHER),
            ("target.year", to_horizon()),
            ("levers.land.sectors.nev", OTHER),
            ("levers.land.end", OTHER),
            ("levers.rd.end", OTHER),
            ("measures.a.amount.2030", OTHER),
            ("measures", OTHER),
            ("measures.ab", OTHER),
            ("budget", OTHER),
            ("budget.cap_hkd_bn_per_year", OTHER),
        ];
        for only in &unread {
            let set = std::iter::once((*only).to_string()).collect();
            for (path, kind) in &paths {
                assert_eq!(
                    depends_on_any(path, kind, &set),
                    depends_on(path, kind, only),
                    "{path} / {only}"
                );
            }
        }
    }

    #[test]
    fn only_rules_reading_the_unread_key_are_skipped() {
        assert!(depends_on("horizon", &OTHER, "horizon"));
        assert!(depends_on("target.year", &to_horizon(), "horizon"));
        assert!(!depends_on("levers.land.ramp_years", &OTHER, "horizon"));
        assert!(depends_on(
            "levers.land.sectors.nev",
            &OTHER,
            "levers.land.sectors"
        ));
        assert!(depends_on("levers.land.end", &OTHER, "levers.land.start"));
        assert!(!depends_on(
            "levers.land.rent_subsidy_pct",
            &OTHER,
            "horizon"
        ));
        assert!(!depends_on("levers.rd.end", &OTHER, "levers.land.start"));
        assert!(!depends_on(
            "levers.land.rent_subsidy_pct",
            &OTHER,
            "levers.land.rent"
        ));
        assert!(!depends_on(
            "budget.cap_hkd_bn_per_year",
            &OTHER,
            "target.year"
        ));
    }
}
