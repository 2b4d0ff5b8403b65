//! `dbcloud crdb`: CockroachDB Cloud.

pub mod api;
mod commands;
pub(crate) mod input;
pub(crate) mod once;
pub(crate) mod waits;

use clap::Subcommand;

use crate::cli::Lazy;
use crate::context::Ctx;
use crate::error::Result;
use api::Cluster;

#[derive(clap::Args, Debug)]
pub struct Args {
    /// API base URL (or COCKROACH_SERVER) [default: https://cockroachlabs.cloud]
    #[arg(long, global = true, value_name = "URL")]
    pub api_url: Option<String>,
    #[command(subcommand)]
    pub command: Command,
}

#[derive(Subcommand, Debug)]
pub enum Command {
    /// The organization the API key belongs to
    Org(Lazy<commands::org::Args>),
    /// Clusters: list, create, inspect, scale, delete, connect
    Cluster(Lazy<commands::cluster::Args>),
    /// Regions where clusters can be created
    Regions(Lazy<commands::regions::Args>),
    /// Major CockroachDB versions clusters can run
    Versions(Lazy<commands::versions::Args>),
    /// Databases of a cluster
    Database(Lazy<commands::database::Args>),
    /// SQL users of a cluster
    SqlUser(Lazy<commands::sql_user::Args>),
    /// IP allowlist of a cluster
    Allowlist(Lazy<commands::allowlist::Args>),
    /// Backups of a cluster and their configuration
    Backup(Lazy<commands::backup::Args>),
    /// Restores of a cluster from its backups
    Restore(Lazy<commands::restore::Args>),
    /// API keys of the organization's service accounts
    ApiKey(Lazy<commands::api_key::Args>),
    /// Service accounts: the organization's machine users
    ServiceAccount(Lazy<commands::service_account::Args>),
    /// Folders that organize clusters
    Folder(Lazy<commands::folder::Args>),
    /// Role grants of users and service accounts
    Role(Lazy<commands::role::Args>),
    /// Person users of the organization
    User(Lazy<commands::user::Args>),
    /// Invoices of the organization
    Invoice(Lazy<commands::invoice::Args>),
    /// The organization's audit log
    AuditLog(Lazy<commands::audit_log::Args>),
    /// JWT issuers whose tokens the clusters accept
    JwtIssuer(Lazy<commands::jwt_issuer::Args>),
    /// Private endpoint services and connections of a cluster
    PrivateEndpoint(Lazy<commands::private_endpoint::Args>),
    /// Outbound traffic rules of a cluster
    EgressRule(Lazy<commands::egress_rule::Args>),
    /// Export of a dedicated cluster's logs
    LogExport(Lazy<commands::log_export::Args>),
    /// Export of a dedicated cluster's metrics (CloudWatch, Datadog, Prometheus)
    MetricExport(Lazy<commands::metric_export::Args>),
    /// Customer-managed encryption keys of a dedicated cluster
    Cmek(Lazy<commands::cmek::Args>),
    /// The weekly maintenance window of a cluster
    MaintenanceWindow(Lazy<commands::maintenance_window::Args>),
    /// Deferral of automatic version upgrades of a cluster
    VersionDeferral(Lazy<commands::version_deferral::Args>),
    /// SCIM 2.0 users and groups of the organization, and the SCIM discovery documents
    Scim(Lazy<commands::scim::Args>),
    /// Physical replication streams from a primary cluster to a standby, and failover
    Replication(Lazy<commands::replication::Args>),
    /// Periods in which a cluster's nodes are not restarted for maintenance
    BlackoutWindow(Lazy<commands::blackout_window::Args>),
    /// The CA certificate whose client certificates may log in to a cluster
    ClientCaCert(Lazy<commands::client_ca_cert::Args>),
    /// Disruption drills: regions, zones or nodes of a cluster made unavailable on purpose
    Disruption(Lazy<commands::disruption::Args>),
    /// Egress private endpoints: private connections from a cluster to your services
    EgressEndpoint(Lazy<commands::egress_endpoint::Args>),
}

