//! `levers sweep --vary PATH=FROM..TO:STEP`: what each axis names and the
//! values it takes. `PATH` is read by the core's address grammar
//! ([`levers_core::analysis::address`]); an axis varies one number: a dial
//! (`rd.grants_hkd_bn_per_year`), a measure's field (`nias.amount`,
//! `nias.start`, `.end`, `.ramp_years`, `.matching_ratio`) or an assumption
//! (`assumptions.nev.growth`), never a whole lever group or measure.

use levers_core::analysis::address::{self, Address, AddressError};
use levers_core::analysis::{Axis, AxisTarget, Grid, GridError, MeasureField};
use levers_core::measure::Measure;
use levers_core::policy::{MAX_HORIZON, MAX_RAMP_YEARS};
use levers_core::{Baseline, LeverField, Policy};

use levers_report::i18n::Lang;

use super::axis_error::AxisError;
use super::{Failure, address_words};

/// Parses every `--vary PATH=FROM..TO:STEP` against `policy` into a grid.
pub fn parse_grid(
    lang: Lang,
    specs: &[String],
    policy: &Policy,
    baseline: &Baseline,
) -> Result<Grid, Failure> {
    let mut axes: Vec<Axis> = Vec::new();
    for spec in specs {
        let axis = parse_axis(lang, spec, policy, baseline).map_err(|why| {
            Failure::Invalid(lang.format("vary-failed", &[("spec", spec), ("why", &why.say(lang))]))
        })?;
        if axes.iter().any(|a| a.target == axis.target) {
            return Err(Failure::Invalid(
                lang.format("vary-twice", &[("spec", spec), ("name", &axis.name)]),
            ));
        }
        axes.push(axis);
    }
    Grid::new(axes).map_err(|why| {
        Failure::Invalid(lang.format(
            "vary-grid-failed",
            &[("why", &address_words::grid(lang, &why))],
        ))
    })
}

/// The lowest and highest value a path takes, and that range in words.
pub(crate) type Range = (f64, f64, String);

fn parse_axis(
    lang: Lang,
    spec: &str,
    policy: &Policy,
    baseline: &Baseline,
) -> Result<Axis, AxisError> {
    let (path, values) = spec.split_once('=').ok_or(AxisError::Shape)?;
    let path = path.trim();
    let (target, (min, max, range)) = resolve(lang, path, policy, baseline)?;
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
    lang: Lang,
    path: &str,
    policy: &Policy,
    baseline: &Baseline,
) -> Result<(AxisTarget, Range), AxisError> {
    let address = address::resolve(policy, path)
        .map_err(|why| AxisError::Address(one_number_suggested(policy, why)))?;
    Ok(match address {
        Address::Dial(field) => (AxisTarget::Dial(field), dial_range(lang, field)),
        Address::MeasureField { index, field } => (
            AxisTarget::Measure { index, field },
            // `index` was found in this same `policy` by the resolver.
            measure_range(lang, &policy.measures[index], field, policy, baseline)?,
        ),
        Address::Assumption(id) => {
            let spec = baseline.spec(id);
            let range = lang.format(
                "vary-range-assumption",
                &[
                    ("low", &spec.low.to_string()),
                    ("high", &spec.high.to_string()),
                    ("unit", &spec.unit),
                ],
            );
            (AxisTarget::Assumption(id), (spec.low, spec.high, range))
        }
        Address::Group(_) | Address::Measure(_) => {
            return Err(AxisError::NotOneNumber {
                path: path.to_string(),
            });
        }
    })
}

/// An axis varies one number: a suggested whole measure becomes its amount
/// (`rd_grants` → `rd_grants.amount`), a suggested lever group its first dial.
fn one_number_suggested(policy: &Policy, why: AddressError) -> AddressError {
    let AddressError::Unknown {
        address,
        suggestion: Some(suggestion),
        measures,
    } = why
    else {
        return why;
    };
    let suggestion = match address::resolve(policy, &suggestion) {
        Ok(Address::Measure(_)) => format!("{suggestion}.{}", MeasureField::Amount.key()),
        Ok(Address::Group(group)) => group.fields().next().map_or(suggestion, LeverField::path),
        _ => suggestion,
    };
    AddressError::Unknown {
        address,
        suggestion: Some(suggestion),
        measures,
    }
}

/// A lever field's lowest and highest value, and the range in words.
fn dial_range(lang: Lang, field: LeverField) -> Range {
    (field.spec().min, field.spec().max, lang.lever_range(field))
}

/// The range of `field` of `measure`, a measure of `policy`.
fn measure_range(
    lang: Lang,
    measure: &Measure,
    field: MeasureField,
    policy: &Policy,
    baseline: &Baseline,
) -> Result<Range, AxisError> {
    let first = baseline.first_policy_year();
    Ok(match field {
        MeasureField::Amount => dial_range(lang, measure.kind.field()),
        MeasureField::Start | MeasureField::End => (
            f64::from(first),
            f64::from(policy.horizon.min(MAX_HORIZON)),
            lang.format(
                "vary-range-years",
                &[
                    ("first", &first.to_string()),
                    ("last", &policy.horizon.to_string()),
                ],
            ),
        ),
        MeasureField::RampYears => (
            0.0,
            f64::from(MAX_RAMP_YEARS),
            lang.format("vary-range-ramp", &[("max", &MAX_RAMP_YEARS.to_string())]),
        ),
        MeasureField::MatchingRatio if measure.kind.has_matching_ratio() => {
            dial_range(lang, LeverField::CofundingRatio)
        }
        MeasureField::MatchingRatio => {
            return Err(AxisError::NoMatchingRatio {
                measure: measure.name.clone(),
                kind: measure.kind.key(),
            });
        }
    })
}
