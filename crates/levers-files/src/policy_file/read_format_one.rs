//! Reading format 1's `[levers.<group>]` tables as measures. Each dial of a
//! group that is set (not zero) becomes a measure named by its kind
//! (`[levers.land] rent_subsidy_pct` → measure `rent_subsidy`) with the
//! group's timing and targeting; the co-funding ratio becomes the R&D grants'
//! matching ratio; a group whose dials are all zero keeps its first dial at
//! zero, so its timing is still checked. `levers migrate` writes the same
//! measures. The projection is bit for bit that of the lever groups: each
//! kind's amount is added once, with the same arithmetic.
//!
//! The core checks the measures; [`FormatOnePaths`] maps each problem's path
//! (`measures.rent_subsidy.amount`) back to the key the file has
//! (`levers.land.rent_subsidy_pct`), so messages point at the right line.

use levers_core::measure::{Amount, Measure, MeasureKind};
use levers_core::{Baseline, LeverField, LeverGroup, MANUFACTURING_COUNT, Timing};
use toml::Spanned;

use super::read_timing::{read_timing, read_weights};
use crate::toml_reader::{Reader, Value, get, join};
use levers_core::problem_kind::Expected;

const TIMING_KEYS: [&str; 4] = ["start", "ramp_years", "end", "sectors"];

/// Which lever group and dial each converted measure came from.
#[derive(Default)]
pub struct FormatOnePaths(Vec<(String, LeverGroup, LeverField)>);

impl FormatOnePaths {
    /// The file's key for a problem found at `path` in the converted measures;
    /// other paths are returned as they are.
    pub fn file_path(&self, path: &str) -> String {
        for (name, group, field) in &self.0 {
            let Some(rest) = path
                .strip_prefix("measures.")
                .and_then(|p| p.strip_prefix(name.as_str()))
            else {
                continue;
            };
            let group_path = format!("levers.{}", group.key());
            return match rest.strip_prefix('.') {
                None if rest.is_empty() => group_path,
                Some("amount") => format!("{group_path}.{}", field.spec().key),
                Some("matching_ratio") => {
                    format!("{group_path}.{}", LeverField::CofundingRatio.spec().key)
                }
                Some(key) => format!("{group_path}.{key}"),
                None => continue,
            };
        }
        path.to_string()
    }
}

/// One group's settings as a format-1 file writes them.
struct Group {
    values: [f64; 3],
    cofunding_set: bool,
    timing: Timing,
    sector_weights: Option<[f64; MANUFACTURING_COUNT]>,
}

/// The measures the `[levers]` table stands for, in group and dial order.
pub fn read_levers(
    reader: &mut Reader<'_>,
    value: &Value<'_>,
    baseline: &Baseline,
) -> (Vec<Measure>, FormatOnePaths) {
    let mut measures = Vec::new();
    let mut paths = FormatOnePaths::default();
    let Some(table) = reader.table(value, "levers") else {
        return (measures, paths);
    };
    reader.check_keys(table, "levers", &LeverGroup::ALL.map(LeverGroup::key));
    for group in LeverGroup::ALL {
        let Some(settings) =
            get(table, group.key()).and_then(|value| read_group(reader, value, group, baseline))
        else {
            continue;
        };
        let dials: Vec<(LeverField, MeasureKind)> = group
            .fields()
            .filter_map(|f| MeasureKind::from_field(f).map(|k| (f, k)))
            .collect();
        let set = dials
            .iter()
            .filter(|(f, _)| settings.values[f.slot()] != 0.0)
            .copied();
        let mut used: Vec<(LeverField, MeasureKind)> = set.collect();
        if used.is_empty() {
            used.extend(dials.first());
        }
        for (field, kind) in used {
            let mut measure = Measure::new(
                kind.key(),
                kind,
                Amount::Constant(settings.values[field.slot()]),
                settings.timing.start,
            );
            measure.timing = settings.timing;
            measure.sector_weights = settings.sector_weights;
            if kind == MeasureKind::RdGrants && settings.cofunding_set {
                measure.matching_ratio = Some(settings.values[LeverField::CofundingRatio.slot()]);
            }
            paths.0.push((measure.name.clone(), group, field));
            measures.push(measure);
        }
    }
    (measures, paths)
}

fn read_group(
    reader: &mut Reader<'_>,
    value: &Value<'_>,
    group: LeverGroup,
    baseline: &Baseline,
) -> Option<Group> {
    let path = format!("levers.{}", group.key());
    let table = reader.table(value, &path)?;
    let mut allowed: Vec<&str> = group.fields().map(|f| f.spec().key).collect();
    allowed.extend(TIMING_KEYS);
    reader.check_keys(table, &path, &allowed);

    let first_year = baseline.first_policy_year();
    let mut values = [0.0; 3];
    let mut cofunding_set = false;
    for field in group.fields() {
        if let Some(v) = get(table, field.spec().key) {
            let at = join(&path, field.spec().key);
            values[field.slot()] = reader.number(v, &at, Expected::Dial(field)).unwrap_or(0.0);
            cofunding_set |= field == LeverField::CofundingRatio;
        }
    }
    let spanned = Spanned::new(value.span(), table.clone());
    let timing = read_timing(reader, &spanned, &path, true, first_year);
    let sector_weights =
        get(table, "sectors").and_then(|v| read_weights(reader, v, &join(&path, "sectors")));
    Some(Group {
        values,
        cofunding_set,
        timing,
        sector_weights,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn measure_paths_map_back_to_the_group_keys() {
        let paths = FormatOnePaths(vec![
            (
                "rent_subsidy".into(),
                LeverGroup::Land,
                LeverField::RentSubsidyPct,
            ),
            (
                "rd_grants".into(),
                LeverGroup::Rd,
                LeverField::GrantsHkdBnPerYear,
            ),
        ]);
        assert_eq!(
            paths.file_path("measures.rent_subsidy.amount"),
            "levers.land.rent_subsidy_pct"
        );
        assert_eq!(
            paths.file_path("measures.rd_grants.matching_ratio"),
            "levers.rd.cofunding_ratio"
        );
        assert_eq!(
            paths.file_path("measures.rent_subsidy.sectors.chips"),
            "levers.land.sectors.chips"
        );
        assert_eq!(paths.file_path("measures.rd_grants"), "levers.rd");
        assert_eq!(paths.file_path("target.year"), "target.year");
    }
}
