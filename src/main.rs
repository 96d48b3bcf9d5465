use std::process::ExitCode;

fn main() -> ExitCode {
    levers::main()
}
