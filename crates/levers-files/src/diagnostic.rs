//! Errors in a user's file: where (<file:line:column>), which key, what was wrong,
//! what was expected, and a suggestion when a key looks misspelt.

use std::fmt::Write as _;
use std::ops::Range;

use levers_core::ProblemKind;
use levers_core::problem_kind::{Term, Words};

/// Did-you-mean lives in the core (its address resolver needs it too).
pub use levers_core::suggest::suggest;

#[derive(Clone, Debug, PartialEq)]
pub struct Diagnostic {
    pub file: String,
    /// 1-based line and column (in characters); none when the problem has no place
    /// in the file (it cannot be read at all).
    pub position: Option<(usize, usize)>,
    /// Dotted path of the key at fault, when there is one.
    pub key: Option<String>,
    /// What is wrong, when the reader says it itself (a TOML syntax error);
    /// empty when [`Diagnostic::problem`] says it.
    pub message: String,
    /// A rule's problem as a kind and its arguments, worded (message and
    /// expected) by the face that shows it, in its reader's language.
    pub problem: Option<ProblemKind>,
    pub expected: Option<String>,
    pub suggestion: Option<String>,
    /// At most `EXCERPT_CHARS` characters of the offending line around the
    /// problem (with `…` where cut), for context: never the whole line, which
    /// may be a megabyte long.
    pub source_line: Option<String>,
    /// The 1-based character column of the problem within `source_line`.
    pub caret: usize,
    /// Byte offset of the problem in the source, kept until the line and column
    /// are worked out ([`locate`]): those are computed once, for the problems
    /// shown, in one pass over the file.
    pub offset: Option<usize>,
}

impl Diagnostic {
    /// A problem with the file as a whole.
    pub fn file_level(file: &str, message: impl Into<String>) -> Diagnostic {
        Diagnostic {
            file: file.to_string(),
            position: None,
            key: None,
            message: message.into(),
            problem: None,
            expected: None,
            suggestion: None,
            source_line: None,
            caret: 0,
            offset: None,
        }
    }

    /// A problem at byte range `span` of a source, located later by [`locate`]
    /// (cheap: nothing is counted or copied from the source).
    pub fn spanned(file: &str, span: Range<usize>, message: impl Into<String>) -> Diagnostic {
        Diagnostic {
            offset: Some(span.start),
            ..Diagnostic::file_level(file, message)
        }
    }

    /// A problem at byte range `span` of `source`, located at once (for a
    /// single problem; many go through [`locate`]).
    pub fn at(
        file: &str,
        source: &str,
        span: Range<usize>,
        message: impl Into<String>,
    ) -> Diagnostic {
        let mut one = [Diagnostic::spanned(file, span, message)];
        locate(source, &mut one);
        let [diagnostic] = one;
        diagnostic
    }

    /// A rule's problem at byte range `span`, worded when shown.
    pub fn problem(file: &str, span: Range<usize>, kind: ProblemKind) -> Diagnostic {
        Diagnostic {
            problem: Some(kind),
            ..Diagnostic::spanned(file, span, "")
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

/// The parts of a shown diagnostic that a terminal colours, as compilers do.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Part {
    /// `file:line:column`.
    Location,
    /// `error:` and the caret under the problem.
    Error,
    /// The line number and bar before an excerpt of the file.
    Gutter,
    /// `expected:`.
    Expected,
    /// `help:`.
    Help,
}

/// Styles a part of a diagnostic: the text, with escapes around it.
pub type Styler<'a> = &'a dyn Fn(Part, &str) -> String;

/// How diagnostics are shown: the words of the reader's language, how text
/// from the file is made safe for the medium, and how each part is styled.
pub struct Look<'a> {
    pub words: &'a dyn Words,
    /// Makes text from the file inert (control characters made visible on a
    /// terminal): the file name, the key, the excerpt, a suggestion. Applied
    /// before any style is added, so every escape in the result is a style's.
    pub sanitise: &'a dyn Fn(&str) -> String,
    /// Styles a part (colour on a terminal); `None` leaves text plain.
    pub style: Option<Styler<'a>>,
}

impl Look<'_> {
    fn styled(&self, part: Part, text: &str) -> String {
        match self.style {
            Some(style) => style(part, text),
            None => text.to_string(),
        }
    }
}

