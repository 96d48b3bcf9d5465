//! The Patient Rule Induction Method (Friedman & Fisher 1999) as scenario
//! discovery uses it (Bryant & Lempert 2010): peel a box down from the whole
//! sample, recording the trajectory of coverage (share of all cases inside),
//! density (share of the points inside that are cases) and the number of
//! restricted dimensions; choose a step by a stated rule; paste it; and say
//! for each restriction how much it matters (quasi-p-value). A second box is
//! sought among the points outside the first, as the EMA workbench does;
//! coverage and mass stay shares of the whole sample.

use super::paste::paste;
use super::peel::{Working, peel_once};
use super::samples::{Limits, Samples, Sorted, in_box, restricted_count};
use super::significance::binomial_upper_tail;

/// How PRIM peels, pastes and chooses. Every default is stated in
/// docs/MODEL.md §5.4.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct PrimOptions {
    /// Share of the box's points one peel removes (Friedman & Fisher's α).
    pub peel_alpha: f64,
    /// Share of the box's points one paste adds.
    pub paste_alpha: f64,
    /// Peeling stops before the box holds fewer than this share of all points.
    pub min_mass: f64,
    /// The chosen step is the densest with at least this coverage.
    pub min_coverage: f64,
    /// Fewest cases, and fewest non-cases, PRIM is run on.
    pub min_cases: usize,
    /// After pasting, restrictions whose quasi-p-value is above this are
    /// dropped, least significant first (1 keeps every restriction).
    pub max_quasi_p: f64,
}

/// Peel α 0.05 and paste α 0.05 (the EMA workbench's defaults), peeling to 5%
/// of the points, the densest box that keeps 80% of the cases, at least 20
/// cases and 20 non-cases; restrictions with a quasi-p-value above 0.05 are
/// dropped from the chosen box (Bryant & Lempert 2010 drop the dimensions
/// that do not matter, for a box people can read).
pub const DEFAULT_OPTIONS: PrimOptions = PrimOptions {
    peel_alpha: 0.05,
    paste_alpha: 0.05,
    min_mass: 0.05,
    min_coverage: 0.8,
    min_cases: 20,
    max_quasi_p: 0.05,
};

/// One step of the peeling trajectory.
#[derive(Clone, Debug, PartialEq)]
pub struct Step {
    /// Share of all cases inside the box.
    pub coverage: f64,
    /// Share of the points inside the box that are cases.
    pub density: f64,
    /// Share of all points inside the box.
    pub mass: f64,
    /// Dimensions the box restricts.
    pub restricted: usize,
    /// The box's limits, one per dimension.
    pub limits: Vec<Limits>,
}

/// One restricted dimension of a chosen box.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Restriction {
    /// Column of the samples.
    pub dimension: usize,
    /// Lowest value inside; the sample's lowest when `low_bound` is false.
    pub low: f64,
    /// Highest value inside; the sample's highest when `high_bound` is false.
    pub high: f64,
    /// Whether the box cuts the low end.
    pub low_bound: bool,
    /// Whether the box cuts the high end.
    pub high_bound: bool,
    /// Quasi-p-value of the restriction (see [`super::significance`]).
    pub quasi_p: f64,
    /// Density of the box without this restriction.
    pub density_without: f64,
}

/// A chosen, pasted box.
#[derive(Clone, Debug, PartialEq)]
pub struct ChosenBox {
    /// The trajectory step chosen (before pasting).
    pub step: usize,
    /// Share of all cases inside the box.
    pub coverage: f64,
    /// Share of the points inside that are cases.
    pub density: f64,
    /// Share of all points inside.
    pub mass: f64,
    /// Points inside the box.
    pub points: usize,
    /// Cases inside the box.
    pub cases: usize,
    /// The box's limits, one per dimension (unrestricted ones at the sample's extent).
    pub limits: Vec<Limits>,
    /// Restrictions dropped as not significant (quasi-p above the option's limit).
    pub dropped: usize,
    /// The restricted dimensions, most significant (lowest quasi-p) first;
    /// ties to the one whose removal lowers the density most.
    pub restrictions: Vec<Restriction>,
}

/// What one search found.
#[derive(Clone, Debug, PartialEq)]
pub enum BoxSearch {
    /// A trajectory and the box chosen from it.
    Found {
        /// Every peeling step, the whole sample first.
        trajectory: Vec<Step>,
        /// The step chosen by [`choose`], pasted.
        chosen: ChosenBox,
    },
    /// Fewer cases than PRIM is run on: no box is honest.
    TooFewCases {
        /// Cases among the points searched.
        cases: usize,
        /// Fewest cases PRIM is run on.
        needed: usize,
    },
    /// Fewer non-cases than PRIM is run on: nearly every draw is a case.
    TooManyCases {
        /// Draws that are not cases among the points searched.
        non_cases: usize,
        /// Fewest non-cases PRIM is run on.
        needed: usize,
    },
}

/// Runs PRIM for up to `boxes` boxes, each among the points outside those
/// before it. Stops at the first search that finds no box.
pub fn prim(samples: &Samples, options: &PrimOptions, boxes: usize) -> Vec<BoxSearch> {
    let orders = samples.orders();
    let extent = samples.extent();
    let total_cases = samples.case_count();
    let mut eligible = vec![true; samples.len()];
    let mut found = Vec::new();
    for _ in 0..boxes {
        let search = one_box(samples, &orders, &extent, &eligible, total_cases, options);
        let done = match &search {
            // A box that restricts nothing holds every point: nothing is left.
            BoxSearch::Found { chosen, .. } if chosen.restrictions.is_empty() => true,
            BoxSearch::Found { chosen, .. } => {
                for (i, e) in eligible.iter_mut().enumerate() {
                    if *e && in_box(samples, &chosen.limits, i) {
                        *e = false;
                    }
                }
                false
            }
            _ => true,
        };
        found.push(search);
        if done {
            break;
        }
    }
    found
}

