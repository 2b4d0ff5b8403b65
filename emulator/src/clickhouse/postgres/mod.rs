//! Postgres services as the real service behaves: states computed from when the current transition began
//! (creating → running, restarting, promoting through `replaying_wal`, restoring through
//! `restoring_backup` and `finalizing_restore`, `deleting` → gone), failures on demand ending in
//! `unavailable`, read replicas and restores as new services, the superuser password shown once, settings
//! (`config.rs`), and what a service tells about itself (`insights.rs`).
//!
//! Every operation under `/v1/organizations/{organizationId}/postgres` is answered here ([`handle`]).

mod config;
mod insights;

use serde_json::{Map, Value, json};

use super::{bad, host_label};
use crate::engine::{ApiError, Ctx, Reply};
use crate::spec::{Provider, regions::clickhouse_region_cloud, rules};
use crate::store::{Millis, new_uuid, parse_rfc3339, public, random_token, rfc3339};

pub const POSTGRES: &str = "/v1/organizations/{organizationId}/postgres";

/// The stable state of a deleted service: it is no longer shown.
const GONE: &str = "gone";
/// The state a failed transition ends in (the spec has no `failed`).
const FAILED: &str = "unavailable";

/// Answers an operation of the Postgres area (`None`: not one of them).
pub(super) fn handle(ctx: &mut Ctx<'_>, org: &str) -> Option<Result<Reply, ApiError>> {
    let rest = ctx.op.template.strip_prefix(POSTGRES)?.to_string();
    let method = ctx.op.method.clone();
    Some(match (method.as_str(), rest.as_str()) {
        ("GET", "") => list(ctx, org),
        ("POST", "") => create(ctx, org),
        ("GET", "/prometheus") => insights::org_prometheus(ctx, org),
        ("GET", "/{postgresId}") => shown(ctx, org, ctx.param("postgresId")).map(Reply::Json),
        ("PATCH", "/{postgresId}") => update(ctx, org),
        ("DELETE", "/{postgresId}") => delete(ctx, org),
        ("PATCH", "/{postgresId}/state") => change_state(ctx, org),
        ("POST", "/{postgresId}/readReplica") => read_replica(ctx, org),
        ("POST", "/{postgresId}/restoredService") => restore(ctx, org),
        ("PATCH", "/{postgresId}/password") => set_password(ctx, org),
        ("GET", "/{postgresId}/config") => config::get(ctx, org),
        ("POST", "/{postgresId}/config") => config::replace(ctx, org),
        ("PATCH", "/{postgresId}/config") => config::patch(ctx, org),
        ("GET", "/{postgresId}/caCertificates") => insights::ca_certificates(ctx, org),
        ("GET", "/{postgresId}/prometheus") => insights::prometheus(ctx, org),
        ("GET", "/{postgresId}/metrics") => insights::metrics(ctx, org),
        ("GET", "/{postgresId}/slowQueryPatterns") => insights::slow_queries(ctx, org),
        ("GET", "/{postgresId}/slowQueryPatterns/{queryId}") => insights::slow_query(ctx, org),
        _ => return None,
    })
}

fn collection_path(org: &str) -> String {
    POSTGRES.replace("{organizationId}", org)
}

// ---------------------------------------------------------------------------------------------
// States
// ---------------------------------------------------------------------------------------------

/// The state a service shows now: the phase of its transition it is in, then its stable state.
fn state(item: &Value, now: Millis) -> String {
    let since = item["_since"].as_u64().unwrap_or(0);
    let duration = item["_duration"].as_u64().unwrap_or(0);
    let phases: Vec<&str> = item["_phases"]
        .as_array()
        .into_iter()
        .flatten()
        .filter_map(Value::as_str)
        .collect();
    if now < since + duration && !phases.is_empty() {
        let i = ((now - since) * phases.len() as u64 / duration.max(1)) as usize;
        phases[i.min(phases.len() - 1)].to_string()
    } else {
        item["_stable"].as_str().unwrap_or("running").to_string()
    }
}

/// Starts a transition through `phases` that ends in `stable` (or, made to fail, in `unavailable`).
fn begin(
    item: &mut Value,
    phases: &[&str],
    stable: &str,
    now: Millis,
    duration: Millis,
    fails: bool,
) {
    item["_phases"] = json!(phases);
    item["_stable"] = json!(if fails { FAILED } else { stable });
    item["_since"] = json!(now);
    item["_duration"] = json!(duration);
}

