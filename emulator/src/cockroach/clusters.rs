//! Clusters: create (serverless or dedicated), update (LOCKED while it runs), delete, list; the
//! cluster's state computed from its timestamps.

use serde_json::{Map, Value, json};

use super::org::folder_exists;
use super::{Area, bad};
use crate::engine::{ApiError, Ctx, Reply, list_body, page_params, paginate_collection, shown};
use crate::store::{Millis, new_uuid, rfc3339_millis};

pub const CLUSTERS: &str = "/api/v1/clusters";
pub const VERSION_DEFERRAL: &str = "/api/v1/clusters/{cluster_id}/version-deferral";

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

pub(super) const AREA: Area = Area {
    dispatch,
    render,
    singleton_default,
};

fn dispatch(ctx: &mut Ctx<'_>, op_id: &str) -> Option<Result<Reply, ApiError>> {
    Some(match op_id {
        "ListClusters" => list_clusters(ctx),
        "CreateCluster" => create_cluster(ctx),
        "UpdateCluster" => update_cluster(ctx),
        "DeleteCluster" => delete_cluster(ctx),
        _ => return None,
    })
}

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
pub(super) fn new_cluster(
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

fn render(template: &str, item: &Value, now: Millis, v: &mut Value) {
    if template != CLUSTERS {
        return;
    }
    let (state, op) = cluster_state(item, now);
    if state == "LOCKED"
        && let (Value::Object(shown), Value::Object(attempted)) = (&mut *v, &item["_attempted"])
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

/// Configurations that exist with defaults before they are written.
fn singleton_default(ctx: &Ctx<'_>) -> Option<Value> {
    (ctx.op.template == VERSION_DEFERRAL).then(|| json!({"deferral_policy": "NOT_DEFERRED"}))
}

fn list_clusters(ctx: &mut Ctx<'_>) -> Result<Reply, ApiError> {
    let show_inactive = ctx.query("show_inactive") == Some("true");
    let page = page_params(ctx)?;
    let (items, next) = paginate_collection(ctx.state.collection(CLUSTERS), &page, |c| {
        let v = super::render(CLUSTERS, c, ctx.now, ctx.env)?;
        (show_inactive || v["state"] != "DELETED").then_some(v)
    });
    Ok(Reply::Json(list_body("clusters", items, next)))
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

pub(super) fn cluster_view(ctx: &Ctx<'_>) -> Result<Value, ApiError> {
    shown(ctx, CLUSTERS, CLUSTERS, ctx.param("cluster_id"))
}
