//! `dbcloud-emulator`: runs the emulator of the ClickHouse Cloud and CockroachDB Cloud APIs.

use clap::Parser;

/// A local, stateful emulator of the ClickHouse Cloud and CockroachDB Cloud management APIs,
/// both on one port (/v1/... ClickHouse, /api/v1/... CockroachDB). Control API under /_emulator/.
#[derive(Parser)]
#[command(name = "dbcloud-emulator", version)]
struct Cli {
    #[command(flatten)]
    serve: dbcloud_emulator::ServeArgs,

    /// Print nothing (no banner)
    #[arg(short, long)]
    quiet: bool,
}

fn main() -> std::process::ExitCode {
    let mut cli = Cli::parse();
    cli.serve.quiet = cli.quiet;
    let runtime = match tokio::runtime::Builder::new_multi_thread()
        .worker_threads(2)
        .enable_all()
        .build()
    {
        Ok(rt) => rt,
        Err(e) => {
            eprintln!("dbcloud-emulator: cannot start the runtime: {e}");
            return std::process::ExitCode::FAILURE;
        }
    };
    match runtime.block_on(dbcloud_emulator::serve(cli.serve)) {
        Ok(()) => std::process::ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("dbcloud-emulator: {e}");
            std::process::ExitCode::FAILURE
        }
    }
}
