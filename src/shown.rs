//! Problems in the user's files as the user reads them: the file reader keeps
//! them structured (a kind and its arguments, a place in the file); here they
//! are worded in the reader's language by the catalogue and made inert for a
//! terminal. Shared by the command line and the workbench.

use levers_files::diagnostic::{Diagnostics, Look};
use levers_report::i18n::Lang;
use levers_report::inert;

/// `diagnostics` in `lang`, with text from the file made inert.
pub fn diagnostics(lang: Lang, diagnostics: &Diagnostics) -> String {
    diagnostics.render(&Look {
        words: &lang,
        inert: &|text: &str| inert::terminal(text).into_owned(),
    })
}

/// `diagnostics` in English, for an internal error (an embedded file that
/// does not read is this program's fault, reported as such).
pub fn in_english(diagnostics: &Diagnostics) -> String {
    self::diagnostics(Lang::En, diagnostics)
}
