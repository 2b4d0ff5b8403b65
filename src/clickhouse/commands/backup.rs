//! `dbcloud ch backup`: a service's backups.

use clap::Subcommand;

use super::{ListArgs, backup_bucket, backup_config, print_pages};
use crate::clickhouse::service_id;
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
    /// List a service's backups
    #[command(after_help = "\
Examples:
  dbcloud ch backup list --service web
  dbcloud ch backup list --service web --jq '[.[] | select(.status == \"done\")] | last | .id'")]
    List {
        /// Service ID or exact name
        #[arg(long, short = 's', value_name = "SERVICE")]
        service: String,
        #[command(flatten)]
        list: ListArgs,
    },
    /// Show a backup
    #[command(
        after_help = "Example:\n  dbcloud ch backup get 3c9d0d4e-7a61-4f0e-9f52-5b1e8a0c2d11 --service web"
    )]
    Get {
        /// Backup ID
        #[arg(value_parser = crate::validate::uuid)]
        backup: String,
        /// Service ID or exact name
        #[arg(long, short = 's', value_name = "SERVICE")]
        service: String,
    },
    /// The backup configuration of a service: period, retention, start time
    #[command(subcommand)]
    Config(backup_config::Command),
    /// The backup bucket of a service: its own AWS, GCP or Azure storage for backups
    #[command(subcommand)]
    Bucket(backup_bucket::Command),
}

const COLUMNS: &[Column] = &[
    Column::field("ID", "id"),
    Column::field("STATUS", "status"),
    Column::field("TYPE", "type"),
    Column::field("SIZE (BYTES)", "sizeInBytes"),
    Column::field("STARTED", "startedAt"),
    Column::field("FINISHED", "finishedAt"),
];

pub async fn run(ctx: &Ctx, args: Args) -> Result<()> {
    let api = ctx.clickhouse()?;
    if let Command::Bucket(command) = &args.command {
        command.prepare(ctx)?;
    }
    let org = ctx.clickhouse_org().await?;
    match args.command {
        Command::List { service, list } => {
            let service = service_id(ctx, &org, &service).await?;
            print_pages(ctx, api.backups(&org, &service), &list, COLUMNS).await
        }
        Command::Get { backup, service } => {
            let service = service_id(ctx, &org, &service).await?;
            let backup = api.backup(&org, &service, &backup).await?;
            ctx.out.item(&backup, COLUMNS)
        }
        Command::Config(command) => backup_config::run(ctx, &org, command).await,
        Command::Bucket(command) => backup_bucket::run(ctx, &org, command).await,
    }
}
