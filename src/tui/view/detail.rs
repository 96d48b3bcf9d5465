//! The detail panel: what the selected lever is, its range and timing, and what
//! the target would take (labour and land beside the share), so the constraint a
//! package runs into is always in sight.

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Paragraph, Widget};

use super::theme;
use super::timing_text::{end_text, targets_text};
use super::wrap_line::wrap_lines;
use crate::tui::action::Action;
use crate::tui::app::App;
use levers_report::format::{limits, money_bn, thousands};

fn timing_lines(app: &App) -> Vec<Line<'static>> {
    let lang = app.lang;
    let group = app.selected_field().group();
    let Some(lever) = app.policy().group_timing(group) else {
        return vec![Line::styled(
            lang.format(
                "tui-group-not-used",
                &[
                    ("group", &lang.lever_group(group)),
                    ("year", &app.default_start().to_string()),
                ],
            ),
            theme::dim(),
        )];
    };
    let t = lever.timing;
    let mut lines = vec![Line::from(lang.format_counts(
        "tui-timing",
        &[
            ("group", &lang.lever_group(group)),
            ("start", &t.start.to_string()),
            ("end", &end_text(lang, t.end)),
        ],
        &[("ramp", i64::from(t.ramp_years))],
    ))];
    // Talent and training reach every sector alike: no targets to name.
    if crate::tui::timing_rows::GroupRow::group_targets_sectors(group) {
        lines.push(Line::from(targets_text(lang, lever.sector_weights)));
    }
    lines
}

/// What reaching the target takes: value added, workers, land, and the limit.
fn needs_lines(app: &App) -> Vec<Line<'static>> {
    let lang = app.lang;
    let needs = app.projection().target_needs;
    let target = app.projection().target;
    let year = app
        .projection()
        .year(target.year)
        .copied()
        .unwrap_or_default();
    let mut lines = vec![
        Line::from(""),
        Line::from(Span::styled(
            lang.format(
                "tui-needs-title",
                &[
                    ("share", &target.share_pct.to_string()),
                    ("year", &target.year.to_string()),
                ],
            ),
            theme::title(),
        )),
        Line::from(lang.format(
            "tui-needs-value-added",
            &[("money", &money_bn(lang, needs.value_added_hkd_bn))],
        )),
        Line::from(lang.format(
            "tui-needs-workers",
            &[("workers", &thousands(needs.jobs_at_projected_productivity))],
        )),
        Line::from(lang.format(
            "tui-needs-land",
            &[
                ("base", &thousands(needs.jobs_at_base_productivity)),
                ("land", &thousands(needs.additional_land_ha)),
            ],
        )),
        Line::from(lang.format(
            "tui-limit",
            &[
                ("year", &target.year.to_string()),
                ("limits", &limits(lang, &year)),
            ],
        )),
    ];
    // A cap that binds covers outlays and tax forgone; the year's cost shown
    // beside it also holds financing, which the cap leaves out.
    if year.budget_scale < 0.9995 && year.financing_cost_hkd_bn > 0.0 {
        lines.push(Line::styled(
            lang.format(
                "tui-cap-leaves-out-financing",
                &[
                    ("year", &target.year.to_string()),
                    ("financing", &money_bn(lang, year.financing_cost_hkd_bn)),
                ],
            ),
            theme::label(),
        ));
    }
    // Where the land released so far went (MODEL.md §3.3).
    if year.land_released_ha > 0.0 {
        lines.push(Line::from(lang.format(
            "tui-sites",
            &[
                ("year", &target.year.to_string()),
                ("released", &thousands(year.land_released_ha)),
                ("taken", &thousands(year.sites_taken_up_ha)),
                ("vacant", &thousands(year.sites_vacant_ha)),
            ],
        )));
    }
    lines
}

/// Every row of the Detail text, wrapped to `width` columns.
fn rows(app: &App, width: usize) -> Vec<Line<'static>> {
    let field = app.selected_field();
    let lang = app.lang;
    let mut lines = if app.shows_measures() {
        super::measures::detail_lines(app)
    } else {
        let mut lines = vec![
            Line::from(Span::styled(lang.lever_field(field), theme::title())),
            Line::from(lang.lever_help(field)),
            Line::styled(lang.lever_range(field), theme::label()),
        ];
        lines.extend(timing_lines(app));
        lines
    };
    lines.extend(needs_lines(app));
    // Wrapped by display width: ratatui's wrapper leaves a line ending in a
    // Chinese character one column too wide, over the border.
    wrap_lines(lines, width)
}

/// How far the Detail panel in `area` can scroll (rows of text below its
/// last row when at the top) and its page (the rows it shows).
pub fn scroll_limit(app: &App, area: Rect) -> (u16, u16) {
    let inner = area.inner(ratatui::layout::Margin::new(1, 1));
    let total = rows(app, usize::from(inner.width)).len();
    let limit = total.saturating_sub(usize::from(inner.height));
    (u16::try_from(limit).unwrap_or(u16::MAX), inner.height)
}

/// The Detail panel: its text from the row scrolled to (PgDn/PgUp), with
/// `▼ PgDn more` on the bottom border while text is below and `▲ PgUp`
/// once scrolled, so no text is out of reach.
pub fn render(app: &App, area: Rect, buf: &mut Buffer) {
    let lang = app.lang;
    let mut block = theme::panel(&lang.text("tui-detail"));
    let inner = block.inner(area);
    let rows = rows(app, usize::from(inner.width));
    let limit = rows.len().saturating_sub(usize::from(inner.height));
    let scroll = usize::from(app.detail_scroll()).min(limit);
    let key = |action: Action, default: &str| {
        app.user_keys
            .labels(action)
            .into_iter()
            .next()
            .unwrap_or_else(|| default.to_string())
    };
    let mut marks = Vec::new();
    if scroll > 0 {
        // The arrows are drawn here, not in the catalogue: the report
        // font (which every catalogue character must have) has none.
        marks.push(format!(
            "▲ {}",
            lang.format(
                "tui-detail-above",
                &[("key", &key(Action::DetailUp, "PgUp"))]
            )
        ));
    }
    if scroll < limit {
        marks.push(format!(
            "▼ {}",
            lang.format(
                "tui-detail-more",
                &[("key", &key(Action::DetailDown, "PgDn"))]
            )
        ));
    }
    if !marks.is_empty() {
        let mark = format!(" {} ", marks.join(" · "));
        let room = usize::from(area.width.saturating_sub(2));
        if unicode_width::UnicodeWidthStr::width(mark.as_str()) <= room {
            block =
                block.title_bottom(Line::from(Span::styled(mark, theme::label())).right_aligned());
        }
    }
    block.render(area, buf);
    let shown: Vec<Line<'static>> = rows.into_iter().skip(scroll).collect();
    Paragraph::new(shown).render(inner, buf);
}