impl Diagnostic {
    /// This diagnostic as the reader sees it: location, what is wrong, an
    /// excerpt with a caret, what was expected and a suggestion.
    pub fn render(&self, look: &Look<'_>) -> String {
        let (message, expected) = match &self.problem {
            Some(kind) => look.words.problem(kind),
            None => (self.message.clone(), self.expected.clone()),
        };
        let sanitise = look.sanitise;
        // `error: ` but `錯誤：`: a full-width colon carries its own space.
        let term = |term: Term, part: Part| {
            let word = look.words.term(term);
            let space = if word.ends_with('：') { "" } else { " " };
            format!("{}{space}", look.styled(part, &word))
        };
        let mut out = format!(
            "{}: {}",
            look.styled(Part::Location, &sanitise(&self.location())),
            term(Term::Error, Part::Error)
        );
        if let Some(key) = &self.key {
            let _ = write!(out, "`{}`: ", sanitise(key));
        }
        out.push_str(&sanitise(&message));
        if let (Some(shown), Some((number, _))) = (&self.source_line, self.position) {
            let before_caret = display_column(shown, self.caret) - 1;
            let number = number.to_string();
            let bar = |number: &str| look.styled(Part::Gutter, &format!(" {number} | "));
            let _ = write!(out, "\n{}{}", bar(&number), sanitise(shown));
            let _ = write!(
                out,
                "\n{}{}{}",
                bar(&" ".repeat(number.len())),
                " ".repeat(before_caret),
                look.styled(Part::Error, "^")
            );
        }
        if let Some(expected) = expected {
            let expected_term = term(Term::Expected, Part::Expected);
            let _ = write!(out, "\n  {expected_term}{}", sanitise(&expected));
        }
        if let Some(suggestion) = &self.suggestion {
            let _ = write!(
                out,
                "\n  {}{}",
                term(Term::Help, Part::Help),
                look.words.did_you_mean(&sanitise(suggestion))
            );
        }
        out
    }
}

/// Everything wrong with one file, in file order.
#[derive(Clone, Debug, PartialEq)]
pub struct Diagnostics(pub Vec<Diagnostic>);

impl Diagnostics {
    pub fn one(diagnostic: Diagnostic) -> Diagnostics {
        Diagnostics(vec![diagnostic])
    }
}

/// Most problems shown for one file: past these, one line says how many more
/// there are. A megabyte of mistakes must not become gigabytes of messages.
pub const MAX_SHOWN: usize = 100;

/// The first [`MAX_SHOWN`] problems of a file by position, and how many more
/// there were. Memory stays bounded however many problems are added: the list
/// is cut back to the earliest [`MAX_SHOWN`] whenever it reaches twice that.
#[derive(Clone, Debug, Default)]
pub struct Collected {
    kept: Vec<Diagnostic>,
    dropped: usize,
}

impl Collected {
    pub fn push(&mut self, diagnostic: Diagnostic) {
        self.kept.push(diagnostic);
        if self.kept.len() >= 2 * MAX_SHOWN {
            self.cut();
        }
    }

    pub fn is_empty(&self) -> bool {
        self.kept.is_empty() && self.dropped == 0
    }

    /// The problems kept so far (not in order).
    pub fn iter(&self) -> impl Iterator<Item = &Diagnostic> {
        self.kept.iter()
    }

    fn cut(&mut self) {
        self.kept.sort_by_key(|d| d.offset);
        if self.kept.len() > MAX_SHOWN {
            self.dropped += self.kept.len() - MAX_SHOWN;
            self.kept.truncate(MAX_SHOWN);
        }
    }

