//! The nine dials of the workbench and of `--vary land.rent_subsidy_pct` as a
//! view over a package's measures. A dial reads and sets the first measure of
//! its kind (the co-funding ratio: the R&D grants' matching ratio); setting a
//! dial the package lacks adds that measure, so the dials work on any
//! package, the status quo included.

use crate::lever::{LeverField, LeverGroup};
use crate::measure::{Amount, Measure, MeasureKind};
use crate::policy::{Policy, Timing};
use crate::sector::MANUFACTURING_COUNT;

/// A lever group's timing and targeting as the workbench's group editor shows
/// them: those of the group's first measure (a format-1 group's dials share them).
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct GroupTiming {
    /// When the group's measures start, ramp up and end.
    pub timing: Timing,
    /// Relative weight of each manufacturing sector; `None` = all five equal.
    pub sector_weights: Option<[f64; MANUFACTURING_COUNT]>,
}

impl GroupTiming {
    /// At once from `start`, on all five sectors.
    pub fn from_start(start: i32) -> GroupTiming {
        GroupTiming {
            timing: Timing::at_once(start),
            sector_weights: None,
        }
    }
}

/// The kind of measure a dial sets: its own, or R&D grants for the co-funding ratio.
pub fn dial_kind(field: LeverField) -> MeasureKind {
    MeasureKind::from_field(field).unwrap_or(MeasureKind::RdGrants)
}

impl Policy {
    /// Position of the measure `field` reads and sets: the first of its kind.
    pub fn dial_measure(&self, field: LeverField) -> Option<usize> {
        let kind = dial_kind(field);
        self.measures.iter().position(|m| m.kind == kind)
    }

    /// The dial's value: its measure's amount (a schedule: its peak), or for
    /// the co-funding ratio the grants' matching ratio; 0 when the package has
    /// no such measure.
    pub fn dial_value(&self, field: LeverField) -> f64 {
        let Some(measure) = self.dial_measure(field).map(|i| &self.measures[i]) else {
            return 0.0;
        };
        if field == LeverField::CofundingRatio {
            measure.matching_ratio.unwrap_or(0.0)
        } else {
            measure.amount.peak()
        }
    }

    /// Sets the dial to `value` (a scheduled amount keeps its shape), adding
    /// its measure first when the package has none ([`Policy::add_dial_measure`]).
    pub fn set_dial(&mut self, field: LeverField, value: f64, default_start: i32) {
        let index = self
            .dial_measure(field)
            .unwrap_or_else(|| self.add_dial_measure(dial_kind(field), default_start));
        let measure = &mut self.measures[index];
        if field == LeverField::CofundingRatio {
            measure.matching_ratio = Some(value);
        } else {
            measure.amount = measure.amount.with_peak(value);
        }
    }

    /// Appends a measure of `kind` at zero, named by the kind's key (`_2`, `_3`
    /// when taken) and returns its position. It acts when a measure of the
    /// same lever group acts (its timing and sector weights, as a format-1
    /// group's dials shared them), else from `default_start` at once, on all
    /// five sectors.
    pub fn add_dial_measure(&mut self, kind: MeasureKind, default_start: i32) -> usize {
        let group = kind.field().group();
        let sibling = self
            .measures
            .iter()
            .find(|m| m.kind.field().group() == group);
        let mut measure = Measure::new(
            self.free_name(kind.key()),
            kind,
            Amount::Constant(0.0),
            default_start,
        );
        if let Some(sibling) = sibling {
            measure.timing = sibling.timing;
            if kind.targets_sectors() {
                measure.sector_weights = sibling.sector_weights;
            }
        }
        self.measures.push(measure);
        self.measures.len() - 1
    }

    /// The dotted path of the dial's key in the package
    /// (`measures.rent_subsidy.amount`, `measures.rd_grants.matching_ratio`),
    /// where the core reports its problems; `None` when its measure is absent.
    pub fn dial_path(&self, field: LeverField) -> Option<String> {
        let measure = &self.measures[self.dial_measure(field)?];
        let key = if field == LeverField::CofundingRatio {
            "matching_ratio"
        } else {
            "amount"
        };
        Some(format!("measures.{}.{key}", measure.name))
    }

    /// Whether every measure stands for a dial (named by its kind, as a
    /// format-1 file is read): the nine dials then show the whole package,
    /// and the workbench opens on them rather than on the measure list.
    pub fn is_dials_only(&self) -> bool {
        self.measures.iter().all(Measure::is_dial)
    }

    /// Whether some measure of `group`'s kinds is in the package.
    pub fn uses_group(&self, group: LeverGroup) -> bool {
        self.measures
            .iter()
            .any(|m| m.kind.field().group() == group)
    }

    /// The names of the measures of `group`'s kinds, in package order.
    pub fn group_measures(&self, group: LeverGroup) -> Vec<&str> {
        self.measures
            .iter()
            .filter(|m| m.kind.field().group() == group)
            .map(|m| m.name.as_str())
            .collect()
    }

    /// The timing and targeting of `group`'s first measure; `None` when the
    /// package has no measure of the group's kinds.
    pub fn group_timing(&self, group: LeverGroup) -> Option<GroupTiming> {
        self.measures
            .iter()
            .find(|m| m.kind.field().group() == group)
            .map(|m| GroupTiming {
                timing: m.timing,
                sector_weights: m.sector_weights,
            })
    }

