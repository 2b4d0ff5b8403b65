//! The dbcloud binary: parse, run, and map the error to an exit code. Nothing else.

use clap::Parser;

use dbcloud::cli::Cli;
use dbcloud::error::Error;
use dbcloud::{output, run};

fn main() -> std::process::ExitCode {
    let cli = Cli::parse();
    let json_errors = cli.global.format() == output::Format::Json || cli.global.jq.is_some();
    let no_color = cli.global.no_color;
    let runtime = match tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
    {
        Ok(rt) => rt,
        Err(e) => {
            return report(
                &Error::io("cannot start the async runtime", e),
                json_errors,
                no_color,
            );
        }
    };
    let result = runtime.block_on(async {
        tokio::select! {
            biased;
            r = run(cli) => r,
            _ = tokio::signal::ctrl_c() => Err(Error::Interrupted("interrupted".into())),
        }
    });
    match result {
        Ok(()) => std::process::ExitCode::SUCCESS,
        Err(e) => report(&e, json_errors, no_color),
    }
}

fn report(error: &Error, json_errors: bool, no_color: bool) -> std::process::ExitCode {
    // `| head` closed stdout: the reader has what it wanted, so end quietly and successfully.
    if error.is_broken_pipe() {
        return std::process::ExitCode::SUCCESS;
    }
    output::print_error(error, json_errors, no_color);
    std::process::ExitCode::from(error.exit_code() as u8)
}
