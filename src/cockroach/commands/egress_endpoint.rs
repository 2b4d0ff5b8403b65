//! `dbcloud crdb egress-endpoint`: egress private endpoints, the private connections from an ADVANCED
//! cluster to your own services (a VPC endpoint service, a GCP service attachment, an Azure private link
//! service) or to an Amazon MSK cluster, and the domain names the cluster resolves to them.

use clap::Subcommand;

use super::common::{ClusterArg, LimitArg, report_deleted};
use crate::cockroach::api::private_links::{EgressEndpoint, NewEgressEndpoint};
use crate::cockroach::{ClusterRef, once, waits};
use crate::confirm;
use crate::context::Ctx;
use crate::error::{Error, ExitCode, Result};
use crate::output::Column;
use crate::spec_values;
use crate::wait::{self, Poll, Settings, WaitArgs};

#[derive(clap::Args, Debug)]
pub struct Args {
    #[command(flatten)]
    cluster: ClusterArg,
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand, Debug)]
enum Command {
    /// List the egress private endpoints of a cluster
    #[command(after_help = "Example:\n  dbcloud crdb egress-endpoint list -c orders")]
    List {
        #[command(flatten)]
        limit: LimitArg,
    },
    /// Show an egress private endpoint
    #[command(
        after_help = "Example:\n  dbcloud crdb egress-endpoint get 0d7c4b2a-9e1f-4a3b-8c5d-6e7f8a9b0c1d -c orders"
    )]
    Get {
        /// Endpoint ID
        #[arg(value_parser = crate::validate::id)]
        id: String,
    },
    /// Connect the cluster privately to a service of yours
    #[command(after_help = "\
Examples:
  dbcloud crdb egress-endpoint create -c orders --region us-east-1 \\
      --target-service com.amazonaws.vpce.us-east-1.vpce-svc-0123456789abcdef0 --wait
  dbcloud crdb egress-endpoint create -c orders --region us-east-1 --target-type msk_sasl_iam \\
      --target-service arn:aws:kafka:us-east-1:123456789012:cluster/events/0a1b2c3d

The target is the service name (AWS), service attachment (GCP), private link service (Azure)
or MSK cluster ARN. With --wait, returns once the endpoint is AVAILABLE; FAILED, REJECTED or
EXPIRED is exit 1.")]
    Create {
        /// The cluster region to create the endpoint in
        #[arg(long, value_parser = crate::validate::name)]
        region: String,
        /// What the endpoint connects to
        #[arg(long = "target-service", value_name = "ID", value_parser = crate::validate::id)]
        target_service: String,
        /// The kind of target
        #[arg(long = "target-type", value_name = "TYPE", default_value = "PRIVATE_SERVICE",
              value_parser = spec_values::crdb_enum(
                  "CockroachCloud_CreateEgressPrivateEndpoint.body.target_service_type"))]
        target_type: String,
        #[command(flatten)]
        wait: WaitArgs,
    },
    /// Set the domain names the cluster resolves to the endpoint (replacing its current ones)
    #[command(after_help = "\
Examples:
  dbcloud crdb egress-endpoint update 0d7c4b2a-9e1f-4a3b-8c5d-6e7f8a9b0c1d -c orders \\
      --domain-name kafka.internal.example.com --wait
  dbcloud crdb egress-endpoint update 0d7c4b2a-9e1f-4a3b-8c5d-6e7f8a9b0c1d -c orders \\
      --clear-domain-names

