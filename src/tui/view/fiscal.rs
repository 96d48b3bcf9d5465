//! The public-purse panel (Tab to it): cash outlay, tax forgone and financing
//! over the 5- and 10-year budget windows, to the horizon and to the target
//! year; the present value and the cost per job to the horizon and to the
//! target year; and, where there is room, each measure's cost, in real
//! base-year HK$ — the same accounts `levers eval` prints, from
//! `levers_core::analysis::fiscal`.

use levers_core::analysis::fiscal::{
    FiscalAccounts, MeasureCost, TargetWindow, Window, fiscal_accounts,
};
use levers_report::i18n::Lang;
use ratatui::buffer::Buffer;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Paragraph, Row, Table, Widget};

use super::theme;
use crate::tui::app::App;
use levers_report::fiscal::{cap_sentence, money_label};
use levers_report::format::{fit, money};
use levers_report::sanitise::terminal;

/// ```text
/// ┌ Public purse, HK$ bn (real, 2023 HK$) ────────┐
/// │window  years      cash   tax  fin. total      │  the windows (years column
/// │5 yrs   2025–2029  89.7   0.3   6.1  96.2      │  only where it fits), the
/// │…                                              │  target window last
/// │PV at 3.5% real: target … · to 2035 …          │  PV, money offered/taken up, cost per job,
/// │…                                              │  budget cap
/// │To 2035, by measure: …                         │  measures, room permitting
/// └───────────────────────────────────────────────┘
/// ```
pub fn render(app: &App, area: Rect, buf: &mut Buffer) {
    let accounts = fiscal_accounts(app.baseline(), app.policy(), app.projection());
    let lang = app.lang;
    let title = format!(
        " {} ",
        lang.format(
            "tui-fiscal-title",
            &[("money", &money_label(lang, app.projection().base_year))]
        )
    );
    let room = usize::from(area.width.saturating_sub(2));
    let title = if unicode_width::UnicodeWidthStr::width(title.as_str()) <= room {
        title
    } else {
        fit(&title, room)
    };
    let block = Block::bordered()
        .border_style(theme::border())
        .title(Span::styled(title, theme::title()));
    let inner = block.inner(area);
    block.render(area, buf);
    // The years column goes first when the panel is narrow.
    let show_years = inner.width >= 46;
    let rows = window_rows(lang, &accounts, show_years);
    let [table_area, notes_area] = Layout::vertical([
        Constraint::Length(rows.len() as u16 + 1),
        Constraint::Min(0),
    ])
    .areas(inner);
    let (widths, header) = columns(lang, show_years);
    Table::new(rows, widths)
        .header(header)
        .column_spacing(1)
        .render(table_area, buf);
    let width = usize::from(notes_area.width);
    let height = usize::from(notes_area.height);
    let mut rows = note_rows(&notes(app, &accounts), width, height);
    let room = height.saturating_sub(rows.len() + 1);
    rows.extend(costliest_measures(lang, &accounts, room, width));
    let lines: Vec<Line<'_>> = rows.into_iter().map(Line::from).collect();
    Paragraph::new(lines).render(notes_area, buf);
}

/// The notes as rows of at most `width` columns, at most `height` of them.
/// A note too long for a row wraps between words, and a figure stays whole
/// with its unit (`HK$116.0 bn`); a note with no room left for all its rows
/// is left out whole, and a shorter one after it may still fit. No figure
/// is ever cut.
fn note_rows(notes: &[String], width: usize, height: usize) -> Vec<String> {
    let mut rows = Vec::new();
    for note in notes {
        let wrapped = pack_words(&glue_units(note), width);
        let whole = wrapped.iter().all(|row| columns_of(row) <= width);
        if whole && rows.len() + wrapped.len() <= height {
            rows.extend(wrapped);
        }
    }
    rows
}

/// `text` packed into rows of at most `width` columns. A phrase between
/// ` · ` moves to the next row whole when it fits there (`to 2035 HK$46.6 bn`
/// is not split from its figure); a phrase wider than a row breaks at
/// spaces only, so `93.4萬港元` stays together; a word wider than a row (a
/// long run of Chinese) is broken where the row ends, as the Detail panel
/// breaks it.
fn pack_words(text: &str, width: usize) -> Vec<String> {
    let phrases: Vec<&str> = text.split(" · ").collect();
    let mut rows: Vec<String> = Vec::new();
    let mut current = String::new();
    for (i, phrase) in phrases.iter().enumerate() {
        let piece = if i + 1 < phrases.len() {
            format!("{phrase} ·")
        } else {
            (*phrase).to_string()
        };
        let piece_width = columns_of(&piece.replace(NO_BREAK, " "));
        let joined = columns_of(&current) + usize::from(!current.is_empty()) + piece_width;
        if !current.is_empty() && joined > width && piece_width <= width {
            rows.push(std::mem::take(&mut current));
        }
        for word in piece.split(' ').filter(|w| !w.is_empty()) {
            add_word(&mut rows, &mut current, &word.replace(NO_BREAK, " "), width);
        }
    }
    if !current.is_empty() {
        rows.push(current);
    }
    // A row that starts a phrase needs no `·` before it: the break parts them.
    rows.into_iter()
        .map(|row| row.strip_prefix("· ").map_or(row.clone(), str::to_string))
        .collect()
}

