//! Services: states computed from when the current transition began; create, update, delete, start,
//! stop, passwords, and the private endpoint configuration of a service.

use base64::Engine as _;
use serde_json::{Map, Value, json};

use super::activities::activity;
use super::backups::{ensure_first_backup, first_backup};
use super::organizations::endpoint_service_id;
use super::scaling::check_scaling;
use super::{BACKUPS, SERVICES, bad, host_label, path, render};
use crate::engine::{ApiError, Ctx, Reply, shown};
use crate::store::{Millis, new_uuid, random_token, rfc3339};

/// A new service item (and its first backup, done once the service first runs). `duration` is the
/// provisioning time (0: already running).
pub(super) fn new_service(
    id: &str,
    body: &Value,
    created: Millis,
    duration: Millis,
    backup_id: Option<String>,
) -> (Value, Value) {
    let provider = body["provider"].as_str().unwrap_or("aws").to_string();
    let region = body["region"].as_str().unwrap_or("us-east-1").to_string();
    let tier = body["tier"].as_str().unwrap_or("production").to_string();
    let short = host_label(id);
    let host = format!("{short}.{region}.{provider}.clickhouse.cloud");
    let (min_default, max_default) = if tier == "development" {
        (24, 24)
    } else {
        (24, 360)
    };
    let mut s = Map::new();
    s.insert("id".into(), json!(id));
    s.insert("name".into(), body["name"].clone());
    s.insert("provider".into(), json!(provider));
    s.insert("region".into(), json!(region));
    s.insert("state".into(), json!("provisioning"));
    s.insert(
        "endpoints".into(),
        json!([
            {"protocol": "https", "host": host, "port": 8443},
            {"protocol": "nativesecure", "host": host, "port": 9440},
        ]),
    );
    s.insert("tier".into(), json!(tier));
    s.insert(
        "minTotalMemoryGb".into(),
        body.get("minTotalMemoryGb")
            .cloned()
            .unwrap_or(json!(min_default)),
    );
    s.insert(
        "maxTotalMemoryGb".into(),
        body.get("maxTotalMemoryGb")
            .cloned()
            .unwrap_or(json!(max_default)),
    );
    s.insert(
        "numReplicas".into(),
        body.get("numReplicas").cloned().unwrap_or(json!(3)),
    );
    s.insert(
        "idleScaling".into(),
        if tier == "development" {
            json!(true)
        } else {
            body.get("idleScaling").cloned().unwrap_or(json!(true))
        },
    );
    s.insert(
        "idleTimeoutMinutes".into(),
        body.get("idleTimeoutMinutes").cloned().unwrap_or(json!(15)),
    );
    s.insert(
        "ipAccessList".into(),
        body.get("ipAccessList").cloned().unwrap_or(json!([])),
    );
    s.insert("createdAt".into(), json!(rfc3339(created)));
    for f in ["encryptionKey", "encryptionAssumedRoleIdentifier"] {
        if let Some(v) = body.get(f) {
            s.insert(f.into(), v.clone());
        }
    }
    if provider == "aws" {
        s.insert(
            "iamRole".into(),
            json!(format!("arn:aws:iam::012345678901:role/CH-S3-{short}-Role")),
        );
    }
    s.insert(
        "privateEndpointIds".into(),
        body.get("privateEndpointIds").cloned().unwrap_or(json!([])),
    );
    s.insert("_stable".into(), json!("running"));
    s.insert("_transitional".into(), json!("provisioning"));
    s.insert("_since".into(), json!(created));
    s.insert("_duration".into(), json!(duration));
    let backup = first_backup(
        &backup_id.unwrap_or_else(new_uuid),
        id,
        created + duration,
        duration,
    );
    (Value::Object(s), backup)
}

/// The state a service shows now: the transitional state until the transition's time has passed.
pub fn service_state(item: &Value, now: Millis) -> String {
    let since = item["_since"].as_u64().unwrap_or(0);
    let duration = item["_duration"].as_u64().unwrap_or(0);
    if now < since + duration {
        item["_transitional"]
            .as_str()
            .unwrap_or("provisioning")
            .to_string()
    } else {
        item["_stable"].as_str().unwrap_or("running").to_string()
    }
}

