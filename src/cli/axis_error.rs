//! Why a `levers sweep --vary PATH=FROM..TO:STEP` cannot become an axis. The
//! parser returns these rather than finished sentences, so a caller can tell
//! the cases apart (tests, the grid builder); [`AxisError::say`] words them
//! from the catalogue, as the command prints them after `--vary SPEC: `.

use levers_core::analysis::GridError;
use levers_core::analysis::address::AddressError;
use levers_report::format::as_typed;
use levers_report::i18n::Lang;

use super::address_words;

/// One mistake in a `--vary` specification.
#[derive(Clone, Debug, PartialEq)]
pub enum AxisError {
    /// Not `PATH=FROM..TO:STEP`.
    Shape,
    /// `FROM`, `TO` or `STEP` (`what`) is not a finite number.
    NotANumber { what: &'static str, text: String },
    /// `FROM` or `TO` (`what`) lies outside what `path` accepts (`range`, in words).
    OutOfRange {
        what: &'static str,
        value: f64,
        path: String,
        range: String,
    },
    /// `path` takes whole numbers, and `FROM` or `STEP` has a fraction.
    NotWhole { path: String },
    /// `STEP` is zero or negative.
    StepNotPositive { step: f64 },
    /// `FROM` is above `TO`.
    FromAboveTo { from: f64, to: f64 },
    /// The axis alone would exceed the grid limit.
    TooLarge(GridError),
    /// `PATH` addresses nothing in the package.
    Address(AddressError),
    /// `PATH` addresses more than one number: a lever group, a whole measure.
    NotOneNumber { path: String },
    /// `matching_ratio` of a measure whose kind takes no private money.
    NoMatchingRatio { measure: String, kind: &'static str },
}

impl AxisError {
    /// The mistake in `lang`, as the command prints it after `--vary SPEC: `.
    pub fn say(&self, lang: Lang) -> String {
        let expected = || lang.text("vary-expected");
        match self {
            AxisError::Shape => expected(),
            AxisError::NotANumber { what, text } => lang.format(
                "vary-not-a-number",
                &[("what", what), ("text", text), ("expected", &expected())],
            ),
            AxisError::OutOfRange {
                what,
                value,
                path,
                range,
            } => lang.format(
                "vary-out-of-range",
                &[
                    ("what", what),
                    ("value", &as_typed(*value)),
                    ("path", path),
                    ("range", range),
                ],
            ),
            AxisError::NotWhole { path } => lang.format("vary-not-whole", &[("path", path)]),
            AxisError::StepNotPositive { step } => {
                lang.format("vary-step-not-positive", &[("step", &as_typed(*step))])
            }
            AxisError::FromAboveTo { from, to } => lang.format(
                "vary-from-above-to",
                &[("from", &as_typed(*from)), ("to", &as_typed(*to))],
            ),
            AxisError::TooLarge(why) => address_words::grid(lang, why),
            AxisError::Address(why @ AddressError::Unknown { .. }) => lang.format(
                "vary-unknown",
                &[
                    ("why", &address_words::address(lang, why)),
                    ("expected", &expected()),
                ],
            ),
            AxisError::Address(why) => address_words::address(lang, why),
            AxisError::NotOneNumber { path } => lang.format(
                "vary-not-one-number",
                &[("path", path), ("expected", &expected())],
            ),
            AxisError::NoMatchingRatio { measure, kind } => lang.format(
                "vary-no-matching-ratio",
                &[("measure", measure), ("kind", kind)],
            ),
        }
    }
}
