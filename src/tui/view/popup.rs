//! Prompts and overlays drawn over the workbench: exact value, group editor, file
//! picker, save-as, questions, help and messages.

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::style::{Modifier, Style};
use ratatui::text::{Line, Span};

use super::popup_frame::{self, error_line, input_line, keys_line, show};
use super::theme;
use super::wrap_line::{wrap_line, wrap_lines};
use crate::tui::action::Action;
use crate::tui::app::{App, Mode, Picker, SaveQuestion};
use crate::tui::edit::ValuePrompt;
use crate::tui::group::GroupEditor;
use crate::tui::keymap::{self, Context};
use crate::tui::labels;
use crate::tui::prompts::picker_title;
use crate::tui::timing_rows::GroupRow;
use levers_report::i18n::Lang;
use levers_report::sanitise::terminal;

/// Most changes listed in the restore offer of a copy older than its file.
const RESTORE_CHANGES_SHOWN: usize = 6;

/// The key line of an overlay that only closes (help, a message).
fn close_line(app: &App) -> Line<'static> {
    let keys = keymap::keys_label(Context::Overlay, Action::Close);
    Line::styled(
        format!("{keys} {}", labels::hint(app.lang, Action::Close)),
        theme::label(),
    )
}

pub fn render(app: &App, area: Rect, buf: &mut Buffer) {
    let context = app.context();
    match &app.mode {
        Mode::Normal => {}
        Mode::EditValue(ValuePrompt {
            field,
            input,
            error,
        }) => {
            let lines = vec![
                Line::from(format!(
                    "{}: {}",
                    app.lang.lever_field(*field),
                    app.lang.lever_range(*field)
                )),
                input_line("> ", input),
                error_line(error.as_ref()),
                keys_line(app.lang, context),
            ];
            let title = app
                .lang
                .format("popup-set", &[("lever", &app.lang.lever_field(*field))]);
            show(area, buf, &title, lines, 70);
        }
        Mode::Group(editor) => render_group(app, editor, area, buf),
        Mode::Measure(editor) => super::measure_popups::render_measure(app, editor, area, buf),
        Mode::Package(editor) => super::measure_popups::render_package(app, editor, area, buf),
        Mode::KindPicker(selected) => {
            super::measure_popups::render_kind_picker(app, *selected, area, buf);
        }
        Mode::Picker(picker) => render_picker(app.lang, picker, area, buf),
        Mode::SaveAs { input, error } => {
            let mut lines = vec![
                Line::from(app.lang.format(
                    "popup-save-as-path",
                    &[("folder", &app.save_as_folder().display().to_string())],
                )),
                input_line("> ", input),
                error_line(error.as_ref()),
            ];
            if let Some(library) = &app.library {
                lines.push(Line::styled(
                    app.lang.format(
                        "popup-library",
                        &[("folder", &library.display().to_string())],
                    ),
                    theme::label(),
                ));
            }
            lines.push(keys_line(app.lang, context));
            show(area, buf, &app.lang.text("popup-save-as"), lines, 70);
        }
        Mode::Unsaved(_) => {
            let lines = vec![
                Line::from(
                    app.lang
                        .format("popup-unsaved-text", &[("file", &labels::file_label(app))]),
                ),
                keys_line(app.lang, context),
            ];
            show(area, buf, &app.lang.text("popup-unsaved"), lines, 60);
        }
        Mode::ConfirmSave { path, question } => {
            let (text, title, width) = match question {
                SaveQuestion::Overwrite => ("popup-replace-text", "popup-replace", 70),
                SaveQuestion::ChangedOnDisk => ("popup-changed-text", "popup-changed", 80),
                SaveQuestion::LinkElsewhere { .. } => ("popup-link-text", "popup-link", 80),
            };
            let path = path.display().to_string();
            let mut lines = vec![Line::from(app.lang.format(text, &[("path", &path)]))];
            match question {
                SaveQuestion::Overwrite => {}
                SaveQuestion::ChangedOnDisk => {
                    lines.push(Line::from(app.lang.text("popup-overwrite")));
                }
                SaveQuestion::LinkElsewhere { target } => lines.extend([
                    Line::from(target.display().to_string()),
                    Line::from(app.lang.text("popup-link-write")),
                ]),
            }
            lines.push(keys_line(app.lang, context));
            show(area, buf, &app.lang.text(title), lines, width);
        }
        Mode::Restore { file, changed, .. } => {
            let mut lines = vec![
                Line::from(
                    app.lang
                        .format("popup-restore-text", &[("file", &labels::file_label(app))]),
                ),
                Line::styled(
                    app.lang.format(
                        "popup-recovery-copy",
                        &[("file", &file.display().to_string())],
                    ),
                    theme::label(),
                ),
            ];
            if let Some(changed) = changed {
                lines.push(Line::styled(
                    app.lang.text("popup-restore-changed"),
                    theme::error(),
                ));
                for change in changed.1.iter().take(RESTORE_CHANGES_SHOWN) {
                    lines.push(Line::from(format!("  - {change}")));
                }
                if changed.1.len() > RESTORE_CHANGES_SHOWN {
                    let more = (changed.1.len() - RESTORE_CHANGES_SHOWN).to_string();
                    lines.push(Line::from(
                        app.lang.format("popup-restore-more", &[("count", &more)]),
                    ));
                }
            }
            lines.push(Line::from(app.lang.text("popup-restore-keys")));
            show(area, buf, &app.lang.text("popup-restore"), lines, 80);
        }
        Mode::Help(scroll) => render_help(app, *scroll, area, buf),
        Mode::Seek(proposal) => super::seek::render(app.lang, proposal, context, area, buf),
        Mode::Seeking => {
            let lines = vec![
                Line::from(app.lang.text("popup-seeking-line-1")),
                Line::from(app.lang.text("popup-seeking-line-2")),
                Line::from(""),
                keys_line(app.lang, context),
            ];
            show(area, buf, &app.lang.text("popup-seeking"), lines, 64);
        }
        Mode::Message { title, text } => {
            // A message quotes lines of the user's file, which may be very long:
            // show the start of each, at most a screenful.
            const MAX_CHARS: usize = 400;
            // A file's name and quoted lines are the user's: inert for the terminal.
            let shown: Vec<String> = text
                .lines()
                .take(usize::from(area.height))
                .map(|l| terminal(l).chars().take(MAX_CHARS).collect())
                .collect();
            let widest = shown
                .iter()
                .map(|l| unicode_width::UnicodeWidthStr::width(l.as_str()))
                .max()
                .unwrap_or(0);
            let width = u16::try_from(widest + 4).unwrap_or(u16::MAX).max(50);
            let mut lines: Vec<Line<'_>> = shown.into_iter().map(Line::from).collect();
            lines.push(Line::from(""));
            lines.push(close_line(app));
            show(area, buf, &terminal(title), lines, width);
        }
    }
}

