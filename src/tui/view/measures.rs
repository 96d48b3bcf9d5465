//! The measure panel of a format-2 package: its measures grouped by kind
//! under a heading per kind, each with its amount and a bar showing where the
//! amount sits in the kind's range (a schedule shows its first and last
//! values, the bar its peak). Names and labels come from the file and are made
//! inert for the terminal.

use levers_core::measure::{Amount, Measure, MeasureKind};
use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::style::Style;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Widget};

use super::levers::{bar, right_aligned, value_text};
use super::theme;
use super::timing_text::{end_text, targets_text};
use super::wrap_line::wrap_line;
use crate::tui::app::App;
use crate::tui::app::Silent;
use crate::tui::measures::listed_order;
use levers_report::brackets::with_note;
use levers_report::describe::measure_label;
use levers_report::format::{fit, money_bn};
use levers_report::i18n::Lang;
use levers_report::sanitise::terminal;

/// One line of the panel.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Row {
    Kind(MeasureKind),
    /// Index into the package's measures.
    Measure(usize),
}

fn rows(measures: &[Measure]) -> Vec<Row> {
    let mut rows = Vec::new();
    let mut previous = None;
    for index in listed_order(measures) {
        let kind = measures[index].kind;
        if previous != Some(kind) {
            rows.push(Row::Kind(kind));
            previous = Some(kind);
        }
        rows.push(Row::Measure(index));
    }
    rows
}

/// The amount as shown: `12.0 HK$ bn/yr`, or `10.0→20.0 HK$ bn/yr` for a
/// schedule whose values differ (as shown).
fn amount_text(lang: Lang, measure: &Measure) -> String {
    let field = measure.kind.field();
    match &measure.amount {
        Amount::Constant(value) => value_text(lang, field, *value),
        Amount::Schedule(points) => {
            let first = points.first().map_or(0.0, |p| p.1);
            let last = points.last().map_or(0.0, |p| p.1);
            let decimals = field.spec().decimals;
            let first_text = format!("{first:.decimals$}");
            if points
                .iter()
                .all(|p| format!("{:.decimals$}", p.1) == first_text)
            {
                value_text(lang, field, last)
            } else {
                format!("{first_text}→{}", value_text(lang, field, last))
            }
        }
    }
}

/// A measure's row; one that costs money and moves nothing by the target
/// year (`silent`) is marked `!` in the warning colour.
fn measure_line(app: &App, index: usize, width: usize, silent: bool) -> Line<'static> {
    let Some(measure) = app.policy().measures.get(index) else {
        return Line::from("");
    };
    let spec = measure.kind.field().spec();
    let name = terminal(&measure_label(app.lang, measure)).into_owned();
    let value = amount_text(app.lang, measure);
    let value_width = 16.max(unicode_width::UnicodeWidthStr::width(value.as_str()));
    let label_width = 18.min(width.saturating_sub(value_width + 2));
    let bar_width = width
        .saturating_sub(1 + label_width + 1 + value_width + 1)
        .min(24);
    let fraction = (measure.amount.peak() - spec.min) / (spec.max - spec.min);
    let mut spans = vec![
        if silent {
            Span::styled("!", theme::missed())
        } else {
            Span::raw(" ")
        },
        Span::raw(format!("{} ", fit(&name, label_width))),
        Span::raw(right_aligned(&value, value_width)),
    ];
    if bar_width > 0 {
        spans.push(Span::raw(" "));
        spans.push(Span::styled(
            bar(fraction, bar_width),
            Style::new().fg(theme::ACCENT),
        ));
    }
    theme::marked(Line::from(spans), app.selected_measure() == Some(index))
}

fn kind_line(lang: Lang, kind: MeasureKind) -> Line<'static> {
    Line::from(vec![
        Span::styled(lang.lever_field(kind.field()), theme::title()),
        // " (key)", or "（key）" in Chinese: our brackets follow the language.
        Span::styled(with_note(lang, "", kind.key()), theme::label()),
    ])
}

/// What the detail panel says about the selected measure: its label, name
/// and kind, amount, timing, targeting and source.
pub fn detail_lines(app: &App) -> Vec<Line<'static>> {
    let Some(measure) = app
        .selected_measure()
        .and_then(|i| app.policy().measures.get(i))
    else {
        return vec![Line::styled(app.lang.text("tui-no-measures"), theme::dim())];
    };
    let field = measure.kind.field();
    let title = terminal(&measure_label(app.lang, measure)).into_owned();
    let t = measure.timing;
    let lang = app.lang;
    let mut lines = vec![
        Line::from(Span::styled(title, theme::title())),
        Line::styled(
            format!("{} · {}", terminal(&measure.name), lang.lever_field(field)),
            theme::label(),
        ),
        Line::from(levers_report::describe::amount_phrase(lang, measure)),
        Line::from(lang.format_counts(
            "tui-measure-timing",
            &[
                ("start", &t.start.to_string()),
                ("end", &end_text(lang, t.end)),
            ],
            &[("ramp", i64::from(t.ramp_years))],
        )),
    ];
    // Talent and training reach every sector alike: no targets to name.
    if measure.kind.targets_sectors() {
        lines.push(Line::from(targets_text(lang, measure.sector_weights)));
    }
    if let Some(source) = &measure.source {
        lines.push(Line::styled(
            lang.format("tui-source", &[("source", &terminal(source))]),
            theme::label(),
        ));
    }
    lines
}

