//! The JSON Schema (draft 2020-12) of `levers eval --format json`, generated
//! from the same definitions the JSON writer uses ([`crate::series`],
//! [`crate::json`]), printed by `levers outputs --schema` and committed as
//! `schema/eval-output.schema.json`. Objects stay open to new members (a
//! later version may add some); the series listed are all required.

use crate::i18n::Lang;
use levers_core::{Constraint, MANUFACTURING_COUNT, Sector};
use serde_json::{Map, Value, json};

use crate::series::{SECTOR_JOBS_UNIT, SECTOR_VALUE_ADDED_UNIT, SERIES, Series};

/// The schema's text, as committed (pretty JSON and a final newline).
pub fn text() -> Result<String, crate::RenderError> {
    crate::pretty_json(&schema())
}

pub fn schema() -> Value {
    json!({
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "title": "levers eval --format json",
        "description": "One package's projection, or an array of them when several packages are given. Each series is an array with one value per entry of `years`; null where there is no value.",
        "oneOf": [
            { "$ref": "#/$defs/package" },
            { "type": "array", "items": { "$ref": "#/$defs/package" } }
        ],
        "$defs": {
            "package": package(),
            "values": {
                "type": "array",
                "items": { "type": ["number", "null"] }
            },
            "number_or_null": { "type": ["number", "null"] }
        }
    })
}

fn package() -> Value {
    let series_keys: Vec<&str> = SERIES.iter().map(|s| s.key).collect();
    json!({
        "type": "object",
        "required": ["file", "name", "base_year", "years", "series", "labels", "units",
                     "sectors", "binding_constraint", "target", "target_needs"],
        "properties": {
            "file": { "type": "string", "description": "The package file as given on the command line." },
            "name": { "type": "string" },
            "base_year": { "type": "integer" },
            "years": { "type": "array", "items": { "type": "integer" } },
            "series": series_object(),
            "labels": per_series(|s| json!({ "const": s.title(Lang::En) })),
            "units": texts(|s| s.unit),
            "sectors": sectors(),
            "binding_constraint": {
                "type": "array",
                "items": { "enum": constraint_keys() }
            },
            "target": {
                "type": "object",
                "required": ["share_pct", "year", "projected_share_pct", "met", "first_year_met", "gap_pp"],
                "properties": {
                    "share_pct": { "type": "number" },
                    "year": { "type": "integer" },
                    "projected_share_pct": { "$ref": "#/$defs/number_or_null" },
                    "met": { "type": "boolean" },
                    "first_year_met": { "type": ["integer", "null"], "description": "First year of the run of years at or above the target that holds through the target year; when the target year falls short, the first later year that reaches it; null when none does." },
                    "gap_pp": { "$ref": "#/$defs/number_or_null" }
                }
            },
            "target_needs": {
                "type": "object",
                "required": ["value_added_hkd_bn", "jobs_at_projected_productivity",
                             "jobs_at_base_productivity", "floor_space_m2", "additional_land_ha"],
                "additionalProperties": { "$ref": "#/$defs/number_or_null" }
            },
            "against": {
                "type": "object",
                "required": ["file", "name"],
                "properties": { "file": { "type": "string" }, "name": { "type": "string" } }
            },
            "fiscal": fiscal(),
            "deltas": {
                "description": "This package minus `against`, year by year (only the years both have).",
                "type": "object",
                "required": series_keys,
                "additionalProperties": { "$ref": "#/$defs/values" }
            }
        },
        "dependentRequired": { "against": ["deltas"] }
    })
}

/// `fiscal`: the public purse. Only the window to the target year is spelt
/// out member by member; the other members stay open.
fn fiscal() -> Value {
    let mut members = Map::new();
    for member in &crate::fiscal::TO_TARGET_YEAR_MEMBERS {
        let mut kind = match member.unit {
            "year" => json!({ "type": "integer" }),
            "HK$" => json!({
                "type": "object",
                "additionalProperties": { "$ref": "#/$defs/number_or_null" }
            }),
            _ => json!({ "type": ["number", "null"] }),
        };
        kind["description"] = json!(format!("{} ({})", member.label, member.unit));
        members.insert(member.key.to_string(), kind);
    }
    let keys: Vec<&str> = crate::fiscal::TO_TARGET_YEAR_MEMBERS
        .iter()
        .map(|m| m.key)
        .collect();
    json!({
        "type": "object",
        "description": "The package's public cost (`--format json` only).",
        "properties": {
            "to_target_year": {
                "type": "object",
                "description": crate::fiscal::TO_TARGET_YEAR_DEFINITION,
                "required": keys,
                "properties": members
            }
        }
    })
}

/// `series`: every series, an array of values, described by label and unit.
fn series_object() -> Value {
    per_series(|s| {
        json!({
            "$ref": "#/$defs/values",
            "description": format!("{} ({})", s.title(Lang::En), s.unit),
        })
    })
}

/// `labels` or `units`: the text of every series, fixed by this version.
fn texts(text: fn(&Series) -> &'static str) -> Value {
    per_series(|s| json!({ "const": text(s) }))
}

/// An object with every series as a required member, each as `member` has it.
fn per_series(member: impl Fn(&Series) -> Value) -> Value {
    let properties: Map<String, Value> = SERIES
        .iter()
        .map(|s| (s.key.to_string(), member(s)))
        .collect();
    json!({
        "type": "object",
        "required": SERIES.iter().map(|s| s.key).collect::<Vec<_>>(),
        "properties": properties,
    })
}

fn sectors() -> Value {
    let mut properties = Map::new();
    for sector in Sector::ALL {
        let manufacturing = sector.index() < MANUFACTURING_COUNT;
        let mut required = vec!["label", "manufacturing", "units", "value_added_hkd_bn"];
        let mut units = json!({ "value_added_hkd_bn": { "const": SECTOR_VALUE_ADDED_UNIT } });
        if manufacturing {
            required.push("jobs");
            units["jobs"] = json!({ "const": SECTOR_JOBS_UNIT });
        }
        properties.insert(
            sector.key().to_string(),
            json!({
                "type": "object",
                "required": required,
                "properties": {
                    "label": { "const": crate::i18n::Lang::En.sector(sector) },
                    "manufacturing": { "const": manufacturing },
                    "units": { "type": "object", "properties": units },
                    "value_added_hkd_bn": { "$ref": "#/$defs/values", "description": format!("Value added ({SECTOR_VALUE_ADDED_UNIT})") },
                    "jobs": { "$ref": "#/$defs/values", "description": format!("Direct jobs ({SECTOR_JOBS_UNIT})") }
                }
            }),
        );
    }
    json!({
        "type": "object",
        "required": Sector::ALL.map(Sector::key),
        "properties": properties,
    })
}

/// Every binding-constraint key; a new kind of constraint does not compile
/// until it is listed here.
fn constraint_keys() -> [&'static str; 4] {
    [
        Constraint::None,
        Constraint::Labour,
        Constraint::Land,
        Constraint::Absorption,
    ]
    .map(|constraint| match constraint {
        Constraint::None | Constraint::Labour | Constraint::Land | Constraint::Absorption => {
            constraint.key()
        }
    })
}