fn one_box(
    samples: &Samples,
    orders: &[Vec<Sorted>],
    extent: &[Limits],
    eligible: &[bool],
    total_cases: usize,
    options: &PrimOptions,
) -> BoxSearch {
    let mut working = Working::new(samples, extent, eligible);
    let working_cases = working.cases;
    if working.cases < options.min_cases {
        return BoxSearch::TooFewCases {
            cases: working.cases,
            needed: options.min_cases,
        };
    }
    let non_cases = working.points - working.cases;
    if non_cases < options.min_cases {
        return BoxSearch::TooManyCases {
            non_cases,
            needed: options.min_cases,
        };
    }
    let n = samples.len() as f64;
    let step_of = |w: &Working| Step {
        coverage: w.cases as f64 / total_cases as f64,
        density: w.density(),
        mass: w.points as f64 / n,
        restricted: restricted_count(&w.limits, extent),
        limits: w.limits.clone(),
    };
    let mut trajectory = vec![step_of(&working)];
    let mut column = Vec::with_capacity(working.points);
    let min_points = options.min_mass * n;
    // The columns hold only the points still inside, so each peel reads
    // fewer: about 1/alpha times the sample over the whole trajectory.
    let mut inside: Vec<Vec<Sorted>> = orders
        .iter()
        .map(|c| c.iter().filter(|e| eligible[e.row]).copied().collect())
        .collect();
    while peel_once(
        &inside,
        extent,
        &mut working,
        options.peel_alpha,
        min_points,
        &mut column,
    ) {
        trajectory.push(step_of(&working));
        for c in &mut inside {
            c.retain(|e| working.inside[e.row]);
        }
    }
    // The rule reads coverage of the cases this search looks at: a second
    // box can only cover what the first left.
    let remaining = working_cases as f64 / total_cases as f64;
    let step = choose(&trajectory, options.min_coverage * remaining);
    let mut chosen = Working::new(samples, extent, eligible);
    chosen.limits.clone_from(&trajectory[step].limits);
    refill(samples, eligible, &mut chosen);
    paste(
        samples,
        orders,
        extent,
        eligible,
        &mut chosen,
        options.paste_alpha,
    );
    let mut restrictions = restrictions(samples, extent, eligible, &chosen);
    let mut dropped = 0;
    while let Some(weakest) = restrictions
        .last()
        .filter(|r| r.quasi_p > options.max_quasi_p)
    {
        chosen.limits[weakest.dimension] = extent[weakest.dimension];
        refill(samples, eligible, &mut chosen);
        restrictions = self::restrictions(samples, extent, eligible, &chosen);
        dropped += 1;
    }
    BoxSearch::Found {
        chosen: ChosenBox {
            step,
            coverage: chosen.cases as f64 / total_cases as f64,
            density: chosen.density(),
            mass: chosen.points as f64 / n,
            points: chosen.points,
            cases: chosen.cases,
            limits: chosen.limits,
            dropped,
            restrictions,
        },
        trajectory,
    }
}

/// The rule that picks a step: the highest density among the steps with at
/// least `min_coverage`; ties to fewer restricted dimensions, then the earlier
/// step. Step 0 (the whole sample) always qualifies.
pub fn choose(trajectory: &[Step], min_coverage: f64) -> usize {
    let mut best = 0;
    for (k, step) in trajectory.iter().enumerate() {
        if step.coverage < min_coverage {
            continue;
        }
        let b = &trajectory[best];
        if step.density > b.density || (step.density == b.density && step.restricted < b.restricted)
        {
            best = k;
        }
    }
    best
}

/// Marks which eligible points lie inside `working.limits`, and counts them.
fn refill(samples: &Samples, eligible: &[bool], working: &mut Working) {
    let (mut points, mut cases) = (0, 0);
    for (i, eligible) in eligible.iter().enumerate() {
        let inside = *eligible && in_box(samples, &working.limits, i);
        working.inside[i] = inside;
        if inside {
            points += 1;
            cases += usize::from(samples.cases[i]);
        }
    }
    working.points = points;
    working.cases = cases;
}

/// Each restricted dimension of `chosen` with its quasi-p-value: the box's
/// cases against Binomial(box points, density of the box without it).
fn restrictions(
    samples: &Samples,
    extent: &[Limits],
    eligible: &[bool],
    chosen: &Working,
) -> Vec<Restriction> {
    let mut out: Vec<Restriction> = chosen
        .limits
        .iter()
        .zip(extent)
        .enumerate()
        .filter(|(_, (l, e))| l.low > e.low || l.high < e.high)
        .map(|(j, (l, e))| {
            let mut without = chosen.limits.clone();
            without[j] = *e;
            let (mut points, mut cases) = (0usize, 0usize);
            for (i, eligible) in eligible.iter().enumerate() {
                if *eligible && in_box(samples, &without, i) {
                    points += 1;
                    cases += usize::from(samples.cases[i]);
                }
            }
            let density_without = if points == 0 {
                0.0
            } else {
                cases as f64 / points as f64
            };
            Restriction {
                dimension: j,
                low: l.low,
                high: l.high,
                low_bound: l.low > e.low,
                high_bound: l.high < e.high,
                quasi_p: binomial_upper_tail(chosen.cases, chosen.points, density_without),
                density_without,
            }
        })
        .collect();
    out.sort_by(|a, b| {
        a.quasi_p
            .total_cmp(&b.quasi_p)
            .then(a.dimension.cmp(&b.dimension))
    });
    out
}
