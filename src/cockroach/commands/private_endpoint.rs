//! `dbcloud crdb private-endpoint`: private endpoint services of a cluster (one per region, created by
//! CockroachDB Cloud) and the connections of your cloud endpoints to them.

use clap::Subcommand;
use serde_json::Value;

use super::common::{ClusterArg, report_deleted};
use crate::cockroach::api::networking::{PrivateEndpointConnection, PrivateEndpointService};
use crate::cockroach::{ClusterRef, once, waits};
use crate::context::Ctx;
use crate::error::{Error, Result};
use crate::output::{Column, lookup};
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
    /// The endpoint services of the cluster's regions
    Service(ServiceArgs),
    /// Connections of your cloud endpoints to the services
    Connection(ConnectionArgs),
    /// Cloud accounts whose private endpoints the services trust
    TrustedOwner(super::trusted_owner::Args),
}

#[derive(clap::Args, Debug)]
struct ServiceArgs {
    #[command(subcommand)]
    command: ServiceCommand,
}

#[derive(Subcommand, Debug)]
enum ServiceCommand {
    /// List the private endpoint services of a cluster
    #[command(after_help = "Example:\n  dbcloud crdb private-endpoint service list -c analytics")]
    List,
    /// Create the private endpoint services of every region of a cluster
    #[command(after_help = "\
Example:
  dbcloud crdb private-endpoint service create -c analytics --wait

With --wait, returns once every service is AVAILABLE; then connect your endpoints with
`dbcloud crdb private-endpoint connection add ENDPOINT_ID -c CLUSTER`.")]
    Create {
        #[command(flatten)]
        wait: WaitArgs,
    },
}

#[derive(clap::Args, Debug)]
struct ConnectionArgs {
    #[command(subcommand)]
    command: ConnectionCommand,
}

#[derive(Subcommand, Debug)]
enum ConnectionCommand {
    /// List the private endpoint connections of a cluster (on AWS: with their acceptance status and owner)
    #[command(
        after_help = "Example:\n  dbcloud crdb private-endpoint connection list -c analytics"
    )]
    List,
    /// Accept the connection of an endpoint on an AWS cluster's endpoint service
    #[command(after_help = "\
Example:
  dbcloud crdb private-endpoint connection accept vpce-0a1b2c3d4e5f67890 -c analytics --wait

With --wait, returns once the connection is AVAILABLE.")]
    Accept {
        /// The endpoint's ID in AWS (vpce-...)
        #[arg(value_parser = crate::validate::name)]
        endpoint_id: String,
        #[command(flatten)]
        wait: WaitArgs,
    },
    /// Reject the connection of an endpoint on an AWS cluster's endpoint service (asks first)
    #[command(after_help = "\
Example:
  dbcloud crdb private-endpoint connection reject vpce-0a1b2c3d4e5f67890 -c analytics --yes")]
    Reject {
        /// The endpoint's ID in AWS (vpce-...)
        #[arg(value_parser = crate::validate::name)]
        endpoint_id: String,
        #[command(flatten)]
        wait: WaitArgs,
    },
    /// Connect one of your cloud endpoints to the cluster's endpoint service
    #[command(after_help = "\
Example:
  dbcloud crdb private-endpoint connection add vpce-0a1b2c3d4e5f67890 -c analytics --wait

The endpoint is created in your own cloud account first (AWS: an interface VPC endpoint to the service
name shown by `dbcloud crdb private-endpoint service list`).")]
    Add {
        /// The endpoint's ID in your cloud provider (AWS: vpce-..., GCP: the endpoint name)
        #[arg(value_parser = crate::validate::name)]
        endpoint_id: String,
        #[command(flatten)]
        wait: WaitArgs,
    },
    /// Disconnect an endpoint from the cluster
    #[command(after_help = "\
Example:
  dbcloud crdb private-endpoint connection delete vpce-0a1b2c3d4e5f67890 -c analytics --yes")]
    Delete {
        /// The endpoint's ID in your cloud provider
        #[arg(value_parser = crate::validate::name)]
        endpoint_id: String,
        #[command(flatten)]
        wait: WaitArgs,
    },
}

const SERVICE_COLUMNS: &[Column] = &[
    Column::field("REGION", "region_name"),
    Column::field("PROVIDER", "cloud_provider"),
    Column::computed("STATUS", status),
    Column::computed("SERVICE", service_name),
];

const CONNECTION_COLUMNS: &[Column] = &[
    Column::field("ENDPOINT ID", "endpoint_id"),
    Column::field("REGION", "region_name"),
    Column::field("PROVIDER", "cloud_provider"),
    Column::computed("STATUS", status),
    Column::field("SERVICE", "service_name"),
];

