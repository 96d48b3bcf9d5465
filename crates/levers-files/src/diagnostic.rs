//! Errors in a user's file: where (<file:line:column>), which key, what was wrong,
//! what was expected, and a suggestion when a key looks misspelt.

use std::fmt;
use std::ops::Range;

/// Did-you-mean lives in the core (its address resolver needs it too).
pub use levers_core::suggest::suggest;

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Diagnostic {
    pub file: String,
    /// 1-based line and column (in characters); none when the problem has no place
    /// in the file (it cannot be read at all).
    pub position: Option<(usize, usize)>,
    /// Dotted path of the key at fault, when there is one.
    pub key: Option<String>,
    pub message: String,
    pub expected: Option<String>,
    pub suggestion: Option<String>,
    /// The offending line of the file, for context.
    pub source_line: Option<String>,
}

impl Diagnostic {
    /// A problem with the file as a whole.
    pub fn file_level(file: &str, message: impl Into<String>) -> Diagnostic {
        Diagnostic {
            file: file.to_string(),
            position: None,
            key: None,
            message: message.into(),
            expected: None,
            suggestion: None,
            source_line: None,
        }
    }

    /// A problem at byte range `span` of `source`.
    pub fn at(
        file: &str,
        source: &str,
        span: Range<usize>,
        message: impl Into<String>,
    ) -> Diagnostic {
        let (line, column) = line_column(source, span.start);
        Diagnostic {
            position: Some((line, column)),
            source_line: source.lines().nth(line - 1).map(str::to_string),
            ..Diagnostic::file_level(file, message)
        }
    }

    #[must_use]
    pub fn key(mut self, key: impl Into<String>) -> Diagnostic {
        self.key = Some(key.into());
        self
    }

    #[must_use]
    pub fn expected(mut self, expected: impl Into<String>) -> Diagnostic {
        self.expected = Some(expected.into());
        self
    }

    #[must_use]
    pub fn suggestion(mut self, suggestion: Option<String>) -> Diagnostic {
        self.suggestion = suggestion;
        self
    }

    /// `file:line:column` (or just the file).
    pub fn location(&self) -> String {
        match self.position {
            Some((line, column)) => format!("{}:{line}:{column}", self.file),
            None => self.file.clone(),
        }
    }
}

impl fmt::Display for Diagnostic {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}: error: ", self.location())?;
        if let Some(key) = &self.key {
            write!(f, "`{key}`: ")?;
        }
        write!(f, "{}", self.message)?;
        if let (Some(line), Some((number, column))) = (&self.source_line, self.position) {
            let (shown, caret) = excerpt(line, column);
            let caret = display_column(&shown, caret);
            let gutter = number.to_string().len();
            write!(f, "\n {number} | {shown}")?;
            write!(f, "\n {:gutter$} | {:>caret$}", "", "^")?;
        }
        if let Some(expected) = &self.expected {
            write!(f, "\n  expected: {expected}")?;
        }
        if let Some(suggestion) = &self.suggestion {
            write!(f, "\n  help: did you mean `{suggestion}`?")?;
        }
        Ok(())
    }
}

/// Everything wrong with one file, in file order.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Diagnostics(pub Vec<Diagnostic>);

impl Diagnostics {
    pub fn one(diagnostic: Diagnostic) -> Diagnostics {
        Diagnostics(vec![diagnostic])
    }
}

impl fmt::Display for Diagnostics {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        for (i, diagnostic) in self.0.iter().enumerate() {
            if i > 0 {
                writeln!(f)?;
            }
            write!(f, "{diagnostic}")?;
        }
        Ok(())
    }
}

impl std::error::Error for Diagnostics {}

/// The terminal column of character `column` of `text` (1-based): a CJK
/// character takes two columns, so the caret lands under the right one.
fn display_column(text: &str, column: usize) -> usize {
    use unicode_width::UnicodeWidthChar;
    let before: usize = text
        .chars()
        .take(column.saturating_sub(1))
        .map(|c| c.width().unwrap_or(0))
        .sum();
    before + 1
}