pub(super) fn create_service(ctx: &mut Ctx<'_>, org: &str) -> Result<Reply, ApiError> {
    let body = ctx.body.clone();
    check_scaling(
        body["minTotalMemoryGb"].as_i64(),
        body["maxTotalMemoryGb"].as_i64(),
        body["idleTimeoutMinutes"].as_f64(),
    )?;
    if body["name"].as_str().is_some_and(|n| n.trim().is_empty()) {
        return Err(bad("name: the service name cannot be empty"));
    }
    let mut duration = ctx.transition();
    if let Some(backup) = body["backupId"].as_str() {
        // Restoring from a backup: the backup must exist, and it takes longer.
        let services_path = path(SERVICES, org, None);
        let found = ctx
            .state
            .collection(&services_path)
            .map(|c| {
                c.iter().any(|s| {
                    let sid = s["id"].as_str().unwrap_or_default();
                    ctx.state
                        .item(&path(BACKUPS, org, Some(sid)), backup)
                        .and_then(|b| render(BACKUPS, b, ctx.now, ctx.env))
                        .is_some_and(|b| b["status"] == "done")
                })
            })
            .unwrap_or(false);
        if !found {
            return Err(bad(format!(
                "backupId: backup {backup} not found or not completed"
            )));
        }
        duration *= 2;
    }
    let id = new_uuid();
    let (mut service, backup) = new_service(&id, &body, ctx.now, duration, None);
    if ctx.transition_fails() {
        // Provisioning ends in `failed`; the service never ran, so it has no backup yet.
        service["_stable"] = json!("failed");
    } else {
        let backup_id = backup["id"].as_str().unwrap_or_default().to_string();
        ctx.state
            .collection_mut(&path(BACKUPS, org, Some(&id)), BACKUPS)
            .insert(&backup_id, backup);
    }
    ctx.state
        .collection_mut(&path(SERVICES, org, None), SERVICES)
        .insert(&id, service);
    activity(ctx, org, "service_create", Some(&id));
    let password = random_token(20);
    let service = shown(ctx, &path(SERVICES, org, None), SERVICES, &id)?;
    // The password is shown here and never again.
    Ok(Reply::Json(
        json!({"service": service, "password": password}),
    ))
}

/// The service of the request, refusing changes while it is being deleted.
pub(super) fn service_for_change<'s>(
    ctx: &'s mut Ctx<'_>,
    org: &str,
) -> Result<(String, &'s mut Value), ApiError> {
    let id = ctx.param("serviceId").to_string();
    let now = ctx.now;
    let item = ctx
        .state
        .item_mut(&path(SERVICES, org, None), &id)
        .ok_or_else(|| ApiError::not_found(format!("Service {id} not found")))?;
    if service_state(item, now) == "softdeleting" {
        return Err(ApiError::failed_precondition(format!(
            "Service {id} is being deleted"
        )));
    }
    Ok((id, item))
}

pub(super) fn update_service(ctx: &mut Ctx<'_>, org: &str) -> Result<Reply, ApiError> {
    let body = ctx.body.clone();
    if body["name"].as_str().is_some_and(|n| n.trim().is_empty()) {
        return Err(bad("name: the service name cannot be empty"));
    }
    let (id, item) = service_for_change(ctx, org)?;
    let mut kinds = Vec::new();
    if let Some(name) = body.get("name") {
        item["name"] = name.clone();
        kinds.push("service_update_name");
    }
    if let Some(patch) = body.get("ipAccessList") {
        let mut list: Vec<Value> = item["ipAccessList"].as_array().cloned().unwrap_or_default();
        // "remove" is processed before "add".
        for r in patch["remove"].as_array().into_iter().flatten() {
            list.retain(|e| e["source"] != r["source"]);
        }
        for a in patch["add"].as_array().into_iter().flatten() {
            list.retain(|e| e["source"] != a["source"]);
            list.push(a.clone());
        }
        item["ipAccessList"] = Value::Array(list);
        kinds.push("service_update_ip_access_list");
    }
    if let Some(patch) = body.get("privateEndpointIds") {
        let mut list: Vec<Value> = item["privateEndpointIds"]
            .as_array()
            .cloned()
            .unwrap_or_default();
        for r in patch["remove"].as_array().into_iter().flatten() {
            list.retain(|e| e != r);
        }
        for a in patch["add"].as_array().into_iter().flatten() {
            if !list.contains(a) {
                list.push(a.clone());
            }
        }
        item["privateEndpointIds"] = Value::Array(list);
    }
    for k in kinds {
        activity(ctx, org, k, Some(&id));
    }
    Ok(Reply::Json(shown(
        ctx,
        &path(SERVICES, org, None),
        SERVICES,
        &id,
    )?))
}

