//! The core's projection and analyses, as specifications.

mod attribution;
mod backtest;
mod discover;
mod evidence;
mod fiscal;
mod mechanisms;
mod properties;
mod robust_seek;
mod seek;
mod seek_rounding;
mod sobol;
mod target_horizon;
