//! Problems in the user's files as the user reads them: the file reader keeps
//! them structured (a kind and its arguments, a place in the file); here they
//! are worded in the reader's language by the catalogue, made inert for a
//! terminal and, when asked, coloured as compilers colour theirs. Shared by
//! the command line and the workbench.

use levers_files::diagnostic::{Diagnostics, Look};
use levers_report::i18n::Lang;
use levers_report::sanitise;

/// `diagnostics` in `lang`, with text from the file made inert; coloured as
/// compilers colour theirs when `colour` is on.
pub fn rendered(lang: Lang, diagnostics: &Diagnostics, colour: bool) -> String {
    diagnostics.render(&Look {
        words: &lang,
        sanitise: &|text: &str| sanitise::terminal(text).into_owned(),
        colour,
    })
}

/// `diagnostics` in `lang`, plain.
pub fn diagnostics(lang: Lang, diagnostics: &Diagnostics) -> String {
    rendered(lang, diagnostics, false)
}

/// `diagnostics` in English, for an internal error (an embedded file that
/// does not read is this program's fault, reported as such).
pub fn in_english(diagnostics: &Diagnostics) -> String {
    self::diagnostics(Lang::En, diagnostics)
}

#[cfg(test)]
mod tests {
    use super::*;
    use levers_files::policy_file::parse_policy;

    fn broken() -> Diagnostics {
        let baseline = levers_files::baseline_file::embedded().unwrap_or_else(|e| panic!("{e:?}"));
        let text = "format = 2\nname = \"x\"\n[measures.rent]\nkind = \"rent_subsidy\"\namount = 95\nstrat = 2026\n";
        parse_policy("p\u{1b}.toml", text, &baseline)
            .err()
            .unwrap_or_else(|| Diagnostics(Vec::new()))
    }

    #[test]
    fn colour_comes_from_the_structure_and_leaves_the_text_as_it_was() {
        let found = broken();
        assert_eq!(found.0.len(), 2, "{found:?}");
        let plain = diagnostics(Lang::En, &found);
        let coloured = rendered(Lang::En, &found, true);
        assert!(!plain.contains('\u{1b}'), "{plain}");
        assert!(
            coloured.contains("\u{1b}[1m\u{1b}[91merror:"),
            "{coloured:?}"
        );
        assert!(coloured.contains("help:"), "{coloured:?}");
        // Every escape is a style's: taking the styles out gives the plain text.
        let mut stripped = String::new();
        let mut chars = coloured.chars();
        while let Some(c) = chars.next() {
            if c == '\u{1b}' {
                assert_eq!(chars.next(), Some('['), "{coloured:?}");
                chars.by_ref().find(|c| *c == 'm');
            } else {
                stripped.push(c);
            }
        }
        assert_eq!(stripped, plain);
        // The file's own escape is shown, not obeyed, and Chinese is coloured too.
        assert!(plain.contains("p\\u{1b}.toml:"), "{plain}");
        let chinese = rendered(Lang::ZhHant, &found, true);
        assert!(chinese.contains("錯誤："), "{chinese}");
        assert!(chinese.contains("\u{1b}[91m"), "{chinese:?}");
    }
}
