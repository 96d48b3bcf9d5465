//! A package is a list of named measures, each of one kind, with its own
//! amount (a constant or a year-keyed schedule), timing, sector targeting and
//! provenance. A format-1 file's lever groups are converted to measures when
//! read, so everything below the reader sees this one representation.

use crate::lever::LeverField;
use crate::sector::MANUFACTURING_COUNT;

/// What a measure does: one channel of the model.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum MeasureKind {
    /// Part of industrial rent paid by the government, in % of rent (0–90); a rate.
    RentSubsidy,
    /// Industrial land released, in hectares a year (0–200).
    LandRelease,
    /// R&D grants, in HK$ bn a year (0–100), matched by private co-funding.
    RdGrants,
    /// Talent admitted from abroad, in people a year (0–100,000).
    TalentAdmissions,
    /// Training places funded, in places a year (0–100,000).
    TrainingPlaces,
    /// Profits tax cut for targeted firms, in percentage points off 16.5% (0–16.5); a rate.
    ProfitsTaxConcession,
    /// Government co-investment in production, in HK$ bn a year (0–50), matched by private money.
    Coinvestment,
    /// Share of a firm's scale-up placed in the Greater Bay Area rather than Hong Kong (0–1); a rate.
    GbaScaleupShare,
}

/// How a measure's amount reaches sectors.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Reach {
    /// An amount split across targeted sectors by their weights (money, people, land).
    Split,
    /// A rate applied in full to the most favoured sector, in proportion elsewhere.
    Rate,
}

impl MeasureKind {
    /// Every kind, in the order files, menus and reports list them.
    pub const ALL: [MeasureKind; 8] = [
        MeasureKind::RentSubsidy,
        MeasureKind::LandRelease,
        MeasureKind::RdGrants,
        MeasureKind::TalentAdmissions,
        MeasureKind::TrainingPlaces,
        MeasureKind::ProfitsTaxConcession,
        MeasureKind::Coinvestment,
        MeasureKind::GbaScaleupShare,
    ];

    /// Position in [`MeasureKind::ALL`], for arrays indexed by kind.
    pub const fn index(self) -> usize {
        self as usize
    }

    /// The key used in files: `kind = "rd_grants"`.
    pub const fn key(self) -> &'static str {
        match self {
            MeasureKind::RentSubsidy => "rent_subsidy",
            MeasureKind::LandRelease => "land_release",
            MeasureKind::RdGrants => "rd_grants",
            MeasureKind::TalentAdmissions => "talent_admissions",
            MeasureKind::TrainingPlaces => "training_places",
            MeasureKind::ProfitsTaxConcession => "profits_tax_concession",
            MeasureKind::Coinvestment => "coinvestment",
            MeasureKind::GbaScaleupShare => "gba_scaleup_share",
        }
    }

    /// The kind named by a file key; `None` for an unknown key.
    pub fn from_key(key: &str) -> Option<MeasureKind> {
        MeasureKind::ALL.into_iter().find(|k| k.key() == key)
    }

    /// The format-1 dial this kind generalises: its label, unit and range.
    pub const fn field(self) -> LeverField {
        match self {
            MeasureKind::RentSubsidy => LeverField::RentSubsidyPct,
            MeasureKind::LandRelease => LeverField::LandReleaseHaPerYear,
            MeasureKind::RdGrants => LeverField::GrantsHkdBnPerYear,
            MeasureKind::TalentAdmissions => LeverField::AdmissionsPerYear,
            MeasureKind::TrainingPlaces => LeverField::TrainingPlacesPerYear,
            MeasureKind::ProfitsTaxConcession => LeverField::ProfitsTaxConcessionPp,
            MeasureKind::Coinvestment => LeverField::CoinvestmentHkdBnPerYear,
            MeasureKind::GbaScaleupShare => LeverField::ScaleupInGbaShare,
        }
    }

    /// The kind that generalises a format-1 dial; `None` for the co-funding ratio.
    pub fn from_field(field: LeverField) -> Option<MeasureKind> {
        MeasureKind::ALL.into_iter().find(|k| k.field() == field)
    }

    /// Whether the amount is split across sectors or applied as a rate (see [`Reach`]).
    pub const fn reach(self) -> Reach {
        match self {
            MeasureKind::RentSubsidy
            | MeasureKind::ProfitsTaxConcession
            | MeasureKind::GbaScaleupShare => Reach::Rate,
            _ => Reach::Split,
        }
    }

    /// Whether sector weights can steer this kind. Admitted talent and trained
    /// workers join one economy-wide labour market (their wage, complementarity
    /// and employment effects act on every sector alike), so weights on them
    /// would do nothing and `check` refuses them; every other kind uses them.
    pub const fn targets_sectors(self) -> bool {
        !matches!(
            self,
            MeasureKind::TalentAdmissions | MeasureKind::TrainingPlaces
        )
    }

    /// Kinds that ask firms for private money alongside the public money.
    pub const fn has_matching_ratio(self) -> bool {
        matches!(self, MeasureKind::RdGrants | MeasureKind::Coinvestment)
    }

    /// Kinds that can be paid to new plants only ([`Eligibility::NewPlants`]):
    /// the rates a firm receives on its own rent or profit.
    pub const fn can_limit_to_new_plants(self) -> bool {
        matches!(
            self,
            MeasureKind::RentSubsidy | MeasureKind::ProfitsTaxConcession
        )
    }
}

