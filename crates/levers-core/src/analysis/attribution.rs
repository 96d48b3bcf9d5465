//! Which measure gave how much: the Shapley decomposition of each headline
//! outcome over the contributors of a package — its measures (a format-1
//! file's lever groups are read as one measure per dial), each switched on and
//! off as a whole.
//!
//! Up to [`EXACT_LIMIT`] contributors the decomposition is exact: the value of
//! every subset is projected once (2^n projections into one reused buffer),
//! then each contributor's part is the average, over all orders of switching
//! them on, of the change it brings when switched on. Beyond that the orders
//! are sampled (up to [`SAMPLED_ORDERS`] random orders and their reverses,
//! seeded, so the answer is reproducible); each sampled order telescopes to
//! the total, so the parts still add up exactly, and each part carries its
//! standard error.
//!
//! The work is bounded whatever the package: an order of n contributors costs
//! n projections, each of which costs about n measures, so the number of
//! orders is cut to keep the projections within [`PROJECTION_BUDGET`] (all
//! [`SAMPLED_ORDERS`] up to 32 contributors, as before; 10 pairs at 800; at
//! least 2 pairs, for a standard error). Past [`MAX_SAMPLED_PLAYERS`] even two
//! pairs would cost more than the budget, growing with n²: the measures are
//! then attributed by kind ([`Players::Kinds`], at most eight kinds, so exact), which grows linearly with n. The standard error of each
//! sampled part is reported with it, so a coarse estimate says so.
//! The reference is the status quo (same target, horizon, budget and
//! assumptions, nothing switched on); interactions — the budget cap sharing
//! money out, capacity ceilings binding — are split evenly between the
//! contributors that cause them, as Shapley prescribes.

use rand::SeedableRng;
use rand::seq::SliceRandom;
use rand_chacha::ChaCha8Rng;

use super::{Outcome, without_levers};
use crate::baseline::Baseline;
use crate::lever::LeverGroup;
use crate::measure::{Measure, MeasureKind};
use crate::policy::{Policy, Timing};
use crate::project::{horizon_for_target, project_into};
use crate::projection::Projection;

/// Most contributors attributed exactly (2^12 = 4,096 projections).
pub const EXACT_LIMIT: usize = 12;
/// Most random orders drawn beyond [`EXACT_LIMIT`]; each is used with its reverse.
pub const SAMPLED_ORDERS: usize = 256;
/// Most projections a sampled attribution runs: 256 pairs of orders of 32
/// contributors. (An assumption of budget, not of the model: about a second
/// for 800 measures in a release build.)
pub const PROJECTION_BUDGET: usize = 2 * SAMPLED_ORDERS * 32;
/// Fewest pairs of orders sampled (two give a standard error).
const MIN_PAIRS: usize = 2;
/// Most contributors attributed one by one; beyond, measures are attributed
/// by kind (see the module's documentation).
pub const MAX_SAMPLED_PLAYERS: usize = PROJECTION_BUDGET / (2 * MIN_PAIRS);

/// Pairs of orders sampled for `n` contributors: as many as the budget allows,
/// at most [`SAMPLED_ORDERS`], at least `MIN_PAIRS`.
pub fn sampled_pairs(n: usize) -> usize {
    (PROJECTION_BUDGET / (2 * n.max(1))).clamp(MIN_PAIRS, SAMPLED_ORDERS)
}
const SAMPLING_SEED: u64 = 0x5AA9_1E55;
/// The timing of a measure outside a coalition: it never starts.
const SWITCHED_OFF: Timing = Timing::at_once(i32::MAX);

/// What a part is attributed to.
#[derive(Clone, Debug, PartialEq)]
pub enum Contributor {
    /// A measure: its key in the file, its label if any, and its kind (a
    /// format-1 file's groups are read as measures, so it is attributed
    /// measure by measure).
    #[allow(missing_docs)] // the three fields are named in the line above
    Measure {
        name: String,
        label: Option<crate::Label>,
        kind: MeasureKind,
    },
    /// Every measure of one kind, switched on and off together
    /// ([`attribute_by_kind`]).
    Kind(MeasureKind),
}

impl Contributor {
    /// The key used in JSON and CSV: the measure's name or the kind's key.
    pub fn key(&self) -> &str {
        match self {
            Contributor::Measure { name, .. } => name,
            Contributor::Kind(kind) => kind.key(),
        }
    }

