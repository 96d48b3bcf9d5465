//! Reading `assets/baseline.toml` (embedded in the binary, or a user's copy given
//! with `--baseline-data`). Every parameter the model needs must be present with a
//! value inside its range, a unit, and a source or an assumption.

use levers_core::params::SECTOR_PARAM_NAMES;
use levers_core::problem_kind::{DataFile, Expected};
use levers_core::{
    Baseline, Distribution, LagKernel, LeverGroup, ParamId, ParamSpec, Params, ProblemKind, Sector,
    Source,
};
use toml::de::DeTable;

use crate::diagnostic::Diagnostics;
use crate::toml_reader::{Reader, Value, get, join};

/// The baseline shipped with levers.
pub const EMBEDDED_BASELINE: &str = include_str!("../../../assets/baseline.toml");
pub const EMBEDDED_NAME: &str = "<embedded baseline.toml>";

/// The embedded baseline. It is checked by the test suite, so failure here is a
/// build defect, reported rather than panicking.
pub fn embedded() -> Result<Baseline, Diagnostics> {
    parse_baseline(EMBEDDED_NAME, EMBEDDED_BASELINE)
}

/// The first and last base years a baseline may have.
const BASE_YEARS: (i32, i32) = (2000, 2059);

const PARAM_KEYS: [&str; 9] = [
    "value",
    "sd",
    "unit",
    "low",
    "high",
    "source",
    "assumption",
    "description",
    "distribution",
];

pub fn parse_baseline(file: &str, source: &str) -> Result<Baseline, Diagnostics> {
    let source = source.strip_prefix('\u{feff}').unwrap_or(source);
    let (reader, root) = Reader::parse(file, source)?;
    // Every problem is found while reading: where values are is not kept.
    let mut reader = reader.without_spans();
    let table = root.get_ref();
    reader.check_keys(
        table,
        "",
        &["format", "base_year", "lags", "sectors", "parameters"],
    );
    // Format 1 is the only one there is.
    reader.format(&root, DataFile::Baseline, &[1]);
    let mut base_year = 2023;
    let (first, last) = BASE_YEARS;
    let years = Expected::Year { first, last };
    if let Some(v) = reader.require(&root, "", "base_year", years.clone()) {
        match reader.integer(v, "base_year", years) {
            Some(year) if (i64::from(first)..=i64::from(last)).contains(&year) => {
                base_year = year as i32;
            }
            Some(year) => {
                let kind = ProblemKind::BaseYearOutOfRange { year, first, last };
                reader.push_problem(v.span(), "base_year", kind);
            }
            None => {}
        }
    }
    let lags = read_lags(&mut reader, &root);
    let parameters = reader
        .require(&root, "", "parameters", Expected::Table)
        .and_then(|v| reader.table(v, "parameters"));
    let sectors = reader
        .require(&root, "", "sectors", Expected::Table)
        .and_then(|v| reader.table(v, "sectors"));

    let mut params = Params::default();
    let mut specs = Vec::new();
    if let Some(parameters) = parameters {
        let names: Vec<&str> = ParamId::all()
            .filter(|id| id.sector().is_none())
            .map(|id| levers_core::GlobalParams::NAMES[id.0])
            .collect();
        reader.check_keys(parameters, "parameters", &names);
    }
    if let Some(sectors) = sectors {
        reader.check_keys(sectors, "sectors", &Sector::ALL.map(Sector::key));
    }
    for id in ParamId::all() {
        let name = id.name();
        let (table, key, path) = match id.sector() {
            None => (parameters, name.clone(), join("parameters", &name)),
            Some(sector) => {
                let sector_table = sectors
                    .and_then(|t| get(t, sector.key()))
                    .and_then(|v| reader.table(v, &join("sectors", sector.key())));
                if let Some(t) = sector_table {
                    let allowed: Vec<&str> = SECTOR_PARAM_NAMES
                        .iter()
                        .copied()
                        .take(if sector.is_manufacturing() { 4 } else { 3 })
                        .collect();
                    reader.check_keys(t, &join("sectors", sector.key()), &allowed);
                }
                let field = name.rsplit('.').next().unwrap_or_default().to_string();
                (sector_table, field, join("sectors", &name))
            }
        };
        let Some(value) = table.and_then(|t| get(t, &key)) else {
            reader.push_problem(0..0, &path, ProblemKind::MissingParameter { name });
            continue;
        };
        if let Some(spec) = read_param(&mut reader, value, id, &name, &path) {
            params.set(id, spec.value);
            specs.push(spec);
        }
    }
    reader.finish()?;
    Ok(Baseline {
        base_year,
        params,
        specs,
        lags,
    })
}

