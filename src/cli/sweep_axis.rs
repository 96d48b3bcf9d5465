//! `levers sweep --vary PATH=FROM..TO:STEP`: what each axis names and the
//! values it takes. `PATH` is read by the core's address grammar
//! ([`levers_core::analysis::address`]); an axis varies one number: a dial
//! (`rd.grants_hkd_bn_per_year`), a measure's field (`nias.amount`,
//! `nias.start`, `.end`, `.ramp_years`, `.matching_ratio`) or an assumption
//! (`assumptions.nev.growth`), never a whole lever group or measure.

use levers_core::analysis::address::{self, Address};
use levers_core::analysis::{Axis, AxisTarget, Grid, GridError, MeasureField};
use levers_core::measure::Measure;
use levers_core::policy::{MAX_HORIZON, MAX_RAMP_YEARS};
use levers_core::{Baseline, LeverField, Policy};

use super::Failure;
use super::axis_error::AxisError;

/// Parses every `--vary PATH=FROM..TO:STEP` against `policy` into a grid.
pub fn parse_grid(specs: &[String], policy: &Policy, baseline: &Baseline) -> Result<Grid, Failure> {
    let mut axes: Vec<Axis> = Vec::new();
    for spec in specs {
        let axis = parse_axis(spec, policy, baseline)
            .map_err(|why| Failure::Invalid(format!("--vary {spec}: {why}")))?;
        if axes.iter().any(|a| a.target == axis.target) {
            return Err(Failure::Invalid(format!(
                "--vary {spec}: {} is varied twice",
                axis.name
            )));
        }
        axes.push(axis);
    }
    Grid::new(axes).map_err(|why| Failure::Invalid(format!("--vary: {why}")))
}

/// The lowest and highest value a path takes, and that range in words.
pub(crate) type Range = (f64, f64, String);

fn parse_axis(spec: &str, policy: &Policy, baseline: &Baseline) -> Result<Axis, AxisError> {
    let (path, values) = spec.split_once('=').ok_or(AxisError::Shape)?;
    let path = path.trim();
    let (target, (min, max, range)) = resolve(path, policy, baseline)?;
    let (bounds, step) = values.split_once(':').ok_or(AxisError::Shape)?;
    let (from, to) = bounds.split_once("..").ok_or(AxisError::Shape)?;
    let number = |text: &str, what: &'static str| -> Result<f64, AxisError> {
        text.trim()
            .parse::<f64>()
            .ok()
            .filter(|v| v.is_finite())
            .ok_or_else(|| AxisError::NotANumber {
                what,
                text: text.trim().to_string(),
            })
    };
    let (from, to, step) = (
        number(from, "FROM")?,
        number(to, "TO")?,
        number(step, "STEP")?,
    );
    for (what, value) in [("FROM", from), ("TO", to)] {
        if value < min || value > max {
            return Err(AxisError::OutOfRange {
                what,
                value,
                path: path.to_string(),
                range,
            });
        }
    }
    if target.is_integer(policy) && (from.fract() != 0.0 || step.fract() != 0.0) {
        return Err(AxisError::NotWhole {
            path: path.to_string(),
        });
    }
    if step <= 0.0 {
        return Err(AxisError::StepNotPositive { step });
    }
    Axis::over(target, path.to_string(), from, to, step).map_err(|why| match why {
        GridError::Empty => AxisError::FromAboveTo { from, to },
        GridError::TooLarge { .. } => AxisError::TooLarge(why),
    })
}

/// The target `path` names in `policy` and its range, or why sweep cannot
/// vary it (also read by `discover --vary`).
pub(crate) fn resolve(
    path: &str,
    policy: &Policy,
    baseline: &Baseline,
) -> Result<(AxisTarget, Range), AxisError> {
    Ok(
        match address::resolve(policy, path).map_err(AxisError::Address)? {
            Address::Dial(field) => (AxisTarget::Dial(field), dial_range(field)),
            Address::MeasureField { index, field } => (
                AxisTarget::Measure { index, field },
                // `index` was found in this same `policy` by the resolver.
                measure_range(&policy.measures[index], field, policy, baseline)?,
            ),
            Address::Assumption(id) => {
                let spec = baseline.spec(id);
                let range = format!("{} to {} {}", spec.low, spec.high, spec.unit);
                (AxisTarget::Assumption(id), (spec.low, spec.high, range))
            }
            Address::Group(_) | Address::Measure(_) => {
                return Err(AxisError::NotOneNumber {
                    path: path.to_string(),
                });
            }
        },
    )
}

/// A lever field's lowest and highest value, and the range in words.
fn dial_range(field: LeverField) -> Range {
    // The sweep speaks English, as its other messages do.
    let range = levers_report::i18n::Lang::En.lever_range(field);
    (field.spec().min, field.spec().max, range)
}

/// The range of `field` of `measure`, a measure of `policy`.
fn measure_range(
    measure: &Measure,
    field: MeasureField,
    policy: &Policy,
    baseline: &Baseline,
) -> Result<Range, AxisError> {
    let first = baseline.first_policy_year();
    Ok(match field {
        MeasureField::Amount => dial_range(measure.kind.field()),
        MeasureField::Start | MeasureField::End => (
            f64::from(first),
            f64::from(policy.horizon.min(MAX_HORIZON)),
            format!("a year from {first} to {}", policy.horizon),
        ),
        MeasureField::RampYears => (
            0.0,
            f64::from(MAX_RAMP_YEARS),
            format!("a whole number of years from 0 to {MAX_RAMP_YEARS}"),
        ),
        MeasureField::MatchingRatio if measure.kind.has_matching_ratio() => {
            dial_range(LeverField::CofundingRatio)
        }
        MeasureField::MatchingRatio => {
            return Err(AxisError::NoMatchingRatio {
                measure: measure.name.clone(),
                kind: measure.kind.key(),
            });
        }
    })
}
