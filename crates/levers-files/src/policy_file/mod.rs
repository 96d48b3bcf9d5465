//! The policy file format, version 1: reading (strict, every problem reported with
//! its position) and writing (commented, round-trip stable).

mod read;
mod write;

pub use read::parse_policy;
pub use write::{template, write_policy};
