//! The scenario-discovery view (`D`): what would have to be true for the
//! package to meet its target. The peeling trajectory as a small chart
//! (coverage across, density up; the chosen step marked) beside the chosen
//! box as a table (assumption, range in the box, quasi-p-value). When no box
//! can be found honestly (too few or too many cases) the view says why in
//! the words `levers discover` prints. Beside the tornado and Sobol views.
//!
//! ```text
//! ┌ What would have to be true: 5.0% by 2032, seed 42 ─────────────── D close ┐
//! │ met in 23% of 4,000 draws · box: coverage 80%, density 50%                 │
//! │ ⠁⠂⠄ trajectory    │ assumption        in the box   quasi-p                 │
//! │   ⠄⠂●             │ cost_elasticity   ≥ 1.79       < 0.001                 │
//! └────────────────────────────────────────────────────────────────────────────┘
//! ```

use levers_core::analysis::discover::{BoxSearch, ChosenBox, Step};
use levers_report::analysis::discover::{dimension, p_text, range_text, sentence};
use ratatui::buffer::Buffer;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::style::{Color, Style};
use ratatui::symbols::Marker;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Axis, Block, Chart, Clear, Dataset, GraphType, Paragraph, Widget};

use super::theme;
use crate::tui::app::App;
use crate::tui::discover::{DISCOVER_DRAWS, DiscoverView};

/// Colour of the trajectory's points.
pub const TRAJECTORY: Color = Color::Cyan;
/// Colour of the step chosen.
pub const CHOSEN: Color = Color::Yellow;
/// Narrowest inner width that has room for the chart beside the table.
const CHART_BESIDE: u16 = 64;

pub fn render(app: &App, area: Rect, buf: &mut Buffer) {
    if app.discover.is_none() && !app.discover_running() {
        return;
    }
    Clear.render(area, buf);
    let lang = app.lang;
    let wide = area.width >= 80;
    let policy = app.discover.as_ref().map_or(app.policy(), |v| &v.policy);
    let title = if wide {
        lang.format(
            "discover-title",
            &[
                (
                    "target",
                    &levers_report::format::as_typed(policy.target.share_pct),
                ),
                ("year", &policy.target.year.to_string()),
                (
                    "seed",
                    &app.discover
                        .as_ref()
                        .map_or(levers_core::analysis::DEFAULT_SEED, |v| v.discovery.seed)
                        .to_string(),
                ),
            ],
        )
    } else {
        lang.text("discover-title-narrow")
    };
    let tag = |id: &str| format!(" {} ", lang.text(id));
    let stale = app
        .discover
        .as_ref()
        .is_some_and(|v| v.is_stale(app.policy()));
    let status = if app.discover_running() {
        Span::styled(
            format!(
                " {} ",
                lang.format_counts(
                    "discover-computing",
                    &[(
                        "draws",
                        &levers_report::format::thousands(DISCOVER_DRAWS as f64)
                    )],
                    &[("draw_count", DISCOVER_DRAWS as i64)]
                )
            ),
            theme::label(),
        )
    } else {
        match (stale, wide) {
            (true, true) => Span::styled(tag("discover-stale"), theme::missed()),
            (true, false) => Span::styled(tag("discover-stale-narrow"), theme::missed()),
            (false, _) => Span::styled(tag("discover-close"), theme::label()),
        }
    };
    let block = theme::panel(&title).title(status);
    let inner = block.inner(area);
    block.render(area, buf);
    if let Some(view) = &app.discover {
        render_view(app, view, inner, buf);
    }
}

