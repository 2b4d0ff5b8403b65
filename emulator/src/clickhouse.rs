//! ClickHouse Cloud as the real service behaves (specs/NOTES.md), beyond what the generic engine
//! does from the spec alone: service states over time, the 409 on deleting a service that is not
//! stopped, passwords shown once, IP access list patches, scaling limits, backups, activities, keys.

use base64::Engine as _;
use serde_json::{Map, Value, json};

use crate::Config;
use crate::engine::{ApiError, Ctx, Env, Reply, generic, list_items, shown};
use crate::store::{
    Millis, State, det_uuid, new_uuid, parse_rfc3339, public, random_token, rfc3339,
};

pub const ORGS: &str = "/v1/organizations";
pub const ORG: &str = "/v1/organizations/{organizationId}";
pub const SERVICES: &str = "/v1/organizations/{organizationId}/services";
pub const SERVICE: &str = "/v1/organizations/{organizationId}/services/{serviceId}";
pub const BACKUPS: &str = "/v1/organizations/{organizationId}/services/{serviceId}/backups";
pub const KEYS: &str = "/v1/organizations/{organizationId}/keys";
pub const MEMBERS: &str = "/v1/organizations/{organizationId}/members";
pub const INVITATIONS: &str = "/v1/organizations/{organizationId}/invitations";
pub const ACTIVITIES: &str = "/v1/organizations/{organizationId}/activities";

const TAG_ORG: u64 = 0xc1c0_0a6e_0000_0001;
const TAG_KEY: u64 = 0xc1c0_0a6e_0000_0002;
const TAG_USER: u64 = 0xc1c0_0a6e_0000_0003;
const TAG_SERVICE: u64 = 0xc1c0_0a6e_0000_0004;
const TAG_BACKUP: u64 = 0xc1c0_0a6e_0000_0005;

const DAY: Millis = 24 * 3600 * 1000;
const MAX_ACTIVITIES: usize = 10_000;

fn path(template: &str, org: &str, service: Option<&str>) -> String {
    template
        .replace("{organizationId}", org)
        .replace("{serviceId}", service.unwrap_or_default())
}

// ---------------------------------------------------------------------------------------------
// Seed
// ---------------------------------------------------------------------------------------------

pub fn seed(state: &mut State, config: &Config, now: Millis) {
    let org = det_uuid(TAG_ORG, 1);
    state.meta.insert("clickhouse_org_id".into(), json!(org));
    let created = now - 30 * DAY;
    state.collection_mut(ORGS, ORGS).insert(
        &org,
        json!({
            "id": org,
            "createdAt": rfc3339(created),
            "name": "Emulator Organization",
            "privateEndpoints": [],
        }),
    );
    let key_record = det_uuid(TAG_KEY, 1);
    state
        .meta
        .insert("clickhouse_key_record_id".into(), json!(key_record));
    state.collection_mut(&path(KEYS, &org, None), KEYS).insert(
        &key_record,
        json!({
            "id": key_record,
            "name": "emulator",
            "state": "enabled",
            "roles": ["admin"],
            "keySuffix": suffix(&config.clickhouse_key_id),
            "createdAt": rfc3339(created),
            // This record is the key the emulator was configured with (--clickhouse-key-id).
            "_configured": true,
        }),
    );
    let members = state.collection_mut(&path(MEMBERS, &org, None), MEMBERS);
    for (n, name, email, role) in [
        (1, "Emulator Admin", "admin@example.com", "admin"),
        (
            2,
            "Emulator Developer",
            "developer@example.com",
            "developer",
        ),
    ] {
        let id = det_uuid(TAG_USER, n);
        members.insert(
            &id,
            json!({"userId": id, "name": name, "email": email, "role": role, "joinedAt": rfc3339(created)}),
        );
    }
    state.meta.insert(
        "clickhouse_owner_user_id".into(),
        json!(det_uuid(TAG_USER, 1)),
    );
    for i in 1..=config.seed_services as u64 {
        let id = det_uuid(TAG_SERVICE, i);
        let body = json!({
            "name": format!("seed-service-{i:04}"),
            "provider": "aws",
            "region": "us-east-1",
            "tier": "production",
            "ipAccessList": [{"source": "0.0.0.0/0", "description": "anywhere"}],
        });
        let created = now - DAY;
        let (service, backup) = new_service(&id, &body, created, 0, Some(det_uuid(TAG_BACKUP, i)));
        state
            .collection_mut(&path(SERVICES, &org, None), SERVICES)
            .insert(&id, service);
        let backup_id = backup["id"].as_str().unwrap_or_default().to_string();
        state
            .collection_mut(&path(BACKUPS, &org, Some(&id)), BACKUPS)
            .insert(&backup_id, backup);
    }
}

