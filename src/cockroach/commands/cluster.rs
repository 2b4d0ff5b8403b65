//! `dbcloud crdb cluster`: clusters.

use clap::Subcommand;
use serde_json::Value;

use super::common::{LimitArg, report_deleted};
use crate::cockroach::api::clusters::{
    ClusterChanges, ClusterSpec, NewCluster, merge_region_nodes,
};
use crate::cockroach::input::{self, CloudProvider, Os, Plan, RegionArg};
use crate::cockroach::{ClusterRef, find_cluster, resolve_cluster, waits};
use crate::context::Ctx;
use crate::error::{Error, Result};
use crate::output::to_json;
use crate::output::{Column, Format, lookup};
use crate::wait::WaitArgs;

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
        #[command(flatten)]
        limit: LimitArg,
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
    /// Create a serverless or dedicated cluster
    #[command(
        disable_version_flag = true,
        after_help = "\
Examples:
  dbcloud crdb cluster create web --provider gcp --plan serverless --region us-east1 --spend-limit 25
  dbcloud crdb cluster create analytics --provider aws --plan dedicated \\
      --region us-east-1:3 --vcpus 4 --storage-gib 15 --version v24.3 --wait"
    )]
    Create(CreateArgs),
    /// Scale, upgrade or change the spend limit of a cluster
    #[command(
        disable_version_flag = true,
        after_help = "\
Examples:
  dbcloud crdb cluster update analytics --region us-east-1:5 --wait
  dbcloud crdb cluster update analytics --vcpus 8 --storage-gib 30
  dbcloud crdb cluster update analytics --region eu-west-1:0     # remove a region
  dbcloud crdb cluster update web --spend-limit 50"
    )]
    Update(UpdateArgs),
    /// Delete a cluster and all its data
    #[command(
        after_help = "Examples:\n  dbcloud crdb cluster delete old-db\n  dbcloud crdb cluster delete old-db --yes --wait"
    )]
    Delete {
        /// Cluster ID or exact name
        cluster: String,
        #[command(flatten)]
        wait: WaitArgs,
    },
    /// Print the connection string (alone, ready for psql or `cockroach sql`; the API's object with -o json)
    #[command(after_help = "\
Examples:
  dbcloud crdb cluster connection-string analytics --sql-user app --database shop
  psql \"$(dbcloud crdb cluster connection-string analytics --sql-user app)\"")]
    ConnectionString {
        /// Cluster ID or exact name
        cluster: String,
        /// Database to connect to
        #[arg(long)]
        database: Option<String>,
        /// SQL user to connect as
        #[arg(long)]
        sql_user: Option<String>,
        /// Format the string for this operating system
        #[arg(long, value_enum, ignore_case = true)]
        os: Option<Os>,
    },
    /// List the nodes of a cluster
    #[command(
        after_help = "Examples:\n  dbcloud crdb cluster nodes analytics\n  dbcloud crdb cluster nodes analytics --region us-east-1 --json"
    )]
    Nodes {
        /// Cluster ID or exact name
        cluster: String,
        /// Only the nodes in this region
        #[arg(long, value_name = "REGION")]
        region: Option<String>,
        #[command(flatten)]
        limit: LimitArg,
    },
}

#[derive(clap::Args, Debug)]
struct CreateArgs {
    /// Cluster name: up to 40 lowercase letters, digits and dashes
    #[arg(value_parser = input::cluster_name)]
    name: String,
    /// Cloud provider
    #[arg(long, value_enum, ignore_case = true)]
    provider: CloudProvider,
    /// Serverless (billed by use) or dedicated (your own nodes)
    #[arg(long, value_enum, ignore_case = true)]
    plan: Plan,
    /// A region; dedicated clusters give its node count as REGION:NODES. Repeat for several regions (a
    /// serverless cluster's first region is its primary one)
    #[arg(long = "region", value_name = "REGION[:NODES]", required = true, value_parser = input::region)]
    regions: Vec<RegionArg>,
    /// Serverless: monthly spend limit in US dollars (0 = none)
    #[arg(long, value_name = "USD", value_parser = input::spend_limit)]
    spend_limit: Option<u64>,
    /// Dedicated: virtual CPUs per node
    #[arg(long, value_name = "N", value_parser = clap::value_parser!(u32).range(1..))]
    vcpus: Option<u32>,
    /// Dedicated: storage per node in GiB
    #[arg(long, value_name = "GIB", value_parser = clap::value_parser!(u32).range(1..))]
    storage_gib: Option<u32>,
    /// Dedicated: CockroachDB major version (see `dbcloud crdb versions`) [default: the latest]
    #[arg(long = "version", value_name = "VERSION")]
    cockroach_version: Option<String>,
    /// Folder to create the cluster in: its ID, path (/team/prod) or exact name
    #[arg(long, value_name = "FOLDER")]
    folder: Option<String>,
    #[command(flatten)]
    wait: WaitArgs,
}

