//! Backups (computed from the cluster's backup configuration, not stored) and restores.

use serde_json::{Value, json};

use super::clusters::CLUSTERS;
use super::{Area, DAY, HOUR_MIN, bad, under};
use crate::engine::{
    ApiError, Ctx, Reply, generic, insert_new, list_body, page_params, paginate_collection,
    paginate_vec,
};
use crate::store::{Millis, det_uuid, new_uuid, parse_rfc3339, rfc3339_millis};

pub const BACKUPS_CONFIG: &str = "/api/v1/clusters/{cluster_id}/backups-config";
pub const RESTORES: &str = "/api/v1/clusters/{cluster_id}/restores";

pub(super) const AREA: Area = Area {
    dispatch,
    render,
    singleton_default,
};

fn dispatch(ctx: &mut Ctx<'_>, op_id: &str) -> Option<Result<Reply, ApiError>> {
    Some(match op_id {
        "ListBackups" => list_backups(ctx),
        "ListRestores" => list_restores(ctx),
        "UpdateBackupConfiguration" => update_backup_config(ctx),
        "CreateRestore" => create_restore(ctx),
        _ => return None,
    })
}

/// A restore is PENDING while it runs (its completion growing), then SUCCESS or FAILED.
fn render(template: &str, item: &Value, now: Millis, v: &mut Value) {
    if template != RESTORES {
        return;
    }
    let since = item["_since"].as_u64().unwrap_or(0);
    let d = item["_duration"].as_u64().unwrap_or(0);
    let (status, percent) = if now < since + d {
        (
            "PENDING",
            ((now - since) as f64 / d.max(1) as f64 * 100.0).floor(),
        )
    } else if item["_fails"] == true {
        v["client_error_code"] = json!(3);
        v["client_error_message"] =
            json!("the restore failed (emulated failure: failed_transitions)");
        ("FAILED", 0.0)
    } else {
        ("SUCCESS", 100.0)
    };
    if status != "PENDING" {
        v["completed_at"] = json!(rfc3339_millis(since + d));
    }
    v["status"] = json!(status);
    v["completion_percent"] = json!(percent);
}

/// Configurations that exist with defaults before they are written.
fn singleton_default(ctx: &Ctx<'_>) -> Option<Value> {
    (ctx.op.template == BACKUPS_CONFIG).then(|| {
        json!({
            "enabled": true,
            "frequency_minutes": HOUR_MIN,
            "retention_days": 30,
        })
    })
}

/// Backups are taken every `frequency_minutes` from the moment the cluster was first ready, and
/// kept `retention_days`: computed, not stored.
fn backups_of(ctx: &Ctx<'_>, cluster: &Value) -> Vec<Value> {
    let id = cluster["id"].as_str().unwrap_or_default();
    let config = ctx
        .state
        .singletons
        .get(&under(BACKUPS_CONFIG, id))
        .cloned()
        .unwrap_or(json!({"frequency_minutes": HOUR_MIN, "retention_days": 30}));
    if config["enabled"] == false || cluster["_create_fails"] == true {
        return Vec::new();
    }
    let freq = config["frequency_minutes"]
        .as_u64()
        .unwrap_or(HOUR_MIN)
        .max(1)
        * 60_000;
    let retention = config["retention_days"].as_u64().unwrap_or(30) * DAY;
    let ready = cluster["_created_ms"].as_u64().unwrap_or(0)
        + cluster["_create_duration"].as_u64().unwrap_or(0);
    let end = match cluster["_deleted"] == true {
        true => cluster["deleted_at"]
            .as_str()
            .and_then(parse_rfc3339)
            .unwrap_or(ctx.now),
        false => ctx.now,
    };
    if end < ready {
        return Vec::new();
    }
    let last = (end - ready) / freq;
    let first = last.saturating_sub((retention / freq).min(499));
    let uuid = uuid::Uuid::parse_str(id).map(|u| u.as_u128()).unwrap_or(0);
    (first..=last)
        .map(|k| {
            let at = ready + k * freq;
            json!({
                "id": det_uuid((uuid >> 64) as u64 ^ 0xbac0_0b00, (uuid as u64) ^ k),
                "as_of_time": rfc3339_millis(at),
            })
        })
        .collect()
}

fn list_backups(ctx: &mut Ctx<'_>) -> Result<Reply, ApiError> {
    let cluster = ctx
        .state
        .item(CLUSTERS, ctx.param("cluster_id"))
        .cloned()
        .ok_or_else(|| ApiError::not_found("cluster not found"))?;
    let start = ctx.query("start_time").and_then(parse_rfc3339);
    let end = ctx.query("end_time").and_then(parse_rfc3339);
    let items: Vec<Value> = backups_of(ctx, &cluster)
        .into_iter()
        .filter(|b| {
            let t = b["as_of_time"]
                .as_str()
                .and_then(parse_rfc3339)
                .unwrap_or(0);
            start.is_none_or(|s| t >= s) && end.is_none_or(|e| t < e)
        })
        .collect();
    let page = page_params(ctx)?;
    let (items, next) = paginate_vec(items, &page);
    Ok(Reply::Json(list_body("backups", items, next)))
}

