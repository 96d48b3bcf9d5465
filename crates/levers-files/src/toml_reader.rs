//! Reading a TOML document key by key, with positions, collecting every problem
//! rather than stopping at the first, each as a [`ProblemKind`] the catalogues word.
//! Shared by the policy, baseline, history and settings readers.

use std::collections::{BTreeMap, BTreeSet};
use std::ops::Range;

use toml::Spanned;
use toml::de::{DeTable, DeValue};

use levers_core::ProblemKind;
use levers_core::problem_kind::{ChoiceOf, DataFile, Expected, Found};

use crate::diagnostic::{Collected, Diagnostic, Diagnostics, LineIndex, locate, suggest};

pub type Value<'s> = Spanned<DeValue<'s>>;

pub struct Reader<'s> {
    file: &'s str,
    source: &'s str,
    /// The first problems by position (bounded: see [`Collected`]).
    problems: Collected,
    /// Every key that failed to read, kept or not (value rules on them are skipped).
    failed_keys: BTreeSet<String>,
    /// Whether a problem without a key was found (then value rules are skipped).
    keyless_problem: bool,
    /// Byte offset of each line's start, built when first needed.
    line_index: Option<LineIndex>,
    /// Where each dotted key's value is, for problems found after reading.
    pub spans: BTreeMap<String, Range<usize>>,
    /// Whether to fill `spans`: a reader whose caller finds no problems after
    /// reading (the baseline, settings) skips the allocation per value.
    keep_spans: bool,
}

impl<'s> Reader<'s> {
    /// Parses `source`; a syntax error is returned at once (nothing else can be read).
    pub fn parse(
        file: &'s str,
        source: &'s str,
    ) -> Result<(Reader<'s>, Spanned<DeTable<'s>>), Diagnostics> {
        match DeTable::parse(source) {
            Ok(root) => Ok((
                Reader {
                    file,
                    source,
                    problems: Collected::default(),
                    failed_keys: BTreeSet::new(),
                    keyless_problem: false,
                    line_index: None,
                    spans: BTreeMap::new(),
                    keep_spans: true,
                },
                root,
            )),
            Err(error) => {
                let span = error.span().unwrap_or(0..0);
                let kind = ProblemKind::NotValidToml {
                    message: error.message().trim().to_string(),
                };
                let mut one = vec![Diagnostic::problem(file, span, kind)];
                locate(source, &mut one);
                Err(Diagnostics(one))
            }
        }
    }

    /// Stops recording where values are (see `keep_spans`); problems found
    /// while reading still carry their own positions.
    #[must_use]
    pub fn without_spans(mut self) -> Self {
        self.keep_spans = false;
        self
    }

    fn note_span(&mut self, path: &str, span: Range<usize>) {
        if self.keep_spans {
            self.spans.insert(path.to_string(), span);
        }
    }

    /// Adds a problem made with [`Diagnostic::spanned`] (it is located in
    /// the source only if it is among those shown).
    pub fn push(&mut self, diagnostic: Diagnostic) {
        match &diagnostic.key {
            Some(key) => {
                self.failed_keys.insert(key.clone());
            }
            None => self.keyless_problem = true,
        }
        self.problems.push(diagnostic);
    }

    /// 1-based line and character column of byte `offset` ([`LineIndex`],
    /// built once: each look-up reads at most a few KiB, however long the line).
    pub fn line_column(&mut self, offset: usize) -> (usize, usize) {
        let source = self.source;
        self.line_index
            .get_or_insert_with(|| LineIndex::new(source))
            .line_column(source, offset)
    }

    /// Every key that failed to read.
    pub fn failed_keys(&self) -> &BTreeSet<String> {
        &self.failed_keys
    }

    /// Whether any problem was found that is not tied to a key.
    pub fn has_keyless_problem(&self) -> bool {
        self.keyless_problem
    }

    /// The problems found so far, in file order and located.
    pub fn into_problems(self) -> Diagnostics {
        self.problems.finish(self.file, self.source)
    }

    /// Problems in file order; `Err` if there are any.
    pub fn finish(self) -> Result<BTreeMap<String, Range<usize>>, Diagnostics> {
        if self.problems.is_empty() {
            Ok(self.spans)
        } else {
            Err(self.problems.finish(self.file, self.source))
        }
    }

