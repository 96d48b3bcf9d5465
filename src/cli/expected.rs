//! What an option's value parser expected, as a message of the catalogue:
//! clap shows it through `Display`, in English; a refusal worded in another
//! language (`refused.rs`) words the same message again in that language.

use std::fmt;

use levers_report::i18n::Lang;

/// A value an option refused, as the catalogue message that says what it
/// expected, with the message's arguments.
#[derive(Clone, Debug)]
pub struct Expected {
    id: &'static str,
    args: Vec<(&'static str, String)>,
}

impl Expected {
    pub fn new(id: &'static str) -> Expected {
        Expected {
            id,
            args: Vec::new(),
        }
    }

    /// The message with argument `name` set to `value`.
    pub fn with(mut self, name: &'static str, value: impl fmt::Display) -> Expected {
        self.args.push((name, value.to_string()));
        self
    }

    /// What was expected, worded in `lang`.
    pub fn worded(&self, lang: Lang) -> String {
        let args: Vec<(&str, &str)> = self
            .args
            .iter()
            .map(|(name, value)| (*name, value.as_str()))
            .collect();
        lang.format(self.id, &args)
    }
}

impl fmt::Display for Expected {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.worded(Lang::En))
    }
}

impl std::error::Error for Expected {}

/// A whole number from `min` to `max`, both included.
pub(crate) fn whole_number<T>(text: &str, min: T, max: T) -> Result<T, Expected>
where
    T: std::str::FromStr + PartialOrd + fmt::Display + Copy,
{
    text.parse::<T>()
        .ok()
        .filter(|n| (min..=max).contains(n))
        .ok_or_else(|| {
            Expected::new("arg-expected-whole-number")
                .with("min", min)
                .with("max", max)
        })
}

/// A number within `range`, refused with the catalogue message `id`.
pub(crate) fn number_in(
    text: &str,
    range: impl std::ops::RangeBounds<f64>,
    id: &'static str,
) -> Result<f64, Expected> {
    text.parse::<f64>()
        .ok()
        .filter(|value| range.contains(value))
        .ok_or_else(|| Expected::new(id))
}
