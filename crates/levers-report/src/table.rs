//! `eval --format table|markdown`: the headline series per year, and the target
//! check in words.

use std::fmt::Write;

use levers_core::{Projection, YearOutcome};
use unicode_width::UnicodeWidthStr;

use super::{Evaluated, sanitise};
use crate::format::{money, thousands};
use crate::i18n::Lang;

struct Column {
    /// The header's id in the message catalogue ([`crate::i18n`]).
    title: &'static str,
    cell: fn(Lang, &YearOutcome) -> String,
}

const COLUMNS: &[Column] = &[
    Column {
        title: "table-year",
        cell: |_, y| y.year.to_string(),
    },
    Column {
        title: "table-share",
        cell: |_, y| format!("{:.2}", y.manufacturing_share_pct),
    },
    Column {
        title: "table-value-added",
        cell: |_, y| format!("{:.1}", y.manufacturing_value_added_hkd_bn),
    },
    Column {
        title: "table-jobs",
        cell: |_, y| thousands(y.manufacturing_jobs),
    },
    Column {
        title: "table-net-jobs",
        cell: |_, y| thousands(y.net_jobs_added),
    },
    Column {
        title: "table-sectors",
        cell: |_, y| format!("{:.3}", y.effective_sectors),
    },
    Column {
        title: "table-cost",
        cell: |_, y| format!("{:.2}", y.fiscal_cost_hkd_bn),
    },
    Column {
        title: "table-cumulative",
        cell: |_, y| format!("{:.1}", y.cumulative_fiscal_cost_hkd_bn),
    },
    Column {
        title: "table-limit",
        cell: crate::format::limits,
    },
];

/// Text for one package: title, target sentence, and the yearly table.
pub fn package(lang: Lang, evaluated: &Evaluated<'_>, markdown: bool) -> String {
    let mut out = String::new();
    let projection = evaluated.projection;
    if markdown {
        let _ = writeln!(
            out,
            "## {}\n",
            crate::brackets::with_note(
                lang,
                &sanitise::markdown(&evaluated.policy.name),
                &sanitise::markdown_code(&evaluated.file)
            )
        );
    } else {
        // One line: a name or file name cannot forge another line of results.
        let _ = writeln!(
            out,
            "{}",
            crate::brackets::with_note(
                lang,
                &sanitise::xml(&evaluated.policy.name),
                &sanitise::xml(&evaluated.file)
            )
        );
    }
    let _ = writeln!(out, "{}", target_sentence(lang, projection));
    let _ = writeln!(out, "{}", needs_sentence(lang, projection));
    if markdown {
        out.push('\n');
    }
    let rows: Vec<Vec<String>> = projection
        .years
        .iter()
        .map(|y| COLUMNS.iter().map(|c| (c.cell)(lang, y)).collect())
        .collect();
    let titles: Vec<String> = COLUMNS.iter().map(|c| lang.text(c.title)).collect();
    out.push_str(&table_for(&titles, &rows, markdown));
    out
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
    let first = match t.first_year_met {
        Some(year) => lang.format("target-first-met", &[("year", &year.to_string())]),
        None => lang.text("target-never-met"),
    };
    lang.format(
        "target-sentence",
        &[
            ("share", &format!("{:.1}", t.share_pct)),
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

/// A Markdown table, or an aligned text table: words left, numbers right.
pub fn table_for(titles: &[String], rows: &[Vec<String>], markdown: bool) -> String {
    if markdown {
        markdown_table(titles, rows)
    } else {
        text_table(titles, rows)
    }
}

/// Columns separated by two spaces: numbers right-aligned, words left-aligned.
pub fn text_table(titles: &[String], rows: &[Vec<String>]) -> String {
    let left: Vec<bool> = (0..titles.len())
        .map(|i| rows.iter().any(|r| starts_with_a_word(&r[i])))
        .collect();
    aligned_table(titles, rows, &left)
}

/// Columns separated by two spaces, each left-aligned where `left` says so and
/// right-aligned otherwise. Widths are terminal columns (`unicode-width`), so a
/// name in Chinese lines up with one in English.
pub fn aligned_table(titles: &[String], rows: &[Vec<String>], left: &[bool]) -> String {
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

pub fn markdown_table(titles: &[String], rows: &[Vec<String>]) -> String {
    let mut out = String::new();
    let _ = writeln!(out, "| {} |", titles.join(" | "));
    // Words left-aligned, numbers right-aligned, as in the text tables.
    let alignments: String = (0..titles.len())
        .map(|i| {
            let words = rows
                .iter()
                .any(|r| r.get(i).is_some_and(|cell| starts_with_a_word(cell)));
            if words { ":---|" } else { "---:|" }
        })
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