The endpoint must be AVAILABLE (with --wait, it is waited for). With --wait, returns once the
names are AVAILABLE.")]
    Update {
        /// Endpoint ID
        #[arg(value_parser = crate::validate::id)]
        id: String,
        /// A domain name (repeatable); together they replace the endpoint's names
        #[arg(long = "domain-name", value_name = "NAME", value_parser = crate::cockroach::input::fqdn,
              required_unless_present = "clear_domain_names")]
        domain_names: Vec<String>,
        /// Remove every domain name of the endpoint
        #[arg(long, conflicts_with = "domain_names")]
        clear_domain_names: bool,
        #[command(flatten)]
        wait: WaitArgs,
    },
    /// Delete an egress private endpoint (asks first)
    #[command(
        after_help = "Example:\n  dbcloud crdb egress-endpoint delete 0d7c4b2a-9e1f-4a3b-8c5d-6e7f8a9b0c1d -c orders --yes --wait"
    )]
    Delete {
        /// Endpoint ID
        #[arg(value_parser = crate::validate::id)]
        id: String,
        #[command(flatten)]
        wait: WaitArgs,
    },
}

const COLUMNS: &[Column] = &[
    Column::field("ID", "id"),
    Column::field("REGION", "region"),
    Column::field("TYPE", "target_service_type"),
    Column::field("TARGET", "target_service_identifier"),
    Column::field("STATE", "state"),
    Column::field("ADDRESS", "endpoint_address"),
    Column::field("DOMAIN NAMES", "domain_names"),
];

const ITEM_COLUMNS: &[Column] = &[
    Column::field("ID", "id"),
    Column::field("REGION", "region"),
    Column::field("TYPE", "target_service_type"),
    Column::field("TARGET", "target_service_identifier"),
    Column::field("STATE", "state"),
    Column::field("CONNECTION", "endpoint_connection_id"),
    Column::field("ADDRESS", "endpoint_address"),
    Column::field("DOMAIN NAMES", "domain_names"),
    Column::field("DOMAIN NAMES STATE", "domain_names_state"),
];

pub async fn run(ctx: &Ctx, args: Args) -> Result<()> {
    let reference = args.cluster.reference(ctx)?;
    if let Command::Delete { id, .. } = &args.command {
        ctx.prompt.confirm(&format!(
            "delete egress private endpoint {id} of cluster {reference}"
        ))?;
    }
    let cluster = args.cluster.resolve(ctx).await?;
    let api = ctx.cockroach()?;
    match args.command {
        Command::List { limit } => {
            let endpoints = api.egress_endpoints(&cluster.id, limit.get());
            ctx.out.list_pages(endpoints, COLUMNS).await
        }
        Command::Get { id } => {
            let endpoint = api.egress_endpoint(&cluster.id, &id).await?;
            ctx.out.item(&endpoint, ITEM_COLUMNS)
        }
        Command::Create {
            region,
            target_service,
            target_type,
            wait,
        } => {
            let new = NewEgressEndpoint {
                region,
                target_service_identifier: target_service,
                target_service_type: target_type,
            };
            // One endpoint per target and region: read back by them.
            let what = format!(
                "the egress private endpoint to {} in {}",
                new.target_service_identifier, new.region
            );
            let mut endpoint = once::write(
                ctx,
                &cluster,
                &wait,
                &what,
                || api.create_egress_endpoint(&cluster.id, &new),
                || async {
                    let all = api.egress_endpoints(&cluster.id, None).await?;
                    let text = |e: &EgressEndpoint, k: &str| {
                        e.extra.get(k).and_then(|v| v.as_str()).map(str::to_string)
                    };
                    let same = |e: &EgressEndpoint| {
                        text(e, "region").as_deref() == Some(new.region.as_str())
                            && text(e, "target_service_identifier").as_deref()
                                == Some(new.target_service_identifier.as_str())
                            && e.state.as_deref() != Some("DELETING")
                    };
                    once::found(all, same, &what)
                },
            )
            .await?
            .into_inner();
            if wait.wait {
                endpoint = until_available(ctx, &cluster, &endpoint.id, &wait).await?;
            }
            ctx.out.status(&format!(
                "Created egress private endpoint {} on cluster {} ({}).",
                endpoint.id,
                cluster.name,
                endpoint.state.as_deref().unwrap_or("state unknown")
            ));
            ctx.out.item(&endpoint, ITEM_COLUMNS)
        }
        Command::Update {
            id,
            domain_names,
            clear_domain_names: _,
            wait,
        } => {
            if wait.wait {
                waits::until_writable(ctx, &cluster, &wait).await?;
                until_available(ctx, &cluster, &id, &wait).await?;
            }
            // The whole list of names: a repeat sets the same.
            let what = format!("the domain names of egress private endpoint {id}");
            let mut endpoint = confirm::repeat(ctx, &what, || {
                api.set_egress_endpoint_domain_names(&cluster.id, &id, &domain_names)
            })
            .await
            .map_err(explain)?;
            if wait.wait {
                let done = if domain_names.is_empty() {
                    "EMPTY"
                } else {
                    "AVAILABLE"
                };
                let what = format!("the domain names of egress private endpoint {id} to be {done}");
                endpoint = waits::until_status(ctx, &wait, &what, done, || async {
                    let e = api.egress_endpoint(&cluster.id, &id).await?;
                    let state = e.domain_names_state.clone().unwrap_or_default();
                    Ok((e, state))
                })
                .await?;
            }
            ctx.out.status(&format!(
                "Set the domain names of egress private endpoint {id} of cluster {}.",
                cluster.name
            ));
            ctx.out.item(&endpoint, ITEM_COLUMNS)
        }
        Command::Delete { id, wait } => {
            let what = format!("egress private endpoint {id}");
            let answer = once::delete(ctx, &cluster, &wait, &what, || {
                api.delete_egress_endpoint(&cluster.id, &id)
            })
            .await?;
            if wait.wait {
                until_deleted(ctx, &cluster, &id, &wait).await?;
            }
            report_deleted(
                ctx,
                &format!(
                    "Deleted egress private endpoint {id} of cluster {}.",
                    cluster.name
                ),
                &answer.unwrap_or_else(|| serde_json::json!({ "id": id })),
            )
        }
    }
}

