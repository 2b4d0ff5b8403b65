//! `dbcloud crdb cluster`: clusters.

use clap::Subcommand;
use serde_json::Value;

use super::common::{LimitArg, report_deleted};
use crate::cockroach::api::DEDICATED_PLAN;
use crate::cockroach::api::clusters::{
    ClusterChanges, ClusterSpec, NewCluster, UsageLimits, merge_region_nodes,
};
use crate::cockroach::input::{self, RegionArg};
use crate::cockroach::{ClusterRef, find_cluster, once, resolve_cluster, waits};
use crate::context::Ctx;
use crate::error::{Error, Result};
use crate::output::to_json;
use crate::output::{Column, Format, lookup};
use crate::spec_values;
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
    /// Create a cluster: BASIC or STANDARD (serverless) or ADVANCED (dedicated nodes)
    #[command(
        disable_version_flag = true,
        after_help = "\
Examples:
  dbcloud crdb cluster create web --provider gcp --plan basic --region us-east1 --request-unit-limit 50000000
  dbcloud crdb cluster create api --provider aws --plan standard --region us-east-1 --provisioned-vcpus 4
  dbcloud crdb cluster create analytics --provider aws --plan advanced \\
      --region us-east-1:3 --vcpus 4 --storage-gib 15 --version v24.3 --label team=data --wait

Without --plan, node counts, --vcpus or --storage-gib make an ADVANCED (dedicated) cluster and the
service picks the plan of a serverless one."
    )]
    Create(Box<CreateArgs>),
    /// Scale, upgrade, or change the plan, limits, labels, folder or delete protection of a cluster
    #[command(
        disable_version_flag = true,
        after_help = "\
Examples:
  dbcloud crdb cluster update analytics --region us-east-1:5 --wait
  dbcloud crdb cluster update analytics --vcpus 8 --storage-gib 30
  dbcloud crdb cluster update analytics --region eu-west-1:0     # remove a region
  dbcloud crdb cluster update analytics --version v25.1 --wait  # then --upgrade-status finalized
  dbcloud crdb cluster update web --plan standard --provisioned-vcpus 4
  dbcloud crdb cluster update web --delete-protection enabled --label env=prod"
    )]
    Update(Box<UpdateArgs>),
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
        #[arg(long, value_parser = spec_values::crdb_enum("CockroachCloud_GetConnectionString.os"))]
        os: Option<String>,
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

/// The limits of a serverless cluster, on create and update.
#[derive(clap::Args, Debug, Clone)]
struct LimitArgs {
    /// Serverless (BASIC): request units the cluster may use in a month
    #[arg(long, value_name = "N")]
    request_unit_limit: Option<u64>,
    /// Serverless (BASIC): storage the cluster may use, in MiB
    #[arg(long, value_name = "MIB")]
    storage_mib_limit: Option<u64>,
    /// Serverless (STANDARD): vCPUs provisioned for the cluster
    #[arg(long, value_name = "N")]
    provisioned_vcpus: Option<u64>,
}

impl LimitArgs {
    fn limits(&self) -> UsageLimits {
        UsageLimits {
            request_unit_limit: self.request_unit_limit,
            storage_mib_limit: self.storage_mib_limit,
            provisioned_virtual_cpus: self.provisioned_vcpus,
        }
    }
}

