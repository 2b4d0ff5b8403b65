//! Changes of an ADVANCED cluster's own configuration that the service applies over time: the
//! client CA certificate (the cluster LOCKED with `CRDB_CUSTOM_CLIENT_CA_RUNNING`, the
//! certificate PENDING, then IS_SET or NOT_SET), disruption drills (LOCKED with
//! `CRDB_CLUSTER_DISRUPTION_RUNNING`, the regions, zones or pods kept as given until cleared) and
//! the egress traffic policy (`UPDATING`, then `ALLOW_ALL` or `DEFAULT_DENY`, `ERROR` when made to
//! fail).

use serde_json::{Value, json};

use super::clusters::{CLUSTERS, cluster_view};
use super::exports::require_dedicated;
use super::{Area, bad, progress};
use crate::engine::{ApiError, Ctx, Reply};
use crate::store::{Millis, rfc3339_millis};

pub const CLIENT_CA_CERT: &str = "/api/v1/clusters/{cluster_id}/client-ca-cert";
pub const DISRUPT: &str = "/api/v1/clusters/{cluster_id}/disrupt";

const CLIENT_CA_OP: &str = "CRDB_CUSTOM_CLIENT_CA_RUNNING";
const DISRUPTION_OP: &str = "CRDB_CLUSTER_DISRUPTION_RUNNING";

pub(super) const AREA: Area = Area {
    dispatch,
    render,
    singleton_default,
};

fn dispatch(ctx: &mut Ctx<'_>, op_id: &str) -> Option<Result<Reply, ApiError>> {
    Some(match op_id {
        "GetClientCACert" => client_ca(ctx).map(Reply::Json),
        "SetClientCACert" => set_client_ca(ctx, false),
        "UpdateClientCACert" => set_client_ca(ctx, true),
        "DeleteClientCACert" => delete_client_ca(ctx),
        "GetClusterDisruptionInfo" => disruption(ctx),
        "UpdateClusterDisruption" => update_disruption(ctx),
        "SetEgressTrafficPolicy" => set_egress_policy(ctx),
        _ => return None,
    })
}

fn singleton_default(ctx: &Ctx<'_>) -> Option<Value> {
    match ctx.op.template.as_str() {
        CLIENT_CA_CERT => Some(json!({"status": "NOT_SET"})),
        DISRUPT => Some(json!({"regional_disruptor_specifications": []})),
        _ => None,
    }
}

fn render(template: &str, item: &Value, now: Millis, v: &mut Value) {
    match template {
        CLIENT_CA_CERT if item.get("_since").is_some() => {
            let deleting = item["_deleting"] == true;
            let done = if deleting { "NOT_SET" } else { "IS_SET" };
            let status = progress(item, now, "PENDING", done, "FAILED");
            v["status"] = json!(status);
            if status == "NOT_SET"
                && let Value::Object(m) = v
            {
                m.remove("x509_pem_cert");
            }
        }
        CLUSTERS if item.get("_egress_since").is_some() => {
            let since = item["_egress_since"].as_u64().unwrap_or(0);
            let until = since + item["_egress_duration"].as_u64().unwrap_or(0);
            if now < until {
                v["egress_traffic_policy"] = json!("UPDATING");
            } else if item["_egress_fails"] == true {
                v["egress_traffic_policy"] = json!("ERROR");
            }
        }
        _ => {}
    }
}

/// Locks the cluster for a transition with `op` running (made to fail on demand).
fn lock_cluster(ctx: &mut Ctx<'_>, op: &str) {
    let fails = ctx.transition_fails();
    let (now, duration) = (ctx.now, ctx.transition());
    let id = ctx.param("cluster_id").to_string();
    if let Some(c) = ctx.state.item_mut(CLUSTERS, &id) {
        c["_lock_since"] = json!(now);
        c["_lock_duration"] = json!(duration);
        c["_lock_op"] = json!(op);
        c["_lock_fails"] = json!(fails);
        if let Value::Object(m) = c {
            m.remove("_attempted");
        }
        c["updated_at"] = json!(rfc3339_millis(now));
    }
}

// --- the client CA certificate ---

fn client_ca(ctx: &Ctx<'_>) -> Result<Value, ApiError> {
    let path = ctx.path_of(CLIENT_CA_CERT);
    let stored = ctx
        .state
        .singletons
        .get(&path)
        .cloned()
        .unwrap_or_else(|| json!({"status": "NOT_SET"}));
    ctx.render(CLIENT_CA_CERT, &stored)
        .ok_or_else(|| ApiError::internal("client CA certificate hidden"))
}