#[derive(clap::Args, Debug)]
struct UpdateArgs {
    /// Cluster ID or exact name
    cluster: String,
    /// Dedicated: set a region's node count (0 removes the region, a new name adds one). Repeat for several;
    /// regions not named keep their nodes
    #[arg(long = "region", value_name = "REGION:NODES", value_parser = input::region)]
    regions: Vec<RegionArg>,
    /// Dedicated: virtual CPUs per node
    #[arg(long, value_name = "N", value_parser = clap::value_parser!(u32).range(1..))]
    vcpus: Option<u32>,
    /// Dedicated: storage per node in GiB
    #[arg(long, value_name = "GIB", value_parser = clap::value_parser!(u32).range(1..))]
    storage_gib: Option<u32>,
    /// Serverless: monthly spend limit in US dollars (0 = none)
    #[arg(long, value_name = "USD", value_parser = input::spend_limit)]
    spend_limit: Option<u64>,
    /// Upgrade to this CockroachDB version
    #[arg(long = "version", value_name = "VERSION")]
    cockroach_version: Option<String>,
    #[command(flatten)]
    wait: WaitArgs,
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

const NODE_COLUMNS: &[Column] = &[
    Column::field("NAME", "name"),
    Column::field("REGION", "region_name"),
    Column::field("STATUS", "status"),
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
            let clusters = ctx
                .cockroach()?
                .clusters(show_inactive, limit.get())
                .await?;
            ctx.out.list(&clusters, COLUMNS)
        }
        Command::Get { cluster } => {
            let cluster = find_cluster(ctx, &cluster).await?;
            ctx.out.item(&cluster, COLUMNS)
        }
        Command::Create(args) => create(ctx, args).await,
        Command::Update(args) => update(ctx, args).await,
        Command::Delete { cluster, wait } => {
            ctx.prompt
                .confirm(&format!("delete cluster {cluster} and all its data"))?;
            let cluster = find_cluster(ctx, &cluster).await?;
            let target = ClusterRef::from(&cluster);
            if wait.wait && cluster.is_locked() {
                waits::until_writable(ctx, &target, &wait).await?;
            }
            let answer = ctx
                .cockroach()?
                .delete_cluster(&target.id)
                .await
                .map_err(waits::explain_locked)?;
            let message = if wait.wait {
                waits::until_deleted(ctx, &target, &wait).await?;
                format!("Deleted cluster {}.", target.name)
            } else {
                format!(
                    "Deleting cluster {} (see its state with `dbcloud crdb cluster get {}`).",
                    target.name, target.id
                )
            };
            report_deleted(ctx, &message, &to_json(&answer)?)
        }
        Command::ConnectionString {
            cluster,
            database,
            sql_user,
            os,
        } => {
            let cluster = resolve_cluster(ctx, &cluster).await?;
            let answer = ctx
                .cockroach()?
                .connection_string(
                    &cluster.id,
                    database.as_deref(),
                    sql_user.as_deref(),
                    os.map(Os::api_name),
                )
                .await?;
            match ctx.out.format() {
                Format::Table => ctx.out.text(&answer.connection_string),
                _ => ctx.out.value(&to_json(&answer)?),
            }
        }
        Command::Nodes {
            cluster,
            region,
            limit,
        } => {
            let cluster = resolve_cluster(ctx, &cluster).await?;
            let nodes = ctx
                .cockroach()?
                .cluster_nodes(&cluster.id, region.as_deref(), limit.get())
                .await?;
            ctx.out.list(&nodes, NODE_COLUMNS)
        }
    }
}

