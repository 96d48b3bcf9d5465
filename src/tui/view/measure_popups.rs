//! The popups of format-2 editing: the measure editor (with its schedule
//! table), the kind picker for a new measure, and the package editor. Text
//! from the file (names, labels, descriptions) is made inert for the terminal.

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::text::Line;

use super::popup_frame::{error_line, inner_width, keys_line, show};
use super::theme;
use super::wrap_line::wrap_lines;
use crate::tui::app::App;
use crate::tui::form::FormState;
use crate::tui::labels;
use crate::tui::measure_editor::{MeasureEditor, MeasureRow};
use crate::tui::package_editor::{PackageEditor, PackageRow};
use levers_core::measure::MeasureKind;
use levers_report::format::fit;
use levers_report::sanitise::terminal;

/// Label and value columns of a form, and its popup's width.
const LABEL_WIDTH: usize = 28;
const VALUE_WIDTH: usize = 40;
const FORM_WIDTH: u16 = 76;

/// The form's rows, the selected one highlighted (showing the text being
/// typed), under `head` and above the form's error and keys; when they do
/// not all fit in `area`, the rows around the selected one (the head, the
/// error and the keys always show).
fn form_lines(
    app: &App,
    form: &FormState,
    head: Vec<Line<'static>>,
    rows: Vec<(String, String)>,
    area: Rect,
) -> Vec<Line<'static>> {
    let mut shown_rows = Vec::new();
    for (i, (label, value)) in rows.into_iter().enumerate() {
        let selected = i == form.row;
        let value = match (&form.typing, selected) {
            (Some(input), true) => format!("{}█", terminal(input)),
            _ => terminal(&value).into_owned(),
        };
        let line = Line::from(format!(
            " {} {}",
            fit(&label, LABEL_WIDTH),
            fit(&value, VALUE_WIDTH)
        ));
        shown_rows.push(theme::marked(line, selected));
    }
    let width = inner_width(area, FORM_WIDTH);
    let head = wrap_lines(head, width);
    let tail = wrap_lines(
        vec![
            error_line(form.error.as_ref()),
            keys_line(app.lang, app.context()),
        ],
        width,
    );
    // Two rows for the border.
    let room = usize::from(area.height)
        .saturating_sub(2 + head.len() + tail.len())
        .max(1);
    let first = form
        .row
        .saturating_sub(room / 2)
        .min(shown_rows.len().saturating_sub(room));
    let mut lines = head;
    lines.extend(shown_rows.into_iter().skip(first).take(room));
    lines.extend(tail);
    lines
}

pub fn render_measure(app: &App, editor: &MeasureEditor, area: Rect, buf: &mut Buffer) {
    let Some(measure) = editor.measure(app.policy()) else {
        return;
    };
    let rows = MeasureRow::of(measure)
        .into_iter()
        .map(|row| {
            (
                labels::measure_row(app.lang, row),
                row.value_text(app.lang, measure),
            )
        })
        .collect();
    let kind = app.lang.lever_field(measure.kind.field());
    let head = vec![Line::styled(
        app.lang.format("popup-measure-hint", &[("kind", &kind)]),
        theme::label(),
    )];
    let lines = form_lines(app, &editor.form, head, rows, area);
    let name = fit(&terminal(&measure.name), 40);
    let title = app
        .lang
        .format("popup-measure", &[("name", name.trim_end())]);
    show(area, buf, &title, lines, FORM_WIDTH);
}

pub fn render_package(app: &App, editor: &PackageEditor, area: Rect, buf: &mut Buffer) {
    let rows = PackageRow::ALL
        .iter()
        .map(|row| {
            (
                labels::package_row(app.lang, *row),
                row.value_text(app.lang, app.policy()),
            )
        })
        .collect();
    let lines = form_lines(app, &editor.form, Vec::new(), rows, area);
    show(
        area,
        buf,
        &app.lang.text("popup-package"),
        lines,
        FORM_WIDTH,
    );
}

pub fn render_kind_picker(app: &App, selected: usize, area: Rect, buf: &mut Buffer) {
    let lang = app.lang;
    let mut lines = vec![Line::from(lang.text("popup-kind"))];
    for (i, kind) in MeasureKind::ALL.iter().enumerate() {
        let field = kind.field();
        let label = crate::tui::labels::columns(&lang.lever_field(field), 22);
        let line = Line::from(format!(" {label} {}", lang.unit(field.spec().unit)));
        lines.push(theme::marked(line, i == selected));
    }
    lines.push(keys_line(app.lang, app.context()));
    show(area, buf, &lang.text("popup-add-measure"), lines, 56);
}