/// `word` after the words of `current`, or on a new row when it does not fit.
fn add_word(rows: &mut Vec<String>, current: &mut String, word: &str, width: usize) {
    let needed = columns_of(current) + usize::from(!current.is_empty()) + columns_of(word);
    if needed <= width {
        if !current.is_empty() {
            current.push(' ');
        }
        current.push_str(word);
        return;
    }
    if !current.is_empty() {
        rows.push(std::mem::take(current));
    }
    if columns_of(word) <= width {
        *current = word.to_string();
    } else {
        let mut pieces: Vec<String> =
            super::wrap_line::wrap_line(Line::from(word.to_string()), width)
                .iter()
                .map(ToString::to_string)
                .collect();
        *current = pieces.pop().unwrap_or_default();
        rows.extend(pieces);
    }
}

fn columns_of(text: &str) -> usize {
    unicode_width::UnicodeWidthStr::width(text)
}

/// A space the wrapper does not break at (put back as a space once wrapped).
const NO_BREAK: char = '\u{a0}';

/// `note` with the space between a figure and its unit (`116.0 bn`, `HK$1.2 m`)
/// made one the wrapper does not break at.
fn glue_units(note: &str) -> String {
    let mut glued = String::with_capacity(note.len());
    let mut previous = None;
    let mut chars = note.chars().peekable();
    while let Some(c) = chars.next() {
        let unit_follows = chars.peek().is_some_and(|next| next.is_alphabetic());
        if c == ' ' && previous.is_some_and(|p: char| p.is_ascii_digit()) && unit_follows {
            let rest: String = chars.clone().take_while(|c| !c.is_whitespace()).collect();
            if UNITS.contains(&rest.trim_end_matches([',', '.', ';', ')'])) {
                glued.push(NO_BREAK);
                previous = Some(NO_BREAK);
                continue;
            }
        }
        glued.push(c);
        previous = Some(c);
    }
    glued
}

/// The units a money figure is written with (`levers_report::format::money`).
const UNITS: [&str; 4] = ["bn", "m", "million", "billion"];

/// The headings of the amount columns: cash, tax forgone, financing, total.
const AMOUNT_HEADS: [&str; 4] = [
    "tui-fiscal-cash-head",
    "tui-fiscal-tax-head",
    "tui-fiscal-financing-head",
    "tui-fiscal-total-head",
];

/// Each amount column at least as wide as its heading (稅收損失, tax
/// forgone, is eight columns), so no heading is cut to another word.
fn amount_widths(lang: Lang) -> [usize; 4] {
    AMOUNT_HEADS.map(|id| unicode_width::UnicodeWidthStr::width(lang.text(id).as_str()).max(5))
}

/// The column widths and the header row of the windows table.
fn columns(lang: Lang, show_years: bool) -> (Vec<Constraint>, Row<'static>) {
    let mut widths = vec![Constraint::Length(7)];
    let mut titles = vec![lang.text("tui-fiscal-window")];
    if show_years {
        widths.push(Constraint::Length(9));
        titles.push(lang.text("tui-fiscal-span"));
    }
    for (id, width) in AMOUNT_HEADS.into_iter().zip(amount_widths(lang)) {
        widths.push(Constraint::Length(width as u16));
        titles.push(super::levers::right_aligned(&lang.text(id), width));
    }
    (widths, Row::new(titles).style(theme::label()))
}

/// One row per budget window (5 years, 10 years, to the horizon), then the
/// window to the target year.
fn window_rows(lang: Lang, accounts: &FiscalAccounts, show_years: bool) -> Vec<Row<'static>> {
    let years = |length: i32| lang.format("tui-fiscal-years", &[("length", &length.to_string())]);
    let budget = accounts.windows.iter().map(|w| {
        let label = match w.length {
            Some(length) if w.truncated() => format!("{}*", years(length)),
            Some(length) => years(length),
            None => lang.format("tui-fiscal-to", &[("year", &w.to.to_string())]),
        };
        (label, w)
    });
    let target = (lang.text("tui-fiscal-target"), &accounts.to_target.window);
    budget
        .chain([target])
        .map(|(label, w)| window_row(label, w, show_years, amount_widths(lang)))
        .collect()
}

/// `label`, the years of `w` (where shown) and its four totals, HK$ bn.
fn window_row(label: String, w: &Window, show_years: bool, widths: [usize; 4]) -> Row<'static> {
    let mut cells = vec![label];
    if show_years {
        cells.push(format!("{}–{}", w.from, w.to));
    }
    cells.extend(
        [
            w.cash_outlay_hkd_bn,
            w.tax_forgone_hkd_bn,
            w.financing_cost_hkd_bn,
            w.total_hkd_bn,
        ]
        .into_iter()
        .zip(widths)
        .map(|(v, width)| format!("{v:>width$.1}")),
    );
    Row::new(cells)
}