    pub fn file(&self) -> &'s str {
        self.file
    }

    pub fn source(&self) -> &'s str {
        self.source
    }

    /// Reports every key of `table` not in `allowed`, suggesting the nearest.
    pub fn check_keys(&mut self, table: &DeTable<'_>, path: &str, allowed: &[&str]) {
        for (key, _) in table {
            let name = key.get_ref().as_ref();
            if !allowed.contains(&name) {
                let full = join(path, name);
                let unknown = ProblemKind::UnknownKey {
                    key: name.to_string(),
                    table: path.to_string(),
                    allowed: allowed.iter().map(|a| (*a).to_string()).collect(),
                };
                let diagnostic = Diagnostic::problem(self.file, key.span(), unknown)
                    .key(full)
                    .suggestion(suggest(name, allowed.iter().copied()));
                self.push(diagnostic);
            }
        }
    }

    /// Reports a missing key that must be present.
    pub fn require<'t, 'v>(
        &mut self,
        table: &'t Spanned<DeTable<'v>>,
        path: &str,
        key: &str,
        expected: Expected,
    ) -> Option<&'t Value<'v>> {
        self.require_in(table.get_ref(), table.span(), path, key, expected)
    }

    /// [`Reader::require`] for a table read out of its value (`span` is
    /// where the table is).
    pub fn require_in<'t, 'v>(
        &mut self,
        table: &'t DeTable<'v>,
        span: Range<usize>,
        path: &str,
        key: &str,
        expected: Expected,
    ) -> Option<&'t Value<'v>> {
        let found = get(table, key);
        if found.is_none() {
            let missing = ProblemKind::MissingKey {
                key: key.to_string(),
                table: path.to_string(),
                expected,
            };
            self.push_problem(span.start..span.start, &join(path, key), missing);
        }
        found
    }

    /// The `format` of `file`, if it is one of those this version reads
    /// (`supported`); otherwise the problem is reported and there is none.
    pub fn format(
        &mut self,
        root: &Spanned<DeTable<'_>>,
        file: DataFile,
        supported: &[i64],
    ) -> Option<i64> {
        let expected = Expected::Format(file);
        let value = self.require(root, "", "format", expected.clone())?;
        let format = self.integer(value, "format", expected)?;
        if !supported.contains(&format) {
            let unknown = ProblemKind::UnknownFormat { format, file };
            self.push_problem(value.span(), "format", unknown);
            return None;
        }
        Some(format)
    }

    /// Adds `kind` at `span`, for the key at `path` (none when empty).
    pub fn push_problem(&mut self, span: Range<usize>, path: &str, kind: ProblemKind) {
        let mut diagnostic = Diagnostic::problem(self.file, span, kind);
        if !path.is_empty() {
            diagnostic = diagnostic.key(path);
        }
        self.push(diagnostic);
    }

    pub fn table<'t, 'v>(&mut self, value: &'t Value<'v>, path: &str) -> Option<&'t DeTable<'v>> {
        self.note_span(path, value.span());
        match value.get_ref() {
            DeValue::Table(table) => Some(table),
            _ => self.wrong_type(value, path, Expected::Table),
        }
    }

    /// Reports `value` as not what was `expected` (`found a float (3.5)`).
    pub fn wrong_type<T>(
        &mut self,
        value: &Value<'_>,
        path: &str,
        expected: Expected,
    ) -> Option<T> {
        let wrong = ProblemKind::WrongType {
            found: found(value.get_ref()),
            expected,
        };
        self.push_problem(value.span(), path, wrong);
        None
    }

    /// A finite number (an integer is accepted where a float is expected).
    pub fn number(&mut self, value: &Value<'_>, path: &str, expected: Expected) -> Option<f64> {
        self.note_span(path, value.span());
        let parsed = match value.get_ref() {
            DeValue::Float(float) => without_underscores(float.as_str()).parse::<f64>().ok(),
            DeValue::Integer(int) => whole(int).map(|i| i as f64),
            _ => return self.wrong_type(value, path, expected),
        };
        match parsed {
            Some(number) if number.is_finite() => Some(number),
            _ => {
                let raw = match value.get_ref() {
                    DeValue::Float(float) => float.as_str().to_string(),
                    _ => "this value".to_string(),
                };
                let kind = ProblemKind::NotANumber { raw, expected };
                self.push_problem(value.span(), path, kind);
                None
            }
        }
    }

    /// A year: a whole number that fits the model's years.
    pub fn year(&mut self, value: &Value<'_>, path: &str, expected: Expected) -> Option<i32> {
        let year = self.integer(value, path, expected.clone())?;
        let fits = i32::try_from(year).ok();
        if fits.is_none() {
            let kind = ProblemKind::IntegerTooLarge { expected };
            self.push_problem(value.span(), path, kind);
        }
        fits
    }

    /// A whole number (floats such as `2030.0` are rejected: years and counts are integers).
    pub fn integer(&mut self, value: &Value<'_>, path: &str, expected: Expected) -> Option<i64> {
        self.note_span(path, value.span());
        match value.get_ref() {
            DeValue::Integer(int) => {
                let parsed = whole(int);
                if parsed.is_none() {
                    let kind = ProblemKind::IntegerTooLarge { expected };
                    self.push_problem(value.span(), path, kind);
                }
                parsed
            }
            _ => self.wrong_type(value, path, expected),
        }
    }

    /// One of a fixed list of words (`kind = "rd_grants"`, `funding =
    /// "reserves"`): the value it names, or a problem that lists them all and
    /// suggests the closest.
    pub fn choice<T: Copy, const N: usize>(
        &mut self,
        value: &Value<'_>,
        path: &str,
        choices: [T; N],
        key: fn(T) -> &'static str,
    ) -> Option<T> {
        let text = self.text(value, path)?;
        let found = choices.into_iter().find(|c| key(*c) == text);
        if found.is_none() {
            self.unknown_choice(value, path, &text, &choices.map(key), ChoiceOf::Value);
        }
        found
    }

    /// Reports `found`, the text of `value`, as none of the words `allowed`
    /// (which name a thing `of` a kind), suggesting the closest.
    pub fn unknown_choice(
        &mut self,
        value: &Value<'_>,
        path: &str,
        found: &str,
        allowed: &[&str],
        of: ChoiceOf,
    ) {
        let unknown = ProblemKind::UnknownChoice {
            found: found.to_string(),
            allowed: allowed.iter().map(|k| (*k).to_string()).collect(),
            of,
        };
        let diagnostic = Diagnostic::problem(self.file, value.span(), unknown)
            .key(path)
            .suggestion(suggest(found, allowed.iter().copied()));
        self.push(diagnostic);
    }

    pub fn text(&mut self, value: &Value<'_>, path: &str) -> Option<String> {
        self.note_span(path, value.span());
        match value.get_ref() {
            DeValue::String(text) => Some(text.to_string()),
            _ => self.wrong_type(value, path, Expected::Text),
        }
    }
}

