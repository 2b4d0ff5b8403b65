//! Blackout windows of ADVANCED clusters: periods of up to 14 days, scheduled at least 7 days
//! ahead and ending at most three months ahead, that block the "high-risk" operations which
//! impact SQL availability or restart the cluster's nodes. While one is in effect, a cluster update
//! that would restart nodes (a major version upgrade or rollback, a change of machine) is refused.
//!
//! This area comes first in `AREAS`: it sees cluster updates before the clusters area does.

use serde_json::{Value, json};

use super::clusters::{CLUSTERS, major_of};
use super::exports::require_dedicated;
use super::{Area, DAY, bad, under};
use crate::engine::{ApiError, Ctx, Reply, list_body, page_params, paginate_vec};
use crate::store::{Millis, new_uuid, parse_rfc3339, rfc3339_millis};

pub const BLACKOUT_WINDOWS: &str = "/api/v1/clusters/{cluster_id}/blackout-windows";

/// How far ahead a window must start.
const MIN_NOTICE: Millis = 7 * DAY;
/// The longest window.
const MAX_LENGTH: Millis = 14 * DAY;
/// How far ahead a window may end ("three months").
const MAX_AHEAD: Millis = 92 * DAY;

pub(super) const AREA: Area = Area::new(dispatch);

fn dispatch(ctx: &mut Ctx<'_>, op_id: &str) -> Option<Result<Reply, ApiError>> {
    Some(match op_id {
        "ListBlackoutWindows" => list(ctx),
        "CreateBlackoutWindow" => create(ctx),
        "GetBlackoutWindow" => window(ctx).map(Reply::Json),
        "UpdateBlackoutWindow" => update(ctx),
        "DeleteBlackoutWindow" => delete(ctx),
        // Not one of this area's: refused here during a window, else left to the clusters area.
        "UpdateCluster" => return blocked_update(ctx).err().map(Err),
        _ => return None,
    })
}

fn path(ctx: &Ctx<'_>) -> String {
    under(BLACKOUT_WINDOWS, ctx.param("cluster_id"))
}

fn bounds(w: &Value) -> (Millis, Millis) {
    let at = |k: &str| w[k].as_str().and_then(parse_rfc3339).unwrap_or(0);
    (at("start_time"), at("end_time"))
}

/// The cluster's windows, in order of their start.
fn windows(ctx: &Ctx<'_>) -> Vec<Value> {
    let mut all: Vec<Value> = ctx
        .state
        .collection(&path(ctx))
        .into_iter()
        .flat_map(|c| c.iter())
        .filter_map(|w| ctx.render(BLACKOUT_WINDOWS, w))
        .collect();
    all.sort_by_key(bounds);
    all
}

fn window(ctx: &Ctx<'_>) -> Result<Value, ApiError> {
    let id = ctx.param("blackout_window_id");
    ctx.state
        .item(&path(ctx), id)
        .and_then(|w| ctx.render(BLACKOUT_WINDOWS, w))
        .ok_or_else(|| ApiError::not_found(format!("blackout window {id:?} not found")))
}

fn list(ctx: &mut Ctx<'_>) -> Result<Reply, ApiError> {
    let page = page_params(ctx)?;
    let (items, next) = paginate_vec(windows(ctx), &page);
    Ok(Reply::Json(list_body("blackout_windows", items, next)))
}

fn time_field(ctx: &Ctx<'_>, field: &str) -> Result<Option<Millis>, ApiError> {
    match ctx.body_str(field) {
        None => Ok(None),
        Some(t) => parse_rfc3339(t).map(Some).ok_or_else(|| {
            bad(format!(
                "invalid request: body.{field}: {t:?} is not an RFC 3339 time"
            ))
        }),
    }
}

/// The rules of a window from `start` to `end`; `new_start` when the start is (re)scheduled. `id`
/// is the window itself (not an overlap with itself).
fn check_window(
    ctx: &Ctx<'_>,
    id: &str,
    start: Millis,
    end: Millis,
    new_start: bool,
) -> Result<(), ApiError> {
    let now = ctx.now;
    if new_start && start < now + MIN_NOTICE {
        return Err(bad(format!(
            "invalid request: body.start_time: a blackout window must be scheduled at least 7 days in advance (from {} on)",
            rfc3339_millis(now + MIN_NOTICE)
        )));
    }
    if end <= start {
        return Err(bad(
            "invalid request: body.end_time: must be after the start time",
        ));
    }
    if end - start > MAX_LENGTH {
        return Err(bad(
            "invalid request: body.end_time: a blackout window lasts at most 14 days",
        ));
    }
    if end > now + MAX_AHEAD {
        return Err(bad(
            "invalid request: body.end_time: a blackout window must end within three months",
        ));
    }
    if let Some(other) = windows(ctx).into_iter().find(|w| {
        let (s, e) = bounds(w);
        w["id"] != id && s < end && start < e
    }) {
        return Err(bad(format!(
            "invalid request: body.start_time: the window overlaps blackout window {} ({} to {})",
            other["id"].as_str().unwrap_or_default(),
            other["start_time"].as_str().unwrap_or_default(),
            other["end_time"].as_str().unwrap_or_default()
        )));
    }
    Ok(())
}