pub async fn run(ctx: &Ctx, command: Command) -> Result<()> {
    match command {
        Command::Org(args) => commands::org::run(ctx, args.0).await,
        Command::Cluster(args) => commands::cluster::run(ctx, args.0).await,
        Command::Regions(args) => commands::regions::run(ctx, args.0).await,
        Command::Versions(args) => commands::versions::run(ctx, args.0).await,
        Command::Database(args) => commands::database::run(ctx, args.0).await,
        Command::SqlUser(args) => commands::sql_user::run(ctx, args.0).await,
        Command::Allowlist(args) => commands::allowlist::run(ctx, args.0).await,
        Command::Backup(args) => commands::backup::run(ctx, args.0).await,
        Command::Restore(args) => commands::restore::run(ctx, args.0).await,
        Command::ApiKey(args) => commands::api_key::run(ctx, args.0).await,
        Command::ServiceAccount(args) => commands::service_account::run(ctx, args.0).await,
        Command::Folder(args) => commands::folder::run(ctx, args.0).await,
        Command::Role(args) => commands::role::run(ctx, args.0).await,
        Command::User(args) => commands::user::run(ctx, args.0).await,
        Command::Invoice(args) => commands::invoice::run(ctx, args.0).await,
        Command::AuditLog(args) => commands::audit_log::run(ctx, args.0).await,
        Command::JwtIssuer(args) => commands::jwt_issuer::run(ctx, args.0).await,
        Command::PrivateEndpoint(args) => commands::private_endpoint::run(ctx, args.0).await,
        Command::EgressRule(args) => commands::egress_rule::run(ctx, args.0).await,
        Command::LogExport(args) => commands::log_export::run(ctx, args.0).await,
        Command::MetricExport(args) => commands::metric_export::run(ctx, args.0).await,
        Command::Cmek(args) => commands::cmek::run(ctx, args.0).await,
        Command::MaintenanceWindow(args) => commands::maintenance_window::run(ctx, args.0).await,
        Command::VersionDeferral(args) => commands::version_deferral::run(ctx, args.0).await,
        Command::Scim(args) => commands::scim::run(ctx, args.0).await,
        Command::Replication(args) => commands::replication::run(ctx, args.0).await,
        Command::BlackoutWindow(args) => commands::blackout_window::run(ctx, args.0).await,
        Command::ClientCaCert(args) => commands::client_ca_cert::run(ctx, args.0).await,
        Command::Disruption(args) => commands::disruption::run(ctx, args.0).await,
        Command::EgressEndpoint(args) => commands::egress_endpoint::run(ctx, args.0).await,
    }
}

/// A cluster by ID, or by exact name among the active clusters (several: a usage error listing them).
pub async fn find_cluster(ctx: &Ctx, reference: &str) -> Result<Cluster> {
    let api = ctx.cockroach()?;
    if crate::validate::is_uuid(reference) {
        return api.cluster(reference).await;
    }
    let matches: Vec<Cluster> = api
        .clusters(false, None)
        .await?
        .into_iter()
        .filter(|c| c.name == reference)
        .collect();
    crate::lookup::one_match(
        matches,
        || format!("no cluster with ID or name '{reference}'"),
        |n| format!("{n} clusters are named '{reference}'; use the ID"),
        |c| format!("{}  {}", c.id, c.state()),
    )
}

/// A cluster a command acts on: its ID, and the name used in messages.
#[derive(Clone, Debug)]
pub struct ClusterRef {
    pub id: String,
    pub name: String,
}

impl From<&Cluster> for ClusterRef {
    fn from(c: &Cluster) -> ClusterRef {
        ClusterRef {
            id: c.id.clone(),
            name: c.name.clone(),
        }
    }
}

/// An ID is taken as it is (no request); a name costs one list of the clusters.
pub async fn resolve_cluster(ctx: &Ctx, reference: &str) -> Result<ClusterRef> {
    if crate::validate::is_uuid(reference) {
        return Ok(ClusterRef {
            id: reference.to_string(),
            name: reference.to_string(),
        });
    }
    find_cluster(ctx, reference)
        .await
        .map(|c| ClusterRef::from(&c))
}

