//! Errors in a user's file: where (<file:line:column>), which key, what was wrong,
//! what was expected, and a suggestion when a key looks misspelt. Shown as
//! compilers show theirs: a GNU first line, then the line of the file with the
//! mistake underlined, drawn by annotate-snippets.

use std::ops::Range;

use annotate_snippets::renderer::{
    DEFAULT_EMPHASIS_STYLE, DEFAULT_ERROR_STYLE, DEFAULT_HELP_STYLE, DEFAULT_NOTE_STYLE, Style,
};
use annotate_snippets::{AnnotationKind, Group, Level, Renderer, Snippet};
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
    /// What is wrong, when no rule says it (a file that cannot be read, in
    /// the operating system's words); empty when [`Diagnostic::problem`] does.
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
    /// The bytes of `source_line` to underline: the offending key or value,
    /// as much of it as the excerpt shows (empty: a point).
    pub underline: Range<usize>,
    /// Byte range of the problem in the source, kept until the line and
    /// column are worked out ([`locate`]): those are computed once, for the
    /// problems shown, in one pass over the file.
    pub span: Option<Range<usize>>,
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
            underline: 0..0,
            span: None,
        }
    }

    /// A rule's problem with the file as a whole, worded when shown.
    pub fn file_problem(file: &str, kind: ProblemKind) -> Diagnostic {
        Diagnostic {
            problem: Some(kind),
            ..Diagnostic::file_level(file, "")
        }
    }

    /// A problem at byte range `span` of a source, located later by [`locate`]
    /// (cheap: nothing is counted or copied from the source).
    pub fn spanned(file: &str, span: Range<usize>, message: impl Into<String>) -> Diagnostic {
        Diagnostic {
            span: Some(span),
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

    /// Where the problem starts in the source, for putting problems in file
    /// order (problems of the whole file first).
    fn start(&self) -> Option<usize> {
        self.span.as_ref().map(|span| span.start)
    }

    /// `file:line:column` (or just the file).
    pub fn location(&self) -> String {
        match self.position {
            Some((line, column)) => format!("{}:{line}:{column}", self.file),
            None => self.file.clone(),
        }
    }
}

/// How diagnostics are shown: the words of the reader's language, how text
/// from the file is made safe for the medium, and whether it is coloured.
pub struct Look<'a> {
    pub words: &'a dyn Words,
    /// Makes text from the file inert (control characters made visible on a
    /// terminal): the file name, the key, the excerpt, a suggestion. Applied
    /// before any style is added, so every escape in the result is a style's.
    pub sanitise: &'a dyn Fn(&str) -> String,
    /// Colour as compilers do (on a terminal); plain text otherwise.
    pub colour: bool,
}

