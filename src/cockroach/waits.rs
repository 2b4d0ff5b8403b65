//! Waiting on clusters and restores, and what a write refused by a locked cluster means.
//!
//! A cluster is LOCKED while an operation (scaling, an upgrade, ...) runs, and the API refuses writes to it
//! meanwhile. `--wait` on a write therefore waits for the lock to clear before sending, and for the change to
//! finish after; without `--wait` a refused write is exit 5 with a hint to retry with it.

use std::future::Future;
use std::time::Duration;

use crate::cockroach::ClusterRef;
use crate::cockroach::api::Cluster;
use crate::cockroach::api::backups::Restore;
use crate::context::Ctx;
use crate::error::{Error, ExitCode, Result};
use crate::wait::{self, Poll, Settings, WaitArgs};

/// Dedicated creation can take an hour or more (NOTES.md).
pub const CREATE_TIMEOUT: Duration = Duration::from_secs(2 * 3600);
pub const UPDATE_TIMEOUT: Duration = Duration::from_secs(2 * 3600);
pub const DELETE_TIMEOUT: Duration = Duration::from_secs(3600);
pub const UNLOCK_TIMEOUT: Duration = Duration::from_secs(2 * 3600);
pub const RESTORE_TIMEOUT: Duration = Duration::from_secs(6 * 3600);
/// Private endpoint services, egress rules, exports and CMEK take minutes.
pub const SETTING_TIMEOUT: Duration = Duration::from_secs(3600);

pub const LOCKED_HINT: &str = "the cluster is LOCKED while another operation runs; retry with --wait to wait for it to finish first";

/// A write refused because the cluster is locked (HTTP 409, gRPC code 9, or a message saying so) becomes
/// exit 5 with [`LOCKED_HINT`]; other errors pass unchanged.
pub fn explain_locked(err: Error) -> Error {
    let Some(api) = err.api() else {
        return err;
    };
    let message = api.message.to_ascii_lowercase();
    let code = api.api_code.as_deref();
    // 409 and code 9 also answer "already exists", "already revoked", "delete protection" and a blackout
    // window in effect, which waiting would not cure.
    let other_cause = code == Some("6")
        || message.contains("exist")
        || message.contains("already")
        || message.contains("protection")
        || message.contains("blackout");
    let locked =
        message.contains("lock") || ((api.status == 409 || code == Some("9")) && !other_cause);
    if !locked {
        return err;
    }
    let err = if err.exit_code() == ExitCode::Conflict {
        err
    } else {
        Error::Conflict(api.message.clone())
    };
    err.with_hint(LOCKED_HINT)
}

/// Polls the cluster until it takes writes: not LOCKED by an operation, nor still CREATING.
pub async fn until_writable(ctx: &Ctx, cluster: &ClusterRef, args: &WaitArgs) -> Result<Cluster> {
    let api = ctx.cockroach()?;
    let what = format!("cluster {} to be unlocked", cluster.name);
    let id = cluster.id.as_str();
    wait::until(
        &ctx.out,
        &Settings::new(args, UNLOCK_TIMEOUT),
        &what,
        || async move {
            let cluster = api.cluster(id).await?;
            Ok(if cluster.is_busy() {
                Poll::Pending(cluster.progress())
            } else {
                Poll::Done(cluster)
            })
        },
    )
    .await
}

/// Sends a write to a cluster: with `--wait`, after the lock clears and waiting for it to clear again after
/// (the change may lock the cluster itself); a refusal because of the lock is explained.
pub async fn write<T, F, Fut>(
    ctx: &Ctx,
    cluster: &ClusterRef,
    args: &WaitArgs,
    send: F,
) -> Result<T>
where
    F: FnOnce() -> Fut,
    Fut: Future<Output = Result<T>>,
{
    if args.wait {
        until_writable(ctx, cluster, args).await?;
    }
    let result = send().await.map_err(explain_locked)?;
    if args.wait {
        until_writable(ctx, cluster, args).await?;
    }
    Ok(result)
}

/// Until the new cluster is CREATED; CREATION_FAILED ends it at once.
pub async fn until_created(ctx: &Ctx, cluster: &ClusterRef, args: &WaitArgs) -> Result<Cluster> {
    let api = ctx.cockroach()?;
    let what = format!("cluster {} to be created", cluster.name);
    let id = cluster.id.as_str();
    wait::until(
        &ctx.out,
        &Settings::new(args, CREATE_TIMEOUT),
        &what,
        || async move {
            let cluster = api.cluster(id).await?;
            Ok(match cluster.state() {
                "CREATED" => Poll::Done(cluster),
                "CREATION_FAILED" | "DELETED" => Poll::Failed(cluster.state().to_string()),
                _ => Poll::Pending(cluster.progress()),
            })
        },
    )
    .await
}

/// Until the cluster is unlocked and its operation has finished (`operation_status` not `*_RUNNING`);
/// a `*_FAILED` operation ends it with an error.
pub async fn until_operation_done(
    ctx: &Ctx,
    cluster: &ClusterRef,
    args: &WaitArgs,
) -> Result<Cluster> {
    let api = ctx.cockroach()?;
    let what = format!("the change of cluster {} to finish", cluster.name);
    let id = cluster.id.as_str();
    wait::until(
        &ctx.out,
        &Settings::new(args, UPDATE_TIMEOUT),
        &what,
        || async move {
            let cluster = api.cluster(id).await?;
            let op = cluster.operation_status();
            Ok(if cluster.is_locked() || op.ends_with("_RUNNING") {
                Poll::Pending(cluster.progress())
            } else if op.ends_with("_FAILED") {
                Poll::Failed(cluster.progress())
            } else {
                Poll::Done(cluster)
            })
        },
    )
    .await
}

