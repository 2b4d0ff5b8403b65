//! CockroachDB Cloud as the real service behaves (specs/NOTES.md), beyond what the generic engine
//! does from the spec alone: clusters CREATING → CREATED, LOCKED while an update runs (refusing
//! writes), DELETED; serverless and dedicated specs; nodes, regions, versions; backups and restores
//! over time; exports, CMEK, folders, roles, keys, invoices and the audit log.
//!
//! This module holds what every area shares (the seed, authentication, rendering, the request
//! gate, the audit log); each API area is a file of its own that declares its [`Area`]. Adding an
//! area is a new file, its `mod` line and its line in [`AREAS`].

use serde_json::{Value, json};

use crate::Config;
use crate::engine::{ApiError, Ctx, Env, Reply, generic};
use crate::store::{Millis, State, det_uuid, new_uuid, public, rfc3339_millis};

mod backups;
mod blackout;
mod cluster_changes;
mod cluster_info;
mod cluster_update;
mod clusters;
mod cmek;
mod current_forms;
mod exports;
mod folders;
mod maintenance;
mod networking;
mod org;
mod private_links;
mod replication;
mod scim;
mod sql;

use clusters::{CLUSTERS, cluster_state, new_cluster};
use org::{API_KEYS, AUDIT_LOG, INVOICES, ORGANIZATION, ROLES, SERVICE_ACCOUNTS, USERS};

