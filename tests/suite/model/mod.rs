//! The core's projection and analyses, as specifications.

mod attribution;
mod backtest;
mod discover;
mod evidence;
mod fiscal;
mod lever_evidence;
mod mechanisms;
mod parameter_status;
mod projector;
mod properties;
mod reach;
mod robust_seek;
mod seek;
mod seek_rounding;
mod sensitivity_bound;
pub(crate) mod sobol;
mod target_horizon;
mod uncertainty_noise;
