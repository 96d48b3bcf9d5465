//! The goal-seek proposal: what would change, the share it reaches and what it
//! costs against the package in force; accept or reject.

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::style::Style;
use ratatui::text::{Line, Span};

use super::popup::{keys_line, show};
use super::theme;
use crate::tui::analysis::Proposal;
use crate::tui::keymap::Context;
use levers_core::analysis::robust_seek::DEFAULT_CONFIDENCE;
use levers_report::format::{hkd_bn, signed};
use levers_report::i18n::Lang;

/// At most this many changes are listed; the rest are counted.
const MAX_CHANGES: usize = 12;

pub fn render(lang: Lang, proposal: &Proposal, context: Context, area: Rect, buf: &mut Buffer) {
    let target = proposal.target;
    let mut lines = Vec::new();
    let title = if proposal.found {
        lines.push(Line::styled(
            format!(
                "Cheapest package found that reaches {:.1}% of GDP by {} in {:.0}% of draws:",
                target.share_pct,
                target.year,
                100.0 * DEFAULT_CONFIDENCE
            ),
            theme::met(),
        ));
        "Goal seek: proposal"
    } else {
        lines.push(Line::styled(
            format!(
                "Not reachable: no package within the lever ranges{} meets {:.1}% by {} in {:.0}% of draws.",
                if proposal.policy.budget.cap_hkd_bn_per_year.is_some() {
                    " and the budget cap"
                } else {
                    ""
                },
                target.share_pct,
                target.year,
                100.0 * DEFAULT_CONFIDENCE
            ),
            theme::missed(),
        ));
        if let Some(binding) = &proposal.binding {
            lines.push(Line::from(format!("What binds: {binding}.")));
        }
        lines.push(Line::from("The closest package:"));
        "Goal seek: target out of reach"
    };
    lines.push(Line::from(""));
    if proposal.changes.is_empty() {
        lines.push(Line::styled("  no change to the levers", theme::dim()));
    }
    for change in proposal.changes.iter().take(MAX_CHANGES) {
        // A change may quote a measure's label from the file.
        lines.push(Line::from(format!(
            "  • {}",
            levers_report::inert::terminal(change)
        )));
    }
    if proposal.changes.len() > MAX_CHANGES {
        lines.push(Line::styled(
            format!("  … and {} more", proposal.changes.len() - MAX_CHANGES),
            theme::dim(),
        ));
    }
    lines.push(Line::from(""));
    let year = target.year;
    lines.push(Line::from(vec![
        Span::styled(format!("  Share {year}:      "), theme::label()),
        Span::raw(format!("{:.2}% → ", proposal.current_share_pct)),
        Span::styled(
            format!("{:.2}%", proposal.proposed_share_pct),
            Style::new().fg(theme::CURRENT),
        ),
        Span::styled(
            format!(
                "  ({} pp)",
                signed(proposal.proposed_share_pct - proposal.current_share_pct, 2)
            ),
            theme::label(),
        ),
    ]));
    let saving = proposal.proposed_cost_hkd_bn - proposal.current_cost_hkd_bn;
    let difference = if saving < 0.0 {
        format!("  ({} less)", hkd_bn(-saving))
    } else {
        format!("  ({} more)", hkd_bn(saving))
    };
    lines.push(Line::from(vec![
        Span::styled(format!("  Cost to {year}:    "), theme::label()),
        Span::raw(format!("{} → ", hkd_bn(proposal.current_cost_hkd_bn))),
        Span::styled(
            hkd_bn(proposal.proposed_cost_hkd_bn),
            Style::new().fg(theme::CURRENT),
        ),
        Span::styled(difference, theme::label()),
    ]));
    lines.push(Line::styled(
        format!("  {}", proposal.robustness),
        theme::label(),
    ));
    lines.push(Line::from(""));
    lines.push(Line::from(if proposal.found {
        "Accept to replace the levers (u undoes it)."
    } else {
        "Accept to use the closest package (u undoes it)."
    }));
    lines.push(keys_line(lang, context));
    show(area, buf, title, lines, 84);
}
