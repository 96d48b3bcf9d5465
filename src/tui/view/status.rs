//! The title line (file, unsaved marker, comparison) and the status bar (a note,
//! then the keys that matter now, from the keymap).

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::style::{Modifier, Style};
use ratatui::text::{Line, Span};
use ratatui::widgets::Widget;

use super::theme;
use crate::tui::app::App;
use crate::tui::keymap;
use crate::tui::labels;

pub fn render_title(app: &App, area: Rect, buf: &mut Buffer) {
    let mut spans = vec![
        Span::styled(" levers ", theme::title().add_modifier(Modifier::REVERSED)),
        Span::raw(" "),
        Span::styled(
            labels::file_label(app),
            Style::new().add_modifier(Modifier::BOLD),
        ),
    ];
    if app.is_dirty() {
        spans.push(Span::styled(
            format!(" ● {}", app.lang.text("tui-unsaved")),
            Style::new().fg(theme::CURRENT),
        ));
    }
    spans.push(Span::styled(
        // The name is the file's text: one line, nothing that acts on the
        // terminal or reorders what is shown (U+202E).
        format!(" — {}", levers_report::sanitise::xml(&app.policy().name)),
        theme::label(),
    ));
    if let Some(first) = app.compare().first() {
        let more = match app.compare().len() {
            1 => String::new(),
            n => app
                .lang
                .format("tui-versus-more", &[("count", &(n - 1).to_string())]),
        };
        let name = levers_report::sanitise::xml(&first.label);
        spans.push(Span::styled(
            app.lang
                .format("tui-versus", &[("name", &name), ("more", &more)]),
            Style::new().fg(theme::COMPARE),
        ));
    }
    Line::from(spans).render(area, buf);
}

/// The most rows a note takes at the foot of the screen.
const MOST_NOTE_ROWS: usize = 3;

/// The note wrapped to `width`, when it is too wide for one row (at most
/// [`MOST_NOTE_ROWS`] rows; a note longer still ends where they do).
fn note_rows(app: &App, width: u16) -> Option<Vec<Line<'static>>> {
    let note = app.note()?;
    let text = format!(" {} ", note.text);
    if Span::raw(text.as_str()).width() <= usize::from(width) {
        return None;
    }
    let style = if note.is_error {
        theme::error()
    } else {
        Style::new().fg(theme::ACCENT)
    };
    let rows = super::wrap_line::wrap_line(
        Line::from(Span::styled(format!(" {}", note.text), style)),
        usize::from(width),
    );
    Some(rows.into_iter().take(MOST_NOTE_ROWS).collect())
}

/// The rows the status bar takes at `width`: one, or as many as a note too
/// wide for one wraps to (then without the key hints, which come back with
/// the next key).
pub fn height(app: &App, width: u16) -> u16 {
    note_rows(app, width).map_or(1, |rows| rows.len().max(1) as u16)
}

pub fn render_status(app: &App, area: Rect, buf: &mut Buffer) {
    if let Some(rows) = note_rows(app, area.width) {
        ratatui::widgets::Paragraph::new(rows).render(area, buf);
        return;
    }
    let mut spans = Vec::new();
    let mut used = 0usize;
    if let Some(note) = app.note() {
        let style = if note.is_error {
            theme::error()
        } else {
            Style::new().fg(theme::ACCENT)
        };
        let text = format!(" {} ", note.text);
        used += Span::raw(text.as_str()).width();
        spans.push(Span::styled(text, style));
    }
    let context = app.context();
    for action in keymap::hints(context) {
        let keys = keymap::first_key_label(context, *action);
        if keys.is_empty() {
            continue;
        }
        let hint = labels::hint(app.lang, *action);
        let width = keys.chars().count() + Span::raw(hint.as_str()).width() + 3;
        if used + width > usize::from(area.width) {
            break;
        }
        used += width;
        spans.push(Span::styled(format!(" {keys}"), theme::title()));
        spans.push(Span::styled(format!(" {hint} "), theme::label()));
    }
    Line::from(spans).render(area, buf);
}