/// How a stored service is shown; `None` once it is deleted.
pub(super) fn show(item: &Value, now: Millis) -> Option<Value> {
    let state = state(item, now);
    if state == GONE {
        return None;
    }
    let mut v = public(item);
    v["state"] = json!(state);
    Some(v)
}

/// The service of the request (or `id`), shown, or 404.
fn shown(ctx: &Ctx<'_>, org: &str, id: &str) -> Result<Value, ApiError> {
    ctx.state
        .item(&collection_path(org), id)
        .and_then(|i| show(i, ctx.now))
        .ok_or_else(|| ApiError::not_found(format!("Postgres service {id} not found")))
}

/// The stored service of the request, when it is shown, with its current state.
fn stored<'s>(ctx: &'s mut Ctx<'_>, org: &str) -> Result<(String, &'s mut Value), ApiError> {
    let id = ctx.param("postgresId").to_string();
    let now = ctx.now;
    let item = ctx
        .state
        .item_mut(&collection_path(org), &id)
        .filter(|i| state(i, now) != GONE)
        .ok_or_else(|| ApiError::not_found(format!("Postgres service {id} not found")))?;
    let current = state(item, now);
    Ok((current, item))
}

/// A 409 for a change the service's state does not allow.
fn wrong_state(id: &str, state: &str, what: &str) -> ApiError {
    ApiError::failed_precondition(format!(
        "Postgres service {id} is {state}; it cannot be {what} now"
    ))
}

// ---------------------------------------------------------------------------------------------
// Services
// ---------------------------------------------------------------------------------------------

/// Storage that comes with a VM size, in GiB (local NVMe, larger with the size).
fn storage_for(size: &str) -> u64 {
    let class = size.split('.').nth(1).unwrap_or("large");
    match class {
        "medium" => 59,
        "large" => 118,
        "xlarge" => 237,
        c => c
            .strip_suffix("xlarge")
            .and_then(|n| n.parse::<u64>().ok())
            .map_or(237, |n| 237 * n),
    }
}

fn check_name(body: &Value) -> Result<(), ApiError> {
    match body["name"].as_str() {
        Some(n) if n.trim().is_empty() => Err(bad("name: the service name cannot be empty")),
        _ => Ok(()),
    }
}

/// Tag keys starting with `chc_` are reserved for ClickHouse Cloud.
fn check_tags(body: &Value) -> Result<(), ApiError> {
    for (i, tag) in body["tags"].as_array().into_iter().flatten().enumerate() {
        let key = tag["key"].as_str().unwrap_or_default();
        if key.to_ascii_lowercase().starts_with("chc_") {
            return Err(bad(format!(
                "tags[{i}].key: tag keys starting with chc_ are reserved"
            )));
        }
    }
    Ok(())
}

/// The region must be one where ClickHouse Cloud runs, of the provider asked for.
fn check_region(provider: &str, region: &str) -> Result<(), ApiError> {
    let offered = rules::get(Provider::ClickHouse, "ServicePostRequest.region")
        .values
        .contains(&region);
    if offered && clickhouse_region_cloud(region) == Some(provider) {
        return Ok(());
    }
    Err(bad(format!(
        "region: Postgres services on {provider} are not available in region {region:?}"
    )))
}

/// A new service item: a primary unless `replica_of`.
struct NewItem<'a> {
    id: String,
    body: &'a Value,
    provider: String,
    region: String,
    version: String,
    size: String,
    ha_type: String,
    replica_of: Option<String>,
    config: Value,
}

