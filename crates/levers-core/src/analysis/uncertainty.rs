//! Monte Carlo over the assumption ranges, reproducible from a seed.
//!
//! Each draw samples every parameter whose distribution is not `Fixed` —
//! normal around the central value with the standard deviation of its
//! estimate (a fitted trend), triangular between low and high with its mode at
//! the central value (a sourced value), or uniform (a judgement) — always cut
//! at low and high — except those the policy overrides in `[assumptions]`,
//! which stay at the policy's value. Parameters that move together share a common factor
//! ([`FACTORS`], a Gaussian copula): if firms respond weakly to one incentive
//! they are likely to respond weakly to the others. The lag kernels are drawn
//! through the `lag_stretch` parameter. Each draw then adds the year-to-year
//! noise of the share, value added and jobs around their trends
//! ([`super::year_noise`], the back-test's definition), so the bands are
//! prediction bands. Draw `i` uses its own generator, `ChaCha8` seeded with
//! `seed` on stream `i`, so a draw's numbers do not depend on which thread runs
//! it or in what order; bands are computed from the draws in draw order, so the
//! result is the same whatever the parallelism.

use rand::{Rng, SeedableRng};
use rand_chacha::ChaCha8Rng;

use super::standard_normal::normal;
use super::year_noise::YearNoise;
use crate::baseline::Baseline;
use crate::params::{Distribution, ParamId, ParamSpec};
use crate::policy::Policy;
use crate::project::Projector;
use crate::projection::Projection;

/// Draws every face uses unless told otherwise (CLI, report, workbench), so a
/// package shows the same chance of meeting its target wherever it is looked at.
pub const DEFAULT_DRAWS: usize = 1_000;
/// Seed every face uses unless told otherwise.
pub const DEFAULT_SEED: u64 = 42;

/// One draw's outcomes, per year from the base year (observed) on.
#[derive(Clone, Debug, PartialEq, Default)]
pub struct DrawOutcome {
    /// Manufacturing share of GDP in the year, %.
    pub share_pct: Vec<f64>,
    /// Manufacturing jobs in the year, people.
    pub jobs: Vec<f64>,
    /// Manufacturing value added in the year, HK$ bn at base-year prices.
    pub value_added_hkd_bn: Vec<f64>,
    /// Fiscal cost in the year, HK$ bn (real).
    pub cost_hkd_bn: Vec<f64>,
    /// Effective number of sectors in the year (10,000 / HHI).
    pub effective_sectors: Vec<f64>,
    /// Whether the draw meets the package's target share in its target year.
    pub target_met: bool,
}

/// The 10th, 50th and 90th percentiles of an outcome across draws.
#[derive(Clone, Copy, Debug, PartialEq, Default)]
pub struct Band {
    /// 10th percentile: one draw in ten falls below it.
    pub p10: f64,
    /// Median.
    pub p50: f64,
    /// 90th percentile: one draw in ten rises above it.
    pub p90: f64,
}

/// The spread of a package's outcomes when the assumptions are drawn from
/// their distributions: bands per projected year and the chance of meeting the target.
#[derive(Clone, Debug, PartialEq)]
pub struct Uncertainty {
    /// Number of draws summarised.
    pub draws: usize,
    /// Seed of the draws; the same seed gives the same bands.
    pub seed: u64,
    /// The projected years only: observed years (the base year) have no band.
    pub years: Vec<i32>,
    /// Manufacturing share of GDP, % — one band per year.
    pub share_pct: Vec<Band>,
    /// Manufacturing jobs — one band per year.
    pub jobs: Vec<Band>,
    /// Fiscal cost in the year, HK$ bn (real) — one band per year.
    pub cost_hkd_bn: Vec<Band>,
    /// Effective number of sectors — one band per year.
    pub effective_sectors: Vec<Band>,
    /// Share of draws in which the target is met in the target year.
    pub probability_met: f64,
}

