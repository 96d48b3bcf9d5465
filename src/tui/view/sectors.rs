//! The per-sector table: value added in the base and target years, manufacturing
//! jobs, and the difference from the comparison.

use levers_core::{MANUFACTURING_COUNT, Sector, YearOutcome};
use ratatui::buffer::Buffer;
use ratatui::layout::{Constraint, Rect};
use ratatui::style::{Modifier, Style};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Cell, Row, Table, Widget};

use super::theme;
use crate::format::{signed, thousands};
use crate::tui::app::App;

/// Ten sectors, a header, two borders.
pub const HEIGHT: u16 = Sector::ALL.len() as u16 + 3;

fn at(app: &App, year: i32) -> YearOutcome {
    app.projection.year(year).copied().unwrap_or_default()
}

pub fn render(app: &App, area: Rect, buf: &mut Buffer) {
    let base_year = app.projection.base_year;
    let year = app.projection.target.year;
    let base = at(app, base_year);
    let now = at(app, year);
    let other = app
        .compare
        .as_ref()
        .and_then(|c| c.projection.year(year).copied());
    let mut header = vec![
        "Sector".to_string(),
        format!("VA {base_year}"),
        format!("VA {year}"),
        "% GDP".to_string(),
        format!("Jobs {base_year}"),
        format!("Jobs {year}"),
    ];
    // With a comparison, its difference replaces the base-year jobs.
    const BASE_JOBS: usize = 4;
    if other.is_some() {
        header.remove(BASE_JOBS);
        header.push("Δ VA".to_string());
    }
    let rows: Vec<Row<'_>> = Sector::ALL
        .into_iter()
        .map(|sector| {
            let i = sector.index();
            let jobs = |outcome: &YearOutcome| {
                if i < MANUFACTURING_COUNT {
                    thousands(outcome.sector_jobs[i])
                } else {
                    "–".to_string()
                }
            };
            let share_pct = if now.gdp_hkd_bn > 0.0 {
                100.0 * now.sector_value_added_hkd_bn[i] / now.gdp_hkd_bn
            } else {
                0.0
            };
            let mut cells = vec![
                sector.label().to_string(),
                format!("{:.1}", base.sector_value_added_hkd_bn[i]),
                format!("{:.1}", now.sector_value_added_hkd_bn[i]),
                format!("{share_pct:.2}"),
                jobs(&base),
                jobs(&now),
            ];
            if let Some(o) = &other {
                cells.remove(BASE_JOBS);
                cells.push(signed(
                    now.sector_value_added_hkd_bn[i] - o.sector_value_added_hkd_bn[i],
                    1,
                ));
            }
            let style = if sector.is_manufacturing() {
                Style::new()
            } else {
                theme::label()
            };
            Row::new(cells.into_iter().enumerate().map(|(column, text)| {
                if column == 0 {
                    Cell::from(text)
                } else {
                    Cell::from(Line::from(text).right_aligned())
                }
            }))
            .style(style)
        })
        .collect();
    let mut widths = vec![
        Constraint::Max(24),
        Constraint::Length(8),
        Constraint::Length(8),
        Constraint::Length(6),
        Constraint::Length(9),
        Constraint::Length(9),
    ];
    if other.is_some() {
        widths.remove(BASE_JOBS);
        widths.push(Constraint::Length(8));
    }
    Table::new(rows, widths)
        .header(
            Row::new(header.into_iter().enumerate().map(|(column, text)| {
                if column == 0 {
                    Cell::from(text)
                } else {
                    Cell::from(Line::from(text).right_aligned())
                }
            }))
            .style(Style::new().add_modifier(Modifier::BOLD)),
        )
        .block(
            Block::bordered()
                .border_style(theme::border())
                .title(Span::styled(
                    format!(" Sectors: value added HK$ bn, jobs in {year} "),
                    theme::title(),
                )),
        )
        .render(area, buf);
}
