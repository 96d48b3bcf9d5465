//! The per-sector table: value added in the base and target years, share of GDP,
//! manufacturing jobs, and the difference from the comparison. Columns are
//! dropped, least important first, when the table is narrow.

use levers_core::{MANUFACTURING_COUNT, Sector, YearOutcome};
use ratatui::buffer::Buffer;
use ratatui::layout::{Constraint, Rect};
use ratatui::style::{Modifier, Style};
use ratatui::text::Line;
use ratatui::widgets::{Cell, Row, Table, Widget};

use super::theme;
use crate::tui::app::App;
use levers_report::format::{fit, signed, thousands};

/// Ten sectors, a header, two borders.
pub const HEIGHT: u16 = Sector::ALL.len() as u16 + 3;
/// Room kept for sector names: whole names on wide tables, a stub on narrow ones.
fn name_width(width: u16) -> u16 {
    if width >= 60 { 19 } else { 14 }
}

/// A numeric column: its title, width, and the text of each sector's cell.
struct Column {
    title: String,
    width: u16,
    /// Lower keeps the column on narrower screens.
    priority: u8,
    cells: Vec<String>,
}

fn at(app: &App, year: i32) -> YearOutcome {
    app.projection().year(year).copied().unwrap_or_default()
}

fn jobs(outcome: &YearOutcome, i: usize) -> String {
    if i < MANUFACTURING_COUNT {
        thousands(outcome.sector_jobs[i])
    } else {
        "–".to_string()
    }
}

/// Every column that could be shown, in display order.
fn columns(app: &App) -> Vec<Column> {
    let base_year = app.projection().base_year;
    let year = app.projection().target.year;
    let lang = app.lang;
    let base = at(app, base_year);
    let now = at(app, year);
    let each = |f: &dyn Fn(usize) -> String| (0..Sector::ALL.len()).map(f).collect::<Vec<_>>();
    let mut columns = vec![
        Column {
            title: lang.format("tui-va", &[("year", &base_year.to_string())]),
            width: 8,
            priority: 4,
            cells: each(&|i| format!("{:.1}", base.sector_value_added_hkd_bn[i])),
        },
        Column {
            title: lang.format("tui-va", &[("year", &year.to_string())]),
            width: 8,
            priority: 0,
            cells: each(&|i| format!("{:.1}", now.sector_value_added_hkd_bn[i])),
        },
        Column {
            title: lang.text("tui-share-of-gdp"),
            width: 6,
            priority: 3,
            cells: each(&|i| {
                let share = if now.gdp_hkd_bn > 0.0 {
                    100.0 * now.sector_value_added_hkd_bn[i] / now.gdp_hkd_bn
                } else {
                    0.0
                };
                format!("{share:.2}")
            }),
        },
        Column {
            title: lang.format("tui-jobs-in", &[("year", &base_year.to_string())]),
            width: 9,
            priority: 5,
            cells: each(&|i| jobs(&base, i)),
        },
        Column {
            title: lang.format("tui-jobs-in", &[("year", &year.to_string())]),
            width: 9,
            priority: 1,
            cells: each(&|i| jobs(&now, i)),
        },
    ];
    if let Some(other) = app.compare().first().and_then(|c| c.projection.year(year)) {
        columns.push(Column {
            title: format!("Δ {}", lang.text("tui-va-change")),
            width: 8,
            priority: 2,
            cells: each(&|i| {
                signed(
                    now.sector_value_added_hkd_bn[i] - other.sector_value_added_hkd_bn[i],
                    1,
                )
            }),
        });
    }
    columns
}

/// The columns that fit in `width` beside the names, most important first.
fn fitting(mut columns: Vec<Column>, width: u16) -> Vec<Column> {
    let mut by_priority: Vec<u8> = columns.iter().map(|c| c.priority).collect();
    by_priority.sort_unstable();
    let mut room = width.saturating_sub(name_width(width));
    let mut kept = Vec::new();
    for priority in by_priority {
        if let Some(column) = columns.iter().find(|c| c.priority == priority)
            && column.width < room
        {
            room -= column.width + 1;
            kept.push(priority);
        }
    }
    columns.retain(|c| kept.contains(&c.priority));
    columns
}

fn right(text: String) -> Cell<'static> {
    Cell::from(Line::from(text).right_aligned())
}

pub fn render(app: &App, area: Rect, buf: &mut Buffer) {
    let year = app.projection().target.year;
    let title = app
        .lang
        .format("tui-sectors-title", &[("year", &year.to_string())]);
    let block = theme::panel(&title);
    let inner_width = block.inner(area).width;
    let columns = fitting(columns(app), inner_width);
    // The names' column: what the numbers leave, up to 24; a name cut to it
    // ends in `…`, as everywhere else.
    let numbers: u16 = columns.iter().map(|c| c.width + 1).sum();
    let names = usize::from(inner_width.saturating_sub(numbers).min(24));
    let name = |sector: Sector| {
        let label = app.lang.sector(sector);
        if unicode_width::UnicodeWidthStr::width(label.as_str()) <= names {
            label
        } else {
            fit(&label, names).trim_end().to_string()
        }
    };
    let header = std::iter::once(Cell::from(app.lang.text("tui-sector")))
        .chain(columns.iter().map(|c| right(c.title.clone())));
    let rows: Vec<Row<'_>> = Sector::ALL
        .into_iter()
        .map(|sector| {
            let cells = std::iter::once(Cell::from(name(sector))).chain(
                columns
                    .iter()
                    .map(|c| right(c.cells[sector.index()].clone())),
            );
            let style = if sector.is_manufacturing() {
                Style::new()
            } else {
                theme::label()
            };
            Row::new(cells).style(style)
        })
        .collect();
    let widths = std::iter::once(Constraint::Max(24))
        .chain(columns.iter().map(|c| Constraint::Length(c.width)));
    Table::new(rows, widths)
        .header(Row::new(header).style(Style::new().add_modifier(Modifier::BOLD)))
        .block(block)
        .render(area, buf);
}
