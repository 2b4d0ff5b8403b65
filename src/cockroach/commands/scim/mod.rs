//! `dbcloud crdb scim`: SCIM 2.0 users and groups of the organization (what an identity provider
//! provisions), and the SCIM discovery documents. Users and groups need an API key whose service account
//! holds ORG_ADMIN.

use clap::Subcommand;

use crate::context::Ctx;
use crate::error::Result;

mod common;
mod discovery;
mod group;
mod user;

#[derive(clap::Args, Debug)]
pub struct Args {
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand, Debug)]
enum Command {
    /// SCIM users: list, search, create, replace, update (PATCH), delete
    User(user::Args),
    /// SCIM groups and their members
    Group(group::Args),
    /// The SCIM resource types the service serves (User, Group)
    ResourceType(discovery::ResourceTypeArgs),
    /// The SCIM schemas of users and groups
    Schema(discovery::SchemaArgs),
    /// What the SCIM service supports (filters, PATCH, bulk, sorting, authentication)
    #[command(after_help = "\
Examples:
  dbcloud crdb scim config
  dbcloud crdb scim config --json --jq .filter.maxResults")]
    Config,
}

pub async fn run(ctx: &Ctx, args: Args) -> Result<()> {
    match args.command {
        Command::User(args) => user::run(ctx, args).await,
        Command::Group(args) => group::run(ctx, args).await,
        Command::ResourceType(args) => discovery::resource_type(ctx, args).await,
        Command::Schema(args) => discovery::schema(ctx, args).await,
        Command::Config => discovery::config(ctx).await,
    }
}
