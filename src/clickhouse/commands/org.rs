//! `dbcloud ch org`: organizations.

use clap::Subcommand;

use crate::clickhouse::api::to_json;
use crate::context::Ctx;
use crate::error::Result;
use crate::output::Column;

#[derive(clap::Args, Debug)]
pub struct Args {
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand, Debug)]
enum Command {
    /// List the organizations the API key can see
    #[command(after_help = "Example:\n  dbcloud ch org list --json")]
    List,
    /// Show an organization (default: the one in effect)
    #[command(
        after_help = "Example:\n  dbcloud ch org get\n  dbcloud ch org get 6f0c8a1e-3f5e-4a8e-9a31-0c2b1d2e3f40"
    )]
    Get {
        /// Organization ID [default: --org, CLICKHOUSE_ORG_ID, the profile's, or the only one]
        #[arg(value_parser = crate::validate::uuid)]
        org: Option<String>,
    },
}

const COLUMNS: &[Column] = &[
    Column::field("ID", "id"),
    Column::field("NAME", "name"),
    Column::field("CREATED", "createdAt"),
];

pub async fn run(ctx: &Ctx, args: Args) -> Result<()> {
    let api = ctx.clickhouse()?;
    match args.command {
        Command::List => {
            let orgs = api.organizations().await?;
            let items = orgs.iter().map(to_json).collect::<Result<Vec<_>>>()?;
            ctx.out.list(&items, COLUMNS)
        }
        Command::Get { org } => {
            let org = match org {
                Some(org) => org,
                None => ctx.clickhouse_org().await?,
            };
            let org = api.organization(&org).await?;
            ctx.out.item(&to_json(&org)?, COLUMNS)
        }
    }
}