/// At most [`EXCERPT_CHARS`] characters of `line` around `column`, with `…` where
/// cut, and the caret's column within the excerpt. Long lines (a 100 KB string,
/// 10,000 nested brackets) must not flood the terminal.
fn excerpt(line: &str, column: usize) -> (String, usize) {
    let chars: Vec<char> = line.chars().filter(|c| !c.is_control()).collect();
    if chars.len() <= EXCERPT_CHARS {
        return (chars.into_iter().collect(), column);
    }
    let start = column
        .saturating_sub(EXCERPT_CHARS / 2)
        .min(chars.len().saturating_sub(EXCERPT_CHARS));
    let end = (start + EXCERPT_CHARS).min(chars.len());
    let mut shown: String = chars[start..end].iter().collect();
    let mut caret = column - start;
    if start > 0 {
        shown.insert(0, '…');
        caret += 1;
    }
    if end < chars.len() {
        shown.push('…');
    }
    (shown, caret)
}

const EXCERPT_CHARS: usize = 80;

/// 1-based line and character column of byte `offset` in `source`.
pub fn line_column(source: &str, offset: usize) -> (usize, usize) {
    let mut offset = offset.min(source.len());
    while !source.is_char_boundary(offset) {
        offset -= 1;
    }
    let before = &source[..offset];
    let line = before.matches('\n').count() + 1;
    let line_start = before.rfind('\n').map_or(0, |i| i + 1);
    let column = before[line_start..].chars().count() + 1;
    (line, column)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn line_and_column_count_characters_not_bytes() {
        let source = "a = 1\nname = \"Ü\" x";
        assert_eq!(line_column(source, 0), (1, 1));
        assert_eq!(line_column(source, 6), (2, 1));
        let x = source.find('x').unwrap_or(0);
        assert_eq!(line_column(source, x), (2, 12));
    }

    #[test]
    fn the_caret_counts_terminal_columns_under_wide_characters() {
        let source = "t = { year = \"土地\", x = \"y\" }\n";
        let at = source.find("\"y\"").unwrap_or(0);
        let text = Diagnostic::at("p.toml", source, at..at + 3, "wrong").to_string();
        let lines: Vec<&str> = text.lines().collect();
        let quote = lines[1].find("\"y\"").unwrap_or(0);
        let width = |s: &str| unicode_width::UnicodeWidthStr::width(s);
        assert_eq!(
            width(&lines[2][..lines[2].find('^').unwrap_or(0)]),
            width(&lines[1][..quote])
        );
    }

    #[test]
    fn long_lines_are_shown_as_an_excerpt_around_the_column() {
        let line = "x".repeat(1000) + "!" + &"y".repeat(1000);
        let (shown, caret) = excerpt(&line, 1001);
        assert_eq!(shown.chars().count(), EXCERPT_CHARS + 2);
        assert_eq!(shown.chars().nth(caret - 1), Some('!'));
        assert_eq!(excerpt("short", 3), ("short".to_string(), 3));
    }

    #[test]
    fn display_names_file_line_column_key_expectation_and_help() {
        let source = "[levers.land]\nrent_subsidy_pt = 3\n";
        let text = Diagnostic::at("p.toml", source, 14..29, "unknown key")
            .key("levers.land.rent_subsidy_pt")
            .expected("one of rent_subsidy_pct, start")
            .suggestion(Some("rent_subsidy_pct".into()))
            .to_string();
        assert!(text.starts_with("p.toml:2:1: error: `levers.land.rent_subsidy_pt`: unknown key"));
        assert!(text.contains("expected: one of rent_subsidy_pct, start"));
        assert!(text.contains("help: did you mean `rent_subsidy_pct`?"));
        assert!(text.contains(" 2 | rent_subsidy_pt = 3"));
    }
}
