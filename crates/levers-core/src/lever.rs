//! The policy levers: four groups, nine dials. The specs here are the single source
//! of names, units, ranges and step sizes for the file format, the validator, the
//! template, the TUI's lever panel and the analyses.

use std::fmt;

/// A group of levers; each is one table in a policy file (`[levers.land]`, ...).
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum LeverGroup {
    /// Industrial land and rent support.
    Land,
    /// R&D grants matched by private money.
    Rd,
    /// Talent admissions and training places.
    Talent,
    /// Cross-border cooperation-zone incentives.
    Zone,
}

impl LeverGroup {
    /// Every group, in the order files and screens list them.
    pub const ALL: [LeverGroup; 4] = [
        LeverGroup::Land,
        LeverGroup::Rd,
        LeverGroup::Talent,
        LeverGroup::Zone,
    ];

    /// The group's table name in a policy file (`land`).
    pub const fn key(self) -> &'static str {
        match self {
            LeverGroup::Land => "land",
            LeverGroup::Rd => "rd",
            LeverGroup::Talent => "talent",
            LeverGroup::Zone => "zone",
        }
    }

    /// Position in [`LeverGroup::ALL`].
    pub const fn index(self) -> usize {
        self as usize
    }

    /// The dials of this group.
    pub fn fields(self) -> impl Iterator<Item = LeverField> {
        LeverField::ALL
            .into_iter()
            .filter(move |f| f.group() == self)
    }

    /// The group with table name `key`, if any.
    pub fn from_key(key: &str) -> Option<LeverGroup> {
        LeverGroup::ALL.into_iter().find(|g| g.key() == key)
    }
}

impl fmt::Display for LeverGroup {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.key())
    }
}

/// One dial of a lever group.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum LeverField {
    /// Rent subsidy, % of market rent.
    RentSubsidyPct,
    /// Industrial land released, hectares a year.
    LandReleaseHaPerYear,
    /// R&D grants, HK$ bn a year.
    GrantsHkdBnPerYear,
    /// Private HK$ required per public HK$ of grant.
    CofundingRatio,
    /// Talent admitted, persons a year.
    AdmissionsPerYear,
    /// Training places, persons a year.
    TrainingPlacesPerYear,
    /// Profits-tax concession, percentage points.
    ProfitsTaxConcessionPp,
    /// Co-investment in the cooperation zone, HK$ bn a year.
    CoinvestmentHkdBnPerYear,
    /// Share of scale-up production placed in Guangdong.
    ScaleupInGbaShare,
}

/// Name, unit, range and step of a lever field.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct FieldSpec {
    /// Key in the group's table (`rent_subsidy_pct`).
    pub key: &'static str,
    /// Unit of the value.
    pub unit: &'static str,
    /// Smallest allowed value.
    pub min: f64,
    /// Largest allowed value.
    pub max: f64,
    /// One press of ←/→ in the workbench.
    pub step: f64,
    /// One press with Shift.
    pub big_step: f64,
    /// Decimals shown.
    pub decimals: usize,
    /// Whole numbers only (people, hectares are not: they may be fractional).
    pub integer: bool,
}

/// A dial from 0 to `max`, moved by `step` (`big_step` with shift), shown
/// with `decimals`: the rows of [`LeverField::spec`].
const fn dial(
    key: &'static str,
    unit: &'static str,
    max: f64,
    (step, big_step): (f64, f64),
    decimals: usize,
) -> FieldSpec {
    FieldSpec {
        key,
        unit,
        min: 0.0,
        max,
        step,
        big_step,
        decimals,
        integer: false,
    }
}

/// Each dial's spec, in the order of [`LeverField`]'s variants (and of
/// [`LeverField::ALL`]).
const SPECS: [FieldSpec; 9] = [
    dial("rent_subsidy_pct", "%", 90.0, (5.0, 20.0), 0),
    dial("land_release_ha_per_year", "ha/yr", 200.0, (5.0, 25.0), 0),
    dial("grants_hkd_bn_per_year", "HK$ bn/yr", 100.0, (0.5, 5.0), 1),
    dial("cofunding_ratio", "HK$ per HK$", 5.0, (0.1, 1.0), 1),
    dial("admissions_per_year", "people/yr", 1e5, (1e3, 1e4), 0).whole(),
    dial("training_places_per_year", "places/yr", 1e5, (1e3, 1e4), 0).whole(),
    dial("profits_tax_concession_pp", "pp", 16.5, (0.5, 2.5), 1),
    dial(
        "coinvestment_hkd_bn_per_year",
        "HK$ bn/yr",
        50.0,
        (0.5, 5.0),
        1,
    ),
    dial("scaleup_in_gba_share", "share", 1.0, (0.05, 0.25), 2),
];

impl FieldSpec {
    /// The same dial taking whole numbers only.
    const fn whole(self) -> FieldSpec {
        FieldSpec {
            integer: true,
            ..self
        }
    }
}