/// A group of parameters that move together: each member's draw loads on a
/// common standard normal factor with weight `loading` × its sign.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Factor {
    /// Name of the factor in tables (`demand`).
    pub name: &'static str,
    /// How strongly members follow the factor (0 = independent, 1 = in lockstep).
    pub loading: f64,
    /// (parameter name, +1 when it rises with the factor, −1 when it falls).
    pub members: &'static [(&'static str, f64)],
}

/// The correlated groups (docs/MODEL.md, "Uncertainty", gives the reasons).
pub const FACTORS: [Factor; 3] = [
    Factor {
        name: "response to incentives",
        loading: 0.6,
        members: &[
            ("cost_elasticity", 1.0),
            ("tax_semi_elasticity", 1.0),
            ("capacity_adjustment_speed", 1.0),
            ("rd_commercialisation_rate", 1.0),
            ("subsidy_deadweight", -1.0),
            ("relocation_share", -1.0),
        ],
    },
    Factor {
        name: "demand for public money",
        loading: 0.6,
        members: &[
            ("coinvestment_demand_hkd_bn", 1.0),
            ("rd_grant_demand_hkd_bn", 1.0),
            ("private_investment_base_hkd_bn", 1.0),
            ("matching_demand_elasticity", -1.0),
        ],
    },
    Factor {
        name: "payoff of research",
        loading: 0.6,
        members: &[("rd_additionality", 1.0), ("rd_output_elasticity", 1.0)],
    },
];

/// Reusable buffers for [`run_draw`] (one per thread).
#[derive(Clone, Debug, Default)]
pub struct DrawScratch {
    policy: Option<Policy>,
    projection: Projection,
    /// Keeps the package's measures resolved from draw to draw.
    projector: Projector,
    /// For each baseline spec: its factor and sign, if it has one.
    memberships: Vec<Option<(usize, f64)>>,
}

fn memberships(baseline: &Baseline) -> Vec<Option<(usize, f64)>> {
    baseline
        .specs
        .iter()
        .map(|spec| {
            FACTORS.iter().enumerate().find_map(|(f, factor)| {
                factor
                    .members
                    .iter()
                    .find(|(name, _)| *name == spec.name)
                    .map(|(_, sign)| (f, *sign))
            })
        })
        .collect()
}

/// The standard normal distribution function (Abramowitz & Stegun 7.1.26,
/// error below 1.5e-7).
fn normal_cdf(z: f64) -> f64 {
    let x = z.abs() / std::f64::consts::SQRT_2;
    let t = 1.0 / (1.0 + 0.327_591_1 * x);
    let poly = t
        * (0.254_829_592
            + t * (-0.284_496_736
                + t * (1.421_413_741 + t * (-1.453_152_027 + t * 1.061_405_429))));
    let erf = 1.0 - poly * (-x * x).exp();
    if z >= 0.0 {
        0.5 * (1.0 + erf)
    } else {
        0.5 * (1.0 - erf)
    }
}

/// The parameters a draw samples: not `Fixed`, a real range, not overridden.
pub(crate) fn drawn_specs<'a>(
    baseline: &'a Baseline,
    policy: &'a Policy,
) -> impl Iterator<Item = &'a ParamSpec> {
    baseline.specs.iter().filter(|s| {
        s.distribution != Distribution::Fixed && s.low < s.high && policy.assumption(s.id).is_none()
    })
}

/// The parameter values draw number `index` of the run seeded with `seed`
/// samples (the policy's own overrides are not included).
pub fn drawn_assumptions(
    baseline: &Baseline,
    policy: &Policy,
    seed: u64,
    index: u64,
) -> Vec<(ParamId, f64)> {
    let mut out = Vec::new();
    fill_draw(
        baseline,
        policy,
        seed,
        index,
        &memberships(baseline),
        &mut out,
    );
    out
}

