//! dbcloud: parse, build the context, dispatch, and map the error to an exit code. Nothing else.

mod cli;
mod clickhouse;
mod cockroach;
mod commands;
mod config;
mod context;
mod error;
mod http;
mod output;
mod prompt;
mod validate;
mod wait;

use clap::Parser;

use cli::{Cli, Command};
use config::Overrides;
use context::Ctx;
use error::{Error, Result};

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

async fn run(cli: Cli) -> Result<()> {
    let mut overrides = Overrides {
        profile: cli.global.profile.clone(),
        ..Overrides::default()
    };
    match &cli.command {
        Command::Ch(args) => {
            overrides.clickhouse_url = args.api_url.clone();
            overrides.organization = args.org.clone();
        }
        Command::Crdb(args) => overrides.cockroach_url = args.api_url.clone(),
        _ => {}
    }
    #[cfg(feature = "emulator")]
    let _embedded = if cli.global.emulator {
        let (emulator, target) = commands::emulator::embedded().await?;
        overrides.emulator = Some(target);
        Some(emulator)
    } else {
        None
    };
    #[cfg(not(feature = "emulator"))]
    if cli.global.emulator {
        return Err(Error::usage(
            "this dbcloud was built without the emulator feature",
        ));
    }

    match cli.command {
        Command::Completions(args) => return commands::completions::run(args),
        #[cfg(feature = "emulator")]
        Command::Emulator(args) => return commands::emulator::run(args).await,
        _ => {}
    }
    let ctx = Ctx::new(&cli.global, overrides)?;
    match cli.command {
        Command::Ch(args) => clickhouse::run(&ctx, args.command).await,
        Command::Crdb(args) => cockroach::run(&ctx, args.command).await,
        Command::Auth(args) => commands::auth::run(&ctx, args).await,
        Command::Profile(args) => commands::profile::run(&ctx, args).await,
        Command::Api(args) => commands::api::run(&ctx, args).await,
        Command::Completions(_) => Ok(()),
        #[cfg(feature = "emulator")]
        Command::Emulator(_) => Ok(()),
    }
}
