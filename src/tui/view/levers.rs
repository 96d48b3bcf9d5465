//! The lever panel: every lever of every group, its value with unit and a bar
//! showing where it sits in its range. Unused groups are dimmed as "not used".

use levers_core::{LeverField, LeverGroup};
use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::style::Style;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Widget};

use super::theme;
use crate::tui::app::App;
use levers_report::i18n::Lang;

/// One line of the panel.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Row {
    Group(LeverGroup),
    Field(LeverField),
}

const ROW_COUNT: usize = LeverGroup::ALL.len() + LeverField::ALL.len();
/// Rows plus the two borders.
pub const HEIGHT: u16 = ROW_COUNT as u16 + 2;

fn rows() -> Vec<Row> {
    let mut rows = Vec::with_capacity(ROW_COUNT);
    for group in LeverGroup::ALL {
        rows.push(Row::Group(group));
        rows.extend(group.fields().map(Row::Field));
    }
    rows
}

/// First row shown when only `height` rows fit: keeps the selection in view.
fn first_visible(rows: &[Row], selected: LeverField, height: usize) -> usize {
    let at = rows
        .iter()
        .position(|r| *r == Row::Field(selected))
        .unwrap_or(0);
    if height == 0 || rows.len() <= height {
        0
    } else {
        (at + 1).saturating_sub(height).min(rows.len() - height)
    }
}

fn block(app: &App) -> Block<'static> {
    theme::panel(&app.lang.text("tui-levers"))
}

/// `30,000 people/yr`, `12.0 HK$ bn/yr` (`30,000 人／年` in Chinese).
pub fn value_text(lang: Lang, field: LeverField, value: f64) -> String {
    let spec = field.spec();
    let unit = lang.unit(spec.unit);
    if spec.decimals == 0 {
        // With the decimals a typed value has (45.5 %, not 46 %).
        let shown = levers_report::format::thousands_with(value, field.decimals_for(value));
        format!("{shown} {unit}")
    } else {
        format!("{value:.prec$} {unit}", prec = field.decimals_for(value))
    }
}

/// `text` right-aligned in `width` terminal columns (wide characters count two).
pub(super) fn right_aligned(text: &str, width: usize) -> String {
    let used = unicode_width::UnicodeWidthStr::width(text);
    format!("{}{text}", " ".repeat(width.saturating_sub(used)))
}

/// `███▌░░░░` of `width` cells for `fraction` (0..=1) of the range.
pub(super) fn bar(fraction: f64, width: usize) -> String {
    let eighths = (fraction.clamp(0.0, 1.0) * (width * 8) as f64).round() as usize;
    let full = eighths / 8;
    let partial = eighths % 8;
    let mut out = "█".repeat(full);
    if partial > 0 && full < width {
        out.push(['▏', '▎', '▍', '▌', '▋', '▊', '▉'][partial - 1]);
    }
    let used = out.chars().count();
    out.push_str(&"░".repeat(width.saturating_sub(used)));
    out
}

fn group_line(app: &App, group: LeverGroup) -> Line<'static> {
    match app.policy().group_timing(group) {
        Some(lever) => {
            let t = lever.timing;
            let lang = app.lang;
            let mut timing = lang.format("tui-from", &[("year", &t.start.to_string())]);
            if t.ramp_years > 0 {
                timing.push_str(&lang.format("tui-ramp", &[("years", &t.ramp_years.to_string())]));
            }
            if let Some(end) = t.end {
                timing.push_str(&lang.format("tui-to", &[("year", &end.to_string())]));
            }
            if lever.sector_weights.is_some() {
                timing.push_str(&lang.text("tui-targeted"));
            }
            Line::from(vec![
                Span::styled(app.lang.lever_group(group), theme::title()),
                Span::styled(timing, theme::label()),
            ])
        }
        None => Line::from(vec![
            Span::styled(app.lang.lever_group(group), theme::dim()),
            Span::styled(
                format!(" — {}", app.lang.text("tui-not-used")),
                theme::dim(),
            ),
        ]),
    }
}

fn field_line(app: &App, field: LeverField, width: usize) -> Line<'static> {
    let spec = field.spec();
    let used = app.policy().uses_group(field.group());
    let value = app.policy().dial_value(field);
    let value_text = value_text(app.lang, field, value);
    let value_width = 16.max(unicode_width::UnicodeWidthStr::width(value_text.as_str()));
    let label_width = 18.min(width.saturating_sub(value_width + 2));
    let bar_width = width
        .saturating_sub(1 + label_width + 1 + value_width + 1)
        .min(24);
    let label = levers_report::format::fit(&app.lang.lever_field(field), label_width);
    let fraction = (value - spec.min) / (spec.max - spec.min);
    let style = if used { Style::new() } else { theme::dim() };
    let mut spans = vec![
        Span::styled(format!(" {label} "), style),
        Span::styled(right_aligned(&value_text, value_width), style),
    ];
    if bar_width > 0 {
        let bar_style = if used {
            Style::new().fg(theme::ACCENT)
        } else {
            theme::dim()
        };
        spans.push(Span::raw(" "));
        spans.push(Span::styled(bar(fraction, bar_width), bar_style));
    }
    theme::marked(Line::from(spans), app.selected_field() == field)
}

pub fn render(app: &App, area: Rect, buf: &mut Buffer) {
    let block = block(app);
    let inner = block.inner(area);
    block.render(area, buf);
    let rows = rows();
    let first = first_visible(&rows, app.selected_field(), usize::from(inner.height));
    for (i, row) in rows
        .iter()
        .skip(first)
        .take(usize::from(inner.height))
        .enumerate()
    {
        let line = match row {
            Row::Group(group) => {
                super::fit_line::fit_line(group_line(app, *group), usize::from(inner.width))
            }
            Row::Field(field) => field_line(app, *field, usize::from(inner.width)),
        };
        let y = inner.y + i as u16;
        buf.set_line(inner.x, y, &line, inner.width);
    }
}

/// The field drawn at (`column`, `row`) when the panel occupies `area`.
pub fn field_at(area: Rect, app: &App, column: u16, row: u16) -> Option<LeverField> {
    let inner = block(app).inner(area);
    let position = ratatui::layout::Position::new(column, row);
    if !inner.contains(position) {
        return None;
    }
    let rows = rows();
    let first = first_visible(&rows, app.selected_field(), usize::from(inner.height));
    match rows.get(first + usize::from(row - inner.y)) {
        Some(Row::Field(field)) => Some(*field),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn bars_fill_in_eighths_and_keep_their_width() {
        assert_eq!(bar(0.0, 4), "░░░░");
        assert_eq!(bar(1.0, 4), "████");
        assert_eq!(bar(0.5, 4), "██░░");
        assert_eq!(bar(0.5625, 4), "██▎░");
        assert_eq!(bar(2.0, 3).chars().count(), 3);
    }

    #[test]
    fn the_selected_lever_stays_in_view_when_rows_are_short() {
        let rows = rows();
        for field in LeverField::ALL {
            for height in 2..=rows.len() {
                let first = first_visible(&rows, field, height);
                let at = rows
                    .iter()
                    .position(|r| *r == Row::Field(field))
                    .unwrap_or(0);
                assert!(
                    first <= at && at < first + height,
                    "{field} at height {height}"
                );
            }
        }
    }
}