/// Until GET answers 404 or a DELETED cluster.
pub async fn until_deleted(ctx: &Ctx, cluster: &ClusterRef, args: &WaitArgs) -> Result<()> {
    let api = ctx.cockroach()?;
    let what = format!("cluster {} to be deleted", cluster.name);
    let id = cluster.id.as_str();
    wait::until(
        &ctx.out,
        &Settings::new(args, DELETE_TIMEOUT),
        &what,
        || async move {
            match api.cluster(id).await {
                Ok(cluster) if cluster.state() == "DELETED" => Ok(Poll::Done(())),
                Ok(cluster) => Ok(Poll::Pending(cluster.progress())),
                Err(e) if e.exit_code() == ExitCode::NotFound => Ok(Poll::Done(())),
                Err(e) => Err(e),
            }
        },
    )
    .await
}

/// Until the restore succeeds; FAILED (or CANCELLED) ends it with an error.
pub async fn until_restored(
    ctx: &Ctx,
    cluster: &ClusterRef,
    id: &str,
    args: &WaitArgs,
) -> Result<Restore> {
    let api = ctx.cockroach()?;
    let cluster_id = cluster.id.as_str();
    let what = format!("restore {id} to finish");
    wait::until(
        &ctx.out,
        &Settings::new(args, RESTORE_TIMEOUT),
        &what,
        || async move {
            let restore = api.restore(cluster_id, id).await?;
            Ok(match restore.status() {
                "SUCCESS" => Poll::Done(restore),
                "FAILED" | "CANCELLED" | "CANCELED" => Poll::Failed(restore.status().to_string()),
                other => Poll::Pending(other.to_string()),
            })
        },
    )
    .await
}

/// A status without the `..._STATUS_` prefix some enums carry (`ENDPOINT_SERVICE_STATUS_AVAILABLE`).
pub fn bare_status(status: &str) -> &str {
    status
        .rsplit_once("STATUS_")
        .map_or(status, |(_, rest)| rest)
}

/// True for a status that will not reach its target by waiting: `ENABLE_FAILED`, `REJECTED`, ...
pub fn is_failed_status(status: &str) -> bool {
    let s = bare_status(status);
    s.ends_with("FAILED") || matches!(s, "ERROR" | "REJECTED" | "EXPIRED")
}

/// Polls `fetch` (the resource and its status) until the status is `done`; a failed status ends it with an
/// error. A resource that reports no status has nothing to wait on.
pub async fn until_status<T, F, Fut>(
    ctx: &Ctx,
    args: &WaitArgs,
    what: &str,
    done: &str,
    mut fetch: F,
) -> Result<T>
where
    F: FnMut() -> Fut,
    Fut: Future<Output = Result<(T, String)>>,
{
    wait::until(
        &ctx.out,
        &Settings::new(args, SETTING_TIMEOUT),
        what,
        || {
            let fetched = fetch();
            async move {
                let (value, status) = fetched.await?;
                Ok(if status.is_empty() || bare_status(&status) == done {
                    Poll::Done(value)
                } else if is_failed_status(&status) {
                    Poll::Failed(status)
                } else {
                    Poll::Pending(status)
                })
            }
        },
    )
    .await
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::error::ApiError;
    use crate::provider::Provider;

    fn api(status: u16, code: Option<&str>, message: &str) -> Error {
        Error::Api(ApiError {
            provider: Provider::Cockroach,
            status,
            api_code: code.map(str::to_string),
            message: message.into(),
            request_id: None,
        })
    }

    #[test]
    fn lock_refusals_are_conflicts_with_a_hint() {
        for e in [
            api(409, None, "cluster is busy"),
            api(400, Some("9"), "failed precondition"),
            api(400, None, "Cluster is locked: an operation is in progress"),
        ] {
            let e = explain_locked(e);
            assert_eq!(e.exit_code(), ExitCode::Conflict, "{e}");
            assert_eq!(e.hint().as_deref(), Some(LOCKED_HINT));
        }
    }

    #[test]
    fn statuses() {
        assert_eq!(
            bare_status("ENDPOINT_SERVICE_STATUS_AVAILABLE"),
            "AVAILABLE"
        );
        assert_eq!(bare_status("ENABLED"), "ENABLED");
        assert!(is_failed_status("ENABLE_FAILED"));
        assert!(is_failed_status("ENDPOINT_SERVICE_STATUS_FAILED"));
        assert!(is_failed_status("REJECTED"));
        assert!(!is_failed_status("ENABLING"));
    }

    #[test]
    fn other_errors_pass_unchanged() {
        let e = explain_locked(api(409, Some("6"), "database already exists"));
        assert_eq!(e.hint(), None);
        let e = explain_locked(api(
            409,
            Some("9"),
            "cluster x has delete protection enabled",
        ));
        assert_eq!(e.hint(), None);
        let e = explain_locked(api(409, Some("9"), "the CMEK key is already revoked"));
        assert_eq!(e.hint(), None);
        let e = explain_locked(api(
            409,
            Some("9"),
            "cluster x is in blackout window w until t: a major version change restarts its nodes",
        ));
        assert_eq!(e.hint(), None);
        assert_eq!(e.exit_code(), ExitCode::Conflict);
        let e = explain_locked(api(404, Some("5"), "not found"));
        assert_eq!(e.exit_code(), ExitCode::NotFound);
        assert_eq!(e.hint(), None);
        let e = explain_locked(Error::usage("x"));
        assert_eq!(e.exit_code(), ExitCode::Usage);
    }
}
