//! The brackets levers writes around a note: "name (file)", "label (unit)",
//! "sector (weight)".
//!
//! The rule, in one place: the brackets levers itself writes follow the
//! language of the output — full-width `（）` with no space in Chinese, as
//! the catalogue's own sentences have them, and ` ()` in English. The text
//! before and inside them (a package's name, a file name, a label from a
//! file) is shown as written, so a package named "Tax (lean)" keeps its
//! half-width brackets in Chinese output: those are the user's, not ours.

use crate::i18n::Lang;

/// `text` followed by `note` in brackets, written the way `lang` writes them.
pub fn with_note(lang: Lang, text: &str, note: &str) -> String {
    match lang {
        Lang::En => format!("{text} ({note})"),
        Lang::ZhHant => format!("{text}（{note}）"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn our_brackets_follow_the_language_and_a_users_text_is_kept_as_written() {
        assert_eq!(
            with_note(Lang::En, "Land-led", "a.toml"),
            "Land-led (a.toml)"
        );
        assert_eq!(
            with_note(Lang::ZhHant, "方案甲", "a.toml"),
            "方案甲（a.toml）"
        );
        // The user's own half-width brackets stay; only ours are full-width.
        assert_eq!(
            with_note(Lang::ZhHant, "Tax (lean)", "b (2).toml"),
            "Tax (lean)（b (2).toml）"
        );
    }
}
