//! `dbcloud crdb restore`: restores into a cluster from its backups or another cluster's.

use clap::Subcommand;

use super::backup::WindowArgs;
use super::common::{ClusterArg, LimitArg};
use crate::cockroach::api::backups::{NewRestore, Restore, RestoreItem, RestoreOpts, TimeWindow};
use crate::cockroach::{once, resolve_cluster, waits};
use crate::confirm;
use crate::context::Ctx;
use crate::error::{Error, Result};
use crate::output::Column;
use crate::spec_values;
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
    /// Restore a backup into a cluster (-c): the whole cluster, databases or tables
    #[command(after_help = "\
Examples:
  dbcloud crdb restore create -c analytics --backup 7d1e0b52-0c3e-4a8f-b1c4-2f9d6e5a4b3c --wait
  dbcloud crdb restore create -c analytics --database shop --new-db-name shop_copy
  dbcloud crdb restore create -c staging --source-cluster analytics --table shop.public.orders

Without --backup, the latest backup of the source cluster (by default the cluster itself). Find
backup IDs with `dbcloud crdb backup list -c CLUSTER`.")]
    Create(CreateArgs),
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

#[derive(clap::Args, Debug)]
struct CreateArgs {
    /// What to restore [default: TABLE with --table, DATABASE with --database, else CLUSTER]
    #[arg(long = "type", value_name = "TYPE", value_parser = spec_values::crdb_enum("CockroachCloud_CreateRestore.body.type"))]
    kind: Option<String>,
    /// ID of the backup to restore (a UUID, from `crdb backup list`) [default: the source cluster's latest]
    #[arg(long, value_name = "ID", value_parser = crate::validate::uuid)]
    backup: Option<String>,
    /// The cluster whose backup to restore: ID or exact name [default: the cluster restored into]
    #[arg(long, value_name = "CLUSTER")]
    source_cluster: Option<String>,
    /// A database to restore (repeatable)
    #[arg(long = "database", value_name = "DATABASE", value_parser = crate::validate::name)]
    databases: Vec<String>,
    /// A table to restore, DATABASE.TABLE or DATABASE.SCHEMA.TABLE (repeatable)
    #[arg(long = "table", value_name = "DATABASE.[SCHEMA.]TABLE", value_parser = table)]
    tables: Vec<RestoreItem>,
    /// Table restores: the database to restore the tables into [default: their own]
    #[arg(long, value_name = "DATABASE")]
    into_db: Option<String>,
    /// Database restores: the name of the restored database [default: its own]
    #[arg(long, value_name = "NAME")]
    new_db_name: Option<String>,
    /// Restore the schema only, without the data
    #[arg(long)]
    schema_only: bool,
    /// Go on when the backup's localities do not match the cluster's
    #[arg(long)]
    skip_localities_check: bool,
    /// Restore tables whose foreign keys reference rows that are missing
    #[arg(long)]
    skip_missing_foreign_keys: bool,
    /// Restore tables whose column defaults use sequences that are missing
    #[arg(long)]
    skip_missing_sequences: bool,
    /// Skip views whose dependencies are not restored
    #[arg(long)]
    skip_missing_views: bool,
    #[command(flatten)]
    wait: WaitArgs,
}

/// `DATABASE.TABLE` or `DATABASE.SCHEMA.TABLE`.
fn table(s: &str) -> std::result::Result<RestoreItem, String> {
    let parts: Vec<&str> = s.trim().split('.').collect();
    let item = match parts.as_slice() {
        [database, table] => RestoreItem {
            database: database.to_string(),
            schema: None,
            table: Some(table.to_string()),
        },
        [database, schema, table] => RestoreItem {
            database: database.to_string(),
            schema: Some(schema.to_string()),
            table: Some(table.to_string()),
        },
        _ => {
            return Err(format!(
                "'{s}' is not a table: write DATABASE.TABLE or DATABASE.SCHEMA.TABLE (like shop.public.orders)"
            ));
        }
    };
    if parts.iter().any(|p| p.is_empty()) {
        return Err(format!(
            "'{s}' has an empty part: write DATABASE.SCHEMA.TABLE"
        ));
    }
    Ok(item)
}

impl CreateArgs {
    /// The restore the flags describe (before the source cluster's name is resolved).
    fn restore(&self) -> Result<NewRestore> {
        if !self.tables.is_empty() && !self.databases.is_empty() {
            return Err(Error::usage(
                "--table and --database cannot be combined: a restore is of tables or of databases",
            ));
        }
        let kind = match &self.kind {
            Some(k) => k.clone(),
            None if !self.tables.is_empty() => "TABLE".to_string(),
            None if !self.databases.is_empty() => "DATABASE".to_string(),
            None => "CLUSTER".to_string(),
        };
        let mut objects = self.tables.clone();
        objects.extend(self.databases.iter().map(|d| RestoreItem {
            database: d.clone(),
            ..RestoreItem::default()
        }));
        let flag = |on: bool| on.then_some(true);
        Ok(NewRestore {
            kind,
            backup_id: self.backup.clone(),
            source_cluster_id: None,
            objects,
            restore_opts: RestoreOpts {
                into_db: self.into_db.clone(),
                new_db_name: self.new_db_name.clone(),
                schema_only: flag(self.schema_only),
                skip_localities_check: flag(self.skip_localities_check),
                skip_missing_foreign_keys: flag(self.skip_missing_foreign_keys),
                skip_missing_sequences: flag(self.skip_missing_sequences),
                skip_missing_views: flag(self.skip_missing_views),
            },
        })
    }
}

