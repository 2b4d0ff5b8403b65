//! `PATCH /api/v1/clusters/{cluster_id}` (UpdateClusterSpecification): scaling and region changes,
//! plan changes between the serverless plans, usage limits, major upgrades and their finalization or
//! rollback lock the cluster for a transition; delete protection, labels and the folder change at once.

use serde_json::{Map, Value, json};

use super::bad;
use super::clusters::{
    CLUSTERS, DEDICATED_PLAN, check_region_nodes, check_vcpus, dedicated_regions, full_version,
    machine_type, major_of, region_known, serverless_regions,
};
use super::folders::folder_exists;
use crate::engine::{ApiError, Ctx, Reply, shown};
use crate::store::rfc3339_millis;

const EDIT: &str = "CRDB_EDIT_CLUSTER_RUNNING";
const SCALE: &str = "CRDB_SCALE_RUNNING";
const UPGRADE: &str = "CRDB_MAJOR_UPGRADE_RUNNING";
const ROLLBACK: &str = "CRDB_MAJOR_ROLLBACK_RUNNING";

/// A non-empty object member of the body.
fn part<'a>(body: &'a Value, key: &str) -> Option<&'a Value> {
    body.get(key)
        .filter(|d| d.as_object().is_some_and(|m| !m.is_empty()))
}

pub(super) fn update_cluster(ctx: &mut Ctx<'_>) -> Result<Reply, ApiError> {
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
    let on_dedicated = plan == DEDICATED_PLAN;
    let dedicated = part(&body, "dedicated");
    let serverless = part(&body, "serverless");
    let known = [
        "cockroach_version",
        "plan",
        "upgrade_status",
        "delete_protection",
        "labels",
        "parent_id",
    ];
    if dedicated.is_none() && serverless.is_none() && !known.iter().any(|k| body.get(k).is_some()) {
        return Err(bad(format!(
            "invalid request: body: nothing to update: give dedicated, serverless or one of {}",
            known.join(", ")
        )));
    }
    if dedicated.is_some() && !on_dedicated {
        return Err(bad(format!(
            "invalid request: body.dedicated: the cluster is a {plan} cluster, not {DEDICATED_PLAN}"
        )));
    }
    if serverless.is_some() && on_dedicated {
        return Err(bad(format!(
            "invalid request: body.serverless: the cluster is an {DEDICATED_PLAN} cluster"
        )));
    }

    // What changes at once.
    if let Some(p) = body.get("delete_protection") {
        item["delete_protection"] = p.clone();
    }
    if let Some(labels) = body.get("labels") {
        item["labels"] = labels.clone();
    }
    if let Some(parent) = body["parent_id"].as_str() {
        let parent = if parent.is_empty() { "root" } else { parent };
        if !folder_exists(ctx, parent) {
            return Err(bad(format!(
                "invalid request: body.parent_id: folder {parent:?} not found"
            )));
        }
        item["parent_id"] = json!(parent);
    }

    // What runs as an operation on the locked cluster.
    let mut lock_op: Option<&str> = None;
    if let Some(p) = body["plan"].as_str()
        && p != plan
    {
        if p == DEDICATED_PLAN || on_dedicated {
            return Err(bad(format!(
                "invalid request: body.plan: a {plan} cluster cannot become a {p} cluster"
            )));
        }
        item["plan"] = json!(p);
        lock_op = Some(EDIT);
    }
    if let Some(v) = body["cockroach_version"].as_str() {
        lock_op = change_version(item, v)?.or(lock_op);
    }
    if let Some(s) = body["upgrade_status"].as_str() {
        let current = item["upgrade_status"].as_str().unwrap_or("FINALIZED");
        match (s, current) {
            ("FINALIZED", "PENDING_FINALIZATION") => {
                item["upgrade_status"] = json!("FINALIZED");
                if let Value::Object(m) = item {
                    m.remove("_previous_version");
                }
            }
            (s, current) if s == current => {}
            (s, current) => {
                return Err(bad(format!(
                    "invalid request: body.upgrade_status: cannot become {s} while it is {current} (FINALIZED finalizes an upgrade pending finalization; setting cockroach_version back rolls it back)"
                )));
            }
        }
    }
    if let Some(d) = dedicated {
        lock_op = scale(item, &id, d)?.or(lock_op);
    }
    if let Some(s) = serverless {
        change_serverless(item, &id, s)?;
        lock_op = Some(EDIT);
    }

    let mut stored = match lock_op {
        None => copy,
        Some(op) => {
            let mut stored = if ctx.transition_fails() {
                // The update does not apply: the stored cluster keeps its spec, and the change it
                // tried is shown only while the cluster is LOCKED (as a successful one would be).
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
            stored["_lock_since"] = json!(now);
            stored["_lock_duration"] = json!(transition);
            stored["_lock_op"] = json!(op);
            stored
        }
    };
    stored["updated_at"] = json!(rfc3339_millis(now));
    ctx.state
        .collection_mut(CLUSTERS, CLUSTERS)
        .insert(&id, stored);
    Ok(Reply::Json(shown(ctx, CLUSTERS, CLUSTERS, &id)?))
}

/// A major version change: an upgrade (then pending finalization), or, while one is pending, back to
/// the version before it (a rollback). The same major version changes nothing.
fn change_version(item: &mut Value, v: &str) -> Result<Option<&'static str>, ApiError> {
    let full = full_version(v).ok_or_else(|| {
        bad(format!(
            "invalid request: body.cockroach_version: {v:?} is not an available version (see /api/v1/cluster-versions)"
        ))
    })?;
    let current = item["cockroach_version"]
        .as_str()
        .unwrap_or_default()
        .to_string();
    if major_of(full) == major_of(&current) {
        return Ok(None);
    }
    let pending = item["upgrade_status"] == "PENDING_FINALIZATION";
    let previous = item["_previous_version"].as_str().map(major_of);
    if pending && previous.as_deref() == Some(major_of(full).as_str()) {
        item["cockroach_version"] = json!(full);
        item["upgrade_status"] = json!("FINALIZED");
        if let Value::Object(m) = item {
            m.remove("_previous_version");
        }
        return Ok(Some(ROLLBACK));
    }
    if major_of(full) < major_of(&current) {
        return Err(bad(format!(
            "invalid request: body.cockroach_version: {v} is older than the cluster's {current}"
        )));
    }
    if pending {
        return Err(bad(format!(
            "invalid request: body.cockroach_version: the upgrade to {current} is pending finalization: finalize it (upgrade_status FINALIZED) or roll it back first"
        )));
    }
    item["_previous_version"] = json!(current);
    item["cockroach_version"] = json!(full);
    item["upgrade_status"] = json!("PENDING_FINALIZATION");
    Ok(Some(UPGRADE))
}

