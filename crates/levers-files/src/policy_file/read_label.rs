//! Reading a measure's `label`: a string, or a table by language
//! (`label = { en = "San Tin land", zh-Hant = "新田科技城用地" }`).

use levers_core::Label;
use levers_core::ProblemKind;
use toml::de::DeValue;

use crate::toml_reader::{Reader, Value, join};

/// The languages a label may be given in: those levers speaks.
pub const LABEL_LANGUAGES: [&str; 2] = ["en", "zh-Hant"];

/// The label at `value` (`path` is where it is, for messages).
pub(super) fn read_label(reader: &mut Reader<'_>, value: &Value<'_>, path: &str) -> Option<Label> {
    if !matches!(value.get_ref(), DeValue::Table(_)) {
        return reader.text(value, path).map(Label::from);
    }
    let table = reader.table(value, path)?;
    reader.check_keys(table, path, &LABEL_LANGUAGES);
    let mut texts: Vec<(String, String)> = Vec::new();
    for (key, v) in table {
        let tag = key.get_ref().as_ref();
        if !LABEL_LANGUAGES.contains(&tag) {
            continue;
        }
        if let Some(text) = reader.text(v, &join(path, tag)) {
            texts.push((tag.to_string(), text));
        }
    }
    if texts.is_empty() {
        let span = value.span();
        let kind = ProblemKind::LabelWithoutName {
            languages: LABEL_LANGUAGES.join(", "),
        };
        reader.push_problem(span, path, kind);
        return None;
    }
    let default = texts
        .iter()
        .find(|(tag, _)| tag == "en")
        .or(texts.first())
        .map(|(_, text)| text.clone())
        .unwrap_or_default();
    Some(Label {
        text: default,
        translations: texts,
    })
}