fn read_param(
    reader: &mut Reader<'_>,
    value: &Value<'_>,
    id: ParamId,
    name: &str,
    path: &str,
) -> Option<ParamSpec> {
    let table = reader.table(value, path)?;
    reader.check_keys(table, path, &PARAM_KEYS);
    let number = |reader: &mut Reader<'_>, key: &str| {
        let at = join(path, key);
        reader
            .require_in(table, value.span(), path, key, Expected::AnyNumber)
            .and_then(|v| reader.number(v, &at, Expected::AnyNumber))
    };
    let (central, low, high) = (
        number(reader, "value"),
        number(reader, "low"),
        number(reader, "high"),
    );
    let text = |reader: &mut Reader<'_>, key: &str| {
        get(table, key).and_then(|v| reader.text(v, &join(path, key)))
    };
    let unit = reader
        .require_in(table, value.span(), path, "unit", Expected::Text)
        .and_then(|v| reader.text(v, &join(path, "unit")));
    let source = match (text(reader, "source"), text(reader, "assumption")) {
        (Some(cited), None) => Some(Source::Cited(cited)),
        (None, Some(reason)) => Some(Source::Assumption(reason)),
        _ => {
            reader.push_problem(value.span(), path, ProblemKind::SourceOrAssumption);
            None
        }
    };
    let distribution = match text(reader, "distribution").as_deref() {
        None | Some("triangular") => Distribution::Triangular,
        Some("uniform") => Distribution::Uniform,
        Some("fixed") => Distribution::Fixed,
        Some("normal") => {
            let at = join(path, "sd");
            let sd = get(table, "sd").and_then(|v| reader.number(v, &at, Expected::AnyNumber));
            match sd {
                Some(sd) if sd.is_finite() && sd > 0.0 => Distribution::Normal { sd },
                _ => {
                    reader.push_problem(value.span(), &at, ProblemKind::NormalWithoutSd);
                    Distribution::Triangular
                }
            }
        }
        Some(other) => {
            let found = other.to_string();
            let kind = ProblemKind::UnknownDistribution { found };
            reader.push_problem(value.span(), &join(path, "distribution"), kind);
            Distribution::Triangular
        }
    };
    let description = text(reader, "description").unwrap_or_default();
    let (Some(central), Some(low), Some(high), Some(source), Some(unit)) =
        (central, low, high, source, unit)
    else {
        return None;
    };
    let (floor, ceiling) = levers_core::bounds::physical_bounds(id);
    if !(floor <= low && high <= ceiling) {
        let kind = ProblemKind::RangeBeyondPhysical {
            name: name.to_string(),
            low,
            high,
            floor,
            ceiling,
        };
        reader.push_problem(value.span(), path, kind);
    }
    if !(low <= central && central <= high) {
        let value_outside = ProblemKind::ValueOutsideOwnRange {
            value: central,
            low,
            high,
        };
        reader.push_problem(value.span(), path, value_outside);
    }
    Some(ParamSpec {
        id,
        name: name.to_string(),
        description,
        unit,
        value: central,
        low,
        high,
        source,
        distribution,
    })
}

