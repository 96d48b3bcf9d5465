//! The sensitivity tornado: for each lever and each uncertain assumption moved
//! from its low to its high end (everything else held), where the outcome
//! lands left or right of the package's own value; widest swing first, as many
//! rows as fit. Drawn below the share chart while open (`t`; `T` cycles the
//! outcome).

use levers_core::analysis::{MAX_MEASURES_SWUNG_ONE_BY_ONE, Outcome, Swing, SwingMethod};
use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::style::{Color, Style};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Paragraph, Widget};

use super::regions::Regions;
use super::theme;
use crate::tui::analysis::{Tornado, item_label};
use crate::tui::app::App;
use levers_report::format::{money_bn, thousands};
use levers_report::i18n::Lang;

/// Bar colour where the item at its low end puts the outcome.
pub const LOW: Color = Color::Blue;
/// Bar colour where the item at its high end puts the outcome.
pub const HIGH: Color = Color::Cyan;
/// Bar glyphs for the two ends: told apart without colour too (`NO_COLOR`,
/// a monochrome terminal, a print-out).
const LOW_GLYPH: char = '▒';
const HIGH_GLYPH: char = '█';

/// Where the tornado goes: below the share chart when there is room, else over it.
pub fn area(regions: &Regions) -> Rect {
    let bottom = regions.status.y;
    // Detail or the purse has the whole right column (the compact layout
    // after Tab): the views open over its top half, where the share chart was.
    let text_column = regions
        .detail
        .or(regions.fiscal)
        .filter(|r| r.x > regions.levers.x && r.y == regions.kpis.bottom() && r.bottom() == bottom);
    if let Some(column) = text_column {
        return Rect {
            height: column.height / 2,
            ..column
        };
    }
    if let Some(share) = regions.share_chart {
        let below = Rect::new(
            share.x,
            share.bottom(),
            share.width,
            bottom.saturating_sub(share.bottom()),
        );
        return if below.height >= 8 { below } else { share };
    }
    let top = regions.kpis.bottom();
    Rect::new(
        regions.status.x,
        top,
        regions.status.width,
        bottom.saturating_sub(top),
    )
}

/// A value of `outcome` as the tornado prints it.
fn value_text(lang: Lang, outcome: Outcome, value: f64) -> String {
    match outcome {
        Outcome::ShareInTargetYear => format!("{value:.2}%"),
        Outcome::JobsInTargetYear => thousands(value),
        Outcome::EffectiveSectorsInTargetYear => format!("{value:.2}"),
        Outcome::CumulativeCostToTargetYear => money_bn(lang, value),
    }
}

/// Columns of the swing figure: ten, or more for a longer unit (`0.38 個百分點`).
fn swing_width(lang: Lang) -> usize {
    10.max(5 + unicode_width::UnicodeWidthStr::width(lang.unit("pp").as_str()))
}

/// A swing's width as the tornado prints it.
fn width_text(lang: Lang, outcome: Outcome, width: f64) -> String {
    match outcome {
        Outcome::ShareInTargetYear => format!("{width:.2} {}", lang.unit("pp")),
        Outcome::JobsInTargetYear => thousands(width),
        Outcome::EffectiveSectorsInTargetYear => format!("{width:.2}"),
        Outcome::CumulativeCostToTargetYear => money_bn(lang, width),
    }
}

/// Cells of one bar: `half` cells each side of the centre, `scale` outcome
/// units per cell.
fn bar_cells(swing: &Swing, centre: f64, half: usize, scale: f64) -> Vec<(char, Option<Color>)> {
    let mut cells = vec![(' ', None); 2 * half + 1];
    cells[half] = ('│', None);
    let mut ends = [
        (swing.outcome_at_low - centre, LOW, LOW_GLYPH),
        (swing.outcome_at_high - centre, HIGH, HIGH_GLYPH),
    ];
    // The longer end first, so a shorter one on the same side shows over it.
    ends.sort_by(|a, b| b.0.abs().total_cmp(&a.0.abs()));
    for (deviation, colour, glyph) in ends {
        if !(deviation.is_finite() && scale > 0.0) {
            continue;
        }
        let length = ((deviation.abs() / scale).round() as usize).min(half);
        for step in 1..=length {
            let at = if deviation < 0.0 {
                half - step
            } else {
                half + step
            };
            cells[at] = (glyph, Some(colour));
        }
    }
    cells
}

/// The columns of a bar line: the label's, each half bar's, and the swing
/// figure's at the end.
struct Columns {
    label: usize,
    half: usize,
    swing: usize,
}