fn render_group(app: &App, editor: &GroupEditor, area: Rect, buf: &mut Buffer) {
    let lever = app.policy().group_timing(editor.group);
    let mut lines = Vec::new();
    if lever.is_none() {
        lines.push(Line::styled(
            app.lang.text("popup-group-not-used"),
            theme::dim(),
        ));
    }
    for (i, row) in editor.rows().iter().enumerate() {
        let selected = i == editor.row;
        let value = match (&editor.typing, selected) {
            (Some(input), true) => format!("{input}█"),
            _ => row.value_text(app.lang, lever.as_ref()),
        };
        let label = labels::columns(&labels::group_row(app.lang, *row), 34);
        let line = Line::from(format!(" {label} {value}"));
        lines.push(if selected {
            line.patch_style(theme::selected())
        } else {
            line
        });
    }
    lines.push(error_line(editor.error.as_ref()));
    lines.push(keys_line(app.lang, app.context()));
    show(
        area,
        buf,
        &app.lang.format(
            if editor.rows().len() < GroupRow::ALL.len() {
                "popup-group-title-timing"
            } else {
                "popup-group-title"
            },
            &[("group", &app.lang.lever_group(editor.group))],
        ),
        lines,
        64,
    );
}

fn render_picker(lang: Lang, picker: &Picker, area: Rect, buf: &mut Buffer) {
    let mut lines = vec![
        input_line(&lang.text("popup-picker-path"), &picker.input),
        Line::from(""),
    ];
    let room = usize::from(area.height.saturating_sub(8)).max(1);
    let first = (picker.selected + 1).saturating_sub(room);
    if picker.entries.is_empty() {
        lines.push(Line::styled(lang.text("popup-no-packages"), theme::dim()));
    }
    for (i, entry) in picker.entries.iter().enumerate().skip(first).take(room) {
        let line = Line::from(format!(" {}", entry.display()));
        let chosen = i == picker.selected && picker.input.trim().is_empty();
        lines.push(theme::marked(line, chosen));
    }
    lines.push(keys_line(lang, Context::Picker));
    show(area, buf, &picker_title(lang, picker.purpose), lines, 72);
}

