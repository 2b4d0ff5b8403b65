//! Clusters: create (BASIC and STANDARD on serverless hardware, ADVANCED on dedicated nodes), update
//! (`cluster_update.rs`), delete, list; the cluster's state computed from its timestamps.

use serde_json::{Map, Value, json};

use super::folders::folder_exists;
use super::{Area, bad};
use crate::engine::{
    ApiError, Ctx, Reply, list_body, page_params, paginate_collection, paginate_vec, shown,
};
use crate::store::{Millis, new_uuid, rfc3339_millis};

pub const CLUSTERS: &str = "/api/v1/clusters";

/// Major versions offered, with the patch release a new cluster of that version runs.
pub const VERSIONS: &[(&str, &str)] = &[
    ("v23.2", "v23.2.20"),
    ("v24.1", "v24.1.14"),
    ("v24.2", "v24.2.10"),
    ("v24.3", "v24.3.8"),
    ("v25.1", "v25.1.2"),
];
pub(super) const LATEST: &str = "v25.1";

/// Regions clusters can be created in: (provider, region, serverless available, location).
pub const REGIONS: &[(&str, &str, bool, &str)] = &[
    ("GCP", "us-east1", true, "South Carolina"),
    ("GCP", "us-central1", true, "Iowa"),
    ("GCP", "us-west2", false, "Los Angeles"),
    ("GCP", "europe-west1", true, "Belgium"),
    ("GCP", "europe-west4", false, "Netherlands"),
    ("GCP", "asia-southeast1", true, "Singapore"),
    ("AWS", "us-east-1", true, "N. Virginia"),
    ("AWS", "us-east-2", false, "Ohio"),
    ("AWS", "us-west-2", true, "Oregon"),
    ("AWS", "eu-central-1", true, "Frankfurt"),
    ("AWS", "eu-west-1", false, "Ireland"),
    ("AWS", "ap-southeast-1", true, "Singapore"),
    ("AZURE", "eastus2", true, "Virginia"),
    ("AZURE", "centralus", false, "Iowa"),
    ("AZURE", "westeurope", true, "Netherlands"),
];

pub(super) const VCPUS: &[i64] = &[2, 4, 8, 16, 32];

/// The plan of clusters on dedicated hardware (the spec's Plan.Type: "support for dedicated
/// hardware"); BASIC and STANDARD clusters are serverless.
pub const DEDICATED_PLAN: &str = "ADVANCED";
/// The address range of a dedicated cluster's network when the request names none.
const DEFAULT_CIDR: &str = "172.28.0.0/14";

pub(super) const AREA: Area = Area {
    dispatch,
    render,
    singleton_default: |_| None,
};

fn dispatch(ctx: &mut Ctx<'_>, op_id: &str) -> Option<Result<Reply, ApiError>> {
    Some(match op_id {
        "ListClusters" => list_clusters(ctx),
        "CreateCluster" => create_cluster(ctx),
        "UpdateCluster" => super::cluster_update::update_cluster(ctx),
        "DeleteCluster" => delete_cluster(ctx),
        _ => return None,
    })
}

pub(super) fn region_known(provider: &str, region: &str, serverless: bool) -> bool {
    REGIONS
        .iter()
        .any(|(p, r, s, _)| *p == provider && *r == region && (*s || !serverless))
}

pub(super) fn full_version(v: &str) -> Option<&'static str> {
    VERSIONS
        .iter()
        .find(|(major, full)| *major == v || *full == v)
        .map(|(_, full)| *full)
}

pub(super) fn major_of(v: &str) -> String {
    v.split('.').take(2).collect::<Vec<_>>().join(".")
}

fn provider_short(provider: &str) -> &'static str {
    match provider {
        "AWS" => "aws",
        "AZURE" => "azure",
        _ => "gcp",
    }
}

pub(super) fn machine_type(provider: &str, vcpus: i64) -> String {
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

pub(super) fn serverless_regions(
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
                    "private_endpoint_dns": "",
                    "node_count": 0,
                    "primary": primary.as_deref() == Some(r.as_str()),
                })
            })
            .collect(),
    )
}