/// Present value, cost per net job and per net job-year, each to the target
/// year and to the horizon side by side; the budget cap; first a note when a
/// window was cut short.
fn notes(app: &App, accounts: &FiscalAccounts) -> Vec<String> {
    let lang = app.lang;
    let hkd = |value: f64| money(lang, value);
    let per_job = |value: Option<f64>| value.map_or("–".into(), hkd);
    let horizon_year = horizon_year(accounts).to_string();
    let to_target = &accounts.to_target;
    let rate = format!("{:.1}", accounts.discount_rate * 100.0);
    // Fluent leaves out what a message does not name (the rate, but in the PV).
    let both = |id: &str, target: String, horizon: String| {
        lang.format(
            id,
            &[
                ("target", &target),
                ("horizon", &horizon),
                ("horizon_year", &horizon_year),
                ("rate", &rate),
            ],
        )
    };
    let (target_jobs, horizon_jobs) = (to_target.cost_per_job, accounts.cost_per_job);
    let mut notes = vec![
        both(
            "tui-fiscal-pv-to",
            hkd(to_target.present_value_hkd_bn * 1e9),
            hkd(accounts.present_value_hkd_bn * 1e9),
        ),
        both(
            "tui-fiscal-per-job-to",
            per_job(target_jobs.net_job_hkd),
            per_job(horizon_jobs.net_job_hkd),
        ),
        both(
            "tui-fiscal-per-job-year-to",
            per_job(target_jobs.net_job_year_hkd),
            per_job(horizon_jobs.net_job_year_hkd),
        ),
        cap_sentence(lang, app.policy(), app.projection()),
    ];
    if let Some(offered) = offered_note(lang, to_target) {
        notes.insert(1, offered);
    }
    if accounts.windows.iter().any(Window::truncated) {
        notes.insert(0, lang.text("tui-fiscal-cut-short"));
    }
    notes
}

/// Money offered and taken up a year to the target year, per money kind:
/// "Offered/taken up a yr to 2032: R&D 9.8/3.2 · co-inv. 19.2/1.4" (HK$ bn,
/// averaged over the years each kind is offered, as `summary` says it); `None`
/// when the package offers no money.
fn offered_note(lang: Lang, to_target: &TargetWindow) -> Option<String> {
    if to_target.money_offered.is_empty() {
        return None;
    }
    let kinds: Vec<String> = to_target
        .money_offered
        .iter()
        .map(|totals| {
            format!(
                "{} {:.1}/{:.1}",
                lang.text(&format!("tui-offer-{}", totals.kind.key())),
                totals.per_offered_year(totals.offered_hkd_bn),
                totals.per_offered_year(totals.taken_up_hkd_bn)
            )
        })
        .collect();
    Some(lang.format(
        "tui-fiscal-offered",
        &[
            ("year", &to_target.window.to.to_string()),
            ("kinds", &kinds.join(" · ")),
        ],
    ))
}

/// A heading and up to `room` measures, costliest first, each cut to `width`;
/// nothing when there is no room or no measure costs anything.
fn costliest_measures(
    lang: Lang,
    accounts: &FiscalAccounts,
    room: usize,
    width: usize,
) -> Vec<String> {
    let mut measures: Vec<_> = accounts
        .measures
        .iter()
        .filter(|m| m.total_hkd_bn > 0.0)
        .collect();
    if room == 0 || measures.is_empty() {
        return Vec::new();
    }
    measures.sort_by(|a, b| b.total_hkd_bn.total_cmp(&a.total_hkd_bn));
    let figures = |m: &MeasureCost| {
        let kind = lang.text(if m.is_tax_forgone() {
            "tui-fiscal-tax"
        } else {
            "tui-fiscal-cash"
        });
        format!(
            " {kind} {:.1} + {:.1} = {:.1}",
            m.outlay_hkd_bn, m.financing_hkd_bn, m.total_hkd_bn
        )
    };
    let heading = lang.format(
        "tui-fiscal-by-measure",
        &[("year", &horizon_year(accounts).to_string())],
    );
    // A row too narrow for a measure's figures and a few letters of its name
    // leaves the measures out, rather than cut a figure.
    let lines: Vec<String> = measures
        .iter()
        .take(room)
        .map_while(|m| {
            let right = figures(m);
            let name_width =
                width.checked_sub(unicode_width::UnicodeWidthStr::width(right.as_str()) + 1)?;
            (name_width >= 4).then(|| format!(" {}{right}", fit(&terminal(&m.name), name_width)))
        })
        .collect();
    if lines.is_empty() || unicode_width::UnicodeWidthStr::width(heading.as_str()) > width {
        return Vec::new();
    }
    std::iter::once(heading).chain(lines).collect()
}

fn horizon_year(accounts: &FiscalAccounts) -> i32 {
    accounts.years.last().copied().unwrap_or_default()
}
