//! Networking: the IP allowlist, private endpoint services and connections, egress rules.

use serde_json::{Value, json};

use super::clusters::cluster_view;
use super::{Area, bad, progress, under};
use crate::engine::{
    ApiError, Ctx, Reply, filter_props, generic, insert_new, list_body, list_items, page_params,
    paginate_collection, shown,
};
use crate::store::{Millis, new_uuid, rfc3339_millis};

pub const ALLOWLIST: &str = "/api/v1/clusters/{cluster_id}/networking/allowlist";
pub const PE_SERVICES: &str = "/api/v1/clusters/{cluster_id}/networking/private-endpoint-services";
pub const PE_CONNECTIONS: &str =
    "/api/v1/clusters/{cluster_id}/networking/private-endpoint-connections";
pub const EGRESS_RULES: &str = "/api/v1/clusters/{cluster_id}/networking/egress-rules";

pub(super) const AREA: Area = Area {
    dispatch,
    render,
    singleton_default: |_| None,
};

fn dispatch(ctx: &mut Ctx<'_>, op_id: &str) -> Option<Result<Reply, ApiError>> {
    Some(match op_id {
        "ListAllowlistEntries" => list_allowlist(ctx),
        "AddAllowlistEntry" => add_allowlist_entry(ctx),
        "ListPrivateEndpointServices" => list_private_endpoint_services(ctx),
        "CreatePrivateEndpointServices" => create_private_endpoint_services(ctx),
        "AddPrivateEndpointConnection" => add_private_endpoint_connection(ctx),
        "DeletePrivateEndpointConnection" => delete_private_endpoint_connection(ctx),
        "AddEgressRule" => add_egress_rule(ctx),
        "GetEgressRule" | "EditEgressRule" | "DeleteEgressRule" => egress_rule(ctx),
        _ => return None,
    })
}

fn render(template: &str, item: &Value, now: Millis, v: &mut Value) {
    match template {
        PE_CONNECTIONS => {
            v["status"] = json!(progress(
                item,
                now,
                "STATUS_PENDING",
                "STATUS_AVAILABLE",
                "STATUS_FAILED"
            ))
        }
        PE_SERVICES => {
            v["status"] = json!(progress(
                item,
                now,
                "CREATING",
                "AVAILABLE",
                "CREATE_FAILED"
            ))
        }
        // Egress rules have no failed state: the failed_transitions fault leaves them alone.
        EGRESS_RULES => {
            v["state"] = json!(progress(item, now, "PENDING_CREATION", "ACTIVE", "ACTIVE"))
        }
        _ => {}
    }
}

/// The allowlist, and whether a change to it is still being applied to the cluster's nodes (the
/// emulator applies them at once).
fn list_allowlist(ctx: &mut Ctx<'_>) -> Result<Reply, ApiError> {
    let path = under(ALLOWLIST, ctx.param("cluster_id"));
    let page = page_params(ctx)?;
    let (items, next) = paginate_collection(ctx.state.collection(&path), &page, |e| {
        ctx.render(ALLOWLIST, e)
    });
    let mut answer = list_body("allowlist", items, next);
    answer["propagating"] = json!(false);
    Ok(Reply::Json(answer))
}

