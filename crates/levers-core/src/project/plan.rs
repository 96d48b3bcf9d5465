//! The package resolved into what each channel delivers to each manufacturing
//! sector in each year, before the budget cap. Every mechanism of the model
//! reads this.
//!
//! Each kind is resolved on its own (a kind's rows add only that kind's
//! measures), and a [`Plan`] kept from one projection to the next resolves
//! again only the kinds whose measures changed: a sweep varies one or two
//! measures of eight, a Monte Carlo draw varies none. A kind kept gives bit for
//! bit the rows it would be resolved into again (the same inputs, compared bit
//! by bit, through the same operations).

use super::M;
use crate::measure::{Amount, Eligibility, Measure, MeasureKind, Reach, Timing};
use crate::params::Params;
use crate::policy::Policy;

const KINDS: usize = MeasureKind::ALL.len();

/// How an amount reaches each sector: weight shares for amounts that are
/// split, intensities for rates. Only the one its kind reads is computed.
fn targeting(measure: &Measure) -> [f64; M] {
    match measure.kind.reach() {
        Reach::Split => measure.weight_shares(),
        Reach::Rate => measure.weight_intensities(),
    }
}

/// What every kind delivers in one year.
#[derive(Clone, Copy, Debug)]
struct PlanYear {
    /// By kind, per sector: an amount's part (Split) or a rate (Rate), paid
    /// to every firm.
    reach: [[f64; M]; KINDS],
    /// Rent subsidy and tax concession paid to new plants only, per sector
    /// (see [`new_plants_row`]).
    new_plants: [[f64; M]; 2],
    /// By kind: Σ of `reach` over the sectors.
    total: [f64; KINDS],
    /// By kind: Σ amount × private HK$ per public HK$ (matched kinds).
    matched: [f64; KINDS],
    /// By kind: private HK$ per public HK$, weighted by the measures' amounts
    /// (0 when nothing is offered).
    matching_ratio: [f64; KINDS],
}

const NOTHING: PlanYear = PlanYear {
    reach: [[0.0; M]; KINDS],
    new_plants: [[0.0; M]; 2],
    total: [0.0; KINDS],
    matched: [0.0; KINDS],
    matching_ratio: [0.0; KINDS],
};

/// The row of [`PlanYear::new_plants`] a kind that can be limited to new
/// plants fills.
fn new_plants_row(kind: MeasureKind) -> Option<usize> {
    match kind {
        MeasureKind::RentSubsidy => Some(0),
        MeasureKind::ProfitsTaxConcession => Some(1),
        _ => None,
    }
}

/// The fields of a measure its kind's rows read, floats as bits.
#[derive(Clone, Debug, PartialEq)]
struct MeasureInputs {
    kind: MeasureKind,
    eligible: Eligibility,
    amount: AmountBits,
    timing: Timing,
    weights: Option<[u64; M]>,
    matching_ratio: Option<u64>,
}

/// An [`Amount`] with its values as bits (so 0 and −0 differ, NaN equals itself).
#[derive(Clone, Debug, PartialEq)]
enum AmountBits {
    Constant(u64),
    Schedule(Vec<(i32, u64)>),
}

impl MeasureInputs {
    fn of(measure: &Measure) -> MeasureInputs {
        MeasureInputs {
            kind: measure.kind,
            eligible: measure.eligible,
            amount: match &measure.amount {
                Amount::Constant(value) => AmountBits::Constant(value.to_bits()),
                Amount::Schedule(points) => {
                    AmountBits::Schedule(points.iter().map(|(y, v)| (*y, v.to_bits())).collect())
                }
            },
            timing: measure.timing,
            weights: measure.sector_weights.map(|w| w.map(f64::to_bits)),
            matching_ratio: measure.matching_ratio.map(f64::to_bits),
        }
    }

