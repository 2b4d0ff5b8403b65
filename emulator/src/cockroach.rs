//! CockroachDB Cloud as the real service behaves (specs/NOTES.md), beyond what the generic engine
//! does from the spec alone: clusters CREATING → CREATED, LOCKED while an update runs (refusing
//! writes), DELETED; serverless and dedicated specs; nodes, regions, versions; backups and restores
//! over time; exports, CMEK, folders, roles, keys, invoices and the audit log.

use serde_json::{Map, Value, json};

use crate::Config;
use crate::engine::{
    ApiError, Ctx, Env, Reply, generic, insert_new, list_body, list_items, new_item, page_params,
    paginate_collection, paginate_vec, shown,
};
use crate::store::{
    Millis, State, det_uuid, new_uuid, parse_rfc3339, public, random_token, rfc3339_millis,
};

pub const ORGANIZATION: &str = "/api/v1/organization";
pub const CLUSTERS: &str = "/api/v1/clusters";
pub const DATABASES: &str = "/api/v1/clusters/{cluster_id}/databases";
pub const SQL_USERS: &str = "/api/v1/clusters/{cluster_id}/sql-users";
pub const PE_SERVICES: &str = "/api/v1/clusters/{cluster_id}/networking/private-endpoint-services";
pub const PE_CONNECTIONS: &str =
    "/api/v1/clusters/{cluster_id}/networking/private-endpoint-connections";
pub const EGRESS_RULES: &str = "/api/v1/clusters/{cluster_id}/networking/egress-rules";
pub const BACKUPS_CONFIG: &str = "/api/v1/clusters/{cluster_id}/backups-config";
pub const RESTORES: &str = "/api/v1/clusters/{cluster_id}/restores";
pub const LOG_EXPORT: &str = "/api/v1/clusters/{cluster_id}/logexport";
pub const CLOUDWATCH: &str = "/api/v1/clusters/{cluster_id}/metricexport/cloudwatch";
pub const DATADOG: &str = "/api/v1/clusters/{cluster_id}/metricexport/datadog";
pub const PROMETHEUS: &str = "/api/v1/clusters/{cluster_id}/metricexport/prometheus";
pub const CMEK: &str = "/api/v1/clusters/{cluster_id}/cmek";
pub const VERSION_DEFERRAL: &str = "/api/v1/clusters/{cluster_id}/version-deferral";
pub const API_KEYS: &str = "/api/v1/api-keys";
pub const SERVICE_ACCOUNTS: &str = "/api/v1/service-accounts";
pub const FOLDERS: &str = "/api/v1/folders";
pub const ROLES: &str = "/api/v1/roles";
/// Person users (not an API collection: `persons-by-email` and role grants read it).
pub const USERS: &str = "/api/v1/users";
pub const INVOICES: &str = "/api/v1/invoices";
pub const AUDIT_LOG: &str = "/api/v1/auditlogevents";
pub const JWT_ISSUERS: &str = "/api/v1/jwt-issuers";

const TAG_ORG: u64 = 0xc0c0_0a6e_0000_0001;
const TAG_USER: u64 = 0xc0c0_0a6e_0000_0002;
const TAG_SERVICE_ACCOUNT: u64 = 0xc0c0_0a6e_0000_0003;
const TAG_API_KEY: u64 = 0xc0c0_0a6e_0000_0004;
const TAG_CLUSTER: u64 = 0xc0c0_0a6e_0000_0005;
const TAG_INVOICE: u64 = 0xc0c0_0a6e_0000_0006;

const DAY: Millis = 24 * 3600 * 1000;
const HOUR_MIN: u64 = 60;
const MAX_AUDIT_ENTRIES: usize = 10_000;

/// Major versions offered, with the patch release a new cluster of that version runs.
pub const VERSIONS: &[(&str, &str)] = &[
    ("v23.2", "v23.2.20"),
    ("v24.1", "v24.1.14"),
    ("v24.2", "v24.2.10"),
    ("v24.3", "v24.3.8"),
    ("v25.1", "v25.1.2"),
];
const LATEST: &str = "v25.1";

/// Regions clusters can be created in: (provider, region, serverless available).
pub const REGIONS: &[(&str, &str, bool)] = &[
    ("GCP", "us-east1", true),
    ("GCP", "us-central1", true),
    ("GCP", "us-west2", false),
    ("GCP", "europe-west1", true),
    ("GCP", "europe-west4", false),
    ("GCP", "asia-southeast1", true),
    ("AWS", "us-east-1", true),
    ("AWS", "us-east-2", false),
    ("AWS", "us-west-2", true),
    ("AWS", "eu-central-1", true),
    ("AWS", "eu-west-1", false),
    ("AWS", "ap-southeast-1", true),
    ("AZURE", "eastus2", true),
    ("AZURE", "centralus", false),
    ("AZURE", "westeurope", true),
];

const VCPUS: &[i64] = &[2, 4, 8, 16, 32];

