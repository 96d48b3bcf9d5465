//! Where each region of the screen goes: three layouts, chosen by the
//! terminal's size. Drawing and the mouse's hit map both start from here.

use ratatui::layout::{Constraint, Layout, Rect};

use super::{attribution, kpi, levers, sectors, status};
use crate::tui::app::{App, Panel};

/// Where each region of the screen goes at a given size. Regions that do not fit
/// are `None`.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Regions {
    pub title: Rect,
    pub kpis: Rect,
    pub levers: Rect,
    pub share_chart: Option<Rect>,
    pub jobs_chart: Option<Rect>,
    pub diversification_chart: Option<Rect>,
    pub sectors: Option<Rect>,
    pub attribution: Option<Rect>,
    pub detail: Option<Rect>,
    pub fiscal: Option<Rect>,
    pub status: Rect,
}

/// The fewest rows the share chart is drawn in under the levers, when Detail
/// or the purse has the right column.
const SHARE_UNDER_LEVERS: u16 = 5;

/// Splits the screen. Three layouts, chosen by size:
///
/// ```text
/// wide (≥ 110×34)                          compact (≥ 70×22)
/// ┌ title ─────────────────────────────┐   ┌ title ─────────────────────┐
/// │ KPI strip (3 lines)                │   │ KPI strip                  │
/// ├ levers ──────┬ share of GDP ───────┤   ├ levers ──────┬ share ──────┤
/// │              │                     │   │              │             │
/// │              ├ jobs ──┬ diversif. ─┤   │              ├ Tab panel ──┤
/// ├ attribution ─┤        │            │   │              │ (jobs, attr-│
/// ├ detail ──────┼ sectors (or, after  ┤   ├ detail ──────┤ ibution, div│
/// │              │ Tab, public purse)  │   │              │ sectors...) │
/// ├ status ──────┴─────────────────────┤   ├ status ──────┴─────────────┤
///
/// narrow (≥ 40×12): title, KPIs in two rows, levers, then the share chart
/// if at least 6 lines are left, status.
/// ```
pub fn regions(area: Rect, app: &App) -> Regions {
    let kpi_height = kpi::height(area.width, !app.compare().is_empty());
    let [title, kpis, body, status] = Layout::vertical([
        Constraint::Length(1),
        Constraint::Length(kpi_height),
        Constraint::Min(0),
        Constraint::Length(status::height(app, area.width)),
    ])
    .areas(area);
    let mut regions = Regions {
        title,
        kpis,
        status,
        ..Regions::default()
    };
    let lever_height = levers::HEIGHT;
    if crate::tui::app::wide_layout((area.width, area.height)) {
        let [left, right] =
            Layout::horizontal([Constraint::Length(50), Constraint::Min(0)]).areas(body);
        let [lever_area, attribution_area, detail] = Layout::vertical([
            Constraint::Length(lever_height),
            Constraint::Length(attribution::HEIGHT),
            Constraint::Min(0),
        ])
        .areas(left);
        regions.attribution = Some(attribution_area);
        let [share, middle, sector_area] = Layout::vertical([
            Constraint::Fill(3),
            Constraint::Fill(2),
            Constraint::Length(sectors::HEIGHT),
        ])
        .areas(right);
        let [jobs, diversification] =
            Layout::horizontal([Constraint::Ratio(1, 2), Constraint::Ratio(1, 2)]).areas(middle);
        regions.levers = lever_area;
        regions.detail = Some(detail);
        regions.share_chart = Some(share);
        regions.jobs_chart = Some(jobs);
        regions.diversification_chart = Some(diversification);
        if app.panel() == Panel::Fiscal {
            regions.fiscal = Some(sector_area);
        } else {
            regions.sectors = Some(sector_area);
        }
    } else if area.width >= 70 && area.height >= 22 {
        let [left, right] =
            Layout::horizontal([Constraint::Length(44), Constraint::Min(0)]).areas(body);
        let [lever_area, below_levers] =
            Layout::vertical([Constraint::Length(lever_height), Constraint::Min(0)]).areas(left);
        regions.levers = lever_area;
        if matches!(app.panel(), Panel::Detail | Panel::Fiscal) {
            // The two panels of text take the whole right column, and the
            // share chart moves under the levers (the levers reach down to
            // the status bar when it has no room there): nothing is left
            // blank, and there is room for the text.
            if below_levers.height >= SHARE_UNDER_LEVERS {
                regions.share_chart = Some(below_levers);
            } else {
                regions.levers = left;
            }
            if app.panel() == Panel::Detail {
                regions.detail = Some(right);
            } else {
                regions.fiscal = Some(right);
            }
            return regions;
        }
        let [share, panel] =
            Layout::vertical([Constraint::Ratio(1, 2), Constraint::Ratio(1, 2)]).areas(right);
        if below_levers.height >= 3 {
            regions.detail = Some(below_levers);
        }
        regions.share_chart = Some(share);
        match app.panel() {
            Panel::Jobs => regions.jobs_chart = Some(panel),
            Panel::Attribution => regions.attribution = Some(panel),
            Panel::Diversification => regions.diversification_chart = Some(panel),
            Panel::Sectors => regions.sectors = Some(panel),
            Panel::Detail | Panel::Fiscal => {}
        }
    } else {
        let [lever_area, rest] =
            Layout::vertical([Constraint::Max(lever_height), Constraint::Min(0)]).areas(body);
        regions.levers = lever_area;
        if rest.height >= 6 {
            regions.share_chart = Some(rest);
        }
    }
    regions
}
