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
    let mut notes = notes(app, &accounts);
    let room = usize::from(notes_area.height).saturating_sub(notes.len() + 1);
    notes.extend(costliest_measures(lang, &accounts, room, width));
    let lines: Vec<Line<'_>> = notes.iter().map(|n| Line::from(fit(n, width))).collect();
    Paragraph::new(lines).render(notes_area, buf);
}

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
/// averaged over the years from the first policy year); `None` when the package offers no money.
fn offered_note(lang: Lang, to_target: &TargetWindow) -> Option<String> {
    if to_target.money_offered.is_empty() {
        return None;
    }
    let years = f64::from((to_target.window.to - to_target.window.from + 1).max(1));
    let kinds: Vec<String> = to_target
        .money_offered
        .iter()
        .map(|totals| {
            format!(
                "{} {:.1}/{:.1}",
                lang.text(&format!("tui-offer-{}", totals.kind.key())),
                totals.offered_hkd_bn / years,
                totals.taken_up_hkd_bn / years
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
    let lines = measures.iter().take(room).map(|m| {
        let right = figures(m);
        let name_width =
            width.saturating_sub(unicode_width::UnicodeWidthStr::width(right.as_str()) + 1);
        format!(" {}{right}", fit(&terminal(&m.name), name_width))
    });
    std::iter::once(heading).chain(lines).collect()
}

fn horizon_year(accounts: &FiscalAccounts) -> i32 {
    accounts.years.last().copied().unwrap_or_default()
}
