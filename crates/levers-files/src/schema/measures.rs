//! The JSON Schema of format 2's `[measures.<name>]` tables: each kind's amount
//! range (constant or year-keyed schedule), which kinds take a matching ratio,
//! and the timing and sector keys (which format 1's legacy lever groups, still
//! accepted for editors, share).

use levers_core::measure::{MAX_MEASURE_NAME_CHARS, MeasureKind};
use levers_core::policy::{MAX_HORIZON, MAX_NAME_CHARS, MAX_RAMP_YEARS, MAX_SECTOR_WEIGHT};
use levers_core::{LeverField, Sector};
use serde_json::{Map, Value, json};

use crate::policy_file::LABEL_LANGUAGES;
use levers_core::problem_kind::Words;

pub(crate) fn measures(words: &dyn Words, first_year: i32) -> Value {
    json!({
        "description": "Format 2: the package's named measures, one table each ([measures.nias]). Names are letters, digits, `_` and `-`.",
        "type": "object",
        "propertyNames": { "pattern": format!("^[A-Za-z0-9_-]{{1,{MAX_MEASURE_NAME_CHARS}}}$") },
        "additionalProperties": measure(words, first_year),
    })
}

fn measure(words: &dyn Words, first_year: i32) -> Value {
    let ratio = LeverField::CofundingRatio.spec();
    let mut properties = members(json!({
        "kind": {
            "description": "What the measure does: one channel of the model.",
            "type": "string",
            "enum": MeasureKind::ALL.map(MeasureKind::key),
        },
        "amount": {
            "description": "A constant, or a schedule keyed by year ({ 2026 = 10, 2029 = 20 }): each value holds from its year until the next year named; nothing before the first. The range depends on the kind.",
            "anyOf": [
                { "description": "The same amount every year the measure acts.", "type": "number" },
                {
                    "description": "A schedule: year = amount, each holding until the next year named.",
                    "type": "object",
                    "minProperties": 1,
                    "propertyNames": { "pattern": "^[0-9]{4}$" },
                    "additionalProperties": {
                        "description": "The amount from this year on.",
                        "type": "number",
                    },
                },
            ],
        },
        "matching_ratio": {
            "description": format!("rd_grants and coinvestment only: private HK$ required per public HK$ ({} ..= {}).", ratio.min, ratio.max),
            "type": "number",
            "minimum": ratio.min,
            "maximum": ratio.max,
        },
        "eligible": {
            "description": "rent_subsidy and profits_tax_concession only: which firms it pays. \"all_firms\" (the default): every firm of the targeted sectors, incumbents included; \"new_plants\": plants built from the base year on, as enterprise zones and investment grants pay.",
            "enum": levers_core::measure::Eligibility::ALL.map(levers_core::measure::Eligibility::key),
        },
    }));
    properties.extend(timing_properties(words, first_year));
    // A plain name, or one per language (`{ en = "…", zh-Hant = "…" }`).
    let name = json!({
        "description": "The name, in one language for everyone.",
        "type": "string",
        "maxLength": MAX_NAME_CHARS,
    });
    let languages: Map<String, Value> = LABEL_LANGUAGES
        .iter()
        .map(|tag| {
            let words = json!({
                "description": format!("The name for readers in {tag}."),
                "type": "string",
                "maxLength": MAX_NAME_CHARS,
            });
            ((*tag).to_string(), words)
        })
        .collect();
    properties.insert(
        "label".into(),
        json!({
            "description": "A readable name for reports: text, or a table by language (label = { en = \"San Tin land\", zh-Hant = \"新田科技城用地\" }); each face shows the name for its language.",
            "anyOf": [
                name,
                {
                    "description": "The name by language (en, zh-Hant).",
                    "type": "object",
                    "properties": languages,
                    "additionalProperties": false,
                    "minProperties": 1,
                },
            ],
        }),
    );
    for (key, what) in [
        (
            "source",
            "Where the number comes from (Policy Address paragraph, LegCo paper).",
        ),
        (
            "note",
            "Anything else a reader should know (an assumption, what is left out).",
        ),
    ] {
        properties.insert(key.into(), json!({ "description": what, "type": "string" }));
    }
    json!({
        "description": "One measure: a kind, an amount, optional timing, targeting and provenance.",
        "type": "object",
        "additionalProperties": false,
        "required": ["kind", "amount"],
        "properties": properties,
        "allOf": MeasureKind::ALL.map(kind_rules).to_vec(),
    })
}

/// The amount range of `kind` (each scheduled value too), and no matching ratio
/// where the kind has none.
fn kind_rules(kind: MeasureKind) -> Value {
    let spec = kind.field().spec();
    let mut value = json!({
        "description": format!("{}: {} ..= {} ({})", kind.key(), spec.min, spec.max, spec.unit),
        "type": "number",
        "minimum": spec.min,
        "maximum": spec.max,
    });
    if spec.integer {
        value["multipleOf"] = json!(1);
    }
    let mut then = json!({
        "properties": {
            "amount": { "anyOf": [value.clone(), {
                "description": format!("A schedule of {} amounts by year.", kind.key()),
                "type": "object",
                "additionalProperties": value,
            }] },
        },
    });
    if !kind.has_matching_ratio() {
        then["properties"]["matching_ratio"] = json!(false);
    }
    if !kind.can_limit_to_new_plants() {
        then["properties"]["eligible"] = json!({ "const": "all_firms" });
    }
    json!({
        "if": { "properties": { "kind": { "const": kind.key() } }, "required": ["kind"] },
        "then": then,
    })
}

/// `start`, `ramp_years`, `end` and `sectors`, shared by lever groups and measures.
pub(crate) fn timing_properties(words: &dyn Words, first_year: i32) -> Map<String, Value> {
    members(json!({
        "start": {
            "description": format!("First year it acts ({first_year} ..= the horizon)."),
            "type": "integer",
            "minimum": first_year,
            "maximum": MAX_HORIZON,
        },
        "ramp_years": {
            "description": format!("Years to reach full strength, rising linearly (0 ..= {MAX_RAMP_YEARS}; the ramp must end by the horizon)."),
            "type": "integer",
            "minimum": 0,
            "maximum": MAX_RAMP_YEARS,
            "default": 0,
        },
        "end": {
            "description": format!("Last year it acts (on or after start, at most {MAX_HORIZON}). Leave out to keep it on."),
            "type": "integer",
            "minimum": first_year,
            "maximum": MAX_HORIZON,
        },
        "sectors": sector_weights(words),
    }))
}

/// The members of an object written as a `json!` literal.
fn members(object: Value) -> Map<String, Value> {
    match object {
        Value::Object(members) => members,
        _ => Map::new(),
    }
}

fn sector_weights(words: &dyn Words) -> Value {
    let weight = |sector: Sector| {
        json!({
            "description": format!("Relative weight of {} (0 ..= {MAX_SECTOR_WEIGHT}).", words.sector(sector)),
            "type": "number",
            "minimum": 0,
            "maximum": MAX_SECTOR_WEIGHT,
        })
    };
    let properties: Map<String, Value> = Sector::MANUFACTURING
        .into_iter()
        .map(|sector| (sector.key().to_string(), weight(sector)))
        .collect();
    json!({
        "description": "Relative weight of each manufacturing sector; a sector left out gets 0. Leave the table out for all five weighted equally. At least one weight must be above 0.",
        "type": "object",
        "additionalProperties": false,
        "minProperties": 1,
        "properties": properties,
    })
}
