//! A policy package: the levers a user sets, the target they aim at, the budget
//! they allow, and any assumptions they override. Built by the file loader or by
//! the workbench; checked by [`Policy::problems`].

use crate::baseline::Baseline;
use crate::lever::{LeverField, LeverGroup};
use crate::measure::Measure;
use crate::params::ParamId;
use crate::problem_kind::ProblemKind;
use crate::sector::MANUFACTURING_COUNT;

/// Policy file format versions this build reads.
pub const SUPPORTED_FORMATS: [i64; 2] = [1, 2];
/// The format version this build writes.
pub const CURRENT_FORMAT: i64 = 2;
/// The last year a projection may reach.
pub const MAX_HORIZON: i32 = 2060;
/// Horizon of a new policy and of a file that names none (last projected year).
pub const DEFAULT_HORIZON: i32 = 2035;
/// Longest ramp a lever may take to reach full strength, in years.
pub const MAX_RAMP_YEARS: u32 = 10;
/// Highest yearly budget cap accepted, in HKD billion a year.
pub const MAX_BUDGET_CAP_HKD_BN: f64 = 1000.0;
/// Highest manufacturing share a target may aim at, in percent of GDP.
pub const MAX_TARGET_SHARE_PCT: f64 = 50.0;
/// Highest relative weight one manufacturing sector may be given (weights are relative, 0..=100).
pub const MAX_SECTOR_WEIGHT: f64 = 100.0;
/// Longest package name accepted, in characters.
pub const MAX_NAME_CHARS: usize = 200;
/// Longest package description accepted, in characters.
pub const MAX_DESCRIPTION_CHARS: usize = 5000;

/// A whole policy package as the model reads it: levers (format 1) or measures
/// (format 2), target, budget and assumption overrides. Valid when
/// [`Policy::problems`] is empty.
#[derive(Clone, Debug, PartialEq)]
pub struct Policy {
    /// Display name of the package (at most [`MAX_NAME_CHARS`] characters).
    pub name: String,
    /// Free text shown in reports (at most [`MAX_DESCRIPTION_CHARS`] characters).
    pub description: String,
    /// Last projected year.
    pub horizon: i32,
    /// The share the package aims at and its year.
    pub target: Target,
    /// The yearly cap on public cost and how the spending is funded.
    pub budget: Budget,
    /// Format-1 lever groups (read as measures named by their dials).
    pub levers: Levers,
    /// Format-2 measures, by name (unique).
    pub measures: Vec<Measure>,
    /// Overrides of baseline parameters, sorted by parameter, at most one each.
    pub assumptions: Vec<(ParamId, f64)>,
}

/// The manufacturing share of GDP aimed at, and the year it should be reached.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Target {
    /// Manufacturing share aimed at, in percent of GDP (0..=[`MAX_TARGET_SHARE_PCT`]).
    pub share_pct: f64,
    /// Year by which the share should be reached (within the projection horizon).
    pub year: i32,
}

impl Default for Target {
    /// The I&T Development Blueprint's target: 5% of GDP by 2032.
    fn default() -> Self {
        Target {
            share_pct: 5.0,
            year: 2032,
        }
    }
}

/// Limits on public spending: an optional yearly cap and the source of funds.
#[derive(Clone, Copy, Debug, PartialEq, Default)]
pub struct Budget {
    /// Above this yearly public cost, every lever is scaled down pro rata.
    pub cap_hkd_bn_per_year: Option<f64>,
    /// Where the money comes from (decides financing cost and crowding-out).
    pub funding: Funding,
}

/// Where the money comes from; decides financing cost and crowding-out.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Default)]
pub enum Funding {
    /// Drawn from the fiscal reserves: costs the forgone `reserves_return`, with
    /// the smallest crowding-out (`crowding_out_reserves`).
    #[default]
    Reserves,
    /// Borrowed: costs `borrowing_rate` in interest, crowding-out `crowding_out_borrowing`.
    Borrowing,
    /// Taken from other public programmes: no financing cost, but the largest
    /// crowding-out (`crowding_out_reallocation`).
    Reallocation,
}

impl Funding {
    /// Every funding source, in the order menus and files list them.
    pub const ALL: [Funding; 3] = [Funding::Reserves, Funding::Borrowing, Funding::Reallocation];

    /// The key used in policy files and JSON (`reserves`, `borrowing`, `reallocation`).
    pub const fn key(self) -> &'static str {
        match self {
            Funding::Reserves => "reserves",
            Funding::Borrowing => "borrowing",
            Funding::Reallocation => "reallocation",
        }
    }

    /// The funding named by a file key; `None` for an unknown key.
    pub fn from_key(key: &str) -> Option<Funding> {
        Funding::ALL.into_iter().find(|f| f.key() == key)
    }
}

/// When a lever acts: from `start`, rising linearly to full strength over
/// `ramp_years`, until `end` (inclusive) if given.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Timing {
    /// First year the lever acts (calendar year).
    pub start: i32,
    /// Years to rise linearly to full strength (0 = at once; at most [`MAX_RAMP_YEARS`]).
    pub ramp_years: u32,
    /// Last year the lever acts, inclusive; `None` = until the horizon.
    pub end: Option<i32>,
}

impl Timing {
    /// Strength in `year`, 0..=1: 0 before start and after end, (k+1)/(ramp+1) in
    /// the k-th year of the ramp, 1 after it.
    pub fn strength(&self, year: i32) -> f64 {
        if year < self.start || self.end.is_some_and(|end| year > end) {
            return 0.0;
        }
        let years_in = f64::from(year - self.start + 1);
        (years_in / f64::from(self.ramp_years + 1)).min(1.0)
    }
}