fn new_item(n: NewItem<'_>, now: Millis) -> Value {
    let host = format!(
        "{}.{}.{}.pg.clickhouse.cloud",
        host_label(&n.id),
        n.region,
        n.provider
    );
    let mut s = Map::new();
    s.insert("id".into(), json!(n.id));
    s.insert("name".into(), n.body["name"].clone());
    s.insert("provider".into(), json!(n.provider));
    s.insert("region".into(), json!(n.region));
    s.insert("postgresVersion".into(), json!(n.version));
    s.insert("size".into(), json!(n.size));
    s.insert("storageSize".into(), json!(storage_for(&n.size)));
    s.insert("haType".into(), json!(n.ha_type));
    s.insert(
        "tags".into(),
        n.body.get("tags").cloned().unwrap_or(json!([])),
    );
    s.insert("createdAt".into(), json!(rfc3339(now)));
    s.insert("isPrimary".into(), json!(n.replica_of.is_none()));
    s.insert("username".into(), json!("postgres"));
    s.insert("hostname".into(), json!(host));
    if let Some(primary) = n.replica_of {
        s.insert("_replica_of".into(), json!(primary));
    }
    s.insert("_config".into(), n.config);
    Value::Object(s)
}

/// A password with the lower and upper case letters and digits the API's rules ask for.
fn generate_password() -> String {
    loop {
        let p = random_token(24);
        if p.chars().any(|c| c.is_ascii_lowercase())
            && p.chars().any(|c| c.is_ascii_uppercase())
            && p.chars().any(|c| c.is_ascii_digit())
        {
            return p;
        }
    }
}

/// The answer to a create or a restore: the new service with its password, this once.
fn with_credentials(mut service: Value) -> Value {
    let password = generate_password();
    let host = service["hostname"].as_str().unwrap_or_default().to_string();
    service["password"] = json!(password);
    service["connectionString"] = json!(format!(
        "postgres://postgres:{password}@{host}:5432/postgres?sslmode=require"
    ));
    service
}

/// Inserts a new service and answers it.
fn insert(ctx: &mut Ctx<'_>, org: &str, id: &str, item: Value) -> Result<Value, ApiError> {
    ctx.state
        .collection_mut(&collection_path(org), POSTGRES)
        .insert(id, item);
    shown(ctx, org, id)
}

fn list(ctx: &mut Ctx<'_>, org: &str) -> Result<Reply, ApiError> {
    let items = ctx
        .state
        .collection(&collection_path(org))
        .map(|c| c.iter().filter_map(|i| show(i, ctx.now)).collect())
        .unwrap_or_default();
    Ok(Reply::Json(Value::Array(items)))
}

fn create(ctx: &mut Ctx<'_>, org: &str) -> Result<Reply, ApiError> {
    let body = ctx.body.clone();
    check_name(&body)?;
    check_tags(&body)?;
    let provider = body["provider"].as_str().unwrap_or("aws").to_string();
    let region = body["region"].as_str().unwrap_or_default().to_string();
    check_region(&provider, &region)?;
    let config = config::initial(&body, None)?;
    let version = match body["postgresVersion"].as_str() {
        Some(v) => v.to_string(),
        // The newest the spec offers.
        None => rules::get(
            Provider::ClickHouse,
            "PostgresServicePostRequest.postgresVersion",
        )
        .values
        .first()
        .copied()
        .unwrap_or("17")
        .to_string(),
    };
    let id = new_uuid();
    let mut item = new_item(
        NewItem {
            id: id.clone(),
            body: &body,
            provider,
            region,
            version,
            size: body["size"].as_str().unwrap_or_default().to_string(),
            ha_type: body["haType"].as_str().unwrap_or("none").to_string(),
            replica_of: None,
            config,
        },
        ctx.now,
    );
    let fails = ctx.transition_fails();
    begin(
        &mut item,
        &["creating"],
        "running",
        ctx.now,
        ctx.transition(),
        fails,
    );
    let service = insert(ctx, org, &id, item)?;
    Ok(Reply::Json(with_credentials(service)))
}

fn update(ctx: &mut Ctx<'_>, org: &str) -> Result<Reply, ApiError> {
    let body = ctx.body.clone();
    check_name(&body)?;
    check_tags(&body)?;
    let (now, transition) = (ctx.now, ctx.transition());
    let (current, item) = stored(ctx, org)?;
    let id = item["id"].as_str().unwrap_or_default().to_string();
    if current == "deleting" {
        return Err(wrong_state(&id, &current, "changed"));
    }
    let resizes = ["size", "haType"]
        .iter()
        .any(|f| body.get(*f).is_some_and(|v| v != &item[*f]));
    if resizes && current != "running" {
        return Err(wrong_state(&id, &current, "resized"));
    }
    if body.get("haType").is_some_and(|h| h != "none") && item.get("_replica_of").is_some() {
        return Err(ApiError::failed_precondition(format!(
            "Postgres service {id} is a read replica: high availability is for primaries"
        )));
    }
    for f in ["name", "size", "haType", "tags"] {
        if let Some(v) = body.get(f) {
            item[f] = v.clone();
        }
    }
    if let Some(size) = body["size"].as_str() {
        item["storageSize"] = json!(storage_for(size));
    }
    if resizes {
        let fails = ctx.transition_fails();
        let (_, item) = stored(ctx, org)?;
        begin(item, &["restarting"], "running", now, transition, fails);
    }
    shown(ctx, org, &id).map(Reply::Json)
}