    /// A measure's label for readers of the language tagged `tag` (its
    /// default, or its name, when the file gives none in that language);
    /// `None` for kinds and for an unlabelled measure named by its kind,
    /// whose names the catalogue translates.
    pub fn measure_label(&self, tag: &str) -> Option<&str> {
        match self {
            Contributor::Measure {
                label: None,
                name,
                kind,
            } if name == kind.key() => None,
            Contributor::Measure { name, label, .. } => Some(
                label
                    .as_ref()
                    .map_or(name.as_str(), |label| label.for_language(tag)),
            ),
            Contributor::Kind(_) => None,
        }
    }

    /// The kind of measure behind the contributor.
    pub fn kind(&self) -> MeasureKind {
        match self {
            Contributor::Measure { kind, .. } | Contributor::Kind(kind) => *kind,
        }
    }
}

/// How the parts were computed.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Method {
    /// Every subset projected: exact up to rounding.
    Exact,
    /// This many random orders (with their reverses) averaged.
    SampledOrders(usize),
}

/// Each outcome's change from the status quo, split by contributor.
#[derive(Clone, Debug, PartialEq)]
pub struct Attribution {
    /// The package's measures in file order (or their kinds).
    pub contributors: Vec<Contributor>,
    /// Exact (every subset) or sampled orders (Shapley values estimated).
    pub method: Method,
    /// One entry per [`Outcome::ALL`], in that order.
    pub outcomes: Vec<OutcomeShares>,
}

/// One outcome's change from the status quo and each contributor's part of it.
#[derive(Clone, Debug, PartialEq)]
pub struct OutcomeShares {
    /// The outcome split.
    pub outcome: Outcome,
    /// The outcome with nothing switched on.
    pub status_quo: f64,
    /// The outcome with the whole package.
    pub total: f64,
    /// Each contributor's part of `total - status_quo`, in the order of
    /// `contributors`.
    pub parts: Vec<f64>,
    /// The standard error of each part: 0 when exact.
    pub standard_errors: Vec<f64>,
}

impl Attribution {
    /// The split of `outcome`; `None` if it was not computed.
    pub fn outcome(&self, outcome: Outcome) -> Option<&OutcomeShares> {
        self.outcomes.iter().find(|o| o.outcome == outcome)
    }

    /// The parts of the measures of `group`'s kinds in `shares`, summed;
    /// `None` when the package has no such measure.
    pub fn part_of_group(&self, shares: &OutcomeShares, group: LeverGroup) -> Option<f64> {
        let parts: Vec<f64> = self
            .contributors
            .iter()
            .zip(&shares.parts)
            .filter(|(c, _)| c.kind().field().group() == group)
            .map(|(_, part)| *part)
            .collect();
        (!parts.is_empty()).then(|| parts.iter().sum())
    }
}

impl OutcomeShares {
    /// The package's whole effect: `total - status_quo`, in the outcome's unit.
    pub fn change(&self) -> f64 {
        self.total - self.status_quo
    }
}

/// How measures become players of the Shapley game.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Players {
    /// Each measure is a player.
    Measures,
    /// All measures of one kind form one player: the kind's part is its own
    /// Shapley value, not the sum of its measures' parts (which would split
    /// the interactions between measures of the kind differently).
    Kinds,
}

/// Switches contributors of one package on and off and projects the result.
struct Coalitions<'a> {
    baseline: &'a Baseline,
    policy: &'a Policy,
    /// The player each measure belongs to, in file order.
    measure_player: Vec<usize>,
    contributors: Vec<Contributor>,
    subset: Policy,
    projection: Projection,
}

impl<'a> Coalitions<'a> {
    fn new(baseline: &'a Baseline, policy: &'a Policy, players: Players) -> Self {
        let mut contributors: Vec<Contributor> = Vec::new();
        let measure_player = match players {
            Players::Measures => policy
                .measures
                .iter()
                .map(|m| {
                    contributors.push(contributor_of(m));
                    contributors.len() - 1
                })
                .collect(),
            Players::Kinds => {
                let kinds: Vec<MeasureKind> = MeasureKind::ALL
                    .into_iter()
                    .filter(|k| policy.measures.iter().any(|m| m.kind == *k))
                    .collect();
                let first = contributors.len();
                contributors.extend(kinds.iter().map(|k| Contributor::Kind(*k)));
                policy
                    .measures
                    .iter()
                    .map(|m| first + kinds.iter().position(|k| *k == m.kind).unwrap_or(0))
                    .collect()
            }
        };
        let mut subset = without_levers(policy);
        subset.measures.clone_from(&policy.measures);
        // Every outcome is read in the target year and the projection runs
        // forward in time: the years after it need not be projected.
        subset.horizon = horizon_for_target(baseline, policy);
        Coalitions {
            baseline,
            policy,
            measure_player,
            contributors,
            subset,
            projection: Projection::default(),
        }
    }

    fn len(&self) -> usize {
        self.contributors.len()
    }

