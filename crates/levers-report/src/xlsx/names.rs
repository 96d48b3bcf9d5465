//! Worksheet names Excel accepts: at most 31 characters, none of `[]:*?/\`,
//! no apostrophe at either end, not empty, and unique in the workbook
//! (Excel compares names without regard to case).

/// Longest worksheet name Excel accepts, in characters.
const MAX_CHARS: usize = 31;

/// Hands out valid, unique worksheet names.
#[derive(Clone, Default)]
pub struct SheetNames {
    taken: Vec<String>,
}

impl SheetNames {
    /// A valid name close to `wanted`, not yet taken (`name (2)` when it is).
    pub fn unique(&mut self, wanted: &str) -> String {
        let base = clean(wanted);
        let mut name = base.clone();
        let mut n = 2;
        while self.is_taken(&name) {
            let suffix = format!(" ({n})");
            let room = MAX_CHARS - suffix.chars().count();
            name = format!("{}{suffix}", base.chars().take(room).collect::<String>());
            n += 1;
        }
        self.taken.push(name.to_lowercase());
        name
    }

    fn is_taken(&self, name: &str) -> bool {
        self.taken.contains(&name.to_lowercase())
    }
}

/// `wanted` with forbidden and control characters replaced by `_`, cut to 31
/// characters; "Package" when nothing is left. "History" is reserved by Excel.
fn clean(wanted: &str) -> String {
    let replaced: String = wanted
        .chars()
        .map(|c| {
            if "[]:*?/\\".contains(c) || c.is_control() {
                '_'
            } else {
                c
            }
        })
        .collect();
    let trimmed = replaced.trim().trim_matches('\'').trim();
    let cut = cut_at_word(trimmed);
    let cut = cut.trim_end_matches('\'').trim_end().to_string();
    if cut.is_empty() || cut.eq_ignore_ascii_case("history") {
        format!("{cut} package").trim().to_string()
    } else {
        cut
    }
}

/// `text` if it fits; otherwise cut after its last whole word that leaves
/// room for an ellipsis ("B. San Tin semiconductor…", never "…packag"), or
/// mid-word when the first word alone is too long.
fn cut_at_word(text: &str) -> String {
    if text.chars().count() <= MAX_CHARS {
        return text.to_string();
    }
    let room: String = text.chars().take(MAX_CHARS - 1).collect();
    let next = text.chars().nth(MAX_CHARS - 1);
    let whole = if next.is_some_and(char::is_whitespace) {
        room.as_str()
    } else {
        room.rfind(char::is_whitespace)
            .map_or(room.as_str(), |end| &room[..end])
    };
    format!("{}…", whole.trim_end())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn forbidden_characters_become_underscores_and_names_fit_31_characters() {
        let mut names = SheetNames::default();
        let name = names.unique("A/B: [test]*? with a very long name indeed");
        assert!(name.chars().count() <= MAX_CHARS);
        assert!(!name.contains(['[', ']', ':', '*', '?', '/', '\\']));
        assert!(name.starts_with("A_B_ _test__"));
    }

    #[test]
    fn repeated_names_are_numbered_ignoring_case() {
        let mut names = SheetNames::default();
        assert_eq!(names.unique("Blueprint"), "Blueprint");
        assert_eq!(names.unique("blueprint"), "blueprint (2)");
        let long = "x".repeat(40);
        assert_eq!(names.unique(&long).chars().count(), 31);
        let second = names.unique(&long);
        assert!(second.ends_with(" (2)"));
        assert_eq!(second.chars().count(), 31);
    }

    #[test]
    fn long_names_are_cut_after_a_whole_word() {
        let mut names = SheetNames::default();
        let name = names.unique("B. San Tin semiconductor packaging push");
        assert_eq!(name, "B. San Tin semiconductor…");
        assert!(name.chars().count() <= MAX_CHARS);
    }

    #[test]
    fn empty_and_reserved_names_get_a_word() {
        let mut names = SheetNames::default();
        assert_eq!(names.unique("''"), "package");
        assert_eq!(names.unique("History"), "History package");
    }
}
