//! `seek --bound NAME.FIELD=LO..HI` and `--fix NAME`: what the search may move
//! and how far, checked against the package and the fields' ranges.

use levers_core::analysis::MeasureField;
use levers_core::analysis::address::{Address, resolve};
use levers_core::analysis::dial::{Knob, Limit};
use levers_core::analysis::seek::cost_fields;
use levers_core::{LeverGroup, Policy};

use super::Failure;

/// The limits `bounds` and `fixes` set on `template`'s numbers. A fix holds a
/// number at the package's value; a bound and a fix of the same number, or two
/// bounds of it, are refused.
pub fn limits(
    template: &Policy,
    bounds: &[String],
    fixes: &[String],
) -> Result<Vec<Limit>, Failure> {
    let mut limits: Vec<(Limit, String)> = Vec::new();
    for text in bounds {
        let limit = bound(template, text)?;
        push(&mut limits, limit, format!("--bound {text}"))?;
    }
    for name in fixes {
        let knobs = knobs(template, name, true)
            .map_err(|e| Failure::Invalid(format!("--fix {name}: {e}")))?;
        for knob in knobs.into_iter().filter(|k| is_sought(template, *k)) {
            let value = knob.get(template);
            let limit = Limit {
                knob,
                low: value,
                high: value,
            };
            push(&mut limits, limit, format!("--fix {name}"))?;
        }
    }
    Ok(limits.into_iter().map(|(limit, _)| limit).collect())
}

fn push(limits: &mut Vec<(Limit, String)>, limit: Limit, said: String) -> Result<(), Failure> {
    if let Some((_, first)) = limits.iter().find(|(l, _)| l.knob == limit.knob) {
        return Err(Failure::Invalid(format!(
            "{said}: already limited by {first}; give each lever or measure one limit"
        )));
    }
    limits.push((limit, said));
    Ok(())
}

/// Whether the search moves `knob` at all (money and quantities only).
fn is_sought(template: &Policy, knob: Knob) -> bool {
    knob.field(template)
        .is_some_and(|field| cost_fields(field.group()).contains(&field))
}

/// What `--bound` and `--fix` do and take, said when a name is none of it.
const BOUND: (&str, &str) = ("bounded", BOUND_TAKES);
const FIX: (&str, &str) = ("fixed", FIX_TAKES);
const BOUND_TAKES: &str = "--bound takes a lever dial (GROUP.FIELD, e.g. rd.grants_hkd_bn_per_year) or a measure's amount (MEASURE.amount)";
const FIX_TAKES: &str = "--fix takes a lever dial (GROUP.FIELD), a lever group (GROUP), a measure's amount (MEASURE.amount) or a measure (MEASURE)";

/// The numbers `text` addresses in `template` if `--bound` (or, when
/// `whole`, `--fix`) can limit them.
fn knobs(template: &Policy, text: &str, whole: bool) -> Result<Vec<Knob>, String> {
    let (done, takes) = if whole { FIX } else { BOUND };
    match resolve(template, text).map_err(|why| format!("{why}; {takes}"))? {
        Address::Dial(field) => Ok(vec![Knob::Dial(field)]),
        Address::MeasureField {
            index,
            field: MeasureField::Amount,
        } => Ok(vec![Knob::MeasureAmount(index)]),
        Address::Measure(index) if whole => Ok(vec![Knob::MeasureAmount(index)]),
        Address::Group(group) if whole => Ok(group.fields().map(Knob::Dial).collect()),
        _ => Err(format!("`{}` cannot be {done}: {takes}", text.trim())),
    }
}

/// `LO..HI`: two numbers (`seek --bound`, `discover --vary`).
pub(super) fn number_range(text: &str) -> Option<(f64, f64)> {
    let (lo, hi) = text.split_once("..")?;
    Some((lo.trim().parse().ok()?, hi.trim().parse().ok()?))
}

/// `NAME.FIELD=LO..HI`.
fn bound(template: &Policy, text: &str) -> Result<Limit, Failure> {
    let invalid = |why: String| Failure::Invalid(format!("--bound {text}: {why}"));
    let (address, range) = text.split_once('=').ok_or_else(|| {
        invalid(
            "expected NAME.FIELD=LO..HI, e.g. rd.grants_hkd_bn_per_year=2..10 or nias.amount=0..20"
                .into(),
        )
    })?;
    let [knob] = knobs(template, address, false).map_err(invalid)?[..] else {
        return Err(invalid(BOUND_TAKES.into()));
    };
    let Some(field) = knob.field(template).filter(|_| is_sought(template, knob)) else {
        return Err(invalid(format!(
            "`{}` is not moved by seek (only money and quantities are); it is taken from the package",
            address.trim()
        )));
    };
    let spec = field.spec();
    let (low, high) = number_range(range)
        .ok_or_else(|| invalid("expected a range LO..HI of two numbers, e.g. 0..20".into()))?;
    if !(low.is_finite() && high.is_finite() && spec.min <= low && low <= high && high <= spec.max)
    {
        return Err(invalid(format!(
            "expected {} ≤ LO ≤ HI ≤ {} ({})",
            spec.min, spec.max, spec.unit
        )));
    }
    Ok(Limit { knob, low, high })
}

/// Refuses a limit on something the search does not move: a lever dial of a
/// group left out by `--levers`, a dial when the package has named measures
/// (they are sought instead), or a measure of a kind left out.
pub fn check_in_search(
    template: &Policy,
    limits: &[Limit],
    groups: &[LeverGroup],
) -> Result<(), Failure> {
    for limit in limits {
        let flag = if limit.low == limit.high {
            "--fix"
        } else {
            "--bound"
        };
        let address = format!("{flag} {}", limit.knob.address(template));
        let Some(field) = limit.knob.field(template) else {
            continue;
        };
        if !groups.contains(&field.group()) {
            return Err(Failure::Invalid(format!(
                "{address}: the search does not use the {} group (--levers); leave it out, or add the group",
                field.group().key(),
            )));
        }
    }
    Ok(())
}