/// First row shown when only `height` rows fit: keeps the selection in view.
fn first_visible(app: &App, rows: &[Row], height: usize) -> usize {
    let at = app
        .selected_measure()
        .and_then(|s| rows.iter().position(|r| *r == Row::Measure(s)))
        .unwrap_or(0);
    if rows.len() <= height {
        0
    } else {
        (at + 1).saturating_sub(height).min(rows.len() - height)
    }
}

fn block(app: &App) -> Block<'static> {
    let count = app.policy().measures.len();
    theme::panel(
        &app.lang
            .format("tui-measures", &[("count", &count.to_string())]),
    )
}

/// Rows the warning of a measure with no effect takes under the list.
const WARNING_ROWS: usize = 3;

/// The rows the list may use in `inner`: all but the last two when a warning
/// of a measure with no effect takes them (and the panel has room for both).
fn list_height(inner: Rect, warned: bool) -> usize {
    let height = usize::from(inner.height);
    if warned && height > WARNING_ROWS + 1 {
        height - WARNING_ROWS
    } else {
        height
    }
}

/// The warning under the list, two lines: the first measure that costs money
/// and moves nothing by the target year and its cost; then the reason (the
/// year it first acts, or that it never does within the projection) and how
/// many more there are.
fn warning_lines(app: &App, silent: &[Silent], width: usize) -> Vec<Line<'static>> {
    let Some(first) = silent.first() else {
        return Vec::new();
    };
    let Some(measure) = app.policy().measures.get(first.index) else {
        return Vec::new();
    };
    let lang = app.lang;
    let year = app.policy().target.year.to_string();
    let reason = match app.first_effect_year(first) {
        Some(from) => lang.format(
            "tui-no-effect-later",
            &[("year", &year), ("from", &from.to_string())],
        ),
        None => lang.format(
            "tui-no-effect-never",
            &[
                ("year", &year),
                ("horizon", &app.policy().horizon.to_string()),
            ],
        ),
    };
    let more = match silent.len() {
        1 => String::new(),
        n => lang.format("tui-no-effect-more", &[("count", &(n - 1).to_string())]),
    };
    let what = lang.format(
        "tui-no-effect",
        &[
            ("measure", &terminal(&measure_label(lang, measure))),
            ("cost", &money_bn(lang, first.cost_hkd_bn)),
            ("year", &year),
        ],
    );
    let why = lang.format("tui-no-effect-why", &[("reason", &reason), ("more", &more)]);
    // The reason hangs under the measure's name, past the `! `, on the rows
    // left under the first.
    let hang = width.saturating_sub(3);
    let mut why_rows: Vec<String> = wrap_line(Line::from(why.clone()), hang)
        .iter()
        .map(ToString::to_string)
        .collect();
    if why_rows.len() > WARNING_ROWS - 1 {
        // What does not fit ends the last row, cut with `…`.
        let first = why_rows.first().map_or(0, String::len);
        let rest = why.get(first..).unwrap_or_default().trim_start();
        why_rows.truncate(WARNING_ROWS - 2);
        why_rows.push(fit(rest, hang));
    }
    std::iter::once(format!(" {}", fit(&what, width.saturating_sub(1))))
        .chain(why_rows.iter().map(|row| format!("   {row}")))
        .map(|text| Line::styled(text, theme::missed()))
        .collect()
}

/// The measure drawn at (`column`, `row`) when the panel occupies `area`.
pub fn measure_at(area: Rect, app: &App, column: u16, row: u16) -> Option<usize> {
    let inner = block(app).inner(area);
    if !inner.contains(ratatui::layout::Position::new(column, row)) {
        return None;
    }
    let rows = rows(&app.policy().measures);
    let height = list_height(inner, !app.silent_measures().is_empty());
    if usize::from(row - inner.y) >= height {
        return None;
    }
    let first = first_visible(app, &rows, height);
    match rows.get(first + usize::from(row - inner.y)) {
        Some(Row::Measure(index)) => Some(*index),
        _ => None,
    }
}

pub fn render(app: &App, area: Rect, buf: &mut Buffer) {
    let block = block(app);
    let inner = block.inner(area);
    block.render(area, buf);
    let rows = rows(&app.policy().measures);
    if rows.is_empty() {
        let line = Line::styled(" No measures: a adds one", theme::dim());
        buf.set_line(inner.x, inner.y, &line, inner.width);
        return;
    }
    let silent = app.silent_measures();
    let height = list_height(inner, !silent.is_empty());
    let first = first_visible(app, &rows, height);
    for (i, row) in rows.iter().skip(first).take(height).enumerate() {
        let line = match row {
            Row::Kind(kind) => kind_line(app.lang, *kind),
            Row::Measure(index) => {
                let quiet = silent.iter().any(|s| s.index == *index);
                measure_line(app, *index, usize::from(inner.width), quiet)
            }
        };
        let y = inner.y + u16::try_from(i).unwrap_or(u16::MAX);
        buf.set_line(inner.x, y, &line, inner.width);
    }
    if height < usize::from(inner.height) {
        let lines = warning_lines(app, &silent, usize::from(inner.width));
        let top = inner.bottom().saturating_sub(WARNING_ROWS as u16);
        for (y, line) in (top..).zip(&lines) {
            buf.set_line(inner.x, y, line, inner.width);
        }
    }
}
