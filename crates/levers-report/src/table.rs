//! The tables people read (`--format table|markdown`): each analysis describes
//! its human columns once ([`Shown`]: a title in the reader's language, an
//! alignment, how a cell is shown, and whether it comes from a file), and
//! [`tabulate`] makes the aligned text table or the Markdown table from that one
//! description, making text from files inert for each medium. The machine
//! columns (CSV, JSON, the data dictionary) are [`crate::columns`]. Also here:
//! `eval`'s yearly table and the target check in words.

use std::fmt::Write;

use levers_core::{Projection, YearOutcome};
use unicode_width::UnicodeWidthStr;

use super::{Evaluated, sanitise};
use crate::format::{money, thousands};
use crate::i18n::Lang;

/// How a column lines up, in a terminal and in Markdown alike.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Align {
    /// Words: names, labels, sources.
    Left,
    /// Figures.
    Right,
    /// Left when a cell starts with a word, right when every cell is a figure
    /// (`eval`'s limit column reads `none` or names the limit).
    ByContent,
}

/// What a column's cells are, so that each medium shows them safely.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Content {
    /// Written by levers (figures, catalogue words): shown as they are.
    Program,
    /// Text from a file (a name, a label, a source): one visible line in a
    /// terminal, cut to `width` columns when given; escaped in Markdown.
    FromFile { width: Option<usize> },
    /// An identifier from a file: one visible line in a terminal, a code span
    /// in Markdown (escaped instead where a backtick could break out).
    Identifier,
    /// Program text shown as code in Markdown (a bar): a code span whose `|`
    /// is escaped, since GFM splits a table cell at it even inside code.
    Code,
}

/// How a human column shows a row of type `R`.
pub type ShowCell<'a, R> = Box<dyn Fn(&R) -> String + 'a>;

/// One column of a table people read.
pub struct Shown<'a, R> {
    /// The title, already in the reader's language.
    pub title: String,
    /// The title is a name from a file (an `explain` measure's label).
    pub title_from_file: bool,
    pub align: Align,
    pub content: Content,
    /// Words levers writes before a cell from a file (`[A] `); not escaped.
    pub prefix: fn(&R) -> &'static str,
    pub show: ShowCell<'a, R>,
}

impl<'a, R> Shown<'a, R> {
    /// A column of program text (figures, catalogue words).
    pub fn new(title: impl Into<String>, align: Align, show: impl Fn(&R) -> String + 'a) -> Self {
        Shown {
            title: title.into(),
            title_from_file: false,
            align,
            content: Content::Program,
            prefix: |_| "",
            show: Box::new(show),
        }
    }

    /// A column of words, left-aligned.
    pub fn left(title: impl Into<String>, show: impl Fn(&R) -> String + 'a) -> Self {
        Shown::new(title, Align::Left, show)
    }

    /// A column of figures, right-aligned.
    pub fn right(title: impl Into<String>, show: impl Fn(&R) -> String + 'a) -> Self {
        Shown::new(title, Align::Right, show)
    }

    /// The column's cells are text from a file.
    #[must_use]
    pub fn from_file(self) -> Self {
        self.holding(Content::FromFile { width: None })
    }

    /// The column's cells are text from a file, cut to `width` in a terminal.
    #[must_use]
    pub fn from_file_fitted(self, width: usize) -> Self {
        self.holding(Content::FromFile { width: Some(width) })
    }

    /// The column's cells are `content`.
    #[must_use]
    pub fn holding(mut self, content: Content) -> Self {
        self.content = content;
        self
    }

    /// The column's title is a name from a file.
    #[must_use]
    pub fn title_from_file(mut self) -> Self {
        self.title_from_file = true;
        self
    }

    /// Words levers writes before each cell from a file.
    #[must_use]
    pub fn prefixed(mut self, prefix: fn(&R) -> &'static str) -> Self {
        self.prefix = prefix;
        self
    }

    /// `row`'s cell in the medium.
    fn cell(&self, row: &R, markdown: bool) -> String {
        let text = (self.show)(row);
        let inert = match (self.content, markdown) {
            (Content::Program, _) | (Content::Code, false) => text,
            (Content::FromFile { width: Some(width) }, false) => {
                crate::format::fit(&inert(&text, false), width)
            }
            (Content::FromFile { .. }, _) | (Content::Identifier, false) => inert(&text, markdown),
            (Content::Identifier, true) => sanitise::markdown_code(&text),
            (Content::Code, true) => format!("`{}`", text.replace('|', "\\|")),
        };
        match (self.prefix)(row) {
            "" => inert,
            prefix => format!("{prefix}{inert}"),
        }
    }