fn fill_draw(
    baseline: &Baseline,
    policy: &Policy,
    seed: u64,
    index: u64,
    memberships: &[Option<(usize, f64)>],
    out: &mut Vec<(ParamId, f64)>,
) {
    let mut rng = ChaCha8Rng::seed_from_u64(seed);
    rng.set_stream(index);
    let factors = FACTORS.map(|_| normal(&mut rng));
    out.clear();
    for spec in drawn_specs(baseline, policy) {
        let u = match memberships.get(spec.id.0).copied().flatten() {
            Some((f, sign)) => {
                let loading = FACTORS[f].loading;
                let own = normal(&mut rng);
                normal_cdf(loading * sign * factors[f] + (1.0 - loading * loading).sqrt() * own)
                    .clamp(0.0, 1.0 - f64::EPSILON)
            }
            None => rng.random(),
        };
        out.push((spec.id, sample(spec, u)));
    }
}

/// Projects draw number `index` of the run seeded with `seed`, and adds the
/// year-to-year noise of [`YearNoise`] (the baseline's, or the package's
/// `[assumptions]`): the draw is what might be published, not only what the
/// model's trends give.
pub fn run_draw(
    baseline: &Baseline,
    policy: &Policy,
    seed: u64,
    index: u64,
    scratch: &mut DrawScratch,
) -> DrawOutcome {
    if scratch.memberships.len() != baseline.specs.len() {
        scratch.memberships = memberships(baseline);
    }
    let drawn = scratch.policy.get_or_insert_with(|| policy.clone());
    fill_draw(
        baseline,
        policy,
        seed,
        index,
        &scratch.memberships,
        &mut drawn.assumptions,
    );
    // The policy's own overrides are held; order does not matter to the projection.
    drawn.assumptions.extend_from_slice(&policy.assumptions);
    // Everything the projection reads, so a scratch may serve several policies
    // (the measures copied only when they differ: comparing them costs far
    // less than the allocations of a copy, draw after draw).
    if drawn.measures != policy.measures {
        drawn.measures.clone_from(&policy.measures);
    }
    drawn.horizon = policy.horizon;
    drawn.target = policy.target;
    drawn.budget = policy.budget;
    scratch
        .projector
        .project_into(baseline, drawn, &mut scratch.projection);
    let years = &scratch.projection.years;
    let mut outcome = DrawOutcome {
        share_pct: years.iter().map(|y| y.manufacturing_share_pct).collect(),
        jobs: years.iter().map(|y| y.manufacturing_jobs).collect(),
        value_added_hkd_bn: years
            .iter()
            .map(|y| y.manufacturing_value_added_hkd_bn)
            .collect(),
        cost_hkd_bn: years.iter().map(|y| y.fiscal_cost_hkd_bn).collect(),
        effective_sectors: years.iter().map(|y| y.effective_sectors).collect(),
        target_met: scratch.projection.target.met,
    };
    // The noise in force, without copying every parameter when the package
    // overrides none.
    let noise = if policy.assumptions.is_empty() {
        YearNoise::of(&baseline.params)
    } else {
        YearNoise::of(&baseline.params_for(policy))
    };
    if noise != YearNoise::default() {
        noise.add_to(
            [
                &mut outcome.share_pct,
                &mut outcome.value_added_hkd_bn,
                &mut outcome.jobs,
            ],
            seed,
            index,
        );
        // The target is read on the share as it would be published: noise included.
        let target = policy.target;
        if let Some(share) = years
            .iter()
            .position(|y| y.year == target.year)
            .and_then(|k| outcome.share_pct.get(k))
        {
            outcome.target_met = *share >= target.share_pct;
        }
    }
    outcome
}