/// A TOML integer's value, in any radix; `None` when too large for 64 bits.
fn whole(int: &toml::de::DeInteger<'_>) -> Option<i64> {
    i64::from_str_radix(&without_underscores(int.as_str()), int.radix()).ok()
}

/// `digits` without TOML's `_` separators, copied only when it has some.
fn without_underscores(digits: &str) -> std::borrow::Cow<'_, str> {
    if digits.contains('_') {
        std::borrow::Cow::Owned(digits.replace('_', ""))
    } else {
        std::borrow::Cow::Borrowed(digits)
    }
}

/// The value at `key` in `table`.
pub fn get<'t, 's>(table: &'t DeTable<'s>, key: &str) -> Option<&'t Value<'s>> {
    table
        .iter()
        .find(|(k, _)| k.get_ref().as_ref() == key)
        .map(|(_, v)| v)
}

pub fn join(path: &str, key: &str) -> String {
    if path.is_empty() {
        key.to_string()
    } else {
        format!("{path}.{key}")
    }
}

/// Most characters of a text a `found text ("…")` echoes.
const FOUND_CHARS: usize = 40;

/// `text` as `found text ("…")` echoes it: whole when short, else its first
/// [`FOUND_CHARS`] characters and `…`, so a cut text does not read as whole.
fn cut(text: &str) -> String {
    let mut shown: String = text.chars().take(FOUND_CHARS).collect();
    if text.chars().nth(FOUND_CHARS).is_some() {
        shown.push('…');
    }
    shown
}

/// `a float (3.5)`, `text ("abc")`, `an array`, ...
pub fn found(value: &DeValue<'_>) -> Found {
    match value {
        DeValue::String(s) => Found::Text(cut(s)),
        DeValue::Integer(i) => Found::Integer(i.to_string()),
        DeValue::Float(f) => Found::Float(f.to_string()),
        DeValue::Boolean(b) => Found::Boolean(*b),
        DeValue::Datetime(d) => Found::DateTime(d.to_string()),
        DeValue::Array(_) => Found::Array,
        DeValue::Table(_) => Found::Table,
    }
}