#[derive(clap::Args, Debug)]
struct CreateArgs {
    /// Cluster name (the service accepts lowercase letters, digits and dashes)
    #[arg(value_parser = spec_values::crdb_name("CreateClusterRequest.name"))]
    name: String,
    /// Cloud provider
    #[arg(long, value_parser = spec_values::crdb_enum("CreateClusterRequest.provider"))]
    provider: String,
    /// The plan [default: the service's, for the hardware the other flags describe]
    #[arg(long, value_parser = spec_values::crdb_enum("CreateClusterSpecification.plan"))]
    plan: Option<String>,
    /// A region; dedicated (ADVANCED) clusters give its node count as REGION:NODES. Repeat for several
    #[arg(long = "region", value_name = "REGION[:NODES]", required = true, value_parser = input::region)]
    regions: Vec<RegionArg>,
    /// Serverless, several regions: the primary one [default: the first --region]
    #[arg(long, value_name = "REGION")]
    primary_region: Option<String>,
    #[command(flatten)]
    limits: LimitArgs,
    /// Serverless: how major upgrades are applied
    #[arg(long, value_parser = spec_values::crdb_enum("ServerlessClusterCreateSpecification.upgrade_type"))]
    upgrade_type: Option<String>,
    /// Serverless: start with an empty IP allowlist (closed to public traffic)
    #[arg(long)]
    with_empty_ip_allowlist: bool,
    /// Dedicated: virtual CPUs per node
    #[arg(long, value_name = "N", value_parser = spec_values::crdb_u32("DedicatedMachineTypeSpecification.num_virtual_cpus"))]
    vcpus: Option<u32>,
    /// Dedicated: storage per node in GiB
    #[arg(long, value_name = "GIB", value_parser = spec_values::crdb_u32("DedicatedHardwareCreateSpecification.storage_gib"))]
    storage_gib: Option<u32>,
    /// Dedicated: disk IOPS per node [default: the service's for the storage]
    #[arg(long, value_name = "N", value_parser = spec_values::crdb_u32("DedicatedHardwareCreateSpecification.disk_iops"))]
    disk_iops: Option<u32>,
    /// Dedicated: CockroachDB major version (see `dbcloud crdb versions`) [default: the latest]
    #[arg(long = "version", value_name = "VERSION")]
    cockroach_version: Option<String>,
    /// Dedicated: the IPv4 range of the cluster's network
    #[arg(long, value_name = "CIDR", value_parser = crate::validate::cidr)]
    cidr_range: Option<ipnet::IpNet>,
    /// Dedicated: reachable over the internet (PUBLIC) or through private endpoints only (PRIVATE)
    #[arg(long, value_parser = spec_values::crdb_enum("DedicatedClusterCreateSpecification.network_visibility"))]
    network_visibility: Option<String>,
    /// Dedicated: deny outbound traffic except to egress rules' destinations
    #[arg(long)]
    restrict_egress_traffic: bool,
    /// Folder to create the cluster in: its ID, path (/team/prod) or exact name
    #[arg(long, value_name = "FOLDER")]
    folder: Option<String>,
    /// A label KEY=VALUE (repeat for several)
    #[arg(long = "label", value_name = "KEY=VALUE", value_parser = input::label)]
    labels: Vec<(String, String)>,
    /// Whether the cluster refuses to be deleted
    #[arg(long, value_parser = spec_values::crdb_enum("CreateClusterSpecification.delete_protection"))]
    delete_protection: Option<String>,
    #[command(flatten)]
    wait: WaitArgs,
}