    /// Whether `measure` has these inputs (without building its inputs).
    fn matches(&self, measure: &Measure) -> bool {
        let amount = match (&self.amount, &measure.amount) {
            (AmountBits::Constant(bits), Amount::Constant(value)) => *bits == value.to_bits(),
            (AmountBits::Schedule(kept), Amount::Schedule(points)) => {
                kept.len() == points.len()
                    && kept
                        .iter()
                        .zip(points)
                        .all(|((ky, kv), (y, v))| ky == y && *kv == v.to_bits())
            }
            _ => false,
        };
        self.kind == measure.kind
            && self.eligible == measure.eligible
            && amount
            && self.timing == measure.timing
            && self.weights == measure.sector_weights.map(|w| w.map(f64::to_bits))
            && self.matching_ratio == measure.matching_ratio.map(f64::to_bits)
    }
}

/// The package's measures resolved by kind and year. Keep one from projection
/// to projection (see [`super::Projector`]) so unchanged kinds are not
/// resolved again.
#[derive(Clone, Debug, Default)]
pub(crate) struct Plan {
    /// By step from the base year.
    years: Vec<PlanYear>,
    /// What the rows were resolved from: the first year, the model's matching
    /// ratio for co-investment that sets none (as bits) and every measure, in
    /// the package's order.
    first_year: i32,
    default_coinvestment_ratio: u64,
    measures: Vec<MeasureInputs>,
    /// By [`new_plants_row`]: whether any measure pays new plants only.
    new_plants_paid: [bool; 2],
}

impl Plan {
    /// Resolves `policy`'s measures for `years` years from `first_year` (the
    /// base year), kind by kind, skipping the kinds whose inputs are those
    /// this plan already holds.
    pub(crate) fn resolve(
        &mut self,
        policy: &Policy,
        params: &Params,
        first_year: i32,
        years: usize,
    ) {
        // A kind holds when every position where the kept or the new package
        // has a measure of that kind holds the same measure in both: then its
        // measures, in order, are the same.
        let leverage = params.global.zone_private_leverage;
        let mut changed = [false; KINDS];
        if self.years.len() != years || self.first_year != first_year {
            changed = [true; KINDS];
        }
        if self.default_coinvestment_ratio != leverage.to_bits() {
            changed[MeasureKind::Coinvestment.index()] = true;
        }
        for position in 0..self.measures.len().max(policy.measures.len()) {
            let kept = self.measures.get(position);
            let new = policy.measures.get(position);
            if let (Some(kept), Some(new)) = (kept, new)
                && kept.matches(new)
            {
                continue;
            }
            for kind in kept.map(|m| m.kind).into_iter().chain(new.map(|m| m.kind)) {
                changed[kind.index()] = true;
            }
        }
        if !changed.contains(&true) {
            return;
        }
        self.first_year = first_year;
        self.default_coinvestment_ratio = leverage.to_bits();
        self.measures.clear();
        self.measures
            .extend(policy.measures.iter().map(MeasureInputs::of));
        self.years.resize(years, NOTHING);
        for kind in MeasureKind::ALL {
            if changed[kind.index()] {
                let default_ratio = match kind {
                    MeasureKind::Coinvestment => leverage,
                    _ => 0.0,
                };
                self.resolve_kind(kind, policy, default_ratio);
            }
        }
    }

    /// Resolves `kind`'s rows afresh from `policy`'s measures of that kind.
    fn resolve_kind(&mut self, kind: MeasureKind, policy: &Policy, default_ratio: f64) {
        let k = kind.index();
        let new_row = new_plants_row(kind);
        for year in &mut self.years {
            year.reach[k] = [0.0; M];
            year.matched[k] = 0.0;
            if let Some(row) = new_row {
                year.new_plants[row] = [0.0; M];
            }
        }
        let mut used = false;
        if let Some(row) = new_row {
            self.new_plants_paid[row] = false;
        }
        for measure in policy.measures.iter().filter(|m| m.kind == kind) {
            used = true;
            let split = targeting(measure);
            let ratio = measure.matching_ratio.unwrap_or(default_ratio);
            let to_new_plants = match (measure.eligible, new_row) {
                (Eligibility::NewPlants, Some(row)) => Some(row),
                _ => None,
            };
            if let Some(row) = to_new_plants {
                self.new_plants_paid[row] = true;
            }
            for (year, planned) in (self.first_year..).zip(&mut self.years) {
                let value = measure.value_in(year);
                if value == 0.0 {
                    continue;
                }
                let row = match to_new_plants {
                    Some(row) => &mut planned.new_plants[row],
                    None => &mut planned.reach[k],
                };
                for (part, share) in row.iter_mut().zip(split) {
                    *part += value * share;
                }
                planned.matched[k] += value * ratio;
            }
        }
        if kind.reach() == Reach::Rate && used {
            let most = kind.field().spec().max;
            for year in &mut self.years {
                for rate in &mut year.reach[k] {
                    *rate = rate.min(most);
                }
                if let Some(row) = new_row {
                    for rate in &mut year.new_plants[row] {
                        *rate = rate.min(most);
                    }
                }
            }
        }
        for year in &mut self.years {
            let total: f64 = year.reach[k].iter().sum();
            year.total[k] = total;
            year.matching_ratio[k] = if total > 0.0 {
                year.matched[k] / total
            } else {
                0.0
            };
        }
    }

