//! The command line through the binary.

mod analysis;
mod chart_look;
mod chart_report;
mod chinese;
mod chinese_lines;
mod compare;
mod consumers;
mod conventions;
mod eval;
mod fiscal;
mod format2;
mod hostile_inputs;
mod invalid_fixtures;
mod layers;
mod manual;
mod measures;
mod outputs;
mod readme_examples;
mod schema;
mod seek_chinese;
mod settings;
mod shard;
mod sobol;
mod toml_test_corpus;
mod uncertainty;
mod xlsx;