/// One lever group's settings.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Lever {
    /// The group's field values, by [`LeverField::slot`]; unused slots are 0.
    pub values: [f64; 3],
    /// When the lever starts, ramps up and ends.
    pub timing: Timing,
    /// Relative weight of each manufacturing sector; `None` = all five equal.
    pub sector_weights: Option<[f64; MANUFACTURING_COUNT]>,
}

impl Lever {
    /// A lever with every dial at zero, starting in `start` at once.
    pub fn off(start: i32) -> Lever {
        Lever {
            values: [0.0; 3],
            timing: Timing {
                start,
                ramp_years: 0,
                end: None,
            },
            sector_weights: None,
        }
    }

    /// Weights normalised to sum to one (money levers split by these).
    pub fn weight_shares(&self) -> [f64; MANUFACTURING_COUNT] {
        let weights = self.sector_weights.unwrap_or([1.0; MANUFACTURING_COUNT]);
        let total: f64 = weights.iter().sum();
        if total > 0.0 {
            weights.map(|w| w / total)
        } else {
            [0.0; MANUFACTURING_COUNT]
        }
    }

    /// Weights relative to the most favoured sector (rate levers apply in full there).
    pub fn weight_intensities(&self) -> [f64; MANUFACTURING_COUNT] {
        let weights = self.sector_weights.unwrap_or([1.0; MANUFACTURING_COUNT]);
        let top = weights.iter().copied().fold(0.0, f64::max);
        if top > 0.0 {
            weights.map(|w| w / top)
        } else {
            [0.0; MANUFACTURING_COUNT]
        }
    }
}

/// The four lever groups; `None` means the group is not used.
#[derive(Clone, Copy, Debug, PartialEq, Default)]
pub struct Levers(pub [Option<Lever>; 4]);

impl Levers {
    /// The settings of `group`; `None` when the group is not used.
    pub fn get(&self, group: LeverGroup) -> Option<&Lever> {
        self.0[group.index()].as_ref()
    }

    /// The settings of `group` to change in place; `None` when the group is not used.
    pub fn get_mut(&mut self, group: LeverGroup) -> Option<&mut Lever> {
        self.0[group.index()].as_mut()
    }

    /// Replaces the settings of `group`; `None` switches the group off.
    pub fn set(&mut self, group: LeverGroup, lever: Option<Lever>) {
        self.0[group.index()] = lever;
    }

    /// A field's value; 0 when its group is not used.
    pub fn value(&self, field: LeverField) -> f64 {
        self.get(field.group())
            .map_or(0.0, |lever| lever.values[field.slot()])
    }

    /// The lever groups in use, in [`LeverGroup::ALL`] order.
    pub fn used(&self) -> impl Iterator<Item = LeverGroup> + '_ {
        LeverGroup::ALL
            .into_iter()
            .filter(|g| self.get(*g).is_some())
    }
}

impl Policy {
    /// The status quo: no levers, the Blueprint target, the default horizon.
    pub fn status_quo() -> Policy {
        Policy {
            name: "Status quo".to_string(),
            description: String::new(),
            horizon: DEFAULT_HORIZON,
            target: Target::default(),
            budget: Budget::default(),
            levers: Levers::default(),
            measures: Vec::new(),
            assumptions: Vec::new(),
        }
    }

    /// Sets a field, creating its group (off, starting two years after the base
    /// year) if it was not used.
    pub fn set_lever_value(&mut self, field: LeverField, value: f64, default_start: i32) {
        let group = field.group();
        let lever = self.levers.0[group.index()].get_or_insert_with(|| Lever::off(default_start));
        lever.values[field.slot()] = value;
    }

    /// The override of assumption `id`; `None` when the baseline value applies.
    pub fn assumption(&self, id: ParamId) -> Option<f64> {
        self.assumptions
            .iter()
            .find(|(p, _)| *p == id)
            .map(|(_, v)| *v)
    }

    /// Everything wrong with this policy against `baseline`, each tied to the
    /// dotted path of the key at fault (`levers.land.start`). Empty when valid.
    pub fn problems(&self, baseline: &Baseline) -> Vec<Problem> {
        crate::validate::problems(self, baseline)
    }
}

/// A value that breaks a rule of the format.
#[derive(Clone, Debug, PartialEq)]
pub struct Problem {
    /// Dotted path of the key at fault: `levers.rd.grants_hkd_bn_per_year`.
    pub path: String,
    /// What is wrong, as a kind and its arguments (worded by the catalogues).
    pub kind: ProblemKind,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn timing_ramps_linearly_and_stops_after_end() {
        let timing = Timing {
            start: 2025,
            ramp_years: 2,
            end: Some(2030),
        };
        let strengths: Vec<f64> = (2024..=2031).map(|y| timing.strength(y)).collect();
        assert_eq!(
            strengths,
            [0.0, 1.0 / 3.0, 2.0 / 3.0, 1.0, 1.0, 1.0, 1.0, 0.0]
        );
    }

    #[test]
    fn no_ramp_means_full_strength_from_the_start_year() {
        let timing = Timing {
            start: 2026,
            ramp_years: 0,
            end: None,
        };
        assert_eq!(timing.strength(2025), 0.0);
        assert_eq!(timing.strength(2026), 1.0);
        assert_eq!(timing.strength(2060), 1.0);
    }

    #[test]
    fn sector_weights_normalise_as_shares_and_as_intensities() {
        let mut lever = Lever::off(2025);
        assert_eq!(lever.weight_shares(), [0.2; 5]);
        lever.sector_weights = Some([1.0, 0.0, 0.5, 0.0, 0.0]);
        assert_eq!(lever.weight_shares(), [2.0 / 3.0, 0.0, 1.0 / 3.0, 0.0, 0.0]);
        assert_eq!(lever.weight_intensities(), [1.0, 0.0, 0.5, 0.0, 0.0]);
    }
}