fn suffix(s: &str) -> String {
    let chars: Vec<char> = s.chars().collect();
    chars[chars.len().saturating_sub(4)..].iter().collect()
}

/// The key record ID for credentials, when they are those of an enabled, unexpired key.
pub fn authenticate(
    state: &State,
    config: &Config,
    id: &str,
    secret: &str,
    now: Millis,
) -> Option<String> {
    let org = state.meta_str("clickhouse_org_id");
    let keys = state.collection(&path(KEYS, &org, None))?;
    keys.iter().find_map(|k| {
        let matches = if k["_configured"] == true {
            id == config.clickhouse_key_id && secret == config.clickhouse_key_secret
        } else {
            k["_key_id"].as_str() == Some(id) && k["_key_secret"].as_str() == Some(secret)
        };
        let expired = k["expireAt"]
            .as_str()
            .and_then(parse_rfc3339)
            .is_some_and(|t| t <= now);
        (matches && k["state"] == "enabled" && !expired)
            .then(|| k["id"].as_str().unwrap_or_default().to_string())
    })
}

// ---------------------------------------------------------------------------------------------
// Services: states computed from when the current transition began
// ---------------------------------------------------------------------------------------------

/// A new service item (and its first backup, done once the service first runs). `duration` is the
/// provisioning time (0: already running).
fn new_service(
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

/// The backup a service takes when it first runs (at `first_run`): in progress for half a
/// transition (`duration`), then done.
fn first_backup(backup_id: &str, service_id: &str, first_run: Millis, duration: Millis) -> Value {
    json!({
        "id": backup_id,
        "status": "done",
        "serviceId": service_id,
        "startedAt": rfc3339(first_run),
        "finishedAt": rfc3339(first_run + duration / 2),
        "_visible_from": first_run,
        "_done_at": first_run + duration / 2,
    })
}

/// Gives a service that has never run (its creation failed) its first backup, taken when it
/// first runs at `first_run`.
fn ensure_first_backup(
    ctx: &mut Ctx<'_>,
    org: &str,
    service_id: &str,
    first_run: Millis,
    duration: Millis,
) {
    let backups = ctx
        .state
        .collection_mut(&path(BACKUPS, org, Some(service_id)), BACKUPS);
    if backups.len() == 0 {
        let id = new_uuid();
        backups.insert(&id, first_backup(&id, service_id, first_run, duration));
    }
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

pub fn render(template: &str, item: &Value, now: Millis, _env: &Env) -> Option<Value> {
    match template {
        SERVICES => {
            let state = service_state(item, now);
            if state == "deleted" {
                return None;
            }
            let mut v = public(item);
            v["state"] = json!(state);
            Some(v)
        }
        BACKUPS => {
            let visible = item["_visible_from"].as_u64().unwrap_or(0);
            if now < visible {
                return None;
            }
            let mut v = public(item);
            if now < item["_done_at"].as_u64().unwrap_or(0) {
                v["status"] = json!("in_progress");
                if let Value::Object(m) = &mut v {
                    m.remove("finishedAt");
                }
            }
            Some(v)
        }
        _ => Some(public(item)),
    }
}

// ---------------------------------------------------------------------------------------------
// Requests
// ---------------------------------------------------------------------------------------------

pub fn handle(ctx: &mut Ctx<'_>) -> Result<Reply, ApiError> {
    let org = ctx.state.meta_str("clickhouse_org_id");
    if let Some(requested) = ctx.params.get("organizationId")
        && requested != &org
    {
        return Err(ApiError::not_found(format!(
            "Organization {requested} not found"
        )));
    }
    if let Some(service) = ctx.params.get("serviceId").cloned() {
        let visible = ctx
            .state
            .item(&path(SERVICES, &org, None), &service)
            .and_then(|s| render(SERVICES, s, ctx.now, ctx.env))
            .is_some();
        if !visible {
            return Err(ApiError::not_found(format!("Service {service} not found")));
        }
    }
    let op = ctx.op;
    let key = (op.method.as_str(), op.template.as_str());
    match key {
        ("GET", ORGS) => Ok(Reply::Json(Value::Array(list_items(ctx, ORGS, ORGS)))),
        ("GET", ORG) => Ok(Reply::Json(shown(ctx, ORGS, ORGS, &org)?)),
        ("PATCH", ORG) => update_org(ctx, &org),
        ("POST", SERVICES) => create_service(ctx, &org),
        ("PATCH", SERVICE) => update_service(ctx, &org),
        ("DELETE", SERVICE) => delete_service(ctx, &org),
        ("PATCH", t) if t == format!("{SERVICE}/state") => change_state(ctx, &org),
        ("PATCH", t) if t == format!("{SERVICE}/scaling") => scale(ctx, &org),
        ("PATCH", t) if t == format!("{SERVICE}/password") => reset_password(ctx, &org),
        ("GET", t) if t == format!("{SERVICE}/prometheus") => prometheus(ctx, &org),
        ("GET", t) if t == format!("{SERVICE}/privateEndpointConfig") => {
            service_private_endpoint_config(ctx, &org)
        }
        ("GET", t) if t == format!("{ORG}/privateEndpointConfig") => {
            org_private_endpoint_config(ctx)
        }
        ("POST", KEYS) => create_key(ctx, &org),
        ("DELETE", t) if t == format!("{KEYS}/{{keyId}}") => {
            let reply = generic(ctx)?;
            activity(ctx, &org, "key_delete", None);
            Ok(reply)
        }
        ("PATCH", t) if t == format!("{MEMBERS}/{{userId}}") => update_member(ctx, &org),
        ("DELETE", t) if t == format!("{MEMBERS}/{{userId}}") => remove_member(ctx, &org),
        ("POST", INVITATIONS) => invite(ctx, &org),
        ("DELETE", t) if t == format!("{INVITATIONS}/{{invitationId}}") => {
            let reply = generic(ctx)?;
            activity(ctx, &org, "organization_invite_delete", None);
            Ok(reply)
        }
        ("GET", ACTIVITIES) => list_activities(ctx, &org),
        _ => generic(ctx),
    }
}

/// Records an activity (the organization's audit trail) for a change made through the API.
fn activity(ctx: &mut Ctx<'_>, org: &str, kind: &str, service: Option<&str>) {
    let id = new_uuid();
    let mut a = json!({
        "id": id,
        "createdAt": rfc3339(ctx.now),
        "type": kind,
        "actorType": "api",
        "actorId": ctx.actor,
        "actorDetails": format!("API key {}", ctx.actor),
        "actorIpAddress": "127.0.0.1",
        "organizationId": org,
    });
    if let Some(s) = service {
        a["serviceId"] = json!(s);
    }
    let log = ctx
        .state
        .collection_mut(&path(ACTIVITIES, org, None), ACTIVITIES);
    log.insert(&id, a);
    if log.len() > MAX_ACTIVITIES {
        let oldest = log
            .iter()
            .next()
            .and_then(|e| e["_key"].as_str().map(str::to_string));
        if let Some(k) = oldest {
            log.remove(&k);
        }
    }
}

fn update_org(ctx: &mut Ctx<'_>, org: &str) -> Result<Reply, ApiError> {
    let body = ctx.body.clone();
    let renamed = body.get("name").and_then(Value::as_str).map(str::to_string);
    if let Some(name) = &renamed
        && name.trim().is_empty()
    {
        return Err(ApiError::bad_request(
            "body.name: the organization name cannot be empty",
        ));
    }
    let item = ctx
        .state
        .item_mut(ORGS, org)
        .ok_or_else(|| ApiError::not_found(format!("Organization {org} not found")))?;
    if let Some(name) = &renamed {
        item["name"] = json!(name);
    }
    if let Some(patch) = body.get("privateEndpoints") {
        let mut list: Vec<Value> = item["privateEndpoints"]
            .as_array()
            .cloned()
            .unwrap_or_default();
        // "remove" runs before "add".
        for r in patch["remove"].as_array().into_iter().flatten() {
            list.retain(|e| e["id"] != r["id"]);
        }
        for a in patch["add"].as_array().into_iter().flatten() {
            list.retain(|e| e["id"] != a["id"]);
            list.push(a.clone());
        }
        item["privateEndpoints"] = Value::Array(list);
    }
    if renamed.is_some() {
        activity(ctx, org, "organization_update_name", None);
    }
    Ok(Reply::Json(shown(ctx, ORGS, ORGS, org)?))
}

fn bad(m: impl Into<String>) -> ApiError {
    ApiError::bad_request(m)
}

/// The scaling rules the spec describes in words: min ≤ max, idle timeout ≥ 5 minutes.
fn check_scaling(
    min: Option<i64>,
    max: Option<i64>,
    idle_timeout: Option<f64>,
) -> Result<(), ApiError> {
    if let (Some(min), Some(max)) = (min, max)
        && min > max
    {
        return Err(bad(format!(
            "minTotalMemoryGb ({min}) must be less than or equal to maxTotalMemoryGb ({max})"
        )));
    }
    if let Some(t) = idle_timeout
        && t < 5.0
    {
        return Err(bad(format!(
            "idleTimeoutMinutes must be at least 5, not {t}"
        )));
    }
    Ok(())
}

fn create_service(ctx: &mut Ctx<'_>, org: &str) -> Result<Reply, ApiError> {
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
fn service_for_change<'s>(
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

fn update_service(ctx: &mut Ctx<'_>, org: &str) -> Result<Reply, ApiError> {
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
fn delete_service(ctx: &mut Ctx<'_>, org: &str) -> Result<Reply, ApiError> {
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

fn change_state(ctx: &mut Ctx<'_>, org: &str) -> Result<Reply, ApiError> {
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

fn scale(ctx: &mut Ctx<'_>, org: &str) -> Result<Reply, ApiError> {
    let body = ctx.body.clone();
    let (id, item) = service_for_change(ctx, org)?;
    let memory_change =
        body.get("minTotalMemoryGb").is_some() || body.get("maxTotalMemoryGb").is_some();
    if memory_change && item["tier"] == "development" {
        return Err(bad(
            "Memory autoscaling is available only for 'production' services",
        ));
    }
    let merged = |f: &str| body.get(f).cloned().unwrap_or_else(|| item[f].clone());
    check_scaling(
        merged("minTotalMemoryGb").as_i64(),
        merged("maxTotalMemoryGb").as_i64(),
        merged("idleTimeoutMinutes").as_f64(),
    )?;
    let mut kinds = Vec::new();
    for f in [
        "minTotalMemoryGb",
        "maxTotalMemoryGb",
        "numReplicas",
        "idleScaling",
        "idleTimeoutMinutes",
    ] {
        if let Some(v) = body.get(f) {
            item[f] = v.clone();
        }
    }
    if memory_change || body.get("numReplicas").is_some() {
        kinds.push("service_update_autoscaling_memory");
    }
    if body.get("idleScaling").is_some() || body.get("idleTimeoutMinutes").is_some() {
        kinds.push("service_update_autoscaling_idling");
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

fn reset_password(ctx: &mut Ctx<'_>, org: &str) -> Result<Reply, ApiError> {
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

fn prometheus(ctx: &mut Ctx<'_>, org: &str) -> Result<Reply, ApiError> {
    let id = ctx.param("serviceId").to_string();
    let s = shown(ctx, &path(SERVICES, org, None), SERVICES, &id)?;
    let name = s["name"].as_str().unwrap_or_default();
    let running = s["state"] == "running";
    let labels = format!(
        "clickhouse_org=\"{org}\",clickhouse_service=\"{id}\",clickhouse_service_name=\"{name}\",hostname=\"c-emulator-0-server-0\",instance=\"c-emulator-0-server-0\""
    );
    let uptime = if running { 3600 } else { 0 };
    let mut text = String::new();
    for (metric, kind, help, value) in [
        (
            "ClickHouseProfileEvents_Query",
            "counter",
            "Number of queries to be interpreted and potentially executed.",
            42,
        ),
        (
            "ClickHouseProfileEvents_SelectQuery",
            "counter",
            "Same as Query, but only for SELECT queries.",
            40,
        ),
        (
            "ClickHouseMetrics_TCPConnection",
            "gauge",
            "Number of connections to TCP server.",
            if running { 2 } else { 0 },
        ),
        (
            "ClickHouseAsyncMetrics_Uptime",
            "gauge",
            "The server uptime in seconds.",
            uptime,
        ),
        (
            "ClickHouse_ServiceInfo",
            "gauge",
            "Information about the service.",
            1,
        ),
    ] {
        text.push_str(&format!(
            "# HELP {metric} {help}\n# TYPE {metric} {kind}\n{metric}{{{labels}}} {value}\n"
        ));
    }
    Ok(Reply::Text(
        text,
        "text/plain; version=0.0.4; charset=utf-8",
    ))
}

fn endpoint_service_id(provider: &str, region: &str) -> String {
    match provider {
        "gcp" => format!(
            "projects/clickhouse-cloud/regions/{region}/serviceAttachments/production-service-attachment-ilb"
        ),
        "azure" => format!(
            "production-{region}-0-0-privatelink-service.5e1d6b80-emulator.{region}.azure.privatelinkservice"
        ),
        _ => format!("com.amazonaws.vpce.{region}.vpce-svc-0e4c1a7b6d5f3e2a1"),
    }
}

fn service_private_endpoint_config(ctx: &mut Ctx<'_>, org: &str) -> Result<Reply, ApiError> {
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

fn org_private_endpoint_config(ctx: &mut Ctx<'_>) -> Result<Reply, ApiError> {
    let provider = ctx
        .query("cloud_provider")
        .unwrap_or_default()
        .to_lowercase();
    let region = ctx.query("region_id").unwrap_or_default().to_string();
    if !["aws", "gcp", "azure"].contains(&provider.as_str()) {
        return Err(bad(format!(
            "cloud_provider: {provider:?} is not one of aws, gcp, azure"
        )));
    }
    if region.is_empty() {
        return Err(bad("region_id: a region is required"));
    }
    Ok(Reply::Json(
        json!({"endpointServiceId": endpoint_service_id(&provider, &region)}),
    ))
}

fn create_key(ctx: &mut Ctx<'_>, org: &str) -> Result<Reply, ApiError> {
    let body = ctx.body.clone();
    let id = new_uuid();
    let mut key = json!({
        "id": id,
        "name": body["name"],
        "state": body.get("state").cloned().unwrap_or(json!("enabled")),
        "roles": body["roles"],
        "createdAt": rfc3339(ctx.now),
    });
    if let Some(e) = body.get("expireAt") {
        key["expireAt"] = e.clone();
    }
    let mut answer = Map::new();
    match body.get("hashData") {
        Some(hash) => {
            key["keySuffix"] = hash.get("keyIdSuffix").cloned().unwrap_or(json!(""));
            key["_hash_data"] = hash.clone();
        }
        None => {
            let key_id = random_token(20);
            let secret = format!("4b1d{}", random_token(38));
            key["keySuffix"] = json!(suffix(&key_id));
            key["_key_id"] = json!(key_id);
            key["_key_secret"] = json!(secret);
            // The key ID and secret are shown here only.
            answer.insert("keyId".into(), json!(key_id));
            answer.insert("keySecret".into(), json!(secret));
        }
    }
    ctx.state
        .collection_mut(&path(KEYS, org, None), KEYS)
        .insert(&id, key);
    activity(ctx, org, "key_create", None);
    let shown_key = shown(ctx, &path(KEYS, org, None), KEYS, &id)?;
    let mut out = Map::new();
    out.insert("key".into(), shown_key);
    out.extend(answer);
    Ok(Reply::Json(Value::Object(out)))
}

fn admins(ctx: &Ctx<'_>, org: &str) -> usize {
    ctx.state
        .collection(&path(MEMBERS, org, None))
        .map(|c| c.iter().filter(|m| m["role"] == "admin").count())
        .unwrap_or(0)
}

fn update_member(ctx: &mut Ctx<'_>, org: &str) -> Result<Reply, ApiError> {
    let user = ctx.param("userId").to_string();
    let role = ctx.body_str("role").unwrap_or_default().to_string();
    let members = path(MEMBERS, org, None);
    let current = shown(ctx, &members, MEMBERS, &user)?;
    if current["role"] == "admin" && role != "admin" && admins(ctx, org) <= 1 {
        return Err(ApiError::failed_precondition(
            "The organization must keep at least one admin",
        ));
    }
    if let Some(m) = ctx.state.item_mut(&members, &user) {
        m["role"] = json!(role);
    }
    activity(ctx, org, "organization_member_update_role", None);
    Ok(Reply::Json(shown(ctx, &members, MEMBERS, &user)?))
}

fn remove_member(ctx: &mut Ctx<'_>, org: &str) -> Result<Reply, ApiError> {
    let user = ctx.param("userId").to_string();
    let members = path(MEMBERS, org, None);
    let current = shown(ctx, &members, MEMBERS, &user)?;
    if current["role"] == "admin" && admins(ctx, org) <= 1 {
        return Err(ApiError::failed_precondition(
            "The organization must keep at least one admin",
        ));
    }
    if let Some(c) = ctx.state.collections.get_mut(&members) {
        c.remove(&user);
    }
    activity(ctx, org, "organization_member_delete", None);
    Ok(Reply::Empty)
}

fn invite(ctx: &mut Ctx<'_>, org: &str) -> Result<Reply, ApiError> {
    let email = ctx.body_str("email").unwrap_or_default().to_lowercase();
    let role = ctx.body["role"].clone();
    let is_member = ctx
        .state
        .collection(&path(MEMBERS, org, None))
        .is_some_and(|c| {
            c.iter()
                .any(|m| m["email"].as_str().map(str::to_lowercase).as_deref() == Some(&email))
        });
    if is_member {
        return Err(ApiError::already_exists(format!(
            "{email} is already a member of the organization"
        )));
    }
    let invitations = path(INVITATIONS, org, None);
    let pending = ctx
        .state
        .collection(&invitations)
        .is_some_and(|c| c.iter().any(|i| i["email"] == email.as_str()));
    if pending {
        return Err(ApiError::already_exists(format!(
            "an invitation for {email} already exists"
        )));
    }
    let id = new_uuid();
    ctx.state.collection_mut(&invitations, INVITATIONS).insert(
        &id,
        json!({
            "role": role,
            "id": id,
            "email": email,
            "createdAt": rfc3339(ctx.now),
            "expireAt": rfc3339(ctx.now + 30 * DAY),
        }),
    );
    activity(ctx, org, "organization_invite_create", None);
    Ok(Reply::Json(shown(ctx, &invitations, INVITATIONS, &id)?))
}

/// Activities, optionally between `from_date` and `to_date` (query parameters the live API takes).
fn list_activities(ctx: &mut Ctx<'_>, org: &str) -> Result<Reply, ApiError> {
    let bound = |name: &str| -> Result<Option<Millis>, ApiError> {
        match ctx.query(name) {
            None | Some("") => Ok(None),
            Some(v) => parse_rfc3339(v)
                .map(Some)
                .ok_or_else(|| bad(format!("{name}: {v:?} is not an ISO-8601 date-time"))),
        }
    };
    let (from, to) = (bound("from_date")?, bound("to_date")?);
    let items: Vec<Value> = list_items(ctx, &path(ACTIVITIES, org, None), ACTIVITIES)
        .into_iter()
        .filter(|a| {
            let t = a["createdAt"].as_str().and_then(parse_rfc3339).unwrap_or(0);
            from.is_none_or(|f| t >= f) && to.is_none_or(|e| t <= e)
        })
        .collect();
    Ok(Reply::Json(Value::Array(items)))
}

/// The service's label in its host names: the ID's last ten hex digits (seeded IDs share their beginning).
fn host_label(id: &str) -> String {
    let hex: Vec<char> = id.chars().filter(|c| *c != '-').collect();
    hex[hex.len().saturating_sub(10)..].iter().collect()
}
