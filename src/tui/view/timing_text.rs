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

/// `Targets: microelectronics 2, nev 1` or all five equally.
pub(super) fn targets_text(lang: Lang, weights: Option<[f64; 5]>) -> String {
    let weights = levers_report::describe::sector_weights(lang, weights)
        .unwrap_or_else(|| lang.text("tui-all-sectors"));
    lang.format("tui-targets", &[("weights", &weights)])
}