fn status(item: &Value) -> String {
    item.get("status")
        .and_then(Value::as_str)
        .map(|s| waits::bare_status(s).to_string())
        .unwrap_or_default()
}

/// What an endpoint connects to: the service's `name` (the AWS service name, the GCP service attachment
/// or the Azure alias; older API versions had them under `aws`, `gcp` and `azure`).
fn service_name(item: &Value) -> String {
    [
        "name",
        "aws.service_name",
        "gcp.service_attachment",
        "azure.alias",
    ]
    .iter()
    .find_map(|path| lookup(item, path).and_then(Value::as_str))
    .unwrap_or_default()
    .to_string()
}

/// The status of a set of services: a failed one, else one not yet available, else AVAILABLE.
fn overall_status(services: &[PrivateEndpointService]) -> String {
    let statuses: Vec<&str> = services
        .iter()
        .filter_map(|s| s.status.as_deref())
        .collect();
    statuses
        .iter()
        .find(|s| waits::is_failed_status(s))
        .or_else(|| {
            statuses
                .iter()
                .find(|s| waits::bare_status(s) != "AVAILABLE")
        })
        .map(|s| s.to_string())
        .unwrap_or_default()
}

pub async fn run(ctx: &Ctx, args: Args) -> Result<()> {
    let reference = args.cluster.reference(ctx)?;
    match &args.command {
        Command::Connection(ConnectionArgs {
            command: ConnectionCommand::Delete { endpoint_id, .. },
        }) => ctx.prompt.confirm(&format!(
            "disconnect private endpoint {endpoint_id} from cluster {reference}"
        ))?,
        Command::Connection(ConnectionArgs {
            command: ConnectionCommand::Reject { endpoint_id, .. },
        }) => ctx.prompt.confirm(&format!(
            "reject the connection of private endpoint {endpoint_id} to cluster {reference}"
        ))?,
        Command::TrustedOwner(owners) => super::trusted_owner::confirm(ctx, &reference, owners)?,
        _ => {}
    }
    let cluster = args.cluster.resolve(ctx).await?;
    match args.command {
        Command::Service(ServiceArgs { command }) => service(ctx, &cluster, command).await,
        Command::Connection(ConnectionArgs { command }) => connection(ctx, &cluster, command).await,
        Command::TrustedOwner(owners) => super::trusted_owner::run(ctx, &cluster, owners).await,
    }
}

async fn service(ctx: &Ctx, cluster: &ClusterRef, command: ServiceCommand) -> Result<()> {
    let api = ctx.cockroach()?;
    match command {
        ServiceCommand::List => {
            let services = api.private_endpoint_services(&cluster.id);
            ctx.out.list_pages(services, SERVICE_COLUMNS).await
        }
        ServiceCommand::Create { wait } => {
            // Read back: one service per region, there or not.
            let what = format!("the private endpoint services of cluster {}", cluster.name);
            let mut services = once::write(
                ctx,
                cluster,
                &wait,
                &what,
                || api.create_private_endpoint_services(&cluster.id),
                || async {
                    let services = api.private_endpoint_services(&cluster.id).await?;
                    Ok((!services.is_empty()).then_some(services))
                },
            )
            .await?
            .into_inner();
            if wait.wait {
                let what = format!(
                    "the private endpoint services of cluster {} to be available",
                    cluster.name
                );
                services = waits::until_status(ctx, &wait, &what, "AVAILABLE", || async {
                    let services = api.private_endpoint_services(&cluster.id).await?;
                    let status = overall_status(&services);
                    Ok((services, status))
                })
                .await?;
                ctx.out.status(&format!(
                    "The private endpoint services of cluster {} are available.",
                    cluster.name
                ));
            } else {
                ctx.out.status(&format!(
                    "Creating the private endpoint services of cluster {}; follow them with `dbcloud crdb private-endpoint service list -c {}`.",
                    cluster.name, cluster.id
                ));
            }
            ctx.out.list(&services, SERVICE_COLUMNS)
        }
    }
}