    /// Every outcome with the contributors whose `on` flag is set.
    fn values(&mut self, on: impl Fn(usize) -> bool) -> [f64; Outcome::ALL.len()] {
        // A measure is switched off by a start no year reaches: worth zero
        // every year, the plan skips it exactly as if it were absent, and no
        // measure (names, labels, schedules) is cloned per coalition.
        for ((measure, original), player) in self
            .subset
            .measures
            .iter_mut()
            .zip(&self.policy.measures)
            .zip(&self.measure_player)
        {
            measure.timing = if on(*player) {
                original.timing
            } else {
                SWITCHED_OFF
            };
        }
        project_into(self.baseline, &self.subset, &mut self.projection);
        Outcome::ALL.map(|outcome| outcome.value(&self.projection, self.policy))
    }
}

fn contributor_of(measure: &Measure) -> Contributor {
    Contributor::Measure {
        name: measure.name.clone(),
        label: measure.label.clone(),
        kind: measure.kind,
    }
}

/// How many players the Shapley game of `policy` has: its measures (or the
/// kinds of its measures). The exact
/// attribution projects 2^n coalitions, so callers can tell cheap from dear
/// before asking.
pub fn player_count(policy: &Policy, players: Players) -> usize {
    match players {
        Players::Measures => policy.measures.len(),
        Players::Kinds => MeasureKind::ALL
            .into_iter()
            .filter(|k| policy.measures.iter().any(|m| m.kind == *k))
            .count(),
    }
}

/// Attributes each headline outcome of `policy` to its measures.
pub fn attribute(baseline: &Baseline, policy: &Policy) -> Attribution {
    attribute_with(baseline, policy, Players::Measures)
}

/// Attributes each headline outcome of `policy` to the kinds of its
/// measures, each kind one player.
pub fn attribute_by_kind(baseline: &Baseline, policy: &Policy) -> Attribution {
    attribute_with(baseline, policy, Players::Kinds)
}

/// Attributes each headline outcome to measures or kinds
/// (by kind, whatever was asked, past [`MAX_SAMPLED_PLAYERS`] players).
pub fn attribute_with(baseline: &Baseline, policy: &Policy, players: Players) -> Attribution {
    let players = if player_count(policy, players) > MAX_SAMPLED_PLAYERS {
        Players::Kinds
    } else {
        players
    };
    let mut coalitions = Coalitions::new(baseline, policy, players);
    let contributors = coalitions.contributors.clone();
    let n = coalitions.len();
    let status_quo = coalitions.values(|_| false);
    let total = coalitions.values(|_| true);
    let (method, parts, errors) = if n <= EXACT_LIMIT {
        let (parts, errors) = exact_parts(&mut coalitions, n);
        (Method::Exact, parts, errors)
    } else {
        let pairs = sampled_pairs(n);
        let (parts, errors) = sampled_parts(&mut coalitions, n, pairs, &status_quo);
        (Method::SampledOrders(pairs), parts, errors)
    };
    let outcomes = Outcome::ALL
        .into_iter()
        .enumerate()
        .map(|(k, outcome)| OutcomeShares {
            outcome,
            status_quo: status_quo[k],
            total: total[k],
            parts: parts[k].clone(),
            standard_errors: errors[k].clone(),
        })
        .collect();
    Attribution {
        contributors,
        method,
        outcomes,
    }
}

type PartsPerOutcome = Vec<Vec<f64>>;

fn exact_parts(coalitions: &mut Coalitions, n: usize) -> (PartsPerOutcome, PartsPerOutcome) {
    let values: Vec<[f64; Outcome::ALL.len()]> = (0..1usize << n)
        .map(|mask| coalitions.values(|i| mask >> i & 1 == 1))
        .collect();
    let parts = (0..Outcome::ALL.len())
        .map(|k| {
            let subset_values: Vec<f64> = values.iter().map(|v| v[k]).collect();
            shapley(n, &subset_values)
        })
        .collect();
    (parts, vec![vec![0.0; n]; Outcome::ALL.len()])
}

