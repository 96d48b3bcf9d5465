//! The public-purse panel (Tab to it): cash outlay, tax forgone and financing
//! over the 5- and 10-year budget windows and to the horizon, the present value,
//! the cost per job and, where there is room, each measure's cost, in real
//! base-year HK$ — the same accounts `levers eval`
//! prints, from `levers_core::analysis::fiscal`.

use levers_core::analysis::fiscal::{FiscalAccounts, MeasureCost, Window, fiscal_accounts};
use ratatui::buffer::Buffer;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Paragraph, Row, Table, Widget};

use super::theme;
use crate::tui::app::App;
use levers_report::fiscal::{cap_sentence_in, money_label_in};
use levers_report::format::{fit, money};
use levers_report::inert::terminal;

pub fn render(app: &App, area: Rect, buf: &mut Buffer) {
    let accounts = fiscal_accounts(&app.baseline, app.policy(), app.projection());
    let lang = app.lang;
    let hkd = |value: f64| money(lang, value);
    let title = format!(
        " {} ",
        lang.format(
            "tui-fiscal-title",
            &[("money", &money_label_in(lang, app.projection().base_year))]
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
    let rows: Vec<Row<'_>> = accounts
        .windows
        .iter()
        .map(|w| {
            let years =
                |length: i32| lang.format("tui-fiscal-years", &[("length", &length.to_string())]);
            let label = match w.length {
                Some(length) if w.truncated() => format!("{}*", years(length)),
                Some(length) => years(length),
                None => lang.format("tui-fiscal-to", &[("year", &w.to.to_string())]),
            };
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
                .map(|v| format!("{v:>5.1}")),
            );
            Row::new(cells)
        })
        .collect();
    let mut widths = vec![Constraint::Length(7)];
    let mut titles = vec![lang.text("tui-fiscal-window")];
    if show_years {
        widths.push(Constraint::Length(9));
        titles.push(lang.text("tui-fiscal-span"));
    }
    widths.extend([Constraint::Length(5); 4]);
    titles.extend(
        [
            "tui-fiscal-cash-head",
            "tui-fiscal-tax-head",
            "tui-fiscal-financing-head",
            "tui-fiscal-total-head",
        ]
        .map(|id| super::levers::right_aligned(&lang.text(id), 5)),
    );
    let header = Row::new(titles).style(theme::label());
    let [table_area, notes_area] = Layout::vertical([
        Constraint::Length(accounts.windows.len() as u16 + 1),
        Constraint::Min(0),
    ])
    .areas(inner);
    Table::new(rows, widths)
        .header(header)
        .column_spacing(1)
        .render(table_area, buf);
    let width = usize::from(notes_area.width);
    let truncated = accounts.windows.iter().any(Window::truncated);
    let mut notes = vec![
        lang.format(
            "tui-fiscal-pv",
            &[
                ("money", &hkd(accounts.present_value_hkd_bn * 1e9)),
                ("rate", &format!("{:.1}", accounts.discount_rate * 100.0)),
            ],
        ),
        lang.format(
            "tui-fiscal-per-job",
            &[
                (
                    "job",
                    &accounts.cost_per_net_job_hkd.map_or("–".into(), hkd),
                ),
                (
                    "job_year",
                    &accounts.cost_per_net_job_year_hkd.map_or("–".into(), hkd),
                ),
            ],
        ),
        cap_sentence_in(lang, app.policy(), app.projection()),
    ];
    if truncated {
        notes.insert(0, lang.text("tui-fiscal-cut-short"));
    }
    // Then the measures, costliest first, as many as the panel has room for.
    let mut measures: Vec<_> = accounts
        .measures
        .iter()
        .filter(|m| m.total_hkd_bn > 0.0)
        .collect();
    measures.sort_by(|a, b| b.total_hkd_bn.total_cmp(&a.total_hkd_bn));
    let room = usize::from(notes_area.height).saturating_sub(notes.len() + 1);
    if room > 0 && !measures.is_empty() {
        notes.push(lang.format(
            "tui-fiscal-by-measure",
            &[("year", &horizon_year(&accounts).to_string())],
        ));
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
        for m in measures.iter().take(room) {
            let right = figures(m);
            let name_width =
                width.saturating_sub(unicode_width::UnicodeWidthStr::width(right.as_str()) + 1);
            notes.push(format!(" {}{right}", fit(&terminal(&m.name), name_width)));
        }
    }
    let lines: Vec<Line<'_>> = notes.iter().map(|n| Line::from(fit(n, width))).collect();
    Paragraph::new(lines).render(notes_area, buf);
}

fn horizon_year(accounts: &FiscalAccounts) -> i32 {
    accounts.years.last().copied().unwrap_or_default()
}
