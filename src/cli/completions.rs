//! `levers completions SHELL`: what shells read, generated from the same
//! argument definitions clap parses.

use clap::CommandFactory;

use super::args::CompletionsArgs;
use super::console::print;
use super::{Cli, Failure};

pub fn run(args: &CompletionsArgs) -> Result<(), Failure> {
    let mut bytes = Vec::new();
    clap_complete::generate(args.shell, &mut Cli::command(), "levers", &mut bytes);
    print(&String::from_utf8_lossy(&bytes))
}
