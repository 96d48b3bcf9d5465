//! How a timing's end and its targeting read in the side panels: the
//! lever panel's detail and the measure list's detail both say them, so the
//! words live below both.

use levers_report::i18n::Lang;

/// `no end` / `until 2030`.
pub(super) fn end_text(lang: Lang, end: Option<i32>) -> String {
    end.map_or_else(
        || lang.text("tui-no-end"),
        |e| lang.format("tui-until", &[("year", &e.to_string())]),
    )
}

/// `Targets: Microelectronics 2, New energy vehicles 1` or all five equally:
/// the sectors by their labels in `lang`, as the measure and group editors
/// name them (a package file's keys are for the file).
pub(super) fn targets_text(lang: Lang, weights: Option<[f64; 5]>) -> String {
    let weights = weights.map_or_else(
        || lang.text("tui-all-sectors"),
        |weights| {
            let parts: Vec<String> = levers_core::Sector::MANUFACTURING
                .iter()
                .zip(weights)
                .filter(|(_, w)| *w > 0.0)
                .map(|(s, w)| format!("{} {w}", lang.sector(*s)))
                .collect();
            parts.join(if lang == Lang::En { ", " } else { "、" })
        },
    );
    lang.format("tui-targets", &[("weights", &weights)])
}