pub const ROLE_NAMES: &[&str] = &[
    "ORG_ADMIN",
    "ORG_MEMBER",
    "BILLING_COORDINATOR",
    "CLUSTER_ADMIN",
    "CLUSTER_OPERATOR_WRITER",
    "CLUSTER_DEVELOPER",
    "CLUSTER_CREATOR",
    "FOLDER_ADMIN",
    "FOLDER_MOVER",
    "METRICS_VIEWER",
];

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
                "creator_id": admin,
                "created_at": rfc3339_millis(created),
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
            json!({"user_id": user, "roles": [{"role_name": "ORG_ADMIN", "resource": {"type": "ORGANIZATION", "id": org}}]}),
        );
    }
    let dev = det_uuid(TAG_USER, 2);
    roles.insert(
        &dev,
        json!({"user_id": dev, "roles": [{"role_name": "ORG_MEMBER", "resource": {"type": "ORGANIZATION", "id": org}}]}),
    );
    let invoices = state.collection_mut(INVOICES, INVOICES);
    for n in 0..3u64 {
        let id = det_uuid(TAG_INVOICE, n + 1);
        let end = now - (2 - n) * 30 * DAY;
        invoices.insert(
            &id,
            json!({
                "id": id,
                "status": if n == 2 { "Draft" } else { "Finalized" },
                "period_start": rfc3339_millis(end - 30 * DAY),
                "period_end": rfc3339_millis(end),
                "total_amount": 12_345 + n * 1_000,
                "currency": "USD",
            }),
        );
    }
    let clusters = state.collection_mut(CLUSTERS, CLUSTERS);
    for i in 1..=config.seed_clusters as u64 {
        let id = det_uuid(TAG_CLUSTER, i);
        let body = json!({
            "name": format!("seed-cluster-{i:04}"),
            "provider": "GCP",
            "spec": {"serverless": {"regions": ["us-east1"], "spend_limit": 0}},
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

// ---------------------------------------------------------------------------------------------
// Clusters
// ---------------------------------------------------------------------------------------------

fn region_known(provider: &str, region: &str, serverless: bool) -> bool {
    REGIONS
        .iter()
        .any(|(p, r, s)| *p == provider && *r == region && (*s || !serverless))
}

fn full_version(v: &str) -> Option<&'static str> {
    VERSIONS
        .iter()
        .find(|(major, full)| *major == v || *full == v)
        .map(|(_, full)| *full)
}

fn major_of(v: &str) -> String {
    v.split('.').take(2).collect::<Vec<_>>().join(".")
}

fn bad(m: impl Into<String>) -> ApiError {
    ApiError::bad_request(m)
}

fn provider_short(provider: &str) -> &'static str {
    match provider {
        "AWS" => "aws",
        "AZURE" => "azure",
        _ => "gcp",
    }
}

fn machine_type(provider: &str, vcpus: i64) -> String {
    match provider {
        "AWS" => format!(
            "m6i.{}",
            match vcpus {
                2 => "large".to_string(),
                4 => "xlarge".to_string(),
                n => format!("{}xlarge", n / 4),
            }
        ),
        "AZURE" => format!("Standard_D{vcpus}s_v5"),
        _ => format!("n2-standard-{vcpus}"),
    }
}

fn routing_suffix(id: &str) -> String {
    let digits: String = id.chars().filter(char::is_ascii_digit).take(4).collect();
    format!("{digits:0<4}")
}

fn serverless_regions(
    name: &str,
    id: &str,
    provider: &str,
    regions: &[String],
    primary: Option<&str>,
) -> Value {
    let prov = provider_short(provider);
    let suffix = routing_suffix(id);
    let primary = primary
        .map(str::to_string)
        .or_else(|| regions.first().cloned());
    Value::Array(
        regions
            .iter()
            .map(|r| {
                json!({
                    "name": r,
                    "sql_dns": format!("{name}-{suffix}.{prov}-{r}.cockroachlabs.cloud"),
                    "ui_dns": "",
                    "internal_dns": "",
                    "node_count": 0,
                    "primary": primary.as_deref() == Some(r.as_str()),
                })
            })
            .collect(),
    )
}

fn dedicated_regions(
    name: &str,
    id: &str,
    provider: &str,
    region_nodes: &Map<String, Value>,
) -> Value {
    let prov = provider_short(provider);
    let short: String = id.chars().filter(|c| *c != '-').take(3).collect();
    Value::Array(
        region_nodes
            .iter()
            .map(|(r, n)| {
                json!({
                    "name": r,
                    "sql_dns": format!("{name}-{short}.{prov}-{r}.crdb.io"),
                    "ui_dns": format!("admin-{name}-{short}.{prov}-{r}.crdb.io"),
                    "internal_dns": format!("internal-{name}-{short}.{prov}-{r}.crdb.io"),
                    "node_count": n,
                })
            })
            .collect(),
    )
}

fn dedicated_config(provider: &str, vcpus: i64, storage: i64, iops: Option<i64>) -> Value {
    json!({
        "machine_type": machine_type(provider, vcpus),
        "num_virtual_cpus": vcpus,
        "storage_gib": storage,
        "memory_gib": vcpus * 4,
        "disk_iops": iops.unwrap_or((storage * 30).clamp(450, 20_000)),
    })
}

fn check_cluster_name(name: &str) -> Result<(), ApiError> {
    let ok = name.len() <= 40
        && name.starts_with(|c: char| c.is_ascii_lowercase())
        && !name.ends_with('-')
        && name
            .chars()
            .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-');
    if ok {
        Ok(())
    } else {
        Err(bad(format!(
            "invalid request: body.name: {name:?} is not a valid cluster name: use lowercase letters, digits and dashes, starting with a letter and not ending with a dash, at most 40 characters"
        )))
    }
}

/// A new cluster item from a create request. `duration`: how long it is CREATING.
fn new_cluster(
    id: &str,
    body: &Value,
    creator: &str,
    now: Millis,
    duration: Millis,
) -> Result<Value, ApiError> {
    let name = body["name"].as_str().unwrap_or_default().to_string();
    check_cluster_name(&name)?;
    let provider = body["provider"].as_str().unwrap_or("GCP").to_string();
    let spec = &body["spec"];
    let mut c = Map::new();
    c.insert("id".into(), json!(id));
    c.insert("name".into(), json!(name));
    c.insert("cloud_provider".into(), json!(provider));
    if let Some(s) = spec.get("serverless") {
        let regions: Vec<String> = s["regions"]
            .as_array()
            .into_iter()
            .flatten()
            .filter_map(|r| r.as_str().map(str::to_string))
            .collect();
        for r in &regions {
            if !region_known(&provider, r, true) {
                return Err(bad(format!(
                    "invalid request: body.spec.serverless.regions: {r:?} is not a serverless region of {provider} (see /api/v1/clusters/available-regions)"
                )));
            }
        }
        let primary = s["primary_region"].as_str();
        if let Some(p) = primary
            && !regions.iter().any(|r| r == p)
        {
            return Err(bad(format!(
                "invalid request: body.spec.serverless.primary_region: {p:?} is not one of the cluster's regions"
            )));
        }
        if regions.len() > 1 && primary.is_none() {
            return Err(bad(
                "invalid request: body.spec.serverless.primary_region: required when more than one region is given",
            ));
        }
        c.insert(
            "cockroach_version".into(),
            json!(full_version(LATEST).unwrap_or(LATEST)),
        );
        c.insert("plan".into(), json!("SERVERLESS"));
        c.insert(
            "regions".into(),
            serverless_regions(&name, id, &provider, &regions, primary),
        );
        let mut config = json!({
            "spend_limit": s.get("spend_limit").cloned().unwrap_or(json!(0)),
            "routing_id": format!("{name}-{}", routing_suffix(id)),
        });
        if let Some(limits) = s.get("usage_limits") {
            config["usage_limits"] = limits.clone();
        }
        c.insert("config".into(), json!({"serverless": config}));
        let first = &regions[0];
        c.insert(
            "sql_dns".into(),
            json!(format!(
                "{name}-{}.{}-{first}.cockroachlabs.cloud",
                routing_suffix(id),
                provider_short(&provider)
            )),
        );
    } else if let Some(d) = spec.get("dedicated") {
        let region_nodes = d["region_nodes"].as_object().cloned().unwrap_or_default();
        for r in region_nodes.keys() {
            if !region_known(&provider, r, false) {
                return Err(bad(format!(
                    "invalid request: body.spec.dedicated.region_nodes: {r:?} is not a region of {provider} (see /api/v1/clusters/available-regions)"
                )));
            }
        }
        let hw = &d["hardware"];
        let vcpus = hw["machine_spec"]["num_virtual_cpus"].as_i64().unwrap_or(4);
        if !VCPUS.contains(&vcpus) {
            return Err(bad(format!(
                "invalid request: body.spec.dedicated.hardware.machine_spec.num_virtual_cpus: {vcpus} is not one of 2, 4, 8, 16, 32"
            )));
        }
        let storage = hw["storage_gib"].as_i64().unwrap_or(15);
        if storage < 15 {
            return Err(bad(format!(
                "invalid request: body.spec.dedicated.hardware.storage_gib: {storage} is below the minimum of 15"
            )));
        }
        let version = match d["cockroach_version"].as_str() {
            Some(v) => full_version(v).ok_or_else(|| {
                bad(format!(
                    "invalid request: body.spec.dedicated.cockroach_version: {v:?} is not an available version (see /api/v1/cluster-versions)"
                ))
            })?,
            None => full_version(LATEST).unwrap_or(LATEST),
        };
        c.insert("cockroach_version".into(), json!(version));
        c.insert("plan".into(), json!("DEDICATED"));
        c.insert(
            "regions".into(),
            dedicated_regions(&name, id, &provider, &region_nodes),
        );
        c.insert(
            "config".into(),
            json!({"dedicated": dedicated_config(&provider, vcpus, storage, hw["disk_iops"].as_i64())}),
        );
        c.insert(
            "network_visibility".into(),
            d.get("network_visibility")
                .cloned()
                .unwrap_or(json!("NETWORK_VISIBILITY_PUBLIC")),
        );
        if d["restrict_egress_traffic"] == true {
            c.insert(
                "egress_traffic_policy".into(),
                json!("EGRESS_TRAFFIC_POLICY_DEFAULT_DENY"),
            );
        }
    } else {
        return Err(bad(
            "invalid request: body.spec: one of serverless or dedicated is required",
        ));
    }
    c.insert("state".into(), json!("CREATING"));
    c.insert(
        "operation_status".into(),
        json!("CLUSTER_STATUS_UNSPECIFIED"),
    );
    c.insert("creator_id".into(), json!(creator));
    c.insert("created_at".into(), json!(rfc3339_millis(now)));
    c.insert("updated_at".into(), json!(rfc3339_millis(now)));
    c.insert("upgrade_status".into(), json!("FINALIZED"));
    c.insert("account_id".into(), json!(""));
    c.insert(
        "parent_id".into(),
        body.get("parent_id").cloned().unwrap_or(json!("root")),
    );
    c.insert("labels".into(), json!({}));
    c.insert("delete_protection".into(), json!("DISABLED"));
    c.entry("egress_traffic_policy")
        .or_insert(json!("EGRESS_TRAFFIC_POLICY_ALLOW_ALL"));
    c.entry("network_visibility")
        .or_insert(json!("NETWORK_VISIBILITY_PUBLIC"));
    c.insert("_created_ms".into(), json!(now));
    c.insert("_create_duration".into(), json!(duration));
    Ok(Value::Object(c))
}

/// The cluster's state and operation status now.
pub fn cluster_state(item: &Value, now: Millis) -> (&'static str, String) {
    if item["_deleted"] == true {
        return ("DELETED", "CLUSTER_STATUS_UNSPECIFIED".into());
    }
    let created = item["_created_ms"].as_u64().unwrap_or(0);
    if now < created + item["_create_duration"].as_u64().unwrap_or(0) {
        return ("CREATING", "CLUSTER_STATUS_UNSPECIFIED".into());
    }
    if item["_create_fails"] == true {
        return ("CREATION_FAILED", CREATION_FAILED_OP.into());
    }
    let lock_since = item["_lock_since"].as_u64().unwrap_or(0);
    let lock_op = item["_lock_op"]
        .as_str()
        .unwrap_or("CRDB_EDIT_CLUSTER_RUNNING");
    if now < lock_since + item["_lock_duration"].as_u64().unwrap_or(0) {
        return ("LOCKED", lock_op.to_string());
    }
    if item["_lock_fails"] == true {
        // The operation failed: the cluster is usable again, and says so until the next one.
        return ("CREATED", failed_op(lock_op));
    }
    ("CREATED", "CLUSTER_STATUS_UNSPECIFIED".into())
}

/// The `operation_status` of a cluster whose creation failed. The spec does not list the values of
/// `operation_status`; this one follows the `*_RUNNING`/`*_FAILED` pairs the live API uses.
pub const CREATION_FAILED_OP: &str = "CLUSTER_CREATION_FAILED";

/// `CRDB_SCALE_RUNNING` → `CRDB_SCALE_FAILED`.
fn failed_op(running: &str) -> String {
    format!(
        "{}_FAILED",
        running.strip_suffix("_RUNNING").unwrap_or(running)
    )
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
    match template {
        CLUSTERS => {
            let (state, op) = cluster_state(item, now);
            if state == "LOCKED"
                && let (Value::Object(shown), Value::Object(attempted)) =
                    (&mut v, &item["_attempted"])
            {
                // An update that is to fail shows its change while it runs, like one that succeeds.
                shown.extend(attempted.iter().map(|(k, v)| (k.clone(), v.clone())));
            }
            v["state"] = json!(state);
            v["operation_status"] = json!(op);
            if state == "LOCKED" && op == "CRDB_MAJOR_UPGRADE_RUNNING" {
                v["upgrade_status"] = json!("MAJOR_UPGRADE_RUNNING");
            }
            if state == "CREATING" || state == "CREATION_FAILED" {
                v["sql_dns"] = json!("");
            }
        }
        RESTORES => {
            let since = item["_since"].as_u64().unwrap_or(0);
            let d = item["_duration"].as_u64().unwrap_or(0);
            let (status, percent) = if now < since + d / 4 {
                ("PENDING", 0.0)
            } else if now < since + d {
                (
                    "IN_PROGRESS",
                    ((now - since) as f64 / d.max(1) as f64 * 100.0).floor(),
                )
            } else if item["_fails"] == true {
                ("FAILED", 0.0)
            } else {
                ("SUCCESS", 100.0)
            };
            v["status"] = json!(status);
            v["completion_percent"] = json!(percent);
        }
        PE_CONNECTIONS => {
            v["status"] = json!(progress(item, now, "PENDING", "AVAILABLE", "FAILED"))
        }
        PE_SERVICES => {
            v["status"] = json!(progress(
                item,
                now,
                "ENDPOINT_SERVICE_STATUS_CREATING",
                "ENDPOINT_SERVICE_STATUS_AVAILABLE",
                "ENDPOINT_SERVICE_STATUS_CREATE_FAILED",
            ))
        }
        // Egress rules have no failed state: the failed_transitions fault leaves them alone.
        EGRESS_RULES => {
            v["state"] = json!(progress(item, now, "PENDING_CREATION", "ACTIVE", "ACTIVE"))
        }
        LOG_EXPORT | CLOUDWATCH | DATADOG | PROMETHEUS => {
            let status = progress(item, now, "ENABLING", "ENABLED", "ENABLE_FAILED");
            if status == "ENABLE_FAILED" {
                v["user_message"] =
                    json!("the export could not be enabled (emulated failure: failed_transitions)");
            }
            v["status"] = json!(status);
        }
        CMEK if item.get("_since").is_some() => {
            let pending = item["_pending_status"].as_str().unwrap_or("ENABLING");
            let done = item["_done_status"].as_str().unwrap_or("ENABLED");
            let failed = cmek_failed_status(pending);
            v["status"] = json!(progress(item, now, pending, done, &failed));
        }
        _ => {}
    }
    Some(v)
}

/// The status a CMEK change that fails ends in, from the status it shows while it runs.
fn cmek_failed_status(pending: &str) -> String {
    match pending {
        "ROTATING" => "ROTATE_FAILED",
        "REVOKING" => "REVOKE_FAILED",
        _ => "ENABLE_FAILED",
    }
    .to_string()
}

/// Configurations that exist with defaults before they are written.
pub fn singleton_default(ctx: &Ctx<'_>) -> Option<Value> {
    match ctx.op.template.as_str() {
        BACKUPS_CONFIG => Some(json!({
            "cluster_id": ctx.param("cluster_id"),
            "enabled": true,
            "frequency_minutes": HOUR_MIN,
            "retention_days": 30,
        })),
        VERSION_DEFERRAL => Some(json!({"deferral_policy": "NOT_DEFERRED"})),
        _ => None,
    }
}

// ---------------------------------------------------------------------------------------------
// Requests
// ---------------------------------------------------------------------------------------------

pub fn handle(ctx: &mut Ctx<'_>) -> Result<Reply, ApiError> {
    let op_id = ctx.op.id.clone();
    if let Some(cluster) = ctx.params.get("cluster_id").cloned() {
        check_cluster(ctx, &cluster, &op_id)?;
        ensure_defaults(ctx, &cluster);
    }
    let result = dispatch(ctx, &op_id);
    if result.is_ok() && ctx.op.method != "GET" {
        audit(ctx, &op_id);
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

/// Every cluster starts with the databases `defaultdb` and `postgres`.
fn ensure_defaults(ctx: &mut Ctx<'_>, cluster: &str) {
    if !ctx.op.template.starts_with(DATABASES) {
        return;
    }
    let path = under(DATABASES, cluster);
    if ctx.state.collection(&path).is_none() {
        let c = ctx.state.collection_mut(&path, DATABASES);
        for name in ["defaultdb", "postgres"] {
            c.insert(name, json!({"name": name, "table_count": 0}));
        }
    }
}

fn dispatch(ctx: &mut Ctx<'_>, op_id: &str) -> Result<Reply, ApiError> {
    match op_id {
        "GetOrganizationInfo" => Ok(Reply::Json(public(
            ctx.state.singletons.get(ORGANIZATION).unwrap_or(&json!({})),
        ))),
        "ListClusters" => list_clusters(ctx),
        "CreateCluster" => create_cluster(ctx),
        "UpdateCluster" => update_cluster(ctx),
        "DeleteCluster" => delete_cluster(ctx),
        "GetConnectionString" => connection_string(ctx),
        "ListClusterNodes" => nodes(ctx),
        "ListAvailableRegions" => available_regions(ctx),
        "ListMajorClusterVersions" => versions(ctx),
        "EditDatabase" => rename_database(ctx),
        "CreateSQLUser" => create_sql_user(ctx),
        "UpdateSQLUserPassword" => sql_user_password(ctx),
        "ListApiKeys" => list_api_keys(ctx),
        "CreateApiKey" => create_api_key(ctx),
        "DeleteServiceAccount" => delete_service_account(ctx),
        "ListFolders" => list_folders(ctx),
        "CreateFolder" => create_folder(ctx),
        "UpdateFolder" => update_folder(ctx),
        "DeleteFolder" => delete_folder(ctx),
        "ListFolderContents" => folder_contents(ctx),
        "AddAllowlistEntry" => add_allowlist_entry(ctx),
        "ListPrivateEndpointServices" => list_private_endpoint_services(ctx),
        "CreatePrivateEndpointServices" => create_private_endpoint_services(ctx),
        "AddPrivateEndpointConnection" => add_private_endpoint_connection(ctx),
        "AddEgressRule" => add_egress_rule(ctx),
        "EditEgressRule" => edit_egress_rule(ctx),
        "ListBackups" => list_backups(ctx),
        "UpdateBackupConfiguration" => update_backup_config(ctx),
        "CreateRestore" => create_restore(ctx),
        "EnableLogExport" => enable_log_export(ctx),
        "EnableCloudWatchMetricExport"
        | "EnableDatadogMetricExport"
        | "EnablePrometheusMetricExport" => enable_metric_export(ctx),
        "DeleteLogExport"
        | "DeleteCloudWatchMetricExport"
        | "DeleteDatadogMetricExport"
        | "DeletePrometheusMetricExport" => disable_export(ctx),
        "EnableCMEKSpec" => enable_cmek(ctx),
        "UpdateCMEKSpec" => update_cmek_spec(ctx),
        "UpdateCMEKStatus" => update_cmek_status(ctx),
        "ListRoleGrants" => list_role_grants(ctx),
        "GetAllRolesForUser" => roles_for_user(ctx),
        "SetRolesForUser" => set_roles(ctx),
        "AddUserToRole" => add_role(ctx),
        "RemoveUserFromRole" => remove_role(ctx),
        "GetPersonUsersByEmail" => persons_by_email(ctx),
        "ListInvoices" => list_invoices(ctx),
        "ListAuditLogs" => list_audit_logs(ctx),
        "AddJWTIssuer" => add_jwt_issuer(ctx),
        _ => generic(ctx),
    }
}

/// The audit action of an operation: CreateSQLUser -> CREATE_SQL_USER. A word starts at an upper-case letter
/// after a lower-case one, or at the last capital of an acronym that a lower-case letter follows.
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

/// Records the change in the organization's audit log.
fn audit(ctx: &mut Ctx<'_>, op_id: &str) {
    let action = action_name(op_id);
    let id = new_uuid();
    let mut entry = json!({
        "id": id,
        "created_at": rfc3339_millis(ctx.now),
        "action": action,
        "source": "API",
        "user_id": ctx.actor,
        "path": ctx.path_of(&ctx.op.template),
        "method": ctx.op.method,
    });
    if let Some(c) = ctx.params.get("cluster_id") {
        entry["cluster_id"] = json!(c);
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

fn list_clusters(ctx: &mut Ctx<'_>) -> Result<Reply, ApiError> {
    let show_inactive = ctx.query("show_inactive") == Some("true");
    let page = page_params(ctx)?;
    let (items, next) = paginate_collection(ctx.state.collection(CLUSTERS), &page, |c| {
        let v = render(CLUSTERS, c, ctx.now, ctx.env)?;
        (show_inactive || v["state"] != "DELETED").then_some(v)
    });
    Ok(Reply::Json(list_body("clusters", items, next)))
}

fn folder_exists(ctx: &Ctx<'_>, id: &str) -> bool {
    id == "root" || ctx.state.item(FOLDERS, id).is_some()
}

fn create_cluster(ctx: &mut Ctx<'_>) -> Result<Reply, ApiError> {
    let body = ctx.body.clone();
    let name = body["name"].as_str().unwrap_or_default();
    if let Some(parent) = body["parent_id"].as_str()
        && !folder_exists(ctx, parent)
    {
        return Err(bad(format!(
            "invalid request: body.parent_id: folder {parent:?} not found"
        )));
    }
    let taken = ctx
        .state
        .collection(CLUSTERS)
        .is_some_and(|c| c.iter().any(|x| x["name"] == name && x["_deleted"] != true));
    if taken {
        return Err(ApiError::already_exists(format!(
            "a cluster named {name:?} already exists"
        )));
    }
    let id = new_uuid();
    let mut cluster = new_cluster(&id, &body, &ctx.actor, ctx.now, ctx.transition())?;
    if ctx.transition_fails() {
        // CREATING, then CREATION_FAILED.
        cluster["_create_fails"] = json!(true);
    }
    ctx.state
        .collection_mut(CLUSTERS, CLUSTERS)
        .insert(&id, cluster);
    Ok(Reply::Json(shown(ctx, CLUSTERS, CLUSTERS, &id)?))
}

fn update_cluster(ctx: &mut Ctx<'_>) -> Result<Reply, ApiError> {
    let id = ctx.param("cluster_id").to_string();
    let body = ctx.body.clone();
    let now = ctx.now;
    let transition = ctx.transition();
    // Changes are made to a copy, stored only when the whole request is valid.
    let mut copy = ctx
        .state
        .item(CLUSTERS, &id)
        .cloned()
        .ok_or_else(|| ApiError::not_found(format!("cluster {id:?} not found")))?;
    let item = &mut copy;
    let plan = item["plan"].as_str().unwrap_or_default().to_string();
    let provider = item["cloud_provider"].as_str().unwrap_or("GCP").to_string();
    let name = item["name"].as_str().unwrap_or_default().to_string();
    let dedicated = body
        .get("dedicated")
        .filter(|d| d.as_object().is_some_and(|m| !m.is_empty()));
    let serverless = body
        .get("serverless")
        .filter(|d| d.as_object().is_some_and(|m| !m.is_empty()));
    let version = body["cockroach_version"]
        .as_str()
        .or_else(|| dedicated.and_then(|d| d["cockroach_version"].as_str()));
    if dedicated.is_none() && serverless.is_none() && version.is_none() {
        return Err(bad(
            "invalid request: body: nothing to update: give dedicated, serverless or cockroach_version",
        ));
    }
    if dedicated.is_some() && plan != "DEDICATED" {
        return Err(bad(
            "invalid request: body.dedicated: the cluster is not a dedicated cluster",
        ));
    }
    if serverless.is_some() && plan != "SERVERLESS" {
        return Err(bad(
            "invalid request: body.serverless: the cluster is not a serverless cluster",
        ));
    }
    let mut lock_op = "CRDB_EDIT_CLUSTER_RUNNING";
    if let Some(v) = version {
        let full = full_version(v).ok_or_else(|| {
            bad(format!("invalid request: body.cockroach_version: {v:?} is not an available version (see /api/v1/cluster-versions)"))
        })?;
        let current = item["cockroach_version"]
            .as_str()
            .unwrap_or_default()
            .to_string();
        if major_of(full) < major_of(&current) {
            return Err(bad(format!(
                "invalid request: body.cockroach_version: {v} is older than the cluster's {current}"
            )));
        }
        if major_of(full) != major_of(&current) {
            item["cockroach_version"] = json!(full);
            lock_op = "CRDB_MAJOR_UPGRADE_RUNNING";
        }
    }
    if let Some(d) = dedicated {
        let mut cfg = item["config"]["dedicated"].clone();
        let hw = &d["hardware"];
        if let Some(vcpus) = hw["machine_spec"]["num_virtual_cpus"].as_i64() {
            if !VCPUS.contains(&vcpus) {
                return Err(bad(format!(
                    "invalid request: body.dedicated.hardware.machine_spec.num_virtual_cpus: {vcpus} is not one of 2, 4, 8, 16, 32"
                )));
            }
            cfg["num_virtual_cpus"] = json!(vcpus);
            cfg["memory_gib"] = json!(vcpus * 4);
            cfg["machine_type"] = json!(machine_type(&provider, vcpus));
            lock_op = "CRDB_SCALE_RUNNING";
        }
        if let Some(storage) = hw["storage_gib"].as_i64() {
            let current = cfg["storage_gib"].as_i64().unwrap_or(0);
            if storage < current {
                return Err(bad(format!(
                    "invalid request: body.dedicated.hardware.storage_gib: storage cannot be decreased ({current} → {storage})"
                )));
            }
            cfg["storage_gib"] = json!(storage);
            lock_op = "CRDB_SCALE_RUNNING";
        }
        if let Some(iops) = hw["disk_iops"].as_i64() {
            cfg["disk_iops"] = json!(iops);
        }
        if let Some(nodes) = d["region_nodes"].as_object() {
            for r in nodes.keys() {
                if !region_known(&provider, r, false) {
                    return Err(bad(format!(
                        "invalid request: body.dedicated.region_nodes: {r:?} is not a region of {provider}"
                    )));
                }
            }
            item["regions"] = dedicated_regions(&name, &id, &provider, nodes);
            lock_op = "CRDB_SCALE_RUNNING";
        }
        item["config"]["dedicated"] = cfg;
    }
    if let Some(s) = serverless {
        if let Some(limit) = s.get("spend_limit") {
            item["config"]["serverless"]["spend_limit"] = limit.clone();
        }
        if let Some(limits) = s.get("usage_limits") {
            item["config"]["serverless"]["usage_limits"] = limits.clone();
        }
        if let Some(regions) = s["regions"].as_array() {
            let regions: Vec<String> = regions
                .iter()
                .filter_map(|r| r.as_str().map(str::to_string))
                .collect();
            for r in &regions {
                if !region_known(&provider, r, true) {
                    return Err(bad(format!(
                        "invalid request: body.serverless.regions: {r:?} is not a serverless region of {provider}"
                    )));
                }
            }
            let primary = s["primary_region"].as_str();
            item["regions"] = serverless_regions(&name, &id, &provider, &regions, primary);
        }
    }
    let mut stored = if ctx.transition_fails() {
        // The update does not apply: the stored cluster keeps its spec, and the change it tried
        // is shown only while the cluster is LOCKED (as a successful one would be).
        let mut original = ctx
            .state
            .item(CLUSTERS, &id)
            .cloned()
            .ok_or_else(|| ApiError::not_found(format!("cluster {id:?} not found")))?;
        let attempted: Map<String, Value> = copy
            .as_object()
            .into_iter()
            .flatten()
            .filter(|(k, v)| !k.starts_with('_') && original.get(k.as_str()) != Some(v))
            .map(|(k, v)| (k.clone(), v.clone()))
            .collect();
        original["_attempted"] = Value::Object(attempted);
        original["_lock_fails"] = json!(true);
        original
    } else {
        if let Value::Object(m) = &mut copy {
            m.remove("_attempted");
            m.remove("_lock_fails");
        }
        copy
    };
    stored["updated_at"] = json!(rfc3339_millis(now));
    stored["_lock_since"] = json!(now);
    stored["_lock_duration"] = json!(transition);
    stored["_lock_op"] = json!(lock_op);
    ctx.state
        .collection_mut(CLUSTERS, CLUSTERS)
        .insert(&id, stored);
    Ok(Reply::Json(shown(ctx, CLUSTERS, CLUSTERS, &id)?))
}

fn delete_cluster(ctx: &mut Ctx<'_>) -> Result<Reply, ApiError> {
    let id = ctx.param("cluster_id").to_string();
    let now = ctx.now;
    let item = ctx
        .state
        .item_mut(CLUSTERS, &id)
        .ok_or_else(|| ApiError::not_found(format!("cluster {id:?} not found")))?;
    if item["delete_protection"] == "ENABLED" {
        return Err(ApiError::failed_precondition(format!(
            "cluster {id} has delete protection enabled"
        )));
    }
    item["_deleted"] = json!(true);
    item["deleted_at"] = json!(rfc3339_millis(now));
    item["updated_at"] = json!(rfc3339_millis(now));
    Ok(Reply::Json(shown(ctx, CLUSTERS, CLUSTERS, &id)?))
}

fn cluster_view(ctx: &Ctx<'_>) -> Result<Value, ApiError> {
    shown(ctx, CLUSTERS, CLUSTERS, ctx.param("cluster_id"))
}

fn connection_string(ctx: &mut Ctx<'_>) -> Result<Reply, ApiError> {
    let c = cluster_view(ctx)?;
    let database = ctx.query("database").unwrap_or("defaultdb");
    let user = ctx.query("sql_user").unwrap_or("{username}");
    let host = c["regions"][0]["sql_dns"]
        .as_str()
        .unwrap_or_default()
        .to_string();
    let routing = c["config"]["serverless"]["routing_id"].as_str();
    let os = ctx.query("os").unwrap_or("LINUX");
    let cert = match os {
        "MAC" => "$HOME/Library/CockroachCloud/certs/root.crt",
        "WINDOWS" => "%APPDATA%\\postgresql\\root.crt",
        _ => "$HOME/.postgresql/root.crt",
    };
    let mut s = format!("postgresql://{user}@{host}:26257/{database}?sslmode=verify-full");
    if c["plan"] == "DEDICATED" {
        s.push_str(&format!("&sslrootcert={cert}"));
    }
    let mut answer = json!({
        "connection_string": s,
        "params": {"host": host, "port": "26257", "database": database, "username": user},
    });
    if let Some(r) = routing {
        answer["params"]["routing_id"] = json!(r);
    }
    Ok(Reply::Json(answer))
}

fn nodes(ctx: &mut Ctx<'_>) -> Result<Reply, ApiError> {
    let c = cluster_view(ctx)?;
    let filter = ctx.query("region_name").map(str::to_string);
    let status = if c["state"] == "CREATING" || c["state"] == "CREATION_FAILED" {
        "NOT_READY"
    } else {
        "LIVE"
    };
    let short: String = c["id"]
        .as_str()
        .unwrap_or_default()
        .chars()
        .filter(|c| *c != '-')
        .take(4)
        .collect();
    let mut nodes = Vec::new();
    if c["plan"] == "DEDICATED" {
        for r in c["regions"].as_array().into_iter().flatten() {
            let region = r["name"].as_str().unwrap_or_default();
            if filter.as_deref().is_some_and(|f| f != region) {
                continue;
            }
            for i in 0..r["node_count"].as_i64().unwrap_or(0) {
                nodes.push(json!({
                    "name": format!("cockroachdb-{short}-{region}-{i}"),
                    "region_name": region,
                    "status": status,
                }));
            }
        }
    }
    let page = page_params(ctx)?;
    let (nodes, next) = paginate_vec(nodes, &page);
    Ok(Reply::Json(list_body("nodes", nodes, next)))
}

fn available_regions(ctx: &mut Ctx<'_>) -> Result<Reply, ApiError> {
    let provider = ctx.query("provider").map(str::to_string);
    let serverless = ctx.query("serverless") == Some("true");
    let regions: Vec<Value> = REGIONS
        .iter()
        .filter(|(p, _, s)| provider.as_deref().is_none_or(|f| f == *p) && (!serverless || *s))
        .map(|(p, r, s)| json!({"name": r, "provider": p, "serverless": s}))
        .collect();
    let page = page_params(ctx)?;
    let (regions, next) = paginate_vec(regions, &page);
    Ok(Reply::Json(list_body("regions", regions, next)))
}

fn versions(ctx: &mut Ctx<'_>) -> Result<Reply, ApiError> {
    let versions: Vec<Value> = VERSIONS
        .iter()
        .map(|(major, _)| {
            json!({
                "version": major,
                "support_status": if *major < "v24.1" { "UNSUPPORTED" } else { "SUPPORTED" },
                "release_type": if *major == "v24.2" { "INNOVATION" } else { "REGULAR" },
            })
        })
        .collect();
    let page = page_params(ctx)?;
    let (versions, next) = paginate_vec(versions, &page);
    Ok(Reply::Json(list_body("versions", versions, next)))
}

fn check_sql_name(what: &str, name: &str) -> Result<(), ApiError> {
    let ok = !name.is_empty()
        && name.len() <= 63
        && name.starts_with(|c: char| c.is_ascii_lowercase() || c == '_')
        && name.chars().all(|c| {
            c.is_ascii_lowercase() || c.is_ascii_digit() || c == '_' || c == '-' || c == '.'
        });
    if ok {
        Ok(())
    } else {
        Err(bad(format!(
            "invalid request: {what}: {name:?} is not a valid SQL name: use lowercase letters, digits, _ - and ., starting with a letter or _, at most 63 characters"
        )))
    }
}

fn rename_database(ctx: &mut Ctx<'_>) -> Result<Reply, ApiError> {
    let cluster = ctx.param("cluster_id").to_string();
    let old = ctx.param("name").to_string();
    let new = ctx
        .body_str("new_name")
        .ok_or_else(|| bad("invalid request: body.new_name: is required"))?
        .to_string();
    check_sql_name("body.new_name", &new)?;
    let path = under(DATABASES, &cluster);
    shown(ctx, &path, DATABASES, &old)?;
    if old != new {
        if ctx.state.item(&path, &new).is_some() {
            return Err(ApiError::already_exists(format!(
                "database {new:?} already exists"
            )));
        }
        let c = ctx.state.collection_mut(&path, DATABASES);
        c.rekey(&old, &new);
        if let Some(db) = c.get_mut(&new) {
            db["name"] = json!(new);
        }
    }
    Ok(Reply::Json(shown(ctx, &path, DATABASES, &new)?))
}

fn create_sql_user(ctx: &mut Ctx<'_>) -> Result<Reply, ApiError> {
    let name = ctx.body_str("name").unwrap_or_default().to_string();
    check_sql_name("body.name", &name)?;
    if ctx.body_str("password").is_some_and(str::is_empty) {
        return Err(bad("invalid request: body.password: must not be empty"));
    }
    // The password is kept by the database only: never stored here, never returned.
    generic(ctx)
}

fn sql_user_password(ctx: &mut Ctx<'_>) -> Result<Reply, ApiError> {
    let path = under(SQL_USERS, ctx.param("cluster_id"));
    let name = ctx.param("name").to_string();
    if ctx.body_str("password").is_some_and(str::is_empty) {
        return Err(bad("invalid request: body.password: must not be empty"));
    }
    let user = shown(ctx, &path, SQL_USERS, &name)?;
    if let Some(u) = ctx.state.item_mut(&path, &name) {
        u["_password_changed_at"] = json!(ctx.now);
    }
    Ok(Reply::Json(user))
}

fn list_api_keys(ctx: &mut Ctx<'_>) -> Result<Reply, ApiError> {
    let account = ctx.query("service_account_id").map(str::to_string);
    let page = page_params(ctx)?;
    let (items, next) = paginate_collection(ctx.state.collection(API_KEYS), &page, |k| {
        account
            .as_deref()
            .is_none_or(|a| k["service_account_id"] == a)
            .then(|| public(k))
    });
    Ok(Reply::Json(list_body("api_keys", items, next)))
}

fn create_api_key(ctx: &mut Ctx<'_>) -> Result<Reply, ApiError> {
    let account = ctx
        .body_str("service_account_id")
        .unwrap_or_default()
        .to_string();
    if ctx.state.item(SERVICE_ACCOUNTS, &account).is_none() {
        return Err(ApiError::not_found(format!(
            "service account {account:?} not found"
        )));
    }
    let id = random_token(22);
    let secret = format!("CCDB1_{id}_{}", random_token(40));
    let key = json!({
        "id": id,
        "name": ctx.body["name"],
        "service_account_id": account,
        "created_at": rfc3339_millis(ctx.now),
        "_secret": secret,
    });
    ctx.state
        .collection_mut(API_KEYS, API_KEYS)
        .insert(&id, key);
    let api_key = shown(ctx, API_KEYS, API_KEYS, &id)?;
    // The secret is returned by this answer only.
    Ok(Reply::Json(json!({"api_key": api_key, "secret": secret})))
}

fn delete_service_account(ctx: &mut Ctx<'_>) -> Result<Reply, ApiError> {
    let id = ctx.param("id").to_string();
    let reply = generic(ctx)?;
    // Its API keys are revoked with it, and its role grants go.
    if let Some(keys) = ctx.state.collections.get_mut(API_KEYS) {
        let doomed: Vec<String> = keys
            .iter()
            .filter(|k| k["service_account_id"] == id.as_str())
            .filter_map(|k| k["_key"].as_str().map(str::to_string))
            .collect();
        for k in doomed {
            keys.remove(&k);
        }
    }
    if let Some(roles) = ctx.state.collections.get_mut(ROLES) {
        roles.remove(&id);
    }
    Ok(reply)
}

// --- folders ---

fn folder_path(ctx: &Ctx<'_>, parent: &str, name: &str) -> String {
    if parent == "root" {
        format!("/{name}")
    } else {
        let parent_path = ctx
            .state
            .item(FOLDERS, parent)
            .and_then(|f| f["path"].as_str())
            .unwrap_or("");
        format!("{parent_path}/{name}")
    }
}

fn sibling_named(ctx: &Ctx<'_>, parent: &str, name: &str, except: Option<&str>) -> bool {
    ctx.state.collection(FOLDERS).is_some_and(|c| {
        c.iter().any(|f| {
            f["parent_id"] == parent && f["name"] == name && f["resource_id"].as_str() != except
        })
    })
}

fn list_folders(ctx: &mut Ctx<'_>) -> Result<Reply, ApiError> {
    let prefix = ctx.query("path").map(str::to_string);
    let page = page_params(ctx)?;
    let (items, next) = paginate_collection(ctx.state.collection(FOLDERS), &page, |f| {
        prefix
            .as_deref()
            .is_none_or(|p| f["path"].as_str().is_some_and(|fp| fp.starts_with(p)))
            .then(|| public(f))
    });
    Ok(Reply::Json(list_body("folders", items, next)))
}

fn create_folder(ctx: &mut Ctx<'_>) -> Result<Reply, ApiError> {
    let name = ctx.body_str("name").unwrap_or_default().to_string();
    if name.trim().is_empty() || name.contains('/') {
        return Err(bad(
            "invalid request: body.name: a folder name is not empty and has no '/'",
        ));
    }
    let parent = ctx.body_str("parent_id").unwrap_or("root").to_string();
    if !folder_exists(ctx, &parent) {
        return Err(bad(format!(
            "invalid request: body.parent_id: folder {parent:?} not found"
        )));
    }
    if sibling_named(ctx, &parent, &name, None) {
        return Err(ApiError::already_exists(format!(
            "a folder named {name:?} already exists there"
        )));
    }
    let id = new_uuid();
    let path = folder_path(ctx, &parent, &name);
    let folder = json!({"resource_id": id, "name": name, "parent_id": parent, "path": path});
    ctx.state
        .collection_mut(FOLDERS, FOLDERS)
        .insert(&id, folder);
    Ok(Reply::Json(shown(ctx, FOLDERS, FOLDERS, &id)?))
}

fn update_folder(ctx: &mut Ctx<'_>) -> Result<Reply, ApiError> {
    let id = ctx.param("folder_id").to_string();
    let current = shown(ctx, FOLDERS, FOLDERS, &id)?;
    let name = ctx
        .body_str("name")
        .unwrap_or(current["name"].as_str().unwrap_or_default())
        .to_string();
    let parent = ctx
        .body_str("parent_id")
        .unwrap_or(current["parent_id"].as_str().unwrap_or("root"))
        .to_string();
    if name.trim().is_empty() || name.contains('/') {
        return Err(bad(
            "invalid request: body.name: a folder name is not empty and has no '/'",
        ));
    }
    if !folder_exists(ctx, &parent) {
        return Err(bad(format!(
            "invalid request: body.parent_id: folder {parent:?} not found"
        )));
    }
    // No folder may become its own ancestor.
    let mut cursor = parent.clone();
    while cursor != "root" {
        if cursor == id {
            return Err(bad(
                "invalid request: body.parent_id: a folder cannot be moved into itself or its subfolders",
            ));
        }
        cursor = ctx
            .state
            .item(FOLDERS, &cursor)
            .and_then(|f| f["parent_id"].as_str())
            .unwrap_or("root")
            .to_string();
    }
    if sibling_named(ctx, &parent, &name, Some(&id)) {
        return Err(ApiError::already_exists(format!(
            "a folder named {name:?} already exists there"
        )));
    }
    let path = folder_path(ctx, &parent, &name);
    let old_path = current["path"].as_str().unwrap_or_default().to_string();
    if let Some(coll) = ctx.state.collections.get_mut(FOLDERS) {
        for f in coll.iter_mut() {
            if f["resource_id"] == id.as_str() {
                f["name"] = json!(name);
                f["parent_id"] = json!(parent);
                f["path"] = json!(path);
            } else if let Some(p) = f["path"]
                .as_str()
                .and_then(|p| p.strip_prefix(&format!("{old_path}/")))
            {
                f["path"] = json!(format!("{path}/{p}"));
            }
        }
    }
    Ok(Reply::Json(shown(ctx, FOLDERS, FOLDERS, &id)?))
}

fn folder_children(ctx: &Ctx<'_>, id: &str) -> Vec<Value> {
    let mut out: Vec<Value> = ctx
        .state
        .collection(FOLDERS)
        .map(|c| {
            c.iter()
                .filter(|f| f["parent_id"] == id)
                .map(|f| json!({"resource_type": "FOLDER", "id": f["resource_id"], "name": f["name"]}))
                .collect()
        })
        .unwrap_or_default();
    if let Some(c) = ctx.state.collection(CLUSTERS) {
        out.extend(
            c.iter()
                .filter(|x| x["parent_id"] == id && x["_deleted"] != true)
                .map(|x| json!({"resource_type": "CLUSTER", "id": x["id"], "name": x["name"]})),
        );
    }
    out
}

fn delete_folder(ctx: &mut Ctx<'_>) -> Result<Reply, ApiError> {
    let id = ctx.param("folder_id").to_string();
    shown(ctx, FOLDERS, FOLDERS, &id)?;
    if !folder_children(ctx, &id).is_empty() {
        return Err(ApiError::failed_precondition(format!(
            "folder {id} is not empty: move or delete its clusters and folders first"
        )));
    }
    generic(ctx)
}

fn folder_contents(ctx: &mut Ctx<'_>) -> Result<Reply, ApiError> {
    let id = ctx.param("folder_id").to_string();
    if !folder_exists(ctx, &id) {
        return Err(ApiError::not_found(format!("folder {id:?} not found")));
    }
    let items = folder_children(ctx, &id);
    let page = page_params(ctx)?;
    let (items, next) = paginate_vec(items, &page);
    Ok(Reply::Json(list_body("resources", items, next)))
}

// --- networking ---

fn add_allowlist_entry(ctx: &mut Ctx<'_>) -> Result<Reply, ApiError> {
    let ip = ctx.body_str("cidr_ip").unwrap_or_default().to_string();
    if ip.parse::<std::net::Ipv4Addr>().is_err() {
        return Err(bad(format!(
            "invalid request: body.cidr_ip: {ip:?} is not an IPv4 address"
        )));
    }
    for f in ["sql", "ui"] {
        if ctx.body.get(f).is_none() && ctx.body.is_object() {
            ctx.body[f] = json!(f == "sql");
        }
    }
    if ctx.body.get("name").is_none() && ctx.body.is_object() {
        ctx.body["name"] = json!("");
    }
    generic(ctx)
}

fn list_private_endpoint_services(ctx: &mut Ctx<'_>) -> Result<Reply, ApiError> {
    let path = under(PE_SERVICES, ctx.param("cluster_id"));
    let items = list_items(ctx, &path, PE_SERVICES);
    Ok(Reply::Json(json!({"services": items})))
}

fn create_private_endpoint_services(ctx: &mut Ctx<'_>) -> Result<Reply, ApiError> {
    let c = cluster_view(ctx)?;
    let cluster = ctx.param("cluster_id").to_string();
    let path = under(PE_SERVICES, &cluster);
    let provider = c["cloud_provider"].as_str().unwrap_or("GCP").to_string();
    for r in c["regions"].as_array().cloned().unwrap_or_default() {
        let region = r["name"].as_str().unwrap_or_default().to_string();
        if ctx.state.item(&path, &region).is_some() {
            continue;
        }
        let short: String = cluster.chars().filter(|c| *c != '-').take(17).collect();
        let mut service = json!({
            "region_name": region,
            "cloud_provider": provider,
            "status": "ENDPOINT_SERVICE_STATUS_CREATING",
            "_since": ctx.now,
            "_duration": ctx.transition(),
        });
        // Each region's service is a transition of its own.
        if ctx.transition_fails() {
            service["_fails"] = json!(true);
        }
        match provider.as_str() {
            "AWS" => {
                service["aws"] = json!({
                    "service_name": format!("com.amazonaws.vpce.{region}.vpce-svc-{short}"),
                    "service_id": format!("vpce-svc-{short}"),
                    "availability_zone_ids": ["use1-az1", "use1-az2", "use1-az4"],
                })
            }
            "AZURE" => {
                service["azure"] =
                    json!({"alias": format!("crdb-{short}.{region}.azure.privatelinkservice")})
            }
            _ => {
                service["gcp"] = json!({"service_attachment": format!("projects/crl-prod-{short}/regions/{region}/serviceAttachments/crdb-{short}")})
            }
        }
        ctx.state
            .collection_mut(&path, PE_SERVICES)
            .insert(&region, service);
    }
    let items = list_items(ctx, &path, PE_SERVICES);
    Ok(Reply::Json(json!({"services": items})))
}

fn add_private_endpoint_connection(ctx: &mut Ctx<'_>) -> Result<Reply, ApiError> {
    let cluster = ctx.param("cluster_id").to_string();
    let services = under(PE_SERVICES, &cluster);
    let first = ctx
        .state
        .collection(&services)
        .and_then(|c| c.iter().next().cloned())
        .ok_or_else(|| {
            ApiError::failed_precondition(format!(
                "cluster {cluster} has no private endpoint services: create them first (POST .../networking/private-endpoint-services)"
            ))
        })?;
    let endpoint = ctx.body_str("endpoint_id").unwrap_or_default().to_string();
    if endpoint.is_empty() {
        return Err(bad("invalid request: body.endpoint_id: must not be empty"));
    }
    let path = under(PE_CONNECTIONS, &cluster);
    let mut item = json!({
        "id": endpoint,
        "endpoint_id": endpoint,
        "cloud_provider": first["cloud_provider"],
        "region_name": first["region_name"],
        "endpoint_service_id": first["aws"]["service_id"].as_str().unwrap_or("crdb-endpoint-service"),
        "status": "PENDING",
        "_since": ctx.now,
        "_duration": ctx.transition(),
    });
    // (When the connection exists already, the request is refused below, and a refused request
    // does not count down the fault.)
    if ctx.transition_fails() {
        item["_fails"] = json!(true);
    }
    let Value::Object(item) = item else {
        unreachable!()
    };
    insert_new(ctx, &path, PE_CONNECTIONS, &endpoint, item)
}

fn check_destination(dest: &str, kind: &str) -> Result<(), ApiError> {
    let ok = match kind {
        "CIDR" => dest.split_once('/').is_some_and(|(ip, m)| {
            ip.parse::<std::net::Ipv4Addr>().is_ok() && m.parse::<u8>().is_ok_and(|m| m <= 32)
        }),
        _ => {
            !dest.is_empty()
                && dest
                    .chars()
                    .all(|c| c.is_ascii_alphanumeric() || c == '.' || c == '-' || c == '*')
        }
    };
    if ok {
        Ok(())
    } else {
        Err(bad(format!(
            "invalid request: body.destination: {dest:?} is not a valid {kind} destination"
        )))
    }
}

fn add_egress_rule(ctx: &mut Ctx<'_>) -> Result<Reply, ApiError> {
    let dest = ctx.body_str("destination").unwrap_or_default().to_string();
    let kind = match ctx.body_str("type") {
        Some(t) => t.to_uppercase(),
        None if dest.contains('/') => "CIDR".into(),
        None => "FQDN".into(),
    };
    if kind != "CIDR" && kind != "FQDN" {
        return Err(bad(format!(
            "invalid request: body.type: {kind:?} is not one of FQDN, CIDR"
        )));
    }
    check_destination(&dest, &kind)?;
    for p in ctx.body["ports"].as_array().into_iter().flatten() {
        if !p.as_i64().is_some_and(|p| (1..=65535).contains(&p)) {
            return Err(bad(format!(
                "invalid request: body.ports: {p} is not a port number"
            )));
        }
    }
    let template = ctx.op.template.clone();
    let mut item = new_item(ctx, &template, &ctx.op.item_properties.clone())?;
    item.insert("type".into(), json!(kind));
    item.entry("ports").or_insert(json!([]));
    item.insert("_since".into(), json!(ctx.now));
    item.insert("_duration".into(), json!(ctx.transition()));
    let id = item["id"].as_str().unwrap_or_default().to_string();
    let path = ctx.path_of(&template);
    insert_new(ctx, &path, &template, &id, item)
}

fn edit_egress_rule(ctx: &mut Ctx<'_>) -> Result<Reply, ApiError> {
    let path = under(EGRESS_RULES, ctx.param("cluster_id"));
    let current = shown(ctx, &path, EGRESS_RULES, ctx.param("rule_id"))?;
    if let Some(dest) = ctx.body_str("destination") {
        check_destination(dest, current["type"].as_str().unwrap_or("FQDN"))?;
    }
    generic(ctx)
}

// --- backups and restores ---

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
                "created_at": rfc3339_millis(at),
                "status": "COMPLETE",
                "type": "FULL",
                "cluster_id": id,
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

fn create_restore(ctx: &mut Ctx<'_>) -> Result<Reply, ApiError> {
    let backup = ctx.body_str("backup_id").unwrap_or_default().to_string();
    let found = ctx.state.collection(CLUSTERS).is_some_and(|c| {
        c.iter().any(|cluster| {
            backups_of(ctx, cluster)
                .iter()
                .any(|b| b["id"] == backup.as_str())
        })
    });
    if !found {
        return Err(ApiError::not_found(format!("backup {backup:?} not found")));
    }
    let id = new_uuid();
    let cluster = ctx.param("cluster_id").to_string();
    let mut item = json!({
        "id": id,
        "cluster_id": cluster,
        "backup_id": backup,
        "status": "PENDING",
        "type": "CLUSTER",
        "created_at": rfc3339_millis(ctx.now),
        "completion_percent": 0,
        "crdb_job_id": format!("{}", 900_000_000_000u64 + fastrand::u64(..100_000_000)),
        "_since": ctx.now,
        "_duration": ctx.transition(),
    });
    if let Some(t) = ctx.body.get("target") {
        item["target"] = t.clone();
    }
    if ctx.transition_fails() {
        // PENDING, IN_PROGRESS, then FAILED.
        item["_fails"] = json!(true);
    }
    let Value::Object(item) = item else {
        unreachable!()
    };
    insert_new(ctx, &under(RESTORES, &cluster), RESTORES, &id, item)
}

// --- exports and CMEK (dedicated clusters only) ---

fn require_dedicated(ctx: &Ctx<'_>, what: &str) -> Result<(), ApiError> {
    let c = cluster_view(ctx)?;
    if c["plan"] != "DEDICATED" {
        return Err(bad(format!(
            "invalid request: {what} is available for dedicated clusters only"
        )));
    }
    Ok(())
}

fn set_singleton(ctx: &mut Ctx<'_>, template: &str, value: Value) -> Result<Reply, ApiError> {
    let path = ctx.path_of(template);
    ctx.state.singletons.insert(path, value.clone());
    ctx.render(template, &value)
        .map(Reply::Json)
        .ok_or_else(|| ApiError::internal("configuration hidden"))
}

fn enable_log_export(ctx: &mut Ctx<'_>) -> Result<Reply, ApiError> {
    require_dedicated(ctx, "log export")?;
    let cluster = ctx.param("cluster_id").to_string();
    let mut spec = ctx.body.clone();
    if spec.get("log_name").is_none() {
        spec["log_name"] = json!("crdb");
    }
    let value = json!({
        "cluster_id": cluster,
        "status": "ENABLING",
        "spec": spec,
        "user_message": "",
        "created_at": rfc3339_millis(ctx.now),
        "updated_at": rfc3339_millis(ctx.now),
        "_since": ctx.now,
        "_duration": ctx.transition(),
        "_fails": ctx.transition_fails(),
    });
    set_singleton(ctx, LOG_EXPORT, value)
}

fn enable_metric_export(ctx: &mut Ctx<'_>) -> Result<Reply, ApiError> {
    require_dedicated(ctx, "metric export")?;
    let cluster = ctx.param("cluster_id").to_string();
    let template = ctx.op.template.clone();
    let mut value = json!({
        "cluster_id": cluster,
        "status": "ENABLING",
        "user_message": "",
        "_since": ctx.now,
        "_duration": ctx.transition(),
        "_fails": ctx.transition_fails(),
    });
    match template.as_str() {
        CLOUDWATCH => {
            value["role_arn"] = ctx.body["role_arn"].clone();
            let region = ctx
                .body_str("target_region")
                .map(str::to_string)
                .unwrap_or_else(|| {
                    cluster_view(ctx)
                        .ok()
                        .and_then(|c| c["regions"][0]["name"].as_str().map(str::to_string))
                        .unwrap_or_default()
                });
            value["target_region"] = json!(region);
            value["log_group_name"] = json!(format!("/crdb/{cluster}"));
        }
        DATADOG => {
            // The Datadog API key is write-only.
            value["site"] = ctx.body.get("site").cloned().unwrap_or(json!("US1"));
        }
        _ => {
            let c = cluster_view(ctx)?;
            let targets: Map<String, Value> = c["regions"]
                .as_array()
                .into_iter()
                .flatten()
                .filter_map(|r| {
                    let name = r["name"].as_str()?;
                    Some((
                        name.to_string(),
                        json!(format!(
                            "https://{}:8080/_status/vars",
                            r["sql_dns"].as_str().unwrap_or_default()
                        )),
                    ))
                })
                .collect();
            value["targets"] = Value::Object(targets);
        }
    }
    set_singleton(ctx, &template, value)
}

/// Disabling an export removes it at once; the answer shows it as it is now, DISABLED.
fn disable_export(ctx: &mut Ctx<'_>) -> Result<Reply, ApiError> {
    match generic(ctx)? {
        Reply::Json(mut v) => {
            v["status"] = json!("DISABLED");
            Ok(Reply::Json(v))
        }
        other => Ok(other),
    }
}

fn enable_cmek(ctx: &mut Ctx<'_>) -> Result<Reply, ApiError> {
    require_dedicated(ctx, "CMEK")?;
    let path = ctx.path_of(CMEK);
    if ctx.state.singletons.contains_key(&path) {
        return Err(ApiError::already_exists(
            "CMEK is already enabled on this cluster; use PUT to change it",
        ));
    }
    let value = json!({
        "cluster_id": ctx.param("cluster_id"),
        "status": "ENABLING",
        "spec": ctx.body,
        "_since": ctx.now,
        "_duration": ctx.transition(),
        "_pending_status": "ENABLING",
        "_done_status": "ENABLED",
        "_fails": ctx.transition_fails(),
    });
    set_singleton(ctx, CMEK, value)
}

fn current_cmek(ctx: &Ctx<'_>) -> Result<Value, ApiError> {
    ctx.state
        .singletons
        .get(&ctx.path_of(CMEK))
        .cloned()
        .ok_or_else(|| ApiError::not_found("CMEK is not enabled on this cluster"))
}

fn update_cmek_spec(ctx: &mut Ctx<'_>) -> Result<Reply, ApiError> {
    require_dedicated(ctx, "CMEK")?;
    let mut value = current_cmek(ctx)?;
    value["spec"] = ctx.body.clone();
    value["_since"] = json!(ctx.now);
    value["_duration"] = json!(ctx.transition());
    value["_pending_status"] = json!("ENABLING");
    value["_done_status"] = json!("ENABLED");
    value["_fails"] = json!(ctx.transition_fails());
    set_singleton(ctx, CMEK, value)
}

fn update_cmek_status(ctx: &mut Ctx<'_>) -> Result<Reply, ApiError> {
    require_dedicated(ctx, "CMEK")?;
    let mut value = current_cmek(ctx)?;
    let (pending, done) = match ctx
        .body_str("status")
        .unwrap_or_default()
        .to_uppercase()
        .as_str()
    {
        "REVOKE" | "REVOKED" => ("REVOKING", "REVOKED"),
        "ROTATE" | "ROTATED" => ("ROTATING", "ENABLED"),
        other => {
            return Err(bad(format!(
                "invalid request: body.status: {other:?} is not one of REVOKE, ROTATE"
            )));
        }
    };
    if value["_done_status"] == "REVOKED" && value["_fails"] != true && done == "REVOKED" {
        return Err(ApiError::failed_precondition(
            "the CMEK key is already revoked",
        ));
    }
    value["_since"] = json!(ctx.now);
    value["_duration"] = json!(ctx.transition());
    value["_pending_status"] = json!(pending);
    value["_done_status"] = json!(done);
    value["_fails"] = json!(ctx.transition_fails());
    set_singleton(ctx, CMEK, value)
}

// --- roles ---

fn user_known(ctx: &Ctx<'_>, user: &str) -> bool {
    ctx.state.item(USERS, user).is_some() || ctx.state.item(SERVICE_ACCOUNTS, user).is_some()
}

fn grants_of(ctx: &Ctx<'_>, user: &str) -> Vec<Value> {
    ctx.state
        .item(ROLES, user)
        .and_then(|g| g["roles"].as_array().cloned())
        .unwrap_or_default()
}

fn check_grant(ctx: &Ctx<'_>, role: &str, kind: &str, resource: &str) -> Result<(), ApiError> {
    if !ROLE_NAMES.contains(&role) {
        return Err(bad(format!(
            "invalid request: role_name: {role:?} is not one of {}",
            ROLE_NAMES.join(", ")
        )));
    }
    let exists = match kind {
        "CLUSTER" => ctx
            .state
            .item(CLUSTERS, resource)
            .is_some_and(|c| c["_deleted"] != true),
        "FOLDER" => ctx.state.item(FOLDERS, resource).is_some(),
        _ => true,
    };
    if !exists {
        return Err(ApiError::not_found(format!(
            "{} {resource:?} not found",
            kind.to_lowercase()
        )));
    }
    Ok(())
}

fn grant(ctx: &Ctx<'_>, role: &str, kind: &str, resource: &str) -> Value {
    let id = if kind == "ORGANIZATION" {
        ctx.state.meta_str("cockroach_org_id")
    } else {
        resource.to_string()
    };
    json!({"role_name": role, "resource": {"type": kind, "id": id}})
}

fn store_grants(ctx: &mut Ctx<'_>, user: &str, roles: Vec<Value>) -> Result<Reply, ApiError> {
    ctx.state
        .collection_mut(ROLES, ROLES)
        .insert(user, json!({"user_id": user, "roles": roles}));
    Ok(Reply::Json(json!({"roles": roles})))
}

fn list_role_grants(ctx: &mut Ctx<'_>) -> Result<Reply, ApiError> {
    let page = page_params(ctx)?;
    let (items, next) =
        paginate_collection(ctx.state.collection(ROLES), &page, |g| Some(public(g)));
    Ok(Reply::Json(list_body("grants", items, next)))
}

fn roles_for_user(ctx: &mut Ctx<'_>) -> Result<Reply, ApiError> {
    let user = ctx.param("user_id").to_string();
    if !user_known(ctx, &user) {
        return Err(ApiError::not_found(format!("user {user:?} not found")));
    }
    Ok(Reply::Json(json!({"roles": grants_of(ctx, &user)})))
}

fn set_roles(ctx: &mut Ctx<'_>) -> Result<Reply, ApiError> {
    let user = ctx.param("user_id").to_string();
    if !user_known(ctx, &user) {
        return Err(ApiError::not_found(format!("user {user:?} not found")));
    }
    let mut roles = Vec::new();
    for r in ctx.body["roles"].as_array().cloned().unwrap_or_default() {
        let name = r["role_name"].as_str().unwrap_or_default();
        let kind = r["resource"]["type"].as_str().unwrap_or("ORGANIZATION");
        let id = r["resource"]["id"].as_str().unwrap_or_default();
        check_grant(ctx, name, kind, id)?;
        let g = grant(ctx, name, kind, id);
        if !roles.contains(&g) {
            roles.push(g);
        }
    }
    store_grants(ctx, &user, roles)
}

fn add_role(ctx: &mut Ctx<'_>) -> Result<Reply, ApiError> {
    let user = ctx.param("user_id").to_string();
    if !user_known(ctx, &user) {
        return Err(ApiError::not_found(format!("user {user:?} not found")));
    }
    let (role, kind, resource) = (
        ctx.param("role_name"),
        ctx.param("resource_type"),
        ctx.param("resource_id"),
    );
    check_grant(ctx, role, kind, resource)?;
    let g = grant(ctx, role, kind, resource);
    let mut roles = grants_of(ctx, &user);
    if !roles.contains(&g) {
        roles.push(g);
    }
    store_grants(ctx, &user, roles)
}

fn remove_role(ctx: &mut Ctx<'_>) -> Result<Reply, ApiError> {
    let user = ctx.param("user_id").to_string();
    if !user_known(ctx, &user) {
        return Err(ApiError::not_found(format!("user {user:?} not found")));
    }
    let g = grant(
        ctx,
        ctx.param("role_name"),
        ctx.param("resource_type"),
        ctx.param("resource_id"),
    );
    let mut roles = grants_of(ctx, &user);
    let before = roles.len();
    roles.retain(|r| r != &g);
    if roles.len() == before {
        return Err(ApiError::not_found(format!(
            "user {user} has no role {} on {} {}",
            ctx.param("role_name"),
            ctx.param("resource_type"),
            ctx.param("resource_id")
        )));
    }
    store_grants(ctx, &user, roles)
}

fn persons_by_email(ctx: &mut Ctx<'_>) -> Result<Reply, ApiError> {
    let email = ctx.query("email").unwrap_or_default().to_lowercase();
    let users: Vec<Value> = ctx
        .state
        .collection(USERS)
        .map(|c| {
            c.iter()
                .filter(|u| {
                    u["email"].as_str().map(str::to_lowercase).as_deref() == Some(email.as_str())
                })
                .map(public)
                .collect()
        })
        .unwrap_or_default();
    Ok(Reply::Json(json!({"users": users})))
}

fn list_invoices(ctx: &mut Ctx<'_>) -> Result<Reply, ApiError> {
    let status = ctx.query("status").map(str::to_string);
    let invoices: Vec<Value> = list_items(ctx, INVOICES, INVOICES)
        .into_iter()
        .filter(|i| status.as_deref().is_none_or(|s| i["status"] == s))
        .collect();
    Ok(Reply::Json(json!({"invoices": invoices})))
}

fn list_audit_logs(ctx: &mut Ctx<'_>) -> Result<Reply, ApiError> {
    let from = ctx.query("starting_from").and_then(parse_rfc3339);
    let descending = ctx.query("sort_order") == Some("DESC");
    let limit = ctx
        .query("limit")
        .and_then(|l| l.parse::<usize>().ok())
        .unwrap_or(200);
    let mut entries: Vec<Value> = list_items(ctx, AUDIT_LOG, AUDIT_LOG);
    if descending {
        entries.reverse();
    }
    let entries: Vec<Value> = entries
        .into_iter()
        .filter(|e| {
            let t = e["created_at"]
                .as_str()
                .and_then(parse_rfc3339)
                .unwrap_or(0);
            from.is_none_or(|f| if descending { t < f } else { t > f })
        })
        .take(limit)
        .collect();
    let next = (entries.len() == limit)
        .then(|| entries.last().map(|e| e["created_at"].clone()))
        .flatten();
    let mut answer = json!({"entries": entries});
    if let Some(next) = next {
        answer["next_starting_from"] = next;
    }
    Ok(Reply::Json(answer))
}

fn add_jwt_issuer(ctx: &mut Ctx<'_>) -> Result<Reply, ApiError> {
    let url = ctx.body_str("issuer_url").unwrap_or_default().to_string();
    if !(url.starts_with("https://") || url.starts_with("http://")) {
        return Err(bad(format!(
            "invalid request: body.issuer_url: {url:?} is not an http(s) URL"
        )));
    }
    let taken = ctx
        .state
        .collection(JWT_ISSUERS)
        .is_some_and(|c| c.iter().any(|i| i["issuer_url"] == url.as_str()));
    if taken {
        return Err(ApiError::already_exists(format!(
            "a JWT issuer for {url} already exists"
        )));
    }
    generic(ctx)
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
}