/// The standard normal quantile function (Acklam's rational approximation,
/// relative error below 1.2e-9), for `p` in (0, 1).
fn normal_quantile(p: f64) -> f64 {
    const A: [f64; 6] = [
        -3.969_683_028_665_376e1,
        2.209_460_984_245_205e2,
        -2.759_285_104_469_687e2,
        1.383_577_518_672_69e2,
        -3.066_479_806_614_716e1,
        2.506_628_277_459_239,
    ];
    const B: [f64; 5] = [
        -5.447_609_879_822_406e1,
        1.615_858_368_580_409e2,
        -1.556_989_798_598_866e2,
        6.680_131_188_771_972e1,
        -1.328_068_155_288_572e1,
    ];
    const C: [f64; 6] = [
        -7.784_894_002_430_293e-3,
        -3.223_964_580_411_365e-1,
        -2.400_758_277_161_838,
        -2.549_732_539_343_734,
        4.374_664_141_464_968,
        2.938_163_982_698_783,
    ];
    const D: [f64; 4] = [
        7.784_695_709_041_462e-3,
        3.224_671_290_700_398e-1,
        2.445_134_137_142_996,
        3.754_408_661_907_416,
    ];
    const LOW: f64 = 0.024_25;
    let p = p.clamp(1e-300, 1.0 - 1e-16);
    let tail = |q: f64| {
        (((((C[0] * q + C[1]) * q + C[2]) * q + C[3]) * q + C[4]) * q + C[5])
            / ((((D[0] * q + D[1]) * q + D[2]) * q + D[3]) * q + 1.0)
    };
    if p < LOW {
        tail((-2.0 * p.ln()).sqrt())
    } else if p > 1.0 - LOW {
        -tail((-2.0 * (1.0 - p).ln()).sqrt())
    } else {
        let q = p - 0.5;
        let r = q * q;
        (((((A[0] * r + A[1]) * r + A[2]) * r + A[3]) * r + A[4]) * r + A[5]) * q
            / (((((B[0] * r + B[1]) * r + B[2]) * r + B[3]) * r + B[4]) * r + 1.0)
    }
}

/// Inverse CDF of the parameter's distribution at `u` in [0, 1).
pub(crate) fn sample(spec: &ParamSpec, u: f64) -> f64 {
    let (low, high) = (spec.low, spec.high);
    match spec.distribution {
        Distribution::Fixed => spec.value,
        Distribution::Normal { sd } => {
            // Truncated at low and high: u is spread over the mass between them.
            let below = normal_cdf((low - spec.value) / sd);
            let above = normal_cdf((high - spec.value) / sd);
            let p = below + u * (above - below);
            (spec.value + sd * normal_quantile(p)).clamp(low, high)
        }
        Distribution::Uniform => low + u * (high - low),
        Distribution::Triangular => {
            let mode = spec.value.clamp(low, high);
            let width = high - low;
            let split = (mode - low) / width;
            if u < split {
                low + (u * width * (mode - low)).sqrt()
            } else {
                high - ((1.0 - u) * width * (high - mode)).sqrt()
            }
        }
    }
}

/// Runs `draws` draws one after the other (the application runs [`run_draw`]
/// in parallel and calls [`summarise`]; the result is the same).
pub fn monte_carlo(baseline: &Baseline, policy: &Policy, draws: usize, seed: u64) -> Uncertainty {
    let mut scratch = DrawScratch::default();
    let outcomes: Vec<DrawOutcome> = (0..draws as u64)
        .map(|i| run_draw(baseline, policy, seed, i, &mut scratch))
        .collect();
    summarise(baseline, seed, &outcomes)
}

/// Bands and probability from the draws, in draw order. Observed years (before
/// the first policy year) are left out: every draw reproduces them exactly.
pub fn summarise(baseline: &Baseline, seed: u64, outcomes: &[DrawOutcome]) -> Uncertainty {
    summarise_with(baseline, seed, outcomes, |count, band| {
        (0..count).map(band).collect()
    })
}

/// The banded outcomes, in the order of [`Uncertainty`]'s fields.
const BANDED: [fn(&DrawOutcome) -> &Vec<f64>; 4] = [
    |o| &o.share_pct,
    |o| &o.jobs,
    |o| &o.cost_hkd_bn,
    |o| &o.effective_sectors,
];