#[derive(clap::Args, Debug)]
struct UpdateArgs {
    /// Cluster ID or exact name
    cluster: String,
    /// Dedicated: set a region's node count (REGION:NODES; 0 removes the region, a new name adds one).
    /// Serverless: add a region (REGION). Repeat for several; regions not named stay as they are
    #[arg(long = "region", value_name = "REGION[:NODES]", value_parser = input::region)]
    regions: Vec<RegionArg>,
    /// Serverless: make this region the primary one
    #[arg(long, value_name = "REGION")]
    primary_region: Option<String>,
    #[command(flatten)]
    limits: LimitArgs,
    /// Serverless: how major upgrades are applied
    #[arg(long, value_parser = spec_values::crdb_enum("ServerlessClusterUpdateSpecification.upgrade_type"))]
    upgrade_type: Option<String>,
    /// Dedicated: virtual CPUs per node
    #[arg(long, value_name = "N", value_parser = spec_values::crdb_u32("DedicatedMachineTypeSpecification.num_virtual_cpus"))]
    vcpus: Option<u32>,
    /// Dedicated: storage per node in GiB
    #[arg(long, value_name = "GIB", value_parser = spec_values::crdb_u32("DedicatedHardwareUpdateSpecification.storage_gib"))]
    storage_gib: Option<u32>,
    /// Dedicated: disk IOPS per node
    #[arg(long, value_name = "N", value_parser = spec_values::crdb_u32("DedicatedHardwareUpdateSpecification.disk_iops"))]
    disk_iops: Option<u32>,
    /// Upgrade to this CockroachDB major version (or, while an upgrade awaits finalization, back to the one
    /// before: a rollback)
    #[arg(long = "version", value_name = "VERSION")]
    cockroach_version: Option<String>,
    /// Change the plan (between BASIC and STANDARD)
    #[arg(long, value_parser = spec_values::crdb_enum("UpdateClusterSpecification.plan"))]
    plan: Option<String>,
    /// Set the upgrade status (FINALIZED finalizes a major upgrade pending finalization)
    #[arg(long, value_parser = spec_values::crdb_enum("UpdateClusterSpecification.upgrade_status"))]
    upgrade_status: Option<String>,
    /// Whether the cluster refuses to be deleted
    #[arg(long, value_parser = spec_values::crdb_enum("UpdateClusterSpecification.delete_protection"))]
    delete_protection: Option<String>,
    /// The cluster's labels, KEY=VALUE (repeat for several): they replace all its labels
    #[arg(long = "label", value_name = "KEY=VALUE", value_parser = input::label, conflicts_with = "clear_labels")]
    labels: Vec<(String, String)>,
    /// Remove all the cluster's labels
    #[arg(long)]
    clear_labels: bool,
    /// Move the cluster to this folder: its ID, path or exact name; / for the top
    #[arg(long, value_name = "FOLDER")]
    folder: Option<String>,
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
            let clusters = ctx.cockroach()?.clusters(show_inactive, limit.get());
            ctx.out.list_pages(clusters, COLUMNS).await
        }
        Command::Get { cluster } => {
            let cluster = find_cluster(ctx, &cluster).await?;
            ctx.out.item(&cluster, COLUMNS)
        }
        Command::Create(args) => create(ctx, *args).await,
        Command::Update(args) => update(ctx, *args).await,
        Command::Delete { cluster, wait } => {
            ctx.prompt
                .confirm(&format!("delete cluster {cluster} and all its data"))?;
            let cluster = find_cluster(ctx, &cluster).await?;
            let target = ClusterRef::from(&cluster);
            if wait.wait && cluster.is_locked() {
                waits::until_writable(ctx, &target, &wait).await?;
            }
            let api = ctx.cockroach()?;
            let what = format!("cluster {}", target.name);
            let answer = once::deleted(ctx, &what, || api.delete_cluster(&target.id))
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
            let lost = serde_json::json!({ "id": target.id, "name": target.name });
            report_deleted(ctx, &message, &once::answer_or(answer, lost)?)
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
                    os.as_deref(),
                )
                .await?;
            // The API writes the CA certificate's path with `$HOME` or `%APPDATA%`, which no client expands
            // inside a URL: print the real path, and say how to get the certificate when it is not there.
            let (connection, cert) = crate::connection::real_cert_path(&answer.connection_string);
            if let Some(cert) = cert.filter(|c| !std::path::Path::new(c).exists()) {
                let url = ctx.cockroach_settings().api_url.value;
                ctx.out.status(&format!(
                    "note: the cluster's CA certificate is not at {cert} yet; get it with:\n  \
                     curl --create-dirs -o '{cert}' '{}/clusters/{}/cert'",
                    url.trim_end_matches('/'),
                    cluster.id
                ));
            }
            match ctx.out.format() {
                Format::Table => ctx.out.text(&connection),
                _ => {
                    let mut value = to_json(&answer)?;
                    value["connection_string"] = Value::String(connection);
                    ctx.out.value(&value)
                }
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
                .cluster_nodes(&cluster.id, region.as_deref(), limit.get());
            ctx.out.list_pages(nodes, NODE_COLUMNS).await
        }
    }
}

/// Whether a new cluster runs on dedicated hardware: its plan says so, or, without one, the flags that
/// describe dedicated nodes do.
fn wants_dedicated(args: &CreateArgs) -> bool {
    match &args.plan {
        Some(plan) => plan == DEDICATED_PLAN,
        None => {
            args.regions.iter().any(|r| r.nodes.is_some())
                || args.vcpus.is_some()
                || args.storage_gib.is_some()
        }
    }
}

