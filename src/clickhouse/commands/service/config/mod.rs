//! `dbcloud ch service` subcommands for what a service has beyond its own fields: its query API endpoint,
//! private endpoints, autoscaling schedule, upgrade window and ClickHouse settings. Each area is a file; this
//! module joins them into the `service` command (flattened there) and refuses what it can before anything is
//! sent (a confirmation not given, a `--file` that is not what the API takes).

mod private_endpoint;
mod query_endpoint;
mod scaling_schedule;
mod settings;
mod upgrade_window;

use clap::Subcommand;

use crate::context::Ctx;
use crate::error::Result;

#[derive(Subcommand, Debug)]
pub(crate) enum Command {
    /// The query API endpoint of a service: the roles and API keys that may run queries over HTTP
    #[command(name = "query-endpoint", subcommand)]
    QueryEndpoint(query_endpoint::Command),
    /// Private endpoints of a service
    #[command(name = "private-endpoint", subcommand)]
    PrivateEndpoint(private_endpoint::Command),
    /// The autoscaling schedule of a service: scaling that changes by weekday and hour (beta)
    #[command(name = "scaling-schedule", subcommand)]
    ScalingSchedule(scaling_schedule::Command),
    /// The upgrade window of a service: when ClickHouse Cloud may upgrade it
    #[command(name = "upgrade-window", subcommand)]
    UpgradeWindow(upgrade_window::Command),
    /// The ClickHouse settings of a service (beta)
    #[command(subcommand)]
    Settings(settings::Command),
}

impl Command {
    /// What can be refused before any request: a confirmation not given, a document that is not what the
    /// API takes.
    pub(crate) fn prepare(&self, ctx: &Ctx) -> Result<()> {
        match self {
            Command::QueryEndpoint(c) => c.prepare(ctx),
            Command::PrivateEndpoint(_) => Ok(()),
            Command::ScalingSchedule(c) => c.prepare(ctx),
            Command::UpgradeWindow(c) => c.prepare(ctx),
            Command::Settings(c) => c.prepare(ctx),
        }
    }
}

pub(crate) async fn run(ctx: &Ctx, org: &str, command: Command) -> Result<()> {
    match command {
        Command::QueryEndpoint(c) => query_endpoint::run(ctx, org, c).await,
        Command::PrivateEndpoint(c) => private_endpoint::run(ctx, org, c).await,
        Command::ScalingSchedule(c) => scaling_schedule::run(ctx, org, c).await,
        Command::UpgradeWindow(c) => upgrade_window::run(ctx, org, c).await,
        Command::Settings(c) => settings::run(ctx, org, c).await,
    }
}