    /// The title in the medium.
    fn shown_title(&self, markdown: bool) -> String {
        if self.title_from_file {
            inert(&self.title, markdown)
        } else {
            self.title.clone()
        }
    }
}

/// Text from a file made inert for the medium: escaped in Markdown (no tag,
/// link, emphasis or extra cell), one visible line in a terminal.
pub fn inert(text: &str, markdown: bool) -> String {
    if markdown {
        sanitise::markdown(text)
    } else {
        sanitise::xml(text).into_owned()
    }
}

/// A package's name and file made inert for the medium: in Markdown the file
/// is a code span (escaped instead where a backtick could break out); in a
/// terminal each is one visible line, so neither can forge a line of results.
pub fn name_and_file(name: &str, file: &str, markdown: bool) -> (String, String) {
    let file = if markdown {
        sanitise::markdown_code(file)
    } else {
        inert(file, false)
    };
    (inert(name, markdown), file)
}

/// A title that names a package and its file (`{ $name }`, `{ $file }`),
/// each made inert for the medium ([`name_and_file`]).
pub fn titled(lang: Lang, key: &str, name: &str, file: &str, markdown: bool) -> String {
    let (name, file) = name_and_file(name, file, markdown);
    lang.format(key, &[("name", &name), ("file", &file)])
}

