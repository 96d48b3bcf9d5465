//! The Summary sheet a workbook of `compare` or `brief` opens on: the options
//! side by side over one window (to the target year) — settings, the share
//! with its p10–p90 band, the chances, jobs, the cost windows, present value
//! and cost per net job — with number formats, the bottom line in words and a
//! chart of the share; and the contents sheet mapping sheets to packages.
//!
//! Each figure has a key in column B that names its year or window
//! (`cost_to_2032_hkd_bn`), so a script reading the sheet knows what it has.

use rust_xlsxwriter::{Chart, ChartType, Format, Worksheet, XlsxError};

use super::text;
use crate::Evaluated;
use crate::brief::{Brief, OptionRow, bottom_line};
use crate::i18n::Lang;

/// Row of the header (option titles) on the Summary sheet; figures follow.
/// The first row, so a table reader (`pandas.read_excel`, Power Query) takes
/// it as the header and each option's column holds numbers only; the words
/// (title, window, files, bottom line, what would have to be true, glossary)
/// come after the table, in column A, unmerged.
pub const HEADER_ROW: u32 = 0;
/// First column holding an option's figures (A: label, B: key).
pub const FIRST_OPTION_COLUMN: u16 = 2;

/// How a figure is shown in Excel.
#[derive(Clone, Copy)]
enum Shown {
    Share,
    Probability,
    Count,
    Money,
    Hkd,
}

impl Shown {
    fn format(self) -> Format {
        Format::new().set_num_format(match self {
            Shown::Share => "0.00",
            Shown::Probability => "0%",
            Shown::Count | Shown::Hkd => "#,##0",
            Shown::Money => "#,##0.0",
        })
    }
}

/// One row of figures: label, key, how shown, and the value of each option.
struct Figure {
    label: String,
    key: String,
    shown: Shown,
    value: fn(&OptionRow, usize) -> Option<f64>,
    /// The threshold's index for the chance rows.
    index: usize,
}

fn figure(
    label: String,
    key: String,
    shown: Shown,
    value: fn(&OptionRow, usize) -> Option<f64>,
) -> Figure {
    Figure {
        label,
        key,
        shown,
        value,
        index: 0,
    }
}

/// The keys and labels of the figures, in the order of the brief's table.
fn figures(lang: Lang, brief: &Brief) -> Vec<Figure> {
    let Some(first) = brief.rows.first() else {
        return Vec::new();
    };
    let year = first.target_year.to_string();
    let from = brief.window_from.to_string();
    let label = |id: &str| lang.format(id, &[("year", &year), ("from", &from)]);
    let mut rows = vec![
        figure(
            label("brief-row-share"),
            format!("share_{year}_pct"),
            Shown::Share,
            |r, _| Some(r.share_pct),
        ),
        figure(
            "p10".to_string(),
            format!("share_{year}_p10_pct"),
            Shown::Share,
            |r, _| Some(r.share_p10_pct),
        ),
        figure(
            "p90".to_string(),
            format!("share_{year}_p90_pct"),
            Shown::Share,
            |r, _| Some(r.share_p90_pct),
        ),
        figure(
            lang.format(
                "brief-row-met",
                &[
                    ("target", &format!("{}", first.target_share_pct)),
                    ("year", &year),
                ],
            ),
            format!("probability_target_met_{year}"),
            Shown::Probability,
            |r, _| Some(r.probability_met),
        ),
    ];
    for (index, threshold) in brief.thresholds_pct.iter().enumerate() {
        rows.push(Figure {
            index,
            ..figure(
                lang.format(
                    "brief-row-at-least",
                    &[("threshold", &format!("{threshold}")), ("year", &year)],
                ),
                format!("probability_share_at_least_{threshold}_pct_{year}"),
                Shown::Probability,
                |r, i| r.probability_at_least.get(i).copied(),
            )
        });
    }
    rows.extend([
        figure(
            label("brief-row-jobs"),
            format!("manufacturing_jobs_{year}"),
            Shown::Count,
            |r, _| Some(r.manufacturing_jobs),
        ),
        figure(
            label("brief-row-direct-jobs"),
            format!("direct_jobs_added_{year}"),
            Shown::Count,
            |r, _| Some(r.direct_jobs_added),
        ),
        figure(
            label("brief-row-net-jobs"),
            format!("net_jobs_added_{year}"),
            Shown::Count,
            |r, _| Some(r.net_jobs_added),
        ),
        figure(
            label("brief-row-cost"),
            format!("cost_to_{year}_hkd_bn"),
            Shown::Money,
            |r, _| Some(r.cost_hkd_bn),
        ),
        figure(
            "p10".to_string(),
            format!("cost_to_{year}_p10_hkd_bn"),
            Shown::Money,
            |r, _| Some(r.cost_p10_hkd_bn),
        ),
        figure(
            "p90".to_string(),
            format!("cost_to_{year}_p90_hkd_bn"),
            Shown::Money,
            |r, _| Some(r.cost_p90_hkd_bn),
        ),
        figure(
            label("brief-row-present-value"),
            format!("cost_to_{year}_present_value_hkd_bn"),
            Shown::Money,
            |r, _| Some(r.cost_present_value_hkd_bn),
        ),
        figure(
            lang.text("summary-per-job-hkd"),
            format!("cost_per_net_job_to_{year}_hkd"),
            Shown::Hkd,
            |r, _| r.cost_per_net_job_hkd,
        ),
    ]);
    rows
}

