//! A parameter's description in the reader's language, for the brief's
//! "what matters most" and anything else that names an assumption.
//!
//! The English text is the baseline's own (`assets/baseline.toml`), so it
//! stays next to the value and source it describes; other languages key
//! their text by the parameter's name (`param-description-rd_additionality`,
//! dots written as `-`). Sector parameters share one message per field
//! (`param-description-sector-growth`) with the sector's label filled in.

use levers_core::Sector;

use crate::i18n::Lang;

/// The catalogue message that describes parameter `name`, with its
/// arguments, if `lang`'s catalogue has one.
fn message(lang: Lang, name: &str) -> Option<String> {
    let own = format!("param-description-{}", name.replace('.', "-"));
    if lang.has(&own) {
        return Some(lang.text(&own));
    }
    let (sector, field) = name.split_once('.')?;
    let sector = Sector::from_key(sector)?;
    let shared = format!("param-description-sector-{field}");
    lang.has(&shared)
        .then(|| lang.format(&shared, &[("sector", &lang.sector(sector))]))
}

/// What parameter `name` means, in `lang`; `english` (the baseline's
/// description) where the catalogue has no text for it.
pub fn param_description(lang: Lang, name: &str, english: &str) -> String {
    message(lang, name).unwrap_or_else(|| english.to_string())
}

/// Whether `lang`'s catalogue describes parameter `name` itself (not by
/// falling back to the baseline's English).
pub fn has_param_description(lang: Lang, name: &str) -> bool {
    message(lang, name).is_some()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_parameter_is_described_in_chinese_and_english_falls_back_to_the_baseline() {
        let zh = param_description(Lang::ZhHant, "rd_additionality", "extra R&D done");
        assert!(zh.contains("研發"), "{zh}");
        assert_eq!(
            param_description(Lang::En, "rd_additionality", "extra R&D done"),
            "extra R&D done"
        );
        // A sector's parameter names its sector in the reader's language.
        let nev = param_description(Lang::ZhHant, "nev.growth", "nev growth");
        assert!(nev.contains("新能源汽車") && nev.contains("增長"), "{nev}");
        assert_eq!(
            param_description(Lang::En, "nev.growth", "nev growth"),
            "nev growth"
        );
        // An unknown name keeps the text given.
        assert_eq!(
            param_description(Lang::ZhHant, "no_such", "as given"),
            "as given"
        );
        assert!(!has_param_description(Lang::ZhHant, "no_such.growth"));
    }
}