    /// The problems in file order, located in `source`, with a last line
    /// saying how many more were found when some are not shown.
    pub fn finish(mut self, file: &str, source: &str) -> Diagnostics {
        self.cut();
        locate(source, &mut self.kept);
        if self.dropped > 0 {
            self.kept.push(Diagnostic {
                problem: Some(ProblemKind::MoreProblems {
                    more: self.dropped,
                    shown: MAX_SHOWN,
                }),
                ..Diagnostic::file_level(file, "")
            });
        }
        Diagnostics(self.kept)
    }
}

impl Diagnostics {
    /// Every diagnostic as the reader sees it, one after another.
    pub fn render(&self, look: &Look<'_>) -> String {
        let shown: Vec<String> = self.0.iter().map(|d| d.render(look)).collect();
        shown.join("\n")
    }
}

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

const EXCERPT_CHARS: usize = 80;

/// Works out the line, column and excerpt of every diagnostic that has an
/// offset into `source`, in one pass: the diagnostics are sorted by offset and
/// the file is read once from start to end, so the work is linear in the file
/// size plus a bounded amount per diagnostic.
pub fn locate(source: &str, diagnostics: &mut [Diagnostic]) {
    diagnostics.sort_by_key(|d| d.offset);
    // Where the scan has got to: byte offset, its line, and its column.
    let (mut at, mut line, mut column) = (0usize, 1usize, 1usize);
    for diagnostic in diagnostics.iter_mut() {
        let Some(offset) = diagnostic.offset else {
            continue;
        };
        let offset = char_boundary(source, offset);
        for c in source[at..offset].chars() {
            if c == '\n' {
                line += 1;
                column = 1;
            } else {
                column += 1;
            }
        }
        at = offset;
        let (shown, caret) = excerpt(source, offset);
        diagnostic.position = Some((line, column));
        diagnostic.source_line = Some(shown);
        diagnostic.caret = caret;
    }
}

/// The largest character boundary of `source` at or before `offset`.
fn char_boundary(source: &str, offset: usize) -> usize {
    let mut offset = offset.min(source.len());
    while !source.is_char_boundary(offset) {
        offset -= 1;
    }
    offset
}

/// At most [`EXCERPT_CHARS`] characters of the line holding byte `offset`,
/// around it, with `…` where cut, and the caret's column within the excerpt.
/// Only the characters near `offset` are visited, so a 1 MB line costs no
/// more than a short one. Control characters are dropped (they would move the
/// terminal's cursor).
fn excerpt(source: &str, offset: usize) -> (String, usize) {
    let line_start = source[..offset].rfind('\n').map_or(0, |i| i + 1);
    let keep = |c: &char| !c.is_control();
    // At most EXCERPT_CHARS + 1 characters each side: enough to know whether
    // the line has to be cut, without reading the rest of it.
    let mut chars: Vec<char> = source[line_start..offset]
        .chars()
        .rev()
        .filter(keep)
        .take(EXCERPT_CHARS + 1)
        .collect();
    chars.reverse();
    let column = chars.len();
    chars.extend(
        source[offset..]
            .chars()
            .take_while(|c| *c != '\n')
            .filter(keep)
            .take(EXCERPT_CHARS + 1),
    );
    let start = column
        .saturating_sub(EXCERPT_CHARS / 2)
        .min(chars.len().saturating_sub(EXCERPT_CHARS));
    let end = (start + EXCERPT_CHARS).min(chars.len());
    let mut shown: String = chars[start..end].iter().collect();
    let mut caret = column + 1 - start;
    if start > 0 {
        shown.insert(0, '…');
        caret += 1;
    }
    if end < chars.len() {
        shown.push('…');
    }
    (shown, caret)
}

/// Line and column of any byte offset in bounded time, for many look-ups in
/// no particular order (a parameter set twice names where it was first set):
/// the start of every line, and every [`LineIndex::MARK_BYTES`] bytes a mark
/// of how many characters of its line come before it. A look-up counts
/// characters from the nearest mark, never from the start of a 1 MB line.
#[derive(Clone, Debug)]
pub struct LineIndex {
    line_starts: Vec<usize>,
    /// `(byte offset, characters of its line before it)`, in offset order.
    marks: Vec<(usize, usize)>,
}

