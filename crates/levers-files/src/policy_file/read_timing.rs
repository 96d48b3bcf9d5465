//! The keys every measure table shares, and format 1's lever groups too:
//! years, `start` / `ramp_years` / `end` and `sectors` weights, and the range
//! a dial's value must be in. Read by the format-2 and format-1 table readers
//! alike.

use levers_core::problem_kind::Expected;
use levers_core::{MANUFACTURING_COUNT, ProblemKind, Sector, Timing};
use toml::Spanned;
use toml::de::DeTable;

use crate::toml_reader::{Reader, Value, get, join};

/// `start` (required in format 1, default the first policy year in format 2),
/// `ramp_years` and `end` of the table at `path`.
pub(super) fn read_timing(
    reader: &mut Reader<'_>,
    spanned: &Spanned<DeTable<'_>>,
    path: &str,
    start_required: bool,
    first_year: i32,
) -> Timing {
    let table = spanned.get_ref();
    let mut timing = Timing::at_once(first_year);
    let expected_year = Expected::YearToHorizon { first: first_year };
    let start = if start_required {
        reader.require(spanned, path, "start", expected_year.clone())
    } else {
        get(table, "start")
    };
    if let Some(v) = start {
        timing.start = reader
            .year(v, &join(path, "start"), expected_year)
            .unwrap_or(first_year);
    }
    if let Some(v) = get(table, "ramp_years") {
        let at = join(path, "ramp_years");
        match reader.integer(v, &at, Expected::RampYears) {
            Some(ramp) if (0..=i64::from(u32::MAX)).contains(&ramp) => {
                timing.ramp_years = ramp as u32;
            }
            Some(ramp) => reader.push_problem(v.span(), &at, ProblemKind::RampOutOfRange { ramp }),
            None => {}
        }
    }
    if let Some(v) = get(table, "end") {
        timing.end = reader.year(v, &join(path, "end"), Expected::YearFromStart);
    }
    timing
}

pub(super) fn read_weights(
    reader: &mut Reader<'_>,
    value: &Value<'_>,
    path: &str,
) -> Option<[f64; MANUFACTURING_COUNT]> {
    let table = reader.table(value, path)?;
    let keys = Sector::MANUFACTURING.map(Sector::key);
    reader.check_keys(table, path, &keys);
    let mut weights = [0.0; MANUFACTURING_COUNT];
    for sector in Sector::MANUFACTURING {
        if let Some(v) = get(table, sector.key()) {
            let at = join(path, sector.key());
            weights[sector.index()] = reader
                .number(
                    v,
                    &at,
                    Expected::Number {
                        low: "0".into(),
                        high: "100".into(),
                    },
                )
                .unwrap_or(1.0);
        }
    }
    Some(weights)
}