const COLUMNS: &[Column] = &[
    Column::field("ID", "id"),
    Column::field("TYPE", "type"),
    Column::field("STATUS", "status"),
    Column::field("DONE (%)", "completion_percent"),
    Column::field("SOURCE", "source_cluster_name"),
    Column::field("BACKUP TIME", "backup_end_time"),
    Column::field("CREATED", "created_at"),
];

pub async fn run(ctx: &Ctx, args: Args) -> Result<()> {
    args.cluster.reference(ctx)?;
    let new = match &args.command {
        Command::Create(create) => Some(create.restore()?),
        _ => None,
    };
    let cluster = args.cluster.resolve(ctx).await?;
    let api = ctx.cockroach()?;
    match args.command {
        Command::List { window, limit } => {
            let restores = api.restores(&cluster.id, &window.window(), limit.get());
            ctx.out.list_pages(restores, COLUMNS).await
        }
        Command::Create(create) => {
            let mut new = new.unwrap_or_default();
            if let Some(source) = &create.source_cluster {
                new.source_cluster_id = Some(resolve_cluster(ctx, source).await?.id);
            }
            let wait = create.wait;
            if wait.wait {
                waits::until_writable(ctx, &cluster, &wait).await?;
            }
            // No natural key: read back as the restore of that kind (and backup) into this cluster
            // started since this one was sent.
            let since = std::time::SystemTime::now();
            let started = format!("a restore into cluster {}", cluster.name);
            let mut restore = confirm::write(
                ctx,
                &started,
                || api.create_restore(&cluster.id, &new),
                || async {
                    let all = api
                        .restores(&cluster.id, &TimeWindow::default(), None)
                        .await?;
                    let text = |r: &Restore, k: &str| {
                        r.extra.get(k).and_then(|v| v.as_str()).map(str::to_string)
                    };
                    let same = |r: &Restore| {
                        text(r, "type").as_deref() == Some(new.kind.as_str())
                            && (new.backup_id.is_none() || text(r, "backup_id") == new.backup_id)
                            && confirm::created_since(r.extra.get("created_at"), since)
                    };
                    once::found(all, same, &started)
                },
            )
            .await
            .map_err(waits::explain_locked)?
            .into_inner();
            let what = match &create.backup {
                Some(b) => format!("backup {b}"),
                None => "the latest backup".to_string(),
            };
            if wait.wait {
                ctx.out.status(&format!(
                    "Restoring {what} into cluster {} (restore {}).",
                    cluster.name, restore.id
                ));
                restore = waits::until_restored(ctx, &cluster, &restore.id, &wait).await?;
                ctx.out.status("The restore has finished.");
            } else {
                ctx.out.status(&format!(
                    "Restoring {what} into cluster {}; follow it with `dbcloud crdb restore get {} -c {}`.",
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

#[cfg(test)]
mod tests {
    use super::*;
    use clap::Parser;

    #[derive(Parser, Debug)]
    struct Probe {
        #[command(flatten)]
        args: CreateArgs,
    }

    fn restore(args: &[&str]) -> Result<NewRestore> {
        Probe::try_parse_from(std::iter::once("create").chain(args.iter().copied()))
            .expect("parses")
            .args
            .restore()
    }

    #[test]
    fn the_type_follows_what_is_restored() {
        assert_eq!(restore(&[]).unwrap().kind, "CLUSTER");
        let db = restore(&["--database", "shop", "--new-db-name", "copy"]).unwrap();
        assert_eq!(db.kind, "DATABASE");
        assert_eq!(db.objects[0].database, "shop");
        assert_eq!(db.restore_opts.new_db_name.as_deref(), Some("copy"));
        let t = restore(&["--table", "shop.public.orders", "--table", "shop.items"]).unwrap();
        assert_eq!(t.kind, "TABLE");
        assert_eq!(t.objects[0].schema.as_deref(), Some("public"));
        assert_eq!(t.objects[1].table.as_deref(), Some("items"));
        assert_eq!(restore(&["--type", "table"]).unwrap().kind, "TABLE");
        assert!(restore(&["--database", "a", "--table", "a.b"]).is_err());
        assert!(table("orders").is_err());
        assert!(table("a..b").is_err());
    }
}
