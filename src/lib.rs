//! dbcloud: one command line for ClickHouse Cloud and CockroachDB Cloud.
//!
//! The binary (`main.rs`) parses and reports; [`run`] builds the context and dispatches. The crate is a
//! library too so that tests and doc generators can reach the command tree (`cli::command()`).

pub mod cache;
pub mod cli;
pub mod clickhouse;
pub mod cockroach;
pub mod commands;
pub mod config;
pub mod confirm;
pub mod connection;
pub mod context;
pub mod declare;
pub mod document;
pub mod error;
pub mod field_hints;
pub mod http;
pub mod lookup;
pub mod output;
pub mod prompt;
pub mod provider;
pub mod spec_values;
pub mod validate;
pub mod wait;

use cli::{Cli, Command};
use config::Overrides;
use context::Ctx;
use error::Result;

/// Runs one parsed command line to its end.
pub async fn run(cli: Cli) -> Result<()> {
    let mut overrides = Overrides {
        profile: cli.global.profile.clone(),
        ..Overrides::default()
    };
    match &cli.command {
        Command::Ch(args) => {
            overrides.clickhouse_url = args.0.api_url.clone();
            overrides.organization = args.0.org.clone();
        }
        Command::Crdb(args) => overrides.cockroach_url = args.0.api_url.clone(),
        _ => {}
    }
    #[cfg(feature = "emulator")]
    let _embedded = if cli.global.emulator {
        let (emulator, target) = commands::emulator::embedded(cli.global.quiet).await?;
        overrides.emulator = Some(target);
        Some(emulator)
    } else {
        None
    };
    #[cfg(not(feature = "emulator"))]
    if cli.global.emulator {
        return Err(error::Error::usage(
            "this dbcloud was built without the emulator feature",
        ));
    }

    match cli.command {
        Command::Completions(args) => return commands::completions::run(args),
        #[cfg(feature = "emulator")]
        Command::Emulator(args) => return commands::emulator::run(args, cli.global.quiet).await,
        _ => {}
    }
    if cli.global.format() == output::Format::Toml && !matches!(cli.command, Command::Export(_)) {
        return Err(error::Error::usage(
            "-o toml applies to `dbcloud export` only",
        ));
    }
    let ctx = Ctx::new(&cli.global, overrides)?;
    match cli.command {
        Command::Ch(args) => clickhouse::run(&ctx, args.0.command).await,
        Command::Crdb(args) => cockroach::run(&ctx, args.0.command).await,
        Command::Ls(args) => commands::ls::run(&ctx, args).await,
        Command::Auth(args) => commands::auth::run(&ctx, args).await,
        Command::Profile(args) => commands::profile::run(&ctx, args).await,
        Command::Api(args) => commands::api::run(&ctx, args).await,
        Command::Plan(args) => commands::plan::run(&ctx, args).await,
        Command::Apply(args) => commands::apply::run(&ctx, args).await,
        Command::Export(args) => commands::export::run(&ctx, args).await,
        Command::Completions(_) => Ok(()),
        #[cfg(feature = "emulator")]
        Command::Emulator(_) => Ok(()),
    }
}
