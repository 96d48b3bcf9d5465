//! The attribution panel: of the change in the manufacturing share of GDP in the
//! target year (against the status quo), how much each lever group or measure gave, by the
//! exact Shapley decomposition of `levers_core::analysis::attribution`.

use levers_core::LeverGroup;
use levers_core::analysis::{Attribution, AttributionPlayers, Contributor, Outcome, OutcomeShares};
use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::style::Style;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Paragraph, Widget};

use super::levers::bar;
use super::theme;
use crate::tui::app::App;
use levers_report::format::{fit, signed};
use levers_report::i18n::Lang;
use levers_report::sanitise::terminal;

/// Four rows (groups, or the largest measures), a summary line, two borders.
pub const HEIGHT: u16 = LeverGroup::ALL.len() as u16 + 3;

pub fn render(app: &App, area: Rect, buf: &mut Buffer) {
    let year = app.projection().target.year;
    let mut title = if area.width >= 48 {
        let key = if app.attribution_players() == AttributionPlayers::Kinds {
            "tui-attribution-kinds-wide"
        } else {
            "tui-attribution-wide"
        };
        app.lang.format(key, &[("year", &year.to_string())])
    } else {
        app.lang.text("tui-attribution-narrow")
    };
    if app.attribution_updating() {
        title = format!("{title} {}", app.lang.text("tui-attribution-updating"));
    }
    let block = theme::panel(&title);
    let Some(shares) = app.attribution().outcome(Outcome::ShareInTargetYear) else {
        Paragraph::new(app.lang.text("tui-no-attribution"))
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
            format!("{} {}", signed(shares.change(), 2), app.lang.unit("pp")),
            Style::new().fg(theme::CURRENT),
        ),
    ])];
    let largest = shares.parts.iter().fold(0.0_f64, |m, p| m.max(p.abs()));
    let bar_width = inner_width.saturating_sub(1 + 17 + 1 + 6 + 1);
    let rows = rows(app.lang, app.attribution(), shares);
    let not_used = app.lang.text("tui-not-used");
    for (label, part) in rows {
        let label = fit(&label, 17);
        let line = match part {
            None => Line::styled(format!(" {label} — {not_used}"), theme::dim()),
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
                    Span::raw(format!(" {label} ")),
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

/// One row per lever group (used or not) and one per measure, with its part.
fn rows(
    lang: Lang,
    attribution: &Attribution,
    shares: &OutcomeShares,
) -> Vec<(String, Option<f64>)> {
    let has_measures = attribution
        .contributors
        .iter()
        .any(|c| matches!(c, Contributor::Measure { .. } | Contributor::Kind(_)));
    let mut rows: Vec<(String, Option<f64>)> = if has_measures {
        Vec::new()
    } else {
        LeverGroup::ALL
            .into_iter()
            .map(|group| {
                (
                    lang.lever_group(group),
                    attribution.part_of_group(shares, group),
                )
            })
            .collect()
    };
    for (contributor, part) in attribution.contributors.iter().zip(&shares.parts) {
        rows.push((
            terminal(&lang.contributor(contributor)).into_owned(),
            Some(*part),
        ));
    }
    let room = LeverGroup::ALL.len();
    if rows.len() > room {
        // The largest parts first; the rest summed on the last line.
        rows.sort_by(|a, b| {
            b.1.unwrap_or(0.0)
                .abs()
                .total_cmp(&a.1.unwrap_or(0.0).abs())
        });
        let rest: f64 = rows[room - 1..].iter().filter_map(|r| r.1).sum();
        let others = rows.len() - (room - 1);
        rows.truncate(room - 1);
        let others = lang.format("tui-attribution-others", &[("count", &others.to_string())]);
        rows.push((others, Some(rest)));
    }
    rows
}