pub(super) fn dedicated_regions(
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
                    "private_endpoint_dns": format!("{name}-{short}.{prov}-{r}.private.crdb.io"),
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

/// The regions of a serverless spec, each known to offer serverless clusters of `provider`, and its
/// primary region (required with several regions, one of them). `at` names the spec in errors.
pub(super) fn check_serverless_regions(
    provider: &str,
    s: &Value,
    at: &str,
) -> Result<(Vec<String>, Option<String>), ApiError> {
    let regions: Vec<String> = s["regions"]
        .as_array()
        .into_iter()
        .flatten()
        .filter_map(|r| r.as_str().map(str::to_string))
        .collect();
    for r in &regions {
        if !region_known(provider, r, true) {
            return Err(bad(format!(
                "invalid request: {at}.regions: {r:?} is not a serverless region of {provider} (see /api/v1/clusters/available-regions)"
            )));
        }
    }
    let primary = s["primary_region"].as_str().map(str::to_string);
    if let Some(p) = &primary
        && !regions.iter().any(|r| r == p)
    {
        return Err(bad(format!(
            "invalid request: {at}.primary_region: {p:?} is not one of the cluster's regions"
        )));
    }
    if regions.len() > 1 && primary.is_none() {
        return Err(bad(format!(
            "invalid request: {at}.primary_region: required when more than one region is given"
        )));
    }
    Ok((regions, primary))
}

/// The node counts of a dedicated spec, each region known to `provider` and given at least one node.
pub(super) fn check_region_nodes(
    provider: &str,
    nodes: &Map<String, Value>,
    at: &str,
) -> Result<(), ApiError> {
    for (r, n) in nodes {
        if !region_known(provider, r, false) {
            return Err(bad(format!(
                "invalid request: {at}.region_nodes: {r:?} is not a region of {provider} (see /api/v1/clusters/available-regions)"
            )));
        }
        if n.as_i64().is_none_or(|n| n < 1) {
            return Err(bad(format!(
                "invalid request: {at}.region_nodes.{r}: a region needs at least 1 node"
            )));
        }
    }
    if nodes.is_empty() {
        return Err(bad(format!(
            "invalid request: {at}.region_nodes: at least one region is required"
        )));
    }
    Ok(())
}

pub(super) fn check_vcpus(vcpus: i64, at: &str) -> Result<(), ApiError> {
    if VCPUS.contains(&vcpus) {
        Ok(())
    } else {
        Err(bad(format!(
            "invalid request: {at}.hardware.machine_spec.num_virtual_cpus: {vcpus} is not one of 2, 4, 8, 16, 32"
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
    let plan = spec["plan"].as_str();
    let mut c = Map::new();
    c.insert("id".into(), json!(id));
    c.insert("name".into(), json!(name));
    c.insert("cloud_provider".into(), json!(provider));
    if let Some(s) = spec.get("serverless") {
        if spec.get("dedicated").is_some() {
            return Err(bad(
                "invalid request: body.spec: give serverless or dedicated, not both",
            ));
        }
        let (regions, primary) = check_serverless_regions(&provider, s, "body.spec.serverless")?;
        let Some(first) = regions.first() else {
            return Err(bad(
                "invalid request: body.spec.serverless.regions: at least one region is required",
            ));
        };
        let limits = &s["usage_limits"];
        let plan = match plan {
            Some(DEDICATED_PLAN) => {
                return Err(bad(format!(
                    "invalid request: body.spec.plan: {DEDICATED_PLAN} clusters run on dedicated hardware: give spec.dedicated"
                )));
            }
            Some(p) => p,
            None if limits.get("provisioned_virtual_cpus").is_some() => "STANDARD",
            None => "BASIC",
        };
        c.insert(
            "cockroach_version".into(),
            json!(full_version(LATEST).unwrap_or(LATEST)),
        );
        c.insert("plan".into(), json!(plan));
        c.insert(
            "regions".into(),
            serverless_regions(&name, id, &provider, &regions, primary.as_deref()),
        );
        let mut config = json!({
            "routing_id": format!("{name}-{}", routing_suffix(id)),
            "upgrade_type": s.get("upgrade_type").cloned().unwrap_or(json!("AUTOMATIC")),
        });
        if limits.is_object() {
            config["usage_limits"] = limits.clone();
        }
        c.insert("config".into(), json!({"serverless": config}));
        c.insert("cidr_range".into(), json!(""));
        c.insert(
            "sql_dns".into(),
            json!(format!(
                "{name}-{}.{}-{first}.cockroachlabs.cloud",
                routing_suffix(id),
                provider_short(&provider)
            )),
        );
    } else if let Some(d) = spec.get("dedicated") {
        if plan.is_some_and(|p| p != DEDICATED_PLAN) {
            return Err(bad(format!(
                "invalid request: body.spec.plan: dedicated hardware is the {DEDICATED_PLAN} plan"
            )));
        }
        let region_nodes = d["region_nodes"].as_object().cloned().unwrap_or_default();
        check_region_nodes(&provider, &region_nodes, "body.spec.dedicated")?;
        let hw = &d["hardware"];
        let vcpus = hw["machine_spec"]["num_virtual_cpus"].as_i64().unwrap_or(4);
        check_vcpus(vcpus, "body.spec.dedicated")?;
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
        let cidr = d["cidr_range"].as_str().unwrap_or(DEFAULT_CIDR);
        if !is_ipv4_cidr(cidr) {
            return Err(bad(format!(
                "invalid request: body.spec.dedicated.cidr_range: {cidr:?} is not an IPv4 CIDR range"
            )));
        }
        c.insert("cockroach_version".into(), json!(version));
        c.insert("plan".into(), json!(DEDICATED_PLAN));
        c.insert(
            "regions".into(),
            dedicated_regions(&name, id, &provider, &region_nodes),
        );
        c.insert(
            "config".into(),
            json!({"dedicated": dedicated_config(&provider, vcpus, storage, hw["disk_iops"].as_i64())}),
        );
        c.insert("cidr_range".into(), json!(cidr));
        c.insert(
            "network_visibility".into(),
            d.get("network_visibility")
                .cloned()
                .unwrap_or(json!("PUBLIC")),
        );
        let egress = if d["restrict_egress_traffic"] == true {
            "DEFAULT_DENY"
        } else {
            "ALLOW_ALL"
        };
        c.insert("egress_traffic_policy".into(), json!(egress));
    } else {
        return Err(bad(
            "invalid request: body.spec: one of serverless or dedicated is required",
        ));
    }
    c.insert("state".into(), json!("CREATING"));
    c.insert("operation_status".into(), json!("UNSPECIFIED"));
    c.insert("creator_id".into(), json!(creator));
    c.insert("created_at".into(), json!(rfc3339_millis(now)));
    c.insert("updated_at".into(), json!(rfc3339_millis(now)));
    c.insert("upgrade_status".into(), json!("FINALIZED"));
    c.insert("account_id".into(), json!(""));
    // An empty string or "root" is the top of the folder tree.
    let parent = match spec["parent_id"].as_str() {
        None | Some("") => "root",
        Some(p) => p,
    };
    c.insert("parent_id".into(), json!(parent));
    c.insert(
        "labels".into(),
        spec.get("labels").cloned().unwrap_or(json!({})),
    );
    c.insert(
        "delete_protection".into(),
        spec.get("delete_protection")
            .cloned()
            .unwrap_or(json!("DISABLED")),
    );
    match spec.get("customer_cloud_account") {
        Some(account) => {
            c.insert("customer_cloud_account".into(), account.clone());
            c.insert("is_customer_cloud_account".into(), json!(true));
        }
        None => {
            c.insert("is_customer_cloud_account".into(), json!(false));
        }
    }
    c.insert("_created_ms".into(), json!(now));
    c.insert("_create_duration".into(), json!(duration));
    Ok(Value::Object(c))
}

fn is_ipv4_cidr(s: &str) -> bool {
    s.split_once('/').is_some_and(|(ip, m)| {
        ip.parse::<std::net::Ipv4Addr>().is_ok() && m.parse::<u8>().is_ok_and(|m| m <= 32)
    })
}

/// The cluster's state and operation status now.
pub fn cluster_state(item: &Value, now: Millis) -> (&'static str, String) {
    if item["_deleted"] == true {
        return ("DELETED", UNSPECIFIED_OP.into());
    }
    let created = item["_created_ms"].as_u64().unwrap_or(0);
    if now < created + item["_create_duration"].as_u64().unwrap_or(0) {
        return ("CREATING", UNSPECIFIED_OP.into());
    }
    if item["_create_fails"] == true {
        return ("CREATION_FAILED", UNSPECIFIED_OP.into());
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
    ("CREATED", UNSPECIFIED_OP.into())
}

/// The `operation_status` of a cluster no operation runs on (nor failed on). The spec has no
/// creation operation: a cluster whose creation failed says so by its state alone.
pub const UNSPECIFIED_OP: &str = "UNSPECIFIED";

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
    if state == "LOCKED" {
        match op.as_str() {
            "CRDB_MAJOR_UPGRADE_RUNNING" => v["upgrade_status"] = json!("MAJOR_UPGRADE_RUNNING"),
            "CRDB_MAJOR_ROLLBACK_RUNNING" => v["upgrade_status"] = json!("ROLLBACK_RUNNING"),
            _ => {}
        }
    }
    if state == "CREATING" || state == "CREATION_FAILED" {
        v["sql_dns"] = json!("");
    }
}

/// Clusters (the deleted ones too with `show_inactive`), in the order they were created or, with
/// `pagination.sort_by`, of their name, creation or deletion time.
fn list_clusters(ctx: &mut Ctx<'_>) -> Result<Reply, ApiError> {
    let show_inactive = ctx.query("show_inactive") == Some("true");
    let page = page_params(ctx)?;
    let show = |c: &Value| {
        let v = super::render(CLUSTERS, c, ctx.now, ctx.env)?;
        (show_inactive || v["state"] != "DELETED").then_some(v)
    };
    let sort_key = match ctx.query("pagination.sort_by") {
        Some("NAME") => "name",
        Some("DELETED_AT") => "deleted_at",
        // CREATED_AT, or none: the order of creation, which is the store's.
        _ => {
            let (items, next) = paginate_collection(ctx.state.collection(CLUSTERS), &page, show);
            return Ok(Reply::Json(list_body("clusters", items, next)));
        }
    };
    let mut items: Vec<Value> = ctx
        .state
        .collection(CLUSTERS)
        .map(|c| c.iter().filter_map(show).collect())
        .unwrap_or_default();
    // (Timestamps are all written alike, so their text sorts as their time.)
    items.sort_by(|a, b| a[sort_key].as_str().cmp(&b[sort_key].as_str()));
    let (items, next) = paginate_vec(items, &page);
    Ok(Reply::Json(list_body("clusters", items, next)))
}

fn create_cluster(ctx: &mut Ctx<'_>) -> Result<Reply, ApiError> {
    let body = ctx.body.clone();
    let name = body["name"].as_str().unwrap_or_default();
    if let Some(parent) = body["spec"]["parent_id"].as_str()
        && !parent.is_empty()
        && !folder_exists(ctx, parent)
    {
        return Err(bad(format!(
            "invalid request: body.spec.parent_id: folder {parent:?} not found"
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

fn delete_cluster(ctx: &mut Ctx<'_>) -> Result<Reply, ApiError> {
    let id = ctx.param("cluster_id").to_string();
    let now = ctx.now;
    let item = ctx
        .state
        .item_mut(CLUSTERS, &id)
        .ok_or_else(|| ApiError::not_found(format!("cluster {id:?} not found")))?;
    if item["delete_protection"] == "ENABLED" {
        return Err(ApiError::failed_precondition(format!(
            "cluster {id} has delete protection enabled: disable it first (PATCH delete_protection DISABLED)"
        )));
    }
    item["_deleted"] = json!(true);
    item["deleted_at"] = json!(rfc3339_millis(now));
    item["updated_at"] = json!(rfc3339_millis(now));
    Ok(Reply::Json(shown(ctx, CLUSTERS, CLUSTERS, &id)?))
}

/// The cluster a cluster-scoped request names (`cluster_id`, or a restore's `destination_cluster_id`).
pub(super) fn cluster_view(ctx: &Ctx<'_>) -> Result<Value, ApiError> {
    shown(ctx, CLUSTERS, CLUSTERS, super::cluster_param(ctx))
}
