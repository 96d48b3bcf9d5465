//! The command line through the binary.

mod analysis;
mod chart_report;
mod consumers;
mod conventions;
mod eval;
mod format2;
mod hostile_inputs;
mod invalid_fixtures;
mod outputs;
mod readme_examples;
mod schema;
mod settings;
mod shard;
mod toml_test_corpus;
mod xlsx;
