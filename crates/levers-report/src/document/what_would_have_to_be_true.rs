//! "What would have to be true": the report's scenario-discovery section.
//! Of the report's Monte Carlo draws, those that meet the target, and the box
//! of assumptions PRIM finds around them — the sentence `levers discover
//! FILE` prints (the same draws and seed), the box's restrictions with their
//! quasi-p-values, and how to read coverage and density.

use std::fmt::Write;

use levers_core::analysis::discover::{BoxSearch, Discovery};
use levers_core::{Baseline, Policy};

use super::table;
use crate::analysis::discover::{restriction_columns, sentence};
use crate::i18n::Lang;
use crate::sanitise;

/// The section, heading included.
pub fn discovery_section(
    lang: Lang,
    baseline: &Baseline,
    policy: &Policy,
    file: &str,
    discovery: &Discovery,
    lead: Option<&str>,
) -> String {
    let mut out = super::heading(lang, "report-what-would-have-to-be-true");
    if let Some(lead) = lead {
        let _ = writeln!(out, "{}\n", sanitise::markdown(lead));
    }
    let said = sentence(lang, discovery, policy, baseline);
    let _ = writeln!(out, "{}\n", sanitise::markdown(&said));
    if let Some(BoxSearch::Found { chosen, .. }) = discovery.searches.first()
        && !chosen.restrictions.is_empty()
    {
        let columns = restriction_columns(lang, discovery, baseline);
        let (titles, rows) = crate::table::cells(&columns, &chosen.restrictions, true);
        out.push_str(&table(&titles, &rows, 4));
        out.push('\n');
    }
    // Asked of the target, or of a share (when no draw meets the target).
    let (method, share) = if discovery.case.is_target {
        ("doc-discover-method", String::new())
    } else {
        (
            "doc-discover-method-share",
            crate::format::as_typed_one_decimal(discovery.case.threshold),
        )
    };
    let _ = writeln!(
        out,
        "{}\n",
        lang.format_counts(
            method,
            &[
                ("draws", &crate::format::thousands(discovery.draws as f64)),
                ("seed", &discovery.seed.to_string()),
                ("file", &sanitise::markdown_code(file)),
                ("share", &share),
            ],
            &[("draw_count", discovery.draws as i64)]
        )
    );
    out
}