/// A folder's ID from its ID, its path (`/team/prod`) or its exact name (one list of the folders). `/` is the
/// top of the tree ([`api::org::ROOT_FOLDER`]).
pub async fn find_folder_id(ctx: &Ctx, reference: &str) -> Result<String> {
    if crate::validate::is_uuid(reference) {
        return Ok(reference.to_string());
    }
    if is_root_folder(reference) {
        return Ok(api::org::ROOT_FOLDER.to_string());
    }
    let wanted = reference.trim_matches('/');
    let by_path = reference.contains('/');
    let matches: Vec<_> = ctx
        .cockroach()?
        .folders(None, None)
        .await?
        .into_iter()
        .filter(|f| {
            if by_path {
                f.absolute_path().trim_matches('/') == wanted
            } else {
                f.name == reference || f.resource_id == reference
            }
        })
        .collect();
    crate::lookup::one_match(
        matches,
        || format!("no folder with ID, path or name '{reference}'"),
        |n| format!("{n} folders are named '{reference}'; use the path or the ID"),
        |f| format!("{}  {}", f.resource_id, f.absolute_path()),
    )
    .map(|f| f.resource_id)
}

/// `/` (or `//`): the top of the folder tree, which holds folders but is not one.
pub fn is_root_folder(reference: &str) -> bool {
    !reference.is_empty() && reference.trim_matches('/').is_empty()
}

/// A region the CockroachDB API publishes (`/api/v1/clusters/available-regions`).
#[derive(Clone, Debug, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct PublishedRegion {
    pub provider: String,
    pub name: String,
    /// Whether serverless clusters may use it (dedicated ones may use all).
    pub serverless: bool,
}

impl PublishedRegion {
    /// The names of the regions of `provider` (any case) that a serverless or dedicated cluster may use.
    pub fn usable<'a>(
        regions: &'a [PublishedRegion],
        provider: &str,
        serverless: bool,
    ) -> Vec<&'a str> {
        regions
            .iter()
            .filter(|r| r.provider.eq_ignore_ascii_case(provider) && (r.serverless || !serverless))
            .map(|r| r.name.as_str())
            .collect()
    }
}

/// The regions the CockroachDB API publishes, every cloud's: one request, cached a day per API (its base URL
/// as the client sends to it), and shared by `crdb cluster create`'s check and `plan`'s. None when they
/// cannot be had, which leaves the check to the server.
pub async fn published_regions(api: &api::Api) -> Vec<PublishedRegion> {
    let key = format!("crdb-regions {}", api.client().base_url());
    if let Some(cached) = crate::cache::get(&key, crate::cache::REGIONS_TTL)
        .and_then(|v| serde_json::from_value::<Vec<PublishedRegion>>(v).ok())
        .filter(|r| !r.is_empty())
    {
        return cached;
    }
    let Ok(listed) = api.available_regions(None, None, None).await else {
        return Vec::new();
    };
    let regions: Vec<PublishedRegion> = listed
        .into_iter()
        .filter_map(|r| {
            Some(PublishedRegion {
                provider: r.extra.get("provider")?.as_str()?.to_string(),
                serverless: r.extra.get("serverless").and_then(|s| s.as_bool()) == Some(true),
                name: r.name,
            })
        })
        .collect();
    if !regions.is_empty()
        && let Ok(v) = serde_json::to_value(&regions)
    {
        crate::cache::put(&key, &v);
    }
    regions
}

/// Checks region names against the regions the API publishes for a cloud (and for serverless or dedicated
/// clusters), so that a typo is exit 2 naming the flag before anything is written ([`published_regions`]).
pub async fn check_regions(
    ctx: &Ctx,
    provider: &str,
    serverless: bool,
    names: &[&str],
) -> Result<()> {
    if names.is_empty() {
        return Ok(());
    }
    let published = published_regions(ctx.cockroach()?).await;
    let known = PublishedRegion::usable(&published, provider, serverless);
    if known.is_empty() {
        return Ok(());
    }
    if let Some(bad) = names.iter().find(|n| !known.contains(n)) {
        let kind = if serverless {
            "serverless"
        } else {
            "dedicated"
        };
        return Err(crate::error::Error::usage(format!(
            "invalid value '{bad}' for '--region': not a {kind} region of {provider}; its regions: {}",
            known.join(", ")
        )));
    }
    Ok(())
}
