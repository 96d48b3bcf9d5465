//! Scenario discovery: under which assumptions does a package succeed (or
//! fail)? Draw the assumptions as the Monte Carlo does, mark the draws where
//! the outcome happens, and find with PRIM the few-dimensional box of
//! assumptions that holds most of them (coverage) with few others (density).
//! Bryant & Lempert (2010); Friedman & Fisher (1999); the EMA workbench's
//! `prim` (Kwakkel 2017), whose cuts and quasi-p-values these follow.
//!
//! [`prim()`] works on any table of [`Samples`] (the tests give it synthetic
//! functions with a known box); [`question`] builds that table for a package.

mod paste;
mod peel;
pub mod prim;
mod quantile;
pub mod question;
pub mod samples;
pub mod significance;

pub use prim::{
    BoxSearch, ChosenBox, DEFAULT_OPTIONS, PrimOptions, Restriction, Step, choose, prim,
};
pub use question::{Case, Dimension, Discovery, Plan, Question, RowScratch, Varied, discover};
pub use samples::{Limits, Samples};
