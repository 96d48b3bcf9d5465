//! Drawing the workbench. Nothing here changes state: [`App`] is rendered through
//! `impl Widget for &App`, one function per screen region.

mod attribution;
mod charts;
mod detail;
pub mod discover;
mod fiscal;
mod fit_line;
mod kpi;
mod levers;
mod measure_popups;
mod measures;
mod popup;
mod popup_frame;
mod regions;
mod sectors;
mod seek;
mod status;
pub mod theme;
mod timing_text;
mod wrap_line;

/// Colour of the uncertainty band on the share chart.
pub use charts::BAND as BAND_COLOUR;
mod sobol;
mod tornado;

use ratatui::Frame;
use ratatui::buffer::Buffer;
use ratatui::layout::{Constraint, Layout, Margin, Rect};
use ratatui::style::Modifier;
use ratatui::text::Line;
use ratatui::widgets::{Paragraph, Widget, Wrap};

use super::app::App;
use super::hits::{Hits, Target};
pub use regions::{Regions, regions};

/// Smallest terminal the workbench draws in; below it, it says so.
pub const MIN_WIDTH: u16 = 40;
pub const MIN_HEIGHT: u16 = 12;

/// Draws the workbench into `frame` and returns what it drew where, for the
/// mouse (the app keeps it until the next frame: [`App::drawn`]).
pub fn draw(frame: &mut Frame, app: &App) -> Hits {
    let area = frame.area();
    frame.render_widget(app, area);
    hits(area, app)
}

/// The rows of the lever panel, or of the measure list, and what each shows.
fn hits(area: Rect, app: &App) -> Hits {
    let mut hits = Hits::default();
    if too_small(area) {
        return hits;
    }
    if let super::app::Mode::Help(_) = app.mode {
        hits.set_help_scroll_limit(popup::help_scroll_limit(app, area));
    }
    let regions = regions(area, app);
    if let Some(detail) = regions.detail {
        let (limit, page) = detail::scroll_limit(app, detail);
        hits.set_detail_scroll(limit, page);
    }
    let panel = regions.levers;
    // Both panels are bordered blocks: their rows are inside the border.
    let inner = panel.inner(Margin::new(1, 1));
    for y in inner.top()..inner.bottom() {
        let target = if app.shows_measures() {
            measures::measure_at(panel, app, inner.x, y).map(Target::Measure)
        } else {
            levers::field_at(panel, app, inner.x, y).map(Target::Lever)
        };
        if let Some(target) = target {
            hits.push(Rect::new(inner.x, y, inner.width, 1), target);
        }
    }
    hits
}

fn too_small(area: Rect) -> bool {
    area.width < MIN_WIDTH || area.height < MIN_HEIGHT
}

/// Draws one panel of the workbench in its place.
type PanelRenderer = fn(&App, Rect, &mut Buffer);

impl Widget for &App {
    fn render(self, area: Rect, buf: &mut Buffer) {
        if too_small(area) {
            let text = self.lang.format(
                "tui-too-small",
                &[
                    ("min", &format!("{MIN_WIDTH}×{MIN_HEIGHT}")),
                    ("now", &format!("{}×{}", area.width, area.height)),
                ],
            );
            Paragraph::new(Line::from(text))
                .wrap(Wrap { trim: true })
                .render(area, buf);
        } else {
            let regions = regions(area, self);
            status::render_title(self, regions.title, buf);
            kpi::render(self, regions.kpis, buf);
            if self.shows_measures() {
                measures::render(self, regions.levers, buf);
            } else {
                levers::render(self, regions.levers, buf);
            }
            // The panels this screen has room for, each drawn in its place.
            let panels: [(Option<Rect>, PanelRenderer); 7] = [
                (regions.share_chart, charts::render_share),
                (regions.jobs_chart, charts::render_jobs),
                (
                    regions.diversification_chart,
                    charts::render_diversification,
                ),
                (regions.sectors, sectors::render),
                (regions.attribution, attribution::render),
                (regions.detail, detail::render),
                (regions.fiscal, fiscal::render),
            ];
            for (rect, render) in panels {
                if let Some(rect) = rect {
                    render(self, rect, buf);
                }
            }
            render_sensitivity(self, tornado::area(&regions), buf);
            status::render_status(self, regions.status, buf);
            popup::render(self, area, buf);
        }
        if self.no_color {
            apply_theme(theme::Theme::Mono, area, buf);
        } else if self.theme != theme::Theme::Default {
            apply_theme(self.theme, area, buf);
        }
    }
}

/// The tornado, the Sobol view and the scenario-discovery view, side by
/// side in equal parts when more than one is open:
///
/// ```text
/// ┌ Sensitivity ──────┐┌ Sobol ───────────┐┌ What would have to be true ┐
/// │ one at a time     ││ global           ││ PRIM box                   │
/// └───────────────────┘└──────────────────┘└────────────────────────────┘
/// ```
fn render_sensitivity(app: &App, area: Rect, buf: &mut Buffer) {
    type Draw = fn(&App, Rect, &mut Buffer);
    let open: Vec<Draw> = [
        (app.tornado().is_some(), tornado::render as Draw),
        (app.sobol().is_some(), sobol::render as Draw),
        (
            app.discover.is_some() || app.discover_running(),
            discover::render as Draw,
        ),
    ]
    .into_iter()
    .filter_map(|(shown, draw)| shown.then_some(draw))
    .collect();
    if open.is_empty() {
        return;
    }
    let parts = Layout::horizontal(vec![Constraint::Fill(1); open.len()]).split(area);
    for (draw, part) in open.into_iter().zip(parts.iter()) {
        draw(app, *part, buf);
    }
}

/// Recolours every cell for `theme`. Mono (and `NO_COLOR`) puts every cell back to
/// the terminal's own colours; bold and reverse stay, so selection and emphasis
/// still show. High contrast brightens colours and drops the dim emphasis.
fn apply_theme(theme: theme::Theme, area: Rect, buf: &mut Buffer) {
    for y in area.top()..area.bottom() {
        for x in area.left()..area.right() {
            if let Some(cell) = buf.cell_mut((x, y)) {
                let (fg, bg) = (theme.map(cell.fg), theme.map(cell.bg));
                cell.set_fg(fg);
                cell.set_bg(bg);
                if theme == theme::Theme::HighContrast {
                    cell.modifier.remove(Modifier::DIM);
                }
            }
        }
    }
}
