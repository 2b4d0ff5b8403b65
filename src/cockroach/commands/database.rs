//! `dbcloud crdb database`: databases of a cluster.

use clap::Subcommand;

use super::common::{ClusterArg, LimitArg, report_deleted};
use crate::cockroach::once;
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
    /// List the databases of a cluster
    #[command(
        after_help = "Examples:\n  dbcloud crdb database list -c analytics\n  dbcloud crdb database list -c analytics --jq '.[].name'"
    )]
    List {
        #[command(flatten)]
        limit: LimitArg,
    },
    /// Create a database
    #[command(
        after_help = "Examples:\n  dbcloud crdb database create shop -c analytics\n  dbcloud crdb database create shop -c analytics --wait"
    )]
    Create {
        /// Database name
        #[arg(value_parser = crate::validate::name)]
        name: String,
        #[command(flatten)]
        wait: WaitArgs,
    },
    /// Rename a database
    #[command(after_help = "Example:\n  dbcloud crdb database rename shop store -c analytics")]
    Rename {
        /// Database name
        #[arg(value_parser = crate::validate::name)]
        name: String,
        /// The new name
        #[arg(value_parser = crate::validate::name)]
        new_name: String,
        #[command(flatten)]
        wait: WaitArgs,
    },
    /// Delete a database and its tables
    #[command(after_help = "Example:\n  dbcloud crdb database delete shop -c analytics --yes")]
    Delete {
        /// Database name
        #[arg(value_parser = crate::validate::name)]
        name: String,
        #[command(flatten)]
        wait: WaitArgs,
    },
}

const COLUMNS: &[Column] = &[
    Column::field("NAME", "name"),
    Column::field("TABLES", "table_count"),
];

/// A database just created has no tables, whether or not the answer says so (it usually leaves the count out).
const CREATED_COLUMNS: &[Column] = &[
    Column::field("NAME", "name"),
    Column::computed("TABLES", |db| {
        db["table_count"].as_u64().unwrap_or_default().to_string()
    }),
];

pub async fn run(ctx: &Ctx, args: Args) -> Result<()> {
    let reference = args.cluster.reference(ctx)?;
    if let Command::Delete { name, .. } = &args.command {
        ctx.prompt.confirm(&format!(
            "delete database {name} and its tables from cluster {reference}"
        ))?;
    }
    let cluster = args.cluster.resolve(ctx).await?;
    let api = ctx.cockroach()?;
    match args.command {
        Command::List { limit } => {
            let databases = api.databases(&cluster.id, limit.get());
            ctx.out.list_pages(databases, COLUMNS).await
        }
        Command::Create { name, wait } => {
            let what = format!("database {name}");
            let db = once::write(
                ctx,
                &cluster,
                &wait,
                &what,
                || api.create_database(&cluster.id, &name),
                || async {
                    let all = api.databases(&cluster.id, None).await?;
                    once::found(all, |d| d.name == name, &what)
                },
            )
            .await?
            .into_inner();
            ctx.out.status(&format!(
                "Created database {name} on cluster {}.",
                cluster.name
            ));
            ctx.out.item(&db, CREATED_COLUMNS)
        }
        Command::Rename {
            name,
            new_name,
            wait,
        } => {
            // Done when the new name is there and the old one gone.
            let what = format!("the rename of database {name} to {new_name}");
            let db = once::write(
                ctx,
                &cluster,
                &wait,
                &what,
                || api.edit_database(&cluster.id, &name, &new_name),
                || async {
                    let all = api.databases(&cluster.id, None).await?;
                    if all.iter().any(|d| d.name == name) {
                        return Ok(None);
                    }
                    once::found(all, |d| d.name == new_name, &what)
                },
            )
            .await?
            .into_inner();
            ctx.out.status(&format!(
                "Renamed database {name} to {new_name} on cluster {}.",
                cluster.name
            ));
            ctx.out.item(&db, COLUMNS)
        }
        Command::Delete { name, wait } => {
            let what = format!("database {name}");
            let db = once::delete(ctx, &cluster, &wait, &what, || {
                api.delete_database(&cluster.id, &name)
            })
            .await?;
            report_deleted(
                ctx,
                &format!("Deleted database {name} from cluster {}.", cluster.name),
                &once::answer_or(db, serde_json::json!({ "name": name }))?,
            )
        }
    }
}
