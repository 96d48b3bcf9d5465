//! `levers sweep --vary`: what each axis names and the values it takes.
//!
//! Three spellings, all `PATH=FROM..TO:STEP`:
//! - a format-1 dial: `rd.grants_hkd_bn_per_year=0..20:1`;
//! - a field of a format-2 measure, by the measure's name: `nias.amount`,
//!   `nias.start`, `nias.end`, `nias.ramp_years`, `nias.matching_ratio`;
//! - an assumption: `assumptions.<parameter>` (`assumptions.nev.growth`).
//!
//! The names are read by the core's one address grammar
//! ([`levers_core::analysis::address`]), which refuses an unknown name with the
//! closest known one (did you mean …?); a lever group or a whole measure is
//! refused here, since an axis varies one number.

use levers_core::analysis::address::{self, Address};
use levers_core::analysis::{Axis, AxisTarget, Grid, GridError, MeasureField};
use levers_core::params::ParamId;
use levers_core::policy::{MAX_HORIZON, MAX_RAMP_YEARS};
use levers_core::{Baseline, LeverField, Policy, range_text};

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

/// What a path may take: its target, the allowed range and its wording.
struct Allowed {
    target: AxisTarget,
    min: f64,
    max: f64,
    range: String,
}

fn parse_axis(spec: &str, policy: &Policy, baseline: &Baseline) -> Result<Axis, AxisError> {
    let (path, range) = spec.split_once('=').ok_or(AxisError::Shape)?;
    let path = path.trim();
    let allowed = resolve(path, policy, baseline)?;
    let (bounds, step) = range.split_once(':').ok_or(AxisError::Shape)?;
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
        if value < allowed.min || value > allowed.max {
            return Err(AxisError::OutOfRange {
                what,
                value,
                path: path.to_string(),
                range: allowed.range,
            });
        }
    }
    if allowed.target.is_integer(policy) && (from.fract() != 0.0 || step.fract() != 0.0) {
        return Err(AxisError::NotWhole {
            path: path.to_string(),
        });
    }
    if step <= 0.0 {
        return Err(AxisError::StepNotPositive { step });
    }
    Axis::over(allowed.target, path.to_string(), from, to, step).map_err(|why| match why {
        GridError::Empty => AxisError::FromAboveTo { from, to },
        GridError::TooLarge { .. } => AxisError::TooLarge(why),
    })
}

/// The target `path` names in `policy`, or why sweep cannot vary it.
fn resolve(path: &str, policy: &Policy, baseline: &Baseline) -> Result<Allowed, AxisError> {
    match address::resolve(policy, path).map_err(AxisError::Address)? {
        Address::Dial(field) => {
            let spec = field.spec();
            Ok(Allowed {
                target: AxisTarget::Lever(field),
                min: spec.min,
                max: spec.max,
                range: range_text(field),
            })
        }
        Address::MeasureField { index, field } => measure_field(index, field, policy, baseline),
        Address::Assumption(id) => assumption(id, baseline),
        Address::Group(group) => Err(AxisError::NotOneNumber {
            path: path.to_string(),
            what: "a lever group: vary one of its dials",
            example: group
                .fields()
                .next()
                .map_or_else(String::new, LeverField::path),
        }),
        Address::Measure(_) => Err(AxisError::NotOneNumber {
            path: path.to_string(),
            what: "a measure: vary one of its fields",
            example: format!("{path}.amount"),
        }),
    }
}

/// The range of a field of the measure at `index`.
fn measure_field(
    index: usize,
    field: MeasureField,
    policy: &Policy,
    baseline: &Baseline,
) -> Result<Allowed, AxisError> {
    // `index` was found in this same `policy` by the resolver.
    let measure = &policy.measures[index];
    let years = |min: i32| Allowed {
        target: AxisTarget::Measure { index, field },
        min: f64::from(min),
        max: f64::from(policy.horizon.min(MAX_HORIZON)),
        range: format!("a year from {min} to {}", policy.horizon),
    };
    Ok(match field {
        MeasureField::Amount => {
            let dial = measure.kind.field();
            Allowed {
                target: AxisTarget::Measure { index, field },
                min: dial.spec().min,
                max: dial.spec().max,
                range: range_text(dial),
            }
        }
        MeasureField::Start | MeasureField::End => years(baseline.first_policy_year()),
        MeasureField::RampYears => Allowed {
            target: AxisTarget::Measure { index, field },
            min: 0.0,
            max: f64::from(MAX_RAMP_YEARS),
            range: format!("a whole number of years from 0 to {MAX_RAMP_YEARS}"),
        },
        MeasureField::MatchingRatio if !measure.kind.has_matching_ratio() => {
            return Err(AxisError::NoMatchingRatio {
                measure: measure.name.clone(),
                kind: measure.kind.key(),
            });
        }
        MeasureField::MatchingRatio => {
            let ratio = LeverField::CofundingRatio;
            Allowed {
                target: AxisTarget::Measure { index, field },
                min: ratio.spec().min,
                max: ratio.spec().max,
                range: range_text(ratio),
            }
        }
    })
}

fn assumption(id: ParamId, baseline: &Baseline) -> Result<Allowed, AxisError> {
    let Some(spec) = baseline.specs.iter().find(|s| s.id == id) else {
        return Err(AxisError::NoRange { name: id.name() });
    };
    Ok(Allowed {
        target: AxisTarget::Assumption(id),
        min: spec.low,
        max: spec.high,
        range: format!("{} to {} {}", spec.low, spec.high, spec.unit),
    })
}