/// Which firms a rent subsidy or a profits-tax concession pays.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub enum Eligibility {
    /// Every firm of the targeted sectors, incumbents included (a blanket
    /// incentive).
    #[default]
    AllFirms,
    /// Plants built from the base year on, whether the measure brought them or
    /// they would have come anyway (as enterprise zones and investment grants
    /// pay): incumbents receive nothing.
    NewPlants,
}

impl Eligibility {
    /// Both, in the order files and menus list them.
    pub const ALL: [Eligibility; 2] = [Eligibility::AllFirms, Eligibility::NewPlants];

    /// The key used in files: `eligible = "new_plants"`.
    pub const fn key(self) -> &'static str {
        match self {
            Eligibility::AllFirms => "all_firms",
            Eligibility::NewPlants => "new_plants",
        }
    }

    /// The eligibility a file's key names, if any.
    pub fn from_key(key: &str) -> Option<Eligibility> {
        Eligibility::ALL.into_iter().find(|e| e.key() == key)
    }
}

/// A measure's amount: the same every year, or set by year. A schedule steps:
/// each value holds from its year until the next key (budgets are voted year by
/// year, and a scheme's size changes when it is re-funded, not gradually);
/// before the first key the measure does nothing.
#[derive(Clone, Debug, PartialEq)]
pub enum Amount {
    /// The same value every year, in the kind's unit.
    Constant(f64),
    /// (year, value), years strictly increasing.
    Schedule(Vec<(i32, f64)>),
}

impl Amount {
    /// The value in force in `year`, in the kind's unit; 0 before a schedule's first key.
    pub fn at(&self, year: i32) -> f64 {
        match self {
            Amount::Constant(value) => *value,
            Amount::Schedule(points) => points
                .iter()
                .take_while(|(y, _)| *y <= year)
                .last()
                .map_or(0.0, |(_, v)| *v),
        }
    }

    /// The largest value it takes.
    pub fn peak(&self) -> f64 {
        match self {
            Amount::Constant(value) => *value,
            Amount::Schedule(points) => points.iter().map(|p| p.1).fold(0.0, f64::max),
        }
    }

    /// The amount with its peak moved to `peak`: a constant becomes `peak`; a
    /// schedule is scaled year by year, keeping its shape (all years become
    /// `peak` if it was all 0).
    #[must_use]
    pub fn with_peak(&self, peak: f64) -> Amount {
        match self {
            Amount::Constant(_) => Amount::Constant(peak),
            Amount::Schedule(points) => {
                let old = self.peak();
                Amount::Schedule(
                    points
                        .iter()
                        .map(|(year, value)| {
                            let scaled = if old > 0.0 { value / old * peak } else { peak };
                            (*year, scaled)
                        })
                        .collect(),
                )
            }
        }
    }

    /// The first year it is non-zero, for a schedule.
    pub fn first_year(&self) -> Option<i32> {
        match self {
            Amount::Constant(_) => None,
            Amount::Schedule(points) => points.first().map(|p| p.0),
        }
    }
}

/// The longest measure name: names are typed on the command line
/// (`--vary nias.amount=0..20:1`).
pub const MAX_MEASURE_NAME_CHARS: usize = 64;

/// A measure name is a bare TOML key without dots: letters, digits, `_`, `-`.
/// Every allowed character is one byte, so bytes are counted and checked (the
/// same answer as counting characters: a name with any other character fails).
pub fn is_measure_name(name: &str) -> bool {
    !name.is_empty()
        && name.len() <= MAX_MEASURE_NAME_CHARS
        && name.bytes().all(|b| NAME_BYTES[usize::from(b)])
}

/// The bytes a measure name may hold, by value: one look-up a byte (a sweep
/// checks every name of every package of its grid).
static NAME_BYTES: [bool; 256] = {
    let mut allowed = [false; 256];
    let mut b = 0;
    while b < 256 {
        let byte = b as u8;
        allowed[b] = byte.is_ascii_alphanumeric() || byte == b'_' || byte == b'-';
        b += 1;
    }
    allowed
};

/// When a measure acts: from `start`, rising linearly to full strength over
/// `ramp_years`, until `end` (inclusive) if given.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Timing {
    /// First year the measure acts (calendar year).
    pub start: i32,
    /// Years to rise linearly to full strength (0 = at once; at most [`MAX_RAMP_YEARS`](crate::policy::MAX_RAMP_YEARS)).
    pub ramp_years: u32,
    /// Last year the measure acts, inclusive; `None` = until the horizon.
    pub end: Option<i32>,
}