    fn year(&self, step: usize) -> &PlanYear {
        &self.years[step.min(self.years.len().saturating_sub(1))]
    }

    /// What `kind` delivers to each sector in step `step`.
    pub(crate) fn at(&self, kind: MeasureKind, step: usize) -> &[f64; M] {
        &self.year(step).reach[kind.index()]
    }

    /// What `kind` delivers to new plants only in step `step`, per sector
    /// (zero for kinds that cannot be limited to them).
    pub(crate) fn at_new_plants(&self, kind: MeasureKind, step: usize) -> &[f64; M] {
        const NONE: [f64; M] = [0.0; M];
        match new_plants_row(kind) {
            Some(row) => &self.year(step).new_plants[row],
            None => &NONE,
        }
    }

    /// Whether a measure of `kind` pays new plants only.
    pub(crate) fn pays_new_plants(&self, kind: MeasureKind) -> bool {
        new_plants_row(kind).is_some_and(|row| self.new_plants_paid[row])
    }

    /// Whether any measure pays new plants only.
    pub(crate) fn pays_any_new_plants(&self) -> bool {
        self.new_plants_paid.contains(&true)
    }

    /// Total of a Split kind in step `step`.
    pub(crate) fn total(&self, kind: MeasureKind, step: usize) -> f64 {
        self.year(step).total[kind.index()]
    }

    /// Private HK$ per public HK$ of a matched kind in step `step`, weighted by
    /// the measures' amounts.
    pub(crate) fn matching_ratio(&self, kind: MeasureKind, step: usize) -> f64 {
        self.year(step).matching_ratio[kind.index()]
    }
}

/// Rate measures of one kind that add up, in some sector and year, to more
/// than the kind's maximum, which the projection caps them at: the part above
/// it neither acts nor costs.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct StackedRate {
    /// The kind whose measures add up above its maximum.
    pub kind: MeasureKind,
    /// The first year they add up to more than `most`.
    pub year: i32,
    /// What they add up to there, in the sector where it is largest.
    pub total: f64,
    /// The kind's maximum, the cap.
    pub most: f64,
}

/// Every kind whose rate measures add up above its maximum from `first_year`
/// to `last_year` (measures for new plants only and for every firm counted
/// apart, as the projection caps them apart).
pub fn stacked_rates(policy: &Policy, first_year: i32, last_year: i32) -> Vec<StackedRate> {
    let mut found = Vec::new();
    for kind in MeasureKind::ALL {
        if kind.reach() != Reach::Rate {
            continue;
        }
        let most = kind.field().spec().max;
        let measures: Vec<&Measure> = policy.measures.iter().filter(|m| m.kind == kind).collect();
        if measures.len() < 2 {
            continue;
        }
        'years: for year in first_year..=last_year {
            for eligible in [Eligibility::AllFirms, Eligibility::NewPlants] {
                let mut sum = [0.0; M];
                for measure in measures.iter().filter(|m| m.eligible == eligible) {
                    let value = measure.value_in(year);
                    for (part, intensity) in sum.iter_mut().zip(targeting(measure)) {
                        *part += value * intensity;
                    }
                }
                let total = sum.iter().copied().fold(0.0, f64::max);
                if total > most + 1e-9 {
                    found.push(StackedRate {
                        kind,
                        year,
                        total,
                        most,
                    });
                    break 'years;
                }
            }
        }
    }
    found
}
