//! Physical cluster replication: a stream from a primary ADVANCED cluster to a standby one. It is
//! STARTING for a transition, then REPLICATING (replicated and retained times moving with the
//! clock); a failover (PATCH `FAILING_OVER`, at the latest replicated time or at `failover_at`) is
//! FAILING_OVER until a transition after that time, then COMPLETED; a cancel is CANCELED at once.
//! A start made to fail (`failed_transitions`) ends CANCELED: the spec has no failed status.

use serde_json::{Value, json};

use super::clusters::{CLUSTERS, DEDICATED_PLAN, cluster_state};
use super::{Area, bad};
use crate::engine::{ApiError, Ctx, Reply, list_body, page_params, paginate_vec};
use crate::store::{Millis, new_uuid, parse_rfc3339, rfc3339_millis};

pub const STREAMS: &str = "/api/v1/physical-replication-streams";

/// How far the standby trails the primary while replicating.
const LAG_MS: Millis = 1000;
/// How far back a stream keeps history to fail over to.
const RETENTION_MS: Millis = 4 * 3600 * 1000;
/// How far ahead a failover may be scheduled.
const MAX_FAILOVER_AHEAD_MS: Millis = 3600 * 1000;

pub(super) const AREA: Area = Area {
    dispatch,
    render,
    singleton_default: |_| None,
};

fn dispatch(ctx: &mut Ctx<'_>, op_id: &str) -> Option<Result<Reply, ApiError>> {
    Some(match op_id {
        "ListPhysicalReplicationStreams" => list(ctx),
        "CreatePhysicalReplicationStream" => create(ctx),
        "GetPhysicalReplicationStream" => shown(ctx, ctx.param("id")).map(Reply::Json),
        "UpdatePhysicalReplicationStream" => update(ctx),
        _ => return None,
    })
}

fn ms(item: &Value, key: &str) -> Option<Millis> {
    item[key].as_u64()
}

/// When the stream started replicating (or, for a start made to fail, was canceled).
fn started(item: &Value) -> Millis {
    ms(item, "_created_ms").unwrap_or(0) + ms(item, "_duration").unwrap_or(0)
}

/// The earliest time a replicating stream can fail over to.
fn retained(item: &Value, now: Millis) -> Millis {
    started(item).max(now.saturating_sub(RETENTION_MS))
}

/// The stream's status now.
pub(super) fn status(item: &Value, now: Millis) -> &'static str {
    if ms(item, "_canceled_ms").is_some() {
        return "CANCELED";
    }
    if now < started(item) {
        return "STARTING";
    }
    if item["_start_fails"] == true {
        return "CANCELED";
    }
    match (
        ms(item, "_failover_requested_ms"),
        ms(item, "_failover_at_ms"),
    ) {
        (Some(requested), Some(at)) => {
            if now < requested.max(at) + ms(item, "_duration").unwrap_or(0) {
                "FAILING_OVER"
            } else {
                "COMPLETED"
            }
        }
        _ => "REPLICATING",
    }
}

fn render(template: &str, item: &Value, now: Millis, v: &mut Value) {
    if template != STREAMS {
        return;
    }
    let status = status(item, now);
    v["status"] = json!(status);
    match status {
        "REPLICATING" => {
            v["replicated_time"] = json!(rfc3339_millis(now.saturating_sub(LAG_MS)));
            v["replication_lag_seconds"] = json!(LAG_MS / 1000);
            v["retained_time"] = json!(rfc3339_millis(retained(item, now)));
        }
        "FAILING_OVER" | "COMPLETED" => {
            let at = ms(item, "_failover_at_ms").unwrap_or(now);
            v["failover_at"] = json!(rfc3339_millis(at));
            if status == "COMPLETED" {
                v["activated_at"] = json!(rfc3339_millis(at));
            }
        }
        _ => {
            let at = ms(item, "_canceled_ms").unwrap_or_else(|| started(item));
            if status == "CANCELED" {
                v["canceled_at"] = json!(rfc3339_millis(at));
            }
        }
    }
}

