//! `eval --format json`: one object per package. The contract: `years`; `series`
//! (arrays as long as `years`) with their `labels` and `units`; `sectors`
//! (per-sector series, each with its `label` and `units`); `target` with
//! `share_pct`, `year`, `met`, `first_year_met`, `gap_pp`. The JSON Schema
//! of this object is [`crate::output_schema`], committed as
//! `schema/eval-output.schema.json`.

use levers_core::{MANUFACTURING_COUNT, Projection, Sector};
use serde_json::{Map, Value, json};

use super::series::{SECTOR_JOBS_UNIT, SECTOR_VALUE_ADDED_UNIT, SERIES, Series};
use super::{Evaluated, number};

pub fn package(evaluated: &Evaluated<'_>, against: Option<&Evaluated<'_>>) -> Value {
    let projection = evaluated.projection;
    let mut object = Map::new();
    object.insert("file".into(), json!(evaluated.file));
    object.insert("name".into(), json!(evaluated.policy.name));
    object.insert("base_year".into(), json!(projection.base_year));
    object.insert(
        "years".into(),
        json!(projection.years.iter().map(|y| y.year).collect::<Vec<_>>()),
    );
    object.insert("series".into(), series(projection));
    object.insert("labels".into(), of_series(|s| s.label));
    object.insert("units".into(), of_series(|s| s.unit));
    object.insert("sectors".into(), sectors(projection));
    let binding: Vec<&str> = projection
        .years
        .iter()
        .map(|y| y.binding_constraint.key())
        .collect();
    object.insert("binding_constraint".into(), json!(binding));
    let t = projection.target;
    object.insert(
        "target".into(),
        json!({
            "share_pct": t.share_pct,
            "year": t.year,
            "projected_share_pct": number(t.projected_share_pct),
            "met": t.met,
            "first_year_met": t.first_year_met,
            "gap_pp": number(t.gap_pp),
        }),
    );
    let n = projection.target_needs;
    object.insert(
        "target_needs".into(),
        json!({
            "value_added_hkd_bn": number(n.value_added_hkd_bn),
            "jobs_at_projected_productivity": number(n.jobs_at_projected_productivity),
            "jobs_at_base_productivity": number(n.jobs_at_base_productivity),
            "floor_space_m2": number(n.floor_space_m2),
            "additional_land_ha": number(n.additional_land_ha),
        }),
    );
    if let Some(other) = against {
        object.insert(
            "against".into(),
            json!({ "file": other.file, "name": other.policy.name }),
        );
        object.insert("deltas".into(), deltas(projection, other.projection));
    }
    Value::Object(object)
}

fn series(projection: &Projection) -> Value {
    let mut map = Map::new();
    for s in SERIES {
        let values: Vec<Value> = projection
            .years
            .iter()
            .map(|y| number((s.value)(y)))
            .collect();
        map.insert(s.key.into(), Value::Array(values));
    }
    Value::Object(map)
}

/// A text for every series, by key.
fn of_series(text: fn(&Series) -> &'static str) -> Value {
    let map: Map<String, Value> = SERIES
        .iter()
        .map(|s| (s.key.to_string(), json!(text(s))))
        .collect();
    Value::Object(map)
}

/// Differences year by year; only for the years both projections have.
fn deltas(projection: &Projection, other: &Projection) -> Value {
    let mut map = Map::new();
    for s in SERIES {
        let values: Vec<Value> = projection
            .years
            .iter()
            .zip(&other.years)
            .map(|(a, b)| number((s.value)(a) - (s.value)(b)))
            .collect();
        map.insert(s.key.into(), Value::Array(values));
    }
    Value::Object(map)
}

fn sectors(projection: &Projection) -> Value {
    let mut map = Map::new();
    for sector in Sector::ALL {
        let i = sector.index();
        let mut entry = Map::new();
        entry.insert("label".into(), json!(crate::i18n::Lang::En.sector(sector)));
        entry.insert("manufacturing".into(), json!(sector.is_manufacturing()));
        let mut units = Map::new();
        units.insert("value_added_hkd_bn".into(), json!(SECTOR_VALUE_ADDED_UNIT));
        if i < MANUFACTURING_COUNT {
            units.insert("jobs".into(), json!(SECTOR_JOBS_UNIT));
        }
        entry.insert("units".into(), Value::Object(units));
        let va: Vec<Value> = projection
            .years
            .iter()
            .map(|y| number(y.sector_value_added_hkd_bn[i]))
            .collect();
        entry.insert("value_added_hkd_bn".into(), Value::Array(va));
        if i < MANUFACTURING_COUNT {
            let jobs: Vec<Value> = projection
                .years
                .iter()
                .map(|y| number(y.sector_jobs[i]))
                .collect();
            entry.insert("jobs".into(), Value::Array(jobs));
        }
        map.insert(sector.key().into(), Value::Object(entry));
    }
    Value::Object(map)
}