/// Deletion runs in the background; the read replicas of a deleted primary become primaries of their own.
fn delete(ctx: &mut Ctx<'_>, org: &str) -> Result<Reply, ApiError> {
    let (now, transition) = (ctx.now, ctx.transition());
    let (current, item) = stored(ctx, org)?;
    let id = item["id"].as_str().unwrap_or_default().to_string();
    if current == "deleting" {
        return Err(ApiError::failed_precondition(format!(
            "Postgres service {id} is already being deleted"
        )));
    }
    begin(item, &["deleting"], GONE, now, transition, false);
    if let Some(c) = ctx.state.collections.get_mut(&collection_path(org)) {
        for replica in c.iter_mut() {
            if replica["_replica_of"] == id.as_str() {
                if let Value::Object(m) = replica {
                    m.remove("_replica_of");
                }
                replica["isPrimary"] = json!(true);
            }
        }
    }
    Ok(Reply::Empty)
}

fn change_state(ctx: &mut Ctx<'_>, org: &str) -> Result<Reply, ApiError> {
    let command = ctx.body_str("command").unwrap_or_default().to_string();
    let (now, transition) = (ctx.now, ctx.transition());
    let (current, item) = stored(ctx, org)?;
    let id = item["id"].as_str().unwrap_or_default().to_string();
    let phases: &[&str] = match command.as_str() {
        "restart" => {
            // A restart is also how a service that went down is brought back.
            if current != "running" && current != FAILED {
                return Err(wrong_state(&id, &current, "restarted"));
            }
            &["restarting"]
        }
        "promote" => {
            if item.get("_replica_of").is_none() {
                return Err(ApiError::failed_precondition(format!(
                    "Postgres service {id} is not a read replica: only read replicas can be promoted"
                )));
            }
            if current != "running" {
                return Err(wrong_state(&id, &current, "promoted"));
            }
            &["replaying_wal", "restarting"]
        }
        "switchover" => {
            if item["haType"] == "none" || item["haType"].is_null() {
                return Err(ApiError::failed_precondition(format!(
                    "Postgres service {id} has no standby to switch over to (haType is none)"
                )));
            }
            if current != "running" {
                return Err(wrong_state(&id, &current, "switched over"));
            }
            &["restarting"]
        }
        other => {
            return Err(bad(format!(
                "command: unknown command {other:?}; use restart, promote or switchover"
            )));
        }
    };
    let fails = ctx.transition_fails();
    let (_, item) = stored(ctx, org)?;
    if command == "promote" && !fails {
        if let Value::Object(m) = item {
            m.remove("_replica_of");
        }
        item["isPrimary"] = json!(true);
    }
    begin(item, phases, "running", now, transition, fails);
    shown(ctx, org, &id).map(Reply::Json)
}

/// A read replica: a new service of the primary's kind that follows it.
fn read_replica(ctx: &mut Ctx<'_>, org: &str) -> Result<Reply, ApiError> {
    let body = ctx.body.clone();
    check_name(&body)?;
    check_tags(&body)?;
    let primary_id = ctx.param("postgresId").to_string();
    let primary = shown(ctx, org, &primary_id)?;
    if primary["isPrimary"] != true {
        return Err(ApiError::failed_precondition(format!(
            "Postgres service {primary_id} is a read replica itself: replicas follow primaries"
        )));
    }
    if primary["state"] != "running" {
        return Err(wrong_state(
            &primary_id,
            primary["state"].as_str().unwrap_or_default(),
            "replicated",
        ));
    }
    let base = config::of(ctx, org, &primary_id);
    let config = config::initial(&body, Some(base))?;
    let id = new_uuid();
    let text = |f: &str| primary[f].as_str().unwrap_or_default().to_string();
    let mut item = new_item(
        NewItem {
            id: id.clone(),
            body: &body,
            provider: text("provider"),
            region: text("region"),
            version: text("postgresVersion"),
            size: text("size"),
            ha_type: "none".into(),
            replica_of: Some(primary_id),
            config,
        },
        ctx.now,
    );
    let fails = ctx.transition_fails();
    begin(
        &mut item,
        &["creating", "replaying_wal"],
        "running",
        ctx.now,
        ctx.transition(),
        fails,
    );
    insert(ctx, org, &id, item).map(Reply::Json)
}