/// A refusal because the cluster is locked gets the hint to wait; one because the endpoint is not
/// AVAILABLE yet is shown as it is.
fn explain(err: Error) -> Error {
    let locked = err
        .api()
        .is_some_and(|a| a.message.to_ascii_lowercase().contains("lock"));
    if locked {
        waits::explain_locked(err)
    } else {
        err
    }
}

/// Until the endpoint is AVAILABLE; FAILED, REJECTED or EXPIRED ends it with an error.
async fn until_available(
    ctx: &Ctx,
    cluster: &ClusterRef,
    id: &str,
    wait: &WaitArgs,
) -> Result<EgressEndpoint> {
    let api = ctx.cockroach()?;
    let what = format!("egress private endpoint {id} to be available");
    waits::until_status(ctx, wait, &what, "AVAILABLE", || async {
        let e = api.egress_endpoint(&cluster.id, id).await?;
        let state = e.state.clone().unwrap_or_default();
        Ok((e, state))
    })
    .await
}

/// Until GET answers 404 (or the endpoint shows DELETED).
async fn until_deleted(ctx: &Ctx, cluster: &ClusterRef, id: &str, args: &WaitArgs) -> Result<()> {
    let api = ctx.cockroach()?;
    let what = format!("egress private endpoint {id} to be deleted");
    let cluster_id = cluster.id.as_str();
    wait::until(
        &ctx.out,
        &Settings::new(args, waits::SETTING_TIMEOUT),
        &what,
        || async move {
            match api.egress_endpoint(cluster_id, id).await {
                Ok(e) if e.state.as_deref() == Some("DELETED") => Ok(Poll::Done(())),
                Ok(e) => Ok(Poll::Pending(e.state.unwrap_or_default())),
                Err(e) if e.exit_code() == ExitCode::NotFound => Ok(Poll::Done(())),
                Err(e) => Err(e),
            }
        },
    )
    .await
}