fn create(ctx: &mut Ctx<'_>) -> Result<Reply, ApiError> {
    require_dedicated(ctx, "blackout windows")?;
    let start = time_field(ctx, "start_time")?.unwrap_or(0);
    let end = time_field(ctx, "end_time")?.unwrap_or(0);
    let id = new_uuid();
    check_window(ctx, &id, start, end, true)?;
    let item = json!({
        "id": id,
        "cluster_id": ctx.param("cluster_id"),
        "start_time": rfc3339_millis(start),
        "end_time": rfc3339_millis(end),
    });
    let path = path(ctx);
    ctx.state
        .collection_mut(&path, BLACKOUT_WINDOWS)
        .insert(&id, item);
    // (The audit log names blackout window changes by the cluster's.)
    let cluster = ctx.param("cluster_id").to_string();
    super::audit(ctx, "CreateClusterBlackoutWindow", &cluster);
    Ok(Reply::Json(window_by_id(ctx, &id)?))
}

fn window_by_id(ctx: &Ctx<'_>, id: &str) -> Result<Value, ApiError> {
    ctx.state
        .item(&path(ctx), id)
        .and_then(|w| ctx.render(BLACKOUT_WINDOWS, w))
        .ok_or_else(|| ApiError::internal("blackout window hidden after write"))
}

fn update(ctx: &mut Ctx<'_>) -> Result<Reply, ApiError> {
    let current = window(ctx)?;
    let id = ctx.param("blackout_window_id").to_string();
    let (old_start, old_end) = bounds(&current);
    let start = time_field(ctx, "start_time")?;
    let end = time_field(ctx, "end_time")?;
    if start.is_none() && end.is_none() {
        return Err(bad(
            "invalid request: body: nothing to update: give start_time or end_time",
        ));
    }
    let new_start = start.is_some_and(|s| s != old_start);
    let (start, end) = (start.unwrap_or(old_start), end.unwrap_or(old_end));
    check_window(ctx, &id, start, end, new_start)?;
    let path = path(ctx);
    if let Some(w) = ctx.state.item_mut(&path, &id) {
        w["start_time"] = json!(rfc3339_millis(start));
        w["end_time"] = json!(rfc3339_millis(end));
    }
    let cluster = ctx.param("cluster_id").to_string();
    super::audit(ctx, "UpdateClusterBlackoutWindow", &cluster);
    Ok(Reply::Json(window_by_id(ctx, &id)?))
}

fn delete(ctx: &mut Ctx<'_>) -> Result<Reply, ApiError> {
    let current = window(ctx)?;
    let (path, id) = (path(ctx), ctx.param("blackout_window_id").to_string());
    if let Some(c) = ctx.state.collections.get_mut(&path) {
        c.remove(&id);
    }
    let cluster = ctx.param("cluster_id").to_string();
    super::audit(ctx, "DeleteClusterBlackoutWindow", &cluster);
    Ok(Reply::Json(current))
}

/// The window in effect on the cluster now, if any.
pub(super) fn active_window(ctx: &Ctx<'_>) -> Option<Value> {
    let now = ctx.now;
    windows(ctx).into_iter().find(|w| {
        let (s, e) = bounds(w);
        s <= now && now < e
    })
}

/// A cluster update that would restart nodes, refused while a blackout window is in effect.
fn blocked_update(ctx: &Ctx<'_>) -> Result<(), ApiError> {
    let Some(w) = active_window(ctx) else {
        return Ok(());
    };
    let cluster = ctx
        .state
        .item(CLUSTERS, ctx.param("cluster_id"))
        .cloned()
        .unwrap_or_default();
    let body = &ctx.body;
    let current = cluster["cockroach_version"].as_str().unwrap_or_default();
    let what = if body["cockroach_version"]
        .as_str()
        .is_some_and(|v| major_of(v) != major_of(current))
    {
        "a major version change"
    } else if body["dedicated"]["hardware"]["machine_spec"].is_object() {
        "a machine change"
    } else {
        return Ok(());
    };
    Err(ApiError::failed_precondition(format!(
        "cluster {} is in blackout window {} until {}: {what} restarts its nodes and is not allowed during the window; delete the window or wait for its end",
        ctx.param("cluster_id"),
        w["id"].as_str().unwrap_or_default(),
        w["end_time"].as_str().unwrap_or_default()
    )))
}
