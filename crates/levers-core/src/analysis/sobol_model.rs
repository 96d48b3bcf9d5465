//! Sobol indices of the model: how much of the spread of the share in the
//! target year, and of whether the target is met, each drawn assumption
//! explains alone (first order) and with its interactions (total order).
//!
//! Inputs: every parameter a Monte Carlo draw samples, each through its own
//! distribution (the inverse of its distribution function at a uniform of the
//! Saltelli design). Sobol indices are defined for independent inputs, so the
//! correlations the Monte Carlo adds between parameters of one factor are not
//! applied here (docs/MODEL.md, "Global sensitivity"). The indices of "target
//! met" (1 or 0 per run) apportion the variance of that indicator, whose mean
//! is the chance of meeting the target. When the target is met in fewer than
//! 1% (or more than 99%) of the runs, the indicator's variance rests on a
//! handful of runs and its indices are noise (clamped to [0, 1] or not): the
//! result says so ([`SobolResult::met_is_rare`]) and the faces flag them.
//!
//! Runs are numbered A rows, then B rows, then the rows of each `A_B^i`; a run
//! depends only on its number, so the application may evaluate them on any
//! number of threads and get the same indices bit for bit.

use crate::analysis::sobol::{Design, Indices, design, indices};
use crate::analysis::uncertainty::{drawn_specs, sample};
use crate::baseline::Baseline;
use crate::params::ParamId;
use crate::policy::Policy;
use crate::project::{horizon_for_target, project_into};
use crate::projection::Projection;

/// Base samples unless told otherwise (the runs are N · (k + 2)).
pub const DEFAULT_SAMPLES: usize = 1_024;
/// Bootstrap resamples behind each 95% interval.
pub const RESAMPLES: usize = 100;
/// Below this share of runs meeting the target (or above one minus it), the
/// indices of "target met" are flagged as unreliable: with N = 1,024 base
/// samples, 1% is about 20 runs of A and B, too few to apportion a variance.
pub const RARE_OUTCOME_SHARE: f64 = 0.01;

/// The design and the parameters its columns stand for.
#[derive(Clone, Debug, PartialEq)]
pub struct SobolPlan {
    /// One per column of the design, in baseline order.
    pub inputs: Vec<ParamId>,
    design: Design,
    /// Position of each input in `baseline.specs`.
    specs: Vec<usize>,
    /// Seed of the design (the same seed gives the same indices).
    pub seed: u64,
}

/// What one run gives.
#[derive(Clone, Copy, Debug, PartialEq, Default)]
pub struct RunOutput {
    /// Manufacturing share of GDP in the target year, %.
    pub share_pct: f64,
    /// Whether the target share is met in the target year.
    pub met: bool,
}

/// Reusable buffers for [`SobolPlan::run`] (one per thread).
#[derive(Clone, Debug, Default)]
pub struct RunScratch {
    policy: Option<Policy>,
    row: Vec<f64>,
    projection: Projection,
}

/// The indices for both outputs.
#[derive(Clone, Debug, PartialEq)]
pub struct SobolResult {
    /// The parameters varied, in column order.
    pub inputs: Vec<ParamId>,
    /// Base samples N (the model ran N·(k + 2) times).
    pub samples: usize,
    /// Seed of the design.
    pub seed: u64,
    /// Indices for the manufacturing share in the target year.
    pub share: Indices,
    /// Indices for "target met" (1 or 0 per run).
    pub met: Indices,
    /// Share of the A and B runs that meet the target.
    pub probability_met: f64,
}

impl SobolResult {
    /// True when the target is met in fewer than [`RARE_OUTCOME_SHARE`] of the
    /// runs, or missed in fewer, but not never or always (then the indicator
    /// does not vary and every index is 0, exactly): its indices are noise.
    pub fn met_is_rare(&self) -> bool {
        let p = self.probability_met;
        p > 0.0 && p < 1.0 && !(RARE_OUTCOME_SHARE..=1.0 - RARE_OUTCOME_SHARE).contains(&p)
    }
}