fn read_lags(reader: &mut Reader<'_>, root: &toml::Spanned<DeTable<'_>>) -> [LagKernel; 4] {
    let empty = || LagKernel {
        weights: vec![1.0],
        source: Source::Assumption(String::new()),
    };
    let mut lags = [empty(), empty(), empty(), empty()];
    let Some(table) = reader
        .require(root, "", "lags", Expected::Table)
        .and_then(|v| reader.table(v, "lags"))
    else {
        return lags;
    };
    reader.check_keys(table, "lags", &LeverGroup::ALL.map(LeverGroup::key));
    for group in LeverGroup::ALL {
        let path = join("lags", group.key());
        let Some(lag) = get(table, group.key()).and_then(|v| reader.table(v, &path)) else {
            reader.push_problem(0..0, &path, ProblemKind::MissingLagKernel { group });
            continue;
        };
        reader.check_keys(lag, &path, &["weights", "source", "assumption"]);
        let mut weights = Vec::new();
        if let Some(v) = get(lag, "weights") {
            let at = join(&path, "weights");
            match v.get_ref() {
                toml::de::DeValue::Array(items) => {
                    let share = || Expected::Number {
                        low: "0".into(),
                        high: "1".into(),
                    };
                    for item in items {
                        weights.extend(reader.number(item, &at, share()));
                    }
                }
                _ => {
                    reader.wrong_type::<()>(v, &at, Expected::LagWeights);
                }
            }
            let sum: f64 = weights.iter().sum();
            if weights.is_empty()
                || weights.len() > 20
                || (sum - 1.0).abs() > 1e-9
                || weights.iter().any(|w| *w < 0.0)
            {
                reader.push_problem(v.span(), &at, ProblemKind::LagWeightsSum { sum });
            }
        }
        let text = |reader: &mut Reader<'_>, key: &str| {
            get(lag, key).and_then(|v| reader.text(v, &join(&path, key)))
        };
        let source = match (text(reader, "source"), text(reader, "assumption")) {
            (Some(s), None) => Source::Cited(s),
            (None, Some(a)) => Source::Assumption(a),
            _ => Source::Assumption(String::new()),
        };
        lags[group.index()] = LagKernel { weights, source };
    }
    lags
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_embedded_baseline_reads_cleanly_and_has_every_parameter() {
        let baseline = embedded().unwrap_or_else(|e| panic!("{e:?}"));
        assert_eq!(baseline.base_year, 2023);
        assert_eq!(baseline.specs.len(), levers_core::PARAM_COUNT);
        for spec in &baseline.specs {
            assert!(
                spec.low <= spec.value && spec.value <= spec.high,
                "{}",
                spec.name
            );
            assert!(!spec.unit.is_empty(), "{} has no unit", spec.name);
        }
    }

    #[test]
    fn a_normal_distribution_reads_its_sd_and_one_without_a_positive_sd_is_refused() {
        let baseline = embedded().unwrap_or_else(|e| panic!("{e:?}"));
        let spec = baseline
            .specs
            .iter()
            .find(|s| s.name == "manufacturing_relative_price_change");
        assert_eq!(
            spec.map(|s| s.distribution),
            Some(Distribution::Normal { sd: 0.014 })
        );
        let without = EMBEDDED_BASELINE.replacen("sd = 0.014\n", "", 1);
        assert_ne!(without, EMBEDDED_BASELINE);
        let error = parse_baseline("b.toml", &without)
            .err()
            .map(|e| crate::diagnostic::test_words::text(&e));
        assert!(
            error
                .as_deref()
                .is_some_and(|e| e.contains("sd") && e.contains("b.toml")),
            "{error:?}"
        );
        let negative = EMBEDDED_BASELINE.replacen("sd = 0.014", "sd = -0.014", 1);
        assert!(parse_baseline("b.toml", &negative).is_err());
    }

    #[test]
    fn base_year_is_on_the_basis_of_the_history_gdp_at_basic_prices_share_and_survey() {
        use levers_core::history::keys;
        let baseline = embedded().unwrap_or_else(|e| panic!("{e:?}"));
        let history = crate::history_file::embedded().unwrap_or_else(|e| panic!("{e:?}"));
        let year = baseline.base_year;
        let p = &baseline.params;
        let sum = |sectors: &[Sector], f: fn(&levers_core::SectorParams) -> f64| -> f64 {
            sectors.iter().map(|s| f(p.sector(*s))).sum()
        };
        let gdp = sum(&Sector::ALL, |s| s.value_added_hkd_bn);
        let manufacturing = sum(&Sector::MANUFACTURING, |s| s.value_added_hkd_bn);
        let jobs = sum(&Sector::MANUFACTURING, |s| s.jobs);
        // The model's GDP (the sum of the sectors) is GDP at basic prices, and
        // manufacturing its official share of it, to the sectors' rounding.
        let basic = history.at(keys::GDP_BASIC_PRICES, year).unwrap_or(f64::NAN);
        assert!((gdp - basic).abs() < 0.01, "{gdp} vs {basic}");
        let share = history
            .at(keys::MANUFACTURING_SHARE, year)
            .unwrap_or(f64::NAN);
        assert!((manufacturing / gdp * 100.0 - share).abs() < 1e-3);
        // Jobs: the annual survey's last figure carried forward on its trend.
        let survey = history
            .series(keys::MANUFACTURING_JOBS)
            .map(|s| s.points.clone())
            .unwrap_or_default();
        let last = survey.last().map_or((0, f64::NAN), |o| (o.year, o.value));
        let expected = last.1 * (1.0 - 0.0302f64).powi(year - last.0);
        assert!((jobs - expected).abs() < 2.0, "{jobs} vs {expected}");
    }
}