fn bar_line(
    app: &App,
    tornado: &Tornado,
    swing: &Swing,
    columns: &Columns,
    scale: f64,
) -> Line<'static> {
    let (label_width, half) = (columns.label, columns.half);
    let label = levers_report::format::fit(
        &item_label(app.lang, app.baseline(), app.policy(), swing.item),
        label_width,
    );
    let mut spans = vec![Span::raw(format!(" {label} "))];
    let cells = bar_cells(swing, tornado.centre, half, scale);
    // Runs of one colour as one span.
    let mut run = String::new();
    let mut run_colour = None;
    for (c, colour) in cells {
        if colour != run_colour && !run.is_empty() {
            spans.push(styled_run(std::mem::take(&mut run), run_colour));
        }
        run_colour = colour;
        run.push(c);
    }
    if !run.is_empty() {
        spans.push(styled_run(run, run_colour));
    }
    spans.push(Span::styled(
        format!(
            " {}",
            super::levers::right_aligned(
                &width_text(app.lang, tornado.outcome, swing.width()),
                columns.swing
            )
        ),
        theme::label(),
    ));
    Line::from(spans)
}

fn styled_run(text: String, colour: Option<Color>) -> Span<'static> {
    match colour {
        Some(colour) => Span::styled(text, Style::new().fg(colour)),
        None => Span::styled(text, theme::border()),
    }
}

pub fn render(app: &App, area: Rect, buf: &mut Buffer) {
    let Some(tornado) = app.tornado() else {
        return;
    };
    super::popup_frame::clear(area, buf);
    let year = app.policy().target.year;
    let wide = area.width >= 64;
    let lang = app.lang;
    let key = tornado.outcome.key();
    let outcome = lang.text(&format!("outcome-{key}"));
    let year = year.to_string();
    // The narrow title leaves out the detail (Fluent skips what it does not name).
    let detail = lang.text(&format!("outcome-unit-{key}"));
    let id = if wide {
        "tornado-title"
    } else {
        "tornado-title-narrow"
    };
    let title = lang.format(
        id,
        &[("outcome", &outcome), ("year", &year), ("detail", &detail)],
    );
    let mut block = theme::panel(&title);
    if wide {
        block = block.title(Span::styled(
            format!(" {} ", lang.text("tornado-keys")),
            theme::label(),
        ));
    }
    let inner = block.inner(area);
    block.render(area, buf);
    let width = usize::from(inner.width);
    // A package of many measures is swung by kind: one line says so, under
    // the key, before the bars.
    let note = match tornado.method {
        SwingMethod::ByKind { measures } => Some(lang.format(
            "tornado-by-kind",
            &[
                ("count", &thousands(measures as f64)),
                ("limit", &thousands(MAX_MEASURES_SWUNG_ONE_BY_ONE as f64)),
            ],
        )),
        SwingMethod::OneByOne => None,
    };
    let rows = usize::from(inner.height.saturating_sub(1 + u16::from(note.is_some())));
    let label_width = (width / 3).clamp(8, 26);
    let shown: Vec<&Swing> = tornado.swings.iter().take(rows).collect();
    // The swing figures are never cut: their column is as wide as the widest.
    let swing_columns = shown
        .iter()
        .map(|s| {
            let text = width_text(lang, tornado.outcome, s.width());
            unicode_width::UnicodeWidthStr::width(text.as_str())
        })
        .fold(swing_width(lang), usize::max);
    // One space before and after the label, one before the swing.
    let bars = width.saturating_sub(label_width + 2 + 1 + swing_columns);
    let half = bars.saturating_sub(1) / 2;
    let columns = Columns {
        label: label_width,
        half,
        swing: swing_columns,
    };
    let largest = shown
        .iter()
        .flat_map(|s| [s.outcome_at_low, s.outcome_at_high])
        .map(|v| (v - tornado.centre).abs())
        .filter(|d| d.is_finite())
        .fold(0.0_f64, f64::max);
    let scale = if half > 0 { largest / half as f64 } else { 0.0 };
    let mut lines = vec![Line::from(vec![
        Span::styled(
            format!(
                " {}  ",
                lang.format(
                    "tornado-package",
                    &[("value", &value_text(lang, tornado.outcome, tornado.centre))]
                )
            ),
            Style::new().fg(theme::CURRENT),
        ),
        Span::styled(LOW_GLYPH.to_string(), Style::new().fg(LOW)),
        Span::styled(
            if wide {
                format!(" {}  ", lang.text("tornado-low-wide"))
            } else {
                format!(" {} ", lang.text("tornado-low"))
            },
            theme::label(),
        ),
        Span::styled(HIGH_GLYPH.to_string(), Style::new().fg(HIGH)),
        Span::styled(
            format!(
                " {}",
                lang.text(if wide {
                    "tornado-high-wide"
                } else {
                    "tornado-high"
                })
            ),
            theme::label(),
        ),
    ])];
    if let Some(note) = note {
        lines.push(Line::from(Span::styled(format!(" {note}"), theme::label())));
    }
    for swing in shown {
        lines.push(bar_line(app, tornado, swing, &columns, scale));
    }
    Paragraph::new(lines).render(inner, buf);
}
