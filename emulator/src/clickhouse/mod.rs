//! ClickHouse Cloud as the real service behaves (specs/NOTES.md), beyond what the generic engine
//! does from the spec alone: service states over time, the 409 on deleting a service that is not
//! stopped, passwords shown once, IP access list patches, scaling limits, backups, activities, keys.
//!
//! One file per area of the API; this module holds the paths, the seed, how stored items are shown
//! (`render`) and the dispatch of requests to the areas (`handle`). Adding an area is a new file, a
//! line below and its routes in `handle`.

mod activities;
mod backups;
mod byoc;
mod clickpipes;
mod clickstack;
mod keys;
mod members;
mod metrics;
mod organizations;
mod postgres;
mod reverse_endpoints;
mod roles;
mod scaling;
mod service_config;
mod services;
mod udfs;
mod usage;

pub use keys::authenticate;
pub use udfs::{UPLOADS, receive_upload};

use serde_json::{Value, json};

use crate::Config;
use crate::engine::{ApiError, Ctx, Env, Reply, generic, list_items, shown};
use crate::store::{Millis, State, det_uuid, public, rfc3339};

pub const ORGS: &str = "/v1/organizations";
pub const ORG: &str = "/v1/organizations/{organizationId}";
pub const SERVICES: &str = "/v1/organizations/{organizationId}/services";
pub const SERVICE: &str = "/v1/organizations/{organizationId}/services/{serviceId}";
pub const BACKUPS: &str = "/v1/organizations/{organizationId}/services/{serviceId}/backups";
pub const KEYS: &str = "/v1/organizations/{organizationId}/keys";
pub const MEMBERS: &str = "/v1/organizations/{organizationId}/members";
pub const INVITATIONS: &str = "/v1/organizations/{organizationId}/invitations";
pub const ACTIVITIES: &str = "/v1/organizations/{organizationId}/activities";
pub const ROLES: &str = "/v1/organizations/{organizationId}/roles";
pub const ROLE: &str = "/v1/organizations/{organizationId}/roles/{roleId}";

const TAG_ORG: u64 = 0xc1c0_0a6e_0000_0001;
const TAG_KEY: u64 = 0xc1c0_0a6e_0000_0002;
const TAG_USER: u64 = 0xc1c0_0a6e_0000_0003;
const TAG_SERVICE: u64 = 0xc1c0_0a6e_0000_0004;
const TAG_BACKUP: u64 = 0xc1c0_0a6e_0000_0005;
const TAG_ROLE: u64 = 0xc1c0_0a6e_0000_0006;

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
            "byocConfig": [],
            "enableCoreDumps": true,
        }),
    );
    roles::seed(state, &org, created);
    let admin = roles::from_legacy(state, &org, &["admin"]);
    let developer = roles::from_legacy(state, &org, &["developer"]);
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
            "assignedRoles": admin,
            "keySuffix": keys::suffix(&config.clickhouse_key_id),
            "createdAt": rfc3339(created),
            // This record is the key the emulator was configured with (--clickhouse-key-id).
            "_configured": true,
        }),
    );
    let members = state.collection_mut(&path(MEMBERS, &org, None), MEMBERS);
    for (n, name, email, role, assigned) in [
        (1, "Emulator Admin", "admin@example.com", "admin", &admin),
        (
            2,
            "Emulator Developer",
            "developer@example.com",
            "developer",
            &developer,
        ),
    ] {
        let id = det_uuid(TAG_USER, n);
        members.insert(
            &id,
            json!({"userId": id, "name": name, "email": email, "role": role, "assignedRoles": assigned,
                   "joinedAt": rfc3339(created)}),
        );
    }
    roles::sync_actors(state, &org);
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
        let scaling = scaling::Baseline::default_for("production");
        let (service, backup) = services::new_service(
            &id,
            &body,
            &scaling,
            created,
            0,
            Some(det_uuid(TAG_BACKUP, i)),
        );
        state
            .collection_mut(&path(SERVICES, &org, None), SERVICES)
            .insert(&id, service);
        let backup_id = backup["id"].as_str().unwrap_or_default().to_string();
        state
            .collection_mut(&path(BACKUPS, &org, Some(&id)), BACKUPS)
            .insert(&backup_id, backup);
    }
}

// ---------------------------------------------------------------------------------------------
// Requests: how stored items are shown, and which area handles each operation
// ---------------------------------------------------------------------------------------------

