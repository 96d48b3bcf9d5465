//! The pure core of levers: a deterministic projection of Hong Kong's economy
//! under a package of industrial-policy levers.
//!
//! No I/O, no clock, no global state, and only seeded randomness: [`project()`]
//! is a function of its two arguments, and every analysis that draws takes a
//! seed. The application reads files and draws screens around it.
#![deny(clippy::unwrap_used)]
#![warn(missing_docs)]

pub mod analysis;
pub mod baseline;
pub mod bounds;
pub mod dials;
pub mod diversification;
pub mod history;
pub mod label;
pub mod lever;
pub mod measure;
pub mod params;
pub mod policy;
pub mod problem_kind;
pub mod project;
pub mod projection;
pub mod sector;
pub mod suggest;
mod validate;

pub use baseline::{Baseline, LagKernel};
pub use label::Label;
pub use lever::{FieldSpec, LeverField, LeverGroup};
pub use params::{
    Distribution, GlobalParams, PARAM_COUNT, ParamId, ParamSpec, Params, SectorParams, Source,
};
pub use policy::{Budget, Funding, Policy, Problem, Target, Timing};
pub use problem_kind::ProblemKind;
pub use project::{MAX_YEARS, Projector, project, project_into};
pub use projection::{Constraint, Projection, TargetNeeds, TargetStatus, YearOutcome};
pub use sector::{MANUFACTURING_COUNT, SECTOR_COUNT, Sector};