/// Writes the Summary sheet of `brief`.
pub fn sheet(
    lang: Lang,
    sheet: &mut Worksheet,
    name: &str,
    brief: &Brief,
) -> Result<(), XlsxError> {
    sheet.set_name(name)?;
    let Some(first) = brief.rows.first() else {
        return Ok(());
    };
    let bold = Format::new().set_bold();
    let grey = Format::new().set_font_color("#666666");
    sheet.set_column_width(0, 44)?;
    sheet.set_column_width(1, 36)?;
    sheet.write_string_with_format(HEADER_ROW, 0, lang.text("summary-figure"), &bold)?;
    sheet.write_string_with_format(HEADER_ROW, 1, "key", &bold)?;
    let header = Format::new().set_bold().set_text_wrap();
    for (i, row) in brief.rows.iter().enumerate() {
        let col = FIRST_OPTION_COLUMN + i as u16;
        sheet.write_string_with_format(HEADER_ROW, col, text(&row.title), &header)?;
        sheet.set_column_width(col, 18)?;
    }
    let mut r = HEADER_ROW + 1;
    let figures = figures(lang, brief);
    let share_row = r;
    for figure in &figures {
        sheet.write_string(r, 0, &figure.label)?;
        sheet.write_string_with_format(r, 1, &figure.key, &grey)?;
        let format = figure.shown.format();
        for (i, row) in brief.rows.iter().enumerate() {
            if let Some(value) = (figure.value)(row, figure.index).filter(|v| v.is_finite()) {
                sheet.write_number_with_format(
                    r,
                    FIRST_OPTION_COLUMN + i as u16,
                    value,
                    &format,
                )?;
            }
        }
        r += 1;
    }
    sheet.set_freeze_panes(HEADER_ROW + 1, FIRST_OPTION_COLUMN)?;

    // The words, one paragraph a row in column A (long rows run on over the
    // empty cells to their right): nothing merged, nothing in the figures'
    // columns, so the table above stays a table.
    r += 1;
    sheet.write_string_with_format(
        r,
        0,
        lang.format(
            "brief-title",
            &[
                ("target", &format!("{}", first.target_share_pct)),
                ("year", &first.target_year.to_string()),
            ],
        ),
        &Format::new().set_bold().set_font_size(14),
    )?;
    r += 1;
    sheet.write_string(
        r,
        0,
        lang.format_counts(
            "brief-window",
            &[
                ("from", &brief.window_from.to_string()),
                ("year", &first.target_year.to_string()),
                ("base", &brief.base_year.to_string()),
                ("draws", &crate::format::thousands(first.draws as f64)),
                ("seed", &first.seed.to_string()),
            ],
            &[("draw_count", first.draws as i64)],
        ),
    )?;
    for row in &brief.rows {
        r += 1;
        sheet.write_string(
            r,
            0,
            text(&crate::brackets::with_note(lang, &row.title, &row.file)),
        )?;
    }
    r += 2;
    sheet.write_string_with_format(r, 0, lang.text("brief-bottom-line"), &bold)?;
    for sentence in bottom_line(brief).iter().filter(|s| !s.is_empty()) {
        r += 1;
        sheet.write_string(r, 0, text(sentence))?;
    }
    if !brief.what_would_have_to_be_true.is_empty() {
        r += 2;
        sheet.write_string_with_format(r, 0, lang.text("brief-have-to-be-true"), &bold)?;
        for sentence in &brief.what_would_have_to_be_true {
            r += 1;
            sheet.write_string(r, 0, text(sentence))?;
        }
    }
    r += 2;
    for sentence in crate::brief::glossary(lang, Some(first.target_year)) {
        sheet.write_string(r, 0, text(&sentence.replace("**", "")))?;
        r += 1;
    }

    let mut chart = Chart::new(ChartType::Column);
    chart.title().set_name(
        lang.format(
            "brief-row-share",
            &[("year", &first.target_year.to_string())],
        )
        .as_str(),
    );
    chart.legend().set_hidden();
    let last_col = FIRST_OPTION_COLUMN + brief.rows.len().max(1) as u16 - 1;
    chart
        .add_series()
        .set_categories((name, HEADER_ROW, FIRST_OPTION_COLUMN, HEADER_ROW, last_col))
        .set_values((name, share_row, FIRST_OPTION_COLUMN, share_row, last_col));
    chart.set_width(560).set_height(300);
    // Beside the table, so it hides none of the words below it.
    sheet.insert_chart(HEADER_ROW, last_col + 2, &chart)?;
    Ok(())
}

/// The contents sheet: each sheet's name and what it holds (a package's title
/// and file, or what the sheet is for).
pub fn contents(
    lang: Lang,
    sheet: &mut Worksheet,
    name: &str,
    entries: &[(String, String, String)],
) -> Result<(), XlsxError> {
    sheet.set_name(name)?;
    let bold = Format::new().set_bold();
    for (col, id) in ["contents-sheet", "contents-holds", "summary-file"]
        .into_iter()
        .enumerate()
    {
        sheet.write_string_with_format(0, col as u16, lang.text(id), &bold)?;
    }
    for (i, (sheet_name, holds, file)) in entries.iter().enumerate() {
        let r = 1 + i as u32;
        sheet.write_url_with_text(
            r,
            0,
            format!("internal:'{}'!A1", sheet_name.replace('\'', "''")).as_str(),
            text(sheet_name),
        )?;
        sheet.write_string(r, 1, text(holds))?;
        sheet.write_string(r, 2, text(file))?;
    }
    sheet.set_column_width(0, 34)?;
    sheet.set_column_width(1, 48)?;
    sheet.set_column_width(2, 40)?;
    Ok(())
}

/// What a package's sheet holds, for the contents sheet.
pub fn package_entry(
    lang: Lang,
    sheet_name: &str,
    title: &str,
    package: &Evaluated<'_>,
) -> (String, String, String) {
    (
        sheet_name.to_string(),
        lang.format("contents-package", &[("title", title)]),
        package.file.clone(),
    )
}