/// A usage error for a flag given to a cluster of the other kind.
fn other_kind(flag: &str, dedicated_flag: bool, plan: Option<&str>) -> Error {
    let (applies, kind) = if dedicated_flag {
        ("dedicated (ADVANCED) clusters", "serverless")
    } else {
        ("serverless (BASIC and STANDARD) clusters", "dedicated")
    };
    let this = plan.unwrap_or(kind);
    Error::usage(format!(
        "{flag} applies to {applies}, not to {this} clusters"
    ))
}

/// The hardware part of the spec from the flags; a flag of the other kind of cluster is a usage error.
fn create_spec(args: &CreateArgs) -> Result<ClusterSpec> {
    no_duplicate_regions(&args.regions)?;
    let plan = args.plan.as_deref();
    if wants_dedicated(args) {
        let limits = &args.limits;
        for (given, flag) in [
            (args.primary_region.is_some(), "--primary-region"),
            (limits.request_unit_limit.is_some(), "--request-unit-limit"),
            (limits.storage_mib_limit.is_some(), "--storage-mib-limit"),
            (limits.provisioned_vcpus.is_some(), "--provisioned-vcpus"),
            (args.upgrade_type.is_some(), "--upgrade-type"),
            (args.with_empty_ip_allowlist, "--with-empty-ip-allowlist"),
        ] {
            if given {
                return Err(other_kind(flag, false, plan));
            }
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
        return Ok(ClusterSpec::Dedicated {
            region_nodes,
            vcpus,
            storage_gib,
            disk_iops: args.disk_iops,
            version: args.cockroach_version.clone(),
            cidr_range: args.cidr_range.map(|c| c.to_string()),
            network_visibility: args.network_visibility.clone(),
            restrict_egress_traffic: args.restrict_egress_traffic,
        });
    }
    for (given, flag) in [
        (args.vcpus.is_some(), "--vcpus"),
        (args.storage_gib.is_some(), "--storage-gib"),
        (args.disk_iops.is_some(), "--disk-iops"),
        (args.cockroach_version.is_some(), "--version"),
        (args.cidr_range.is_some(), "--cidr-range"),
        (args.network_visibility.is_some(), "--network-visibility"),
        (args.restrict_egress_traffic, "--restrict-egress-traffic"),
    ] {
        if given {
            return Err(other_kind(flag, true, plan));
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
    let regions: Vec<String> = args.regions.iter().map(|r| r.name.clone()).collect();
    let primary_region = match &args.primary_region {
        Some(p) if !regions.contains(p) => {
            return Err(Error::usage(format!(
                "--primary-region {p} is not one of the --region values"
            )));
        }
        Some(p) => Some(p.clone()),
        // A multi-region serverless cluster needs a primary region: the first one given.
        None => (regions.len() > 1).then(|| regions[0].clone()),
    };
    Ok(ClusterSpec::Serverless {
        regions,
        primary_region,
        usage_limits: args.limits.limits(),
        upgrade_type: args.upgrade_type.clone(),
        with_empty_ip_allowlist: args.with_empty_ip_allowlist,
    })
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
    let names: Vec<&str> = args.regions.iter().map(|r| r.name.as_str()).collect();
    crate::cockroach::check_regions(ctx, &args.provider, !wants_dedicated(&args), &names).await?;
    let api = ctx.cockroach()?;
    let parent_id = match &args.folder {
        Some(folder) => Some(crate::cockroach::find_folder_id(ctx, folder).await?),
        None => None,
    };
    let new = NewCluster {
        name: args.name.clone(),
        provider: args.provider.clone(),
        plan: args.plan.clone(),
        spec,
        parent_id,
        labels: args.labels.iter().cloned().collect(),
        delete_protection: args.delete_protection.clone(),
    };
    let mut cluster = once::create_cluster(ctx, api, &new).await?;
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

/// The changes the flags ask for, before the cluster is known (its regions are merged in later).
fn requested_changes(args: &UpdateArgs) -> Result<ClusterChanges> {
    no_duplicate_regions(&args.regions)?;
    let changes = ClusterChanges {
        vcpus: args.vcpus,
        storage_gib: args.storage_gib,
        disk_iops: args.disk_iops,
        primary_region: args.primary_region.clone(),
        usage_limits: args.limits.limits(),
        upgrade_type: args.upgrade_type.clone(),
        version: args.cockroach_version.clone(),
        plan: args.plan.clone(),
        upgrade_status: args.upgrade_status.clone(),
        delete_protection: args.delete_protection.clone(),
        labels: (args.clear_labels || !args.labels.is_empty())
            .then(|| args.labels.iter().cloned().collect()),
        ..ClusterChanges::default()
    };
    if changes.is_empty() && args.regions.is_empty() && args.folder.is_none() {
        return Err(Error::usage(
            "nothing to change: give --region, --vcpus, --storage-gib, --disk-iops, a usage limit, \
             --upgrade-type, --primary-region, --version, --plan, --upgrade-status, --delete-protection, \
             --label, --clear-labels or --folder",
        ));
    }
    let dedicated_regions = args.regions.iter().any(|r| r.nodes.is_some());
    let serverless_regions = args.regions.iter().any(|r| r.nodes.is_none());
    if dedicated_regions && serverless_regions {
        return Err(Error::usage(
            "give every --region with its node count (dedicated: REGION:NODES) or none (serverless: REGION)",
        ));
    }
    if (changes.has_dedicated_changes() || dedicated_regions)
        && (changes.has_serverless_changes() || serverless_regions)
    {
        return Err(Error::usage(
            "--vcpus, --storage-gib, --disk-iops and REGION:NODES (dedicated) cannot be combined with usage \
             limits, --upgrade-type, --primary-region and regions without node counts (serverless)",
        ));
    }
    Ok(changes)
}

async fn update(ctx: &Ctx, args: UpdateArgs) -> Result<()> {
    let mut changes = requested_changes(&args)?;
    let mut cluster = find_cluster(ctx, &args.cluster).await?;
    let target = ClusterRef::from(&cluster);
    if let Some(folder) = &args.folder {
        changes.parent_id = Some(crate::cockroach::find_folder_id(ctx, folder).await?);
    }
    if args.wait.wait && cluster.is_busy() {
        cluster = waits::until_writable(ctx, &target, &args.wait).await?;
    }
    let dedicated_regions = args.regions.iter().any(|r| r.nodes.is_some());
    let serverless_regions = !args.regions.is_empty() && !dedicated_regions;
    let plan = cluster.plan.clone().unwrap_or_default();
    if (changes.has_dedicated_changes() || dedicated_regions) && !cluster.is_dedicated() {
        return Err(Error::usage(format!(
            "cluster {} is a {plan} (serverless) cluster: --vcpus, --storage-gib, --disk-iops and \
             REGION:NODES apply to dedicated clusters",
            target.name
        )));
    }
    if (changes.has_serverless_changes() || serverless_regions) && cluster.is_dedicated() {
        return Err(Error::usage(format!(
            "cluster {} is a {plan} (dedicated) cluster: give its regions as REGION:NODES; usage \
             limits, --upgrade-type and --primary-region apply to serverless clusters",
            target.name
        )));
    }
    // New regions are checked against those the cluster's cloud offers (removed ones need no check).
    let added: Vec<&str> = args
        .regions
        .iter()
        .filter(|r| r.nodes != Some(0))
        .map(|r| r.name.as_str())
        .filter(|n| !cluster.regions.iter().flatten().any(|r| r.name == *n))
        .collect();
    if let Some(provider) = cluster.extra.get("cloud_provider").and_then(Value::as_str) {
        crate::cockroach::check_regions(ctx, provider, !cluster.is_dedicated(), &added).await?;
    }
    if dedicated_regions {
        let region_changes: Vec<(String, u32)> = args
            .regions
            .iter()
            .map(|r| (r.name.clone(), r.nodes.unwrap_or_default()))
            .collect();
        changes.region_nodes =
            Some(merge_region_nodes(&cluster, &region_changes).map_err(Error::usage)?);
    } else if serverless_regions {
        // The API replaces the list: the cluster's regions, then the new ones.
        let mut regions: Vec<String> = cluster
            .regions
            .iter()
            .flatten()
            .map(|r| r.name.clone())
            .collect();
        for r in &args.regions {
            if !regions.contains(&r.name) {
                regions.push(r.name.clone());
            }
        }
        changes.serverless_regions = Some(regions);
    }
    let mut cluster = once::update_cluster(ctx, &target, &changes)
        .await
        .map_err(waits::explain_locked)?;
    if args.wait.wait {
        cluster = waits::until_operation_done(ctx, &target, &args.wait).await?;
        ctx.out
            .status(&format!("Cluster {} is updated.", target.name));
    } else if cluster.is_locked() {
        ctx.out.status(&format!(
            "Updating cluster {}; follow it with `dbcloud crdb cluster get {}` (or pass --wait to wait).",
            target.name, target.id
        ));
    } else {
        ctx.out.status(&format!("Updated cluster {}.", target.name));
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
        let probe = Probe::try_parse_from(
            ["create", "db", "--provider", "GCP"]
                .into_iter()
                .chain(args.iter().copied()),
        )
        .expect("parses");
        create_spec(&probe.args)
    }

    const HARDWARE: [&str; 4] = ["--vcpus", "4", "--storage-gib", "15"];

    fn with(first: &[&'static str], rest: &[&'static str]) -> Vec<&'static str> {
        first.iter().chain(rest).copied().collect()
    }

    #[test]
    fn the_plan_or_the_flags_choose_the_hardware() {
        assert!(matches!(
            spec(&[
                "--plan",
                "basic",
                "--region",
                "us-east1",
                "--request-unit-limit",
                "5"
            ]),
            Ok(ClusterSpec::Serverless { .. })
        ));
        assert!(matches!(
            spec(&with(
                &["--plan", "Advanced", "--region", "us-east1:3"],
                &HARDWARE
            )),
            Ok(ClusterSpec::Dedicated { .. })
        ));
        // Without a plan: node counts and hardware make a dedicated cluster.
        assert!(matches!(
            spec(&with(&["--region", "us-east1:3"], &HARDWARE)),
            Ok(ClusterSpec::Dedicated { .. })
        ));
        assert!(matches!(
            spec(&["--region", "us-east1"]),
            Ok(ClusterSpec::Serverless { .. })
        ));
    }

    #[test]
    fn plans_take_their_own_flags_only() {
        for bad in [
            vec!["--plan", "basic", "--region", "us-east1:3"],
            vec!["--plan", "standard", "--region", "us-east1", "--vcpus", "4"],
            vec![
                "--plan",
                "basic",
                "--region",
                "us-east1",
                "--cidr-range",
                "10.0.0.0/16",
            ],
            with(&["--plan", "advanced", "--region", "us-east1"], &HARDWARE),
            vec![
                "--plan",
                "advanced",
                "--region",
                "us-east1:3",
                "--storage-gib",
                "15",
            ],
            with(&["--plan", "advanced", "--region", "us-east1:0"], &HARDWARE),
            with(
                &[
                    "--plan",
                    "advanced",
                    "--region",
                    "a:3",
                    "--request-unit-limit",
                    "1",
                ],
                &HARDWARE,
            ),
            with(
                &["--plan", "advanced", "--region", "a:3", "--region", "a:1"],
                &HARDWARE,
            ),
            vec!["--region", "a", "--region", "b", "--primary-region", "c"],
        ] {
            assert!(spec(&bad).is_err(), "{bad:?}");
        }
    }

    #[test]
    fn several_serverless_regions_have_a_primary_one() {
        let Ok(ClusterSpec::Serverless { primary_region, .. }) =
            spec(&["--region", "a", "--region", "b"])
        else {
            panic!("serverless")
        };
        assert_eq!(primary_region.as_deref(), Some("a"));
        let Ok(ClusterSpec::Serverless { primary_region, .. }) =
            spec(&["--region", "a", "--region", "b", "--primary-region", "b"])
        else {
            panic!("serverless")
        };
        assert_eq!(primary_region.as_deref(), Some("b"));
    }
}
