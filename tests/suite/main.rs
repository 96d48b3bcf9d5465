//! Every integration test of the workspace, in one binary so that it is linked
//! once. Areas are folders; helpers that more than one area needs live in
//! [`support`] (the binary runner, the baseline, the workbench driver, tmux).
//!
//! - `cli/` — the command line through the binary: golden outputs, conventions,
//!   consumers, fixtures of invalid files, the toml-test corpus.
//! - `model/` — the core's projection and analyses as specifications.
//! - `tui/` — the workbench driven with real key events, snapshots, and end to
//!   end in tmux.
//! - `files/` — file safety (atomic saves killed mid-write).
//! - `floors.rs` — no crate or module imports a floor above it.
#![allow(clippy::expect_used, clippy::unwrap_used, clippy::panic)]

mod cli;
mod files;
mod floors;
mod model;
mod support;
mod tui;
