//! `seek --bound NAME.FIELD=LO..HI` and `--fix NAME`: what the search may move
//! and how far, checked against the package and the fields' ranges.

use levers_core::analysis::MeasureField;
use levers_core::analysis::address::{Address, resolve};
use levers_core::analysis::dial::{Knob, Limit};
use levers_core::analysis::seek::cost_fields;
use levers_core::{LeverGroup, Policy};
use levers_report::i18n::Lang;

use super::{Failure, address_words};

/// The limits `bounds` and `fixes` set on `template`'s numbers. A fix holds a
/// number at the package's value; a bound and a fix of the same number, or two
/// bounds of it, are refused.
pub fn limits(
    lang: Lang,
    template: &Policy,
    bounds: &[String],
    fixes: &[String],
) -> Result<Vec<Limit>, Failure> {
    let mut limits: Vec<(Limit, String)> = Vec::new();
    for text in bounds {
        let limit = bound(lang, template, text)?;
        push(lang, &mut limits, limit, format!("--bound {text}"))?;
    }
    for name in fixes {
        let knobs = knobs(lang, template, name, true).map_err(|why| {
            Failure::Invalid(lang.format(
                "seek-limit-failed",
                &[("flag", "--fix"), ("text", name), ("why", &why)],
            ))
        })?;
        for knob in knobs.into_iter().filter(|k| is_sought(template, *k)) {
            let value = knob.get(template);
            let limit = Limit {
                knob,
                low: value,
                high: value,
            };
            push(lang, &mut limits, limit, format!("--fix {name}"))?;
        }
    }
    Ok(limits.into_iter().map(|(limit, _)| limit).collect())
}

fn push(
    lang: Lang,
    limits: &mut Vec<(Limit, String)>,
    limit: Limit,
    said: String,
) -> Result<(), Failure> {
    if let Some((_, first)) = limits.iter().find(|(l, _)| l.knob == limit.knob) {
        return Err(Failure::Invalid(
            lang.format("seek-limit-twice", &[("said", &said), ("first", first)]),
        ));
    }
    limits.push((limit, said));
    Ok(())
}

/// Whether the search moves `knob` at all (money and quantities only).
fn is_sought(template: &Policy, knob: Knob) -> bool {
    knob.field(template)
        .is_some_and(|field| cost_fields(field.group()).contains(&field))
}

/// The numbers `text` addresses in `template` if `--bound` (or, when
/// `whole`, `--fix`) can limit them; else why not, in `lang`.
fn knobs(lang: Lang, template: &Policy, text: &str, whole: bool) -> Result<Vec<Knob>, String> {
    // What the flag takes, and the refusal of a name that is none of it.
    let (takes, cannot) = if whole {
        ("seek-fix-takes", "seek-cannot-fix")
    } else {
        ("seek-bound-takes", "seek-cannot-bound")
    };
    let takes = lang.text(takes);
    let address = resolve(template, text)
        .map_err(|why| format!("{}; {takes}", address_words::address(lang, &why)))?;
    match address {
        Address::Dial(field) => Ok(vec![Knob::Dial(field)]),
        Address::MeasureField {
            index,
            field: MeasureField::Amount,
        } => Ok(vec![Knob::MeasureAmount(index)]),
        Address::Measure(index) if whole => Ok(vec![Knob::MeasureAmount(index)]),
        Address::Group(group) if whole => Ok(group.fields().map(Knob::Dial).collect()),
        _ => Err(lang.format(cannot, &[("text", text.trim()), ("takes", &takes)])),
    }
}

/// `LO..HI`: two numbers (`seek --bound`, `discover --vary`).
pub(super) fn number_range(text: &str) -> Option<(f64, f64)> {
    let (lo, hi) = text.split_once("..")?;
    Some((lo.trim().parse().ok()?, hi.trim().parse().ok()?))
}

/// `NAME.FIELD=LO..HI`.
fn bound(lang: Lang, template: &Policy, text: &str) -> Result<Limit, Failure> {
    let invalid = |why: String| {
        Failure::Invalid(lang.format(
            "seek-limit-failed",
            &[("flag", "--bound"), ("text", text), ("why", &why)],
        ))
    };
    let (address, range) = text
        .split_once('=')
        .ok_or_else(|| invalid(lang.text("seek-bound-expected")))?;
    let [knob] = knobs(lang, template, address, false).map_err(invalid)?[..] else {
        return Err(invalid(lang.text("seek-bound-takes")));
    };
    let Some(field) = knob.field(template).filter(|_| is_sought(template, knob)) else {
        return Err(invalid(
            lang.format("seek-not-moved", &[("address", address.trim())]),
        ));
    };
    let spec = field.spec();
    let (low, high) =
        number_range(range).ok_or_else(|| invalid(lang.text("argument-two-numbers")))?;
    if !(low.is_finite() && high.is_finite() && spec.min <= low && low <= high && high <= spec.max)
    {
        return Err(invalid(lang.format(
            "seek-bound-range",
            &[
                ("min", &spec.min.to_string()),
                ("max", &spec.max.to_string()),
                ("unit", spec.unit),
            ],
        )));
    }
    Ok(Limit { knob, low, high })
}

/// Refuses a limit on something the search does not move: a lever dial of a
/// group left out by `--levers`, a dial when the package has named measures
/// (they are sought instead), or a measure of a kind left out.
pub fn check_in_search(
    lang: Lang,
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
            return Err(Failure::Invalid(lang.format(
                "seek-group-left-out",
                &[("address", &address), ("group", field.group().key())],
            )));
        }
    }
    Ok(())
}
