//! `dbcloud crdb`: CockroachDB Cloud.

pub mod api;
mod commands;

use clap::Subcommand;

use crate::context::Ctx;
use crate::error::{Error, Result};
use api::Cluster;

#[derive(clap::Args, Debug)]
pub struct Args {
    /// API base URL (or COCKROACH_SERVER) [default: https://cockroachlabs.cloud]
    #[arg(long, global = true, value_name = "URL")]
    pub api_url: Option<String>,
    #[command(subcommand)]
    pub command: Command,
}

#[derive(Subcommand, Debug)]
pub enum Command {
    /// The organization the API key belongs to
    Org(commands::org::Args),
    /// Clusters: list, inspect
    Cluster(commands::cluster::Args),
}

pub async fn run(ctx: &Ctx, command: Command) -> Result<()> {
    match command {
        Command::Org(args) => commands::org::run(ctx, args).await,
        Command::Cluster(args) => commands::cluster::run(ctx, args).await,
    }
}

/// A cluster by ID, or by exact name among the active clusters (several: a usage error listing them).
pub async fn find_cluster(ctx: &Ctx, reference: &str) -> Result<Cluster> {
    let api = ctx.cockroach()?;
    if crate::validate::is_uuid(reference) {
        return api.cluster(reference).await;
    }
    let matches: Vec<Cluster> = api
        .clusters(false, None)
        .await?
        .into_iter()
        .filter(|c| c.name == reference)
        .collect();
    match matches.len() {
        1 => Ok(matches.into_iter().next().expect("one match")),
        0 => Err(Error::NotFound(format!(
            "no cluster with ID or name '{reference}'"
        ))),
        n => Err(Error::usage(format!(
            "{n} clusters are named '{reference}'; use the ID:\n{}",
            matches
                .iter()
                .map(|c| format!("  {}  {}", c.id, c.state()))
                .collect::<Vec<_>>()
                .join("\n")
        ))),
    }
}
