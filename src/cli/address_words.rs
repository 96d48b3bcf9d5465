//! The core's reasons an argument names nothing ([`AddressError`]) or a grid
//! cannot be built ([`GridError`]), worded by the catalogues for the command
//! lines that read names and grids (`sweep`, `discover`, `seek`).

use levers_core::analysis::address::AddressError;
use levers_core::analysis::{GridError, MAX_GRID_PACKAGES, MeasureField};
use levers_report::i18n::Lang;

/// ` (did you mean `NAME`?)`, or nothing without a suggestion.
pub fn hint(lang: Lang, suggestion: Option<&str>) -> String {
    suggestion.map_or_else(String::new, |s| {
        lang.format("argument-hint", &[("suggestion", s)])
    })
}

/// Why `text` names nothing in the package.
pub fn address(lang: Lang, why: &AddressError) -> String {
    match why {
        AddressError::Unknown {
            address,
            suggestion,
            measures,
        } => {
            let hint = hint(lang, suggestion.as_deref());
            let measures = measures.join(", ");
            let args = [
                ("address", address.as_str()),
                ("hint", hint.as_str()),
                ("measures", measures.as_str()),
            ];
            if measures.is_empty() {
                lang.format("address-unknown-no-measures", &args)
            } else {
                lang.format("address-unknown", &args)
            }
        }
        AddressError::UnknownMeasureField {
            measure,
            key,
            suggestion,
        } => lang.format(
            "address-unknown-field",
            &[
                ("measure", measure),
                ("key", key),
                ("hint", &hint(lang, suggestion.as_deref())),
                (
                    "fields",
                    &MeasureField::ALL.map(MeasureField::key).join(", "),
                ),
            ],
        ),
        AddressError::UnknownAssumption { name, suggestion } => lang.format(
            "address-unknown-assumption",
            &[("name", name), ("hint", &hint(lang, suggestion.as_deref()))],
        ),
    }
}

/// Why a grid cannot be built.
pub fn grid(lang: Lang, why: &GridError) -> String {
    match why {
        GridError::Empty => lang.text("grid-empty"),
        GridError::TooLarge { packages, approx } => lang.format(
            "grid-too-large",
            &[
                (
                    "packages",
                    &packages.map_or_else(
                        || lang.format("grid-size-about", &[("count", &format!("{approx:.3e}"))]),
                        |n| n.to_string(),
                    ),
                ),
                ("limit", &MAX_GRID_PACKAGES.to_string()),
            ],
        ),
    }
}
