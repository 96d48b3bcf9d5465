//! The Sobol view (`V`): for each drawn assumption, the share of the variance
//! of the manufacturing share in the target year it explains alone (first
//! order, dark) and with its interactions (total order, pale), largest first,
//! as many rows as fit. Beside the tornado when both are open. Computed on
//! demand: when the package has changed since, the title says so.
//!
//! ```text
//! ┌ Sobol: share 2032 (N 512, seed 42) ─────── V close ┐
//! │ ▇ alone  ▒ with interactions   P(met) 43%           │
//! │ assumption                          first total     │
//! │ cost_elasticity      ▇▇▇▇▇▇▒▒▒▒      0.29  0.39     │
//! └─────────────────────────────────────────────────────┘
//!
//! Rows are sorted by the total-order index; where the view is too narrow
//! for bars, the rows give the two numbers alone under their headings.
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

/// The fewest columns a bar is drawn in; narrower, the rows give the
/// numbers alone (and the legend does not describe bars that are not there).
const MIN_BAR: usize = 6;

/// The fewest columns a name is given before the first-order column goes.
const MIN_LABEL: usize = 6;

/// A column of numbers: as wide as its heading, and at least `0.23`'s five.
fn number_width(heading: &str) -> usize {
    unicode_width::UnicodeWidthStr::width(heading).max(5)
}

/// One row: the name, the bar (first order `▇`, the rest of the total `▒`;
/// none when `bar_width` is 0) and both numbers under their headings.
fn row(
    name: &str,
    (first, total): (f64, f64),
    label_width: usize,
    bar_width: usize,
    numbers: (usize, usize),
) -> Line<'static> {
    let cells = |v: f64| -> usize {
        if v.is_finite() {
            ((v.clamp(0.0, 1.0) * bar_width as f64).round() as usize).min(bar_width)
        } else {
            0
        }
    };
    let (alone, all) = (cells(first), cells(total));
    let together = all.saturating_sub(alone);
    // Cut (with `…`) and padded in terminal columns, so a Chinese name lines
    // up too; a dotted name keeps its end, which tells two apart.
    let label = levers_report::format::fit(&short_name(name, label_width), label_width);
    let mut spans = vec![Span::raw(format!(" {label} "))];
    if bar_width > 0 {
        spans.extend([
            Span::styled("▇".repeat(alone), Style::new().fg(FIRST)),
            Span::styled("▒".repeat(together), Style::new().fg(TOTAL)),
            Span::raw(" ".repeat(bar_width.saturating_sub(alone + together))),
        ]);
    }
    let (first_width, total_width) = numbers;
    // Too narrow for both, the first order goes (the rows are sorted by the total).
    let first = if first_width > 0 {
        format!(" {first:>first_width$.2}")
    } else {
        String::new()
    };
    spans.push(Span::styled(
        format!("{first} {total:>total_width$.2}"),
        theme::label(),
    ));
    Line::from(spans)
}