impl SobolPlan {
    /// A seeded design of `samples` base samples over the parameters a draw
    /// samples for `policy` (its own overrides are held).
    pub fn new(baseline: &Baseline, policy: &Policy, samples: usize, seed: u64) -> SobolPlan {
        let specs: Vec<usize> = drawn_specs(baseline, policy)
            .filter_map(|s| baseline.specs.iter().position(|b| b.id == s.id))
            .collect();
        let inputs = specs.iter().map(|&i| baseline.specs[i].id).collect();
        SobolPlan {
            inputs,
            design: design(specs.len(), samples, seed),
            specs,
            seed,
        }
    }

    /// Model runs needed: N · (k + 2).
    pub fn runs(&self) -> usize {
        self.design.runs()
    }

    /// Evaluates run number `run`.
    pub fn run(
        &self,
        baseline: &Baseline,
        policy: &Policy,
        run: usize,
        scratch: &mut RunScratch,
    ) -> RunOutput {
        let n = self.design.samples;
        let RunScratch {
            policy: drawn,
            row,
            projection,
        } = scratch;
        match run / n {
            0 => {
                row.clear();
                row.extend_from_slice(self.design.row_a(run % n));
            }
            1 => {
                row.clear();
                row.extend_from_slice(self.design.row_b(run % n));
            }
            block => self.design.row_ab(block - 2, run % n, row),
        }
        let drawn = drawn.get_or_insert_with(|| policy.clone());
        drawn.clone_from(policy);
        // Only the target year is read: the years after it are not projected.
        drawn.horizon = horizon_for_target(baseline, policy);
        drawn.assumptions.clear();
        for (&spec, &u) in self.specs.iter().zip(row.iter()) {
            let spec = &baseline.specs[spec];
            drawn.assumptions.push((spec.id, sample(spec, u)));
        }
        drawn.assumptions.extend_from_slice(&policy.assumptions);
        project_into(baseline, drawn, projection);
        RunOutput {
            share_pct: projection.target.projected_share_pct,
            met: projection.target.met,
        }
    }

    /// The indices from every run's output, in run order.
    pub fn indices(&self, outputs: &[RunOutput]) -> SobolResult {
        let n = self.design.samples;
        let column = |block: usize, pick: fn(&RunOutput) -> f64| -> Vec<f64> {
            outputs
                .get(block * n..(block + 1) * n)
                .unwrap_or_default()
                .iter()
                .map(pick)
                .collect()
        };
        let of = |pick: fn(&RunOutput) -> f64| -> Indices {
            let fa = column(0, pick);
            let fb = column(1, pick);
            let fab: Vec<Vec<f64>> = (0..self.inputs.len())
                .map(|i| column(i + 2, pick))
                .collect();
            indices(&fa, &fb, &fab, RESAMPLES, self.seed.wrapping_add(1))
        };
        let share = of(|o| o.share_pct);
        let met = of(|o| f64::from(u8::from(o.met)));
        let base_runs = outputs.iter().take(2 * n);
        let met_count = base_runs.clone().filter(|o| o.met).count();
        SobolResult {
            inputs: self.inputs.clone(),
            samples: n,
            seed: self.seed,
            share,
            met,
            probability_met: met_count as f64 / base_runs.count().max(1) as f64,
        }
    }
}

/// Every run in order on this thread (the application spreads them over threads).
pub fn sobol(baseline: &Baseline, policy: &Policy, samples: usize, seed: u64) -> SobolResult {
    let plan = SobolPlan::new(baseline, policy, samples, seed);
    let mut scratch = RunScratch::default();
    let outputs: Vec<RunOutput> = (0..plan.runs())
        .map(|run| plan.run(baseline, policy, run, &mut scratch))
        .collect();
    plan.indices(&outputs)
}