/// A PEM bundle of one or more X.509 certificates: BEGIN/END CERTIFICATE blocks of base64 DER.
fn check_pem(pem: &str) -> Result<(), ApiError> {
    use base64::Engine as _;
    let refuse = |why: &str| {
        bad(format!(
            "invalid request: body.x509_pem_cert: not a PEM-encoded X.509 certificate: {why}"
        ))
    };
    let mut blocks = 0;
    let mut rest = pem.trim();
    while !rest.is_empty() {
        let body = rest
            .strip_prefix("-----BEGIN CERTIFICATE-----")
            .ok_or_else(|| refuse("expected -----BEGIN CERTIFICATE-----"))?;
        let (b64, after) = body
            .split_once("-----END CERTIFICATE-----")
            .ok_or_else(|| refuse("no -----END CERTIFICATE-----"))?;
        let b64: String = b64.chars().filter(|c| !c.is_whitespace()).collect();
        let der = base64::engine::general_purpose::STANDARD
            .decode(b64)
            .map_err(|_| refuse("the certificate is not base64"))?;
        if der.first() != Some(&0x30) {
            return Err(refuse("the certificate is not DER"));
        }
        blocks += 1;
        rest = after.trim();
    }
    if blocks == 0 {
        return Err(refuse("it is empty"));
    }
    Ok(())
}

fn set_client_ca(ctx: &mut Ctx<'_>, update: bool) -> Result<Reply, ApiError> {
    require_dedicated(ctx, "a client CA certificate")?;
    let current = client_ca(ctx)?;
    let status = current["status"].as_str().unwrap_or("NOT_SET").to_string();
    match (update, status.as_str()) {
        (false, "IS_SET" | "PENDING") => {
            return Err(ApiError::already_exists(format!(
                "cluster {} already has a client CA certificate ({status}): update it (PATCH) or delete it first",
                ctx.param("cluster_id")
            )));
        }
        (true, "NOT_SET") => {
            return Err(ApiError::not_found(format!(
                "cluster {} has no client CA certificate to update: set one (POST)",
                ctx.param("cluster_id")
            )));
        }
        (true, "PENDING") => {
            return Err(ApiError::failed_precondition(format!(
                "the client CA certificate of cluster {} is being changed (PENDING)",
                ctx.param("cluster_id")
            )));
        }
        _ => {}
    }
    let pem = ctx
        .body_str("x509_pem_cert")
        .ok_or_else(|| bad("invalid request: body.x509_pem_cert: is required"))?
        .to_string();
    check_pem(&pem)?;
    lock_cluster(ctx, CLIENT_CA_OP);
    let fails = cluster_lock_fails(ctx);
    let value = json!({
        "x509_pem_cert": pem,
        "_since": ctx.now,
        "_duration": ctx.transition(),
        "_fails": fails,
    });
    ctx.state
        .singletons
        .insert(ctx.path_of(CLIENT_CA_CERT), value);
    Ok(Reply::Json(client_ca(ctx)?))
}

/// Whether the lock just taken on the cluster is to fail (the certificate then fails with it).
fn cluster_lock_fails(ctx: &Ctx<'_>) -> bool {
    ctx.state
        .item(CLUSTERS, ctx.param("cluster_id"))
        .is_some_and(|c| c["_lock_fails"] == true)
}

fn delete_client_ca(ctx: &mut Ctx<'_>) -> Result<Reply, ApiError> {
    let current = client_ca(ctx)?;
    match current["status"].as_str().unwrap_or("NOT_SET") {
        "NOT_SET" => {
            return Err(ApiError::not_found(format!(
                "cluster {} has no client CA certificate",
                ctx.param("cluster_id")
            )));
        }
        "PENDING" => {
            return Err(ApiError::failed_precondition(format!(
                "the client CA certificate of cluster {} is being changed (PENDING)",
                ctx.param("cluster_id")
            )));
        }
        _ => {}
    }
    lock_cluster(ctx, CLIENT_CA_OP);
    let fails = cluster_lock_fails(ctx);
    let value = json!({
        "x509_pem_cert": current["x509_pem_cert"],
        "_deleting": true,
        "_since": ctx.now,
        "_duration": ctx.transition(),
        "_fails": fails,
    });
    ctx.state
        .singletons
        .insert(ctx.path_of(CLIENT_CA_CERT), value);
    Ok(Reply::Json(client_ca(ctx)?))
}

// --- disruption drills ---

fn disruption(ctx: &mut Ctx<'_>) -> Result<Reply, ApiError> {
    let path = ctx.path_of(DISRUPT);
    let stored = ctx
        .state
        .singletons
        .get(&path)
        .cloned()
        .unwrap_or_else(|| json!({"regional_disruptor_specifications": []}));
    Ok(Reply::Json(stored))
}