async fn connection(ctx: &Ctx, cluster: &ClusterRef, command: ConnectionCommand) -> Result<()> {
    let api = ctx.cockroach()?;
    match command {
        ConnectionCommand::List => {
            // An AWS cluster's connections as the current API lists them.
            if let Some(aws) = super::aws_connection::current_list(ctx, cluster).await? {
                return ctx.out.list(&aws, super::aws_connection::COLUMNS);
            }
            let connections = api.private_endpoint_connections(&cluster.id);
            ctx.out.list_pages(connections, CONNECTION_COLUMNS).await
        }
        ConnectionCommand::Accept { endpoint_id, wait } => {
            super::aws_connection::set(ctx, cluster, &endpoint_id, true, &wait).await
        }
        ConnectionCommand::Reject { endpoint_id, wait } => {
            super::aws_connection::set(ctx, cluster, &endpoint_id, false, &wait).await
        }
        ConnectionCommand::Add { endpoint_id, wait } => {
            // Without services there is nothing to connect to; the API's refusal would read like a lock.
            if api.private_endpoint_services(&cluster.id).await?.is_empty() {
                return Err(Error::Conflict(format!(
                    "cluster {} has no private endpoint services to connect to",
                    cluster.name
                ))
                .with_hint(format!(
                    "create them first with `dbcloud crdb private-endpoint service create -c {} --wait`",
                    cluster.id
                )));
            }
            // Read back by the endpoint's ID.
            let what = format!("the connection of private endpoint {endpoint_id}");
            let mut added = once::write(
                ctx,
                cluster,
                &wait,
                &what,
                || api.add_private_endpoint_connection(&cluster.id, &endpoint_id),
                || async {
                    let all = api.private_endpoint_connections(&cluster.id).await?;
                    let same = |c: &PrivateEndpointConnection| {
                        c.endpoint_id.as_deref() == Some(endpoint_id.as_str())
                    };
                    once::found(all, same, &what)
                },
            )
            .await?
            .into_inner();
            if wait.wait {
                let what = format!("private endpoint {endpoint_id} to be available");
                added = waits::until_status(ctx, &wait, &what, "AVAILABLE", || async {
                    let found = find_connection(ctx, cluster, &endpoint_id).await?;
                    let status = found.status.clone().unwrap_or_default();
                    Ok((found, status))
                })
                .await?;
            }
            ctx.out.status(&format!(
                "Connected private endpoint {endpoint_id} to cluster {}.",
                cluster.name
            ));
            ctx.out.item(&added, CONNECTION_COLUMNS)
        }
        ConnectionCommand::Delete { endpoint_id, wait } => {
            let what = format!("the connection of private endpoint {endpoint_id}");
            let removed = once::delete(ctx, cluster, &wait, &what, || {
                api.delete_private_endpoint_connection(&cluster.id, &endpoint_id)
            })
            .await?;
            report_deleted(
                ctx,
                &format!(
                    "Disconnected private endpoint {endpoint_id} from cluster {}.",
                    cluster.name
                ),
                &once::answer_or(removed, serde_json::json!({ "endpoint_id": endpoint_id }))?,
            )
        }
    }
}

/// The spec has no GET of one connection: it is found in the list.
async fn find_connection(
    ctx: &Ctx,
    cluster: &ClusterRef,
    endpoint_id: &str,
) -> Result<PrivateEndpointConnection> {
    ctx.cockroach()?
        .private_endpoint_connections(&cluster.id)
        .await?
        .into_iter()
        .find(|c| c.endpoint_id.as_deref() == Some(endpoint_id))
        .ok_or_else(|| {
            Error::NotFound(format!(
                "private endpoint {endpoint_id} is no longer connected to cluster {}",
                cluster.name
            ))
        })
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn service_names_of_each_provider() {
        assert_eq!(
            service_name(&json!({"name": "projects/p/regions/r/serviceAttachments/a"})),
            "projects/p/regions/r/serviceAttachments/a"
        );
        assert_eq!(
            service_name(&json!({"aws": {"service_name": "com.amazonaws.vpce.x"}})),
            "com.amazonaws.vpce.x"
        );
        assert_eq!(
            service_name(&json!({"gcp": {"service_attachment": "projects/p"}})),
            "projects/p"
        );
        assert_eq!(service_name(&json!({})), "");
    }

    #[test]
    fn overall_status_waits_for_every_region() {
        let services = |statuses: &[&str]| -> Vec<PrivateEndpointService> {
            statuses
                .iter()
                .map(|s| serde_json::from_value(json!({"status": s})).unwrap())
                .collect()
        };
        let (available, creating, failed) = ("AVAILABLE", "CREATING", "CREATE_FAILED");
        assert_eq!(overall_status(&services(&[available, available])), "");
        assert_eq!(overall_status(&services(&[available, creating])), creating);
        assert_eq!(overall_status(&services(&[creating, failed])), failed);
        // The prefixed statuses of older API versions.
        let old = "ENDPOINT_SERVICE_STATUS_AVAILABLE";
        assert_eq!(overall_status(&services(&[old, creating])), creating);
    }
}