/// DELETE works only on a stopped (or failed) service, and not in the first moments after it
/// stopped (or failed).
pub(super) fn delete_service(ctx: &mut Ctx<'_>, org: &str) -> Result<Reply, ApiError> {
    let now = ctx.now;
    let transition = ctx.transition();
    let (id, item) = service_for_change(ctx, org)?;
    let state = service_state(item, now);
    let settled_at =
        item["_since"].as_u64().unwrap_or(0) + item["_duration"].as_u64().unwrap_or(0) * 3 / 2;
    if !(state == "stopped" || state == "failed") || now < settled_at {
        return Err(ApiError::failed_precondition(
            "Only instance in one of the following states (stopped, failed) can be terminated",
        ));
    }
    item["_stable"] = json!("deleted");
    item["_transitional"] = json!("softdeleting");
    item["_since"] = json!(now);
    item["_duration"] = json!(transition);
    activity(ctx, org, "service_delete", Some(&id));
    Ok(Reply::Empty)
}

pub(super) fn change_state(ctx: &mut Ctx<'_>, org: &str) -> Result<Reply, ApiError> {
    let command = ctx.body_str("command").unwrap_or_default().to_string();
    let now = ctx.now;
    let transition = ctx.transition();
    let (id, item) = service_for_change(ctx, org)?;
    let state = service_state(item, now);
    let (allowed_from, noop, transitional, stable, kind): (&[&str], &[&str], &str, &str, &str) =
        match command.as_str() {
            "stop" => (
                &["running", "idle", "degraded"],
                &["stopped", "stopping"],
                "stopping",
                "stopped",
                "service_stop",
            ),
            "start" => (
                &["stopped", "failed"],
                &["running", "starting", "provisioning", "idle"],
                "starting",
                "running",
                "service_start",
            ),
            other => {
                return Err(bad(format!(
                    "command: unknown command {other:?}; use start or stop"
                )));
            }
        };
    if noop.contains(&state.as_str()) {
        return Ok(Reply::Json(shown(
            ctx,
            &path(SERVICES, org, None),
            SERVICES,
            &id,
        )?));
    }
    if !allowed_from.contains(&state.as_str()) {
        return Err(ApiError::failed_precondition(format!(
            "Service {id} is {state}; it cannot be {}ed now",
            if command == "stop" { "stopp" } else { "start" }
        )));
    }
    // A start can fail (the failed_transitions fault); a stop has no failed state.
    let fails = command == "start" && ctx.transition_fails();
    let (_, item) = service_for_change(ctx, org)?;
    item["_stable"] = json!(if fails { "failed" } else { stable });
    item["_transitional"] = json!(transitional);
    item["_since"] = json!(now);
    item["_duration"] = json!(transition);
    if command == "start" && !fails {
        // A service whose creation failed gets its first backup when it first runs.
        ensure_first_backup(ctx, org, &id, now + transition, transition);
    }
    activity(ctx, org, kind, Some(&id));
    Ok(Reply::Json(shown(
        ctx,
        &path(SERVICES, org, None),
        SERVICES,
        &id,
    )?))
}

pub(super) fn reset_password(ctx: &mut Ctx<'_>, org: &str) -> Result<Reply, ApiError> {
    let body = ctx.body.clone();
    let engine = base64::engine::general_purpose::STANDARD;
    if let Some(hash) = body["newPasswordHash"].as_str()
        && engine.decode(hash).map(|b| b.len()) != Ok(32)
    {
        return Err(bad(
            "newPasswordHash: expected base64(sha256(password)), 44 characters",
        ));
    }
    if let Some(hash) = body["newDoubleSha1Hash"].as_str()
        && !(hash.len() == 40 && hash.chars().all(|c| c.is_ascii_hexdigit()))
    {
        return Err(bad(
            "newDoubleSha1Hash: expected hex(sha1(sha1(password))), 40 hex digits",
        ));
    }
    let now = ctx.now;
    let (id, item) = service_for_change(ctx, org)?;
    item["_password_changed_at"] = json!(now);
    activity(ctx, org, "service_update_password", Some(&id));
    if body.get("newPasswordHash").is_some() {
        Ok(Reply::Json(json!({})))
    } else {
        // A generated password is shown only in this answer.
        Ok(Reply::Json(json!({"password": random_token(20)})))
    }
}

pub(super) fn service_private_endpoint_config(
    ctx: &mut Ctx<'_>,
    org: &str,
) -> Result<Reply, ApiError> {
    let id = ctx.param("serviceId").to_string();
    let s = shown(ctx, &path(SERVICES, org, None), SERVICES, &id)?;
    let provider = s["provider"].as_str().unwrap_or("aws");
    let region = s["region"].as_str().unwrap_or("us-east-1");
    let short = host_label(&id);
    Ok(Reply::Json(json!({
        "endpointServiceId": endpoint_service_id(provider, region),
        "privateDnsHostname": format!("{short}.{region}.vpce.{provider}.clickhouse.cloud"),
    })))
}
