//! The goal-seek proposal: what would change, the share it reaches and what it
//! costs against the package in force; accept or reject.

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::style::Style;
use ratatui::text::{Line, Span};

use super::popup_frame::{keys_line, show};
use super::theme;
use crate::tui::analysis::Proposal;
use crate::tui::keymap::Context;
use crate::tui::labels::columns;
use levers_core::analysis::robust_seek::DEFAULT_CONFIDENCE;
use levers_report::format::{money_bn, share_near_target, signed};
use levers_report::i18n::Lang;

/// At most this many changes are listed; the rest are counted.
const MAX_CHANGES: usize = 12;

pub fn render(lang: Lang, proposal: &Proposal, context: Context, area: Rect, buf: &mut Buffer) {
    let target = proposal.target;
    let hkd_bn = |value_bn: f64| money_bn(lang, value_bn);
    let share = levers_report::format::as_typed(target.share_pct);
    let year_text = target.year.to_string();
    let confidence = format!("{:.0}", 100.0 * DEFAULT_CONFIDENCE);
    let cap = if proposal.policy.budget.cap_hkd_bn_per_year.is_some() {
        lang.text("seek-and-cap")
    } else {
        String::new()
    };
    let (headline, style) = if proposal.found {
        ("seek-found", theme::met())
    } else {
        ("seek-not-reachable", theme::missed())
    };
    // Fluent leaves out what a message does not name (the cap, once found).
    let headline = lang.format(
        headline,
        &[
            ("cap", &cap),
            ("share", &share),
            ("year", &year_text),
            ("confidence", &confidence),
        ],
    );
    let mut lines = vec![Line::styled(headline, style)];
    let title = if proposal.found {
        lang.text("seek-title-found")
    } else {
        if let Some(binding) = &proposal.binding {
            lines.push(Line::from(
                lang.format("seek-binds", &[("binding", binding)]),
            ));
        }
        lines.push(Line::from(lang.text("seek-closest")));
        lang.text("seek-title-out")
    };
    lines.push(Line::from(""));
    if proposal.changes.is_empty() {
        lines.push(Line::styled(
            format!("  {}", lang.text("seek-no-change")),
            theme::dim(),
        ));
    }
    for change in proposal.changes.iter().take(MAX_CHANGES) {
        // A change may quote a measure's label from the file.
        lines.push(Line::from(format!(
            "  • {}",
            levers_report::sanitise::terminal(change)
        )));
    }
    if proposal.changes.len() > MAX_CHANGES {
        lines.push(Line::styled(
            format!(
                "  {}",
                lang.format(
                    "seek-and-more",
                    &[("count", &(proposal.changes.len() - MAX_CHANGES).to_string())]
                )
            ),
            theme::dim(),
        ));
    }
    // "Share in 2032   0.62% → 0.71%  (+0.09 pp)": a figure now and proposed.
    let change = |label: &str, now: String, proposed: String, difference: String| {
        let label = lang.format(label, &[("year", &year_text)]);
        Line::from(vec![
            Span::styled(format!("  {}", columns(&label, 17)), theme::label()),
            Span::raw(format!("{now} → ")),
            Span::styled(proposed, Style::new().fg(theme::CURRENT)),
            Span::styled(difference, theme::label()),
        ])
    };
    lines.push(Line::from(""));
    lines.push(change(
        "seek-share",
        format!(
            "{}%",
            share_near_target(proposal.current_share_pct, target.share_pct)
        ),
        format!(
            "{}%",
            share_near_target(proposal.proposed_share_pct, target.share_pct)
        ),
        // Our brackets, full-width in Chinese: "  (+0.25 pp)", " （+0.25 個百分點）".
        format!(
            " {}",
            levers_report::brackets::with_note(
                lang,
                "",
                &format!(
                    "{} {}",
                    signed(proposal.proposed_share_pct - proposal.current_share_pct, 2),
                    lang.unit("pp")
                )
            )
        ),
    ));
    let saving = proposal.proposed_cost_hkd_bn - proposal.current_cost_hkd_bn;
    let (difference, money) = if saving < 0.0 {
        ("seek-less", -saving)
    } else {
        ("seek-more", saving)
    };
    lines.push(change(
        "seek-cost",
        hkd_bn(proposal.current_cost_hkd_bn),
        hkd_bn(proposal.proposed_cost_hkd_bn),
        format!(
            "  {}",
            lang.format(difference, &[("money", &hkd_bn(money))])
        ),
    ));
    lines.push(Line::styled(
        format!("  {}", proposal.robustness),
        theme::label(),
    ));
    lines.push(Line::from(""));
    lines.push(Line::from(lang.text(if proposal.found {
        "seek-accept"
    } else {
        "seek-accept-closest"
    })));
    lines.push(keys_line(lang, context));
    show(area, buf, &title, lines, 84);
}