impl LineIndex {
    /// Bytes between two marks: the most a look-up reads.
    pub const MARK_BYTES: usize = 4096;

    /// The index of `source`, in one pass.
    pub fn new(source: &str) -> LineIndex {
        let mut line_starts = vec![0];
        let mut marks = Vec::new();
        let mut column = 0;
        let mut next_mark = LineIndex::MARK_BYTES;
        for (at, c) in source.char_indices() {
            if at >= next_mark {
                marks.push((at, column));
                next_mark = at + LineIndex::MARK_BYTES;
            }
            if c == '\n' {
                line_starts.push(at + 1);
                column = 0;
            } else {
                column += 1;
            }
        }
        LineIndex { line_starts, marks }
    }

    /// 1-based line and character column of byte `offset` of `source` (the
    /// text the index was made from).
    pub fn line_column(&self, source: &str, offset: usize) -> (usize, usize) {
        let offset = char_boundary(source, offset);
        let line = self.line_starts.partition_point(|start| *start <= offset);
        let start = self.line_starts[line.saturating_sub(1)];
        let mark = self.marks.partition_point(|(at, _)| *at <= offset);
        let (from, before) = match mark.checked_sub(1).map(|i| self.marks[i]) {
            Some((at, column)) if at >= start => (at, column),
            _ => (start, 0),
        };
        let column = before + source[from..offset].chars().count();
        (line, column + 1)
    }
}

/// 1-based line and character column of byte `offset` in `source` (linear in
/// `offset`: for one place; many go through [`locate`]).
pub fn line_column(source: &str, offset: usize) -> (usize, usize) {
    let mut one = [Diagnostic::spanned("", offset..offset, "")];
    locate(source, &mut one);
    one[0].position.unwrap_or((1, 1))
}

/// Words for the files crate's own tests: the fixed words in English, a
/// problem by its catalogue id (the catalogues live in `levers-report`).
#[cfg(test)]
pub(crate) mod test_words {
    use super::{Look, ProblemKind, Term, Words};

    pub struct Ids;

    impl Words for Ids {
        fn problem(&self, kind: &ProblemKind) -> (String, Option<String>) {
            let expected = kind
                .has_expected()
                .then(|| format!("{}-expected", kind.id()));
            (kind.id().to_string(), expected)
        }
        fn term(&self, term: Term) -> String {
            format!("{term:?}:").to_lowercase()
        }
        fn did_you_mean(&self, suggestion: &str) -> String {
            format!("did you mean `{suggestion}`?")
        }
        fn lever_group(&self, group: levers_core::LeverGroup) -> String {
            group.key().to_string()
        }
        fn lever_field(&self, field: levers_core::LeverField) -> String {
            field.spec().key.to_string()
        }
        fn sector(&self, sector: levers_core::Sector) -> String {
            sector.key().to_string()
        }
        fn lever_help(&self, field: levers_core::LeverField) -> String {
            format!("lever-help-{}", field.spec().key)
        }
    }

    /// `diagnostics` rendered with [`look`].
    pub fn text(diagnostics: &super::Diagnostics) -> String {
        diagnostics.render(&look())
    }

    /// Text kept as it is, worded by [`Ids`].
    pub fn look() -> Look<'static> {
        Look {
            words: &Ids,
            sanitise: &|text: &str| text.to_string(),
            style: None,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use test_words::look;

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
        let text = Diagnostic::at("p.toml", source, at..at + 3, "wrong").render(&look());
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
        let (shown, caret) = excerpt(&line, 1000);
        assert_eq!(shown.chars().count(), EXCERPT_CHARS + 2);
        assert_eq!(shown.chars().nth(caret - 1), Some('!'));
        assert_eq!(excerpt("a\nshort\nb", 4), ("short".to_string(), 3));
    }

