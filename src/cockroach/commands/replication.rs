//! `dbcloud crdb replication`: physical cluster replication streams, from a primary ADVANCED cluster to a
//! standby one, for disaster recovery: created (STARTING, then REPLICATING), failed over (FAILING_OVER, then
//! COMPLETED: the standby takes over) or canceled.

use clap::Subcommand;
use serde_json::Value;

use super::common::LimitArg;
use crate::cockroach::api::Api;
use crate::cockroach::api::replication::{ReplicationStream, StreamFilter, StreamUpdate};
use crate::cockroach::{ClusterRef, once, resolve_cluster, waits};
use crate::confirm;
use crate::context::Ctx;
use crate::error::{Error, Result};
use crate::output::Column;
use crate::wait::{self, Poll, Settings, WaitArgs};

/// Starting a stream copies the primary's data first: hours for a large cluster.
const START_TIMEOUT: std::time::Duration = std::time::Duration::from_secs(6 * 3600);
const FAILOVER_TIMEOUT: std::time::Duration = std::time::Duration::from_secs(2 * 3600);

/// The statuses dbcloud sets (UpdatePhysicalReplicationStreamSpec.status; a unit test holds them to the
/// spec's enum).
const FAILING_OVER: &str = "FAILING_OVER";
const CANCELED: &str = "CANCELED";

#[derive(clap::Args, Debug)]
pub struct Args {
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand, Debug)]
enum Command {
    /// List replication streams (those not completed, unless --show-completed)
    #[command(after_help = "\
Examples:
  dbcloud crdb replication list
  dbcloud crdb replication list --cluster orders --show-completed
  dbcloud crdb replication list --standby orders-dr --json")]
    List {
        /// Streams with this cluster (ID or exact name) as the primary or the standby
        #[arg(short = 'c', long, value_name = "CLUSTER")]
        cluster: Option<String>,
        /// Streams with this primary cluster (ID or exact name)
        #[arg(long, value_name = "CLUSTER")]
        primary: Option<String>,
        /// Streams with this standby cluster (ID or exact name)
        #[arg(long, value_name = "CLUSTER")]
        standby: Option<String>,
        /// Also list the streams that have completed (failed over)
        #[arg(long)]
        show_completed: bool,
        #[command(flatten)]
        limit: LimitArg,
    },
    /// Show a replication stream: its status, lag and the times it can fail over to
    #[command(
        after_help = "Example:\n  dbcloud crdb replication get 3f2b9c1e-5d4a-4e8f-9b7c-2a1d0e6f8c3b"
    )]
    Get {
        /// Stream ID
        #[arg(value_parser = crate::validate::id)]
        id: String,
    },
    /// Start replicating a primary ADVANCED cluster to a standby one
    #[command(after_help = "\
Example:
  dbcloud crdb replication create --primary orders --standby orders-dr --wait

With --wait, returns once the stream is REPLICATING (the standby has caught up); a stream that
cannot start ends CANCELED (exit 1). A locked cluster is waited for first.")]
    Create {
        /// The cluster to replicate (ID or exact name)
        #[arg(long, value_name = "CLUSTER")]
        primary: String,
        /// The cluster to replicate to (ID or exact name)
        #[arg(long, value_name = "CLUSTER")]
        standby: String,
        #[command(flatten)]
        wait: WaitArgs,
    },
    /// Fail over to the standby cluster: it takes over and the stream ends (asks first)
    #[command(after_help = "\
Examples:
  dbcloud crdb replication failover 3f2b9c1e-5d4a-4e8f-9b7c-2a1d0e6f8c3b --yes --wait
  dbcloud crdb replication failover 3f2b9c1e-5d4a-4e8f-9b7c-2a1d0e6f8c3b \\
      --at 2026-11-22T10:00:00Z --yes

Without --at the standby takes over at the latest replicated time; --at picks a time up to an
hour ahead, or a past one back to the stream's retained time (to recover from a mistake). With
--wait, returns once the stream is COMPLETED.")]
    Failover {
        /// Stream ID
        #[arg(value_parser = crate::validate::id)]
        id: String,
        /// The time to fail over to, RFC 3339 [default: the latest replicated time]
        #[arg(long, value_name = "TIME", value_parser = crate::validate::rfc3339)]
        at: Option<String>,
        #[command(flatten)]
        wait: WaitArgs,
    },
    /// Stop replicating: the stream ends and the standby stays as it is (asks first)
    #[command(after_help = "\
