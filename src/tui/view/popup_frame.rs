//! The frame every popup is drawn in — centred, cleared (wide characters
//! at its edges too), bordered and titled — and the lines popups share: an
//! input with its cursor, a refusal, the keys that work. Below every popup
//! file (the prompts, the measure and package editors, the goal seek) and the
//! overlays that clear their area, so none of them imports another.

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::style::{Modifier, Style};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Clear, Paragraph, Widget};

use super::theme;
use super::wrap_line::wrap_lines;
use crate::tui::keymap::{self, Context};
use crate::tui::labels;
use levers_report::i18n::Lang;

/// The columns inside the border of a popup `width` wide drawn in `area`.
pub(super) fn inner_width(area: Rect, width: u16) -> usize {
    usize::from(width.min(area.width).saturating_sub(2)).max(1)
}

/// `lines` with their text owned (wrapping splits spans into new ones).
pub(super) fn owned(lines: Vec<Line<'_>>) -> Vec<Line<'static>> {
    lines
        .into_iter()
        .map(|line| Line {
            spans: line
                .spans
                .into_iter()
                .map(|span| Span::styled(span.content.into_owned(), span.style))
                .collect(),
            style: line.style,
            alignment: line.alignment,
        })
        .collect()
}

/// A rectangle of at most `width`×`height`, centred in `area`.
fn centred(area: Rect, width: u16, height: u16) -> Rect {
    let width = width.min(area.width);
    let height = height.min(area.height);
    Rect::new(
        area.x + (area.width - width) / 2,
        area.y + (area.height - height) / 2,
        width,
        height,
    )
}

/// Clears `rect` for a popup. A wide (Chinese) character just left of it
/// would still be drawn two columns wide, over the popup's left border, so
/// it is blanked first; likewise the half of a wide character the popup cuts
/// at its right edge.
pub(super) fn clear(rect: Rect, buf: &mut Buffer) {
    let area = buf.area;
    for y in rect.top()..rect.bottom().min(area.bottom()) {
        if rect.left() > area.left() {
            let left = (rect.left() - 1, y);
            if unicode_width::UnicodeWidthStr::width(buf[left].symbol()) > 1 {
                buf[left].set_symbol(" ");
            }
        }
        // A wide character in the popup's last column spills past it.
        let right = rect.right();
        if right > rect.left() && right < area.right() {
            let last = (right - 1, y);
            if unicode_width::UnicodeWidthStr::width(buf[last].symbol()) > 1 {
                buf[(right, y)].set_symbol(" ");
            }
        }
    }
    Clear.render(rect, buf);
}

pub(super) fn show(area: Rect, buf: &mut Buffer, title: &str, lines: Vec<Line<'_>>, width: u16) {
    // Lines longer than the popup are wrapped here, so the popup is as tall
    // as the rows they take.
    let rows = wrap_lines(owned(lines), inner_width(area, width));
    let height = u16::try_from(rows.len() + 2).unwrap_or(u16::MAX);
    let rect = centred(area, width, height);
    clear(rect, buf);
    Paragraph::new(rows)
        .block(
            Block::bordered()
                .border_style(Style::new().fg(theme::ACCENT))
                .title(Span::styled(format!(" {title} "), theme::title())),
        )
        .render(rect, buf);
}

pub(super) fn input_line(prompt: &str, input: &str) -> Line<'static> {
    Line::from(vec![
        Span::styled(prompt.to_string(), theme::label()),
        Span::styled(
            format!("{input}█"),
            Style::new().add_modifier(Modifier::BOLD),
        ),
    ])
}

pub(super) fn error_line(error: Option<&String>) -> Line<'static> {
    match error {
        Some(error) => Line::styled(error.clone(), theme::error()),
        None => Line::from(""),
    }
}

pub(super) fn keys_line(lang: Lang, context: Context) -> Line<'static> {
    let parts: Vec<String> = keymap::hints(context)
        .iter()
        .map(|a| {
            format!(
                "{} {}",
                keymap::keys_label(context, *a),
                labels::hint(lang, *a)
            )
        })
        .collect();
    Line::styled(parts.join(" · "), theme::label())
}
