//! Services: states computed from when the current transition began; create, update, delete, start,
//! stop, passwords, and the private endpoint configuration of a service.

use base64::Engine as _;
use serde_json::{Map, Value, json};

use super::activities::activity;
use super::backups::{ensure_first_backup, first_backup};
use super::organizations::endpoint_service_id;
use super::scaling::{Baseline, current_scaling};
use super::{BACKUPS, SERVICES, bad, host_label, path, render};
use crate::engine::{ApiError, Ctx, Reply, list_items, shown};
use crate::store::{Millis, new_uuid, public, random_token, rfc3339};

/// The ClickHouse version new services run.
const CLICKHOUSE_VERSION: &str = "25.8.1.8344";
/// The sizes a BYOC service's memory per replica can have (the spec's `byocId` says so).
const BYOC_MEMORY_SIZES: [u64; 4] = [48, 116, 172, 232];
/// A service's tags (the spec's `maxItems`).
const MAX_TAGS: usize = 50;

/// A new service item (and its first backup, done once the service first runs), from a checked create
/// request. `duration` is the provisioning time (0: already running).
pub(super) fn new_service(
    id: &str,
    body: &Value,
    scaling: &Baseline,
    created: Millis,
    duration: Millis,
    backup_id: Option<String>,
) -> (Value, Value) {
    let provider = body["provider"].as_str().unwrap_or("aws").to_string();
    let region = body["region"].as_str().unwrap_or("us-east-1").to_string();
    let tier = body["tier"].as_str().unwrap_or("production").to_string();
    let short = host_label(id);
    let mut s = Map::new();
    s.insert("id".into(), json!(id));
    s.insert("name".into(), body["name"].clone());
    s.insert("provider".into(), json!(provider));
    s.insert("region".into(), json!(region));
    s.insert("state".into(), json!("provisioning"));
    s.insert("clickhouseVersion".into(), json!(CLICKHOUSE_VERSION));
    s.insert("endpoints".into(), json!([]));
    s.insert("tier".into(), json!(tier));
    s.insert(
        "ipAccessList".into(),
        body.get("ipAccessList").cloned().unwrap_or(json!([])),
    );
    s.insert("createdAt".into(), json!(rfc3339(created)));
    for f in [
        "encryptionKey",
        "encryptionAssumedRoleIdentifier",
        "byocId",
        "profile",
        "complianceType",
    ] {
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
    s.insert("availablePrivateEndpointIds".into(), json!([]));
    // A service joins the warehouse it names (as a secondary), or starts its own as its primary.
    let warehouse = body["dataWarehouseId"].as_str();
    s.insert(
        "dataWarehouseId".into(),
        json!(warehouse.map_or_else(new_uuid, str::to_string)),
    );
    s.insert("isPrimary".into(), json!(warehouse.is_none()));
    s.insert(
        "isReadonly".into(),
        body.get("isReadonly").cloned().unwrap_or(json!(false)),
    );
    s.insert(
        "releaseChannel".into(),
        body.get("releaseChannel")
            .cloned()
            .unwrap_or(json!("default")),
    );
    let tde = body["hasTransparentDataEncryption"] == true;
    s.insert("hasTransparentDataEncryption".into(), json!(tde));
    if tde {
        s.insert("transparentDataEncryptionKeyId".into(), json!(new_uuid()));
        if provider == "aws" {
            s.insert(
                "encryptionRoleId".into(),
                json!(format!(
                    "arn:aws:iam::012345678901:role/CH-TDE-{short}-Role"
                )),
            );
        }
    }
    s.insert(
        "tags".into(),
        json!(tags_after(&[], body["tags"].as_array(), None)),
    );
    s.insert(
        "enableCoreDumps".into(),
        body.get("enableCoreDumps").cloned().unwrap_or(json!(true)),
    );
    let mut item = Value::Object(s);
    set_endpoints(&mut item, body["endpoints"].as_array());
    scaling.write(&mut item);
    item["_stable"] = json!("running");
    item["_transitional"] = json!("provisioning");
    item["_since"] = json!(created);
    item["_duration"] = json!(duration);
    let backup = first_backup(
        &backup_id.unwrap_or_else(new_uuid),
        id,
        created + duration,
        duration,
    );
    (item, backup)
}

/// The service's endpoints: HTTPS and native always, MySQL when enabled (`ServiceEndpointChange`s).
fn set_endpoints(item: &mut Value, changes: Option<&Vec<Value>>) {
    let id = item["id"].as_str().unwrap_or_default().to_string();
    let host = format!(
        "{}.{}.{}.clickhouse.cloud",
        host_label(&id),
        item["region"].as_str().unwrap_or_default(),
        item["provider"].as_str().unwrap_or_default()
    );
    let mut mysql = item["endpoints"]
        .as_array()
        .is_some_and(|e| e.iter().any(|e| e["protocol"] == "mysql"));
    for change in changes.into_iter().flatten() {
        if change["protocol"] == "mysql" {
            mysql = change["enabled"].as_bool().unwrap_or(mysql);
        }
    }
    let mut endpoints = vec![
        json!({"protocol": "https", "host": host, "port": 8443, "username": null}),
        json!({"protocol": "nativesecure", "host": host, "port": 9440, "username": null}),
    ];
    if mysql {
        let user = format!("{}_default", host_label(&id));
        endpoints.push(json!({"protocol": "mysql", "host": host, "port": 3306, "username": user}));
    }
    item["endpoints"] = json!(endpoints);
}

/// A service's tags after a patch: `remove` (by key, and by value when one is given) before `add`
/// (which replaces a tag with the same key).
fn tags_after(
    current: &[Value],
    add: Option<&Vec<Value>>,
    remove: Option<&Vec<Value>>,
) -> Vec<Value> {
    let mut tags = current.to_vec();
    for r in remove.into_iter().flatten() {
        tags.retain(|t| {
            t["key"] != r["key"] || (r.get("value").is_some() && t["value"] != r["value"])
        });
    }
    for a in add.into_iter().flatten() {
        tags.retain(|t| t["key"] != a["key"]);
        tags.push(a.clone());
    }
    tags
}

/// A service as the API shows it now: its state and applied scaling derived from the time.
pub(super) fn render_service(item: &Value, now: Millis) -> Option<Value> {
    let state = service_state(item, now);
    if state == "deleted" {
        return None;
    }
    let mut v = public(item);
    v["state"] = json!(state);
    // A service stored by an older emulator lacks the current fields: it shows them with defaults.
    if item.get("autoscalingMode").is_none() {
        Baseline::of(item).write(&mut v);
    }
    v["currentScaling"] = current_scaling(item, now);
    Some(v)
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

/// The checks of a create request beyond its schema: the region is one of the provider's, a read-only
/// service joins an existing warehouse, a BYOC service has one of the BYOC sizes.
fn check_new_service(ctx: &Ctx<'_>, org: &str, body: &Value) -> Result<(), ApiError> {
    if body["name"].as_str().is_some_and(|n| n.trim().is_empty()) {
        return Err(bad("name: the service name cannot be empty"));
    }
    let provider = body["provider"].as_str().unwrap_or_default();
    let region = body["region"].as_str().unwrap_or_default();
    check_region(provider, region, "provider", "region")?;
    if let Some(warehouse) = body["dataWarehouseId"].as_str() {
        let exists = ctx
            .state
            .collection(&path(SERVICES, org, None))
            .is_some_and(|c| c.iter().any(|s| s["dataWarehouseId"] == warehouse));
        if !exists {
            return Err(bad(format!(
                "dataWarehouseId: warehouse {warehouse} not found"
            )));
        }
    } else if body["isReadonly"] == true {
        return Err(bad(
            "isReadonly: a service can only be read-only in an existing warehouse (give dataWarehouseId)",
        ));
    }
    if body.get("byocId").is_some() {
        let sized = ["minReplicaMemoryGb", "maxReplicaMemoryGb"]
            .iter()
            .all(|f| {
                body[*f]
                    .as_u64()
                    .is_some_and(|m| BYOC_MEMORY_SIZES.contains(&m))
            });
        if !sized {
            return Err(bad(format!(
                "byocId: a BYOC service needs minReplicaMemoryGb and maxReplicaMemoryGb, each one of {BYOC_MEMORY_SIZES:?}"
            )));
        }
    }
    if body["tier"] == "development"
        && body["releaseChannel"]
            .as_str()
            .is_some_and(|c| c != "default")
    {
        return Err(bad(
            "releaseChannel: release channels are available only for production services",
        ));
    }
    Ok(())
}

/// A region must be one of the provider's (the spec lists all regions in one enum; their form says
/// whose they are).
pub(super) fn check_region(
    provider: &str,
    region: &str,
    provider_field: &str,
    region_field: &str,
) -> Result<(), ApiError> {
    match crate::spec::regions::clickhouse_region_cloud(region) {
        Some(cloud) if cloud == provider => Ok(()),
        _ => Err(bad(format!(
            "{region_field}: {region:?} is not a region of {provider_field} {provider:?}"
        ))),
    }
}

/// The organization's services: those carrying every tag the `filter` parameters name.
pub(super) fn list_services(ctx: &mut Ctx<'_>, org: &str) -> Result<Reply, ApiError> {
    let filters = super::usage::tag_filters(ctx)?;
    let all = list_items(ctx, &path(SERVICES, org, None), SERVICES);
    Ok(Reply::Json(Value::Array(
        all.into_iter()
            .filter(|s| super::usage::carries_all(s, &filters))
            .collect(),
    )))
}

pub(super) fn create_service(ctx: &mut Ctx<'_>, org: &str) -> Result<Reply, ApiError> {
    let body = ctx.body.clone();
    check_new_service(ctx, org, &body)?;
    let tier = body["tier"].as_str().unwrap_or("production");
    let mut scaling = Baseline::default_for(tier);
    scaling.apply(&body, tier)?;
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
    let (mut service, backup) = new_service(&id, &body, &scaling, ctx.now, duration, None);
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
    if body.get("transparentDataEncryptionKeyId").is_some()
        && item["hasTransparentDataEncryption"] != true
    {
        return Err(bad(
            "transparentDataEncryptionKeyId: the service has no Transparent Data Encryption (it is chosen at creation)",
        ));
    }
    if body.get("releaseChannel").is_some_and(|c| c != "default") && item["tier"] == "development" {
        return Err(bad(
            "releaseChannel: release channels are available only for production services",
        ));
    }
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
        kinds.push("service_update_private_endpoints");
    }
    if let Some(channel) = body.get("releaseChannel") {
        item["releaseChannel"] = channel.clone();
        kinds.push("service_update_release_channel");
    }
    if let Some(patch) = body.get("tags") {
        let current = item["tags"].as_array().cloned().unwrap_or_default();
        let tags = tags_after(
            &current,
            patch["add"].as_array(),
            patch["remove"].as_array(),
        );
        if tags.len() > MAX_TAGS {
            return Err(bad(format!(
                "tags: a service has at most {MAX_TAGS} tags; this change leaves {}",
                tags.len()
            )));
        }
        item["tags"] = json!(tags);
    }
    if let Some(changes) = body["endpoints"].as_array() {
        set_endpoints(item, Some(changes));
    }
    if let Some(key) = body.get("transparentDataEncryptionKeyId") {
        item["transparentDataEncryptionKeyId"] = key.clone();
    }
    if let Some(dumps) = body.get("enableCoreDumps") {
        item["enableCoreDumps"] = dumps.clone();
        kinds.push("service_update_core_dump");
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
            "awake" => (
                &["idle"],
                &["running", "awaking", "starting", "provisioning"],
                "awaking",
                "running",
                "service_awaken",
            ),
            other => {
                return Err(bad(format!(
                    "command: unknown command {other:?}; use start, stop or awake"
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
            "Service {id} is {state}; it cannot be {} now",
            match command.as_str() {
                "stop" => "stopped",
                "start" => "started",
                _ => "awakened",
            }
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