/// [`summarise`], with the bands computed by `bands`: given their number and
/// `band`, it returns `band(i)` for every `i` below it, in order. Each band
/// depends only on the draws and its number, so the application may spread
/// them over threads and get the same result, bit for bit.
pub fn summarise_with(
    baseline: &Baseline,
    seed: u64,
    outcomes: &[DrawOutcome],
    bands: impl FnOnce(usize, &(dyn Fn(usize) -> Band + Sync)) -> Vec<Band>,
) -> Uncertainty {
    let year_count = outcomes.first().map_or(0, |o| o.share_pct.len());
    let observed = (baseline.first_policy_year() - baseline.base_year).max(0) as usize;
    let projected = observed.min(year_count)..year_count;
    let years: Vec<i32> = projected
        .clone()
        .map(|k| baseline.base_year + k as i32)
        .collect();
    let per_outcome = projected.len();
    // Band i: outcome i / per_outcome, year i % per_outcome of the projected.
    let band = |i: usize| {
        let pick = BANDED[i / per_outcome];
        let k = projected.start + i % per_outcome;
        let mut column: Vec<f64> = outcomes.iter().map(|o| pick(o)[k]).collect();
        let [p10, p50, p90] = percentiles(&mut column, [0.10, 0.50, 0.90]);
        Band { p10, p50, p90 }
    };
    let all = bands(BANDED.len() * per_outcome, &band);
    let mut by_outcome = all.chunks(per_outcome.max(1)).map(<[Band]>::to_vec);
    let mut next = || by_outcome.next().unwrap_or_default();
    let met = outcomes.iter().filter(|o| o.target_met).count();
    Uncertainty {
        draws: outcomes.len(),
        seed,
        years,
        share_pct: next(),
        jobs: next(),
        cost_hkd_bn: next(),
        effective_sectors: next(),
        probability_met: if outcomes.is_empty() {
            f64::NAN
        } else {
            met as f64 / outcomes.len() as f64
        },
    }
}

/// The percentiles `ps` (ascending) of `values`, each as [`percentile`] of the
/// sorted values gives it, bit for bit, without sorting: a full sort is most of
/// the summary's time, and only two neighbouring ranks per percentile are read.
/// Each rank is put in place by selection (`select_nth_unstable_by`, linear
/// time), within the part the previous selection left at or above it; the next
/// rank up is the least value above it. Under `total_cmp`, values that compare
/// equal have the same bits, so the ranks hold the same numbers as after a sort.
/// `values` is left reordered.
fn percentiles<const N: usize>(values: &mut [f64], ps: [f64; N]) -> [f64; N] {
    let n = values.len();
    let mut out = [f64::NAN; N];
    if n < 2 {
        return out.map(|_| values.first().copied().unwrap_or(f64::NAN));
    }
    // Everything before `done` is at or below the rank selected last.
    let mut done = 0;
    for (slot, p) in out.iter_mut().zip(ps) {
        let (below, above, fraction) = ranks(n, p);
        if below < done {
            // Not ascending after all: select in the whole slice again.
            done = 0;
        }
        let (_, at, _) = values[done..].select_nth_unstable_by(below - done, f64::total_cmp);
        let low = *at;
        done = below;
        let high = if above == below {
            low
        } else {
            values[above..]
                .iter()
                .copied()
                .min_by(f64::total_cmp)
                .unwrap_or(low)
        };
        *slot = low + fraction * (high - low);
    }
    out
}

/// The two ranks `percentile` interpolates between, and how far between.
fn ranks(n: usize, p: f64) -> (usize, usize, f64) {
    let rank = p * (n - 1) as f64;
    let below = rank.floor() as usize;
    let above = (below + 1).min(n - 1);
    (below, above, rank - below as f64)
}

