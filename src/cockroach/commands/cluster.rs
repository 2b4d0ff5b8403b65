//! `dbcloud crdb cluster`: clusters.

use clap::Subcommand;
use serde_json::Value;

use crate::cockroach::api::to_json;
use crate::context::Ctx;
use crate::error::Result;
use crate::output::{Column, lookup};

#[derive(clap::Args, Debug)]
pub struct Args {
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand, Debug)]
enum Command {
    /// List clusters (every page, unless --limit)
    #[command(
        after_help = "Examples:\n  dbcloud crdb cluster list\n  dbcloud crdb cluster list --limit 10 --json"
    )]
    List {
        /// Stop after this many clusters
        #[arg(long, value_name = "N", value_parser = clap::value_parser!(u64).range(1..))]
        limit: Option<u64>,
        /// Include deleted clusters
        #[arg(long)]
        show_inactive: bool,
    },
    /// Show a cluster
    #[command(
        after_help = "Examples:\n  dbcloud crdb cluster get analytics\n  dbcloud crdb cluster get analytics --jq .state"
    )]
    Get {
        /// Cluster ID or exact name
        cluster: String,
    },
}

pub const COLUMNS: &[Column] = &[
    Column::field("NAME", "name"),
    Column::field("ID", "id"),
    Column::field("STATE", "state"),
    Column::field("PLAN", "plan"),
    Column::field("PROVIDER", "cloud_provider"),
    Column::computed("REGIONS", regions),
    Column::field("VERSION", "cockroach_version"),
];

/// "us-east1 (3), europe-west1 (3)": regions with their node counts where known.
fn regions(cluster: &Value) -> String {
    lookup(cluster, "regions")
        .and_then(Value::as_array)
        .into_iter()
        .flatten()
        .filter_map(|r| {
            let name = r.get("name")?.as_str()?;
            Some(match r.get("node_count").and_then(Value::as_u64) {
                Some(n) if n > 0 => format!("{name} ({n})"),
                _ => name.to_string(),
            })
        })
        .collect::<Vec<_>>()
        .join(", ")
}

pub async fn run(ctx: &Ctx, args: Args) -> Result<()> {
    match args.command {
        Command::List {
            limit,
            show_inactive,
        } => {
            let limit = limit.map(|l| l as usize);
            let clusters = ctx.cockroach()?.clusters(show_inactive, limit).await?;
            let items = clusters.iter().map(to_json).collect::<Result<Vec<_>>>()?;
            ctx.out.list(&items, COLUMNS)
        }
        Command::Get { cluster } => {
            let cluster = crate::cockroach::find_cluster(ctx, &cluster).await?;
            ctx.out.item(&to_json(&cluster)?, COLUMNS)
        }
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn regions_show_node_counts() {
        let c =
            serde_json::json!({"regions": [{"name": "us-east1", "node_count": 3}, {"name": "eu"}]});
        assert_eq!(super::regions(&c), "us-east1 (3), eu");
    }
}
