//! The package side of scenario discovery: what counts as a case, which
//! dimensions are sampled, and one row of PRIM's table per Monte Carlo draw.
//!
//! Draw `i` samples the assumptions exactly as draw `i` of `eval
//! --uncertainty` (the same generator, distributions and correlations, see
//! [`crate::analysis::uncertainty`]), so a row depends only on the seed and
//! its index and any thread count gives the same table. A `--vary` field is
//! drawn uniformly from its range by the same generator further along its
//! stream (word 2^40 on), which the assumptions never reach, so adding a
//! varied field leaves every assumption's draw as it was.

use rand::{Rng, SeedableRng};
use rand_chacha::ChaCha8Rng;

use super::prim::{BoxSearch, PrimOptions, prim};
use super::samples::Samples;
use crate::analysis::sweep::AxisTarget;
use crate::analysis::uncertainty::{DrawScratch, drawn_assumptions, drawn_specs, run_draw};
use crate::analysis::{DrawOutcome, Outcome};
use crate::baseline::Baseline;
use crate::params::ParamId;
use crate::policy::Policy;

/// Where in its stream a draw's varied fields are taken from.
const VARIED_WORD_POSITION: u128 = 1 << 40;

/// Which draws are the cases of interest.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Question {
    /// The outcome read (the share unless told otherwise).
    pub outcome: Outcome,
    /// The level it must reach; `None`: the package's target share.
    pub threshold: Option<f64>,
    /// The year it is read in; `None`: the package's target year.
    pub year: Option<i32>,
    /// Cases are the draws below the threshold (failure) instead of at or above it.
    pub below: bool,
}

/// A case as the question defines it, ready to say in words.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Case {
    /// The outcome read.
    pub outcome: Outcome,
    /// The level it must reach (in the outcome's unit).
    pub threshold: f64,
    /// The year it is read in.
    pub year: i32,
    /// Cases are the draws below the threshold.
    pub below: bool,
    /// Whether this is the package's own target (met, or missed with `below`).
    pub is_target: bool,
}

impl Question {
    /// The package's target met in its target year.
    pub const TARGET_MET: Question = Question {
        outcome: Outcome::ShareInTargetYear,
        threshold: None,
        year: None,
        below: false,
    };

    /// The question made concrete for `policy`.
    pub fn case(&self, policy: &Policy) -> Case {
        let year = self.year.unwrap_or(policy.target.year);
        let threshold = self.threshold.unwrap_or(policy.target.share_pct);
        Case {
            outcome: self.outcome,
            threshold,
            year,
            below: self.below,
            is_target: self.outcome == Outcome::ShareInTargetYear
                && threshold == policy.target.share_pct
                && year == policy.target.year,
        }
    }
}

impl Case {
    /// The outcome of `draw` in the case's year (years count from `base_year`).
    pub fn value(&self, draw: &DrawOutcome, base_year: i32) -> f64 {
        let Ok(k) = usize::try_from(self.year - base_year) else {
            return f64::NAN;
        };
        let at = |series: &[f64]| series.get(k).copied().unwrap_or(f64::NAN);
        match self.outcome {
            Outcome::ShareInTargetYear => at(&draw.share_pct),
            Outcome::JobsInTargetYear => at(&draw.jobs),
            Outcome::EffectiveSectorsInTargetYear => at(&draw.effective_sectors),
            Outcome::CumulativeCostToTargetYear => {
                if k < draw.cost_hkd_bn.len() {
                    draw.cost_hkd_bn[..=k].iter().sum()
                } else {
                    f64::NAN
                }
            }
        }
    }

    /// Whether `draw` is a case. The package's own target reads the
    /// projection's verdict, so the share of cases is the Monte Carlo's P(met).
    pub fn holds(&self, draw: &DrawOutcome, base_year: i32) -> bool {
        let reached = if self.is_target {
            draw.target_met
        } else {
            self.value(draw, base_year) >= self.threshold
        };
        reached != self.below
    }
}

/// A measure field or dial sampled beside the assumptions (`--vary`).
#[derive(Clone, Debug, PartialEq)]
pub struct Varied {
    /// As given: `zone_coinvestment.amount`, `rd.grants_hkd_bn_per_year`.
    pub name: String,
    /// Its unit (`HK$ bn a year`).
    pub unit: String,
    /// What it sets in the package.
    pub target: AxisTarget,
    /// Lowest value drawn.
    pub low: f64,
    /// Highest value drawn.
    pub high: f64,
    /// Whole numbers only (years, ramps): drawn among LOW..=HIGH.
    pub integer: bool,
}

impl Varied {
    /// The value at uniform `u` in [0, 1).
    fn at(&self, u: f64) -> f64 {
        if self.integer {
            (self.low + (u * (self.high - self.low + 1.0)).floor()).min(self.high)
        } else {
            self.low + u * (self.high - self.low)
        }
    }
}

