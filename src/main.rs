#![forbid(unsafe_code)]

fn main() -> std::process::ExitCode {
    gapwise::cli::main()
}