/// The hardware and regions of a dedicated cluster.
fn scale(item: &mut Value, id: &str, d: &Value) -> Result<Option<&'static str>, ApiError> {
    let provider = item["cloud_provider"].as_str().unwrap_or("GCP").to_string();
    let name = item["name"].as_str().unwrap_or_default().to_string();
    let mut op = None;
    let mut cfg = item["config"]["dedicated"].clone();
    let hw = &d["hardware"];
    if let Some(vcpus) = hw["machine_spec"]["num_virtual_cpus"].as_i64() {
        check_vcpus(vcpus, "body.dedicated")?;
        cfg["num_virtual_cpus"] = json!(vcpus);
        cfg["memory_gib"] = json!(vcpus * 4);
        cfg["machine_type"] = json!(machine_type(&provider, vcpus));
        op = Some(SCALE);
    } else if let Some(machine) = hw["machine_spec"]["machine_type"].as_str() {
        cfg["machine_type"] = json!(machine);
        op = Some(SCALE);
    }
    if let Some(storage) = hw["storage_gib"].as_i64() {
        let current = cfg["storage_gib"].as_i64().unwrap_or(0);
        if storage < current {
            return Err(bad(format!(
                "invalid request: body.dedicated.hardware.storage_gib: storage cannot be decreased ({current} → {storage})"
            )));
        }
        cfg["storage_gib"] = json!(storage);
        op = Some(SCALE);
    }
    if let Some(iops) = hw["disk_iops"].as_i64() {
        cfg["disk_iops"] = json!(iops);
        op = Some(SCALE);
    }
    if let Some(nodes) = d["region_nodes"].as_object() {
        check_region_nodes(&provider, nodes, "body.dedicated")?;
        item["regions"] = dedicated_regions(&name, id, &provider, nodes);
        op = Some(SCALE);
    }
    if d.get("cmek_region_specs").is_some() {
        op = op.or(Some("CRDB_CMEK_OPERATION_RUNNING"));
    }
    item["config"]["dedicated"] = cfg;
    Ok(op)
}

/// The usage limits, upgrade type and regions of a serverless cluster. Regions can be added, not
/// removed; the primary region stays unless another one is named.
fn change_serverless(item: &mut Value, id: &str, s: &Value) -> Result<(), ApiError> {
    let provider = item["cloud_provider"].as_str().unwrap_or("GCP").to_string();
    let name = item["name"].as_str().unwrap_or_default().to_string();
    if let Some(limits) = s.get("usage_limits") {
        item["config"]["serverless"]["usage_limits"] = limits.clone();
    }
    if let Some(t) = s.get("upgrade_type") {
        item["config"]["serverless"]["upgrade_type"] = t.clone();
    }
    let current: Vec<String> = item["regions"]
        .as_array()
        .into_iter()
        .flatten()
        .filter_map(|r| r["name"].as_str().map(str::to_string))
        .collect();
    let current_primary = item["regions"]
        .as_array()
        .into_iter()
        .flatten()
        .find(|r| r["primary"] == true)
        .and_then(|r| r["name"].as_str().map(str::to_string));
    let regions: Vec<String> = match s["regions"].as_array() {
        Some(list) => list
            .iter()
            .filter_map(|r| r.as_str().map(str::to_string))
            .collect(),
        None => current.clone(),
    };
    for r in &regions {
        if !region_known(&provider, r, true) {
            return Err(bad(format!(
                "invalid request: body.serverless.regions: {r:?} is not a serverless region of {provider}"
            )));
        }
    }
    if let Some(gone) = current.iter().find(|r| !regions.contains(r)) {
        return Err(bad(format!(
            "invalid request: body.serverless.regions: region {gone} cannot be removed"
        )));
    }
    let primary = s["primary_region"]
        .as_str()
        .map(str::to_string)
        .or(current_primary);
    if let Some(p) = &primary
        && !regions.contains(p)
    {
        return Err(bad(format!(
            "invalid request: body.serverless.primary_region: {p:?} is not one of the cluster's regions"
        )));
    }
    item["regions"] = serverless_regions(&name, id, &provider, &regions, primary.as_deref());
    Ok(())
}
