//! The attribution panel: of the change in the manufacturing share of GDP in the
//! target year (against the status quo), how much each lever group gave, by the
//! exact Shapley decomposition of `levers_core::analysis::attribution`.

use levers_core::LeverGroup;
use levers_core::analysis::Outcome;
use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::style::Style;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Paragraph, Widget};

use super::levers::bar;
use super::theme;
use crate::tui::app::App;
use levers_report::format::signed;

/// Four groups, a summary line, two borders.
pub const HEIGHT: u16 = LeverGroup::ALL.len() as u16 + 3;

pub fn render(app: &App, area: Rect, buf: &mut Buffer) {
    let year = app.projection().target.year;
    let block = Block::bordered()
        .border_style(theme::border())
        .title(Span::styled(
            if area.width >= 48 {
                format!(" Share {year}: parts vs status quo, pp ")
            } else {
                " Attribution vs status quo, pp ".to_string()
            },
            theme::title(),
        ));
    let Some(shares) = app.attribution().outcome(Outcome::ShareInTargetYear) else {
        Paragraph::new("no attribution")
            .block(block)
            .render(area, buf);
        return;
    };
    let inner_width = usize::from(block.inner(area).width);
    let mut lines = vec![Line::from(vec![
        Span::styled(
            format!(" {:.2}% → {:.2}% = ", shares.status_quo, shares.total),
            theme::label(),
        ),
        Span::styled(
            format!("{} pp", signed(shares.change(), 2)),
            Style::new().fg(theme::CURRENT),
        ),
    ])];
    let largest = shares.parts.iter().fold(0.0_f64, |m, p| m.max(p.abs()));
    let bar_width = inner_width.saturating_sub(1 + 17 + 1 + 6 + 1);
    for group in LeverGroup::ALL {
        let part = app
            .attribution()
            .groups
            .iter()
            .position(|g| *g == group)
            .and_then(|i| shares.parts.get(i).copied());
        let line = match part {
            None => Line::styled(format!(" {:<17} — not used", group.label()), theme::dim()),
            Some(part) => {
                let fraction = if largest > 0.0 {
                    part.abs() / largest
                } else {
                    0.0
                };
                let style = if part < 0.0 {
                    Style::new().fg(theme::TARGET)
                } else {
                    Style::new().fg(theme::ACCENT)
                };
                Line::from(vec![
                    Span::raw(format!(" {:<17} ", group.label())),
                    Span::styled(format!("{:>6} ", signed(part, 2)), Style::new()),
                    Span::styled(
                        bar(fraction, bar_width).trim_end_matches('░').to_string(),
                        style,
                    ),
                ])
            }
        };
        lines.push(line);
    }
    Paragraph::new(lines).block(block).render(area, buf);
}