/// `name` in at most `width` columns. A dotted parameter name too long
/// keeps the end after its last dot (`microelectronics.growth` as
/// `micro….growth`, `microelectronics.productivity_growth` as
/// `…productivity_growth` or its end), so two parameters of one sector stay
/// apart; any other name is cut at its end with `…`.
fn short_name(name: &str, width: usize) -> String {
    use unicode_width::UnicodeWidthStr;
    if name.width() <= width {
        return name.to_string();
    }
    let Some((head, tail)) = name.rsplit_once('.') else {
        return levers_report::format::fit(name, width)
            .trim_end()
            .to_string();
    };
    let tail = format!(".{tail}");
    // Room for at least one letter of the head, the `…` and the tail.
    if tail.width() + 2 <= width {
        let head = levers_report::format::fit(head, width - tail.width());
        return format!("{}{tail}", head.trim_end());
    }
    // The tail alone is too long: its end, after a `…`.
    let keep = width.saturating_sub(1);
    let chars: Vec<char> = tail.chars().collect();
    let mut end = String::new();
    let mut used = 0;
    for c in chars.iter().rev() {
        let w = unicode_width::UnicodeWidthChar::width(*c).unwrap_or(0);
        if used + w > keep {
            break;
        }
        end.insert(0, *c);
        used += w;
    }
    format!("…{end}")
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
    let tag = match (stale, wide) {
        (true, true) => Span::styled(tag("sobol-stale"), theme::missed()),
        (true, false) => Span::styled(tag("sobol-stale-narrow"), theme::missed()),
        (false, _) => Span::styled(tag("sobol-close"), theme::label()),
    };
    // The title whole: the key to close it goes when both do not fit (a
    // changed package is always said, and the title cut for it).
    let room = usize::from(area.width.saturating_sub(2));
    // Too narrow for the title with its year: the year is the tornado's too.
    let title = if unicode_width::UnicodeWidthStr::width(title.as_str()) + 2 > room {
        lang.text("sobol-title-shortest")
    } else {
        title
    };
    let both = unicode_width::UnicodeWidthStr::width(title.as_str()) + 2 + tag.width() + 1;
    let block = if both <= room || stale {
        theme::panel(&title).title(tag)
    } else {
        theme::panel(&title)
    };
    let inner = block.inner(area);
    block.render(area, buf);
    Paragraph::new(lines(app, view, inner)).render(inner, buf);
}

fn lines(app: &App, view: &SobolView, inner: Rect) -> Vec<Line<'static>> {
    let lang = app.lang;
    let width = usize::from(inner.width);
    let (first_head, total_head) = (lang.text("sobol-first"), lang.text("sobol-total-order"));
    let mut numbers = (number_width(&first_head), number_width(&total_head));
    if width < 2 + MIN_LABEL + numbers.0 + numbers.1 + 2 {
        numbers.0 = 0;
    }
    let number_columns = numbers.0 + numbers.1 + 1 + usize::from(numbers.0 > 0);
    let label_width = (width / 3).clamp(8, 28);
    // One space either side of the label, then the two numbers.
    let bar_width = width.saturating_sub(label_width + 2 + number_columns);
    // No room for bars: the names take it.
    let (label_width, bar_width) = if bar_width >= MIN_BAR {
        (label_width, bar_width)
    } else {
        (width.saturating_sub(2 + number_columns).max(MIN_LABEL), 0)
    };
    let p_met = Span::styled(
        lang.format(
            "sobol-p-met",
            &[(
                "pct",
                &format!("{:.0}", 100.0 * view.result.probability_met),
            )],
        ),
        Style::new().fg(theme::CURRENT),
    );
    let legend = if bar_width > 0 {
        let wide = width >= 48;
        Line::from(vec![
            Span::styled(" ▇", Style::new().fg(FIRST)),
            Span::styled(format!(" {} ", lang.text("sobol-alone")), theme::label()),
            Span::styled("▒", Style::new().fg(TOTAL)),
            Span::styled(
                format!(
                    " {}  ",
                    lang.text(if wide {
                        "sobol-with-interactions"
                    } else {
                        "sobol-total"
                    })
                ),
                theme::label(),
            ),
            p_met,
        ])
    } else {
        Line::from(vec![Span::raw(" "), p_met])
    };
    // The columns' headings: which index each number is.
    let heading = format!(
        " {} {}{} {}",
        levers_report::format::fit(&lang.text("sobol-assumption"), label_width),
        " ".repeat(bar_width),
        if numbers.0 > 0 {
            format!(" {}", super::levers::right_aligned(&first_head, numbers.0))
        } else {
            String::new()
        },
        super::levers::right_aligned(&total_head, numbers.1),
    );
    let mut lines = vec![
        super::fit_line::fit_line(legend, width),
        Line::styled(heading, theme::label()),
    ];
    let rows = usize::from(inner.height).saturating_sub(lines.len());
    for (i, first, total) in ranked(&view.result, Output::Share).into_iter().take(rows) {
        let name = input_name(&view.result, i, app.baseline());
        lines.push(row(
            &name,
            (first.value, total.value),
            label_width,
            bar_width,
            numbers,
        ));
    }
    lines
}
