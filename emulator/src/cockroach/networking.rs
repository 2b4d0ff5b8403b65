//! Networking: the IP allowlist, private endpoint services and connections, egress rules.

use serde_json::{Value, json};

use super::clusters::cluster_view;
use super::{Area, bad, progress, under};
use crate::engine::{ApiError, Ctx, Reply, generic, insert_new, list_items, new_item, shown};
use crate::store::Millis;

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
        "AddAllowlistEntry" => add_allowlist_entry(ctx),
        "ListPrivateEndpointServices" => list_private_endpoint_services(ctx),
        "CreatePrivateEndpointServices" => create_private_endpoint_services(ctx),
        "AddPrivateEndpointConnection" => add_private_endpoint_connection(ctx),
        "AddEgressRule" => add_egress_rule(ctx),
        "EditEgressRule" => edit_egress_rule(ctx),
        _ => return None,
    })
}

fn render(template: &str, item: &Value, now: Millis, v: &mut Value) {
    match template {
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
        _ => {}
    }
}

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