/// Each regional specification names a region of the cluster once, and disrupts either the whole
/// region or some of its zones or pods (the nodes `ListClusterNodes` names).
fn check_disruption(ctx: &Ctx<'_>, specs: &[Value]) -> Result<(), ApiError> {
    let cluster = cluster_view(ctx)?;
    let short: String = ctx
        .param("cluster_id")
        .chars()
        .filter(|c| *c != '-')
        .take(4)
        .collect();
    let mut seen = Vec::new();
    for (i, s) in specs.iter().enumerate() {
        let at = format!("body.regional_disruptor_specifications[{i}]");
        let region = s["region_code"].as_str().unwrap_or_default();
        let Some(r) = cluster["regions"]
            .as_array()
            .into_iter()
            .flatten()
            .find(|r| r["name"] == region)
        else {
            return Err(bad(format!(
                "invalid request: {at}.region_code: {region:?} is not a region of the cluster"
            )));
        };
        if seen.contains(&region) {
            return Err(bad(format!(
                "invalid request: {at}.region_code: {region} is given twice"
            )));
        }
        seen.push(region);
        let list = |k: &str| -> Vec<String> {
            s[k].as_array()
                .into_iter()
                .flatten()
                .filter_map(|v| v.as_str().map(str::to_string))
                .collect()
        };
        let (azs, pods) = (list("azs"), list("pods"));
        let whole = s["is_whole_region"] == true;
        if whole && !(azs.is_empty() && pods.is_empty()) {
            return Err(bad(format!(
                "invalid request: {at}.is_whole_region: must be false when zones or pods are given"
            )));
        }
        if !whole && azs.is_empty() && pods.is_empty() {
            return Err(bad(format!(
                "invalid request: {at}: disrupts nothing: set is_whole_region, or give zones or pods"
            )));
        }
        if let Some(az) = azs
            .iter()
            .find(|az| !az.starts_with(region) || az == &region)
        {
            return Err(bad(format!(
                "invalid request: {at}.azs: {az:?} is not a zone of {region}"
            )));
        }
        let nodes = r["node_count"].as_i64().unwrap_or(0);
        let names: Vec<String> = (0..nodes)
            .map(|n| format!("cockroachdb-{short}-{region}-{n}"))
            .collect();
        if let Some(pod) = pods.iter().find(|p| !names.contains(p)) {
            return Err(bad(format!(
                "invalid request: {at}.pods: {pod:?} is not a node of {region} (see .../nodes)"
            )));
        }
    }
    Ok(())
}

fn update_disruption(ctx: &mut Ctx<'_>) -> Result<Reply, ApiError> {
    require_dedicated(ctx, "a disruption drill")?;
    let specs = ctx.body["regional_disruptor_specifications"]
        .as_array()
        .cloned()
        .unwrap_or_default();
    check_disruption(ctx, &specs)?;
    lock_cluster(ctx, DISRUPTION_OP);
    let value = json!({ "regional_disruptor_specifications": specs });
    ctx.state.singletons.insert(ctx.path_of(DISRUPT), value);
    disruption(ctx)
}

// --- the egress traffic policy ---

fn set_egress_policy(ctx: &mut Ctx<'_>) -> Result<Reply, ApiError> {
    require_dedicated(ctx, "the egress traffic policy")?;
    let id = ctx.param("cluster_id").to_string();
    let target = if ctx.body["allow_all"] == true {
        "ALLOW_ALL"
    } else {
        "DEFAULT_DENY"
    };
    let key = ctx.body_str("idempotency_key").map(str::to_string);
    let stored = ctx.state.item(CLUSTERS, &id).cloned().unwrap_or_default();
    // A repeated request (same idempotency key) changes nothing more.
    if key.is_some() && stored["_egress_idempotency_key"].as_str() == key.as_deref() {
        return Ok(Reply::Json(json!({})));
    }
    let shown = cluster_view(ctx)?;
    if shown["egress_traffic_policy"] == "UPDATING" {
        return Err(ApiError::failed_precondition(format!(
            "the egress traffic policy of cluster {id} is being updated"
        )));
    }
    let unchanged = shown["egress_traffic_policy"] == target;
    let fails = !unchanged && ctx.transition_fails();
    let (now, duration) = (ctx.now, ctx.transition());
    if let Some(c) = ctx.state.item_mut(CLUSTERS, &id) {
        c["egress_traffic_policy"] = json!(target);
        if let Some(k) = key {
            c["_egress_idempotency_key"] = json!(k);
        }
        if !unchanged {
            c["_egress_since"] = json!(now);
            c["_egress_duration"] = json!(duration);
            c["_egress_fails"] = json!(fails);
            c["updated_at"] = json!(rfc3339_millis(now));
        }
    }
    Ok(Reply::Json(json!({})))
}
