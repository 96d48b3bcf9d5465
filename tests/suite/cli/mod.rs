//! The command line through the binary.

mod analysis;
mod chart_look;
mod chart_report;
mod chinese;
mod consumers;
mod conventions;
mod eval;
mod format2;
mod hostile_inputs;
mod invalid_fixtures;
mod manual;
mod readme_examples;
mod schema;
mod settings;
mod toml_test_corpus;
