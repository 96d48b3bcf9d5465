//! The KPI strip: the target-year figures that matter, and their deltas against
//! the comparison when there is one.

use levers_core::{Projection, YearOutcome};
use ratatui::buffer::Buffer;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::style::Style;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Paragraph, Widget};

use super::theme;
use crate::tui::app::App;
use levers_report::format::{money, money_bn, signed, signed_as, thousands};

const CELLS: usize = 6;
/// Narrowest a KPI cell may be before the strip wraps into two rows.
const MIN_CELL_WIDTH: u16 = 13;

fn columns(width: u16) -> usize {
    if width >= MIN_CELL_WIDTH * CELLS as u16 {
        CELLS
    } else {
        CELLS / 2
    }
}

/// Lines the strip needs at `width`.
pub fn height(width: u16, comparing: bool) -> u16 {
    let rows = (CELLS / columns(width)) as u16;
    rows * if comparing { 3 } else { 2 }
}

struct Kpi {
    label: String,
    /// The label where `label` does not fit the cell.
    short_label: Option<String>,
    value: String,
    style: Style,
    delta: Option<String>,
}

fn at_target_year(projection: &Projection) -> YearOutcome {
    projection
        .year(projection.target.year)
        .or_else(|| projection.last())
        .copied()
        .unwrap_or_default()
}

fn kpis(app: &App) -> Vec<Kpi> {
    let p = app.projection();
    let t = p.target;
    let now = at_target_year(p);
    let other = app.compare().first().map(|c| at_target_year(&c.projection));
    let delta = |f: &dyn Fn(&YearOutcome) -> String| other.as_ref().map(f);
    let (mark, share_style) = if t.met {
        ("✓", theme::met())
    } else {
        ("✗", theme::missed())
    };
    let year = t.year;
    let lang = app.lang;
    let hkd = |value: f64| money(lang, value);
    let hkd_bn = |value_bn: f64| money_bn(lang, value_bn);
    vec![
        Kpi {
            label: app.lang.format("kpi-share", &[("year", &year.to_string())]),
            value: format!(
                "{}% {mark} {}%",
                levers_report::format::share_near_target(t.projected_share_pct, t.share_pct),
                t.share_pct
            ),
            short_label: None,
            style: share_style,
            delta: delta(&|o| {
                format!(
                    "{} {}",
                    signed(now.manufacturing_share_pct - o.manufacturing_share_pct, 2),
                    lang.unit("pp")
                )
            }),
        },
        Kpi {
            label: app.lang.format("kpi-jobs", &[("year", &year.to_string())]),
            short_label: Some(app.lang.text("kpi-jobs-short")),
            value: thousands(now.manufacturing_jobs),
            style: Style::new(),
            delta: delta(&|o| signed_as(thousands, now.manufacturing_jobs - o.manufacturing_jobs)),
        },
        Kpi {
            label: app.lang.text("kpi-sectors"),
            value: format!("{:.2}", now.effective_sectors),
            short_label: None,
            style: Style::new(),
            delta: delta(&|o| signed(now.effective_sectors - o.effective_sectors, 2)),
        },
        Kpi {
            label: app
                .lang
                .format("kpi-cost-year", &[("year", &year.to_string())]),
            value: hkd_bn(now.fiscal_cost_hkd_bn),
            short_label: None,
            style: Style::new(),
            delta: delta(&|o| signed_as(hkd_bn, now.fiscal_cost_hkd_bn - o.fiscal_cost_hkd_bn)),
        },
        Kpi {
            label: app
                .lang
                .format("kpi-cost-to", &[("year", &year.to_string())]),
            value: hkd_bn(now.cumulative_fiscal_cost_hkd_bn),
            short_label: None,
            style: Style::new(),
            delta: delta(&|o| {
                signed_as(
                    hkd_bn,
                    now.cumulative_fiscal_cost_hkd_bn - o.cumulative_fiscal_cost_hkd_bn,
                )
            }),
        },
        Kpi {
            label: app.lang.text("kpi-per-job"),
            value: now
                .cost_per_net_job_hkd
                .map_or_else(|| "–".to_string(), hkd),
            short_label: None,
            style: Style::new(),
            delta: delta(
                &|o| match (now.cost_per_net_job_hkd, o.cost_per_net_job_hkd) {
                    (Some(a), Some(b)) => signed_as(hkd, a - b),
                    _ => "–".to_string(),
                },
            ),
        },
    ]
}

pub fn render(app: &App, area: Rect, buf: &mut Buffer) {
    let columns = columns(area.width);
    let comparing = !app.compare().is_empty();
    let cell_height = if comparing { 3 } else { 2 };
    let row_rects =
        Layout::vertical(vec![Constraint::Length(cell_height); CELLS / columns]).split(area);
    let kpis = kpis(app);
    for (row, row_rect) in row_rects.iter().enumerate() {
        let cells = Layout::horizontal(vec![Constraint::Ratio(1, columns as u32); columns])
            .split(*row_rect);
        for (column, cell) in cells.iter().enumerate() {
            let Some(kpi) = kpis.get(row * columns + column) else {
                continue;
            };
            let label = match &kpi.short_label {
                Some(short)
                    if Line::from(kpi.label.as_str()).width() >= usize::from(cell.width) =>
                {
                    short
                }
                _ => &kpi.label,
            };
            let mut lines = vec![
                Line::from(Span::styled(format!(" {label}"), theme::label())),
                Line::from(Span::styled(
                    format!(" {}", kpi.value),
                    kpi.style.add_modifier(ratatui::style::Modifier::BOLD),
                )),
            ];
            if let Some(delta) = &kpi.delta {
                lines.push(Line::from(Span::styled(
                    format!(" {delta}"),
                    Style::new().fg(theme::COMPARE),
                )));
            }
            Paragraph::new(lines).render(*cell, buf);
        }
    }
}
