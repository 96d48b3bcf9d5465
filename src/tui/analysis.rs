//! The workbench's analysis views: the tornado (one-at-a-time sensitivity), the
//! uncertainty band around the share line (seeded Monte Carlo), and goal seek.
//! The numbers all come from `levers_core::analysis`; this module keeps them in
//! step with the package and turns a seek result into a proposal to accept or
//! reject. No I/O: the seek itself runs on a worker thread
//! ([`super::background`]) or, without one, through [`super::dispatch`].

use levers_core::analysis::robust_seek::{
    DEFAULT_CONFIDENCE, RobustSeek, seek_robust, seek_robust_unless_stopped,
};
use levers_core::analysis::seek::{SeekRequest, Stopped};
use levers_core::analysis::sobol_model::SobolResult;
use levers_core::analysis::{
    DEFAULT_DRAWS, DEFAULT_SEED, Outcome, SeekResult, Swing, SwingItem, SwingMethod, Uncertainty,
    tornado,
};
use levers_core::{Baseline, Policy, Target, project};

use levers_report::describe::{binding_list, lever_changes};
use levers_report::i18n::Lang;

/// Seed of the workbench's uncertainty band and robust seek: the one every
/// face uses, so the same package shows the same chance on screen and in a report.
pub const BAND_SEED: u64 = DEFAULT_SEED;
/// Draws behind the band and behind each candidate of the robust seek.
pub const BAND_DRAWS: usize = DEFAULT_DRAWS;

/// The tornado for one outcome of the package in force.
#[derive(Clone, Debug, PartialEq)]
pub struct Tornado {
    pub outcome: Outcome,
    /// The outcome for the package itself (the centre line).
    pub centre: f64,
    /// Widest first, as `sensitivity` returns them.
    pub swings: Vec<Swing>,
    /// One bar per measure, or per kind in a package of many measures (the
    /// view says so).
    pub method: SwingMethod,
}

impl Tornado {
    pub fn compute(baseline: &Baseline, policy: &Policy, outcome: Outcome) -> Tornado {
        let result = tornado(baseline, policy, outcome);
        Tornado {
            outcome,
            centre: result.centre,
            swings: result.swings,
            method: result.method,
        }
    }
}

/// Base samples behind the workbench's Sobol view: about 37,000 model runs, a
/// second or so; `levers sensitivity FILE --method sobol --samples 512` gives
/// the same indices.
pub const SOBOL_SAMPLES: usize = 512;

/// Sobol indices of the package they were computed for. Not recomputed as the
/// package changes (too slow for a keystroke): the view says when they are
/// out of date, and `V` computes them again.
#[derive(Clone, Debug, PartialEq)]
pub struct SobolView {
    pub result: SobolResult,
    /// The package the indices are of.
    pub policy: Policy,
}

impl SobolView {
    pub fn compute(baseline: &Baseline, policy: &Policy) -> SobolView {
        SobolView {
            result: crate::parallel::sobol(baseline, policy, SOBOL_SAMPLES, DEFAULT_SEED, |_| {}),
            policy: policy.clone(),
        }
    }

    /// Whether the package has changed since.
    pub fn is_stale(&self, current: &Policy) -> bool {
        self.policy != *current
    }
}

/// The outcome after `outcome` in [`Outcome::ALL`], round again after the last.
pub fn next_outcome(outcome: Outcome) -> Outcome {
    let all = Outcome::ALL;
    let at = all.iter().position(|o| *o == outcome).unwrap_or(0);
    all[(at + 1) % all.len()]
}

/// The name of what a swing moves, in `lang`: a lever's label, a measure's
/// name or an assumption's name.
pub fn item_label(lang: Lang, baseline: &Baseline, policy: &Policy, item: SwingItem) -> String {
    match item {
        SwingItem::Dial(field) => lang.lever_field(field),
        SwingItem::Measure(index) => policy.measures.get(index).map_or_else(String::new, |m| {
            // A dial's measure (as a format-1 file is read) by the dial's name.
            if m.is_dial() && m.label.is_none() {
                lang.lever_field(m.kind.field())
            } else {
                m.name.clone()
            }
        }),
        SwingItem::Kind(kind) => lang.format(
            "tui-tornado-kind",
            &[
                ("kind", kind.key()),
                ("label", &lang.lever_field(kind.field())),
            ],
        ),
        SwingItem::Param(id) => baseline
            .specs
            .iter()
            .find(|s| s.id == id)
            .map_or_else(|| format!("{id:?}"), |s| s.name.clone()),
    }
}