/// The titles and cells of `rows`, made inert for Markdown or a terminal.
pub fn cells<R>(
    columns: &[Shown<'_, R>],
    rows: &[R],
    markdown: bool,
) -> (Vec<String>, Vec<Vec<String>>) {
    let titles = columns.iter().map(|c| c.shown_title(markdown)).collect();
    let cells = rows
        .iter()
        .map(|row| columns.iter().map(|c| c.cell(row, markdown)).collect())
        .collect();
    (titles, cells)
}

/// The table of `rows`: Markdown, or text aligned in a terminal's columns.
pub fn tabulate<R>(columns: &[Shown<'_, R>], rows: &[R], markdown: bool) -> String {
    let (titles, cells) = cells(columns, rows, markdown);
    let left: Vec<bool> = columns
        .iter()
        .enumerate()
        .map(|(i, column)| match column.align {
            Align::Left => true,
            Align::Right => false,
            Align::ByContent => words_in(&cells, i),
        })
        .collect();
    if markdown {
        markdown_aligned(&titles, &cells, &left)
    } else {
        aligned_table(&titles, &cells, &left)
    }
}

/// Whether a cell of column `i` starts with a word.
fn words_in(rows: &[Vec<String>], i: usize) -> bool {
    rows.iter()
        .any(|r| r.get(i).is_some_and(|cell| starts_with_a_word(cell)))
}

/// The columns of `eval`'s yearly table.
fn year_columns(lang: Lang) -> Vec<Shown<'static, YearOutcome>> {
    let figure = |title: &str, show: fn(&YearOutcome) -> String| {
        Shown::new(lang.text(title), Align::Right, show)
    };
    vec![
        figure("table-year", |y| y.year.to_string()),
        figure("table-share", |y| {
            format!("{:.2}", y.manufacturing_share_pct)
        }),
        figure("table-value-added", |y| {
            format!("{:.1}", y.manufacturing_value_added_hkd_bn)
        }),
        figure("table-jobs", |y| thousands(y.manufacturing_jobs)),
        figure("table-net-jobs", |y| thousands(y.net_jobs_added)),
        figure("table-sectors", |y| format!("{:.3}", y.effective_sectors)),
        figure("table-cost", |y| format!("{:.2}", y.fiscal_cost_hkd_bn)),
        figure("table-cumulative", |y| {
            format!("{:.1}", y.cumulative_fiscal_cost_hkd_bn)
        }),
        Shown::new(lang.text("table-limit"), Align::ByContent, move |y| {
            crate::format::limits(lang, y)
        }),
    ]
}

/// Text for one package: title, target sentence, and the yearly table.
pub fn package(lang: Lang, evaluated: &Evaluated<'_>, markdown: bool) -> String {
    let mut out = String::new();
    let projection = evaluated.projection;
    let (name, file) = name_and_file(&evaluated.policy.name, &evaluated.file, markdown);
    let heading = crate::brackets::with_note(lang, &name, &file);
    let _ = writeln!(
        out,
        "{}",
        if markdown {
            format!("## {heading}\n")
        } else {
            heading
        }
    );
    let _ = writeln!(out, "{}", target_sentence(lang, projection));
    let _ = writeln!(out, "{}", needs_sentence(lang, projection));
    if let Some(sites) = sites_sentence(lang, projection) {
        let _ = writeln!(out, "{sites}");
    }
    if markdown {
        out.push('\n');
    }
    out.push_str(&year_table(lang, projection, markdown));
    out
}

/// The year-by-year table alone (a report says the sentences above it in
/// its brief, once).
pub fn year_table(lang: Lang, projection: &Projection, markdown: bool) -> String {
    tabulate(&year_columns(lang), &projection.years, markdown)
}

/// When a target missed in its year was reached in a projected year before,
/// the first year of the run of years below it that ends in the target year.
pub fn fell_below(projection: &Projection) -> Option<i32> {
    let t = projection.target;
    if t.met {
        return None;
    }
    let projected: Vec<_> = projection
        .years
        .iter()
        .skip(1)
        .take_while(|y| y.year <= t.year)
        .collect();
    let last_reached = projected
        .iter()
        .rposition(|y| y.manufacturing_share_pct >= t.share_pct)?;
    projected.get(last_reached + 1).map(|y| y.year)
}

/// "Target 5.0% of GDP by 2032: projected 3.21% — short by 1.79 pp; first met in 2034."
pub fn target_sentence(lang: Lang, projection: &Projection) -> String {
    let t = projection.target;
    let verdict = if t.met {
        lang.format("target-met", &[("pp", &format!("{:.2}", -t.gap_pp))])
    } else if t.gap_pp < 0.005 {
        lang.text("target-short-tiny")
    } else {
        lang.format("target-short", &[("pp", &format!("{:.2}", t.gap_pp))])
    };
    let first = match (t.first_year_met, fell_below(projection)) {
        (Some(year), _) => lang.format("target-first-met", &[("year", &year.to_string())]),
        (None, Some(year)) => lang.format("target-fell-below", &[("year", &year.to_string())]),
        (None, None) => lang.text("target-never-met"),
    };
    lang.format(
        "target-sentence",
        &[
            ("share", &crate::format::as_typed_one_decimal(t.share_pct)),
            ("year", &t.year.to_string()),
            (
                "projected",
                &crate::format::share_near_target(t.projected_share_pct, t.share_pct),
            ),
            ("verdict", &verdict),
            ("first", &first),
        ],
    )
}

/// What the target would take in its year, in workers and land.
pub fn needs_sentence(lang: Lang, projection: &Projection) -> String {
    let n = projection.target_needs;
    lang.format(
        "needs-sentence",
        &[
            ("value_added", &money(lang, n.value_added_hkd_bn * 1e9)),
            ("year", &projection.target.year.to_string()),
            ("jobs", &thousands(n.jobs_at_projected_productivity)),
            ("base_jobs", &thousands(n.jobs_at_base_productivity)),
            ("floor_space", &thousands(n.floor_space_m2)),
            ("land", &thousands(n.additional_land_ha)),
        ],
    )
}

/// Where the land released by the target year has gone (MODEL.md §3.3):
/// taken up by plants that need a site, or serviced and vacant; `None` when
/// the package releases none by then.
pub fn sites_sentence(lang: Lang, projection: &Projection) -> Option<String> {
    let year = projection
        .year(projection.target.year)
        .or(projection.last())?;
    (year.land_released_ha > 0.0).then(|| {
        lang.format(
            "sites-sentence",
            &[
                ("year", &year.year.to_string()),
                ("released", &thousands(year.land_released_ha)),
                ("taken", &thousands(year.sites_taken_up_ha)),
                ("vacant", &thousands(year.sites_vacant_ha)),
            ],
        )
    })
}

/// Columns separated by two spaces: numbers right-aligned, words left-aligned.
pub fn text_table(titles: &[String], rows: &[Vec<String>]) -> String {
    let left: Vec<bool> = (0..titles.len()).map(|i| words_in(rows, i)).collect();
    aligned_table(titles, rows, &left)
}

/// Columns separated by two spaces, each left-aligned where `left` says so and
/// right-aligned otherwise. Widths are terminal columns (`unicode-width`), so a
/// name in Chinese lines up with one in English.
fn aligned_table(titles: &[String], rows: &[Vec<String>], left: &[bool]) -> String {
    let widths: Vec<usize> = (0..titles.len())
        .map(|i| {
            rows.iter()
                .map(|r| r[i].width())
                .chain([titles[i].width()])
                .max()
                .unwrap_or(0)
        })
        .collect();
    let mut out = String::new();
    for row in std::iter::once(titles).chain(rows.iter().map(Vec::as_slice)) {
        let cells: Vec<String> = row
            .iter()
            .zip(widths.iter().zip(left))
            .map(|(cell, (width, left))| {
                let padding = " ".repeat(width.saturating_sub(cell.width()));
                if *left {
                    format!("{cell}{padding}")
                } else {
                    format!("{padding}{cell}")
                }
            })
            .collect();
        let _ = writeln!(out, "{}", cells.join("  ").trim_end());
    }
    out
}

/// The words that stand for a figure ("never", "none") in every language,
/// looked up once: every cell of a table asks.
fn not_labels() -> &'static [String] {
    static WORDS: std::sync::OnceLock<Vec<String>> = std::sync::OnceLock::new();
    WORDS.get_or_init(|| {
        crate::i18n::Lang::ALL
            .iter()
            .flat_map(|lang| [lang.text("compare-never"), lang.text("compare-none")])
            .collect()
    })
}