impl Diagnostic {
    /// This diagnostic as the reader sees it: a first line in the GNU form
    /// `file:line:column: error: message` that editors and scripts parse, then
    /// annotate-snippets' excerpt with the problem underlined and the
    /// expectation and suggestion as its footers.
    pub fn render(&self, look: &Look<'_>) -> String {
        let (message, expected) = match &self.problem {
            Some(kind) => look.words.problem(kind),
            None => (self.message.clone(), self.expected.clone()),
        };
        let sanitise = look.sanitise;
        let paint = |style: Style, text: &str| {
            if look.colour {
                format!("{style}{text}{style:#}")
            } else {
                text.to_string()
            }
        };
        // `error: ` but `錯誤：`: a full-width colon carries its own space.
        let term = |term: Term, style: Style| {
            let word = look.words.term(term);
            let space = if word.ends_with('：') { "" } else { " " };
            format!("{}{space}", paint(style, &word))
        };
        let location = sanitise(&self.location());
        let mut out = format!(
            "{}: {}",
            paint(DEFAULT_EMPHASIS_STYLE, &location),
            term(Term::Error, DEFAULT_ERROR_STYLE)
        );
        if let Some(key) = &self.key {
            let key = levers_core::problem_kind::echoed(key);
            out.push_str(&format!("`{}`: ", sanitise(&key)));
        }
        out.push_str(&sanitise(&message));
        let mut group = Group::with_level(Level::ERROR);
        if let (Some(shown), Some((number, _))) = (&self.source_line, self.position) {
            // Each part made inert on its own, so that the underline's range
            // is counted in the text shown.
            let (at, end) = (self.underline.start, self.underline.end);
            let (before, marked) = (sanitise(&shown[..at]), sanitise(&shown[at..end]));
            let underline = before.len()..before.len() + marked.len();
            let snippet = Snippet::source(before + &marked + &sanitise(&shown[end..]));
            let marked = AnnotationKind::Primary.span(underline);
            group = group.element(snippet.line_start(number).annotation(marked));
        }
        let expected = expected.map(|e| term(Term::Expected, DEFAULT_NOTE_STYLE) + &sanitise(&e));
        let help = self.suggestion.as_ref().map(|suggestion| {
            term(Term::Help, DEFAULT_HELP_STYLE) + &look.words.did_you_mean(&sanitise(suggestion))
        });
        let footers = expected.into_iter().chain(help);
        group = group.elements(footers.map(|footer| Level::NOTE.no_name().message(footer)));
        if !group.is_empty() {
            let renderer = if look.colour {
                Renderer::styled()
            } else {
                Renderer::plain()
            };
            out.push('\n');
            out.push_str(&renderer.term_width(TERM_WIDTH).render(&[group]));
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
        self.kept
            .sort_by_key(|d| d.span.as_ref().map(|span| span.start));
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

/// Most characters of a line shown in an excerpt (a megabyte line is cut).
const EXCERPT_CHARS: usize = 80;

/// The width annotate-snippets may fill: wider than any excerpt, so the
/// excerpt is cut here, by [`EXCERPT_CHARS`], and nowhere else.
const TERM_WIDTH: usize = 4096;

/// Works out the line, column and excerpt of every diagnostic that has a
/// span in `source`, in one pass: the diagnostics are sorted by offset and
/// the file is read once from start to end, so the work is linear in the file
/// size plus a bounded amount per diagnostic.
pub fn locate(source: &str, diagnostics: &mut [Diagnostic]) {
    diagnostics.sort_by_key(Diagnostic::start);
    // Where the scan has got to: byte offset, its line, and its column.
    let (mut at, mut line, mut column) = (0usize, 1usize, 1usize);
    for diagnostic in diagnostics.iter_mut() {
        let Some(span) = &diagnostic.span else {
            continue;
        };
        let offset = char_boundary(source, span.start);
        for c in source[at..offset].chars() {
            if c == '\n' {
                line += 1;
                column = 1;
            } else {
                column += 1;
            }
        }
        at = offset;
        let (shown, underline) = excerpt(source, offset..char_boundary(source, span.end));
        diagnostic.position = Some((line, column));
        diagnostic.source_line = Some(shown);
        diagnostic.underline = underline;
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

/// At most [`EXCERPT_CHARS`] characters of the line where byte range `span`
/// starts, around its start, with `…` where cut, and the bytes of the excerpt
/// that `span` covers (up to the end of the line or of the excerpt).
/// Only the characters near the start are visited, so a 1 MB line costs no
/// more than a short one. Control characters are dropped (they would move the
/// terminal's cursor).
fn excerpt(source: &str, span: Range<usize>) -> (String, Range<usize>) {
    let offset = span.start;
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
    let after = source[offset..]
        .char_indices()
        .take_while(|(_, c)| *c != '\n');
    let mut marked = 0;
    for (at, c) in after.filter(|(_, c)| keep(c)).take(EXCERPT_CHARS + 1) {
        chars.push(c);
        marked += usize::from(offset + at < span.end);
    }
    let start = column
        .saturating_sub(EXCERPT_CHARS / 2)
        .min(chars.len().saturating_sub(EXCERPT_CHARS));
    let end = (start + EXCERPT_CHARS).min(chars.len());
    let to = column + marked.min(end.saturating_sub(column));
    let text = |range: Range<usize>| chars[range].iter().collect::<String>();
    let before = if start > 0 { "…" } else { "" }.to_string() + &text(start..column);
    let marked = text(column..to);
    let after = text(to..end) + if end < chars.len() { "…" } else { "" };
    let underline = before.len()..before.len() + marked.len();
    (before + &marked + &after, underline)
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
            colour: false,
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
    fn long_lines_are_shown_as_an_excerpt_around_the_column() {
        let line = "x".repeat(1000) + "!" + &"y".repeat(1000);
        let (shown, underline) = excerpt(&line, 1000..1001);
        assert_eq!(shown.chars().count(), EXCERPT_CHARS + 2);
        assert_eq!(&shown[underline], "!");
        assert_eq!(excerpt("a\nshort\nb", 4..5), ("short".to_string(), 2..3));
        // A span past the line (a whole table) is underlined to the line's end.
        assert_eq!(excerpt("[a]\nb = 1\n", 0..11), ("[a]".to_string(), 0..3));
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
        assert_eq!(
            text,
            "p.toml:2:1: error: `levers.land.rent_subsidy_pt`: unknown key
  |
2 | rent_subsidy_pt = 3
  | ^^^^^^^^^^^^^^^
  |
  = expected: one of rent_subsidy_pct, start
  = help: did you mean `rent_subsidy_pct`?"
        );
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
            "p.toml:2:20: error: lever-out-of-range
  |
2 | rent_subsidy_pct = 95
  |                    ^^
  |
  = expected: lever-out-of-range-expected"
        );
    }

    #[test]
    fn text_from_the_file_is_made_inert_and_underlined_as_shown() {
        let source = "name = \"\u{202e}x\"\n";
        let look = Look {
            sanitise: &|text: &str| text.replace('\u{1b}', "<ESC>").replace('\u{202e}', "<RLO>"),
            ..look()
        };
        let text = Diagnostic::at("a\u{1b}[31m.toml", source, 8..14, "odd name")
            .key("x\u{1b}")
            .render(&look);
        assert_eq!(
            text,
            "a<ESC>[31m.toml:1:9: error: `x<ESC>`: odd name\n  |\n1 | name = \"<RLO>x\"\n  |         ^^^^^^^"
        );
    }
}
