//! Whatever a file holds and wherever a problem lies in it, its diagnostic is
//! drawn without a panic (annotate-snippets is given character boundaries
//! only), stays bounded (a megabyte line is cut), and lets no control
//! character or escape from the file reach the terminal.

use levers::shown::rendered;
use levers_files::diagnostic::{Diagnostic, Diagnostics};
use levers_report::i18n::Lang;
use proptest::prelude::*;

/// Text of any characters a hostile file may hold: escapes, bidirectional
/// overrides, wide and combining characters, tabs and line breaks.
fn hostile_text() -> impl Strategy<Value = String> {
    let piece = prop_oneof![
        Just("\u{1b}[31m".to_string()),
        Just("\u{202e}".to_string()),
        Just("\u{7}\u{8}\r\t".to_string()),
        Just("\n".to_string()),
        Just("土地主導".to_string()),
        Just("e\u{301}".to_string()),
        Just("x".repeat(300)),
        "[a-z =\"{}.\\[\\]]{0,12}",
        any::<char>().prop_map(String::from),
    ];
    proptest::collection::vec(piece, 0..24).prop_map(|pieces| pieces.concat())
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(300))]
    #[test]
    fn any_excerpt_is_drawn_bounded_and_inert(
        source in hostile_text(),
        start in any::<usize>(),
        length in 0..2000usize,
    ) {
        let start = start % (source.len() + 1);
        let span = start..start.saturating_add(length);
        let one = Diagnostic::at("p\u{1b}.toml", &source, span, "bad \u{1b}[2J")
            .key("k\u{202e}")
            .expected("e\u{7}")
            .suggestion(Some("s\u{1b}".to_string()));
        let found = Diagnostics::one(one);
        for lang in [Lang::En, Lang::ZhHant] {
            let plain = rendered(lang, &found, false);
            let left: Vec<char> = plain.chars().filter(|c| c.is_control() && *c != '\n').collect();
            prop_assert!(left.is_empty(), "{left:?} in {plain:?}");
            prop_assert!(!plain.contains(['\u{202e}']), "{plain:?}");
            // The first line, the gutter, the excerpt, the underline, the
            // gutter and the two footers; the excerpt at most 80 characters
            // of the line (each shown in at most 8, `\u{202e}`) and two `…`.
            prop_assert!(plain.lines().count() <= 7, "{plain}");
            let excerpt = plain.lines().nth(2).unwrap_or_default();
            prop_assert!(excerpt.chars().count() <= 8 * 80 + 12, "{excerpt}");
            prop_assert!(plain.lines().nth(3).is_some_and(|l| l.contains('^')), "{plain}");
            // Colour adds styles only: without them the text is the plain one.
            let coloured = rendered(lang, &found, true);
            let mut stripped = String::new();
            let mut chars = coloured.chars();
            while let Some(c) = chars.next() {
                if c == '\u{1b}' {
                    prop_assert_eq!(chars.next(), Some('['));
                    prop_assert!(chars.by_ref().any(|c| c == 'm'));
                } else {
                    stripped.push(c);
                }
            }
            prop_assert_eq!(stripped, plain);
        }
    }
}