/// The p10–p90 band of the package (seed [`BAND_SEED`], [`BAND_DRAWS`] draws).
pub fn band(baseline: &Baseline, policy: &Policy) -> Uncertainty {
    crate::parallel::monte_carlo(baseline, policy, BAND_DRAWS, BAND_SEED, |_| {})
}

/// A goal-seek result, ready to show and to accept or reject.
#[derive(Clone, Debug, PartialEq)]
pub struct Proposal {
    /// The package proposed (the cheapest found, or the closest one).
    pub policy: Policy,
    /// Whether it meets the target.
    pub found: bool,
    pub target: Target,
    /// Plain-language changes from the current package.
    pub changes: Vec<String>,
    pub current_share_pct: f64,
    pub proposed_share_pct: f64,
    pub current_cost_hkd_bn: f64,
    pub proposed_cost_hkd_bn: f64,
    /// What binds, when the target is out of reach.
    pub binding: Option<String>,
    /// "Robust: the target is met in …" (the chance over the draws).
    pub robustness: String,
}

/// Runs the robust search: the same function, confidence, draws and seed as
/// `levers seek --from FILE --confidence 0.8`, so both give the same package.
pub fn run_seek(baseline: &Baseline, request: &SeekRequest) -> RobustSeek {
    seek_robust(
        baseline,
        request,
        DEFAULT_CONFIDENCE,
        DEFAULT_DRAWS,
        DEFAULT_SEED,
    )
}

/// [`run_seek`] on a worker: `Err(Stopped)` as soon as `should_stop` says
/// so (the user cancelled, or asked for a newer seek).
pub fn run_seek_unless_stopped(
    baseline: &Baseline,
    request: &SeekRequest,
    should_stop: &dyn Fn() -> bool,
) -> Result<RobustSeek, Stopped> {
    seek_robust_unless_stopped(
        baseline,
        request,
        DEFAULT_CONFIDENCE,
        DEFAULT_DRAWS,
        DEFAULT_SEED,
        should_stop,
    )
}

impl Proposal {
    /// What the search found for `current` (the package in force), as a
    /// proposal: only the levers change, the package keeps its name and
    /// description.
    pub fn from_seek(
        lang: Lang,
        baseline: &Baseline,
        current: &Policy,
        robust: RobustSeek,
    ) -> Proposal {
        let robustness = levers_report::analysis::seek::robustness(lang, &robust);
        let met = robust.probability_met >= robust.confidence;
        let (mut proposed, found, binding) = match robust.result {
            SeekResult::Found { policy, .. } => (policy, met, None),
            SeekResult::Unreachable(shortfall) => (
                shortfall.policy,
                false,
                Some(binding_list(lang, &shortfall.binding)),
            ),
        };
        proposed.name.clone_from(&current.name);
        proposed.description.clone_from(&current.description);
        let (current_share_pct, current_cost_hkd_bn) = cost(current, baseline);
        let (proposed_share_pct, proposed_cost_hkd_bn) = cost(&proposed, baseline);
        Proposal {
            changes: lever_changes(lang, current, &proposed, baseline),
            policy: proposed,
            found,
            target: current.target,
            current_share_pct,
            proposed_share_pct,
            current_cost_hkd_bn,
            proposed_cost_hkd_bn,
            binding,
            robustness,
        }
    }
}

fn cost(outcome_policy: &Policy, baseline: &Baseline) -> (f64, f64) {
    let projection = project(baseline, outcome_policy);
    (
        Outcome::ShareInTargetYear.value(&projection, outcome_policy),
        Outcome::CumulativeCostToTargetYear.value(&projection, outcome_policy),
    )
}