    #[test]
    fn the_line_index_agrees_with_counting_from_the_start() {
        let line = "é".repeat(3000) + "x = 1";
        let source = format!("a\n{line}\n{line}\nend");
        let index = LineIndex::new(&source);
        for offset in (0..source.len()).step_by(997).chain([source.len()]) {
            assert_eq!(
                index.line_column(&source, offset),
                line_column(&source, offset),
                "{offset}"
            );
        }
    }

    #[test]
    fn many_problems_are_capped_in_file_order_with_a_count_of_the_rest() {
        let source = "x = 1\n".repeat(1000);
        let mut collected = Collected::default();
        for i in (0..1000).rev() {
            collected.push(Diagnostic::spanned("p.toml", i * 6..i * 6 + 1, "bad"));
        }
        let shown = collected.finish("p.toml", &source).0;
        assert_eq!(shown.len(), MAX_SHOWN + 1);
        assert_eq!(shown[0].position, Some((1, 1)));
        assert_eq!(shown[MAX_SHOWN - 1].position, Some((MAX_SHOWN, 1)));
        assert_eq!(
            shown[MAX_SHOWN].problem,
            Some(ProblemKind::MoreProblems {
                more: 900,
                shown: MAX_SHOWN
            })
        );
    }

    #[test]
    fn locating_many_problems_on_one_long_line_counts_columns_in_one_pass() {
        let source = format!("a = {{{}}}", "1, ".repeat(10_000));
        let mut many: Vec<Diagnostic> = (0..50)
            .map(|i| Diagnostic::spanned("p.toml", 5 + 3 * i..6, "x"))
            .collect();
        locate(&source, &mut many);
        for (i, d) in many.iter().enumerate() {
            assert_eq!(d.position, Some((1, 6 + 3 * i)));
            let shown = d.source_line.as_deref().unwrap_or_default();
            assert!(shown.chars().count() <= EXCERPT_CHARS + 2, "{shown}");
        }
    }

    #[test]
    fn display_names_file_line_column_key_expectation_and_help() {
        let source = "[levers.land]\nrent_subsidy_pt = 3\n";
        let text = Diagnostic::at("p.toml", source, 14..29, "unknown key")
            .key("levers.land.rent_subsidy_pt")
            .expected("one of rent_subsidy_pct, start")
            .suggestion(Some("rent_subsidy_pct".into()))
            .render(&look());
        assert!(text.starts_with("p.toml:2:1: error: `levers.land.rent_subsidy_pt`: unknown key"));
        assert!(text.contains("expected: one of rent_subsidy_pct, start"));
        assert!(text.contains("help: did you mean `rent_subsidy_pct`?"));
        assert!(text.contains(" 2 | rent_subsidy_pt = 3"));
        assert!(text.contains("\n   | ^\n"), "{text}");
    }

    #[test]
    fn a_rule_problem_is_worded_when_shown_with_its_expectation() {
        let source = "[levers.land]\nrent_subsidy_pct = 95\n";
        let kind = ProblemKind::LeverOutOfRange {
            field: levers_core::LeverField::RentSubsidyPct,
            value: 95.0,
        };
        let mut shown = vec![Diagnostic::problem("p.toml", 33..35, kind)];
        locate(source, &mut shown);
        let text = Diagnostics(shown).render(&look());
        assert_eq!(
            text,
            "p.toml:2:20: error: lever-out-of-range\n 2 | rent_subsidy_pct = 95\n   |                    ^\n  expected: lever-out-of-range-expected"
        );
    }

    #[test]
    fn text_from_the_file_is_made_inert_before_parts_are_styled() {
        let look = Look {
            words: &test_words::Ids,
            sanitise: &|text: &str| text.replace('\u{1b}', "\\u{1b}"),
            style: Some(&|part: Part, text: &str| format!("<{part:?}>{text}</>")),
        };
        let text = Diagnostic::file_level("a\u{1b}[31m.toml", "unknown key")
            .key("x\u{1b}")
            .render(&look);
        assert!(!text.contains('\u{1b}'), "{text}");
        assert_eq!(
            text,
            "<Location>a\\u{1b}[31m.toml</>: <Error>error:</> `x\\u{1b}`: unknown key"
        );
    }
}