fn render_view(app: &App, view: &DiscoverView, inner: Rect, buf: &mut Buffer) {
    let lang = app.lang;
    let discovery = &view.discovery;
    let Some(BoxSearch::Found { trajectory, chosen }) = discovery.searches.first() else {
        // No box: the sentence says why.
        let text = sentence(lang, discovery, &view.policy, app.baseline());
        let rows = super::wrap_line::wrap_line(Line::from(text), usize::from(inner.width));
        Paragraph::new(rows).render(inner, buf);
        return;
    };
    let pct = levers_report::format::percent(discovery.case_share());
    let draws = levers_report::format::thousands(discovery.draws as f64);
    let count = [(
        "draw_count",
        i64::try_from(discovery.draws).unwrap_or(i64::MAX),
    )];
    // When too few draws meet the target, a first line says which share is
    // asked of instead.
    let (lower, met) = match view.lower_share {
        None => (
            None,
            lang.format_counts("discover-met", &[("pct", &pct), ("draws", &draws)], &count),
        ),
        Some(lower) => {
            let share = levers_report::format::as_typed_one_decimal(lower.share);
            let target = levers_report::format::as_typed(view.policy.target.share_pct);
            let (id, cases) = match lower.target_cases {
                0 => ("discover-met-lower", String::new()),
                cases => (
                    "discover-met-lower-few",
                    levers_report::format::thousands(cases as f64),
                ),
            };
            (
                Some(lang.format(
                    id,
                    &[
                        ("target", &target),
                        ("share", &share),
                        ("cases", &cases),
                        ("draws", &draws),
                    ],
                )),
                lang.format_counts(
                    "discover-met-share",
                    &[("share", &share), ("pct", &pct), ("draws", &draws)],
                    &count,
                ),
            )
        }
    };
    let summary = lang.format(
        "discover-tui-box",
        &[
            ("coverage", &levers_report::format::percent(chosen.coverage)),
            ("density", &levers_report::format::percent(chosen.density)),
        ],
    );
    let mut rows: Vec<Line<'static>> = lower
        .map(|note| Line::styled(format!(" {note}"), theme::label()))
        .into_iter()
        .collect();
    rows.push(Line::from(vec![
        Span::styled(format!(" {met}"), Style::new().fg(theme::CURRENT)),
        Span::styled(format!(" · {summary}"), theme::label()),
    ]));
    // Wrapped whole on a narrow screen, leaving at least half to the box.
    let rows = super::wrap_line::wrap_lines(rows, usize::from(inner.width));
    let head_rows = u16::try_from(rows.len())
        .unwrap_or(u16::MAX)
        .min(inner.height / 2)
        .max(1);
    let [head, body] =
        Layout::vertical([Constraint::Length(head_rows), Constraint::Min(0)]).areas(inner);
    Paragraph::new(rows).render(head, buf);
    if body.width >= CHART_BESIDE {
        let [chart, table] =
            Layout::horizontal([Constraint::Percentage(40), Constraint::Percentage(60)])
                .areas(body);
        render_chart(app, trajectory, chosen.step, chart, buf);
        render_table(app, view, chosen, table, buf);
    } else {
        render_table(app, view, chosen, body, buf);
    }
}

/// The peeling trajectory: each step's coverage (across) and density (up).
fn render_chart(app: &App, trajectory: &[Step], chosen: usize, area: Rect, buf: &mut Buffer) {
    let points: Vec<(f64, f64)> = trajectory.iter().map(|s| (s.coverage, s.density)).collect();
    let picked: Vec<(f64, f64)> = points.get(chosen).copied().into_iter().collect();
    // Each axis from the tenth below its lowest point to 100%.
    let floor_of = |pick: fn(&(f64, f64)) -> f64| {
        let lowest = points.iter().map(pick).fold(1.0, f64::min);
        ((lowest * 10.0).floor() / 10.0).min(0.9)
    };
    let (left, floor) = (floor_of(|p| p.0), floor_of(|p| p.1));
    let percent = |v: f64| Span::styled(format!("{:.0}%", 100.0 * v), theme::label());
    Chart::new(vec![
        Dataset::default()
            .marker(Marker::Braille)
            .graph_type(GraphType::Scatter)
            .style(Style::new().fg(TRAJECTORY))
            .data(&points),
        Dataset::default()
            .marker(Marker::Dot)
            .graph_type(GraphType::Scatter)
            .style(Style::new().fg(CHOSEN))
            .data(&picked),
    ])
    .block(Block::new().title(Span::styled(
        app.lang.text("discover-chart"),
        theme::label(),
    )))
    .x_axis(
        Axis::default()
            .bounds([left, 1.0])
            .labels([percent(left), percent(1.0)]),
    )
    .y_axis(
        Axis::default()
            .bounds([floor, 1.0])
            .labels([percent(floor), percent(1.0)]),
    )
    .render(area, buf);
}

/// The chosen box's restrictions, most significant first, as many as fit.
fn render_table(app: &App, view: &DiscoverView, chosen: &ChosenBox, area: Rect, buf: &mut Buffer) {
    let lang = app.lang;
    let width = usize::from(area.width);
    let range_width = 16;
    let p_width = 8;
    let name_width = width.saturating_sub(range_width + p_width + 3).max(6);
    let cell = |text: &str, w: usize| crate::tui::labels::columns(text, w);
    let mut lines = vec![Line::styled(
        format!(
            " {} {} {}",
            cell(&lang.text("discover-tui-parameter"), name_width),
            cell(&lang.text("discover-tui-range"), range_width),
            cell(&lang.text("discover-tui-p"), p_width),
        ),
        theme::label(),
    )];
    for r in chosen
        .restrictions
        .iter()
        .take(usize::from(area.height).saturating_sub(1))
    {
        let (name, _) = dimension(&view.discovery, r.dimension, app.baseline());
        let p = p_text(r.quasi_p);
        lines.push(Line::from(vec![
            Span::raw(format!(
                " {} ",
                levers_report::format::fit(&name, name_width)
            )),
            Span::styled(
                format!("{} ", cell(&range_text(lang, r), range_width)),
                Style::new().fg(CHOSEN),
            ),
            Span::styled(cell(&p, p_width), theme::label()),
        ]));
    }
    Paragraph::new(lines).render(area, buf);
}