/// A label rather than a figure: "Rent subsidy", not "HK$3.4 m", "+1.2 pp" or "never".
fn starts_with_a_word(cell: &str) -> bool {
    let mut chars = cell.chars();
    match (chars.next(), chars.next()) {
        (Some(first), Some(second)) => {
            first.is_alphabetic()
                && second.is_alphabetic()
                && !cell.starts_with("HK$")
                && !not_labels().iter().any(|word| cell == word)
        }
        _ => false,
    }
}

/// A Markdown table: words left-aligned, numbers right-aligned, as in the text
/// tables.
pub fn markdown_table(titles: &[String], rows: &[Vec<String>]) -> String {
    let left: Vec<bool> = (0..titles.len()).map(|i| words_in(rows, i)).collect();
    markdown_aligned(titles, rows, &left)
}

/// A Markdown table, each column left-aligned where `left` says so.
pub(crate) fn markdown_aligned(titles: &[String], rows: &[Vec<String>], left: &[bool]) -> String {
    let mut out = String::new();
    let _ = writeln!(out, "| {} |", titles.join(" | "));
    let alignments: String = left
        .iter()
        .map(|left| if *left { ":---|" } else { "---:|" })
        .collect();
    let _ = writeln!(out, "|{alignments}");
    for row in rows {
        let _ = writeln!(out, "| {} |", row.join(" | "));
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn one_description_makes_both_tables_with_text_from_a_file_inert_in_each() {
        let columns = vec![
            Shown::left("Name", |r: &(&str, f64)| r.0.to_string())
                .from_file()
                .prefixed(|_| "[A] "),
            Shown::right("Value", |r: &(&str, f64)| format!("{:.1}", r.1)),
            Shown::right("Bar", |_: &(&str, f64)| "█|█".to_string()).holding(Content::Code),
        ];
        let rows = [("a|*b*\u{1b}", 1.5)];
        assert_eq!(
            tabulate(&columns, &rows, true),
            "| Name | Value | Bar |\n|:---|---:|---:|\n| [A] a\\|\\*b\\*\\\\u{1b} | 1.5 | `█\\|█` |\n"
        );
        assert_eq!(
            tabulate(&columns, &rows, false),
            "Name             Value  Bar\n[A] a|*b*\\u{1b}    1.5  █|█\n"
        );
    }

    #[test]
    fn markdown_tables_align_words_left_and_numbers_right() {
        let titles = vec!["Package".to_string(), "Share".to_string()];
        let rows = vec![vec!["Blueprint".to_string(), "5.01".to_string()]];
        let table = markdown_table(&titles, &rows);
        assert_eq!(table.lines().nth(1), Some("|:---|---:|"), "{table}");
    }

    #[test]
    fn a_chinese_name_lines_up_with_an_english_one() {
        let titles = vec!["Package".to_string(), "Share".to_string()];
        let rows = vec![
            vec!["藍圖".to_string(), "5.01 %".to_string()],
            vec!["Blueprint".to_string(), "5.01 %".to_string()],
        ];
        let table = text_table(&titles, &rows);
        let widths: Vec<usize> = table.lines().map(UnicodeWidthStr::width).collect();
        assert_eq!(widths, [17, 17, 17], "{table}");
    }
}