pub fn render(template: &str, item: &Value, now: Millis, _env: &Env) -> Option<Value> {
    if let Some(shown) =
        byoc::render(template, item, now).or_else(|| udfs::render(template, item, now))
    {
        return shown;
    }
    match template {
        postgres::POSTGRES => postgres::show(item, now),
        SERVICES => services::render_service(item, now),
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

pub fn handle(ctx: &mut Ctx<'_>) -> Result<Reply, ApiError> {
    let org = ctx.state.meta_str("clickhouse_org_id");
    if let Some(requested) = ctx.params.get("organizationId")
        && requested != &org
    {
        return Err(ApiError::not_found(format!(
            "Organization {requested} not found"
        )));
    }
    roles::upgrade(ctx.state, &org, ctx.now);
    if let Some(reply) = postgres::handle(ctx, &org) {
        return reply;
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
    // The organization's quotas, usage costs and metrics, its BYOC infrastructure, its UDFs.
    if let Some(reply) = [usage::dispatch, byoc::dispatch, udfs::dispatch]
        .iter()
        .find_map(|area| area(ctx, &org))
    {
        return reply;
    }
    if let Some(reply) = service_config::route(ctx, &org) {
        return reply;
    }
    let op = ctx.op;
    let key = (op.method.as_str(), op.template.as_str());
    match key {
        ("GET", ORGS) => Ok(Reply::Json(Value::Array(list_items(ctx, ORGS, ORGS)))),
        ("GET", ORG) => Ok(Reply::Json(shown(ctx, ORGS, ORGS, &org)?)),
        ("PATCH", ORG) => organizations::update_org(ctx, &org),
        ("GET", SERVICES) => services::list_services(ctx, &org),
        ("POST", SERVICES) => services::create_service(ctx, &org),
        ("PATCH", SERVICE) => services::update_service(ctx, &org),
        ("DELETE", SERVICE) => services::delete_service(ctx, &org),
        ("PATCH", t) if t == format!("{SERVICE}/state") => services::change_state(ctx, &org),
        ("PATCH", t) if t == format!("{SERVICE}/scaling") => scaling::scale(ctx, &org),
        ("PATCH", t) if t == format!("{SERVICE}/replicaScaling") => scaling::scale(ctx, &org),
        ("PATCH", t) if t == format!("{SERVICE}/password") => services::reset_password(ctx, &org),
        ("GET", t) if t == format!("{SERVICE}/prometheus") => metrics::prometheus(ctx, &org),
        ("GET", t) if t == format!("{SERVICE}/privateEndpointConfig") => {
            services::service_private_endpoint_config(ctx, &org)
        }
        ("GET", t) if t == format!("{ORG}/privateEndpointConfig") => {
            organizations::org_private_endpoint_config(ctx)
        }
        ("POST", KEYS) => keys::create_key(ctx, &org),
        ("PATCH", t) if t == format!("{KEYS}/{{keyId}}") => keys::update_key(ctx, &org),
        ("DELETE", t) if t == format!("{KEYS}/{{keyId}}") => keys::delete_key(ctx, &org),
        ("POST", ROLES) => roles::create(ctx, &org),
        ("PATCH", ROLE) => roles::update(ctx, &org),
        ("DELETE", ROLE) => roles::delete(ctx, &org),
        ("PATCH", t) if t == format!("{MEMBERS}/{{userId}}") => members::update_member(ctx, &org),
        ("DELETE", t) if t == format!("{MEMBERS}/{{userId}}") => members::remove_member(ctx, &org),
        ("POST", INVITATIONS) => members::invite(ctx, &org),
        ("DELETE", t) if t == format!("{INVITATIONS}/{{invitationId}}") => {
            let reply = generic(ctx)?;
            activities::activity(ctx, &org, "organization_invite_delete", None);
            Ok(reply)
        }
        ("GET", ACTIVITIES) => activities::list_activities(ctx, &org),
        (_, t) if clickpipes::serves(t) => clickpipes::handle(ctx),
        (_, t) if t.starts_with(&format!("{SERVICE}/clickstack/")) => clickstack::handle(ctx, &org),
        _ => generic(ctx),
    }
}

fn bad(m: impl Into<String>) -> ApiError {
    ApiError::bad_request(m)
}

/// The service's label in its host names: the ID's last ten hex digits (seeded IDs share their beginning).
fn host_label(id: &str) -> String {
    let hex: Vec<char> = id.chars().filter(|c| *c != '-').collect();
    hex[hex.len().saturating_sub(10)..].iter().collect()
}
