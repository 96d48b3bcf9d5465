//! Did-you-mean: the known name closest to a misspelt one. One copy for every
//! floor — the files crate's diagnostics, the binary's did-you-means and the
//! core's address resolver all call this.

/// The candidate closest to a misspelt `key`, if it is close enough to be a typo.
pub fn suggest<S: AsRef<str>>(
    key: &str,
    candidates: impl IntoIterator<Item = S>,
) -> Option<String> {
    candidates
        .into_iter()
        .map(|c| (strsim::damerau_levenshtein(key, c.as_ref()), c))
        // Lengths in characters, not bytes: `土地主導` is 4 letters, not 12, and
        // a candidate every letter of which must change is no typo.
        .filter(|(distance, c)| {
            let (key_len, candidate_len) = (key.chars().count(), c.as_ref().chars().count());
            *distance <= (candidate_len.max(key_len) / 3).max(2) && *distance < candidate_len
        })
        .min_by_key(|(distance, _)| *distance)
        .map(|(_, c)| c.as_ref().to_string())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn suggestions_catch_typos_but_not_unrelated_words() {
        let keys = ["rent_subsidy_pct", "land_release_ha_per_year", "start"];
        assert_eq!(
            suggest("rent_subsidy_pc", keys).as_deref(),
            Some("rent_subsidy_pct")
        );
        assert_eq!(suggest("strat", keys).as_deref(), Some("start"));
        assert_eq!(suggest("colour", keys), None);
    }

    #[test]
    fn a_candidate_every_letter_of_which_changes_is_no_typo() {
        assert_eq!(suggest("土地", ["ab"]), None);
        assert_eq!(
            suggest("土地主導", ["土地主导"]).as_deref(),
            Some("土地主导")
        );
    }
}
