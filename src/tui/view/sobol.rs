//! The Sobol view (`V`): for each drawn assumption, the share of the variance
//! of the manufacturing share in the target year it explains alone (first
//! order, dark) and with its interactions (total order, pale), largest first,
//! as many rows as fit. Beside the tornado when both are open. Computed on
//! demand: when the package has changed since, the title says so.
//!
//! ```text
//! ┌ Sobol: share 2032 (N 512, seed 42) ─────── V close ┐
//! │ ▇ alone  ▒ with interactions   P(met) 43%           │
//! │ cost_elasticity      ▇▇▇▇▇▇▒▒▒▒        0.29  0.39   │
//! └─────────────────────────────────────────────────────┘
//! ```

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::style::{Color, Style};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Paragraph, Widget};

use super::theme;
use crate::tui::analysis::{SOBOL_SAMPLES, SobolView};
use crate::tui::app::App;
use levers_report::analysis::sobol::{Output, input_name, ranked};

/// Colour of the first-order part of a bar.
pub const FIRST: Color = Color::Blue;
/// Colour of the interaction part (total minus first order).
pub const TOTAL: Color = Color::Cyan;

/// One row: the name, the bar (first order `▇`, the rest of the total `▒`)
/// and both numbers.
fn row(name: &str, first: f64, total: f64, label_width: usize, bar_width: usize) -> Line<'static> {
    let cells = |v: f64| -> usize {
        if v.is_finite() {
            ((v.clamp(0.0, 1.0) * bar_width as f64).round() as usize).min(bar_width)
        } else {
            0
        }
    };
    let (alone, all) = (cells(first), cells(total));
    let together = all.saturating_sub(alone);
    // Cut (with `…`, as the tornado beside it) and padded in terminal
    // columns, so a Chinese name lines up too.
    let label = levers_report::format::fit(name, label_width);
    Line::from(vec![
        Span::raw(format!(" {label} ")),
        Span::styled("▇".repeat(alone), Style::new().fg(FIRST)),
        Span::styled("▒".repeat(together), Style::new().fg(TOTAL)),
        Span::raw(" ".repeat(bar_width.saturating_sub(alone + together))),
        Span::styled(format!(" {first:>5.2} {total:>5.2}"), theme::label()),
    ])
}

pub fn render(app: &App, area: Rect, buf: &mut Buffer) {
    let Some(view) = app.sobol() else {
        return;
    };
    super::popup_frame::clear(area, buf);
    let stale = view.is_stale(app.policy());
    let year = view.policy.target.year;
    let wide = area.width >= 50;
    let lang = app.lang;
    let year = year.to_string();
    let title = if wide {
        lang.format(
            "sobol-title",
            &[
                ("year", &year),
                ("samples", &SOBOL_SAMPLES.to_string()),
                ("seed", &view.result.seed.to_string()),
            ],
        )
    } else {
        lang.format("sobol-title-narrow", &[("year", &year)])
    };
    let tag = |id: &str| format!(" {} ", lang.text(id));
    let block = theme::panel(&title).title(match (stale, wide) {
        (true, true) => Span::styled(tag("sobol-stale"), theme::missed()),
        (true, false) => Span::styled(tag("sobol-stale-narrow"), theme::missed()),
        (false, _) => Span::styled(tag("sobol-close"), theme::label()),
    });
    let inner = block.inner(area);
    block.render(area, buf);
    Paragraph::new(lines(app, view, inner)).render(inner, buf);
}

fn lines(app: &App, view: &SobolView, inner: Rect) -> Vec<Line<'static>> {
    let width = usize::from(inner.width);
    let rows = usize::from(inner.height.saturating_sub(1));
    let label_width = (width / 3).clamp(8, 28);
    // One space either side of the label, 12 for the two numbers.
    let bar_width = width.saturating_sub(label_width + 2 + 12);
    let wide = width >= 48;
    let mut lines = vec![Line::from(vec![
        Span::styled(" ▇", Style::new().fg(FIRST)),
        Span::styled(
            format!(" {} ", app.lang.text("sobol-alone")),
            theme::label(),
        ),
        Span::styled("▒", Style::new().fg(TOTAL)),
        Span::styled(
            format!(
                " {}  ",
                app.lang.text(if wide {
                    "sobol-with-interactions"
                } else {
                    "sobol-total"
                })
            ),
            theme::label(),
        ),
        Span::styled(
            app.lang.format(
                "sobol-p-met",
                &[(
                    "pct",
                    &format!("{:.0}", 100.0 * view.result.probability_met),
                )],
            ),
            Style::new().fg(theme::CURRENT),
        ),
    ])];
    for (i, first, total) in ranked(&view.result, Output::Share).into_iter().take(rows) {
        let name = input_name(&view.result, i, app.baseline());
        lines.push(row(&name, first.value, total.value, label_width, bar_width));
    }
    lines
}
