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
    let mut lines = vec![Line::from(lang.format(
        "tui-timing",
        &[
            ("group", &lang.lever_group(group)),
            ("start", &t.start.to_string()),
            ("ramp", &t.ramp_years.to_string()),
            ("end", &end_text(lang, t.end)),
        ],
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

pub fn render(app: &App, area: Rect, buf: &mut Buffer) {
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
    let block = theme::panel(&app.lang.text("tui-detail"));
    let inner = block.inner(area);
    block.render(area, buf);
    // Wrapped by display width: ratatui's wrapper leaves a line ending in a
    // Chinese character one column too wide, over the border.
    let rows = wrap_lines(lines, usize::from(inner.width));
    Paragraph::new(rows).render(inner, buf);
}
