//! `dbcloud crdb restore`: restores of a cluster from its backups.

use clap::Subcommand;
use serde_json::Value;

use super::backup::WindowArgs;
use super::common::{ClusterArg, LimitArg};
use crate::cockroach::{input, waits};
use crate::context::Ctx;
use crate::error::Result;
use crate::output::Column;
use crate::wait::WaitArgs;

#[derive(clap::Args, Debug)]
pub struct Args {
    #[command(flatten)]
    cluster: ClusterArg,
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand, Debug)]
enum Command {
    /// List the restores of a cluster
    #[command(after_help = "Example:\n  dbcloud crdb restore list -c analytics")]
    List {
        #[command(flatten)]
        window: WindowArgs,
        #[command(flatten)]
        limit: LimitArg,
    },
    /// Restore a backup into a cluster
    #[command(after_help = "\
Examples:
  dbcloud crdb restore create --backup 7d1e0b52-0c3e-4a8f-b1c4-2f9d6e5a4b3c -c analytics --wait
  dbcloud crdb restore create --backup 7d1e0b52-0c3e-4a8f-b1c4-2f9d6e5a4b3c -c analytics \\
      --target '{\"database\": \"shop\"}'

Find backup IDs with `dbcloud crdb backup list -c CLUSTER`.")]
    Create {
        /// ID of the backup to restore
        #[arg(long, value_name = "ID", value_parser = crate::validate::name)]
        backup: String,
        /// What to restore, as a JSON object (the API's `target`) [default: the whole cluster]
        #[arg(long, value_name = "JSON", value_parser = input::json_object)]
        target: Option<Value>,
        #[command(flatten)]
        wait: WaitArgs,
    },
    /// Show a restore
    #[command(
        after_help = "Example:\n  dbcloud crdb restore get 0b7c4e1a-6f2d-4c8b-9e3a-5d1f7a2c9b80 -c analytics --jq .status"
    )]
    Get {
        /// Restore ID
        #[arg(value_parser = crate::validate::name)]
        restore: String,
    },
}

const COLUMNS: &[Column] = &[
    Column::field("ID", "id"),
    Column::field("STATUS", "status"),
    Column::field("CREATED", "created_at"),
];

pub async fn run(ctx: &Ctx, args: Args) -> Result<()> {
    args.cluster.reference(ctx)?;
    let cluster = args.cluster.resolve(ctx).await?;
    let api = ctx.cockroach()?;
    match args.command {
        Command::List { window, limit } => {
            let restores = api
                .restores(&cluster.id, &window.window(), limit.get())
                .await?;
            ctx.out.list(&restores, COLUMNS)
        }
        Command::Create {
            backup,
            target,
            wait,
        } => {
            if wait.wait {
                waits::until_writable(ctx, &cluster, &wait).await?;
            }
            let mut restore = api
                .create_restore(&cluster.id, &backup, target.as_ref())
                .await
                .map_err(waits::explain_locked)?;
            if wait.wait {
                ctx.out.status(&format!(
                    "Restoring backup {backup} into cluster {} (restore {}).",
                    cluster.name, restore.id
                ));
                restore = waits::until_restored(ctx, &cluster, &restore.id, &wait).await?;
                ctx.out.status("The restore has finished.");
            } else {
                ctx.out.status(&format!(
                    "Restoring backup {backup} into cluster {}; follow it with `dbcloud crdb restore get {} -c {}`.",
                    cluster.name, restore.id, cluster.id
                ));
            }
            ctx.out.item(&restore, COLUMNS)
        }
        Command::Get { restore } => {
            let restore = api.restore(&cluster.id, &restore).await?;
            ctx.out.item(&restore, COLUMNS)
        }
    }
}