Example:
  dbcloud crdb replication cancel 3f2b9c1e-5d4a-4e8f-9b7c-2a1d0e6f8c3b --yes")]
    Cancel {
        /// Stream ID
        #[arg(value_parser = crate::validate::id)]
        id: String,
    },
}

const COLUMNS: &[Column] = &[
    Column::field("ID", "id"),
    Column::field("STATUS", "status"),
    Column::field("PRIMARY", "primary_cluster_id"),
    Column::field("STANDBY", "standby_cluster_id"),
    Column::computed("LAG", lag),
    Column::field("REPLICATED TO", "replicated_time"),
];

const ITEM_COLUMNS: &[Column] = &[
    Column::field("ID", "id"),
    Column::field("STATUS", "status"),
    Column::field("PRIMARY", "primary_cluster_id"),
    Column::field("STANDBY", "standby_cluster_id"),
    Column::field("CREATED", "created_at"),
    Column::computed("LAG", lag),
    Column::field("REPLICATED TO", "replicated_time"),
    Column::field("RETAINED FROM", "retained_time"),
    Column::field("FAILOVER AT", "failover_at"),
    Column::field("ACTIVATED", "activated_at"),
    Column::field("CANCELED", "canceled_at"),
];

fn lag(stream: &Value) -> String {
    stream
        .get("replication_lag_seconds")
        .and_then(Value::as_i64)
        .map(|s| format!("{s}s"))
        .unwrap_or_default()
}

pub async fn run(ctx: &Ctx, args: Args) -> Result<()> {
    match &args.command {
        Command::Failover { id, at, .. } => ctx.prompt.confirm(&format!(
            "fail over replication stream {id} (its standby cluster takes over {}; the stream ends)",
            at.as_deref()
                .map(|t| format!("as of {t}"))
                .unwrap_or_else(|| "at the latest replicated time".into())
        ))?,
        Command::Cancel { id } => ctx.prompt.confirm(&format!(
            "cancel replication stream {id} (replication stops; the standby cluster keeps what it has)"
        ))?,
        _ => {}
    }
    let api = ctx.cockroach()?;
    match args.command {
        Command::List {
            cluster,
            primary,
            standby,
            show_completed,
            limit,
        } => {
            let filter = StreamFilter {
                primary: cluster_id(ctx, primary).await?,
                standby: cluster_id(ctx, standby).await?,
                cluster: cluster_id(ctx, cluster).await?,
                show_completed,
            };
            let streams = api.replication_streams(&filter, limit.get());
            ctx.out.list_pages(streams, COLUMNS).await
        }
        Command::Get { id } => {
            let stream = api.replication_stream(&id).await?;
            ctx.out.item(&stream, ITEM_COLUMNS)
        }
        Command::Create {
            primary,
            standby,
            wait,
        } => {
            let primary = resolve_cluster(ctx, &primary).await?;
            let standby = resolve_cluster(ctx, &standby).await?;
            if primary.id == standby.id {
                return Err(Error::usage(format!(
                    "--primary and --standby name the same cluster ({}): a standby is another cluster",
                    primary.name
                )));
            }
            if wait.wait {
                waits::until_writable(ctx, &primary, &wait).await?;
                waits::until_writable(ctx, &standby, &wait).await?;
            }
            // Read back by its two clusters: a cluster is in one running stream at most.
            let what = format!(
                "the replication stream from cluster {} to cluster {}",
                primary.name, standby.name
            );
            let mut stream = confirm::write(
                ctx,
                &what,
                || api.create_replication_stream(&primary.id, &standby.id),
                || async {
                    let filter = StreamFilter {
                        primary: Some(primary.id.clone()),
                        standby: Some(standby.id.clone()),
                        ..StreamFilter::default()
                    };
                    let all = api.replication_streams(&filter, None).await?;
                    let running = |s: &ReplicationStream| {
                        s.primary_cluster_id == primary.id
                            && s.standby_cluster_id == standby.id
                            && !matches!(s.status.as_str(), "COMPLETED" | CANCELED)
                    };
                    once::found(all, running, &what)
                },
            )
            .await
            .map_err(waits::explain_locked)?
            .into_inner();
            if wait.wait {
                stream = until(ctx, &stream.id, "REPLICATING", START_TIMEOUT, &wait).await?;
            }
            ctx.out
                .status(&describe_created(&stream, &primary, &standby));
            ctx.out.item(&stream, ITEM_COLUMNS)
        }
        Command::Failover { id, at, wait } => {
            let update = StreamUpdate {
                status: FAILING_OVER.to_string(),
                failover_at: at,
            };
            // Read back: a stream failing over refuses to be told again.
            let what = format!("the failover of replication stream {id}");
            let mut stream = confirm::write(
                ctx,
                &what,
                || api.update_replication_stream(&id, &update),
                || stream_in(api, &id, &[FAILING_OVER, "COMPLETED"]),
            )
            .await?
            .into_inner();
            if wait.wait {
                stream = until(ctx, &id, "COMPLETED", FAILOVER_TIMEOUT, &wait).await?;
                ctx.out.status(&format!(
                    "Failed over: cluster {} has taken over from cluster {}.",
                    stream.standby_cluster_id, stream.primary_cluster_id
                ));
            } else {
                ctx.out.status(&format!(
                    "Failing over to cluster {}; follow it with `dbcloud crdb replication get {id}`.",
                    stream.standby_cluster_id
                ));
            }
            ctx.out.item(&stream, ITEM_COLUMNS)
        }
        Command::Cancel { id } => {
            let update = StreamUpdate {
                status: CANCELED.to_string(),
                failover_at: None,
            };
            let what = format!("the cancellation of replication stream {id}");
            let stream = confirm::write(
                ctx,
                &what,
                || api.update_replication_stream(&id, &update),
                || stream_in(api, &id, &[CANCELED]),
            )
            .await?
            .into_inner();
            ctx.out
                .status(&format!("Canceled replication stream {id}."));
            ctx.out.item(&stream, ITEM_COLUMNS)
        }
    }
}