impl LeverField {
    /// Every dial, grouped by lever group.
    pub const ALL: [LeverField; 9] = [
        LeverField::RentSubsidyPct,
        LeverField::LandReleaseHaPerYear,
        LeverField::GrantsHkdBnPerYear,
        LeverField::CofundingRatio,
        LeverField::AdmissionsPerYear,
        LeverField::TrainingPlacesPerYear,
        LeverField::ProfitsTaxConcessionPp,
        LeverField::CoinvestmentHkdBnPerYear,
        LeverField::ScaleupInGbaShare,
    ];

    /// The group the dial belongs to.
    pub const fn group(self) -> LeverGroup {
        match self {
            LeverField::RentSubsidyPct | LeverField::LandReleaseHaPerYear => LeverGroup::Land,
            LeverField::GrantsHkdBnPerYear | LeverField::CofundingRatio => LeverGroup::Rd,
            LeverField::AdmissionsPerYear | LeverField::TrainingPlacesPerYear => LeverGroup::Talent,
            LeverField::ProfitsTaxConcessionPp
            | LeverField::CoinvestmentHkdBnPerYear
            | LeverField::ScaleupInGbaShare => LeverGroup::Zone,
        }
    }

    /// Position of this dial among its group's dials (0, 1, 2): how format-1 tables and the
    /// test builder lay out a group's values.
    pub const fn slot(self) -> usize {
        match self {
            LeverField::RentSubsidyPct
            | LeverField::GrantsHkdBnPerYear
            | LeverField::AdmissionsPerYear
            | LeverField::ProfitsTaxConcessionPp => 0,
            LeverField::LandReleaseHaPerYear
            | LeverField::CofundingRatio
            | LeverField::TrainingPlacesPerYear
            | LeverField::CoinvestmentHkdBnPerYear => 1,
            LeverField::ScaleupInGbaShare => 2,
        }
    }

    /// Name, unit, range and step of the dial.
    pub const fn spec(self) -> FieldSpec {
        SPECS[self as usize]
    }

    /// The dial `key` of `group`, if any.
    pub fn from_key(group: LeverGroup, key: &str) -> Option<LeverField> {
        group.fields().find(|f| f.spec().key == key)
    }

    /// `land.rent_subsidy_pct`
    pub fn path(self) -> String {
        format!("{}.{}", self.group().key(), self.spec().key)
    }

    /// The dial at `group.key` (`land.rent_subsidy_pct`), if any.
    pub fn from_path(path: &str) -> Option<LeverField> {
        let (group, key) = path.split_once('.')?;
        LeverField::from_key(LeverGroup::from_key(group)?, key)
    }

    /// The value formatted with the field's decimals and unit: `30 %`, `5.0 HK$ bn/yr`
    /// (`8.25 pp`: more decimals where the value has them).
    pub fn format_value(self, value: f64) -> String {
        let spec = self.spec();
        format!(
            "{value:.prec$} {}",
            spec.unit,
            prec = self.decimals_for(value)
        )
    }

    /// Decimals that show `value` as it was set: the field's own, or up to
    /// three more when the value has them (an 8.25 pp tax cut is `8.25`,
    /// never `8.2`, which would read as another setting).
    pub fn decimals_for(self, value: f64) -> usize {
        let decimals = self.spec().decimals;
        (decimals..=decimals + 3)
            .find(|d| {
                let scale = 10f64.powi(*d as i32);
                ((value * scale).round() / scale - value).abs() <= 1e-9 * value.abs().max(1.0)
            })
            .unwrap_or(decimals + 3)
    }
}

impl fmt::Display for LeverField {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.path())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn each_group_has_its_fields_in_consecutive_slots() {
        for group in LeverGroup::ALL {
            let slots: Vec<usize> = group.fields().map(LeverField::slot).collect();
            let expected: Vec<usize> = (0..slots.len()).collect();
            assert_eq!(slots, expected, "{group}");
        }
    }

    #[test]
    fn a_value_is_shown_with_the_decimals_it_was_set_with() {
        let field = LeverField::ProfitsTaxConcessionPp;
        assert_eq!(field.format_value(8.25), "8.25 pp");
        assert_eq!(field.format_value(8.5), "8.5 pp");
        assert_eq!(field.format_value(8.0), "8.0 pp");
        assert_eq!(LeverField::RentSubsidyPct.format_value(30.0), "30 %");
    }

    #[test]
    fn field_paths_round_trip_and_specs_are_sane() {
        for field in LeverField::ALL {
            assert_eq!(LeverField::from_path(&field.path()), Some(field));
            let spec = field.spec();
            assert!(spec.min < spec.max && spec.step > 0.0 && spec.big_step > spec.step);
        }
        assert_eq!(LeverField::from_path("land.grants_hkd_bn_per_year"), None);
    }

    #[test]
    fn each_dial_s_spec_is_its_own_row_of_the_table() {
        for field in LeverField::ALL {
            let mut snake = String::new();
            for c in format!("{field:?}").chars() {
                if c.is_uppercase() && !snake.is_empty() {
                    snake.push('_');
                }
                snake.push(c.to_ascii_lowercase());
            }
            assert_eq!(field.spec().key, snake);
        }
    }
}
