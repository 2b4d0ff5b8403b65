//! `dbcloud crdb org`: the organization.

use clap::Subcommand;

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
    /// Show the organization the API key belongs to
    #[command(after_help = "Example:\n  dbcloud crdb org get --json")]
    Get,
}

const COLUMNS: &[Column] = &[
    Column::field("ID", "id"),
    Column::field("NAME", "name"),
    Column::field("LABEL", "label"),
    Column::field("CREATED", "created_at"),
];

pub async fn run(ctx: &Ctx, args: Args) -> Result<()> {
    match args.command {
        Command::Get => {
            let org = ctx.cockroach()?.organization().await?;
            ctx.out.item(&org, COLUMNS)
        }
    }
}