/// The cluster's restores, those created in the `start_time`..`end_time` window when one is given.
fn list_restores(ctx: &mut Ctx<'_>) -> Result<Reply, ApiError> {
    let start = ctx.query("start_time").and_then(parse_rfc3339);
    let end = ctx.query("end_time").and_then(parse_rfc3339);
    let page = page_params(ctx)?;
    let path = under(RESTORES, ctx.param("cluster_id"));
    let (items, next) = paginate_collection(ctx.state.collection(&path), &page, |r| {
        let t = r["created_at"]
            .as_str()
            .and_then(parse_rfc3339)
            .unwrap_or(0);
        (start.is_none_or(|s| t >= s) && end.is_none_or(|e| t < e))
            .then(|| ctx.render(RESTORES, r))
            .flatten()
    });
    Ok(Reply::Json(list_body("restores", items, next)))
}

fn update_backup_config(ctx: &mut Ctx<'_>) -> Result<Reply, ApiError> {
    const FREQUENCIES: &[i64] = &[5, 10, 15, 30, 60, 240, 1440];
    const RETENTIONS: &[i64] = &[2, 7, 30, 90, 365];
    if let Some(f) = ctx.body["frequency_minutes"].as_i64()
        && !FREQUENCIES.contains(&f)
    {
        return Err(bad(format!(
            "invalid request: body.frequency_minutes: {f} is not one of 5, 10, 15, 30, 60, 240, 1440"
        )));
    }
    if let Some(r) = ctx.body["retention_days"].as_i64()
        && !RETENTIONS.contains(&r)
    {
        return Err(bad(format!(
            "invalid request: body.retention_days: {r} is not one of 2, 7, 30, 90, 365"
        )));
    }
    generic(ctx)
}

/// A backup by ID among every cluster's backups, with the cluster it belongs to.
fn find_backup(ctx: &Ctx<'_>, backup: &str) -> Option<(Value, Value)> {
    ctx.state.collection(CLUSTERS)?.iter().find_map(|cluster| {
        backups_of(ctx, cluster)
            .into_iter()
            .find(|b| b["id"] == backup)
            .map(|b| (b, cluster.clone()))
    })
}

/// What a DATABASE or TABLE restore names: databases, or tables (each with its database).
fn check_objects(kind: &str, objects: &[Value]) -> Result<(), ApiError> {
    match kind {
        "CLUSTER" if !objects.is_empty() => Err(bad(
            "invalid request: body.objects: a CLUSTER restore restores everything: objects apply to DATABASE and TABLE restores",
        )),
        "DATABASE" | "TABLE" if objects.is_empty() => Err(bad(format!(
            "invalid request: body.objects: a {kind} restore names what to restore"
        ))),
        "TABLE"
            if objects
                .iter()
                .any(|o| o["table"].as_str().is_none_or(str::is_empty)) =>
        {
            Err(bad(
                "invalid request: body.objects: each object of a TABLE restore names its table",
            ))
        }
        _ => Ok(()),
    }
}

/// A restore into the destination cluster: of a backup by ID, or else of the latest backup of the
/// source cluster (the destination itself unless another is named).
fn create_restore(ctx: &mut Ctx<'_>) -> Result<Reply, ApiError> {
    let destination = ctx.param("destination_cluster_id").to_string();
    let kind = ctx.body_str("type").unwrap_or("CLUSTER").to_string();
    let objects = ctx.body["objects"].as_array().cloned().unwrap_or_default();
    check_objects(&kind, &objects)?;
    let source_id = ctx.body_str("source_cluster_id").map(str::to_string);
    let (backup, source) = match ctx.body_str("backup_id") {
        Some(id) => {
            let (backup, source) = find_backup(ctx, id)
                .ok_or_else(|| ApiError::not_found(format!("backup {id:?} not found")))?;
            if source_id.as_deref().is_some_and(|s| source["id"] != s) {
                return Err(bad(format!(
                    "invalid request: body.backup_id: backup {id} is not a backup of cluster {}",
                    source_id.unwrap_or_default()
                )));
            }
            (backup, source)
        }
        None => {
            let source_id = source_id.unwrap_or_else(|| destination.clone());
            let source = ctx
                .state
                .item(CLUSTERS, &source_id)
                .cloned()
                .ok_or_else(|| ApiError::not_found(format!("cluster {source_id:?} not found")))?;
            let latest = backups_of(ctx, &source).pop().ok_or_else(|| {
                ApiError::failed_precondition(format!(
                    "cluster {source_id} has no backup to restore yet"
                ))
            })?;
            (latest, source)
        }
    };
    let destination_name = ctx
        .state
        .item(CLUSTERS, &destination)
        .and_then(|c| c["name"].as_str())
        .unwrap_or_default()
        .to_string();
    let id = new_uuid();
    let mut item = json!({
        "id": id,
        "backup_id": backup["id"],
        "backup_end_time": backup["as_of_time"],
        "type": kind,
        "status": "PENDING",
        "created_at": rfc3339_millis(ctx.now),
        "completion_percent": 0.0,
        "source_cluster_name": source["name"],
        "destination_cluster_name": destination_name,
        "crdb_job_id": format!("{}", 900_000_000_000u64 + fastrand::u64(..100_000_000)),
        "_since": ctx.now,
        "_duration": ctx.transition(),
    });
    if !objects.is_empty() {
        item["objects"] = json!(objects);
    }
    if let Some(opts) = ctx.body.get("restore_opts") {
        item["restore_opts"] = opts.clone();
    }
    if ctx.transition_fails() {
        // PENDING, then FAILED.
        item["_fails"] = json!(true);
    }
    let Value::Object(item) = item else {
        unreachable!()
    };
    insert_new(ctx, &under(RESTORES, &destination), RESTORES, &id, item)
}