fn shown(ctx: &Ctx<'_>, id: &str) -> Result<Value, ApiError> {
    ctx.state
        .item(STREAMS, id)
        .and_then(|s| ctx.render(STREAMS, s))
        .ok_or_else(|| ApiError::not_found(format!("replication stream {id:?} not found")))
}

fn list(ctx: &mut Ctx<'_>) -> Result<Reply, ApiError> {
    let primary = ctx.query("primary_cluster_id").map(str::to_string);
    let standby = ctx.query("standby_cluster_id").map(str::to_string);
    let either = ctx.query("cluster_id").map(str::to_string);
    let completed = ctx.query("show_completed") == Some("true");
    let items: Vec<Value> = ctx
        .state
        .collection(STREAMS)
        .into_iter()
        .flat_map(|c| c.iter())
        .filter_map(|s| ctx.render(STREAMS, s))
        .filter(|s| {
            let (p, sb) = (&s["primary_cluster_id"], &s["standby_cluster_id"]);
            primary.as_deref().is_none_or(|c| p == c)
                && standby.as_deref().is_none_or(|c| sb == c)
                && either.as_deref().is_none_or(|c| p == c || sb == c)
                && (completed || s["status"] != "COMPLETED")
        })
        .collect();
    let page = page_params(ctx)?;
    let (items, next) = paginate_vec(items, &page);
    Ok(Reply::Json(list_body(
        "physical_replication_streams",
        items,
        next,
    )))
}

/// The stream a cluster takes part in, while that stream is not over.
fn active_stream_of(ctx: &Ctx<'_>, cluster: &str) -> Option<(String, &'static str)> {
    ctx.state.collection(STREAMS)?.iter().find_map(|s| {
        let status = status(s, ctx.now);
        let takes_part = s["primary_cluster_id"] == cluster || s["standby_cluster_id"] == cluster;
        (takes_part && !matches!(status, "COMPLETED" | "CANCELED"))
            .then(|| (s["id"].as_str().unwrap_or_default().to_string(), status))
    })
}

/// A cluster of the request body: it exists, runs on dedicated hardware and takes writes.
fn stream_cluster(ctx: &Ctx<'_>, field: &str) -> Result<Value, ApiError> {
    let id = ctx.body_str(field).unwrap_or_default().to_string();
    let item = ctx
        .state
        .item(CLUSTERS, &id)
        .ok_or_else(|| ApiError::not_found(format!("cluster {id:?} ({field}) not found")))?;
    let (state, op) = cluster_state(item, ctx.now);
    match state {
        "DELETED" => {
            return Err(ApiError::not_found(format!(
                "cluster {id:?} ({field}) not found (it was deleted)"
            )));
        }
        "LOCKED" => {
            return Err(ApiError::failed_precondition(format!(
                "cluster {id} is locked: operation {op} is in progress; retry when the cluster is CREATED again"
            )));
        }
        "CREATING" | "CREATION_FAILED" => {
            return Err(ApiError::failed_precondition(format!(
                "cluster {id} is not ready to replicate (state {state})"
            )));
        }
        _ => {}
    }
    if item["plan"] != DEDICATED_PLAN {
        return Err(bad(format!(
            "invalid request: body.{field}: physical replication is available for {DEDICATED_PLAN} clusters only; cluster {id} is {}",
            item["plan"].as_str().unwrap_or("another plan")
        )));
    }
    Ok(item.clone())
}