fn add_allowlist_entry(ctx: &mut Ctx<'_>) -> Result<Reply, ApiError> {
    let ip = ctx.body_str("cidr_ip").unwrap_or_default().to_string();
    if ip.parse::<std::net::Ipv4Addr>().is_err() {
        return Err(bad(format!(
            "invalid request: body.cidr_ip: {ip:?} is not an IPv4 address"
        )));
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
        let (name, service_id, zones) = match provider.as_str() {
            "AWS" => (
                format!("com.amazonaws.vpce.{region}.vpce-svc-{short}"),
                format!("vpce-svc-{short}"),
                json!(["use1-az1", "use1-az2", "use1-az4"]),
            ),
            "AZURE" => (
                format!("crdb-{short}.{region}.azure.privatelinkservice"),
                format!(
                    "/subscriptions/crl-prod/resourceGroups/crdb-{short}/providers/Microsoft.Network/privateLinkServices/crdb-{short}-{region}"
                ),
                json!([]),
            ),
            _ => (
                format!(
                    "projects/crl-prod-{short}/regions/{region}/serviceAttachments/crdb-{short}"
                ),
                format!("crdb-{short}-{region}"),
                json!([]),
            ),
        };
        let mut service = json!({
            "region_name": region,
            "cloud_provider": provider,
            "name": name,
            "endpoint_service_id": service_id,
            "availability_zone_ids": zones,
            "status": "CREATING",
            "_since": ctx.now,
            "_duration": ctx.transition(),
        });
        if provider == "AWS" {
            service["aws"] = json!({
                "service_name": name,
                "service_id": service_id,
                "availability_zone_ids": zones,
            });
        }
        // Each region's service is a transition of its own.
        if ctx.transition_fails() {
            service["_fails"] = json!(true);
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
        "endpoint_id": endpoint,
        "cloud_provider": first["cloud_provider"],
        "region_name": first["region_name"],
        // The spec requires `region` beside `region_name` without defining it: the same name.
        "region": first["region_name"],
        "endpoint_service_id": first["endpoint_service_id"],
        "service_name": first["name"],
        "status": "STATUS_PENDING",
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

/// The connection goes; the answer is empty (`{}`: the spec's answer has no fields).
fn delete_private_endpoint_connection(ctx: &mut Ctx<'_>) -> Result<Reply, ApiError> {
    generic(ctx)?;
    Ok(Reply::Empty)
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

fn check_ports(ctx: &Ctx<'_>) -> Result<(), ApiError> {
    for p in ctx.body["ports"].as_array().into_iter().flatten() {
        if !p.as_i64().is_some_and(|p| (1..=65535).contains(&p)) {
            return Err(bad(format!(
                "invalid request: body.ports: {p} is not a port number"
            )));
        }
    }
    Ok(())
}

fn rule_type(kind: &str) -> Result<String, ApiError> {
    let kind = kind.to_uppercase();
    if kind != "CIDR" && kind != "FQDN" {
        return Err(bad(format!(
            "invalid request: body.type: {kind:?} is not one of FQDN, CIDR"
        )));
    }
    Ok(kind)
}

/// Answers carry the rule under `rule` (the spec's Add, Edit and Delete answers name it `Rule`
/// among their properties but require `rule`: `rule` is what they hold).
fn wrapped(rule: Value) -> Reply {
    Reply::Json(json!({ "rule": rule }))
}

fn add_egress_rule(ctx: &mut Ctx<'_>) -> Result<Reply, ApiError> {
    let path = under(EGRESS_RULES, ctx.param("cluster_id"));
    // A repeated request with the same idempotency key answers the rule the first one created.
    if let Some(key) = ctx.body_str("idempotency_key") {
        let earlier = ctx.state.collection(&path).and_then(|c| {
            c.iter()
                .find(|r| r["_idempotency_key"] == key)
                .and_then(|r| ctx.render(EGRESS_RULES, r))
        });
        if let Some(rule) = earlier {
            return Ok(wrapped(rule));
        }
    }
    let dest = ctx.body_str("destination").unwrap_or_default().to_string();
    let kind = rule_type(ctx.body_str("type").unwrap_or_default())?;
    check_destination(&dest, &kind)?;
    check_ports(ctx)?;
    // (Built here rather than by the engine's new_item: the rule's item operations wrap it in
    // `rule`, so the spec does not tell the engine which field is its key.)
    let mut item = filter_props(&ctx.body, &ctx.op.item_properties);
    item.remove("idempotency_key");
    item.insert("id".into(), json!(new_uuid()));
    item.insert("cluster_id".into(), json!(ctx.param("cluster_id")));
    item.insert("created_at".into(), json!(rfc3339_millis(ctx.now)));
    item.insert("type".into(), json!(kind));
    item.insert("crl_managed".into(), json!(false));
    item.entry("ports").or_insert(json!([]));
    item.entry("paths").or_insert(json!([]));
    if let Some(key) = ctx.body_str("idempotency_key") {
        item.insert("_idempotency_key".into(), json!(key));
    }
    item.insert("_since".into(), json!(ctx.now));
    item.insert("_duration".into(), json!(ctx.transition()));
    let id = item["id"].as_str().unwrap_or_default().to_string();
    match insert_new(ctx, &path, EGRESS_RULES, &id, item)? {
        Reply::Json(rule) => Ok(wrapped(rule)),
        other => Ok(other),
    }
}

/// Get, edit and delete answer the rule under `rule`. An edit's destination must be of the rule's
/// type (or of the new type it gives).
fn egress_rule(ctx: &mut Ctx<'_>) -> Result<Reply, ApiError> {
    let path = under(EGRESS_RULES, ctx.param("cluster_id"));
    let id = ctx.param("rule_id").to_string();
    let current = shown(ctx, &path, EGRESS_RULES, &id)?;
    match ctx.op.id.as_str() {
        "EditEgressRule" => {
            let kind = match ctx.body_str("type") {
                Some(t) => rule_type(t)?,
                None => current["type"].as_str().unwrap_or("FQDN").to_string(),
            };
            let dest = ctx
                .body_str("destination")
                .or(current["destination"].as_str())
                .unwrap_or_default()
                .to_string();
            check_destination(&dest, &kind)?;
            check_ports(ctx)?;
            let mut changes = filter_props(
                &ctx.body,
                &["description", "paths", "ports"].map(String::from),
            );
            changes.insert("type".into(), json!(kind));
            changes.insert("destination".into(), json!(dest));
            if let Some(Value::Object(rule)) = ctx.state.item_mut(&path, &id) {
                rule.extend(changes);
            }
            Ok(wrapped(shown(ctx, &path, EGRESS_RULES, &id)?))
        }
        "DeleteEgressRule" => {
            if let Some(c) = ctx.state.collections.get_mut(&path) {
                c.remove(&id);
            }
            Ok(wrapped(current))
        }
        _ => Ok(wrapped(current)),
    }
}