/// Averages marginal contributions over seeded random orders, each paired
/// with its reverse (antithetic pairs lower the variance); the standard error
/// is taken over the pairs.
fn sampled_parts(
    coalitions: &mut Coalitions,
    n: usize,
    pairs: usize,
    status_quo: &[f64; Outcome::ALL.len()],
) -> (PartsPerOutcome, PartsPerOutcome) {
    let outcomes = Outcome::ALL.len();
    let mut sum = vec![vec![0.0; n]; outcomes];
    let mut sum_sq = vec![vec![0.0; n]; outcomes];
    let mut rng = ChaCha8Rng::seed_from_u64(SAMPLING_SEED);
    let mut order: Vec<usize> = (0..n).collect();
    for _ in 0..pairs {
        order.shuffle(&mut rng);
        let forward = marginals(coalitions, order.iter().copied(), n, status_quo);
        let backward = marginals(coalitions, order.iter().rev().copied(), n, status_quo);
        for k in 0..outcomes {
            for player in 0..n {
                let pair = f64::midpoint(forward[player][k], backward[player][k]);
                sum[k][player] += pair;
                sum_sq[k][player] += pair * pair;
            }
        }
    }
    let pairs = pairs as f64;
    let parts: PartsPerOutcome = sum
        .iter()
        .map(|row| row.iter().map(|s| s / pairs).collect())
        .collect();
    let errors = sum_sq
        .iter()
        .zip(&parts)
        .map(|(squares, means)| {
            squares
                .iter()
                .zip(means)
                .map(|(sq, mean)| ((sq / pairs - mean * mean).max(0.0) / (pairs - 1.0)).sqrt())
                .collect()
        })
        .collect();
    (parts, errors)
}

/// Each player's marginal contribution to every outcome when the players are
/// switched on one by one in `order`.
fn marginals(
    coalitions: &mut Coalitions,
    order: impl Iterator<Item = usize>,
    n: usize,
    status_quo: &[f64; Outcome::ALL.len()],
) -> Vec<[f64; Outcome::ALL.len()]> {
    let mut on = vec![false; n];
    let mut previous = *status_quo;
    let mut result = vec![[0.0; Outcome::ALL.len()]; n];
    for player in order {
        on[player] = true;
        let next = coalitions.values(|i| on[i]);
        for (k, value) in next.iter().enumerate() {
            result[player][k] = value - previous[k];
        }
        previous = next;
    }
    result
}

/// Shapley values of `n` players from the value of every coalition,
/// `values[mask]` with bit i of `mask` set when player i is in. Exact: the
/// parts sum to `values[all] - values[none]` up to rounding.
///
/// # Panics
/// When `values` does not hold one value per coalition (2^n): a caller's bug.
pub fn shapley(n: usize, values: &[f64]) -> Vec<f64> {
    assert_eq!(values.len(), 1 << n, "one value per coalition");
    // weight[s] = s! (n - s - 1)! / n!, the share of orders in which a player
    // joins a given coalition of size s.
    let factorial = |k: usize| (1..=k).map(|i| i as f64).product::<f64>();
    let weight: Vec<f64> = (0..n)
        .map(|s| factorial(s) * factorial(n - s - 1) / factorial(n))
        .collect();
    (0..n)
        .map(|player| {
            let bit = 1 << player;
            (0..1usize << n)
                .filter(|mask| mask & bit == 0)
                .map(|mask| {
                    weight[mask.count_ones() as usize] * (values[mask | bit] - values[mask])
                })
                .sum()
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn symmetric_players_get_equal_parts_and_parts_add_up() {
        // v(S) = (|S ∩ {0,1}|)² + 3·[2 ∈ S]: players 0 and 1 interchangeable.
        let values: Vec<f64> = (0..8usize)
            .map(|mask| {
                let pair = f64::from((mask & 0b011).count_ones());
                pair * pair + if mask & 0b100 != 0 { 3.0 } else { 0.0 }
            })
            .collect();
        let parts = shapley(3, &values);
        assert!((parts[0] - parts[1]).abs() < 1e-12);
        assert!((parts[0] - 2.0).abs() < 1e-12);
        assert!((parts[2] - 3.0).abs() < 1e-12);
        let sum: f64 = parts.iter().sum();
        assert!((sum - (values[7] - values[0])).abs() < 1e-12);
    }

    #[test]
    fn a_player_that_adds_nothing_gets_nothing() {
        // v depends only on player 1.
        let values = [0.0, 0.0, 5.0, 5.0];
        assert_eq!(shapley(2, &values), vec![0.0, 5.0]);
    }

    #[test]
    fn sampled_orders_stay_within_the_projection_budget() {
        assert_eq!(
            sampled_pairs(EXACT_LIMIT + 1),
            SAMPLED_ORDERS,
            "small: as before"
        );
        assert_eq!(sampled_pairs(32), SAMPLED_ORDERS);
        assert_eq!(sampled_pairs(800), 10);
        for n in (EXACT_LIMIT + 1)..=MAX_SAMPLED_PLAYERS {
            assert!(sampled_pairs(n) >= MIN_PAIRS);
            assert!(2 * sampled_pairs(n) * n <= PROJECTION_BUDGET, "{n}");
        }
    }

    #[test]
    fn no_players_no_parts() {
        assert!(shapley(0, &[1.0]).is_empty());
    }
}
