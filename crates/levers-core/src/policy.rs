//! A policy package: the measures a user sets, the target they aim at, the budget
//! they allow, and any assumptions they override. Built by the file loader or by
//! the workbench; checked by [`Policy::problems`].

use crate::measure::Measure;
pub use crate::measure::Timing;
use crate::params::ParamId;
use crate::problem_kind::ProblemKind;

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

/// A whole policy package as the model reads it: measures, target, budget and
/// assumption overrides. Valid when
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
    /// The package's measures, by name (unique). A format-1 file's lever
    /// groups are read as measures (one per dial); the nine dials are a view
    /// over these ([`Policy::dial_value`], [`Policy::set_dial`]).
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

impl Policy {
    /// The status quo: no measures, the Blueprint target, the default horizon.
    pub fn status_quo() -> Policy {
        Policy {
            name: "Status quo".to_string(),
            description: String::new(),
            horizon: DEFAULT_HORIZON,
            target: Target::default(),
            budget: Budget::default(),
            measures: Vec::new(),
            assumptions: Vec::new(),
        }
    }

    /// The override of assumption `id`; `None` when the baseline value applies.
    pub fn assumption(&self, id: ParamId) -> Option<f64> {
        self.assumptions
            .iter()
            .find(|(p, _)| *p == id)
            .map(|(_, v)| *v)
    }
}

/// A value that breaks a rule of the format.
#[derive(Clone, Debug, PartialEq)]
pub struct Problem {
    /// Dotted path of the key at fault: `measures.nias.amount`.
    pub path: String,
    /// What is wrong, as a kind and its arguments (worded by the catalogues).
    pub kind: ProblemKind,
}
