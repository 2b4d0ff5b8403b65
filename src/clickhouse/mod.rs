//! `dbcloud ch`: ClickHouse Cloud.

pub mod api;
mod commands;

use clap::Subcommand;

use crate::context::Ctx;
use crate::error::{Error, Result};
use api::{Api, Organization, Service};

#[derive(clap::Args, Debug)]
pub struct Args {
    /// Organization ID (or CLICKHOUSE_ORG_ID; default: the profile's, else the only one the key sees)
    #[arg(long, global = true, value_name = "ID", value_parser = crate::validate::uuid)]
    pub org: Option<String>,
    /// API base URL (or CLICKHOUSE_API_URL) [default: https://api.clickhouse.cloud]
    #[arg(long, global = true, value_name = "URL")]
    pub api_url: Option<String>,
    #[command(subcommand)]
    pub command: Command,
}

#[derive(Subcommand, Debug)]
pub enum Command {
    /// Organizations the API key can see
    Org(commands::org::Args),
    /// Services: list, inspect
    Service(commands::service::Args),
}

pub async fn run(ctx: &Ctx, command: Command) -> Result<()> {
    match command {
        Command::Org(args) => commands::org::run(ctx, args).await,
        Command::Service(args) => commands::service::run(ctx, args).await,
    }
}

/// The organization when the key sees exactly one; with several, the user must choose.
pub async fn discover_org(api: &Api) -> Result<String> {
    Ok(choose_org(api.organizations().await?)?.id)
}

/// The only organization of a list, or an error listing them for `--org`.
pub fn choose_org(orgs: Vec<Organization>) -> Result<Organization> {
    match orgs.len() {
        1 => Ok(orgs.into_iter().next().expect("one organization")),
        0 => Err(Error::NotFound("the API key sees no organization".into())),
        n => Err(Error::usage(format!(
            "the API key sees {n} organizations; choose one with --org (or CLICKHOUSE_ORG_ID):\n{}",
            orgs.iter()
                .map(|o| format!("  {}  {}", o.id, o.name))
                .collect::<Vec<_>>()
                .join("\n")
        ))),
    }
}

/// A service by ID, or by exact name (several services with that name is a usage error listing them).
pub async fn find_service(ctx: &Ctx, org: &str, reference: &str) -> Result<Service> {
    let api = ctx.clickhouse()?;
    if crate::validate::is_uuid(reference) {
        return api.service(org, reference).await;
    }
    let matches: Vec<Service> = api
        .services(org)
        .await?
        .into_iter()
        .filter(|s| s.name == reference)
        .collect();
    match matches.len() {
        1 => Ok(matches.into_iter().next().expect("one match")),
        0 => Err(Error::NotFound(format!(
            "no service with ID or name '{reference}' in organization {org}"
        ))),
        n => Err(Error::usage(format!(
            "{n} services are named '{reference}'; use the ID:\n{}",
            matches
                .iter()
                .map(|s| format!("  {}  {}", s.id, s.state))
                .collect::<Vec<_>>()
                .join("\n")
        ))),
    }
}