/// What a column of the table stands for.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Dimension {
    /// A drawn assumption.
    Assumption(ParamId),
    /// The `--vary` field at this index.
    Varied(usize),
}

/// How every row is drawn for one package.
#[derive(Clone, Debug, PartialEq)]
pub struct Plan {
    /// The columns: drawn assumptions in baseline order, then the varied fields.
    pub dimensions: Vec<Dimension>,
    /// The `--vary` fields.
    pub varied: Vec<Varied>,
    /// What makes a draw a case.
    pub case: Case,
    /// Seed of the draws.
    pub seed: u64,
    base_year: i32,
}

/// Reusable buffers for [`Plan::row`] (one per thread).
#[derive(Clone, Debug, Default)]
pub struct RowScratch {
    draw: DrawScratch,
    policy: Option<Policy>,
}

impl Plan {
    /// The plan for `policy`: its drawn assumptions, then `varied`.
    pub fn new(
        baseline: &Baseline,
        policy: &Policy,
        question: &Question,
        varied: Vec<Varied>,
        seed: u64,
    ) -> Plan {
        let dimensions = drawn_specs(baseline, policy)
            .map(|s| Dimension::Assumption(s.id))
            .chain((0..varied.len()).map(Dimension::Varied))
            .collect();
        Plan {
            dimensions,
            varied,
            case: question.case(policy),
            seed,
            base_year: baseline.base_year,
        }
    }

    /// Row `index`: the value of every dimension and whether it is a case.
    pub fn row(
        &self,
        baseline: &Baseline,
        policy: &Policy,
        index: u64,
        scratch: &mut RowScratch,
    ) -> (Vec<f64>, bool) {
        let mut values: Vec<f64> = drawn_assumptions(baseline, policy, self.seed, index)
            .into_iter()
            .map(|(_, v)| v)
            .collect();
        let outcome = if self.varied.is_empty() {
            run_draw(baseline, policy, self.seed, index, &mut scratch.draw)
        } else {
            let mut rng = ChaCha8Rng::seed_from_u64(self.seed);
            rng.set_stream(index);
            rng.set_word_pos(VARIED_WORD_POSITION);
            let varied = scratch.policy.get_or_insert_with(|| policy.clone());
            varied.clone_from(policy);
            let start = baseline.base_year + 2;
            for field in &self.varied {
                let value = field.at(rng.random());
                field.target.apply(varied, value, start);
                values.push(value);
            }
            run_draw(baseline, varied, self.seed, index, &mut scratch.draw)
        };
        (values, self.case.holds(&outcome, self.base_year))
    }

    /// The table of `rows`, in draw order.
    pub fn samples(&self, rows: Vec<(Vec<f64>, bool)>) -> Samples {
        let mut samples = Samples::new(self.dimensions.len());
        samples.values.reserve(rows.len() * self.dimensions.len());
        for (values, case) in rows {
            samples.push(&values, case);
        }
        samples
    }
}

/// Everything `levers discover` reports.
#[derive(Clone, Debug, PartialEq)]
pub struct Discovery {
    /// What makes a draw a case.
    pub case: Case,
    /// Draws made.
    pub draws: usize,
    /// Seed of the draws.
    pub seed: u64,
    /// Draws that are cases.
    pub cases: usize,
    /// What each column of the boxes' limits stands for.
    pub dimensions: Vec<Dimension>,
    /// The `--vary` fields.
    pub varied: Vec<Varied>,
    /// How PRIM peeled, pasted and chose.
    pub options: PrimOptions,
    /// One per box sought; the last may say why no box was found.
    pub searches: Vec<BoxSearch>,
}

impl Discovery {
    /// PRIM on the rows of `plan` (in draw order).
    pub fn from_rows(
        plan: Plan,
        rows: Vec<(Vec<f64>, bool)>,
        options: &PrimOptions,
        boxes: usize,
    ) -> Discovery {
        let samples = plan.samples(rows);
        let searches = prim(&samples, options, boxes);
        Discovery {
            case: plan.case,
            draws: samples.len(),
            seed: plan.seed,
            cases: samples.case_count(),
            dimensions: plan.dimensions,
            varied: plan.varied,
            options: *options,
            searches,
        }
    }

    /// Share of draws that are cases.
    pub fn case_share(&self) -> f64 {
        if self.draws == 0 {
            f64::NAN
        } else {
            self.cases as f64 / self.draws as f64
        }
    }
}

/// The whole discovery on one thread: `draws` rows of `plan`, then PRIM (the
/// application spreads [`Plan::row`] over threads and calls
/// [`Discovery::from_rows`]; the result is the same).
pub fn discover(
    baseline: &Baseline,
    policy: &Policy,
    plan: Plan,
    draws: usize,
    options: &PrimOptions,
    boxes: usize,
) -> Discovery {
    let mut scratch = RowScratch::default();
    let rows = (0..draws as u64)
        .map(|i| plan.row(baseline, policy, i, &mut scratch))
        .collect();
    Discovery::from_rows(plan, rows, options, boxes)
}
