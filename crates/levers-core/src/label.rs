//! A measure's display name, in one language or several: `label = "…"` or
//! `label = { en = "…", zh-Hant = "…" }`. Reports, charts and the workbench
//! each show the name for their reader's language, falling back to the
//! default when the file gives none for it.

use std::fmt;
use std::ops::Deref;

/// A display name with its translations.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Label {
    /// The name shown when there is none for the reader's language: a plain
    /// string's text, or the `en` entry of a table (else its first entry).
    pub text: String,
    /// The name by language, BCP 47 tag (`en`, `zh-Hant`) and text, in file
    /// order, the default's entry included; empty for a plain string.
    pub translations: Vec<(String, String)>,
}

impl Label {
    /// The name for readers of the language tagged `tag` (case ignored), or
    /// the default.
    pub fn for_language(&self, tag: &str) -> &str {
        self.translations
            .iter()
            .find(|(language, _)| language.eq_ignore_ascii_case(tag))
            .map_or(self.text.as_str(), |(_, text)| text.as_str())
    }

    /// Whether the label is one plain string (no translations).
    pub fn is_plain(&self) -> bool {
        self.translations.is_empty()
    }

    /// Every text of the label (each language's, or the plain string).
    pub fn texts(&self) -> Vec<&str> {
        if self.translations.is_empty() {
            vec![self.text.as_str()]
        } else {
            self.translations.iter().map(|(_, t)| t.as_str()).collect()
        }
    }
}

/// The default text, so `measure.label.as_deref()` reads as before.
impl Deref for Label {
    type Target = str;

    fn deref(&self) -> &str {
        &self.text
    }
}

impl From<&str> for Label {
    fn from(text: &str) -> Label {
        Label {
            text: text.to_string(),
            translations: Vec::new(),
        }
    }
}

impl From<String> for Label {
    fn from(text: String) -> Label {
        Label {
            text,
            translations: Vec::new(),
        }
    }
}

impl fmt::Display for Label {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.text)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_label_gives_its_translation_or_falls_back_to_its_default() {
        let label = Label {
            text: "San Tin land".into(),
            translations: vec![
                ("en".into(), "San Tin land".into()),
                ("zh-Hant".into(), "新田科技城用地".into()),
            ],
        };
        assert_eq!(label.for_language("zh-Hant"), "新田科技城用地");
        assert_eq!(label.for_language("ZH-HANT"), "新田科技城用地");
        assert_eq!(label.for_language("en"), "San Tin land");
        assert_eq!(Label::from("plain").for_language("zh-Hant"), "plain");
        assert_eq!(label.texts().len(), 2);
    }
}