/// One API area: the operations it implements, how it shows its stored items, and the
/// configurations it has before they are written.
pub(super) struct Area {
    /// Answers an operation of the area (`None`: not one of its operations).
    dispatch: fn(&mut Ctx<'_>, &str) -> Option<Result<Reply, ApiError>>,
    /// Computes the shown fields (states from timestamps) of an item of one of its paths.
    render: fn(&str, &Value, Millis, &mut Value),
    /// The default of one of its configurations (`None`: not one of them).
    singleton_default: fn(&Ctx<'_>) -> Option<Value>,
}

impl Area {
    /// An area with operations only.
    const fn new(dispatch: fn(&mut Ctx<'_>, &str) -> Option<Result<Reply, ApiError>>) -> Area {
        Area {
            dispatch,
            render: |_, _, _, _| {},
            singleton_default: |_| None,
        }
    }
}

/// Every area; an operation none of them implements is served by the generic engine.
const AREAS: &[&Area] = &[
    &blackout::AREA,
    &clusters::AREA,
    &cluster_info::AREA,
    &maintenance::AREA,
    &sql::AREA,
    &networking::AREA,
    &backups::AREA,
    &exports::AREA,
    &cmek::AREA,
    &folders::AREA,
    &org::AREA,
    &scim::AREA,
    &replication::AREA,
    &cluster_changes::AREA,
    &private_links::AREA,
    &current_forms::AREA,
];

const TAG_ORG: u64 = 0xc0c0_0a6e_0000_0001;
const TAG_USER: u64 = 0xc0c0_0a6e_0000_0002;
const TAG_SERVICE_ACCOUNT: u64 = 0xc0c0_0a6e_0000_0003;
const TAG_API_KEY: u64 = 0xc0c0_0a6e_0000_0004;
const TAG_CLUSTER: u64 = 0xc0c0_0a6e_0000_0005;
const TAG_INVOICE: u64 = 0xc0c0_0a6e_0000_0006;

const DAY: Millis = 24 * 3600 * 1000;
const HOUR_MIN: u64 = 60;
const MAX_AUDIT_ENTRIES: usize = 10_000;

fn under(template: &str, cluster: &str) -> String {
    template.replace("{cluster_id}", cluster)
}

// ---------------------------------------------------------------------------------------------
// Seed
// ---------------------------------------------------------------------------------------------

pub fn seed(state: &mut State, config: &Config, now: Millis) {
    let org = det_uuid(TAG_ORG, 1);
    let created = now - 30 * DAY;
    state.meta.insert("cockroach_org_id".into(), json!(org));
    state.singletons.insert(
        ORGANIZATION.into(),
        json!({"id": org, "name": "Emulator Organization", "label": "emulator-org", "created_at": rfc3339_millis(created)}),
    );
    let admin = det_uuid(TAG_USER, 1);
    let users = state.collection_mut(USERS, USERS);
    for (n, email, name) in [
        (1, "admin@example.com", "Emulator Admin"),
        (2, "developer@example.com", "Emulator Developer"),
    ] {
        let id = det_uuid(TAG_USER, n);
        users.insert(
            &id,
            json!({"id": id, "email": email, "name": name, "kind": "PERSON"}),
        );
    }
    state
        .meta
        .insert("cockroach_admin_user_id".into(), json!(admin));
    let account = det_uuid(TAG_SERVICE_ACCOUNT, 1);
    state
        .collection_mut(SERVICE_ACCOUNTS, SERVICE_ACCOUNTS)
        .insert(
            &account,
            json!({
                "id": account,
                "name": "emulator",
                "description": "Service account of the emulator's configured API key",
                "creator_name": "Emulator Admin",
                "created_at": rfc3339_millis(created),
                "roles": [{"name": "ORG_ADMIN", "resource": {"type": "ORGANIZATION", "id": org}}],
                "group_roles": [],
            }),
        );
    let key = det_uuid(TAG_API_KEY, 1);
    state.meta.insert("cockroach_api_key_id".into(), json!(key));
    state.collection_mut(API_KEYS, API_KEYS).insert(
        &key,
        json!({
            "id": key,
            "name": "emulator",
            "service_account_id": account,
            "created_at": rfc3339_millis(created),
            // This record is the key the emulator was configured with (--cockroach-api-key).
            "_configured": true,
        }),
    );
    let roles = state.collection_mut(ROLES, ROLES);
    for user in [&admin, &account] {
        roles.insert(
            user,
            json!({"user_id": user, "roles": [{"name": "ORG_ADMIN", "resource": {"type": "ORGANIZATION", "id": org}}]}),
        );
    }
    let dev = det_uuid(TAG_USER, 2);
    roles.insert(
        &dev,
        json!({"user_id": dev, "roles": [{"name": "ORG_MEMBER", "resource": {"type": "ORGANIZATION", "id": org}}]}),
    );
    let invoices = state.collection_mut(INVOICES, INVOICES);
    for n in 0..3u64 {
        let id = det_uuid(TAG_INVOICE, n + 1);
        let end = now - (2 - n) * 30 * DAY;
        let total = 123.45 + n as f64 * 10.0;
        invoices.insert(
            &id,
            json!({
                "invoice_id": id,
                "status": if n == 2 { "DRAFT" } else { "FINALIZED" },
                "period_start": rfc3339_millis(end - 30 * DAY),
                "period_end": rfc3339_millis(end),
                "totals": [{"amount": total, "currency": "USD"}],
                // What is left to pay: a finalized invoice is paid, a draft not yet.
                "balances": [{"amount": if n == 2 { total } else { 0.0 }, "currency": "USD"}],
                "invoice_items": [],
                "adjustments": [],
            }),
        );
    }
    let clusters = state.collection_mut(CLUSTERS, CLUSTERS);
    for i in 1..=config.seed_clusters as u64 {
        let id = det_uuid(TAG_CLUSTER, i);
        let body = json!({
            "name": format!("seed-cluster-{i:04}"),
            "provider": "GCP",
            "spec": {"plan": "BASIC", "serverless": {"regions": ["us-east1"]}},
        });
        if let Ok(cluster) = new_cluster(&id, &body, &admin, now - DAY, 0) {
            clusters.insert(&id, cluster);
        }
    }
}

/// The API key record ID for a bearer token, when it is a live key.
pub fn authenticate(state: &State, config: &Config, token: &str) -> Option<String> {
    state.collection(API_KEYS)?.iter().find_map(|k| {
        let matches = if k["_configured"] == true {
            token == config.cockroach_api_key
        } else {
            k["_secret"].as_str() == Some(token)
        };
        matches.then(|| k["id"].as_str().unwrap_or_default().to_string())
    })
}

fn bad(m: impl Into<String>) -> ApiError {
    ApiError::bad_request(m)
}

/// Status of something that becomes ready after a while: `pending` until `_since + _duration`,
/// then `done`, or `failed` when the transition was made to fail (`_fails`).
fn progress<'a>(
    item: &Value,
    now: Millis,
    pending: &'a str,
    done: &'a str,
    failed: &'a str,
) -> &'a str {
    let since = item["_since"].as_u64().unwrap_or(0);
    if now < since + item["_duration"].as_u64().unwrap_or(0) {
        pending
    } else if item["_fails"] == true {
        failed
    } else {
        done
    }
}

pub fn render(template: &str, item: &Value, now: Millis, _env: &Env) -> Option<Value> {
    let mut v = public(item);
    for area in AREAS {
        (area.render)(template, item, now, &mut v);
    }
    Some(v)
}

/// Configurations that exist with defaults before they are written.
pub fn singleton_default(ctx: &Ctx<'_>) -> Option<Value> {
    AREAS.iter().find_map(|area| (area.singleton_default)(ctx))
}

// ---------------------------------------------------------------------------------------------
// Requests
// ---------------------------------------------------------------------------------------------

pub fn handle(ctx: &mut Ctx<'_>) -> Result<Reply, ApiError> {
    let op_id = ctx.op.id.clone();
    let cluster = cluster_param(ctx).to_string();
    if !cluster.is_empty() {
        check_cluster(ctx, &cluster, &op_id)?;
        sql::ensure_defaults(ctx, &cluster);
    }
    let result = dispatch(ctx, &op_id);
    if let Ok(reply) = &result
        && ctx.op.method != "GET"
    {
        // The cluster a change is about: the one in the path, or the one it created.
        let cluster = match (cluster.is_empty(), reply) {
            (true, Reply::Json(created)) if op_id == "CreateCluster" => {
                created["id"].as_str().unwrap_or_default().to_string()
            }
            _ => cluster,
        };
        audit(ctx, &op_id, &cluster);
    }
    result
}

/// The cluster of a cluster-scoped request must exist (a deleted one only for GetCluster), and
/// writes are refused while it is LOCKED (an operation runs) or still CREATING, and (but for its
/// deletion) once its creation failed.
fn check_cluster(ctx: &Ctx<'_>, cluster: &str, op_id: &str) -> Result<(), ApiError> {
    let item = ctx
        .state
        .item(CLUSTERS, cluster)
        .ok_or_else(|| ApiError::not_found(format!("cluster {cluster:?} not found")))?;
    let (state, op) = cluster_state(item, ctx.now);
    if state == "DELETED" && op_id != "GetCluster" {
        return Err(ApiError::not_found(format!(
            "cluster {cluster:?} not found (it was deleted)"
        )));
    }
    if ctx.op.method != "GET" {
        if state == "LOCKED" {
            return Err(ApiError::failed_precondition(format!(
                "cluster {cluster} is locked: operation {op} is in progress; retry when the cluster is CREATED again"
            )));
        }
        if state == "CREATING" && op_id != "DeleteCluster" {
            return Err(ApiError::failed_precondition(format!(
                "cluster {cluster} is not ready: it is still being created (state CREATING)"
            )));
        }
        if state == "CREATION_FAILED" && op_id != "DeleteCluster" {
            return Err(ApiError::failed_precondition(format!(
                "cluster {cluster} could not be created (state CREATION_FAILED): delete it and create it again"
            )));
        }
    }
    Ok(())
}

fn dispatch(ctx: &mut Ctx<'_>, op_id: &str) -> Result<Reply, ApiError> {
    AREAS
        .iter()
        .find_map(|area| (area.dispatch)(ctx, op_id))
        .unwrap_or_else(|| generic(ctx))
}

/// The cluster a cluster-scoped request names: `cluster_id`, or the `destination_cluster_id` of a
/// restore (the spec names that one parameter differently); empty for other requests.
pub(super) fn cluster_param<'c>(ctx: &'c Ctx<'_>) -> &'c str {
    ctx.params
        .get("cluster_id")
        .or_else(|| ctx.params.get("destination_cluster_id"))
        .map(String::as_str)
        .unwrap_or_default()
}

/// Operations whose audit action is not their name in upper case (`AUDIT_LOG_ACTION_` + that).
const AUDIT_ACTIONS: &[(&str, &str)] = &[
    ("AddAllowlistEntry", "ADD_IP_ALLOWLIST"),
    ("UpdateAllowlistEntry", "EDIT_IP_ALLOWLIST"),
    ("DeleteAllowlistEntry", "DELETE_IP_ALLOWLIST"),
    ("UpdateSQLUserPassword", "CHANGE_SQL_USER_PASSWORD"),
    ("SetRolesForUser", "ASSIGN_USER_ROLE"),
    ("EnableCMEKSpec", "UPDATE_CMEK"),
    ("UpdateCMEKSpec", "UPDATE_CMEK"),
    ("UpdateCMEKStatus", "REVOKE_CMEK"),
    ("EnableLogExport", "UPDATE_CLUSTER_LOG_EXPORT"),
    ("DeleteLogExport", "DELETE_CLUSTER_LOG_EXPORT"),
    (
        "EnableCloudWatchMetricExport",
        "UPDATE_CLUSTER_METRIC_EXPORT",
    ),
    ("EnableDatadogMetricExport", "UPDATE_CLUSTER_METRIC_EXPORT"),
    (
        "EnablePrometheusMetricExport",
        "UPDATE_CLUSTER_METRIC_EXPORT",
    ),
    (
        "DeleteCloudWatchMetricExport",
        "DELETE_CLUSTER_METRIC_EXPORT",
    ),
    ("DeleteDatadogMetricExport", "DELETE_CLUSTER_METRIC_EXPORT"),
    (
        "DeletePrometheusMetricExport",
        "DELETE_CLUSTER_METRIC_EXPORT",
    ),
    ("CreateRestore", "RESTORE_CLUSTER"),
    (
        "SetClusterVersionDeferral",
        "UPDATE_CLUSTER_VERSION_UPGRADE_DEFERRAL",
    ),
    ("SetMaintenanceWindow", "SET_CLUSTER_MAINTENANCE_WINDOW"),
    (
        "DeleteMaintenanceWindow",
        "DELETE_CLUSTER_MAINTENANCE_WINDOW",
    ),
    ("CreatePrivateEndpointServices", "CREATE_PRIVATE_LINK"),
    ("AddPrivateEndpointConnection", "ACCEPT_PRIVATE_LINK"),
    ("DeletePrivateEndpointConnection", "REJECT_PRIVATE_LINK"),
];

/// The upper-case words of an operation's name: CreateSQLUser -> CREATE_SQL_USER. A word starts at an
/// upper-case letter after a lower-case one, or at the last capital of an acronym that a lower-case
/// letter follows.
fn action_name(op_id: &str) -> String {
    let chars: Vec<char> = op_id.chars().collect();
    let mut action = String::new();
    for (i, &ch) in chars.iter().enumerate() {
        let starts_word = i > 0
            && ch.is_ascii_uppercase()
            && (chars[i - 1].is_ascii_lowercase()
                || chars.get(i + 1).is_some_and(|n| n.is_ascii_lowercase())
                    && chars[i - 1].is_ascii_uppercase());
        if starts_word {
            action.push('_');
        }
        action.push(ch.to_ascii_uppercase());
    }
    action
}

/// The audit log action of an operation, when the spec's `AuditLogAction` has one for it (the log
/// records those changes only).
fn audit_action(op_id: &str) -> Option<String> {
    let words = AUDIT_ACTIONS
        .iter()
        .find(|(op, _)| *op == op_id)
        .map(|(_, words)| words.to_string())
        .unwrap_or_else(|| action_name(op_id));
    let action = format!("AUDIT_LOG_ACTION_{words}");
    let spec = crate::spec::spec_for(crate::spec::Provider::Cockroach);
    spec.components["schemas"]["AuditLogAction"]["enum"]
        .as_array()
        .is_some_and(|values| values.iter().any(|v| v == action.as_str()))
        .then_some(action)
}

/// Records the change in the organization's audit log (`cluster`: the cluster it is about, if any).
fn audit(ctx: &mut Ctx<'_>, op_id: &str, cluster: &str) {
    let Some(action) = audit_action(op_id) else {
        return;
    };
    let id = new_uuid();
    let mut entry = json!({
        "id": id,
        "created_at": rfc3339_millis(ctx.now),
        "action": action,
        "source": "AUDIT_LOG_SOURCE_CC_API",
    });
    // Who did it: the service account of the API key that made the request.
    let account = ctx
        .state
        .item(API_KEYS, &ctx.actor)
        .and_then(|k| k["service_account_id"].as_str())
        .and_then(|a| ctx.state.item(SERVICE_ACCOUNTS, a))
        .and_then(|a| a["name"].as_str())
        .map(str::to_string);
    if let Some(name) = account {
        entry["service_account_name"] = json!(name);
    }
    if !cluster.is_empty() {
        entry["cluster_id"] = json!(cluster);
        if let Some(name) = ctx
            .state
            .item(CLUSTERS, cluster)
            .and_then(|c| c["name"].as_str())
        {
            entry["cluster_name"] = json!(name);
        }
    }
    let log = ctx.state.collection_mut(AUDIT_LOG, AUDIT_LOG);
    log.insert(&id, entry);
    if log.len() > MAX_AUDIT_ENTRIES {
        let oldest = log
            .iter()
            .next()
            .and_then(|e| e["_key"].as_str().map(str::to_string));
        if let Some(k) = oldest {
            log.remove(&k);
        }
    }
}

#[cfg(test)]
mod audit_tests {
    #[test]
    fn actions_keep_acronyms_whole() {
        assert_eq!(super::action_name("DeleteJWTIssuer"), "DELETE_JWT_ISSUER");
        assert_eq!(super::action_name("CreateSQLUser"), "CREATE_SQL_USER");
        assert_eq!(super::action_name("UpdateCMEKSpec"), "UPDATE_CMEK_SPEC");
        assert_eq!(super::action_name("CreateCluster"), "CREATE_CLUSTER");
    }

    #[test]
    fn actions_are_the_specs() {
        assert_eq!(
            super::audit_action("CreateCluster").as_deref(),
            Some("AUDIT_LOG_ACTION_CREATE_CLUSTER")
        );
        assert_eq!(
            super::audit_action("DeleteJWTIssuer").as_deref(),
            Some("AUDIT_LOG_ACTION_DELETE_JWT_ISSUER")
        );
        assert_eq!(
            super::audit_action("UpdateCMEKStatus").as_deref(),
            Some("AUDIT_LOG_ACTION_REVOKE_CMEK")
        );
        // Every mapped operation has an action of the spec.
        for (op, _) in super::AUDIT_ACTIONS {
            assert!(super::audit_action(op).is_some(), "{op}");
        }
        // The spec has no action for database changes: they are not logged.
        assert_eq!(super::audit_action("CreateDatabase"), None);
    }
}