    /// Gives every measure of `group`'s kinds this timing and targeting (the
    /// weights only to kinds that target sectors); a group without measures
    /// gets its first dial's measure at zero first, as a group switched on.
    pub fn set_group_timing(&mut self, group: LeverGroup, settings: GroupTiming) {
        if !self.uses_group(group) {
            let first = group.fields().find_map(MeasureKind::from_field);
            if let Some(kind) = first {
                self.add_dial_measure(kind, settings.timing.start);
            }
        }
        for measure in &mut self.measures {
            if measure.kind.field().group() == group {
                measure.timing = settings.timing;
                if measure.kind.targets_sectors() {
                    measure.sector_weights = settings.sector_weights;
                }
            }
        }
    }

    /// Removes every measure of `group`'s kinds.
    pub fn drop_group(&mut self, group: LeverGroup) {
        self.measures.retain(|m| m.kind.field().group() != group);
    }

    /// Drops the dial measures at zero of each group made of dial measures
    /// only, keeping the group's first when all are zero (so its timing
    /// stays): the measures a format-1 file of the same dials is read as. A
    /// measure at zero adds nothing to any year, so the projection is unchanged.
    pub fn tidy_dials(&mut self) {
        for group in LeverGroup::ALL {
            let members: Vec<usize> = (0..self.measures.len())
                .filter(|i| self.measures[*i].kind.field().group() == group)
                .collect();
            if members.is_empty() || !members.iter().all(|i| self.measures[*i].is_dial()) {
                continue;
            }
            let zero = |m: &Measure| match &m.amount {
                Amount::Constant(value) => *value == 0.0,
                Amount::Schedule(points) => points.iter().all(|(_, v)| *v == 0.0),
            };
            let all_zero = members.iter().all(|i| zero(&self.measures[*i]));
            let keep = members[0];
            let mut index = 0;
            self.measures.retain(|m| {
                let here = index;
                index += 1;
                !(members.contains(&here) && zero(m) && !(all_zero && here == keep))
            });
        }
    }

    /// `base`, or `base_2`, `base_3`… : the first name no measure has.
    fn free_name(&self, base: &str) -> String {
        let taken = |name: &str| self.measures.iter().any(|m| m.name == name);
        if !taken(base) {
            return base.to_string();
        }
        // Of these len + 1 names at least one is free.
        (2..=self.measures.len() + 2)
            .map(|n| format!("{base}_{n}"))
            .find(|name| !taken(name))
            .unwrap_or_default()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_dial_on_the_status_quo_adds_its_measure_and_reads_it_back() {
        let mut policy = Policy::status_quo();
        assert_eq!(policy.dial_value(LeverField::RentSubsidyPct), 0.0);
        policy.set_dial(LeverField::RentSubsidyPct, 30.0, 2026);
        policy.set_dial(LeverField::CofundingRatio, 1.5, 2026);
        assert_eq!(policy.dial_value(LeverField::RentSubsidyPct), 30.0);
        assert_eq!(policy.dial_value(LeverField::CofundingRatio), 1.5);
        let names: Vec<&str> = policy.measures.iter().map(|m| m.name.as_str()).collect();
        assert_eq!(names, ["rent_subsidy", "rd_grants"]);
        assert_eq!(policy.measures[1].amount, Amount::Constant(0.0));
    }

    #[test]
    fn a_new_dial_measure_acts_with_its_group() {
        let mut policy = Policy::status_quo();
        policy.set_dial(LeverField::RentSubsidyPct, 30.0, 2026);
        policy.measures[0].timing.ramp_years = 3;
        policy.measures[0].sector_weights = Some([1.0, 0.0, 0.0, 0.0, 0.0]);
        policy.set_dial(LeverField::LandReleaseHaPerYear, 10.0, 2030);
        assert_eq!(policy.measures[1].timing, policy.measures[0].timing);
        assert_eq!(
            policy.measures[1].sector_weights,
            policy.measures[0].sector_weights
        );
        policy.set_dial(LeverField::AdmissionsPerYear, 10.0, 2030);
        assert_eq!(policy.measures[2].timing.start, 2030);
    }

    #[test]
    fn tidying_drops_dials_at_zero_but_keeps_a_group_of_zeros() {
        let mut policy = Policy::status_quo();
        policy.set_dial(LeverField::RentSubsidyPct, 0.0, 2026);
        policy.set_dial(LeverField::LandReleaseHaPerYear, 5.0, 2026);
        policy.set_dial(LeverField::GrantsHkdBnPerYear, 0.0, 2026);
        policy.set_dial(LeverField::CofundingRatio, 1.0, 2026);
        policy.tidy_dials();
        let names: Vec<&str> = policy.measures.iter().map(|m| m.name.as_str()).collect();
        assert_eq!(names, ["land_release", "rd_grants"]);
    }

    #[test]
    fn a_taken_name_gets_a_number() {
        let mut policy = Policy::status_quo();
        policy.measures.push(Measure::new(
            "rd_grants",
            MeasureKind::Coinvestment,
            Amount::Constant(1.0),
            2026,
        ));
        policy.set_dial(LeverField::GrantsHkdBnPerYear, 2.0, 2026);
        assert_eq!(policy.measures[1].name, "rd_grants_2");
    }
}