fn create(ctx: &mut Ctx<'_>) -> Result<Reply, ApiError> {
    let primary = stream_cluster(ctx, "primary_cluster_id")?;
    let standby = stream_cluster(ctx, "standby_cluster_id")?;
    if primary["id"] == standby["id"] {
        return Err(bad(
            "invalid request: body.standby_cluster_id: the standby must be another cluster than the primary",
        ));
    }
    if primary["cloud_provider"] != standby["cloud_provider"] {
        return Err(bad(format!(
            "invalid request: body.standby_cluster_id: the standby runs on {} and the primary on {}: both must run on the same cloud",
            standby["cloud_provider"].as_str().unwrap_or_default(),
            primary["cloud_provider"].as_str().unwrap_or_default()
        )));
    }
    for c in [&primary, &standby] {
        let cid = c["id"].as_str().unwrap_or_default();
        if let Some((stream, status)) = active_stream_of(ctx, cid) {
            return Err(ApiError::already_exists(format!(
                "cluster {cid} is already in replication stream {stream} ({status})"
            )));
        }
    }
    let id = new_uuid();
    let mut item = json!({
        "id": id,
        "primary_cluster_id": primary["id"],
        "standby_cluster_id": standby["id"],
        "created_at": rfc3339_millis(ctx.now),
        "status": "STARTING",
        "_created_ms": ctx.now,
        "_duration": ctx.transition(),
    });
    if ctx.transition_fails() {
        item["_start_fails"] = json!(true);
    }
    ctx.state.collection_mut(STREAMS, STREAMS).insert(&id, item);
    Ok(Reply::Json(shown(ctx, &id)?))
}

fn update(ctx: &mut Ctx<'_>) -> Result<Reply, ApiError> {
    let id = ctx.param("id").to_string();
    let current = shown(ctx, &id)?;
    let status = current["status"].as_str().unwrap_or_default().to_string();
    let now = ctx.now;
    let target = ctx.body_str("status").map(str::to_string);
    let failover_at = ctx.body_str("failover_at").map(str::to_string);
    match target.as_deref() {
        Some("FAILING_OVER") => {
            if status != "REPLICATING" {
                return Err(ApiError::failed_precondition(format!(
                    "replication stream {id} is {status}: only a REPLICATING stream can fail over"
                )));
            }
            let stored = ctx.state.item(STREAMS, &id).cloned().unwrap_or_default();
            let at = match &failover_at {
                None => now.saturating_sub(LAG_MS),
                Some(t) => {
                    let at = parse_rfc3339(t).ok_or_else(|| {
                        bad(format!(
                            "invalid request: body.failover_at: {t:?} is not an RFC 3339 time"
                        ))
                    })?;
                    if at > now + MAX_FAILOVER_AHEAD_MS {
                        return Err(bad(
                            "invalid request: body.failover_at: a failover can be scheduled at most one hour ahead",
                        ));
                    }
                    let retained = retained(&stored, now);
                    if at < retained {
                        return Err(bad(format!(
                            "invalid request: body.failover_at: {t} is before the retained time {}: the stream cannot fail over that far back",
                            rfc3339_millis(retained)
                        )));
                    }
                    at
                }
            };
            if let Some(s) = ctx.state.item_mut(STREAMS, &id) {
                s["_failover_requested_ms"] = json!(now);
                s["_failover_at_ms"] = json!(at);
            }
            super::audit(ctx, "FailoverPhysicalReplicationStream", "");
        }
        Some("CANCELED") => {
            if failover_at.is_some() {
                return Err(bad(
                    "invalid request: body.failover_at: only a failover takes a time",
                ));
            }
            if !matches!(status.as_str(), "STARTING" | "REPLICATING") {
                return Err(ApiError::failed_precondition(format!(
                    "replication stream {id} is {status}: only a STARTING or REPLICATING stream can be canceled"
                )));
            }
            if let Some(s) = ctx.state.item_mut(STREAMS, &id) {
                s["_canceled_ms"] = json!(now);
            }
            super::audit(ctx, "CancelPhysicalReplicationStream", "");
        }
        Some(other) => {
            return Err(bad(format!(
                "invalid request: body.status: a stream can be set to FAILING_OVER or CANCELED, not {other}"
            )));
        }
        None => {
            return Err(bad(
                "invalid request: body.status: required (FAILING_OVER, with an optional failover_at, or CANCELED)",
            ));
        }
    }
    Ok(Reply::Json(shown(ctx, &id)?))
}