/// `  e                 edit the measure…`: an action's keys (built-in and
/// the user's) and what it does.
fn binding_line(app: &App, binding: &keymap::Binding) -> Line<'static> {
    let mut keys: Vec<String> = binding.keys.iter().map(|k| k.label()).collect();
    for label in app.user_keys.labels(binding.action) {
        if !keys.contains(&label) {
            keys.push(label);
        }
    }
    let keys = keys.join(" ");
    // The key column is 18 wide; longer keys keep a space before the words.
    let pad = HELP_KEY_COLUMN.saturating_sub(unicode_width::UnicodeWidthStr::width(keys.as_str()));
    Line::from(vec![
        Span::styled(
            format!("  {keys}{} ", " ".repeat(pad.saturating_sub(1))),
            Style::new().add_modifier(Modifier::BOLD),
        ),
        Span::raw(labels::description(app.lang, binding.action)),
    ])
}

/// The width of the help's key column, the space after it included.
const HELP_KEY_COLUMN: usize = 18;

/// The help overlay's width, borders included.
const HELP_WIDTH: u16 = 80;

/// Every line of the help, unwrapped.
fn help_lines(app: &App) -> Vec<Line<'static>> {
    let lang = app.lang;
    let mut lines = vec![Line::styled(lang.text("help-workbench"), theme::title())];
    for binding in keymap::bindings(Context::Normal) {
        lines.push(binding_line(app, binding));
    }
    lines.push(Line::styled(lang.text("help-measures"), theme::title()));
    for binding in keymap::bindings(Context::Measures).iter().filter(|b| {
        !keymap::bindings(Context::Normal)
            .iter()
            .any(|n| n.action == b.action)
    }) {
        lines.push(binding_line(app, binding));
    }
    for (id, context) in [
        ("help-measure-editor", Context::MeasureEditor),
        ("help-group", Context::Group),
        ("help-package-editor", Context::Form),
    ] {
        lines.push(Line::styled(lang.text(id), theme::title()));
        lines.push(keys_line(lang, context));
    }
    lines.push(Line::styled(lang.text("help-mouse"), theme::title()));
    let mouse = |action: Action| labels::description(lang, action);
    lines.push(Line::from(format!(
        "  {}",
        lang.format(
            "help-mouse-line",
            &[
                ("click", &mouse(Action::Click { column: 0, row: 0 })),
                ("up", &mouse(Action::ScrollUp { column: 0, row: 0 })),
                ("down", &mouse(Action::ScrollDown { column: 0, row: 0 })),
            ],
        )
    )));
    lines.push(Line::from(format!("  {}", lang.text("help-prompts"))));
    lines
}

/// The help's rows as wrapped to the overlay's width, the rows of the keys
/// that scroll and close it (always in view), and how many rows of help fit.
struct HelpPage {
    rows: Vec<Line<'static>>,
    keys: Vec<Line<'static>>,
    room: usize,
}

fn help_page(app: &App, area: Rect) -> HelpPage {
    let width = popup_frame::inner_width(area, HELP_WIDTH);
    let rows = wrap_lines(popup_frame::owned(help_lines(app)), width);
    let keys = wrap_line(
        Line::styled(
            format!("{} · {}", app.lang.text("help-scroll"), close_line(app)),
            theme::label(),
        ),
        width,
    );
    let room = usize::from(area.height.saturating_sub(2)).saturating_sub(keys.len());
    HelpPage { rows, keys, room }
}

/// The furthest the help scrolls in `area`: its last row at the bottom.
pub(super) fn help_scroll_limit(app: &App, area: Rect) -> u16 {
    let page = help_page(app, area);
    u16::try_from(page.rows.len().saturating_sub(page.room)).unwrap_or(u16::MAX)
}

fn render_help(app: &App, scroll: u16, area: Rect, buf: &mut Buffer) {
    // Scrolled by rows, as wrapped, so that the last rows can be reached.
    let HelpPage { rows, keys, room } = help_page(app, area);
    let start = usize::from(scroll).min(rows.len().saturating_sub(room));
    let mut shown: Vec<Line<'_>> = rows.into_iter().skip(start).take(room).collect();
    shown.extend(keys);
    show(area, buf, &app.lang.text("help-title"), shown, HELP_WIDTH);
}