/// Linear interpolation between the closest ranks of sorted `values` (the
/// back-test's bands read it; the forward summary selects the same ranks
/// without sorting).
pub fn percentile(sorted: &[f64], p: f64) -> f64 {
    match sorted.len() {
        0 => f64::NAN,
        1 => sorted[0],
        n => {
            let (below, above, fraction) = ranks(n, p);
            sorted[below] + fraction * (sorted[above] - sorted[below])
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::params::{ParamId, Source};

    fn spec(distribution: Distribution) -> ParamSpec {
        ParamSpec {
            id: ParamId(0),
            name: "x".into(),
            description: String::new(),
            unit: String::new(),
            value: 2.0,
            low: 1.0,
            high: 5.0,
            source: Source::Assumption(String::new()),
            distribution,
        }
    }

    #[test]
    fn triangular_inverse_cdf_hits_the_ends_and_the_mode() {
        let s = spec(Distribution::Triangular);
        assert_eq!(sample(&s, 0.0), 1.0);
        assert!((sample(&s, 0.25) - 2.0).abs() < 1e-12); // F(mode) = 1/4
        assert!((sample(&s, 1.0) - 5.0).abs() < 1e-12);
        let u = spec(Distribution::Uniform);
        assert_eq!(sample(&u, 0.5), 3.0);
    }

    #[test]
    fn a_normal_draw_is_centred_on_the_value_and_cut_at_the_range() {
        let mut s = spec(Distribution::Normal { sd: 0.5 });
        s.value = 3.0;
        assert!((sample(&s, 0.5) - 3.0).abs() < 1e-6);
        assert!(sample(&s, 0.0) >= 1.0 && sample(&s, 0.999_999) <= 5.0);
        assert!((normal_quantile(0.975) - 1.959_964).abs() < 1e-5);
        assert!((normal_quantile(0.01) + 2.326_348).abs() < 1e-5);
        // Cut at 1.0 = value − 4 sd: below 1 % of the mass is lost, so the
        // 10th percentile is within 1 % of the untruncated one.
        assert!((sample(&s, 0.1) - (3.0 - 0.5 * 1.281_552)).abs() < 0.01);
    }

    #[test]
    fn the_normal_distribution_function_matches_known_values() {
        assert!((normal_cdf(0.0) - 0.5).abs() < 1e-7);
        assert!((normal_cdf(1.959_964) - 0.975).abs() < 1e-6);
        assert!((normal_cdf(-1.0) - 0.158_655_3).abs() < 1e-6);
    }

    #[test]
    fn percentiles_interpolate_between_ranks() {
        let values: Vec<f64> = (0..=10).map(f64::from).collect();
        assert_eq!(percentile(&values, 0.1), 1.0);
        assert_eq!(percentile(&values, 0.5), 5.0);
        assert!((percentile(&[0.0, 1.0], 0.9) - 0.9).abs() < 1e-12);
    }

    #[test]
    fn percentiles_by_selection_are_those_of_the_sorted_values_bit_for_bit() {
        let mut rng = ChaCha8Rng::seed_from_u64(7);
        for n in [0, 1, 2, 3, 9, 10, 11, 100, 1_001, 10_000] {
            // Ties, both zeros and a NaN among ordinary numbers.
            let values: Vec<f64> = (0..n)
                .map(|i| match i % 7 {
                    0 => 0.0,
                    1 => -0.0,
                    2 => f64::from(rng.random_range(0..5_u8)),
                    3 if i == 3 => f64::NAN,
                    _ => rng.random::<f64>() * 100.0 - 50.0,
                })
                .collect();
            let mut sorted = values.clone();
            sorted.sort_by(f64::total_cmp);
            let ps = [0.10, 0.25, 0.50, 0.90, 0.999];
            let expected = ps.map(|p| percentile(&sorted, p));
            let mut scratch = values.clone();
            let got = percentiles(&mut scratch, ps);
            assert_eq!(got.map(f64::to_bits), expected.map(f64::to_bits), "n = {n}");
            // Asked out of order, the answers are still those of a sort.
            let mut scratch = values.clone();
            let [high, low] = percentiles(&mut scratch, [0.90, 0.10]);
            assert_eq!(
                high.to_bits(),
                percentile(&sorted, 0.90).to_bits(),
                "n = {n}"
            );
            assert_eq!(
                low.to_bits(),
                percentile(&sorted, 0.10).to_bits(),
                "n = {n}"
            );
        }
    }
}
