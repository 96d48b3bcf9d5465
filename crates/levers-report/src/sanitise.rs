//! Text from a file made inert for the medium it is written to: one function per
//! medium, used at the one place each medium is produced. A policy file travels
//! by e-mail; its names and descriptions (and the names of files) may hold
//! terminal escapes, Markdown or HTML, spreadsheet formulas.
//!
//! - [`terminal`]: control characters (C0 but tab and newline, DEL, C1) and the
//!   bidirectional overrides that reorder what a reader sees are shown as
//!   `\u{1b}` instead of acting on the terminal.
//! - [`xml`]: the same characters shown the same way, since XML 1.0 forbids
//!   them (markup characters are escaped by the SVG writer itself).
//! - [`markdown`]: Markdown and HTML syntax backslash-escaped and line breaks
//!   turned into spaces, so a name cannot open a tag, a link or a heading.
//! - [`csv_text`]: the OWASP rule against formula injection: a text cell that
//!   starts with `=`, `+`, `-`, `@`, tab or carriage return gets a leading `'`
//!   (numbers are written by the program, never through this).

use std::borrow::Cow;
use std::fmt::Write as _;

/// Characters that act on a terminal or reorder text instead of being shown.
fn is_active(c: char, keep_line_breaks: bool) -> bool {
    match c {
        '\n' | '\t' => !keep_line_breaks,
        '\u{202a}'..='\u{202e}' | '\u{2066}'..='\u{2069}' => true,
        _ => c.is_control(),
    }
}

fn visible(text: &str, keep_line_breaks: bool) -> Cow<'_, str> {
    if !text.chars().any(|c| is_active(c, keep_line_breaks)) {
        return Cow::Borrowed(text);
    }
    let mut out = String::with_capacity(text.len() + 8);
    for c in text.chars() {
        if is_active(c, keep_line_breaks) {
            let _ = write!(out, "\\u{{{:x}}}", u32::from(c));
        } else {
            out.push(c);
        }
    }
    Cow::Owned(out)
}

/// Text for a terminal (standard output or error): newlines and tabs are kept,
/// every other control character is made visible.
pub fn terminal(text: &str) -> Cow<'_, str> {
    visible(text, true)
}

/// One line of text from a file (a name) for a terminal, SVG or XML: every
/// control character, newlines included, is made visible.
pub fn xml(text: &str) -> Cow<'_, str> {
    visible(text, false)
}

/// A user's text made inert in Markdown (and in the HTML made from it): markup
/// characters are backslash-escaped, line breaks become spaces (no forged
/// heading or list), other control characters are made visible.
pub fn markdown(text: &str) -> String {
    let one_line = text.replace(['\r', '\n'], " ");
    let mut out = String::with_capacity(one_line.len());
    for c in xml(&one_line).chars() {
        if "\\`*_[]<>|#".contains(c) {
            out.push('\\');
        }
        out.push(c);
    }
    out
}

/// A file name in Markdown: a code span, or escaped text when a backtick or a
/// control character would break out of one.
pub fn markdown_code(text: &str) -> String {
    if text.contains('`') || text.chars().any(|c| is_active(c, false)) {
        markdown(text)
    } else {
        format!("`{text}`")
    }
}

/// What a cell may start with that a spreadsheet would read as a formula.
const FORMULA_STARTS: [char; 6] = ['=', '+', '-', '@', '\t', '\r'];

/// A text cell for a spreadsheet (CSV): a leading `'` when the cell would start
/// a formula (OWASP "CSV injection").
pub fn csv_text(text: &str) -> Cow<'_, str> {
    // A text that already looks quoted (`'=x`, `''=x`) gets a quote too, so
    // that [`csv_text_undone`] gives back exactly the text it was given.
    if text.trim_start_matches('\'').starts_with(FORMULA_STARTS) {
        Cow::Owned(format!("'{text}"))
    } else {
        Cow::Borrowed(text)
    }
}

/// The text [`csv_text`] was given: a cell read back from CSV for a medium
/// where formulas cannot start (an xlsx string cell), so the `'` it added
/// would show. Only the `'` [`csv_text`] adds is removed (`''=x` was `'=x`).
pub fn csv_text_undone(cell: &str) -> &str {
    match cell.strip_prefix('\'') {
        Some(rest) if rest.trim_start_matches('\'').starts_with(FORMULA_STARTS) => rest,
        _ => cell,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn escapes_are_shown_not_obeyed() {
        assert_eq!(terminal("\u{1b}]0;pwned\u{7}"), "\\u{1b}]0;pwned\\u{7}");
        assert_eq!(terminal("two\nlines\tok"), "two\nlines\tok");
        assert_eq!(xml("a\nb\u{202e}c"), "a\\u{a}b\\u{202e}c");
        assert!(matches!(terminal("plain 土地"), Cow::Borrowed(_)));
    }

    #[test]
    fn markdown_cannot_open_tags_links_or_headings() {
        assert_eq!(
            markdown("<img src=x onerror=alert(1)>\n# [x](javascript:y)"),
            "\\<img src=x onerror=alert(1)\\> \\# \\[x\\](javascript:y)"
        );
    }

    #[test]
    fn spreadsheet_formulas_are_quoted() {
        assert_eq!(csv_text("=cmd|'/C calc'!A1"), "'=cmd|'/C calc'!A1");
        for start in ["+1", "-1", "@SUM(A1)", "\tx", "\rx"] {
            assert!(csv_text(start).starts_with('\''), "{start:?}");
        }
        assert_eq!(csv_text("Blueprint 2032"), "Blueprint 2032");
        for text in ["=1+1", "'=x", "''=x", "''x", "-A1", "plain", "'quoted"] {
            assert_eq!(csv_text_undone(&csv_text(text)), text);
        }
    }
}