/// A stream read back after a lost answer: `Some` when its status is one of `statuses`.
async fn stream_in(api: &Api, id: &str, statuses: &[&str]) -> Result<Option<ReplicationStream>> {
    let stream = api.replication_stream(id).await?;
    Ok(statuses.contains(&stream.status.as_str()).then_some(stream))
}

fn describe_created(
    stream: &ReplicationStream,
    primary: &ClusterRef,
    standby: &ClusterRef,
) -> String {
    match stream.status.as_str() {
        "REPLICATING" => format!(
            "Replicating cluster {} to cluster {} (stream {}).",
            primary.name, standby.name, stream.id
        ),
        _ => format!(
            "Started replication stream {} from cluster {} to cluster {}; it is {} (wait for REPLICATING with --wait).",
            stream.id, primary.name, standby.name, stream.status
        ),
    }
}

/// A cluster ID from an ID or exact name (a name costs one list of the clusters).
async fn cluster_id(ctx: &Ctx, reference: Option<String>) -> Result<Option<String>> {
    match reference {
        Some(r) => Ok(Some(resolve_cluster(ctx, &r).await?.id)),
        None => Ok(None),
    }
}

/// Polls the stream until `target`; a stream that ends otherwise (CANCELED, or COMPLETED while waiting to
/// replicate) ends the wait with an error.
async fn until(
    ctx: &Ctx,
    id: &str,
    target: &str,
    timeout: std::time::Duration,
    args: &WaitArgs,
) -> Result<ReplicationStream> {
    let api = ctx.cockroach()?;
    let what = format!("replication stream {id} to be {target}");
    wait::until(
        &ctx.out,
        &Settings::new(args, timeout),
        &what,
        || async move {
            let stream = api.replication_stream(id).await?;
            Ok(match stream.status.as_str() {
                s if s == target => Poll::Done(stream),
                "CANCELED" | "COMPLETED" => Poll::Failed(stream.status),
                other => Poll::Pending(other.to_string()),
            })
        },
    )
    .await
}

#[cfg(test)]
mod tests {
    #[test]
    fn the_statuses_set_are_the_specs() {
        let rule = dbcloud_spec::rules::get(
            dbcloud_spec::Provider::Cockroach,
            "UpdatePhysicalReplicationStreamSpec.status",
        );
        for status in [super::FAILING_OVER, super::CANCELED] {
            assert!(rule.values.contains(&status), "{status}");
        }
    }

    #[test]
    fn lag_column() {
        let s = serde_json::json!({"replication_lag_seconds": 3});
        assert_eq!(super::lag(&s), "3s");
        assert_eq!(super::lag(&serde_json::json!({})), "");
    }
}