impl Timing {
    /// Full strength from `start` on: no ramp, no end.
    pub const fn at_once(start: i32) -> Timing {
        Timing {
            start,
            ramp_years: 0,
            end: None,
        }
    }

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

/// One named measure of a package.
#[derive(Clone, Debug, PartialEq)]
pub struct Measure {
    /// The key of the measure in the file (`nias`), unique in a package.
    pub name: String,
    /// What the measure does, which fixes the unit of its amount.
    pub kind: MeasureKind,
    /// How much, in the unit of [`MeasureKind::field`], constant or by year.
    pub amount: Amount,
    /// When it starts, how fast it ramps up, when it ends.
    pub timing: Timing,
    /// Relative weight of each manufacturing sector; `None` = all five equal.
    pub sector_weights: Option<[f64; MANUFACTURING_COUNT]>,
    /// Private HK$ required per public HK$ (grants and co-investment only);
    /// `None` = the model's default for the kind.
    pub matching_ratio: Option<f64>,
    /// Which firms it pays (rent subsidies and tax concessions only).
    pub eligible: Eligibility,
    /// Display name shown instead of the key in reports and the workbench,
    /// in one language or several.
    pub label: Option<crate::Label>,
    /// Where the measure comes from (a policy address, a Legislative Council paper), for reports.
    pub source: Option<String>,
    /// Free remark kept with the measure and shown in reports.
    pub note: Option<String>,
}

impl Measure {
    /// A measure named `name` of `kind`: `amount` at full strength from
    /// `start` with no ramp and no end, aimed at all five manufacturing
    /// sectors, with the kind's default matching ratio and no provenance.
    pub fn new(name: impl Into<String>, kind: MeasureKind, amount: Amount, start: i32) -> Measure {
        Measure {
            name: name.into(),
            kind,
            amount,
            timing: Timing::at_once(start),
            sector_weights: None,
            matching_ratio: None,
            eligible: Eligibility::AllFirms,
            label: None,
            source: None,
            note: None,
        }
    }

    /// Whether the measure stands for one of the nine dials: named by its
    /// kind's key, as a format-1 file's lever groups are read and as setting
    /// a dial adds a measure. Seek drops such measures when idle and stacking
    /// replaces them, as format 1 did with lever groups.
    pub fn is_dial(&self) -> bool {
        self.name == self.kind.key()
    }

    /// The measure's amount in `year`, with its timing (start, ramp, end) applied.
    pub fn value_in(&self, year: i32) -> f64 {
        self.amount.at(year) * self.timing.strength(year)
    }

    /// Targeted sector weights normalised to sum to one (split amounts use these).
    pub fn weight_shares(&self) -> [f64; MANUFACTURING_COUNT] {
        let weights = self.sector_weights.unwrap_or([1.0; MANUFACTURING_COUNT]);
        let total: f64 = weights.iter().sum();
        if total > 0.0 {
            weights.map(|w| w / total)
        } else {
            [0.0; MANUFACTURING_COUNT]
        }
    }

    /// Targeted sector weights relative to the most favoured sector (rates apply in full there).
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_schedule_steps_from_each_key_year_to_the_next() {
        let amount = Amount::Schedule(vec![(2025, 10.0), (2028, 20.0)]);
        let values: Vec<f64> = (2024..=2029).map(|y| amount.at(y)).collect();
        assert_eq!(values, [0.0, 10.0, 10.0, 10.0, 20.0, 20.0]);
        assert_eq!(amount.peak(), 20.0);
        assert_eq!(Amount::Constant(3.0).at(1900), 3.0);
    }

    #[test]
    fn every_kind_maps_to_a_dial_and_back() {
        for kind in MeasureKind::ALL {
            assert_eq!(MeasureKind::from_field(kind.field()), Some(kind));
            assert_eq!(MeasureKind::from_key(kind.key()), Some(kind));
        }
        assert_eq!(MeasureKind::from_field(LeverField::CofundingRatio), None);
    }

    #[test]
    fn sector_weights_normalise_as_shares_and_as_intensities() {
        let mut measure = Measure::new("m", MeasureKind::RdGrants, Amount::Constant(1.0), 2025);
        assert_eq!(measure.weight_shares(), [0.2; 5]);
        measure.sector_weights = Some([1.0, 0.0, 0.5, 0.0, 0.0]);
        assert_eq!(
            measure.weight_shares(),
            [2.0 / 3.0, 0.0, 1.0 / 3.0, 0.0, 0.0]
        );
        assert_eq!(measure.weight_intensities(), [1.0, 0.0, 0.5, 0.0, 0.0]);
    }

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
        let timing = Timing::at_once(2026);
        assert_eq!(timing.strength(2025), 0.0);
        assert_eq!(timing.strength(2026), 1.0);
        assert_eq!(timing.strength(2060), 1.0);
    }
}
