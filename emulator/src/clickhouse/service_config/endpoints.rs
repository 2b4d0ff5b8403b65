//! The query API endpoint of a service (its roles, the API keys that may use it, the origins browsers may
//! call it from), and private endpoints registered with a service (and so with its organization).

use serde_json::{Value, json};

use super::super::activities::activity;
use super::super::{KEYS, ORGS, bad, path};
use super::{config_path, not_configured, service};
use crate::engine::{ApiError, Ctx, Reply};
use crate::store::new_uuid;

const QUERY_ENDPOINT: &str = "serviceQueryEndpoint";

pub(super) fn get_query_endpoint(ctx: &mut Ctx<'_>) -> Result<Reply, ApiError> {
    ctx.state
        .singletons
        .get(&config_path(ctx, QUERY_ENDPOINT))
        .cloned()
        .map(Reply::Json)
        .ok_or_else(|| not_configured(ctx, "query endpoint"))
}

/// Creates or replaces the endpoint (keeping its ID): at least one role; keys of the organization;
/// origins as a comma-separated list of domains or URLs.
pub(super) fn set_query_endpoint(ctx: &mut Ctx<'_>, org: &str) -> Result<Reply, ApiError> {
    let body = ctx.body.clone();
    let roles = body["roles"].as_array().cloned().unwrap_or_default();
    if roles.is_empty() {
        return Err(bad(
            "roles: the query endpoint needs at least one role (sql_console_read_only or sql_console_admin)",
        ));
    }
    let keys = body["openApiKeys"].as_array().cloned().unwrap_or_default();
    let known = ctx.state.collection(&path(KEYS, org, None));
    for k in &keys {
        let id = k.as_str().unwrap_or_default();
        if known.and_then(|c| c.get(id)).is_none() {
            return Err(bad(format!(
                "openApiKeys: no API key {id} in the organization"
            )));
        }
    }
    if let Some(origins) = body["allowedOrigins"].as_str()
        && let Some(bad_origin) = origins
            .split(',')
            .map(str::trim)
            .find(|o| o.is_empty() || o.contains(char::is_whitespace))
    {
        return Err(bad(format!(
            "allowedOrigins: {bad_origin:?} is not a domain; give a comma-separated list of domains"
        )));
    }
    let at = config_path(ctx, QUERY_ENDPOINT);
    let id = ctx
        .state
        .singletons
        .get(&at)
        .and_then(|e| e["id"].as_str())
        .map_or_else(new_uuid, str::to_string);
    let mut endpoint = json!({"id": id, "roles": roles, "openApiKeys": keys});
    if let Some(origins) = body.get("allowedOrigins") {
        endpoint["allowedOrigins"] = origins.clone();
    }
    ctx.state.singletons.insert(at, endpoint.clone());
    Ok(Reply::Json(endpoint))
}

pub(super) fn delete_query_endpoint(ctx: &mut Ctx<'_>) -> Result<Reply, ApiError> {
    let at = config_path(ctx, QUERY_ENDPOINT);
    match ctx.state.singletons.remove(&at) {
        Some(_) => Ok(Reply::Empty),
        None => Err(not_configured(ctx, "query endpoint")),
    }
}

/// Registers a private endpoint with the service: in the organization's list (in the service's cloud and
/// region) and in the service's `privateEndpointIds`. One the service has already is a conflict.
pub(super) fn create_private_endpoint(ctx: &mut Ctx<'_>, org: &str) -> Result<Reply, ApiError> {
    let id = ctx.body_str("id").unwrap_or_default().trim().to_string();
    if id.is_empty() || id.contains(char::is_whitespace) {
        return Err(bad("id: the private endpoint's ID is required"));
    }
    let s = service(ctx, org)?;
    let (provider, region) = (s["provider"].clone(), s["region"].clone());
    let attached = s["privateEndpointIds"]
        .as_array()
        .is_some_and(|l| l.iter().any(|e| e == id.as_str()));
    let service_id = ctx.param("serviceId").to_string();
    if attached {
        return Err(ApiError::already_exists(format!(
            "Private endpoint {id} is already attached to service {service_id}"
        )));
    }
    let mut endpoint = json!({"id": id, "cloudProvider": provider, "region": region});
    if let Some(d) = ctx.body.get("description") {
        endpoint["description"] = d.clone();
    }
    let org_item = ctx
        .state
        .item_mut(ORGS, org)
        .ok_or_else(|| ApiError::not_found(format!("Organization {org} not found")))?;
    let mut list: Vec<Value> = org_item["privateEndpoints"]
        .as_array()
        .cloned()
        .unwrap_or_default();
    if let Some(other) = list.iter().find(|e| e["id"] == id.as_str())
        && (other["cloudProvider"] != provider || other["region"] != region)
    {
        let text = |v: &Value| v.as_str().unwrap_or_default().to_string();
        return Err(ApiError::already_exists(format!(
            "Private endpoint {id} is registered in {} {}, not in the service's {} {}",
            text(&other["cloudProvider"]),
            text(&other["region"]),
            text(&provider),
            text(&region)
        )));
    }
    list.retain(|e| e["id"] != id.as_str());
    list.push(endpoint.clone());
    org_item["privateEndpoints"] = Value::Array(list);
    if let Some(item) = ctx
        .state
        .item_mut(&path(super::super::SERVICES, org, None), &service_id)
    {
        match item["privateEndpointIds"].as_array_mut() {
            Some(ids) => ids.push(json!(id)),
            None => item["privateEndpointIds"] = json!([id]),
        }
    }
    activity(
        ctx,
        org,
        "service_update_private_endpoints",
        Some(&service_id),
    );
    Ok(Reply::Json(endpoint))
}
