//! Which value rules still say something true when some keys could not be read.
//!
//! A key with a type error is left at its default, so a rule that reads it (or
//! compares another key with it) would report a mistake the user did not make.
//! Every other rule is still checked: `levers check` reports every mistake at
//! once, and a type error in one key does not hide a range error in another.

/// Whether the rule on `path` (expecting `expected`) reads the key at `unread`
/// (which failed to read): the key itself, a key inside it or around it, or a
/// key it is compared with. A rule comparing with the horizon names it in what
/// it expects ("a year from 2024 to the horizon (2035)"); a start bounds its
/// ramp and end.
pub(super) fn depends_on(path: &str, expected: &str, unread: &str) -> bool {
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
        return expected.contains("horizon");
    }
    let start = if table.is_empty() {
        "start".to_string()
    } else {
        format!("{table}.start")
    };
    unread == start && matches!(key, "ramp_years" | "end")
}

#[cfg(test)]
mod tests {
    use super::depends_on;

    #[test]
    fn only_rules_reading_the_unread_key_are_skipped() {
        let to_horizon = "a year from 2024 to the horizon (2035)";
        assert!(depends_on("horizon", "", "horizon"));
        assert!(depends_on("target.year", to_horizon, "horizon"));
        assert!(!depends_on("levers.land.ramp_years", "0 to 10", "horizon"));
        assert!(depends_on(
            "levers.land.sectors.nev",
            "",
            "levers.land.sectors"
        ));
        assert!(depends_on("levers.land.end", "", "levers.land.start"));
        assert!(!depends_on("levers.land.rent_subsidy_pct", "", "horizon"));
        assert!(!depends_on("levers.rd.end", "", "levers.land.start"));
        assert!(!depends_on(
            "levers.land.rent_subsidy_pct",
            "",
            "levers.land.rent"
        ));
        assert!(!depends_on("budget.cap_hkd_bn_per_year", "", "target.year"));
    }
}