/// The plan-specific spec from the flags; a flag of the other plan is a usage error.
fn create_spec(args: &CreateArgs) -> Result<ClusterSpec> {
    no_duplicate_regions(&args.regions)?;
    match args.plan {
        Plan::Serverless => {
            for (given, flag) in [
                (args.vcpus.is_some(), "--vcpus"),
                (args.storage_gib.is_some(), "--storage-gib"),
                (args.cockroach_version.is_some(), "--version"),
            ] {
                if given {
                    return Err(Error::usage(format!(
                        "{flag} applies to dedicated clusters only (--plan dedicated)"
                    )));
                }
            }
            if let Some(r) = args.regions.iter().find(|r| r.nodes.is_some()) {
                return Err(Error::usage(format!(
                    "--region {}:{}: node counts apply to dedicated clusters only; a serverless cluster \
                     takes --region {}",
                    r.name,
                    r.nodes.unwrap_or_default(),
                    r.name
                )));
            }
            Ok(ClusterSpec::Serverless {
                regions: args.regions.iter().map(|r| r.name.clone()).collect(),
                spend_limit: args.spend_limit,
            })
        }
        Plan::Dedicated => {
            if args.spend_limit.is_some() {
                return Err(Error::usage(
                    "--spend-limit applies to serverless clusters only (--plan serverless)",
                ));
            }
            let mut region_nodes = Vec::new();
            for r in &args.regions {
                match r.nodes {
                    Some(n) if n >= 1 => region_nodes.push((r.name.clone(), n)),
                    Some(_) => {
                        return Err(Error::usage(format!(
                            "--region {}:0: a region needs at least 1 node",
                            r.name
                        )));
                    }
                    None => {
                        return Err(Error::usage(format!(
                            "--region {}: a dedicated cluster needs the node count of each region, \
                             like --region {}:3",
                            r.name, r.name
                        )));
                    }
                }
            }
            let (Some(vcpus), Some(storage_gib)) = (args.vcpus, args.storage_gib) else {
                return Err(Error::usage(
                    "a dedicated cluster needs --vcpus (per node) and --storage-gib (per node)",
                ));
            };
            Ok(ClusterSpec::Dedicated {
                region_nodes,
                vcpus,
                storage_gib,
                version: args.cockroach_version.clone(),
            })
        }
    }
}

fn no_duplicate_regions(regions: &[RegionArg]) -> Result<()> {
    for (i, r) in regions.iter().enumerate() {
        if regions[..i].iter().any(|o| o.name == r.name) {
            return Err(Error::usage(format!(
                "--region {} is given more than once",
                r.name
            )));
        }
    }
    Ok(())
}

async fn create(ctx: &Ctx, args: CreateArgs) -> Result<()> {
    let spec = create_spec(&args)?;
    let api = ctx.cockroach()?;
    let parent_id = match &args.folder {
        Some(folder) => Some(crate::cockroach::find_folder_id(ctx, folder).await?),
        None => None,
    };
    let new = NewCluster {
        name: args.name.clone(),
        provider: args.provider.api_name().to_string(),
        spec,
        parent_id,
    };
    let mut cluster = api.create_cluster(&new).await?;
    let target = ClusterRef::from(&cluster);
    if args.wait.wait {
        ctx.out.status(&format!(
            "Creating cluster {} ({}).",
            target.name, target.id
        ));
        cluster = waits::until_created(ctx, &target, &args.wait).await?;
        ctx.out
            .status(&format!("Cluster {} is ready.", target.name));
    } else {
        ctx.out.status(&format!(
            "Creating cluster {} ({}); follow it with `dbcloud crdb cluster get {}`.",
            target.name, target.id, target.id
        ));
    }
    ctx.out.item(&cluster, COLUMNS)
}

