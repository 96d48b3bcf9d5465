//! `eval --format json`: one object per package. The contract: `years`; `series`
//! (arrays as long as `years`) with their `labels` and `units`; `sectors`
//! (per-sector series, each with its `label` and `units`); `target` with
//! `share_pct`, `year`, `met`, `first_year_met`, `gap_pp`. The JSON Schema
//! of this object is [`crate::output_schema`], committed as
//! `schema/eval-output.schema.json`.

use levers_core::{MANUFACTURING_COUNT, Projection, Sector, YearOutcome};
use serde_json::{Map, Value, json};

use super::series::{SECTOR_JOBS_UNIT, SECTOR_VALUE_ADDED_UNIT, SERIES, Series};
use super::{Evaluated, number};

pub fn package(evaluated: &Evaluated<'_>, against: Option<&Evaluated<'_>>) -> Value {
    let projection = evaluated.projection;
    let (t, n) = (projection.target, projection.target_needs);
    let years = projection.years.iter();
    let mut object = json!({
        "file": evaluated.file,
        "name": evaluated.policy.name,
        "base_year": projection.base_year,
        "years": years.clone().map(|y| y.year).collect::<Vec<_>>(),
        "series": series(projection),
        "labels": of_series(|s| json!(s.title(crate::i18n::Lang::En))),
        "units": of_series(|s| json!(s.unit)),
        "sectors": sectors(projection),
        "binding_constraint": years.map(|y| y.binding_constraint.key()).collect::<Vec<_>>(),
        "target": {
            "share_pct": t.share_pct,
            "year": t.year,
            "projected_share_pct": number(t.projected_share_pct),
            "met": t.met,
            "first_year_met": t.first_year_met,
            "gap_pp": number(t.gap_pp),
        },
        "target_needs": {
            "value_added_hkd_bn": number(n.value_added_hkd_bn),
            "jobs_at_projected_productivity": number(n.jobs_at_projected_productivity),
            "jobs_at_base_productivity": number(n.jobs_at_base_productivity),
            "floor_space_m2": number(n.floor_space_m2),
            "additional_land_ha": number(n.additional_land_ha),
        },
    });
    if let Some(other) = against {
        object["against"] = json!({ "file": other.file, "name": other.policy.name });
        object["deltas"] = deltas(projection, other.projection);
    }
    object
}

fn series(projection: &Projection) -> Value {
    of_series(|s| yearly(projection, s.value))
}

/// A value for every series, by key.
fn of_series(value: impl Fn(&Series) -> Value) -> Value {
    SERIES
        .iter()
        .map(|s| (s.key.to_string(), value(s)))
        .collect::<Map<String, Value>>()
        .into()
}

/// One number a year of `projection`.
fn yearly(projection: &Projection, value: impl Fn(&YearOutcome) -> f64) -> Value {
    projection.years.iter().map(|y| number(value(y))).collect()
}

/// Differences year by year; only for the years both projections have.
fn deltas(projection: &Projection, other: &Projection) -> Value {
    of_series(|s| {
        let years = projection.years.iter().zip(&other.years);
        years
            .map(|(a, b)| number((s.value)(a) - (s.value)(b)))
            .collect()
    })
}

fn sectors(projection: &Projection) -> Value {
    let mut map = Map::new();
    for sector in Sector::ALL {
        let i = sector.index();
        let mut entry = json!({
            "label": crate::i18n::Lang::En.sector(sector),
            "manufacturing": sector.is_manufacturing(),
            "units": { "value_added_hkd_bn": SECTOR_VALUE_ADDED_UNIT },
            "value_added_hkd_bn": yearly(projection, |y| y.sector_value_added_hkd_bn[i]),
        });
        if i < MANUFACTURING_COUNT {
            entry["units"]["jobs"] = json!(SECTOR_JOBS_UNIT);
            entry["jobs"] = yearly(projection, |y| y.sector_jobs[i]);
        }
        map.insert(sector.key().into(), entry);
    }
    Value::Object(map)
}
