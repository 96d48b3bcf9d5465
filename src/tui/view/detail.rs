//! The detail panel: what the selected lever is, its range and timing, and what
//! the target would take (labour and land beside the share), so the constraint a
//! package runs into is always in sight.

use levers_core::range_text;
use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Paragraph, Widget, Wrap};

use super::theme;
use crate::tui::app::App;
use levers_report::format::{hkd_bn, thousands};

fn timing_lines(app: &App) -> Vec<Line<'static>> {
    let group = app.selected_field().group();
    let Some(lever) = app.policy().levers.get(group) else {
        return vec![Line::styled(
            format!(
                "{} is not used: move a lever to start it in {}.",
                group.label(),
                app.default_start()
            ),
            theme::dim(),
        )];
    };
    let t = lever.timing;
    let end = t
        .end
        .map_or_else(|| "no end".to_string(), |e| format!("until {e}"));
    let weights = levers_report::describe::sector_weights(lever.sector_weights)
        .unwrap_or_else(|| "all five manufacturing sectors equally".to_string());
    vec![
        Line::from(format!(
            "{}: from {}, ramp {} years, {end}",
            group.label(),
            t.start,
            t.ramp_years
        )),
        Line::from(format!("Targets: {weights}")),
    ]
}

pub fn render(app: &App, area: Rect, buf: &mut Buffer) {
    let field = app.selected_field();
    let spec = field.spec();
    let needs = app.projection().target_needs;
    let target = app.projection().target;
    let year = app
        .projection()
        .year(target.year)
        .copied()
        .unwrap_or_default();
    let mut lines = if app.shows_measures() {
        super::measures::detail_lines(app)
    } else {
        let mut lines = vec![
            Line::from(Span::styled(spec.label.to_string(), theme::title())),
            Line::from(spec.help.to_string()),
            Line::styled(range_text(field), theme::label()),
        ];
        lines.extend(timing_lines(app));
        lines
    };
    lines.push(Line::from(""));
    lines.push(Line::from(Span::styled(
        format!("{}% of GDP in {} takes", target.share_pct, target.year),
        theme::title(),
    )));
    lines.push(Line::from(format!(
        "{} of value added,",
        hkd_bn(needs.value_added_hkd_bn)
    )));
    lines.push(Line::from(format!(
        "{} workers at projected productivity",
        thousands(needs.jobs_at_projected_productivity)
    )));
    lines.push(Line::from(format!(
        "({} at today's), {} ha more land.",
        thousands(needs.jobs_at_base_productivity),
        thousands(needs.additional_land_ha)
    )));
    lines.push(Line::from(format!(
        "Limit in {}: {}",
        target.year,
        levers_report::format::limits(&year)
    )));
    Paragraph::new(lines)
        .wrap(Wrap { trim: true })
        .block(
            Block::bordered()
                .border_style(theme::border())
                .title(Span::styled(
                    format!(" {} ", app.lang.text("tui-detail")),
                    theme::title(),
                )),
        )
        .render(area, buf);
}