async fn update(ctx: &Ctx, args: UpdateArgs) -> Result<()> {
    no_duplicate_regions(&args.regions)?;
    let mut region_changes = Vec::new();
    for r in &args.regions {
        let Some(nodes) = r.nodes else {
            return Err(Error::usage(format!(
                "--region {}: give the node count, like --region {}:3 (0 removes the region)",
                r.name, r.name
            )));
        };
        region_changes.push((r.name.clone(), nodes));
    }
    let mut changes = ClusterChanges {
        region_nodes: (!region_changes.is_empty()).then(|| region_changes.clone()),
        vcpus: args.vcpus,
        storage_gib: args.storage_gib,
        spend_limit: args.spend_limit,
        version: args.cockroach_version.clone(),
    };
    if changes.is_empty() {
        return Err(Error::usage(
            "nothing to change: give --region, --vcpus, --storage-gib, --spend-limit or --version",
        ));
    }
    if changes.has_dedicated_changes() && changes.spend_limit.is_some() {
        return Err(Error::usage(
            "--spend-limit (serverless) cannot be combined with --region, --vcpus or --storage-gib (dedicated)",
        ));
    }
    let mut cluster = find_cluster(ctx, &args.cluster).await?;
    let target = ClusterRef::from(&cluster);
    if args.wait.wait && cluster.is_busy() {
        cluster = waits::until_writable(ctx, &target, &args.wait).await?;
    }
    if changes.has_dedicated_changes() && cluster.is_serverless() {
        return Err(Error::usage(format!(
            "cluster {} is serverless: --region, --vcpus and --storage-gib apply to dedicated clusters",
            target.name
        )));
    }
    if changes.spend_limit.is_some() && cluster.is_dedicated() {
        return Err(Error::usage(format!(
            "cluster {} is dedicated: --spend-limit applies to serverless clusters",
            target.name
        )));
    }
    if !region_changes.is_empty() {
        changes.region_nodes =
            Some(merge_region_nodes(&cluster, &region_changes).map_err(Error::usage)?);
    }
    let mut cluster = ctx
        .cockroach()?
        .update_cluster(&target.id, &changes)
        .await
        .map_err(waits::explain_locked)?;
    if args.wait.wait {
        cluster = waits::until_operation_done(ctx, &target, &args.wait).await?;
        ctx.out
            .status(&format!("Cluster {} is updated.", target.name));
    } else {
        ctx.out.status(&format!(
            "Updating cluster {}; follow it with `dbcloud crdb cluster get {}` (or pass --wait to wait).",
            target.name, target.id
        ));
    }
    ctx.out.item(&cluster, COLUMNS)
}

#[cfg(test)]
mod tests {
    use super::*;
    use clap::Parser;

    #[test]
    fn regions_show_node_counts() {
        let c =
            serde_json::json!({"regions": [{"name": "us-east1", "node_count": 3}, {"name": "eu"}]});
        assert_eq!(super::regions(&c), "us-east1 (3), eu");
    }

    #[derive(Parser, Debug)]
    struct Probe {
        #[command(flatten)]
        args: CreateArgs,
    }

    fn spec(args: &[&str]) -> Result<ClusterSpec> {
        let probe = Probe::try_parse_from(std::iter::once("create").chain(args.iter().copied()))
            .expect("parses");
        create_spec(&probe.args)
    }

    #[test]
    fn plans_take_their_own_flags_only() {
        let base = ["db", "--provider", "GCP"];
        let with = |rest: &[&'static str]| {
            let mut v = base.to_vec();
            v.extend_from_slice(rest);
            spec(&v)
        };
        assert!(
            with(&[
                "--plan",
                "serverless",
                "--region",
                "us-east1",
                "--spend-limit",
                "5"
            ])
            .is_ok()
        );
        assert!(with(&["--plan", "serverless", "--region", "us-east1:3"]).is_err());
        assert!(
            with(&[
                "--plan",
                "serverless",
                "--region",
                "us-east1",
                "--vcpus",
                "4"
            ])
            .is_err()
        );
        assert!(
            with(&[
                "--plan",
                "Dedicated",
                "--region",
                "us-east1:3",
                "--vcpus",
                "4",
                "--storage-gib",
                "15"
            ])
            .is_ok()
        );
        assert!(
            with(&[
                "--plan",
                "dedicated",
                "--region",
                "us-east1",
                "--vcpus",
                "4",
                "--storage-gib",
                "15"
            ])
            .is_err()
        );
        assert!(
            with(&[
                "--plan",
                "dedicated",
                "--region",
                "us-east1:0",
                "--vcpus",
                "4",
                "--storage-gib",
                "15"
            ])
            .is_err()
        );
        assert!(
            with(&[
                "--plan",
                "dedicated",
                "--region",
                "us-east1:3",
                "--storage-gib",
                "15"
            ])
            .is_err()
        );
        assert!(
            with(&[
                "--plan",
                "dedicated",
                "--region",
                "a:3",
                "--vcpus",
                "4",
                "--storage-gib",
                "15",
                "--spend-limit",
                "1"
            ])
            .is_err()
        );
        assert!(
            with(&[
                "--plan",
                "dedicated",
                "--region",
                "a:3",
                "--region",
                "a:1",
                "--vcpus",
                "4",
                "--storage-gib",
                "15"
            ])
            .is_err()
        );
    }
}
