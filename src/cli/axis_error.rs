//! Why a `levers sweep --vary PATH=FROM..TO:STEP` cannot become an axis. The
//! parser returns these rather than finished sentences, so a caller can tell
//! the cases apart (tests, the grid builder); `Display` gives the wording the
//! command prints after `--vary SPEC: `.

use std::fmt;

use levers_core::analysis::GridError;
use levers_core::analysis::address::AddressError;
use levers_report::format::as_typed;

/// The shape every `--vary` takes, with examples; shown with most mistakes.
pub const EXPECTED: &str = "expected GROUP.FIELD=FROM..TO:STEP (or MEASURE.FIELD=…, \
                            assumptions.PARAM=…), e.g. rd.grants_hkd_bn_per_year=0..20:1, \
                            nias.amount=0..20:1 or assumptions.nev.growth=0..0.1:0.01";

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

impl fmt::Display for AxisError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            AxisError::Shape => f.write_str(EXPECTED),
            AxisError::NotANumber { what, text } => {
                write!(f, "{what} `{text}` is not a number; {EXPECTED}")
            }
            AxisError::OutOfRange {
                what,
                value,
                path,
                range,
            } => write!(
                f,
                "{what} {} is outside the range of {path}: {range}",
                as_typed(*value)
            ),
            AxisError::NotWhole { path } => {
                write!(f, "{path} takes whole numbers: FROM and STEP must be whole")
            }
            AxisError::StepNotPositive { step } => {
                write!(f, "STEP {} must be above 0", as_typed(*step))
            }
            AxisError::FromAboveTo { from, to } => {
                write!(f, "FROM {} is above TO {}", as_typed(*from), as_typed(*to))
            }
            AxisError::TooLarge(why) => write!(f, "{why}"),
            AxisError::Address(why @ AddressError::Unknown { .. }) => {
                write!(f, "{why}; {EXPECTED}")
            }
            AxisError::Address(why) => write!(f, "{why}"),
            AxisError::NotOneNumber { path } => {
                write!(
                    f,
                    "`{path}` names a whole lever group or measure, not one number; {EXPECTED}"
                )
            }
            AxisError::NoMatchingRatio { measure, kind } => write!(
                f,
                "{measure} is a {kind} measure, which has no matching ratio (grants and co-investment do)"
            ),
        }
    }
}

impl std::error::Error for AxisError {}