/// A new service from a service's continuous backup, as of `restoreTarget`.
fn restore(ctx: &mut Ctx<'_>, org: &str) -> Result<Reply, ApiError> {
    let body = ctx.body.clone();
    check_name(&body)?;
    check_tags(&body)?;
    let source_id = ctx.param("postgresId").to_string();
    let source = shown(ctx, org, &source_id)?;
    let state = source["state"].as_str().unwrap_or_default();
    if matches!(state, "creating" | "deleting") {
        return Err(wrong_state(&source_id, state, "restored"));
    }
    let target = body["restoreTarget"].as_str().unwrap_or_default();
    let at = parse_rfc3339(target)
        .ok_or_else(|| bad(format!("restoreTarget: {target:?} is not a time")))?;
    let created = source["createdAt"]
        .as_str()
        .and_then(parse_rfc3339)
        .unwrap_or(0);
    if at < created || at > ctx.now {
        return Err(bad(format!(
            "restoreTarget: {target} is outside the backup's window ({} to now)",
            rfc3339(created)
        )));
    }
    let base = config::of(ctx, org, &source_id);
    let config = config::initial(&body, Some(base))?;
    let id = new_uuid();
    let text = |f: &str| source[f].as_str().unwrap_or_default().to_string();
    let mut item = new_item(
        NewItem {
            id: id.clone(),
            body: &body,
            provider: text("provider"),
            region: text("region"),
            version: text("postgresVersion"),
            size: text("size"),
            ha_type: text("haType"),
            replica_of: None,
            config,
        },
        ctx.now,
    );
    item["_restored_from"] = json!({"service": source_id, "at": target});
    let fails = ctx.transition_fails();
    begin(
        &mut item,
        &["restoring_backup", "replaying_wal", "finalizing_restore"],
        "running",
        ctx.now,
        ctx.transition() * 2,
        fails,
    );
    let service = insert(ctx, org, &id, item)?;
    Ok(Reply::Json(with_credentials(service)))
}

/// A password given is set (and not echoed); without one, a generated one is answered, this once.
fn set_password(ctx: &mut Ctx<'_>, org: &str) -> Result<Reply, ApiError> {
    let given = ctx.body.get("password").is_some();
    let now = ctx.now;
    let (current, item) = stored(ctx, org)?;
    let id = item["id"].as_str().unwrap_or_default().to_string();
    if matches!(current.as_str(), "creating" | "deleting") {
        return Err(wrong_state(&id, &current, "given a new password"));
    }
    item["_password_changed_at"] = json!(now);
    Ok(Reply::Json(if given {
        json!({})
    } else {
        json!({ "password": generate_password() })
    }))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn states_follow_the_phases() {
        let mut item = json!({});
        begin(&mut item, &["a", "b"], "running", 1000, 100, false);
        assert_eq!(state(&item, 1000), "a");
        assert_eq!(state(&item, 1049), "a");
        assert_eq!(state(&item, 1050), "b");
        assert_eq!(state(&item, 1100), "running");
        begin(&mut item, &["restarting"], "running", 2000, 100, true);
        assert_eq!(state(&item, 2100), "unavailable");
    }

    #[test]
    fn storage_grows_with_the_size() {
        assert_eq!(storage_for("r8gd.medium"), 59);
        assert_eq!(storage_for("r8gd.large"), 118);
        assert_eq!(storage_for("r8gd.4xlarge"), 948);
    }

    #[test]
    fn regions_are_checked_against_the_provider() {
        assert!(check_region("aws", "us-east-1").is_ok());
        assert!(check_region("aws", "us-east1").is_err());
        assert!(check_region("aws", "mars-north-1").is_err());
    }
}
